package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimcheck/claimcheck/claims/lang"
	"github.com/claimcheck/claimcheck/claims/text"
)

// placeWords are what every pack knows of the words of place names: the
// heads that say what kind of place it is ("Kabupaten", "Sea", "Pulau";
// and of facility, "Pelabuhan", "Port", which the languages name apart)
// and the compass words, by shared key ("utara", "north").
type placeWords struct {
	heads      map[string]bool
	directions map[string]string
}

func newPlaceWords(packs *lang.Set) placeWords {
	pw := placeWords{heads: map[string]bool{}, directions: map[string]string{}}
	for _, p := range packs.All() {
		for _, h := range slices.Concat(p.Entities.PlaceHeads, p.Entities.FacilityHeads) {
			pw.heads[text.Fold(h)] = true
		}
		for w, k := range p.Relations.Directions {
			pw.directions[text.Fold(w)] = k
		}
	}
	return pw
}

// key writes a place key ("laut-natuna-utara", "north-natuna-sea") as the
// words every language's name of the place shares: without the words for
// its kind, its compass words first by their shared key, each part
// sorted ("north-natuna"). North and South Sulawesi, or a regency named for the
// north of its province ("Bengkulu Utara"), are other places than the
// one without the compass word. A key of one word, or that would lose
// every word, is kept.
func (pw placeWords) key(place string) string {
	words := strings.Split(place, "-")
	if len(words) < 2 {
		return place
	}
	var dirs, kept []string
	for _, w := range words {
		switch {
		case pw.heads[w]:
		case pw.directions[w] != "":
			dirs = append(dirs, pw.directions[w])
		default:
			kept = append(kept, w)
		}
	}
	if len(kept) == 0 {
		return place
	}
	sort.Strings(dirs)
	sort.Strings(kept)
	return strings.Join(append(dirs, kept...), "-")
}
