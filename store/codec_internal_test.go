package store

import (
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// fill sets every exported field of v, through pointers, slices and maps,
// to a value that is not the zero value, so that a field the codec drops
// shows in a round trip. n numbers the fields, so no two are alike.
func fill(t *testing.T, v reflect.Value, n *int) {
	t.Helper()
	*n++
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(time.Date(2024, 11, 16, 10, *n%60, 0, 0, time.FixedZone("WIB", 7*3600))))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + string(rune('a'+*n%26)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n%100 + 1))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n%100 + 1))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(t, v.Elem(), n)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(t, v.Field(i), n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(t, v.Index(0), n)
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		if v.Type().Elem().Kind() == reflect.Interface {
			v.SetMapIndex(reflect.ValueOf("author"), reflect.ValueOf("Rina"))
			v.SetMapIndex(reflect.ValueOf("words"), reflect.ValueOf(int64(812)))
			v.SetMapIndex(reflect.ValueOf("score"), reflect.ValueOf(2.5))
			v.SetMapIndex(reflect.ValueOf("tags"), reflect.ValueOf([]any{"a", int64(2)}))
			return
		}
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(t, k, n)
		fill(t, e, n)
		v.SetMapIndex(k, e)
	default:
		t.Fatalf("fill: no value for a %s: teach the test (and the codec) this kind", v.Type())
	}
}

// TestClaimRoundTrip stores a claim with every field set and reads it
// back: a field added to the model that the codec loses fails here.
func TestClaimRoundTrip(t *testing.T) {
	tests := []struct {
		Name string
		Edit func(c *claims.Claim)
	}{
		{"every field", func(*claims.Claim) {}},
		{"open upper bound", func(c *claims.Claim) { c.Quantity.Hi = math.Inf(1) }},
		{"open lower bound", func(c *claims.Claim) { c.Quantity.Lo = math.Inf(-1) }},
		{"UTC times", func(c *claims.Claim) { c.Date.Start, c.Date.End = c.Date.Start.UTC(), c.Date.End.UTC() }},
		{"a zone of offset 0 is no UTC", func(c *claims.Claim) { c.Date.Start = c.Date.Start.In(time.FixedZone("GMT", 0)) }},
		{"a nameless zone", func(c *claims.Claim) { c.Qualify().At.Start = c.At().Start.In(time.FixedZone("", -5*3600)) }},
		{"no date", func(c *claims.Claim) { c.Date, c.Qualify().At = nil, nil }},
		{"zero times", func(c *claims.Claim) { c.Published, c.Date.Start = time.Time{}, time.Time{} }},
		{"empty hedges stay empty", func(c *claims.Claim) { c.Qualify().Hedges = []string{} }},
		{"no hedges stay nil", func(c *claims.Claim) { c.Qualify().Hedges = nil }},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			c := &claims.Claim{}
			n := 0
			fill(t, reflect.ValueOf(c).Elem(), &n)
			tt.Edit(c)
			before := *c.Quantity
			data, err := encodeClaim(c)
			if err != nil {
				t.Fatal(err)
			}
			if *c.Quantity != before {
				t.Errorf("encoding changed the claim's quantity: got %+v\nwant %+v", *c.Quantity, before)
			}
			got, err := decodeClaim(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c) {
				t.Errorf("round trip:\ngot  %+v\nwant %+v\nrecord %s", got, c, data)
			}
			if c.Date != nil && (got.Date.Start.Location() == time.UTC) != (c.Date.Start.Location() == time.UTC) {
				t.Errorf("UTC-ness of a date changed: got %v, want %v", got.Date.Start.Location(), c.Date.Start.Location())
			}
		})
	}
}

func TestDocumentRoundTrip(t *testing.T) {
	d := &claims.Document{}
	n := 0
	fill(t, reflect.ValueOf(d).Elem(), &n)
	data, err := encodeDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	if d.Text == "" {
		t.Fatal("encoding emptied the document's own text")
	}
	got, err := decodeDocument(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != "" {
		t.Errorf("text stored in the record: %q (the store keeps it in its own column)", got.Text)
	}
	got.Text = d.Text
	if !reflect.DeepEqual(got, d) {
		t.Errorf("round trip:\ngot  %#v\nwant %#v", got, d)
	}
}

func TestDecodeBroken(t *testing.T) {
	for _, data := range []string{``, `{}`, `{"v": 3}`, `{"v": {}, "floats": {"0": "many"}}`} {
		if _, err := decodeClaim([]byte(data)); err == nil {
			t.Errorf("decodeClaim(%q): no error", data)
		}
	}
}
