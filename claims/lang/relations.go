package lang

// Relations are the small words that tie a value to what it is about:
// whose ("troops from North Korea", "jemaah asal Mesir"), where ("troops
// in Russia", "tentara di Rusia"), and whether a count has grown ("rose
// to", "bertambah menjadi"). Phrases are lower case.
type Relations struct {
	// Possessive link a noun to whose it is ("from", "of", "asal", "dari").
	Possessive []string
	// Locative link a noun to where it is or goes ("in", "to", "di", "ke").
	Locative []string
	// Copulas link a count to whose it is when a demonym follows ("236
	// were Indonesians", "660 merupakan warga Mesir").
	Copulas []string
	// Rises say a count has grown since an earlier report ("rose",
	// "bertambah"): the same speaker giving a higher figure later that day
	// is updating it, not contradicting himself.
	Rises []string
	// Reaches stand right before a figure that says what the subject of
	// its clause amounts to ("the death toll ... reached 420", "rose to",
	// "korban meninggal ... bertambah menjadi 23 orang", "mencapai"): a
	// count whose own noun is generic ("orang", "people") then counts what
	// that subject names.
	Reaches []string
	// Directions map compass words to shared keys ("utara": "north",
	// "north": "north"), so that a place named in two languages ("Laut
	// Natuna Utara", "North Natuna Sea") keys alike.
	Directions map[string]string
	// Phases name a phase of an event whose figures are other facts than
	// the main event's ("aftershocks", "gempa susulan"): a magnitude or a
	// count in a clause that names one is of that phase.
	Phases []Topic
	// Destinations before a count make it where something went, not what
	// happened ("mengirim makanan ke 11 sekolah", "aid was sent to 400
	// families"): recipients are another fact than the count of what was
	// hit. After a rise or reach ("rose to 40", "naik ke 40", "meluas
	// ke 12 desa") they say what the count came to.
	Destinations []string
	// Causes tie a rise to what made it ("rose to seven after two bodies
	// were recovered", "naik menjadi tujuh orang setelah dua jenazah
	// dievakuasi"): a lower count of the same thing after them is the
	// rise's increment, not another toll.
	Causes []string
	// Stances name the side a vote was cast for, anywhere in the clause
	// of its share ("rejected the contract with a vote of 94.6%", "96%
	// voted to strike"): shares of votes for opposite sides are two
	// votes. Keys are shared ("against", "for").
	Stances []Topic
	// Scopes name a figure's reach when its clause says so anywhere
	// ("Nationwide, more than 21,000 cattle", "1,5 juta dosis untuk
	// seluruh Indonesia"): a national figure is another fact than a
	// province's. Keys are shared ("nationwide").
	Scopes []Topic
	// Anaphors are subjects that stand for the figure just given ("jumlah
	// itu naik menjadi tujuh orang", "the figure rose to nine"): the count
	// after them counts what that figure counted.
	Anaphors []string
	// StateVerbs say, right before a count, what is done to what it
	// counts, where the same words after a noun would say what the noun
	// does: "a tanker carrying 300,000 barrels" carries them on board,
	// "40 trucks carrying aid" are no cargo. Keys are modifier keys.
	StateVerbs []Topic
	// Partial words say a figure is not the whole count ("a partial
	// toll of 482", "angka 577 itu hanya sebagian"): a part.
	Partial []string
	// Totals name a clause's subject as the number of a population
	// ("jumlah siswa yang dirawat mencapai 126 orang", "the number of
	// pupils treated reached 126"): the count counts that population.
	Totals []string
	// Others say a count leaves out some already counted ("seven other
	// suspects", "tujuh tersangka lainnya"): after a count of the same
	// thing, or a bare one, it is a part of the whole.
	Others []string
	// Per make a count a rate when a calendar unit (Dates.Units) follows
	// them ("three ships a week", "tiga kapal per minggu", "60 flights
	// each day"): a rate is another fact than a total.
	Per []string
	// Baselines, right before a figure, make it the one a change is
	// measured from ("naik dari 23,1 miliar dolar AS", "up from $23.1
	// billion"): another fact than the figure it changed to.
	Baselines []string
	// Sources, before a topic word after a sum, make it where the sum
	// comes from, not what it measures ("Rp 35 triliun dari ekspor minyak
	// mentah", "2.7 trillion rupiah from crude imports").
	Sources []string
	// Overall words make a count the total over every place its clause
	// names ("Further deaths were reported from Tunisia, Jordan and
	// Senegal, bringing the total death toll to 1,301"): no place near it
	// is whose it is.
	Overall []string
	// Restatements join a count to the same figure in other terms right
	// after it ("1.254.300 suara atau 52,3 persen", "1,245,300 votes, or
	// 53.2 percent"): the second is of whom the first is.
	Restatements []string
	// Each, right after an amount and before a noun in lower case, make
	// it what each one of several gets or pays ("Rp 15 juta kepada setiap
	// keluarga", "25 million rupiah to each family", "Rp 80.000 per
	// kilogram"); EachAlone do so by themselves ("masing-masing",
	// "apiece"). An amount for each is another fact than the total. A
	// calendar unit after them makes a rate instead (Per), and a date
	// says as of when ("11 orang per Rabu").
	Each, EachAlone []string
	// Windows introduce the span of time a figure covers when a calendar
	// unit follows within a few words ("577 deaths for the two busiest
	// days", "dalam dua hari", "selama dua hari pencarian", "over the
	// weekend"): a figure for a window is not the whole toll.
	Windows []string
	// Threats before a bound make it an aim too ("could face up to 15
	// years"): a penalty threatened, not the sentence; before any other
	// figure they are no aim ("the city faces a $2 billion deficit").
	Threats []string
	// Targets before a figure make it an aim, not a fact ("the target is
	// six ships", "target kami enam kapal", "wants to reach 1,000"); so do
	// a demand and a threatened penalty ("prosecutors sought eight
	// years", "terancam hukuman 20 tahun penjara"), which are not the
	// sentence given.
	Targets []string
	// Topics name what a measurement measures ("height" for "tinggi",
	// "high", "waves"): a length, sum or share is a claim only when its
	// sentence says what it measures.
	Topics []Topic
	// Modifiers narrow what is counted ("coast guard" ships, "kapal
	// penjaga pantai"; "unregistered" pilgrims): counts with different
	// modifiers are about different things. A modifier word not listed
	// still narrows a count, but only within its language.
	Modifiers []Topic
	// Partitives after a count mark it as part of another ("11 of them",
	// "sebelas di antaranya"); PartitivesBefore do so before it
	// ("including 35", "termasuk 5"). A part is not compared with totals.
	Partitives       []string
	PartitivesBefore []string
	// Appositives before a count say it names the noun phrase written just
	// before them ("didominasi jemaah ilegal, yakni 629 orang", "two
	// groups, namely 40 students and ..."): the count takes that phrase's
	// modifiers, and what the paragraph was counting.
	Appositives []string
	// Earlier mark a figure as one given before ("initially", "semula",
	// "sebelumnya"): it is not placed on a timeline of updates.
	Earlier []string
	// Future mark an event as planned ("will meet", "akan bertemu"): a
	// planned event is not dated against one that happened.
	Future []string
	// Ages say how a person's age is written beside their name (Ages).
	Ages Ages
	// ModifiersFollow is set for languages whose modifiers follow the noun
	// ("kapal penjaga pantai Tiongkok"); only listed modifiers are read
	// there.
	ModifiersFollow bool
}

// compassKeys are the shared keys of Relations.Directions.
var compassKeys = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
}

// CompassKey reports whether a word of a place key is a shared compass
// key ("north" in "north-natuna").
func CompassKey(w string) bool { return compassKeys[w] }

// Topic is what a measurement is about, with the words that name it.
type Topic struct {
	// Key is shared across languages ("height").
	Key string
	// Words are lower-case words or phrases that name it.
	Words []string
}

// Ages are the words that make a number of years beside a person's name
// that person's age: "Rudi Hartono, 47,", "Rudi Hartono (45)", "Andi
// Saputra berusia 32 tahun", "23-year-old Andi Saputra", "Andi Saputra, a
// 23-year-old mechanic". Two sources giving one person two ages disagree.
// The brackets and commas around an age are the script's, not the pack's.
type Ages struct {
	// Before stand between a name and its age ("aged", "berusia", "yang
	// berumur").
	Before []string
	// After close an age after its years ("old" in "47 years old" and
	// "47-year-old"); an age with one may stand before the name it is of
	// ("23-year-old Andi Saputra").
	After []string
	// Articles stand between a name's comma and an age that qualifies a
	// noun ("Andi Saputra, a 23-year-old mechanic").
	Articles []string
}
