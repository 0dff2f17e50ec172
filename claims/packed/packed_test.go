package packed

import (
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/claimcheck/claimcheck/claims"
)

// fill sets every field reachable from v to a value drawn from rng,
// allocating pointers and slices, so that a field the codec forgets reads
// back different. Times get a second, a nanosecond and one of three kinds
// of location.
func fill(rng *rand.Rand, v reflect.Value) {
	if v.Type() == reflect.TypeOf(time.Time{}) {
		t := time.Unix(rng.Int64N(4e9)-2e9, rng.Int64N(1e9))
		switch rng.IntN(3) {
		case 0:
			t = t.UTC()
		case 1:
			t = t.In(time.FixedZone("WIB", 7*3600))
		default:
			t = t.In(time.FixedZone("", -int(rng.IntN(12))*1800))
		}
		v.Set(reflect.ValueOf(t))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			fill(rng, v.Field(i))
		}
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(rng, p.Elem())
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), rng.IntN(3), 3)
		for i := range s.Len() {
			fill(rng, s.Index(i))
		}
		v.Set(s)
	case reflect.String:
		v.SetString(strings.Repeat(string(rune('a'+rng.IntN(26))), rng.IntN(4)))
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Int8, reflect.Int16:
		v.SetInt(rng.Int64N(2000) - 1000)
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(rng.Uint64N(200))
	case reflect.Float64:
		v.SetFloat([]float64{rng.Float64() * 1e6, math.Inf(1), 0, -1.5}[rng.IntN(4)])
	default:
		panic("fill: no rule for " + v.Type().String())
	}
}

// randomClaims returns n claims with every field set, sharing origins and
// sometimes sentences as an extractor's do, and with the usual IDs and
// words inside their sentence some of the time.
func randomClaims(rng *rand.Rand, n int) []*claims.Claim {
	origins := []*claims.Origin{{Doc: "world/a.md", Story: "world"}, {Doc: "b.txt", Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}}
	var out []*claims.Claim
	for i := range n {
		c := &claims.Claim{}
		fill(rng, reflect.ValueOf(c).Elem())
		c.Origin = origins[rng.IntN(len(origins))]
		if rng.IntN(2) == 0 {
			c.Sentence = "About 3,000 troops crossed, the agency said."
			c.SentenceSpan = claims.Span{Start: 100, End: 100 + len(c.Sentence)}
			c.Span = claims.Span{Start: 106, End: 118}
			c.Text = c.Sentence[6:18]
			c.ID = c.Doc + "#106"
		}
		if i%5 == 0 {
			c.Quantity.Lo, c.Quantity.Hi = c.Quantity.Value, c.Quantity.Value
			c.Qualifiers = nil
			c.Date = nil
		}
		out = append(out, c)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tab := NewTable()
	for round := range 50 {
		cs := randomClaims(rng, 1+round%7)
		buf, origins := tab.Append(nil, nil, cs)
		got, err := tab.Read(buf, origins)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if !reflect.DeepEqual(got, cs) {
			for i := range cs {
				if !reflect.DeepEqual(got[i], cs[i]) {
					t.Fatalf("round %d, claim %d: %s", round, i, diffPath("", reflect.ValueOf(got[i]), reflect.ValueOf(cs[i])))
				}
			}
			t.Fatalf("round %d: %d claims read, %d written", round, len(got), len(cs))
		}
	}
}

// TestAppendKeepsEarlierClaims: a buffer appended to still reads its
// first claims as written, and the origins list grows by the new ones.
func TestAppendKeepsEarlierClaims(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	tab := NewTable()
	a, b := randomClaims(rng, 4), randomClaims(rng, 3)
	buf, origins := tab.Append(nil, nil, a)
	first := append([]byte(nil), buf...)
	buf, origins = tab.Append(buf, origins, b)
	if len(origins) > 4 {
		t.Errorf("%d origins for claims of 4", len(origins))
	}
	got, err := tab.Read(buf, origins)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, append(a, b...)) {
		t.Error("claims appended in two steps read back different")
	}
	if string(buf[:len(first)]) != string(first) {
		t.Error("appending changed bytes already written")
	}
}

// TestShortForms: what recurs is written once, and a claim whose ID and
// words follow from its place costs no bytes for them.
func TestShortForms(t *testing.T) {
	o := &claims.Origin{Doc: "story/article-with-a-long-name.md"}
	sentence := "Officials said 3,000 troops had crossed the border by Monday morning."
	var cs []*claims.Claim
	for _, at := range []int{15, 21} {
		cs = append(cs, &claims.Claim{ID: o.Doc + "#" + strconv.Itoa(500+at), Origin: o, Kind: claims.ClaimQuantity,
			Language: "en", Subject: "troops", Span: claims.Span{Start: 500 + at, End: 505 + at}, Text: sentence[at : at+5],
			Sentence: sentence, SentenceSpan: claims.Span{Start: 500, End: 500 + len(sentence)},
			Quantity: &claims.Quantity{Value: 3000, Lo: 3000, Hi: 3000, Dimension: claims.DimCount, Concept: "troops"}})
	}
	tab := NewTable()
	buf, origins := tab.Append(nil, nil, cs)
	if n := strings.Count(string(buf), sentence); n != 1 {
		t.Errorf("sentence written %d times, want once", n)
	}
	if strings.Contains(string(buf), o.Doc) {
		t.Error("a usual ID was written out")
	}
	if len(buf) > len(sentence)+2*36 {
		t.Errorf("%d bytes for two claims of a %d-byte sentence", len(buf), len(sentence))
	}
	got, err := tab.Read(buf, origins)
	if err != nil || !reflect.DeepEqual(got, cs) {
		t.Fatalf("read back %v, %v", got, err)
	}
	if got[0].Sentence != got[1].Sentence || unsafe.StringData(got[0].Sentence) != unsafe.StringData(got[1].Sentence) {
		t.Error("claims of one sentence do not share it once read")
	}
}

func TestCorrupt(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tab := NewTable()
	buf, origins := tab.Append(nil, nil, randomClaims(rng, 3))
	for _, tc := range []struct {
		name    string
		buf     []byte
		origins []*claims.Origin
	}{
		{"cut short", buf[:len(buf)-1], origins},
		{"no origins", buf, nil},
		{"another table's", buf, origins},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read := tab
			if tc.name == "another table's" {
				read = NewTable()
			}
			if _, err := read.Read(tc.buf, tc.origins); !errors.Is(err, ErrCorrupt) {
				t.Errorf("err = %v, want ErrCorrupt", err)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 8))
	tab := NewTable()
	buf, origins := tab.Append(nil, nil, randomClaims(rng, 4))
	f.Add(buf)
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		cs, err := tab.Read(b, origins)
		if err == nil {
			again, _ := tab.Append(nil, origins, cs)
			if _, err := tab.Read(again, origins); err != nil {
				t.Fatalf("claims read from a buffer do not write and read again: %v", err)
			}
		}
	})
}

// TestScanAndReadAt: Scan gives each claim as Read does, one at a time
// in one reused place, and ReadAt gives any one of them alone.
func TestScanAndReadAt(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	tab := NewTable()
	cs := randomClaims(rng, 9)
	buf, origins := tab.Append(nil, nil, cs)
	var at []*claims.Claim
	i := 0
	err := tab.Scan(buf, origins, func(c *claims.Claim) bool {
		if !reflect.DeepEqual(c, cs[i]) {
			t.Errorf("claim %d scanned: %s", i, diffPath("", reflect.ValueOf(c), reflect.ValueOf(cs[i])))
		}
		at = append(at, c)
		i++
		return i < 7
	})
	if err != nil || i != 7 {
		t.Fatalf("scanned %d claims (stopped at 7), err %v", i, err)
	}
	if at[0] != at[6] {
		t.Error("Scan gave each claim a place of its own")
	}
	for i, want := range cs {
		got, err := tab.ReadAt(buf, origins, i)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ReadAt(%d): %v", i, err)
		}
	}
	if _, err := tab.ReadAt(buf, origins, len(cs)); !errors.Is(err, ErrCorrupt) {
		t.Errorf("ReadAt past the end: err = %v", err)
	}
	allocs := testing.AllocsPerRun(20, func() {
		_ = tab.Scan(buf, origins, func(*claims.Claim) bool { return true })
	})
	// The slot, the hedges' slice as it grows, and an ID for each claim
	// at most (a claim unpacked by Read takes four to seven).
	if allocs > float64(len(cs)+3) {
		t.Errorf("Scan of %d claims made %.0f allocations", len(cs), allocs)
	}
}
