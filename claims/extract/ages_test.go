package extract

import (
	"strconv"
	"testing"

	"github.com/claimcheck/claimcheck/claims"
)

// ageOrFrame writes an age claim as "age N of KEY", any other quantity
// claim as its frame.
func ageOrFrame(c *claims.Claim) string {
	if c.Subject == claims.Age {
		return "age " + strconv.FormatFloat(c.Quantity.Value, 'f', -1, 64) + " of " + c.Actor()
	}
	return frame(c)
}

// TestAges checks the rules that read a person's age beside their name,
// and the traps they must not fire on: counts after a name's comma, the
// age of somebody unnamed, a minute of play, a ballot number, a duration
// that is no age. Claim is the words as written; Want "age N of KEY", the
// frame of another claim, or "-" for no claim.
func TestAges(t *testing.T) {
	tests := []frameCase{
		{"in brackets", "id", "Seorang pengendara motor, Wahyu Pratama (27), luka ringan dalam kecelakaan itu.", "27", "age 27 of wahyu pratama"},
		{"in brackets with its years", "id", "Nelayan bernama Samsul Bahri (52 tahun) hilang sejak Kamis.", "52 tahun", "age 52 of samsul bahri"},
		{"brought by a word after a comma", "id", "Korban, Dewi Lestari, berusia 19 tahun, ditemukan di tepi sungai.", "19 tahun", "age 19 of dewi lestari"},
		{"brought by a phrase", "id", "Guru honorer Siti Rahmawati yang berusia 34 tahun itu mengajar di dua sekolah.", "34 tahun", "age 34 of siti rahmawati"},
		{"between commas", "en", "The pilot, Daniel Okafor, 38, was treated for smoke inhalation.", "38", "age 38 of daniel okafor"},
		{"two people, two ages", "en", "Daniel Okafor, 38, and Lena Fischer, 44, were both injured.", "44", "age 44 of lena fischer"},
		{"an age where the sentence counts the dead", "en", "One of the dead, Slamet Riyadi, 64, was crushed by a falling tree.", "64", "age 64 of slamet riyadi"},
		{"at the sentence's end", "en", "The boat was steered by Daniel Okafor, 38.", "38", "age 38 of daniel okafor"},
		{"before the name", "en", "Police arrested 19-year-old Marcus Bell near the station.", "19-year-old", "age 19 of marcus bell"},
		{"qualifying a noun after the name", "en", "Lena Fischer, a 44-year-old nurse, raised the alarm.", "44-year-old", "age 44 of lena fischer"},
		{"aged", "en", "The driver, Tomas Ruiz, aged 56, was unhurt.", "56", "age 56 of tomas ruiz"},
		{"years old", "en", "Omar Haddad, 71 years old, was rescued from the roof.", "71 years old", "age 71 of omar haddad"},
		{"a count after a name's comma", "en", "According to Daniel Okafor, 38 people were evacuated.", "38 people were evacuated", "displaced"},
		{"a count after a name's comma in Indonesian", "id", "Menurut Joko Susilo, 61 rumah rusak akibat angin kencang.", "61 rumah", "houses role=damaged"},
		{"a number that goes on", "en", "Speaking to Daniel Okafor, 38 of the residents signed the letter.", "38", "-"},
		{"somebody unnamed", "en", "A 12-year-old boy was among the injured.", "12-year-old", "-"},
		{"somebody after the name", "en", "Marcus Bell and his 6-year-old son were unhurt.", "6-year-old", "-"},
		{"a minute of play", "id", "Gol kedua dicetak Rizky Ramadhan (67) setelah sepak pojok pada menit ke-66.", "67", "-"},
		{"a ballot number", "id", "Pasangan calon Ahmad Fauzi (02) unggul di tiga kecamatan.", "02", "-"},
		{"a ballot number after a plain name", "id", "Suara untuk Ahmad Fauzi (02) unggul di tiga kecamatan.", "02", "-"},
		{"a duration that is no age", "en", "Marcus Bell, 12 years in the job, retired on Friday.", "12 years", "-"},
		{"a duration that is no age in Indonesian", "id", "Joko Susilo, 30 tahun menjadi nelayan, kehilangan perahunya.", "30 tahun", "-"},
		{"an age too old to be one", "en", "The survey by Omar Haddad, 150, was published.", "150", "-"},
	}
	checkFrames(t, tests, ageOrFrame)
}
