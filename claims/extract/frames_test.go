package extract

import (
	"math"
	"strings"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang/builtin"
)

// frame writes the parts of a quantity claim the frame rules set, for
// table tests: "deaths", "deaths role=part", "ships per=week aim", ...
func frame(c *claims.Claim) string {
	parts := []string{c.SubjectKey()}
	if r := c.RoleKey(); r != "" {
		parts = append(parts, "role="+r)
	}
	if c.Location() != "" {
		parts = append(parts, "location="+c.Location())
	}
	if c.Rate() != "" {
		parts = append(parts, "per="+c.Rate())
	}
	if c.Marks.Has(claims.MarkEarlier) {
		parts = append(parts, "earlier")
	}
	if c.When() != "" {
		parts = append(parts, "when="+c.When())
	}
	if c.Actor() != "" {
		parts = append(parts, "actor="+c.Actor())
	}
	if c.Marks.Has(claims.MarkWindow) {
		parts = append(parts, "window")
	}
	if c.Quantity != nil && c.Quantity.Flags&claims.Increment != 0 {
		parts = append(parts, "increment")
	}
	return strings.Join(parts, " ")
}

// TestFrames checks the rules that say what a figure is of: the clause's
// subject, an anaphor, a rate, an aim, a phase, a fronted place, an
// earlier figure, a figure of another year — and the traps they must not
// fire on. Claim is the figure's words as written; Want its frame, "-" for
// no claim at all.
func TestFrames(t *testing.T) {
	tests := []frameCase{
		{"clause subject over an aside", "id", "Korban meninggal dunia akibat gempa magnitudo (M) 6,2 di Pulau Seram, Maluku Tengah, bertambah menjadi 23 orang.", "23 orang", "deaths"},
		{"clause subject in English", "en", "The death toll from the floods in the north rose to 91 people on Tuesday.", "91 people", "deaths"},
		{"clause subject past another figure", "id", "Korban tewas akibat dua bom yang meledak di pusat kota bertambah menjadi 40 orang.", "40 orang", "deaths"},
		{"clause subject over a conjunction", "id", "Jumlah ayam yang terinfeksi flu burung dan tetelo di Kabupaten Blora bertambah menjadi 3.200 ekor.", "3.200 ekor", "cases location=blora"},
		{"a conjunction's own subject comes first", "id", "Sebanyak 20 orang tewas dan korban luka bertambah menjadi 50 orang.", "50 orang", "injured"},
		{"no reach word, no subject", "en", "The death toll was disputed, and 300 people attended the funeral.", "300 people", "people"},
		{"another clause's subject", "id", "Korban tewas tercatat tujuh orang, sementara 120 orang masih bertahan di sekolah.", "120 orang", "people"},
		{"anaphor takes the last figure's concept", "id", "Pada Minggu malam korban tewas tercatat lima orang. Jumlah itu naik menjadi delapan orang pada Senin.", "delapan orang", "deaths"},
		{"anaphor in English", "en", "Officials counted 14 people killed on Friday. The figure rose to 20 people by Sunday.", "20 people", "deaths"},
		{"a rate is not a total", "en", "The new terminal now receives three ships a week from the eastern ports.", "three ships", "ships per=week"},
		{"a rate in Indonesian", "id", "Saat ini empat kapal per minggu bersandar di dermaga baru itu.", "empat kapal", "ships per=week"},
		{"an aim is not a count", "id", "Target kami sembilan kapal sebelum akhir tahun, kata manajer pelabuhan.", "sembilan kapal", "ships:planned"},
		{"a future figure is an aim", "en", "The navy will deploy 400 troops to the border next month.", "400 troops", "troops:planned"},
		{"an aftershock's magnitude", "en", "The strongest aftershock measured magnitude 4.9, the agency said.", "magnitude 4.9", "magnitude role=aftershock"},
		{"gempa susulan", "id", "Tercatat 31 kali gempa susulan dengan kekuatan terbesar M 5,1.", "M 5,1", "magnitude role=aftershock"},
		{"the main shock has no phase", "en", "The quake measured magnitude 6.8 and was felt across the island.", "magnitude 6.8", "magnitude"},
		{"a fronted place", "id", "Di Kecamatan Lorong Batu saja, 812 rumah rusak berat.", "812 rumah", "houses role=damaged severe location=batu-lorong"},
		{"a possessive place holds the place", "en", "The storm destroyed 40 houses in Indonesia's South Sulawesi province.", "40 houses", "houses role=destroyed location=south-sulawesi"},
		{"a measure's anaphor takes the topic before it", "id", "Luas lahan yang terbakar terus bertambah. Hingga Selasa malam, luasnya mencapai 1.980 hektare.", "mencapai 1.980 hektare", "burned-area"},
		{"an anaphor with no topic before it", "id", "Petugas terus bekerja. Hingga Selasa malam, luasnya mencapai 1.980 hektare.", "mencapai 1.980 hektare", "-"},
		{"a coast's length", "en", "Fuel from the wreck has fouled 9 kilometres of coastline, the port office said.", "9 kilometres", "coastline"},
		{"a coast's length in Indonesian", "id", "Tumpahan solar itu mencemari sekitar 9 kilometer garis pantai.", "sekitar 9 kilometer", "coastline"},
		{"a count that made the rise", "id", "Korban tewas naik menjadi sembilan orang setelah tiga jenazah ditemukan di sungai.", "tiga jenazah", "deaths increment"},
		{"a count that made the rise in English", "en", "The death toll rose to nine after three bodies were found in the river.", "three bodies", "deaths increment"},
		{"a count after a rise with no cause word", "en", "The death toll rose to nine, and three bodies were found in the river.", "three bodies", "deaths"},
		{"a second reading of a magnitude", "en", "The national agency put the magnitude at 5.9, while the USGS measured it at 6.1.", "6.1", "magnitude"},
		{"a second reading in Indonesian", "id", "BMKG mencatat magnitudo 5,9, sementara USGS mencatat 6,1.", "6,1", "magnitude"},
		{"a whole number after a magnitude is no reading", "en", "The quake measured magnitude 5.9, while rescuers reached it at 11.", "11", "-"},
		{"bodies not identified", "en", "Nine bodies have not yet been identified, the coroner said.", "Nine bodies", "deaths role=unidentified"},
		{"jenazah belum teridentifikasi", "id", "Sebanyak enam jenazah belum teridentifikasi.", "enam jenazah", "deaths role=unidentified"},
		{"a vote against", "en", "By 88.1%, the nurses turned down the pay offer, and 91% voted to walk out.", "88.1%", "vote-share role=against"},
		{"a vote for, in the next clause", "en", "By 88.1%, the nurses turned down the pay offer, and 91% voted to walk out.", "91%", "vote-share role=for"},
		{"a vote against in Indonesian", "id", "Sebanyak 72,5% anggota menolak usulan itu.", "72,5%", "vote-share role=against"},
		{"where something went", "id", "Dapur itu mengirim 3.450 porsi makanan ke 11 sekolah.", "11 sekolah", "schools role=destination"},
		{"sent to in English", "en", "The agency sent food parcels to 400 families on Monday.", "400 families", "people role=destination"},
		{"fled to shelters counts the shelters", "id", "Sekitar 3.000 warga mengungsi ke 12 titik pengungsian.", "12 titik pengungsian", "shelters"},
		{"what a count rose to is no destination", "id", "Banjir meluas ke 12 desa pada Senin.", "12 desa", "places"},
		{"a change's new value is no destination", "en", "The death toll rose from 13 to 14 people on Monday.", "14 people", "deaths"},
		{"dari … ke is a change", "id", "Jumlah korban tewas naik dari 13 ke 14 orang.", "14 orang", "deaths"},
		{"rose to in English", "en", "The number of flooded villages rose to 12 on Monday.", "12", "-"},
		{"a winning time", "en", "Adeyemi won the women's race in 2:31:05 on a humid morning.", "2:31:05", "finish-time"},
		{"a winning time in parts", "id", "Pelari itu finis dengan catatan waktu 2 jam 31 menit 5 detik.", "2 jam 31 menit 5 detik", "finish-time"},
		{"a travel time is no finish", "id", "Jembatan itu memangkas waktu tempuh dari 55 menit menjadi 15 menit.", "15 menit", "-"},
		{"a duration with no race is no claim", "en", "The meeting lasted 2 hours 31 minutes.", "2 hours 31 minutes", "-"},
		{"a national figure", "en", "Nationwide, more than 21,000 cattle have been infected since January.", "more than 21,000 cattle have been infected", "cases role=nationwide"},
		{"a national figure in Indonesian", "id", "Pemerintah menyiapkan 1,5 juta dosis vaksin untuk seluruh Indonesia.", "1,5 juta dosis", "id:dosis role=nationwide"},
		{"a scope in another clause", "en", "The virus has spread nationwide, and 300 cattle were infected in the district.", "300 cattle were infected", "cases"},
		{"a scope inside a name", "id", "Badan Nasional mencatat 40 rumah rusak.", "40 rumah", "houses role=damaged"},
		{"a fronted place in English", "en", "In Sumatra alone, 66 houses were destroyed.", "66 houses", "houses role=destroyed location=sumatra"},
		{"an earlier figure", "en", "Earlier reports had said 400 people were killed in the landslide.", "400 people were killed", "deaths earlier"},
		{"earlier belongs to the first figure after it", "id", "Jika sebelumnya sebanyak 5.100 orang, hingga hari ini ada 6.300 orang yang mengungsi.", "6.300 orang yang mengungsi", "displaced"},
		{"a figure of another year", "en", "On March 3, 2019, a similar storm killed 74 people in the same valley.", "74 people", "deaths when=2019"},
		{"the nearest date gives the year", "en", "Over 900 people died during this year's floods, three times last year's toll.", "Over 900 people died", "deaths"},
		{"whose, from the clause's subject", "en", "Egyptians made up most of the dead, accounting for 612 deaths.", "612 deaths", "deaths actor=egypt"},
		{"a window is not the whole toll", "en", "A senior official gave a partial toll of 482 deaths for the two busiest days.", "482 deaths", "deaths role=part window"},
		{"a figure said to be partial", "id", "Pejabat itu mengakui angka 418 jemaah yang wafat itu hanya sebagian.", "418 jemaah yang wafat", "deaths role=part"},
		{"a whole figure", "id", "Pejabat itu mengatakan 418 jemaah wafat selama musim haji.", "418 jemaah wafat", "deaths"},
		{"a window in Indonesian", "id", "Pemerintah mengonfirmasi 482 kematian dalam dua hari tersibuk.", "482 kematian", "deaths window"},
		{"people are not their rescuers'", "id", "Tim SAR gabungan telah menyelamatkan 41 orang.", "41 orang", "people"},
		{"a measure's topic from its clause's subject", "id", "Total kerugian negara akibat perbuatan para tersangka dalam kasus itu mencapai Rp 193,7 triliun.", "mencapai Rp 193,7 triliun", "losses"},
		{"a lone one is narration", "en", "One soldier said the base had been quiet for weeks.", "One soldier", "-"},
		{"one death is a toll", "en", "One person died when the roof collapsed.", "One person died", "deaths"},
		{"satu kapal is narration", "id", "Satu kapal patroli berjaga di mulut teluk.", "Satu kapal", "-"},
		{"a fronted window bounds the sentence", "en", "Over the past three weeks, two smaller storms killed 41 people in the north.", "41 people", "deaths window"},
		{"a fronted window in Indonesian", "id", "Dalam dua hari terakhir, banjir menewaskan 17 orang di hulu sungai.", "17 orang", "deaths window"},
		{"a fronted place is no window", "en", "In the north, the floods killed 41 people.", "41 people", "deaths"},
		{"others after a bare count are a part", "en", "Prosecutors said the two had worked with seven other suspects already in custody.", "seven other suspects", "arrests role=part"},
		{"others in Indonesian", "id", "Dua tersangka itu bekerja sama dengan enam tersangka lainnya yang sudah ditahan.", "enam tersangka", "arrests role=part"},
		{"others after another thing are the rest", "en", "The blast killed 31 people and injured 112 others.", "112 others", "injured"},
		{"others with nothing before", "en", "Police said 12 other suspects were still at large.", "12 other suspects", "arrests"},
		{"of the named before is a part", "en", "Police said at least 20 of the detained were paid to riot.", "at least 20 of the detained", "arrests role=part"},
		{"a place past a comma is not where", "en", "Three runners have died after the race, the worst toll at any race in Borneo.", "Three runners have died", "deaths"},
		{"a place after a short locative gap is", "en", "Eleven deaths were recorded in the region of Batang Hari.", "Eleven deaths", "deaths location=batang-hari"},
		{"the number of a population", "id", "Hingga Selasa malam jumlah santri yang dirawat mencapai 88 orang.", "mencapai 88 orang", "children role=treated"},
		{"a status after the population", "id", "Kepala puskesmas mengatakan total santri yang keracunan sebanyak 97 orang.", "97 orang", "cases"},
		{"poisoned in English", "en", "The number of poisoned pupils rose to 97 people on Friday.", "97 people", "cases"},
		{"people are no facility", "id", "Kepala Puskesmas Sukamaju mengatakan telah menangani sebanyak 64 orang.", "64 orang", "people"},
		{"an open noun keeps its modifiers", "en", "Prosecutors named four senior executives as suspects.", "four senior executives", "en:executive role=senior"},
		{"an open noun without them", "en", "Prosecutors named two executives as suspects.", "two executives", "en:executive"},
		{"a burned area spreads", "id", "Per Minggu (8/9/2024), luas lahan gambut yang terbakar mencapai 1.310 hektare.", "mencapai 1.310 hektare", "burned-area"},
		{"burned in English", "en", "Peat fires have burned 1,310 hectares so far.", "1,310 hectares", "burned-area"},
		{"an area is an area", "en", "The park covers an area of 1,310 hectares.", "1,310 hectares", "area"},
		{"what happened to houses, after them", "id", "Menurut kepala desa, 1.240 rumah terendam dan 40 di antaranya hanyut.", "1.240 rumah", "houses role=flooded"},
		{"what happened to houses, as the verb before them", "id", "Di Kabupaten Sukamaju, longsor menimbun tiga rumah dan sebuah masjid.", "tiga rumah", "houses role=buried location=sukamaju"},
		{"in English", "en", "The storm destroyed 310 houses along the coast.", "310 houses", "houses role=destroyed"},
		{"a state named before is no state", "en", "Damaged roads slowed the 40 trucks carrying aid.", "40 trucks", "trucks"},
		{"a tally of a week past is an earlier one", "en", "Diplomats told reporters last week that 412 pilgrims had died.", "412 pilgrims had died", "deaths earlier"},
		{"a share of a vote", "en", "Members rejected the offer with a vote of 71.3%.", "71.3%", "vote-share role=against"},
		{"a share of nothing said", "en", "Prices rose 71.3% over the year.", "71.3%", "-"},
		{"captured soldiers are no force", "en", "The rebels said they were holding 14 soldiers near the border.", "14 soldiers", "troops role=captured"},
		{"disandera", "id", "Kelompok itu menyandera 14 prajurit di perbatasan.", "14 prajurit", "troops role=captured"},
		{"cargo on board", "en", "A ferry carrying 212 passengers ran aground on Sunday.", "212 passengers", "passengers role=on-board"},
		{"muatan", "id", "Kapal itu mengangkut 212 penumpang saat kandas.", "212 penumpang", "passengers role=on-board"},
		{"a carrier is no cargo", "en", "Floods slowed the 40 trucks carrying food to the north.", "40 trucks", "trucks"},
		{"a time is no altitude", "en", "Hikers usually take two days to reach the summit from the village.", "two days", "-"},
		{"the unit names the measure", "id", "Saat gunung setinggi 2.914 mdpl itu meletus, abu menutup desa.", "2.914 mdpl", "altitude"},
		{"a hyphenated height", "en", "The 2,914-metre volcano erupted twice on Friday.", "2,914-metre", "altitude"},
		{"a state after a verb narrows", "en", "Forty-seven runners were treated for heat stroke.", "Forty-seven runners were treated", "injured role=treated"},
		{"signed up is a state", "en", "About 9,000 cyclists had registered for the three routes.", "About 9,000 cyclists", "crowd role=signed-up"},
		{"mendaftar", "id", "Sebanyak 9.000 pelari mendaftar untuk lomba itu.", "9.000 pelari", "crowd role=signed-up"},
		{"an attribute after a verb does not", "en", "When the ash fell, 212 hikers were registered on the trail.", "212 hikers", "tourists"},
		{"a budget deficit as a share of output", "en", "The budget deficit widened to 2.7% of gross domestic product last year.", "2.7%", "deficit when=2023"},
		{"defisit anggaran", "id", "Defisit anggaran melebar menjadi 2,7 persen dari produk domestik bruto.", "2,7 persen", "deficit"},
		{"a trade deficit is no budget's", "en", "The trade deficit widened to $3.4 billion in March.", "$3.4 billion", "trade-balance"},
		{"neraca perdagangan", "id", "Neraca perdagangan mencatat defisit 3,4 miliar dolar AS pada Maret.", "3,4 miliar dolar AS", "trade-balance"},
		{"a jobless rate", "en", "The jobless rate fell to 4.9% in August.", "4.9%", "unemployment when=2023"},
		{"tingkat pengangguran", "id", "Tingkat pengangguran terbuka turun menjadi 4,9 persen pada Agustus.", "4,9 persen", "unemployment when=2023"},
		{"a poverty rate", "id", "Angka kemiskinan tercatat 9,1 persen pada Maret.", "9,1 persen", "poverty"},
		{"a bearing from a place is a distance", "id", "Pusat gempa berada 37 kilometer barat daya Garut dengan kedalaman 10 kilometer.", "37 kilometer", "distance"},
		{"the depth beside it stays a depth", "id", "Pusat gempa berada 37 kilometer barat daya Garut dengan kedalaman 10 kilometer.", "10 kilometer", "depth"},
		{"a bearing in English", "en", "The epicentre was 23 miles southwest of Garut at a depth of 10 km.", "23 miles", "distance"},
		{"a place's compass word is no bearing", "id", "Banjir setinggi 1 meter merendam desa di Kabupaten Bandung Barat.", "1 meter", "height role=flooded location=west-bandung"},
		{"public debt", "en", "Public debt rose to 39% of GDP by the end of June.", "39%", "debt"},
		{"a prison term", "id", "Terdakwa divonis 7 tahun penjara oleh majelis hakim.", "7 tahun", "prison-term"},
		{"a prison term is its person's", "en", "The court sentenced Maria Lopez to three years in prison.", "three years", "prison-term actor=maria lopez"},
		{"a demand is an aim", "id", "Jaksa menuntut Maria Lopez 9 tahun penjara.", "9 tahun", "prison-term:planned actor=maria lopez"},
		{"a demand an appositive names", "id", "Vonis itu lebih ringan dari tuntutan jaksa, yakni 9 tahun penjara.", "9 tahun", "prison-term:planned"},
		{"a comma without an appositive ends the aim", "id", "Jaksa menuntut hukuman berat, namun hakim menjatuhkan 5 tahun penjara.", "5 tahun", "prison-term"},
		{"a threatened maximum is no sentence", "en", "The suspects face up to 15 years in jail.", "up to 15 years", "prison-term:planned"},
		{"the term that replaces an unpaid fine", "id", "Ia didenda Rp 100 juta subsider 3 bulan kurungan.", "3 bulan", "substitute-term"},
		{"a fine", "id", "Ia didenda Rp 100 juta subsider 3 bulan kurungan.", "Rp 100 juta", "fine"},
		{"the sum to repay", "en", "He was ordered to repay 4 billion rupiah to the state.", "4 billion rupiah", "restitution"},
		{"a duration of no sentence", "id", "Pembangunan jembatan itu memakan waktu 3 tahun.", "3 tahun", "-"},
		{"a wind speed", "id", "Angin kencang berkecepatan 80 km/jam merobohkan puluhan pohon.", "80 km/jam", "wind-speed"},
		{"a wind speed in English", "en", "Gusts of 95 km/h tore roofs off houses.", "95 km/h", "wind-speed"},
		{"a vehicle's speed is no wind", "id", "Bus itu melaju dengan kecepatan 90 km/jam sebelum terguling.", "90 km/jam", "-"},
		{"rainfall", "en", "Rainfall reached 105 mm in a day.", "105 mm", "rainfall per=day"},
		{"a height beside rain stays a height", "id", "Hujan deras membuat genangan setinggi 50 sentimeter di jalan utama.", "50 sentimeter", "height"},
		{"compensation for each family", "id", "Pemerintah memberikan santunan Rp 15 juta kepada setiap keluarga korban.", "Rp 15 juta", "compensation per=each"},
		{"compensation for each family in English", "en", "Each family received compensation of 25 million rupiah apiece.", "25 million rupiah", "compensation per=each"},
		{"compensation given to each before the sum", "en", "The airline offered each passenger 2.5 million rupiah in compensation.", "2.5 million rupiah", "compensation per=each"},
		{"as of a day is no share", "id", "Korban meninggal bertambah menjadi 11 orang per Rabu (4/12/2024).", "11 orang", "deaths"},
		{"the year so far is no window", "id", "Kasus demam berdarah mencapai 4.120 kasus sepanjang tahun ini.", "mencapai 4.120 kasus", "cases"},
		{"this year so far in English", "en", "Dengue cases reached 4,210 over this year.", "4,210", "cases"},
		{"the past week is a window", "en", "Dengue cases reached 410 over the past week.", "410", "cases earlier window"},
		{"made to flee", "en", "The quake forced 2,100 residents to flee to shelters.", "2,100 residents to flee", "displaced"},
		{"a ticket's votes are its first candidate's", "id", "Pasangan Budi Hartanto-Dewi Kusuma meraih 1.143.900 suara.", "1.143.900 suara", "votes actor=budi hartanto"},
		{"a ticket joined by and", "en", "The commission declared Budi Hartanto and Dewi Kusuma the winners with 1,143,900 votes.", "1,143,900 votes", "votes actor=budi hartanto"},
		{"a ticket farther off", "id", "KPU menetapkan pasangan Andi Wijaya-Siti Rahma sebagai pemenang Pilkada dengan perolehan 1.254.300 suara.", "1.254.300 suara", "votes actor=andi wijaya"},
		{"a share restating the votes is theirs", "id", "Pasangan Budi Hartanto-Dewi Kusuma meraih 1.143.900 suara atau 47,7 persen.", "47,7 persen", "vote-share actor=budi hartanto"},
		{"a share far from its ticket is the ticket's", "id", "KPU menetapkan pasangan Andi Wijaya-Siti Rahma sebagai pemenang Pilkada dengan perolehan 154.300 suara atau 52,3 persen.", "52,3 persen", "vote-share actor=andi wijaya"},
		{"a share won, with no count before it", "id", "Pasangan Andi Wijaya dan Siti Rahma resmi memenangi Pilkada setelah meraih 52,3 persen suara.", "52,3 persen", "vote-share actor=andi wijaya"},
		{"a share of the vote is no part", "en", "Budi Hartanto and Dewi Kusuma won 1,143,900 votes, or 47.7 percent of the vote.", "47.7 percent", "vote-share actor=budi hartanto"},
		{"two candidates of one sentence keep their votes", "en", "Budi Hartanto won 1,143,900 votes and Andi Wijaya won 1,254,300 votes.", "1,254,300 votes", "votes actor=andi wijaya"},
		{"a ravine's depth", "id", "Bus itu terjun ke jurang sedalam 30 meter.", "30 meter", "depth"},
		{"a ravine's depth in English", "en", "The bus plunged 50 metres into a ravine.", "50 metres", "depth"},
		{"kiosks burned down", "id", "Kebakaran itu menghanguskan 150 kios pedagang.", "150 kios", "buildings role=destroyed"},
		{"houses burned are destroyed", "en", "The fire department head said 363 houses were burned.", "363 houses", "houses role=destroyed"},
		{"what happened, past where", "id", "Sebanyak 120 kios di lantai dasar pasar hangus terbakar.", "120 kios", "buildings role=destroyed"},
		{"people burned are injured", "en", "Three people were burned in the blast.", "Three people were burned", "injured"},
		{"a burned area's word beats the broad one", "id", "Lahan seluas 50 hektare terbakar di Ogan Ilir.", "50 hektare", "burned-area location=ilir-ogan"},
		{"a burned area in English", "en", "About 50 hectares of land were burned in Ogan Ilir.", "About 50 hectares", "burned-area location=ilir-ogan"},
		{"kiosks razed", "en", "The fire razed 105 kiosks.", "105 kiosks", "buildings role=destroyed"},
		{"a total over the places its clause names", "en", "New deaths came from Laos, Cambodia and Myanmar, lifting the combined toll to 57.", "57", "deaths"},
		{"a total over places in Indonesian", "id", "Korban juga dilaporkan dari Garut dan Tasikmalaya, sehingga total korban meninggal menjadi 41 orang.", "41 orang", "deaths"},
		{"the total a count is of keeps its candidate", "id", "Pasangan Budi Hartanto-Dewi Kusuma meraih 140.700 suara dari total suara sah.", "140.700 suara", "votes actor=budi hartanto"},
		{"an interest rate at a level", "id", "Bank sentral menahan suku bunga acuan di level 6 persen.", "6 persen", "interest-rate"},
		{"an interest rate in English", "en", "The central bank kept its benchmark rate at 6.25 percent.", "6.25 percent", "interest-rate"},
		{"exports", "id", "Nilai ekspor bulan ini mencapai 22,1 miliar dolar AS.", "mencapai 22,1 miliar dolar AS", "exports"},
		{"a delay", "en", "The flight was delayed by five hours.", "five hours", "delay"},
		{"a delay in Indonesian", "id", "Penerbangan itu tertunda selama tiga jam.", "tiga jam", "delay"},
		{"what a sum comes from is not what it measures", "id", "Kerugian itu terdiri atas Rp 40 triliun dari ekspor batu bara dan Rp 3 triliun dari impor gandum.", "Rp 3 triliun", "-"},
		{"trade named after a price is not its value", "en", "Sugar prices have stayed above 18,000 rupiah a kilogram despite the imports, traders say.", "above 18,000 rupiah", "price role=sugar"},
		{"the figure a change is from", "en", "Exports rose to $26.4 billion, up from $23.1 billion.", "$23.1 billion", "exports role=baseline"},
		{"the figure a change is to", "en", "Exports rose to $26.4 billion, up from $23.1 billion.", "$26.4 billion", "exports"},
		{"a baseline of a day meets that day's figures", "en", "Oil had reached 21 kilometres of coastline by Tuesday, up from 14 km on Monday.", "14 km", "coastline"},
		{"a vote against a rival's share is no baseline", "en", "The president won 55.5 percent of votes against 44.5 percent for his rival.", "44.5 percent", "vote-share"},
		{"days of rain do not measure a mountain", "en", "Days of rain eroded the lava dome atop the 3,676-meter volcano.", "3,676-meter", "altitude"},
		{"a sum two words from its source", "id", "Kerugian terdiri atas Rp 126 triliun dari pemberian kompensasi.", "Rp 126 triliun", "losses"},
		{"a price of an item", "id", "Harga beras medium naik menjadi Rp 14.500 per kilogram.", "Rp 14.500", "price role=rice"},
		{"a price of an item in English", "en", "Rice prices rose to 14,500 rupiah a kilogram.", "14,500 rupiah", "price role=rice"},
		{"the price of an item", "en", "The price of rice rose to 14,500 rupiah a kilogram.", "14,500 rupiah", "price role=rice"},
		{"a product's price", "id", "Harga Pertalite kini Rp 12.500 per liter.", "Rp 12.500", "price role=pertalite"},
		{"a price of nothing named is no claim", "en", "Prices rose to 14,500 rupiah a kilogram.", "14,500 rupiah", "-"},
		{"two items' prices", "id", "Harga cabai mencapai Rp 80.000 per kilogram, sedangkan harga bawang Rp 40.000 per kilogram.", "Rp 40.000", "price role=onion"},
		{"a drug seized, by its kind", "id", "Polisi menyita 2,5 kilogram sabu dan 12 kilogram ganja dari tersangka.", "2,5 kilogram", "methamphetamine"},
		{"another drug of the same sentence", "id", "Polisi menyita 2,5 kilogram sabu dan 12 kilogram ganja dari tersangka.", "12 kilogram", "cannabis"},
		{"a drug seized in English", "en", "Police seized 5.2 kilograms of crystal methamphetamine from the suspect.", "5.2 kilograms", "methamphetamine"},
		{"a facility's place keys as in every language", "id", "Polisi menyita 25 kilogram sabu di Pelabuhan Tanjung Emas.", "25 kilogram", "methamphetamine location=emas-tanjung"},
		{"a facility's place in English", "en", "Police seized 52 kilograms of crystal meth at the Tanjung Emas port.", "52 kilograms", "methamphetamine location=emas-tanjung"},
		{"a deficit a city faces is no threat", "en", "The city faces a budget deficit of $2 billion this year.", "$2 billion", "deficit"},
		{"the total compensation", "id", "Total santunan Rp 300 juta diberikan kepada 20 keluarga.", "Rp 300 juta", "compensation"},
	}
	checkFrames(t, tests, frame)
}

// frameCase is a sentence, the words of one quantity claim of it as
// written, and what write must make of that claim ("-" for no claim).
type frameCase struct {
	Name, Lang, Text, Claim, Want string
}

// checkFrames extracts each case's sentence and compares write's account
// of its claim with the case's.
func checkFrames(t *testing.T, tests []frameCase, write func(*claims.Claim) string) {
	t.Helper()
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			cs := e.Document(doc(tc.Lang, tc.Text))
			c := quantityClaim(cs, tc.Claim)
			got := "-"
			if c != nil {
				got = write(c)
			}
			if got != tc.Want {
				var all []string
				for _, c := range cs {
					all = append(all, c.Text+" → "+write(c))
				}
				t.Errorf("%q: got %q\nwant %q\nclaims: %s", tc.Claim, got, tc.Want, strings.Join(all, "; "))
			}
		})
	}
}

// TestEventDates checks which dates date an event: not the day a speaker
// spoke, nor the day a count held.
func TestEventDates(t *testing.T) {
	tests := []struct {
		Name, Lang, Text, Date string
		Event                  bool
	}{
		{"the event's day", "en", "The ferry sank on Tuesday off the southern coast.", "Tuesday", true},
		{"the day of speaking", "en", "The ferry sank near the harbour, the navy said on Wednesday.", "Wednesday", false},
		{"kata X, Selasa", "id", "Kapal itu tenggelam di dekat pelabuhan, kata petugas, Selasa (4/3/2025).", "Selasa (4/3/2025)", false},
		{"the day a count held", "en", "The toll from the earthquake rose to 31 on Saturday.", "Saturday", false},
		{"per Jumat", "id", "Korban meninggal akibat gempa bertambah menjadi 23 orang per Jumat (14/3/2025).", "Jumat (14/3/2025)", false},
	}
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			found := false
			for _, c := range e.Document(doc(tc.Lang, tc.Text)) {
				if c.Kind == claims.ClaimDate && c.Subject != AsOfSubject && strings.Contains(c.Text, tc.Date) {
					found = true
				}
			}
			if found != tc.Event {
				t.Errorf("%q dates an event: got %v, want %v", tc.Date, found, tc.Event)
			}
		})
	}
}

// TestBreakdown checks that counts an article itemizes are parts of its
// total, and that a timeline that happens to add up is not.
func TestBreakdown(t *testing.T) {
	tests := []struct {
		Name, Lang, Text string
		Parts            []string
		Whole            []string
	}{
		{"sites adding up to the total", "id",
			"Polisi menangkap 257 tersangka. Sebanyak 72 tersangka ditangkap di Alun-alun. Sementara di Pasar Lama, polisi menangkap 156 tersangka. Kemudian, 29 tersangka lainnya diamankan di stasiun.",
			[]string{"72 tersangka", "156 tersangka", "29 tersangka"}, []string{"257 tersangka"}},
		{"a timeline is no breakdown", "en",
			"Three people died on Sunday. Four people died on Monday. The toll reached seven people on Tuesday.",
			nil, []string{"Three people died", "Four people died"}},
	}
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			cs := e.Document(doc(tc.Lang, tc.Text))
			for _, w := range tc.Parts {
				if c := quantityClaim(cs, w); c == nil || !c.Marks.Has(claims.MarkPart) {
					t.Errorf("%q should be a part", w)
				}
			}
			for _, w := range tc.Whole {
				if c := quantityClaim(cs, w); c == nil || c.Marks.Has(claims.MarkPart) {
					t.Errorf("%q should be a claim and no part", w)
				}
			}
		})
	}
}

// TestCamps checks that speakers are placed in the camps their names,
// descriptions or titles say, and that a speaker named again keeps it.
func TestCamps(t *testing.T) {
	text := `Koordinator aksi dari Serikat Pekerja Logam, Rudi Hartawan, mengklaim 20.000 peserta ikut turun ke jalan. "Kami datang dengan 300 bus," kata Rudi. Kapolres Kota Selatan AKBP Bambang Sutrisno menyebut sekitar 4.000 orang berunjuk rasa.`
	cs := New(builtin.Packs()).Document(doc("id", text))
	want := map[string]string{"20.000 peserta": "organizers", "300 bus": "organizers", "sekitar 4.000 orang": "police"}
	for _, c := range cs {
		if camp, ok := want[c.Text]; ok {
			if c.Speaker.Camp != camp {
				t.Errorf("%q: speaker %q in camp %q, want %q", c.Text, c.Speaker.Name, c.Speaker.Camp, camp)
			}
			delete(want, c.Text)
		}
	}
	for w := range want {
		t.Errorf("no claim %q", w)
	}
}

// TestRestatedFigures checks that a later count of a population that
// repeats an earlier figure of the article exactly is that figure.
func TestRestatedFigures(t *testing.T) {
	text := "Pemerintah mengonfirmasi 483 kematian. Pejabat itu mengakui angka 483 jamaah itu hanya sebagian. Sebanyak 600 jamaah lain dirawat."
	cs := New(builtin.Packs()).Document(doc("id", text))
	if c := quantityClaim(cs, "483 jamaah"); c == nil || c.Subject != "deaths" {
		t.Errorf("the restated 483 should count deaths, got %+v", c)
	}
	if c := quantityClaim(cs, "600 jamaah"); c != nil && c.Subject == "deaths" {
		t.Errorf("a round figure of another size is not a restatement")
	}
}

// TestHeadlineBounds checks that a headline's bare figure takes the bound
// its article writes with it, and a figure of the body does not.
func TestHeadlineBounds(t *testing.T) {
	tests := []struct {
		Name, Text, Claim string
		Lo, Hi            float64
	}{
		{"headline takes the body's bound", "Floods in the north: 4 killed, 130 injured\n\nOfficials said more than 130 were injured and four people died.", "130 injured", 130, math.Inf(1)},
		{"a body figure stays exact", "Officials said 130 people were injured on Monday.\n\nBy Tuesday, more than 130 were injured.", "130 people were injured", 130, 130},
		{"an approximate figure lends nothing", "Floods in the north: 130 injured\n\nOfficials said about 130 were injured.", "130 injured", 130, 130},
	}
	e := New(builtin.Packs())
	for _, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			c := quantityClaim(e.Document(doc("en", tc.Text)), tc.Claim)
			if c == nil {
				t.Fatalf("no claim %q", tc.Claim)
			}
			if c.Quantity.Lo != tc.Lo || c.Quantity.Hi != tc.Hi {
				t.Errorf("got [%v, %v], want [%v, %v]", c.Quantity.Lo, c.Quantity.Hi, tc.Lo, tc.Hi)
			}
		})
	}
}

// TestPossessiveDay checks that a day written as a possessive dates what
// it names, not the count beside it.
func TestPossessiveDay(t *testing.T) {
	e := New(builtin.Packs())
	cs := e.Document(doc("en", "Three runners have now died after collapsing at Sunday's city marathon."))
	if c := quantityClaim(cs, "Three runners have now died"); c == nil || c.At() != nil {
		t.Errorf("the count is not of Sunday: %+v", c)
	}
	cs = e.Document(doc("en", "Three runners had died by Sunday, the organisers said."))
	if c := quantityClaim(cs, "Three runners had died"); c == nil || c.At() == nil {
		t.Errorf("the count is of Sunday: %+v", c)
	}
}
