package gen

// The vocabulary below is invented for the generator: people, places and
// outlets are made up (syllable-built place names, combined name parts) so
// that every story names its own people and places and no generated text
// repeats a real article. Real country and province names appear only as
// context that a language pack may know.

// firstNames, middleNames and lastNames combine into a person's full name.
// Within each list every two entries differ in at least two letters, so a
// one-letter variant of one name is never another name of the list (the
// tests check this).
var firstNames = []string{
	"Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hendra", "Indah", "Joko",
	"Kurnia", "Lestari", "Made", "Nurul", "Oki", "Putri", "Rizal", "Sari", "Taufik", "Umar",
	"Vina", "Wahyu", "Yusuf", "Zainal", "Agung", "Bambang", "Cahya", "Dimas", "Erlangga", "Farida",
	"Galih", "Hasan", "Irfan", "Jihan", "Kevin", "Lukman", "Maya", "Nadia", "Oscar", "Pandu",
	"Ratna", "Slamet", "Tiara", "Vivian", "Wulan", "Yogi", "Rahmat", "Anton",
}

var middleNames = []string{
	"Wira", "Surya", "Adi", "Dwi", "Tri", "Eka", "Nur", "Putra", "Sinta", "Bayu",
	"Kusuma", "Rama", "Dharma", "Puspita", "Candra", "Jaya", "Mulia", "Setia", "Arif", "Bintang",
	"Cipta", "Dian", "Fitri", "Gilang", "Hadi", "Intan", "Kartika", "Laksana", "Mega", "Nanda",
	"Pelangi", "Rizki", "Sakti", "Tegar", "Utama", "Wening", "Yudha", "Zahra", "Bima", "Fauzi",
}

var lastNames = []string{
	"Pratama", "Santoso", "Wibowo", "Hartono", "Saputra", "Kurniawan", "Setiawan", "Nugroho", "Baskoro", "Siregar",
	"Nasution", "Lubis", "Harahap", "Simanjuntak", "Pangaribuan", "Tanjung", "Gultom", "Sitompul", "Wijaya", "Gunawan",
	"Hidayat", "Rahman", "Sulistyo", "Purnomo", "Susanto", "Firmansyah", "Ramadhan", "Mahendra", "Suharto", "Prakoso",
	"Widjaja", "Hakim", "Fauzan", "Syahputra", "Situmorang", "Manurung", "Sembiring", "Ginting", "Tarigan", "Panjaitan",
	"Damanik", "Marbun", "Sinaga", "Tambunan", "Hutapea", "Lumbantobing", "Pohan", "Rangkuti", "Batubara", "Daulay",
	"Effendi", "Iskandar", "Kusnadi", "Laksono", "Maulana", "Octaviani", "Permana", "Ridwan", "Subagyo", "Utomo",
	"Wardhana", "Yulianto", "Zulkarnain", "Adiwinata",
}

// syllables build place names: three of them make one name, and a story's
// index picks its combination, so every story has its own place. Each is
// one consonant, a vowel and at most a closing "n", "r", "m" or "ng", so a
// name splits into syllables one way only and two combinations never
// spell the same name.
var syllables = []string{
	"ka", "ra", "su", "ma", "ja", "wa", "ti", "lo", "ni", "ba",
	"de", "sa", "pu", "gi", "ta", "no", "li", "me", "ko", "ban",
	"sin", "tan", "gar", "lam", "pan", "dung", "rang", "jo", "se", "wo",
	"ha", "mu", "bu", "ci", "ne", "ru", "to", "yo", "la", "gu",
}

// provinces are real provinces, named as context for a story's place.
var provinces = []struct{ en, id string }{
	{"West Java", "Jawa Barat"}, {"Central Java", "Jawa Tengah"}, {"East Java", "Jawa Timur"},
	{"North Sumatra", "Sumatera Utara"}, {"West Sumatra", "Sumatera Barat"}, {"South Sulawesi", "Sulawesi Selatan"},
	{"Central Sulawesi", "Sulawesi Tengah"}, {"East Kalimantan", "Kalimantan Timur"}, {"Bali", "Bali"},
	{"West Nusa Tenggara", "Nusa Tenggara Barat"}, {"Lampung", "Lampung"}, {"Aceh", "Aceh"},
	{"Banten", "Banten"}, {"Riau", "Riau"}, {"North Maluku", "Maluku Utara"}, {"Papua", "Papua"},
}

// countries are the actors and destinations of troop deployments.
var countries = []struct{ en, adj, id string }{
	{"Norland", "Norlandic", "Norland"}, {"Vestria", "Vestrian", "Vestria"}, {"Kaldor", "Kaldorian", "Kaldor"},
	{"Marovia", "Marovian", "Marovia"}, {"Ostrava Republic", "Ostravan", "Republik Ostrava"}, {"Tesmar", "Tesmari", "Tesmar"},
	{"Bellune", "Bellunese", "Bellune"}, {"Quoria", "Quorian", "Quoria"}, {"Zentia", "Zentian", "Zentia"},
	{"Harrow Isles", "Harrovian", "Kepulauan Harrow"}, {"Drevnia", "Drevnian", "Drevnia"}, {"Solvane", "Solvanese", "Solvane"},
}

// outlets publish the articles; each article of a story comes from a
// different outlet.
var outlets = []struct{ name, domain, lang string }{
	{"Daily Meridian", "dailymeridian.example", "en"},
	{"Harbor Times", "harbortimes.example", "en"},
	{"Archipelago Post", "archipelagopost.example", "en"},
	{"The Southern Ledger", "southernledger.example", "en"},
	{"Equator Wire", "equatorwire.example", "en"},
	{"Kabar Nusantara", "kabarnusantara.example", "id"},
	{"Warta Kota Raya", "wartakotaraya.example", "id"},
	{"Suara Pelita", "suarapelita.example", "id"},
	{"Harian Cakrawala", "hariancakrawala.example", "id"},
	{"Berita Samudra", "beritasamudra.example", "id"},
}

var monthsEN = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var monthsShortEN = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthsID = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
var weekdaysEN = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
var weekdaysID = []string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"}
