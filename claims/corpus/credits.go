package corpus

import (
	"regexp"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// credits finds a wire or outlet credit in a text ("Source: AFP/sn",
// "..., lapor CNA."), from every pack's Speech.Credits.
type credits struct {
	re *regexp.Regexp
}

// newCredits compiles the packs' credit words into one pattern: a credit
// at the start of a line or after a comma, then a name that ends the line
// or the sentence.
func newCredits(packs *lang.Set) *credits {
	var alts []string
	if packs != nil {
		for _, p := range packs.All() {
			for _, c := range p.Speech.Credits {
				c = strings.TrimRight(strings.TrimSpace(c), ":")
				if c != "" {
					alts = append(alts, literal(strings.TrimSpace(c)))
				}
			}
		}
	}
	if len(alts) == 0 {
		return &credits{}
	}
	return &credits{re: regexp.MustCompile(`(?m)(?:^|[,;]\s*)(?:` + strings.Join(alts, "|") + `)\s*:?\s+(` + namePattern + `)\s*[.)]?\s*$`)}
}

// find returns the outlet of the last credit in body, or "".
func (c *credits) find(text string, body claims.Span) string {
	if c.re == nil {
		return ""
	}
	ms := c.re.FindAllStringSubmatch(strings.ReplaceAll(text[body.Start:body.End], "\r", ""), -1)
	if len(ms) == 0 {
		return ""
	}
	name := ms[len(ms)-1][1]
	// "AFP/sn": the part after the slash is the editor's initials.
	if i := strings.IndexByte(name, '/'); i > 0 {
		name = name[:i]
	}
	return strings.TrimRight(name, ".-/&")
}
