package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// record is a claim or a document as stored: its JSON, with what JSON
// cannot say written beside it, so that it reads back exactly as it was
// written (a test fills every field of the model and compares).
//
// JSON has no infinity, and a quantity's open upper bound is +Inf: such
// floats are written as 0 and named in Floats. A time reads back from JSON
// in UTC or in a nameless zone of its offset, while the extractor's clock
// times keep a zone of their own (FixedZone("WIB", 7h)) and the
// comparison tells UTC from a zone of offset 0: the zone of every time
// that is not UTC is named in Zones. Both are keyed by the position of the
// float or time in a walk of the value's fields (see walk).
type record[T any] struct {
	V      *T             `json:"v"`
	Floats map[int]string `json:"floats,omitempty"`
	Zones  map[int]zone   `json:"zones,omitempty"`
}

// zone is a time's location, by name and offset east of UTC in seconds.
type zone struct {
	Name   string `json:"name"`
	Offset int    `json:"offset"`
}

var timeType = reflect.TypeOf(time.Time{})

// encode writes v as a record. v is not changed: the structs that hold a
// special float or a time are copied first.
func encode[T any](v *T) ([]byte, error) {
	cp := reflect.New(reflect.TypeOf(v).Elem())
	cp.Elem().Set(reflect.ValueOf(v).Elem())
	copyPointers(cp.Elem())
	rec := record[T]{V: cp.Interface().(*T)}
	nf, nt := 0, 0
	walk(cp.Elem(), func(f reflect.Value) {
		if f.Type() == timeType {
			t := f.Interface().(time.Time)
			if t.Location() != time.UTC {
				name, off := t.Zone()
				if rec.Zones == nil {
					rec.Zones = map[int]zone{}
				}
				rec.Zones[nt] = zone{name, off}
			}
			nt++
			return
		}
		if x := f.Float(); math.IsInf(x, 0) || math.IsNaN(x) {
			if rec.Floats == nil {
				rec.Floats = map[int]string{}
			}
			rec.Floats[nf] = strconv.FormatFloat(x, 'g', -1, 64)
			f.SetFloat(0)
		}
		nf++
	})
	return json.Marshal(rec)
}

// decode reads a record written by encode.
func decode[T any](data []byte) (*T, error) {
	var rec record[T]
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a document's metadata keeps its integers (plainNumbers)
	if err := dec.Decode(&rec); err != nil {
		return nil, err
	}
	if rec.V == nil {
		return nil, fmt.Errorf("empty record")
	}
	nf, nt := 0, 0
	var err error
	walk(reflect.ValueOf(rec.V).Elem(), func(f reflect.Value) {
		if f.Type() == timeType {
			t := f.Interface().(time.Time)
			if z, ok := rec.Zones[nt]; ok {
				t = t.In(time.FixedZone(z.Name, z.Offset))
			} else {
				t = t.UTC()
			}
			f.Set(reflect.ValueOf(t))
			nt++
			return
		}
		if s, ok := rec.Floats[nf]; ok {
			x, perr := strconv.ParseFloat(s, 64)
			if perr != nil {
				err = perr
			}
			f.SetFloat(x)
		}
		nf++
	})
	for i := range rec.Floats {
		if i >= nf {
			return nil, fmt.Errorf("record names float %d of %d", i, nf)
		}
	}
	for i := range rec.Zones {
		if i >= nt {
			return nil, fmt.Errorf("record names time %d of %d", i, nt)
		}
	}
	return rec.V, err
}

// walk calls visit on every float and time.Time field of the struct v,
// through pointers to structs, in field order. Slices and maps are not
// entered: the model holds no float or time in them.
func walk(v reflect.Value, visit func(reflect.Value)) {
	switch {
	case v.Type() == timeType:
		visit(v)
	case v.Kind() == reflect.Float64 || v.Kind() == reflect.Float32:
		visit(v)
	case v.Kind() == reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), visit)
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walk(v.Field(i), visit)
			}
		}
	}
}

// copyPointers gives the struct v its own copy of every struct it points
// to, so that encode may change the copy's floats and times.
func copyPointers(v reflect.Value) {
	for i := range v.NumField() {
		f := v.Field(i)
		if !v.Type().Field(i).IsExported() || f.Kind() != reflect.Pointer || f.IsNil() || f.Elem().Kind() != reflect.Struct {
			continue
		}
		cp := reflect.New(f.Elem().Type())
		cp.Elem().Set(f.Elem())
		copyPointers(cp.Elem())
		f.Set(cp)
	}
}

// encodeClaim and decodeClaim store a claim.
func encodeClaim(c *claims.Claim) ([]byte, error) { return encode(c) }
func decodeClaim(data []byte) (*claims.Claim, error) {
	return decode[claims.Claim](data)
}

// encodeDocument stores a document without its text, which the store
// keeps in a column of its own.
func encodeDocument(d *claims.Document) ([]byte, error) {
	cp := *d
	cp.Text = ""
	return encode(&cp)
}

func decodeDocument(data []byte) (*claims.Document, error) {
	d, err := decode[claims.Document](data)
	if err != nil {
		return nil, err
	}
	for k, v := range d.Meta {
		d.Meta[k] = plainNumbers(v)
	}
	return d, nil
}

// plainNumbers turns the json.Numbers of a decoded metadata value back into
// the int64 and float64 the loader gives (claims.Document.Meta).
func plainNumbers(v any) any {
	switch v := v.(type) {
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return n
		}
		f, _ := v.Float64()
		return f
	case []any:
		for i, x := range v {
			v[i] = plainNumbers(x)
		}
	case map[string]any:
		for k, x := range v {
			v[k] = plainNumbers(x)
		}
	}
	return v
}
