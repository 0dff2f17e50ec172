package entity_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/entity"
	"github.com/claimcheck/claimcheck/claims/lang/en"
	"github.com/claimcheck/claimcheck/claims/lang/id"
)

var (
	enPack = en.Pack()
	idPack = id.Pack()
	enRec  = entity.New(enPack)
	idRec  = entity.New(idPack)
)

func recognizer(lang string) *entity.Recognizer {
	if lang == "id" {
		return idRec
	}
	return enRec
}

// describe writes a mention as kind|name|key|role|of|org|rank, with
// trailing empty fields dropped, and the words the span covers in
// brackets when they go beyond the name.
func describe(text string, m claims.Mention) string {
	e := m.Entity
	s := strings.Join([]string{e.Kind.String(), e.Name, e.Key, e.Role, e.Of, e.Org, e.Rank}, "|")
	s = strings.TrimRight(s, "|")
	if span := m.Span.Of(text); span != e.Name {
		s += " [" + span + "]"
	}
	return s
}

func findAll(r *entity.Recognizer, text string) []claims.Mention {
	return r.Find(text, claims.Span{Start: 0, End: len(text)})
}

func TestFind(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  []string
	}{
		{
			Name:  "en titles with owners before them",
			Lang:  "en",
			Input: "Foreign Minister Retno Marsudi met Japan's Foreign Minister Yoko Kamikawa in Tokyo on Monday.",
			Want: []string{
				"person|Retno Marsudi|retno marsudi|foreign-minister [Foreign Minister Retno Marsudi]",
				"person|Yoko Kamikawa|yoko kamikawa|foreign-minister|japan [Japan's Foreign Minister Yoko Kamikawa]",
				"place|Tokyo|japan",
			},
		},
		{
			Name:  "id a given name that is also a holiday's word stays in the name",
			Lang:  "id",
			Input: "Kepala Dinas Sosial Fitri Handayani dan Yogi Fitri Purnomo mengatakan bantuan sudah tiba.",
			Want: []string{
				"person|Fitri Handayani|fitri handayani|head||dinas-sosial [Kepala Dinas Sosial Fitri Handayani]",
				"person|Yogi Fitri Purnomo|yogi fitri purnomo",
			},
		},
		{
			Name:  "id day and great, given names in the middle of a name",
			Lang:  "id",
			Input: "Camat Danang Hari Wibowo dan Rudi Agung Prasetyo hadir.",
			Want: []string{
				"person|Danang Hari Wibowo|danang hari wibowo|district-head [Camat Danang Hari Wibowo]",
				"person|Rudi Agung Prasetyo|rudi agung prasetyo",
			},
		},
		{
			Name:  "id a given name the pack could read as a rank opens the name",
			Lang:  "id",
			Input: "Putri Zahra Mahendra meraih suara terbanyak.",
			Want:  []string{"person|Putri Zahra Mahendra|putri zahra mahendra"},
		},
		{
			Name:  "id a prosecutor's office is an organization before its head's name",
			Lang:  "id",
			Input: "Kepala Kejari Ambarawa Sri Rahayu dan Kepala Kejaksaan Tinggi Maluku Utara Bambang Susilo hadir.",
			Want: []string{
				"person|Sri Rahayu|sri rahayu|head||kejari-ambarawa [Kepala Kejari Ambarawa Sri Rahayu]",
				"person|Bambang Susilo|bambang susilo|head|north-maluku|kejaksaan-tinggi-maluku-utara [Kepala Kejaksaan Tinggi Maluku Utara Bambang Susilo]",
			},
		},
		{
			Name:  "id the holiday is no person, nor the day a holiday's name starts with",
			Lang:  "id",
			Input: "Libur Idul Fitri dimulai Senin. Hari Raya Idul Fitri jatuh pada Rabu.",
			Want:  nil,
		},
		{
			Name:  "en chief cabinet secretary and a capital for its government",
			Lang:  "en",
			Input: "Chief Cabinet Secretary Yoshimasa Hayashi told reporters that Pyongyang had fired a missile.",
			Want: []string{
				"person|Yoshimasa Hayashi|yoshimasa hayashi|chief-cabinet-secretary [Chief Cabinet Secretary Yoshimasa Hayashi]",
				"place|Pyongyang|north-korea",
			},
		},
		{
			Name:  "en demonym owner and a hyphenated particle",
			Lang:  "en",
			Input: "Saudi Health Minister Fahad Al-Jalajel said most of the dead had no permits.",
			Want: []string{
				"person|Fahad Al-Jalajel|fahad al jalajel|health-minister|saudi-arabia [Saudi Health Minister Fahad Al-Jalajel]",
			},
		},
		{
			Name:  "en role without a name",
			Lang:  "en",
			Input: "The Ukrainian minister praised the ties with Tokyo.",
			Want: []string{
				"person|||minister|ukraine [Ukrainian minister]",
				"place|Tokyo|japan",
			},
		},
		{
			Name:  "en title in apposition",
			Lang:  "en",
			Input: "The toll was revised by Ahmad Vahidi, Iran's interior minister, on Thursday.",
			Want: []string{
				"person|Ahmad Vahidi|ahmad vahidi|interior-minister|iran",
			},
		},
		{
			Name:  "en honorific kept in the name, not in the key",
			Lang:  "en",
			Input: "Seyed Ebrahim Raisi visited the wounded in Kerman.",
			Want: []string{
				"person|Seyed Ebrahim Raisi|ebrahim raisi",
				"place|Kerman|kerman",
			},
		},
		{
			Name:  "en an agency named by its country's capital is the country; demonyms",
			Lang:  "en",
			Input: "Seoul's spy agency said about 3,000 North Korean troops were training in Russia.",
			Want: []string{
				"place|Seoul|south-korea",
				"place|North Korean|north-korea",
				"place|Russia|russia",
			},
		},
		{
			Name:  "en a surname alone inside a sentence; months are not names",
			Lang:  "en",
			Input: "In December, Hayashi said the government was concerned.",
			Want: []string{
				"person|Hayashi|hayashi",
			},
		},
		{
			Name:  "en sentence-initial full name",
			Lang:  "en",
			Input: "Takeshi Iwaya was in Ukraine after weeks of reports.",
			Want: []string{
				"person|Takeshi Iwaya|takeshi iwaya",
				"place|Ukraine|ukraine",
			},
		},
		{
			Name:  "en sentence-initial word before a reporting verb",
			Lang:  "en",
			Input: "Sybiga said the visit was an important sign.",
			Want: []string{
				"person|Sybiga|sybiga",
			},
		},
		{
			Name:  "en sentence-initial common word",
			Lang:  "en",
			Input: "Rescuers searched the river for survivors.",
			Want:  nil,
		},
		{
			Name:  "en headline in title case names no people",
			Lang:  "en",
			Input: "Japan Warns Of Grave Concern Over Troop Movements Near Border",
			Want: []string{
				"place|Japan|japan",
			},
		},
		{
			Name:  "en organization by head word",
			Lang:  "en",
			Input: "The Kerman Emergency Medical Organisation said 84 people had died.",
			Want: []string{
				"organization|Kerman Emergency Medical Organisation|kerman-emergency-medical-organisation",
			},
		},
		{
			Name:  "en wire services",
			Lang:  "en",
			Input: "Reuters and AFP reported the figures.",
			Want: []string{
				"organization|Reuters|reuters",
				"organization|AFP|afp",
			},
		},
		{
			Name:  "en abbreviated rank, apposition and a place",
			Lang:  "en",
			Input: "Lt. Gen. Suharyanto, head of the disaster agency, visited Lumajang Regency.",
			Want: []string{
				"person|Suharyanto|suharyanto|head|||lieutenant-general [Lt. Gen. Suharyanto]",
				"place|Lumajang Regency|lumajang",
			},
		},
		{
			Name:  "en acronym of a country must be in capitals",
			Lang:  "en",
			Input: "US President Joe Biden told us the story.",
			Want: []string{
				"person|Joe Biden|joe biden|president|united-states [US President Joe Biden]",
			},
		},
		{
			Name:  "en unknown place after a preposition, head word after it",
			Lang:  "en",
			Input: "Rescuers were searching a river in Curah Kobokan village.",
			Want: []string{
				"place|Curah Kobokan village|curah-kobokan",
			},
		},
		{
			Name:  "en organization before a title owns it",
			Lang:  "en",
			Input: "National Disaster Mitigation Agency spokesperson Abdul Muhari told a press conference.",
			Want: []string{
				"organization|National Disaster Mitigation Agency|bnpb",
				"person|Abdul Muhari|abdul muhari|spokesperson||bnpb [spokesperson Abdul Muhari]",
			},
		},
		{
			Name:  "en two names joined by a hyphen are two people",
			Lang:  "en",
			Input: "Votes for Prabowo-Gibran were counted.",
			Want: []string{
				"person|Prabowo|prabowo",
				"person|Gibran|gibran",
			},
		},
		{
			Name:  "en sentence-initial weekday, organization and place are not people",
			Lang:  "en",
			Input: "On Saturday, NATO said Moscow had denied it.",
			Want: []string{
				"organization|NATO|nato",
				"place|Moscow|russia",
			},
		},
		{
			Name:  "en sentence-initial place before a reporting verb",
			Lang:  "en",
			Input: "Tokyo said the talks would continue.",
			Want: []string{
				"place|Tokyo|japan",
			},
		},
		{
			Name:  "en a specific office named without a name",
			Lang:  "en",
			Input: "Later, the Chief Cabinet Secretary said Japan was concerned, but the minister did not.",
			Want: []string{
				"person|||chief-cabinet-secretary [Chief Cabinet Secretary]",
				"place|Japan|japan",
			},
		},
		{
			Name:  "id a given name ends an organization written without a comma",
			Lang:  "id",
			Input: "Menurut Kepala Stasiun Geofisika Tarempa Bambang Setiawan, gempa terasa kuat.",
			Want: []string{
				"person|Bambang Setiawan|bambang setiawan|head||stasiun-geofisika-tarempa [Kepala Stasiun Geofisika Tarempa Bambang Setiawan]",
			},
		},
		{
			Name:  "id an organization without a title, then a person",
			Lang:  "id",
			Input: "Hal itu disampaikan Polres Sungai Liat Nurul Hidayah kepada wartawan.",
			Want: []string{
				"organization|Polres Sungai Liat|polres-sungai-liat",
				"person|Nurul Hidayah|nurul hidayah",
			},
		},
		{
			Name:  "id an organization's name without a person",
			Lang:  "id",
			Input: "Kepala Stasiun Meteorologi Maritim Tanjung Perak memperingatkan nelayan.",
			Want: []string{
				"person|||head||stasiun-meteorologi-maritim-tanjung-perak [Kepala Stasiun Meteorologi Maritim Tanjung Perak]",
			},
		},
		{
			Name:  "id initials inside a name",
			Lang:  "id",
			Input: "Kepala Basarnas Marsekal Madya M. Syaugi tiba di Palu.",
			Want: []string{
				"person|M. Syaugi|m syaugi|head||basarnas|air-vice-marshal [Kepala Basarnas Marsekal Madya M. Syaugi]",
				"place|Palu|palu",
			},
		},
		{
			Name:  "id title without an owner",
			Lang:  "id",
			Input: "Menteri Kesehatan Bahram Einollahi berbicara di televisi pemerintah.",
			Want: []string{
				"person|Bahram Einollahi|bahram einollahi|health-minister [Menteri Kesehatan Bahram Einollahi]",
			},
		},
		{
			Name:  "id regency and city by their head words",
			Lang:  "id",
			Input: "Gempa mengguncang Kabupaten Donggala dan Kota Palu pada Jumat.",
			Want: []string{
				"place|Kabupaten Donggala|donggala",
				"place|Kota Palu|palu",
			},
		},
		{
			Name:  "en lower-case head and its owner word",
			Lang:  "en",
			Input: "Nine deaths were recorded in the region of Batang Hari, and two in the town of Sorek.",
			Want: []string{
				"place|Batang Hari|batang-hari",
				"place|Sorek|sorek",
			},
		},
		{
			Name:  "id title in a headline gives no name",
			Lang:  "id",
			Input: "Menlu Kazakhstan Kunjungi Jakarta, RI Bidik Impor Gandum",
			Want: []string{
				"person|||foreign-minister|kazakhstan [Menlu Kazakhstan]",
				"place|Jakarta|indonesia",
				"place|RI|indonesia",
			},
		},
		{
			Name:  "id title, role without a name, place",
			Lang:  "id",
			Input: "Menteri Luar Negeri Retno Marsudi bertemu Menlu Jepang di Tokyo.",
			Want: []string{
				"person|Retno Marsudi|retno marsudi|foreign-minister [Menteri Luar Negeri Retno Marsudi]",
				"person|||foreign-minister|japan [Menlu Jepang]",
				"place|Tokyo|japan",
			},
		},
		{
			Name:  "id chief cabinet secretary and a short form",
			Lang:  "id",
			Input: "Kepala Sekretaris Kabinet Yoshimasa Hayashi mengatakan Korut mengirim pasukan ke Rusia.",
			Want: []string{
				"person|Yoshimasa Hayashi|yoshimasa hayashi|chief-cabinet-secretary [Kepala Sekretaris Kabinet Yoshimasa Hayashi]",
				"place|Korut|north-korea",
				"place|Rusia|russia",
			},
		},
		{
			Name:  "id long office ending in a known organization",
			Lang:  "id",
			Input: "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari menyebut 14 orang tewas.",
			Want: []string{
				"person|Abdul Muhari|abdul muhari|head||bnpb [Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari]",
			},
		},
		{
			Name:  "id rank with a service branch and a one-word name",
			Lang:  "id",
			Input: "Kepala BNPB Letnan Jenderal TNI Suharyanto meninjau lokasi di Lumajang, Jawa Timur.",
			Want: []string{
				"person|Suharyanto|suharyanto|head||bnpb|lieutenant-general [Kepala BNPB Letnan Jenderal TNI Suharyanto]",
				"place|Lumajang|lumajang",
				"place|Jawa Timur|east-java",
			},
		},
		{
			Name:  "id president and provinces",
			Lang:  "id",
			Input: "Presiden Joko Widodo tiba di Palu, Sulawesi Tengah, pada Minggu.",
			Want: []string{
				"person|Joko Widodo|joko widodo|president [Presiden Joko Widodo]",
				"place|Palu|palu",
				"place|Sulawesi Tengah|central-sulawesi",
			},
		},
		{
			Name:  "id owner after the title, name after a comma",
			Lang:  "id",
			Input: "Menteri Kesehatan Iran, Bahram Einollahi, mengumumkan revisi jumlah korban.",
			Want: []string{
				"person|Bahram Einollahi|bahram einollahi|health-minister|iran [Menteri Kesehatan Iran, Bahram Einollahi]",
			},
		},
		{
			Name:  "id agencies named by their countries are the countries",
			Lang:  "id",
			Input: "Badan mata-mata Seoul dan agen Ukraina memberikan angka berbeda.",
			Want: []string{
				"place|Seoul|south-korea",
				"place|Ukraina|ukraine",
			},
		},
		{
			Name:  "id curly apostrophe folded out of the key",
			Lang:  "id",
			Input: "Pengumuman dibacakan Hasyim Asy’ari di kantor KPU.",
			Want: []string{
				"person|Hasyim Asy’ari|hasyim asyari",
				"organization|KPU|kpu",
			},
		},
		{
			Name:  "id rank and the late",
			Lang:  "id",
			Input: "Warga memperingati Almarhum Jenderal Qasem Soleimani di Kerman.",
			Want: []string{
				"person|Qasem Soleimani|qasem soleimani||||general [Almarhum Jenderal Qasem Soleimani]",
				"place|Kerman|kerman",
			},
		},
		{
			Name:  "id sentence-initial word, auxiliary, reporting verb",
			Lang:  "id",
			Input: "Khamenei juga menyampaikan belasungkawa kepada keluarga korban.",
			Want: []string{
				"person|Khamenei|khamenei",
			},
		},
		{
			Name:  "id sentence-initial common noun",
			Lang:  "id",
			Input: "Ledakan terjadi di dekat makam Qassem Soleimani.",
			Want: []string{
				"person|Qassem Soleimani|qassem soleimani",
			},
		},
		{
			Name:  "id place head words",
			Lang:  "id",
			Input: "Warga mengungsi ke Kecamatan Pronojiwo dan Kota Kerman.",
			Want: []string{
				"place|Kecamatan Pronojiwo|pronojiwo",
				"place|Kota Kerman|kerman",
			},
		},
		{
			Name:  "id particles inside a name",
			Lang:  "id",
			Input: "Menteri Kesehatan Saudi, Fahd bin Abdurrahman Al-Jalajel, menyebut angka itu.",
			Want: []string{
				"person|Fahd bin Abdurrahman Al-Jalajel|fahd bin abdurrahman al jalajel|health-minister|saudi-arabia [Menteri Kesehatan Saudi, Fahd bin Abdurrahman Al-Jalajel]",
			},
		},
		{
			Name:  "id weekday after a name is not part of it",
			Lang:  "id",
			Input: "Menteri Kesehatan Iran Bahram Eynollahi, Rabu malam, mengumumkan angka baru.",
			Want: []string{
				"person|Bahram Eynollahi|bahram eynollahi|health-minister|iran [Menteri Kesehatan Iran Bahram Eynollahi]",
			},
		},
		{
			Name:  "id country names from the display tables",
			Lang:  "id",
			Input: "Delegasi dari Norwegia dan Selandia Baru tiba di Mesir.",
			Want: []string{
				"place|Norwegia|norway",
				"place|Selandia Baru|new-zealand",
				"place|Mesir|egypt",
			},
		},
		{
			Name:  "en a place's key leaves out the heads before and after it",
			Lang:  "en",
			Input: "Ash fell on Lumajang regency and on Mount Merapi.",
			Want: []string{
				"place|Lumajang regency|lumajang",
				"place|Mount Merapi|merapi",
			},
		},
		{
			Name:  "en a trailing head in lower case, a name before a reporting verb",
			Lang:  "en",
			Input: "Merapi volcano erupted again, Budi said.",
			Want: []string{
				"place|Merapi volcano|merapi",
				"person|Budi|budi",
			},
		},
		{
			Name:  "en a facility keeps its head in the key",
			Lang:  "en",
			Input: "Protesters gathered on Sudirman Road.",
			Want: []string{
				"place|Sudirman Road|sudirman-road",
			},
		},
		{
			Name:  "en an unknown name without a pattern is no place",
			Lang:  "en",
			Input: "Ash fell on Lumajang overnight.",
			Want: []string{
				"person|Lumajang|lumajang",
			},
		},
		{
			Name:  "en a dateline names a place",
			Lang:  "en",
			Input: "PALU, Indonesia (AP) - Rescuers searched the rubble.",
			Want: []string{
				"place|PALU|palu",
				"place|Indonesia|indonesia",
				"organization|AP|ap",
			},
		},
		{
			Name:  "en an acronym before a comma without a dash is no dateline",
			Lang:  "en",
			Input: "LIPI, a research body, said the fault was active.",
			Want: []string{
				"organization|LIPI|lipi",
			},
		},
		{
			Name:  "en two places after a preposition",
			Lang:  "en",
			Input: "Aid arrived in Palu and Donggala on Friday.",
			Want: []string{
				"place|Palu|palu",
				"place|Donggala|donggala",
			},
		},
		{
			Name:  "en a name with a title in apposition is a person after a preposition",
			Lang:  "en",
			Input: "The figure came from Herman Zulkarnain, head of the forestry office.",
			Want: []string{
				"person|Herman Zulkarnain|herman zulkarnain|head",
			},
		},
		{
			Name:  "en the capitalized words after \"head of the\" name the office's place",
			Lang:  "en",
			Input: "\"We found six,\" Made Wirawan, head of the Palu search and rescue office, said.",
			Want: []string{
				"person|Made Wirawan|made wirawan|head|palu",
			},
		},
		{
			Name:  "en a head word that starts a title stays in the title",
			Lang:  "en",
			Input: "Medan police chief Tigor Panjaitan said the gates were closed.",
			Want: []string{
				"person|Tigor Panjaitan|tigor panjaitan|police-chief [police chief Tigor Panjaitan]",
			},
		},
		{
			Name:  "id a head after the name is part of it",
			Lang:  "id",
			Input: "Warga Kabupaten Tanah Laut mengungsi.",
			Want: []string{
				"place|Kabupaten Tanah Laut|tanah-laut",
			},
		},
		{
			Name:  "id a street keeps its head in the key",
			Lang:  "id",
			Input: "Massa berkumpul di Jalan Sudirman.",
			Want: []string{
				"place|Jalan Sudirman|jalan-sudirman",
			},
		},
		{
			Name:  "id a dateline, its outlet, a volcano",
			Lang:  "id",
			Input: "LUMAJANG, KOMPAS.com - Gunung Semeru kembali erupsi.",
			Want: []string{
				"place|LUMAJANG|lumajang",
				"organization|KOMPAS|kompas",
				"place|Gunung Semeru|semeru",
			},
		},
		{
			Name:  "id two places after a preposition",
			Lang:  "id",
			Input: "Bantuan tiba di Palu dan Donggala.",
			Want: []string{
				"place|Palu|palu",
				"place|Donggala|donggala",
			},
		},
		{
			Name:  "id a city after its head in an office owns the title",
			Lang:  "id",
			Input: "Kepala Dinas Kesehatan Kota Medan Taufik Hidayat mengatakan korban dirawat.",
			Want: []string{
				"person|Taufik Hidayat|taufik hidayat|head|medan|dinas-kesehatan-kota-medan [Kepala Dinas Kesehatan Kota Medan Taufik Hidayat]",
			},
		},
		{
			Name:  "id a place after di in an organization's name owns the title",
			Lang:  "id",
			Input: "Kepala Organisasi Darurat Medis di Kerman, Mohammad Saberi, mengatakan 84 tewas.",
			Want: []string{
				"person|Mohammad Saberi|mohammad saberi|head|kerman|organisasi-darurat-medis [Kepala Organisasi Darurat Medis di Kerman, Mohammad Saberi]",
			},
		},
		{
			Name:  "id the name after the head, a word before it aside",
			Lang:  "id",
			Input: "Status Gunung Merapi naik.",
			Want: []string{
				"place|Status Gunung Merapi|merapi",
			},
		},
		{
			Name:  "id an organization ending in a known one takes its key",
			Lang:  "id",
			Input: "Kantor Berita Antara melaporkan hal itu.",
			Want: []string{
				"organization|Kantor Berita Antara|antara",
			},
		},
		{
			Name:  "id a compass point after a province names a regency",
			Lang:  "id",
			Input: "Banjir melanda Kabupaten Bengkulu Utara dan Lampung Tengah, bukan Jawa Timur.",
			Want: []string{
				"place|Kabupaten Bengkulu Utara|bengkulu-utara",
				"place|Lampung Tengah|lampung-tengah",
				"place|Jawa Timur|east-java",
			},
		},
		{
			Name:  "id a word before a province's name makes another place; a modifier inside a title does not",
			Lang:  "id",
			Input: "Warga di Bandar Lampung menemui Duta Besar China di Ibu Kota Teheran.",
			Want: []string{
				"place|Bandar Lampung|bandar-lampung",
				"person|||ambassador|china [Duta Besar China]",
				"place|Ibu Kota Teheran|iran",
			},
		},
		{
			Name:  "en a compass point before a capital names a city",
			Lang:  "en",
			Input: "Residents of South Jakarta and of Jakarta fled.",
			Want: []string{
				"place|South Jakarta|south-jakarta",
				"place|Jakarta|indonesia",
			},
		},
		{
			Name:  "id a district police by its head word",
			Lang:  "id",
			Input: "Polres Lumajang menutup jalan.",
			Want: []string{
				"organization|Polres Lumajang|polres-lumajang",
			},
		},
		{
			Name:  "id a regional office's seat after a known organization is a place, not a person",
			Lang:  "id",
			Input: "BPBD Sidoarjo mencatat 214 rumah rusak, sementara BPBD Bandung Barat belum melapor.",
			Want: []string{
				"organization|BPBD|bpbd",
				"place|Sidoarjo|sidoarjo",
				"organization|BPBD|bpbd",
				"place|Bandung Barat|bandung-barat",
			},
		},
		{
			Name:  "id a titled person after an organization and its seat keeps the name; a weekday is no seat",
			Lang:  "id",
			Input: "Kepala BPBD Garut Dedy Kurniawan mengatakan KPK Senin (3/1) mengumumkan hal itu.",
			Want: []string{
				"person|Dedy Kurniawan|dedy kurniawan|head|garut|bpbd [Kepala BPBD Garut Dedy Kurniawan]",
				"organization|KPK|kpk",
			},
		},
		{
			Name:  "en what a person is, before the name at a sentence's start, is no part of it; a surname that is an occupation stays",
			Lang:  "en",
			Input: "Firefighter Daniel Okafor and contractor Yusuf Ramadhan met Frances Farmer.",
			Want: []string{
				"person|Daniel Okafor|daniel okafor",
				"person|Yusuf Ramadhan|yusuf ramadhan",
				"person|Frances Farmer|frances farmer",
			},
		},
		{
			Name:  "id a seated title's place comes before the name",
			Lang:  "id",
			Input: "Bupati Sleman Kustini Sri Purnomo dan Camat Cibeureum Asep Saepudin meninjau lokasi.",
			Want: []string{
				"person|Kustini Sri Purnomo|kustini sri purnomo|regent|sleman [Bupati Sleman Kustini Sri Purnomo]",
				"person|Asep Saepudin|asep saepudin|district-head|cibeureum [Camat Cibeureum Asep Saepudin]",
			},
		},
		{
			Name:  "id a seated title's place before a rank; two words stay a name",
			Lang:  "id",
			Input: "Kapolres Toli AKBP Budi Santoso membenarkan, sementara Bupati Yuhronur Efendi dan Camat Danang Hari Wibowo diam.",
			Want: []string{
				"person|Budi Santoso|budi santoso|district-police-chief|toli||adjunct-senior-commissioner [Kapolres Toli AKBP Budi Santoso]",
				"person|Yuhronur Efendi|yuhronur efendi|regent [Bupati Yuhronur Efendi]",
				"person|Danang Hari Wibowo|danang hari wibowo|district-head [Camat Danang Hari Wibowo]",
			},
		},
		{
			Name:  "id a given name after a seated title starts the name",
			Lang:  "id",
			Input: "Wali Kota Bandung Yana Mulyana dan Bupati Agus Salim Hidayat hadir.",
			Want: []string{
				"person|Yana Mulyana|yana mulyana|mayor|bandung [Wali Kota Bandung Yana Mulyana]",
				"person|Agus Salim Hidayat|agus salim hidayat|regent [Bupati Agus Salim Hidayat]",
			},
		},
		{
			Name:  "id after an organization, a name of three words is whole; a fourth word before it is the seat",
			Lang:  "id",
			Input: "Kepala BPBD Wiryo Suparman Hadi dan Kepala BPBD Sidoarjo Wiryo Suparman Hadi hadir.",
			Want: []string{
				"person|Wiryo Suparman Hadi|wiryo suparman hadi|head||bpbd [Kepala BPBD Wiryo Suparman Hadi]",
				"person|Wiryo Suparman Hadi|wiryo suparman hadi|head|sidoarjo|bpbd [Kepala BPBD Sidoarjo Wiryo Suparman Hadi]",
			},
		},
		{
			Name:  "id a name of three words after an organization and a comma is whole",
			Lang:  "id",
			Input: "Kepala Humas BNPB, Sutopo Purwo Nugroho, mengatakan hal itu.",
			Want: []string{
				"person|Sutopo Purwo Nugroho|sutopo purwo nugroho|head||bnpb [Kepala Humas BNPB, Sutopo Purwo Nugroho]",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			var got []string
			for _, m := range findAll(recognizer(tt.Lang), tt.Input) {
				got = append(got, describe(tt.Input, m))
			}
			if strings.Join(got, "\n") != strings.Join(tt.Want, "\n") {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

// TestFindSpans checks that every mention lies inside the sentence and
// that its name lies inside the mention, on a sentence in the middle of a
// text.
func TestFindSpans(t *testing.T) {
	text := "Opening line. Japan's Foreign Minister Takeshi Iwaya visited Kyiv on Saturday. Closing line."
	sent := claims.Span{Start: 14, End: 79}
	ms := enRec.Find(text, sent)
	if len(ms) != 2 {
		t.Fatalf("got %d mentions, want 2", len(ms))
	}
	for _, m := range ms {
		if !sent.Contains(m.Span) || !m.Span.Contains(m.Entity.NameSpan) {
			t.Errorf("span %v (name %v) outside sentence %v", m.Span, m.Entity.NameSpan, sent)
		}
	}
	if got, want := ms[0].Entity.NameSpan.Of(text), "Takeshi Iwaya"; got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got := enRec.Find(text, claims.Span{Start: 50, End: 10}); got != nil {
		t.Errorf("got %v for an inverted span, want nil", got)
	}
}

func TestPlace(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		Want  string
	}{
		{"demonym", "en", "North Korean", "north-korea"},
		{"abbreviation", "en", "DPRK", "north-korea"},
		{"capital", "en", "Pyongyang", "north-korea"},
		{"seat of power", "en", "Kremlin", "russia"},
		{"old spelling", "en", "Kiev", "ukraine"},
		{"possessive", "en", "Japan's", "japan"},
		{"display name", "en", "Kenya", "kenya"},
		{"acronym", "en", "US", "united-states"},
		{"province", "en", "East Java", "east-java"},
		{"province by its local name", "en", "Jawa Timur", "east-java"},
		{"island group", "en", "Sumatra", "sumatra"},
		{"short form", "id", "Korut", "north-korea"},
		{"indonesian name", "id", "Korea Utara", "north-korea"},
		{"indonesian capital", "id", "Moskow", "russia"},
		{"indonesian country", "id", "Jepang", "japan"},
		{"south korea short", "id", "Korsel", "south-korea"},
		{"united states", "id", "Amerika Serikat", "united-states"},
		{"united states acronym", "id", "AS", "united-states"},
		{"saudi", "id", "Arab Saudi", "saudi-arabia"},
		{"egypt", "id", "Mesir", "egypt"},
		{"province abbreviation", "id", "Jatim", "east-java"},
		{"islands province", "id", "Kepulauan Riau", "riau-islands"},
		{"a city no list holds", "id", "Mekah", ""},
		{"a regency no list holds", "en", "Lumajang", ""},
		{"display name id", "id", "Norwegia", "norway"},
		{"province", "id", "Sulawesi Tengah", "central-sulawesi"},
		{"unknown", "en", "Atlantis", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			got, ok := recognizer(tt.Lang).Place(tt.Input)
			if got != tt.Want || ok != (tt.Want != "") {
				t.Errorf("got %q, %v\nwant %q", got, ok, tt.Want)
			}
		})
	}
}

func TestOrganization(t *testing.T) {
	if got, ok := idRec.Organization("Badan Nasional Penanggulangan Bencana"); !ok || got != "bnpb" {
		t.Errorf("got %q\nwant %q", got, "bnpb")
	}
	if got, ok := enRec.Organization("BNPB"); !ok || got != "bnpb" {
		t.Errorf("got %q\nwant %q", got, "bnpb")
	}
	if got, ok := enRec.Organization("Seoul"); ok {
		t.Errorf("got %q for a place, want none", got)
	}
}

// sentences splits a test article at line ends; the articles are written
// one sentence a line.
func sentences(text string) []claims.Span {
	var out []claims.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, claims.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}

func findDoc(r *entity.Recognizer, text string) []claims.Mention {
	var ms []claims.Mention
	for _, s := range sentences(text) {
		ms = append(ms, r.Find(text, s)...)
	}
	return ms
}

func TestLink(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		// Want maps the words of a person mention to key|role after Link.
		Want map[string]string
	}{
		{
			Name: "surnames and roles resolve to the full names",
			Lang: "en",
			Input: "Japanese Foreign Minister Takeshi Iwaya met Ukraine's Foreign Minister Andrii Sybiha in Kyiv.\n" +
				"Japan's foreign minister said the talks went well.\n" +
				"\"We stand with Ukraine,\" Iwaya said.\n" +
				"Sybiha said he was grateful.",
			Want: map[string]string{
				"Japan's foreign minister": "takeshi iwaya|foreign-minister",
				"Iwaya":                    "takeshi iwaya|foreign-minister",
				"Sybiha":                   "andrii sybiha|foreign-minister",
			},
		},
		{
			Name: "a shared surname stays unresolved",
			Lang: "en",
			Input: "Yoshimasa Hayashi and Fumio Hayashi attended the meeting.\n" +
				"Later, Hayashi said the meeting was useful.",
			Want: map[string]string{
				"Hayashi": "hayashi|",
			},
		},
		{
			Name: "a quoted speaker in Indonesian",
			Lang: "id",
			Input: "Kepala Sekretaris Kabinet Yoshimasa Hayashi menyampaikan keprihatinan.\n" +
				"\"Jepang akan terus memantau,\" kata Hayashi kepada wartawan.",
			Want: map[string]string{
				"Hayashi": "yoshimasa hayashi|chief-cabinet-secretary",
			},
		},
		{
			Name: "a surname with a particle",
			Lang: "id",
			Input: "Menteri Kesehatan Arab Saudi Fahad Al-Jalajel memberikan keterangan.\n" +
				"Menurut Al-Jalajel, sebagian besar korban tidak memiliki izin.",
			Want: map[string]string{
				"Al-Jalajel": "fahad al jalajel|health-minister",
			},
		},
		{
			Name: "a first name used alone",
			Lang: "en",
			Input: "Defence Minister Prabowo Subianto led the count.\n" +
				"Supporters of Prabowo celebrated in Jakarta.",
			Want: map[string]string{
				"Prabowo": "prabowo subianto|defence-minister",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			ms := findDoc(recognizer(tt.Lang), tt.Input)
			entity.Link(ms)
			got := map[string]string{}
			for _, m := range ms {
				e := m.Entity
				w := m.Span.Of(tt.Input)
				if _, asked := tt.Want[w]; asked && e.Kind == claims.Person {
					got[w] = e.Key + "|" + e.Role
				}
			}
			for w, want := range tt.Want {
				if got[w] != want {
					t.Errorf("%s: got %q\nwant %q", w, got[w], want)
				}
			}
		})
	}
}

func TestPersonKey(t *testing.T) {
	tests := []struct {
		Name, Input, Want string
	}{
		{"curly apostrophe", "Hasyim Asy’ari", "hasyim asyari"},
		{"straight apostrophe", "Hasyim Asy'ari", "hasyim asyari"},
		{"hyphen", "Fahad Al-Jalajel", "fahad al jalajel"},
		{"diacritics", "José Ramos-Horta", "jose ramos horta"},
		{"spaces", "  Joko   Widodo ", "joko widodo"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := entity.PersonKey(tt.Input); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
		})
	}
}

// TestSeeds checks the people and places of the seed articles.
func TestSeeds(t *testing.T) {
	tests := []struct {
		Name string
		File string
		Lang string
		Want []string // described persons and places that must be found
	}{
		{
			Name: "indonesian seed",
			File: "000_3bffe2a6f06d5d47.txt",
			Lang: "id",
			Want: []string{
				"person|Yoshimasa Hayashi|yoshimasa hayashi|chief-cabinet-secretary [Kepala Sekretaris Kabinet Yoshimasa Hayashi]",
				"person|Hayashi|yoshimasa hayashi|chief-cabinet-secretary",
				"place|Korut|north-korea",
				"place|Korea Utara|north-korea",
				"place|DPRK|north-korea",
				"place|Pyongyang|north-korea",
				"place|Moskow|russia",
				"place|Kyiv|ukraine",
				"place|Jepang|japan",
				"place|Seoul|south-korea",
				"place|Ukraina|ukraine",
				"organization|NATO|nato",
			},
		},
		{
			Name: "english seed",
			File: "003_7cfb101a442e41e1.txt",
			Lang: "en",
			Want: []string{
				"person|Takeshi Iwaya|takeshi iwaya|foreign-minister|japan [Japanese Foreign Minister Takeshi Iwaya]",
				"person|Andriiy Sybiha|andriiy sybiha|foreign-minister|ukraine [Ukraine's Foreign Minister Andriiy Sybiha]",
				"person|Andriy Sybiga|andriy sybiga|counterpart|ukraine [Ukrainian counterpart Andriy Sybiga]",
				"person||takeshi iwaya|foreign-minister|japan [Japan's foreign minister]",
				"person|Iwaya|takeshi iwaya|foreign-minister|japan",
				"person|Sybiga|andriy sybiga|counterpart|ukraine",
				"place|North Korean|north-korea",
				"place|Pyongyang|north-korea",
				"place|Russia|russia",
				"place|Kyiv|ukraine",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "seeds", tt.File))
			if err != nil {
				t.Skipf("seed not found: %v", err)
			}
			text := string(b)
			ms := findDoc(recognizer(tt.Lang), text)
			entity.Link(ms)
			got := map[string]bool{}
			for _, m := range ms {
				got[describe(text, m)] = true
			}
			for _, w := range tt.Want {
				if !got[w] {
					t.Errorf("missing %q", w)
				}
			}
			for d := range got {
				if strings.HasPrefix(d, "person|") && strings.Contains(d, "hayashi") && strings.Contains(d, "iwaya") {
					t.Errorf("got %q mixing two people", d)
				}
			}
		})
	}
}

// TestLinkPlaces checks that a name the document gives a place by a
// pattern is that place where it stands alone too, and that a person's
// name stays a person's.
func TestLinkPlaces(t *testing.T) {
	tests := []struct {
		Name  string
		Lang  string
		Input string
		// Want maps the name of mentions to the kind|key every one of
		// them has after Link.
		Want map[string]string
	}{
		{
			Name:  "en a regency named by its head, then alone",
			Lang:  "en",
			Input: "Ash fell on Lumajang Regency.\nResidents of Lumajang fled overnight.",
			Want:  map[string]string{"Lumajang": "place|lumajang"},
		},
		{
			Name:  "en an acronym in capitals after the place's dateline",
			Lang:  "en",
			Input: "PALU, Indonesia (AP) - Rescuers searched the rubble.\nOfficials said PALU was cut off.",
			Want:  map[string]string{"PALU": "place|palu"},
		},
		{
			Name:  "en without the pattern a name stays a person",
			Lang:  "en",
			Input: "Ash fell on the regency.\nResidents of Lumajang fled overnight.",
			Want:  map[string]string{"Lumajang": "person|lumajang"},
		},
		{
			Name:  "id a place after a preposition, then alone",
			Lang:  "id",
			Input: "Gempa mengguncang wilayah di Donggala.\nWarga Donggala mengungsi ke bukit.",
			Want:  map[string]string{"Donggala": "place|donggala"},
		},
		{
			Name:  "id a street named after a person makes no place of the person",
			Lang:  "id",
			Input: "Massa berkumpul di Jalan Sudirman.\nWarga mengenang Sudirman setiap tahun.",
			Want:  map[string]string{"Sudirman": "person|sudirman"},
		},
		{
			Name:  "id a surname of a full name stays the person's",
			Lang:  "id",
			Input: "Warga mengungsi ke Desa Subianto.\nMenteri Pertahanan Prabowo Subianto tiba.\nMenurut Subianto, bantuan cukup.",
			Want:  map[string]string{"Subianto": "person|prabowo subianto"},
		},
		{
			Name:  "id a titled person keeps the title's name",
			Lang:  "id",
			Input: "Banjir melanda Desa Wibowo.\nBupati Wibowo meninjau lokasi.",
			Want:  map[string]string{"Wibowo": "person|wibowo"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			ms := findDoc(recognizer(tt.Lang), tt.Input)
			entity.Link(ms)
			seen := map[string]bool{}
			for _, m := range ms {
				w := m.Entity.Name
				if want, asked := tt.Want[w]; asked {
					seen[w] = true
					if got := m.Entity.Kind.String() + "|" + m.Entity.Key; got != want {
						t.Errorf("%s: got %q\nwant %q", w, got, want)
					}
				}
			}
			for w := range tt.Want {
				if !seen[w] {
					t.Errorf("%s: no mention", w)
				}
			}
		})
	}
}
