package claims

import (
	"reflect"
	"testing"
)

func TestSpan(t *testing.T) {
	text := "about 3,000 troops"
	tests := []struct {
		Name     string
		Span     Span
		Of       string
		Contains Span
		Want     bool
	}{
		{"inside", Span{6, 11}, "3,000", Span{6, 9}, true},
		{"whole", Span{0, len(text)}, text, Span{6, 11}, true},
		{"outside the text", Span{10, 99}, "", Span{10, 11}, true},
		{"not contained", Span{6, 11}, "3,000", Span{5, 11}, false},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := tt.Span.Of(text); got != tt.Of {
				t.Errorf("Of: got %q\nwant %q", got, tt.Of)
			}
			if got := tt.Span.Contains(tt.Contains); got != tt.Want {
				t.Errorf("Contains(%v): got %v, want %v", tt.Contains, got, tt.Want)
			}
		})
	}
	if !(Span{0, 5}).Overlaps(Span{4, 9}) || (Span{0, 5}).Overlaps(Span{5, 9}) {
		t.Error("Overlaps: spans sharing a byte overlap, touching ones do not")
	}
}

func TestDocumentLine(t *testing.T) {
	d := &Document{Text: "---\nsource: x\n---\nfirst\nsecond", FirstLine: 1}
	for _, tt := range []struct{ Offset, Want int }{{0, 1}, {18, 4}, {24, 5}, {999, 5}} {
		if got := d.Line(tt.Offset); got != tt.Want {
			t.Errorf("Line(%d): got %d, want %d", tt.Offset, got, tt.Want)
		}
	}
	d.Format, d.FirstLine = "jsonl", 42
	if got := d.Line(24); got != 42 {
		t.Errorf("JSONL Line: got %d, want 42", got)
	}
}

func TestClaimKey(t *testing.T) {
	tests := []struct {
		Name  string
		Claim Claim
		Want  string
	}{
		{"count with actor", Claim{Kind: ClaimQuantity, Subject: "troops", Qualifiers: &Qualifiers{Actor: "north-korea"}, Quantity: &Quantity{Dimension: DimCount}}, "quantity|troops|actor=north-korea"},
		{"part in another year", Claim{Kind: ClaimQuantity, Subject: "deaths", Role: "part", Qualifiers: &Qualifiers{When: "2023"}, Quantity: &Quantity{Dimension: DimCount}}, "quantity|deaths|role=part|when=2023"},
		{"measure keeps its unit", Claim{Kind: ClaimQuantity, Subject: "height", Quantity: &Quantity{Dimension: DimLength, Unit: "m"}}, "quantity|height|unit=m"},
		{"increment", Claim{Kind: ClaimQuantity, Subject: "troops", Quantity: &Quantity{Dimension: DimCount, Flags: Vague | Increment}}, "quantity|troops|increment"},
		{"date", Claim{Kind: ClaimDate, Subject: "erupt"}, "date|erupt"},
		{"longer than Key's buffer", Claim{Kind: ClaimQuantity, Subject: "people-displaced-from-their-homes", Role: "part coast-guard unregistered",
			Qualifiers: &Qualifiers{Actor: "democratic-republic-of-the-congo", When: "2023"}, Quantity: &Quantity{Dimension: DimCount}},
			"quantity|people-displaced-from-their-homes|role=part coast-guard unregistered|actor=democratic-republic-of-the-congo|when=2023"},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := tt.Claim.Key(); got != tt.Want {
				t.Errorf("got %q\nwant %q", got, tt.Want)
			}
			if got := string(tt.Claim.AppendKey([]byte("story\x00"))); got != "story\x00"+tt.Want {
				t.Errorf("AppendKey after a prefix: got %q", got)
			}
		})
	}
}

func TestQuantityFlagNames(t *testing.T) {
	got := (Approximate | Increment).Names()
	if want := []string{"approximate", "increment"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if !IsGeneric("people") || IsGeneric("troops") {
		t.Error("people is generic, troops is not")
	}
}

// TestQualifiers: a claim without qualifiers reads as empty through every
// accessor and holds none; setting one gives it some, and setting them all
// back to nothing drops them again.
func TestQualifiers(t *testing.T) {
	var c Claim
	if c.Actor() != "" || c.Location() != "" || c.Event() != "" || c.Rate() != "" || c.When() != "" || c.At() != nil || c.Hedges() != nil || c.RepeatOf() != "" {
		t.Fatal("a claim without qualifiers reads some")
	}
	c.SetQualifiers(Qualifiers{})
	if c.Qualifiers != nil {
		t.Error("empty qualifiers were kept")
	}
	q := c.Qualified()
	q.Actor, q.When = "north-korea", "2023"
	c.SetQualifiers(q)
	if c.Qualifiers == nil || c.Actor() != "north-korea" || c.When() != "2023" {
		t.Fatalf("qualifiers set: actor %q when %q", c.Actor(), c.When())
	}
	if k := c.Key(); k != "unknown||actor=north-korea|when=2023" {
		t.Errorf("key %q", k)
	}
	c.Qualify().Hedges = []string{"reportedly"}
	if h := c.Hedges(); len(h) != 1 || c.Actor() != "north-korea" {
		t.Errorf("Qualify lost what was set: hedges %q actor %q", h, c.Actor())
	}
	q = c.Qualified()
	q.Actor, q.When, q.Hedges = "", "", nil
	c.SetQualifiers(q)
	if c.Qualifiers != nil {
		t.Errorf("qualifiers set back to nothing are kept: %+v", *c.Qualifiers)
	}
}
