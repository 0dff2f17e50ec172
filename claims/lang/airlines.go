package lang

// Airline is an airline's two designators: the IATA code written in
// timetables and news ("JT", "GA") and the ICAO code of air traffic
// control ("LNI", "GIA"). A flight is one flight whichever is written:
// "JT610" and "LNI610" are both flight 610 of Lion Air.
type Airline struct {
	Name       string
	IATA, ICAO string
}

// Airlines are the designators of the airlines the packs' news names
// most: Indonesia's, and the region's large carriers. The codes are
// those IATA and ICAO publish.
var Airlines = []Airline{
	{"Garuda Indonesia", "GA", "GIA"},
	{"Citilink", "QG", "CTV"},
	{"Lion Air", "JT", "LNI"},
	{"Batik Air", "ID", "BTK"},
	{"Wings Air", "IW", "WON"},
	{"Super Air Jet", "IU", "SJV"},
	{"Sriwijaya Air", "SJ", "SJY"},
	{"NAM Air", "IN", "LKN"},
	{"Indonesia AirAsia", "QZ", "AWQ"},
	{"TransNusa", "8B", "TNU"},
	{"Pelita Air", "IP", "PAS"},
	{"Susi Air", "SI", "SQS"},
	{"Trigana Air", "IL", "TGN"},
	{"AirAsia", "AK", "AXM"},
	{"Malaysia Airlines", "MH", "MAS"},
	{"Batik Air Malaysia", "OD", "MXD"},
	{"Singapore Airlines", "SQ", "SIA"},
	{"Scoot", "TR", "TGW"},
	{"Thai Airways", "TG", "THA"},
	{"Vietnam Airlines", "VN", "HVN"},
	{"Philippine Airlines", "PR", "PAL"},
	{"Cebu Pacific", "5J", "CEB"},
	{"Cathay Pacific", "CX", "CPA"},
	{"Japan Airlines", "JL", "JAL"},
	{"All Nippon Airways", "NH", "ANA"},
	{"Korean Air", "KE", "KAL"},
	{"Asiana Airlines", "OZ", "AAR"},
	{"Jeju Air", "7C", "JJA"},
	{"China Airlines", "CI", "CAL"},
	{"Air China", "CA", "CCA"},
	{"China Eastern", "MU", "CES"},
	{"China Southern", "CZ", "CSN"},
	{"Qantas", "QF", "QFA"},
	{"Jetstar", "JQ", "JST"},
	{"Emirates", "EK", "UAE"},
	{"Qatar Airways", "QR", "QTR"},
	{"Etihad", "EY", "ETD"},
	{"Saudia", "SV", "SVA"},
	{"Turkish Airlines", "TK", "THY"},
	{"Air India", "AI", "AIC"},
	{"Lufthansa", "LH", "DLH"},
	{"KLM", "KL", "KLM"},
	{"Air France", "AF", "AFR"},
	{"British Airways", "BA", "BAW"},
	{"American Airlines", "AA", "AAL"},
	{"Delta Air Lines", "DL", "DAL"},
	{"United Airlines", "UA", "UAL"},
	{"Ethiopian Airlines", "ET", "ETH"},
}
