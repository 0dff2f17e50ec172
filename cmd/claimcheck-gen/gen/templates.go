package gen

// A template is a sentence with placeholders in braces, filled per article:
//
//	{place} {province}      the story's place (a regency or border region) and province
//	{actor} {actoradj} {dest} the countries of a troop deployment
//	{date}                  the date of the story's event, in the article's style
//	{n}                     the value of the count the sentence states
//	{who} {whos}            the count's speaker: title and full name, or surname
//	{p1} {p1s} {p2} {p2s}   the story's two officials, full or by surname
//	{c1} {c2}               election candidates
//	{f:key}                 a story constant (see kind.constants)
//
// Every count sentence names its speaker ("X said", "kata X", "menurut X"),
// and a story states each count and constant with one value in every
// article, except where a discrepancy is planted.

// bilingual holds a template's variants in English and Indonesian.
type bilingual struct {
	en, id []string
}

func (b bilingual) of(language string) []string {
	if language == "id" {
		return b.id
	}
	return b.en
}

// count is one figure a story reports.
type count struct {
	key    string
	lo, hi int
	// speaker is the official (0 for p1, 1 for p2) who gives the figure.
	speaker int
	say     bilingual
}

// constant is a story-level value used by filler sentences: the same in
// every article of a story.
type constant struct {
	key    string
	lo, hi int
	// decimal formats the value divided by 10 with one decimal (magnitudes).
	decimal bool
	// year: the value is a year. monthYear: the value is "Month Year", of a
	// random month, lo to hi years before the story's event.
	year, monthYear bool
	// step multiplies the drawn value (1 when zero).
	step int
}

// kind is a type of story.
type kind struct {
	name string
	// titles are the officials' titles, with {place}, {dest} or {actor}.
	titles [2]bilingual
	// disaster kinds share disasterGeneric filler.
	disaster bool
	// abroad kinds happen outside a regency: commonFacts do not fit them.
	abroad bool
	// candidates is set when the story names two election candidates.
	candidates bool
	ledes      bilingual
	counts     []count
	constants  []constant
	// facts are filler sentences stating the constants.
	facts bilingual
	// quotes are sentences by p1 with no figures; one always appears, so
	// that p1's full name is in every article.
	quotes bilingual
	// generic are filler sentences with no figures and no names.
	generic bilingual
}

// commonConstants and commonFacts are filler shared by every kind: numbers
// and dates that are not about the event.
var commonConstants = []constant{
	{key: "pop", lo: 150, hi: 2400, step: 1000},
	{key: "dist", lo: 12, hi: 340},
	{key: "founded", lo: 1950, hi: 2012, year: true},
	{key: "hospital", monthYear: true, lo: 1, hi: 12},
	{key: "budget", lo: 2, hi: 95},
	{key: "schools", lo: 40, hi: 400},
}

var commonFacts = bilingual{
	en: []string{
		"The regency of {place} is home to {f:pop} residents.",
		"{place} lies {f:dist} kilometres from the provincial capital.",
		"The regency was established in {f:founded}.",
		"The regional hospital in {place} opened in {f:hospital}.",
		"The local government has set aside Rp {f:budget} billion for emergency relief.",
		"There are {f:schools} schools in the regency.",
		"Residents can call the emergency hotline 112 for help.",
		"{place} is known for its rice terraces and its weekly cattle market.",
	},
	id: []string{
		"Kabupaten {place} dihuni {f:pop} jiwa.",
		"Kabupaten {place} berjarak {f:dist} kilometer dari ibu kota provinsi.",
		"Kabupaten tersebut dibentuk pada tahun {f:founded}.",
		"Rumah sakit daerah di {place} dibuka pada {f:hospital}.",
		"Pemerintah daerah menyiapkan anggaran Rp {f:budget} miliar untuk penanganan darurat.",
		"Terdapat {f:schools} sekolah di kabupaten itu.",
		"Warga dapat menghubungi layanan darurat 112 untuk meminta bantuan.",
		"{place} dikenal dengan sawah teraseringnya dan pasar ternak mingguannya.",
	},
}

var kinds = []kind{
	{
		name:     "flood",
		disaster: true,
		titles: [2]bilingual{
			{en: []string{"{place} disaster agency head"}, id: []string{"Kepala BPBD {place}"}},
			{en: []string{"{place} police chief"}, id: []string{"Kapolres {place}"}},
		},
		ledes: bilingual{
			en: []string{
				"Floods hit {place} regency in {province} province on {date}, forcing residents from their homes.",
				"Floods hit {place}, {province}, on {date} after days of heavy rain.",
			},
			id: []string{
				"Banjir melanda Kabupaten {place}, {province}, pada {date} setelah hujan deras mengguyur selama berhari-hari.",
				"Banjir melanda Kabupaten {place} di Provinsi {province} pada {date}, memaksa warga meninggalkan rumah mereka.",
			},
		},
		counts: []count{
			{key: "deaths", lo: 3, hi: 120, say: bilingual{
				en: []string{"{n} people were killed in the floods, {who} said.", "The floods killed {n} people, according to {who}.", "{who} said {n} people had died in the floods."},
				id: []string{"Sebanyak {n} orang meninggal dunia akibat banjir, kata {who}.", "Menurut {who}, banjir itu menewaskan {n} orang.", "{who} mengatakan {n} orang tewas dalam banjir tersebut."},
			}},
			{key: "missing", lo: 2, hi: 40, say: bilingual{
				en: []string{"{n} people were still missing, {who} said.", "{who} said {n} residents remained missing."},
				id: []string{"Sebanyak {n} orang masih hilang, kata {who}.", "Menurut {who}, {n} warga masih dinyatakan hilang."},
			}},
			{key: "evacuated", lo: 500, hi: 25000, speaker: 1, say: bilingual{
				en: []string{"{n} residents were evacuated to temporary shelters, {who} said.", "According to {who}, {n} people had been evacuated."},
				id: []string{"{who} mengatakan {n} warga dievakuasi ke tempat penampungan sementara.", "Sebanyak {n} warga telah dievakuasi, menurut {who}."},
			}},
			{key: "houses", lo: 200, hi: 9000, say: bilingual{
				en: []string{"The floods inundated {n} houses, {who} said.", "{who} said {n} houses were under water."},
				id: []string{"Banjir merendam {n} rumah warga, kata {who}.", "Menurut {who}, sebanyak {n} rumah terendam banjir."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"We are still searching for victims and distributing aid to those in shelters,\" {p1} said.", "\"The water has started to recede in some villages, but we remain on alert,\" {p1} told reporters."},
			id: []string{"\"Kami masih mencari korban dan menyalurkan bantuan kepada warga di pengungsian,\" kata {p1}.", "\"Air mulai surut di beberapa desa, tetapi kami tetap siaga,\" ujar {p1} kepada wartawan."},
		},
		generic: bilingual{
			en: []string{"Rescue teams used rubber boats to reach villages cut off by the water.", "Residents were seen clearing mud from their homes.", "Weather forecasters warned that more rain was expected in the coming days."},
			id: []string{"Tim penyelamat menggunakan perahu karet untuk menjangkau desa yang terisolasi.", "Warga terlihat membersihkan lumpur dari rumah mereka.", "Prakirawan cuaca memperingatkan bahwa hujan masih akan turun dalam beberapa hari ke depan."},
		},
	},
	{
		name:     "quake",
		disaster: true,
		titles: [2]bilingual{
			{en: []string{"{place} geophysics station head"}, id: []string{"Kepala Stasiun Geofisika {place}"}},
			{en: []string{"{place} disaster agency head"}, id: []string{"Kepala BPBD {place}"}},
		},
		ledes: bilingual{
			en: []string{
				"A magnitude {f:mag} earthquake struck {place} regency in {province} province on {date}.",
				"An earthquake of magnitude {f:mag} struck {place}, {province}, on {date}, damaging homes and roads.",
			},
			id: []string{
				"Gempa bermagnitudo {f:mag} mengguncang Kabupaten {place}, {province}, pada {date}.",
				"Gempa berkekuatan magnitudo {f:mag} mengguncang Kabupaten {place} di Provinsi {province} pada {date}.",
			},
		},
		constants: []constant{{key: "mag", lo: 50, hi: 74, decimal: true}, {key: "depth", lo: 5, hi: 60}},
		facts: bilingual{
			en: []string{"The quake was centred at a depth of {f:depth} kilometres, {p1} said."},
			id: []string{"Pusat gempa berada di kedalaman {f:depth} kilometer, kata {p1}."},
		},
		counts: []count{
			{key: "deaths", lo: 2, hi: 90, speaker: 1, say: bilingual{
				en: []string{"{n} people were killed by the earthquake, {who} said.", "The quake killed {n} people, according to {who}."},
				id: []string{"Sebanyak {n} orang meninggal dunia akibat gempa, kata {who}.", "Menurut {who}, gempa itu menewaskan {n} orang."},
			}},
			{key: "injured", lo: 10, hi: 600, speaker: 1, say: bilingual{
				en: []string{"{who} said {n} people were injured.", "{n} people were injured, {who} said."},
				id: []string{"{who} mengatakan {n} orang luka-luka.", "Sebanyak {n} orang mengalami luka-luka, kata {who}."},
			}},
			{key: "buildings", lo: 100, hi: 5000, speaker: 1, say: bilingual{
				en: []string{"The quake damaged {n} buildings, {who} said.", "According to {who}, {n} buildings were damaged."},
				id: []string{"Gempa merusak {n} bangunan, kata {who}.", "Menurut {who}, sebanyak {n} bangunan rusak."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"We have recorded several aftershocks and ask residents to stay away from damaged buildings,\" {p1} said."},
			id: []string{"\"Kami mencatat beberapa gempa susulan dan meminta warga menjauhi bangunan yang rusak,\" kata {p1}."},
		},
		generic: bilingual{
			en: []string{"Frightened residents ran out of their homes as the ground shook.", "Several roads were blocked by landslides."},
			id: []string{"Warga yang panik berhamburan keluar rumah saat guncangan terjadi.", "Sejumlah ruas jalan tertutup longsor."},
		},
	},
	{
		name:     "fire",
		disaster: true,
		titles: [2]bilingual{
			{en: []string{"{place} fire department head"}, id: []string{"Kepala Dinas Pemadam Kebakaran {place}"}},
			{en: []string{"{place} police chief"}, id: []string{"Kapolres {place}"}},
		},
		ledes: bilingual{
			en: []string{
				"A fire broke out in a residential area of {place}, {province}, on {date}.",
				"A fire broke out in a crowded neighbourhood in {place} regency on {date}, spreading quickly through wooden houses.",
			},
			id: []string{
				"Kebakaran terjadi di permukiman padat penduduk di Kabupaten {place}, {province}, pada {date}.",
				"Kebakaran terjadi di kawasan permukiman di {place} pada {date} dan dengan cepat merambat ke rumah-rumah kayu.",
			},
		},
		counts: []count{
			{key: "houses", lo: 5, hi: 400, say: bilingual{
				en: []string{"The fire destroyed {n} houses, {who} said.", "{who} said {n} houses were burned."},
				id: []string{"Api menghanguskan {n} rumah, kata {who}.", "Menurut {who}, sebanyak {n} rumah terbakar."},
			}},
			{key: "deaths", lo: 1, hi: 20, speaker: 1, say: bilingual{
				en: []string{"{n} people died in the fire, {who} said.", "According to {who}, the fire killed {n} people."},
				id: []string{"Sebanyak {n} orang tewas dalam kebakaran itu, kata {who}.", "Menurut {who}, kebakaran menewaskan {n} orang."},
			}},
			{key: "engines", lo: 3, hi: 40, say: bilingual{
				en: []string{"{n} fire engines were deployed to the scene, {who} said."},
				id: []string{"Sebanyak {n} unit mobil pemadam kebakaran dikerahkan ke lokasi, kata {who}."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"The strong wind made it very hard to stop the fire from spreading,\" {p1} said."},
			id: []string{"\"Angin kencang membuat api sulit dikendalikan,\" kata {p1}."},
		},
		generic: bilingual{
			en: []string{"Investigators were trying to determine the cause of the blaze.", "Neighbours helped carry belongings out of the burning houses."},
			id: []string{"Petugas masih menyelidiki penyebab kebakaran.", "Tetangga membantu mengeluarkan barang-barang dari rumah yang terbakar."},
		},
	},
	{
		name:     "accident",
		disaster: true,
		titles: [2]bilingual{
			{en: []string{"{place} traffic police chief"}, id: []string{"Kasat Lantas Polres {place}"}},
			{en: []string{"{place} transport agency head"}, id: []string{"Kepala Dinas Perhubungan {place}"}},
		},
		ledes: bilingual{
			en: []string{
				"A bus carrying pilgrims crashed into a ravine in {place}, {province}, on {date}.",
				"A tourist bus crashed into a ravine on a winding road in {place} regency on {date}.",
			},
			id: []string{
				"Sebuah bus yang membawa rombongan peziarah masuk jurang di Kabupaten {place}, {province}, pada {date}.",
				"Bus pariwisata masuk jurang di jalan berkelok di Kabupaten {place} pada {date}.",
			},
		},
		counts: []count{
			{key: "passengers", lo: 40, hi: 60, speaker: 1, say: bilingual{
				en: []string{"The bus was carrying {n} passengers, {who} said."},
				id: []string{"Bus itu mengangkut {n} penumpang, kata {who}."},
			}},
			{key: "deaths", lo: 2, hi: 15, say: bilingual{
				en: []string{"{n} passengers were killed in the crash, {who} said.", "{who} said {n} people died in the accident."},
				id: []string{"Sebanyak {n} penumpang tewas dalam kecelakaan itu, kata {who}.", "Menurut {who}, {n} orang meninggal dunia dalam kecelakaan tersebut."},
			}},
			{key: "injured", lo: 5, hi: 25, say: bilingual{
				en: []string{"{n} people were injured and taken to hospital, {who} said."},
				id: []string{"Sebanyak {n} orang luka-luka dan dibawa ke rumah sakit, kata {who}."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"We suspect the brakes failed on the steep descent,\" {p1} said."},
			id: []string{"\"Kami menduga rem bus blong di turunan yang curam,\" kata {p1}."},
		},
		generic: bilingual{
			en: []string{"Police have questioned witnesses at the scene.", "The road was closed for several hours while the wreck was removed."},
			id: []string{"Polisi telah memeriksa saksi di lokasi kejadian.", "Jalan ditutup selama beberapa jam untuk evakuasi bangkai bus."},
		},
	},
	{
		name:   "troops",
		abroad: true,
		constants: []constant{
			{key: "border", lo: 120, hi: 1900},
			{key: "treaty", lo: 1950, hi: 2010, year: true},
			{key: "garrison", lo: 2, hi: 9},
		},
		facts: bilingual{
			en: []string{
				"The border between {actor} and {dest} is {f:border} kilometres long.",
				"The two countries signed a border treaty in {f:treaty}.",
				"{dest} keeps {f:garrison} garrisons along the frontier.",
			},
			id: []string{
				"Perbatasan antara {actor} dan {dest} membentang sepanjang {f:border} kilometer.",
				"Kedua negara menandatangani perjanjian perbatasan pada tahun {f:treaty}.",
				"{dest} menempatkan {f:garrison} garnisun di sepanjang perbatasan.",
			},
		},
		titles: [2]bilingual{
			{en: []string{"{dest} defence ministry spokesman"}, id: []string{"Juru bicara Kementerian Pertahanan {dest}"}},
			{en: []string{"{actor} army spokesman"}, id: []string{"Juru bicara angkatan darat {actor}"}},
		},
		ledes: bilingual{
			en: []string{
				"{actoradj} troops arrived in the {place} border region of {dest} on {date}.",
				"{actoradj} troops arrived in {dest}'s {place} region on {date}, officials said.",
			},
			id: []string{
				"Pasukan {actor} tiba di wilayah perbatasan {place}, {dest}, pada {date}.",
				"Pasukan {actor} tiba di kawasan {place}, {dest}, pada {date}, kata pejabat setempat.",
			},
		},
		counts: []count{
			{key: "troops", lo: 1000, hi: 15000, say: bilingual{
				en: []string{"{n} {actoradj} troops are now stationed in {place}, {who} said.", "According to {who}, {actor} has sent {n} troops to the region."},
				id: []string{"Sebanyak {n} tentara {actor} kini ditempatkan di {place}, kata {who}.", "Menurut {who}, {actor} telah mengirim {n} tentara ke wilayah itu."},
			}},
			{key: "vehicles", lo: 20, hi: 300, say: bilingual{
				en: []string{"{who} said {n} armoured vehicles had crossed the border."},
				id: []string{"{who} mengatakan {n} kendaraan lapis baja telah melintasi perbatasan."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"We are monitoring the situation closely and remain in contact with our allies,\" {p1} said."},
			id: []string{"\"Kami memantau situasi dengan saksama dan terus berkoordinasi dengan sekutu,\" kata {p1}."},
		},
		generic: bilingual{
			en: []string{"Diplomats called for restraint on both sides.", "Satellite images showed new camps near the border.", "Residents of border villages said they had seen convoys moving at night.", "Analysts said the move could escalate the conflict.", "The foreign ministry summoned the ambassador for an explanation."},
			id: []string{"Para diplomat menyerukan agar kedua pihak menahan diri.", "Citra satelit menunjukkan kamp-kamp baru di dekat perbatasan.", "Warga desa perbatasan mengaku melihat iring-iringan kendaraan bergerak pada malam hari.", "Para analis menilai langkah itu dapat memperburuk konflik.", "Kementerian luar negeri memanggil duta besar untuk meminta penjelasan."},
		},
	},
	{
		name:       "election",
		candidates: true,
		titles: [2]bilingual{
			{en: []string{"{place} election commission chairman"}, id: []string{"Ketua KPU {place}"}},
			{en: []string{"{place} election supervisory agency head"}, id: []string{"Ketua Bawaslu {place}"}},
		},
		ledes: bilingual{
			en: []string{
				"Voters in {place} regency, {province}, elected a new regent on {date}.",
				"Voters in {place} regency elected a new regent on {date} in a race between {c1} and {c2}.",
			},
			id: []string{
				"Warga Kabupaten {place}, {province}, memilih bupati baru pada {date}.",
				"Warga Kabupaten {place} memilih bupati baru pada {date} dalam persaingan antara {c1} dan {c2}.",
			},
		},
		constants: []constant{{key: "turnout", lo: 55, hi: 89}},
		facts: bilingual{
			en: []string{"Turnout was {f:turnout} percent, {p2} said."},
			id: []string{"Tingkat partisipasi pemilih mencapai {f:turnout} persen, kata {p2}."},
		},
		counts: []count{
			{key: "votes", lo: 20000, hi: 400000, say: bilingual{
				en: []string{"{c1} won {n} votes, {who} said.", "According to {who}, {c1} received {n} votes."},
				id: []string{"{c1} meraih {n} suara, kata {who}.", "Menurut {who}, {c1} memperoleh {n} suara."},
			}},
		},
		quotes: bilingual{
			en: []string{"\"The vote count was conducted openly and witnesses from both camps signed the results,\" {p1} said."},
			id: []string{"\"Penghitungan suara dilakukan secara terbuka dan saksi dari kedua kubu menandatangani hasilnya,\" kata {p1}."},
		},
		generic: bilingual{
			en: []string{"Supporters gathered outside the election office as results came in.", "Observers reported no major irregularities.", "Both camps urged their supporters to stay calm.", "The losing candidate said he would study the results before deciding whether to file a challenge.", "Polling stations opened in the morning and closed in the afternoon."},
			id: []string{"Para pendukung berkumpul di depan kantor KPU saat hasil diumumkan.", "Pemantau tidak menemukan kecurangan yang berarti.", "Kedua kubu meminta pendukungnya tetap tenang.", "Calon yang kalah mengatakan akan mempelajari hasilnya sebelum memutuskan mengajukan gugatan.", "Tempat pemungutan suara dibuka pada pagi hari dan ditutup pada sore hari."},
		},
	},
}

// disasterGeneric are filler sentences shared by the disaster kinds.
var disasterGeneric = bilingual{
	en: []string{
		"Local officials said the situation was being monitored around the clock.",
		"Volunteers from neighbouring districts arrived to help.",
		"The provincial government said it would send additional assistance.",
		"Schools in the affected area were closed until further notice.",
		"Aid agencies appealed for clean water, food and blankets.",
		"Electricity was cut in several villages.",
		"Residents complained that information had been slow to reach them.",
		"The central government said it was following developments closely.",
	},
	id: []string{
		"Pejabat setempat mengatakan situasi terus dipantau siang dan malam.",
		"Relawan dari kecamatan tetangga berdatangan untuk membantu.",
		"Pemerintah provinsi menyatakan akan mengirimkan bantuan tambahan.",
		"Sekolah di wilayah terdampak diliburkan hingga pemberitahuan lebih lanjut.",
		"Lembaga kemanusiaan meminta bantuan air bersih, makanan, dan selimut.",
		"Aliran listrik terputus di sejumlah desa.",
		"Warga mengeluhkan informasi yang lambat sampai kepada mereka.",
		"Pemerintah pusat menyatakan terus memantau perkembangan.",
	},
}

// furniture lines stand between paragraphs as they do on scraped pages.
var furniture = bilingual{
	en: []string{"Advertisement", "Also read: Residents share their stories from the shelters"},
	id: []string{"Advertisement", "Baca juga: Kisah warga bertahan di pengungsian"},
}
