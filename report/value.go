package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/claims/date"
	"github.com/claimcheck/claimcheck/claims/lang"
)

// Value formats a claim's normalized value the same way in every report:
// quantities as "3,000 troops", "~3,000 troops", "≥ 200 deaths",
// "thousands (2,000–9,999) troops", "8,000 km"; dates as "2024-11-16",
// "2024-12" (month granularity) or "unresolved"; names and titles as
// written.
func Value(c *claims.Claim) string {
	switch {
	case c.Quantity != nil:
		return QuantityValue(c.Quantity)
	case c.Date != nil:
		return DateValue(c.Date)
	case c.Entity != nil:
		if c.Kind == claims.ClaimTitle && c.Entity.Title != "" {
			return c.Entity.Title
		}
		if c.Entity.Name != "" {
			return c.Entity.Name
		}
	}
	return strings.Join(strings.Fields(c.Text), " ")
}

// magnitudes name vague quantities by the power of ten of their lower
// bound, as "thousands" names 2,000–9,999.
var magnitudes = []struct {
	min  float64
	name string
}{
	{1e9, "billions"}, {1e6, "millions"}, {1e5, "hundreds of thousands"}, {1e4, "tens of thousands"},
	{1e3, "thousands"}, {1e2, "hundreds"}, {1e1, "dozens"},
}

// QuantityValue formats q in its dimension's display unit, with its hedges
// as symbols: "~" approximate, "≥"/"≤" bounds, "+" an increment.
func QuantityValue(q *claims.Quantity) string {
	scale, unit := displayUnit(q)
	var num string
	switch {
	case q.Flags.Has(claims.Vague):
		name := "some"
		for _, m := range magnitudes {
			if q.Lo >= m.min {
				name = m.name
				break
			}
		}
		num = name + " (" + number(q.Lo/scale) + "–" + bound(q.Hi, scale) + ")"
	case q.Flags.Has(claims.Range), q.Flags.Has(claims.Band):
		num = number(q.Lo/scale) + "–" + bound(q.Hi, scale)
	case q.Flags.Has(claims.LowerBound):
		num = "≥ " + number(q.Value/scale)
	case q.Flags.Has(claims.UpperBound):
		num = "≤ " + number(q.Value/scale)
	case q.Flags.Has(claims.Approximate):
		num = "~" + number(q.Value/scale)
	default:
		num = number(q.Value / scale)
	}
	if t, ok := stopwatch(q, unit); ok {
		num, unit = t, ""
	}
	if q.Flags.Has(claims.Increment) {
		num = "+" + num
	}
	switch {
	case unit == "%":
		return num + "%"
	case q.Dimension == claims.DimMagnitude:
		return "M " + num
	case q.Dimension == claims.DimMoney && unit != "":
		return unit + " " + num
	case unit != "":
		num += " " + unit
	}
	switch {
	case q.Concept != "":
		num += " " + q.Concept
	case q.Head != "":
		num += " " + q.Head // a noun no concept lists, as written
	}
	return num
}

// stopwatch writes an exact duration of a minute or more that is no whole
// number of minutes as a race clock does ("2:14:37", "14:05"); ok is false
// for any other value.
func stopwatch(q *claims.Quantity, unit string) (string, bool) {
	v := q.Value
	if q.Dimension != claims.DimDuration || unit != "s" || v < 60 || q.Lo != q.Hi || v != math.Trunc(v) || v >= 1e7 {
		return "", false
	}
	sec := int64(v)
	if sec >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", sec/3600, sec%3600/60, sec%60), true
	}
	return fmt.Sprintf("%d:%02d", sec/60, sec%60), true
}

func bound(hi, scale float64) string {
	if math.IsInf(hi, 1) {
		return "∞"
	}
	return number(hi / scale)
}

// year and month are the packs' (lang.Year) and a twelfth of it, in
// seconds.
const (
	year  = lang.Year
	month = year / 12
)

// displayUnit picks a unit a reader expects for q's magnitude: km for
// thousands of metres, t for thousands of kilograms.
func displayUnit(q *claims.Quantity) (float64, string) {
	v := math.Abs(q.Value)
	if v == 0 {
		v = math.Abs(q.Lo)
	}
	switch q.Dimension {
	case claims.DimLength:
		switch {
		case v >= 1000:
			return 1000, "km"
		case v < 1 && v > 0:
			return 0.01, "cm"
		}
		return 1, "m"
	case claims.DimArea:
		switch {
		case v >= 1e6:
			return 1e6, "km²"
		case v >= 1e4:
			return 1e4, "ha"
		}
		return 1, "m²"
	case claims.DimMass:
		if v >= 1000 {
			return 1000, "t"
		}
		return 1, "kg"
	case claims.DimTemperature:
		return 1, "°C"
	case claims.DimMagnitude:
		return 1, "magnitude"
	case claims.DimDuration:
		switch {
		case v >= year && math.Mod(v, year) == 0:
			return year, "years"
		case v >= month && math.Mod(v, month) == 0 && math.Mod(v, 86400) != 0:
			return month, "months"
		case v >= 86400 && math.Mod(v, 86400) == 0:
			return 86400, "days"
		case v >= 3600 && math.Mod(v, 3600) == 0:
			return 3600, "h"
		case v >= 60 && math.Mod(v, 60) == 0:
			return 60, "min"
		}
		return 1, "s"
	case claims.DimAge:
		return 1, "years"
	case claims.DimSpeed:
		return 1, "km/h"
	case claims.DimPercent:
		return 1, "%"
	case claims.DimCount, "":
		return 1, ""
	}
	return 1, q.Unit
}

// number writes v with thousands separators and at most two decimals:
// 3000 → "3,000", 2.5 → "2.5", 1.7e6 → "1,700,000". A value too large to
// read as digits is written with a power of ten (1e30 → "1 × 10^30"), and
// a value too small for two decimals with as many as it needs
// (0.0000001 → "0.0000001", to three significant digits), never as 0.
func number(v float64) string {
	a := math.Abs(v)
	switch {
	case math.IsInf(v, 0) || math.IsNaN(v):
		return strconv.FormatFloat(v, 'f', -1, 64)
	case a >= 1e15:
		m, e, _ := strings.Cut(strconv.FormatFloat(v, 'e', -1, 64), "e")
		n, _ := strconv.Atoi(e)
		return m + " × 10^" + strconv.Itoa(n)
	case a > 0 && a < 0.005:
		// Three significant digits, without the float's noise.
		prec := 2 - int(math.Floor(math.Log10(a)))
		return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v, 'f', prec, 64), "0"), ".")
	}
	neg := v < 0
	v = math.Abs(v)
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// DateValue formats d at its granularity: "2024-11-16", "2024-12",
// "2024", "week of 2024-11-11", "2024-11-16 10:30", "09:21" for a
// time with no day, "minute 84" for a minute of play; "unresolved" for a
// date that could not be fixed.
func DateValue(d *claims.Date) string {
	switch {
	case d.Match:
		return date.MinuteValue(d)
	case !d.Resolved || d.Start.IsZero():
		return "unresolved"
	case d.TimeOnly:
		return d.Start.Format("15:04") // its zone is in the words quoted beside it
	}
	switch d.Granularity {
	case claims.Minute:
		return d.Start.Format("2006-01-02 15:04")
	case claims.Week:
		return "week of " + d.Start.Format("2006-01-02")
	case claims.Month:
		return d.Start.Format("2006-01")
	case claims.Year:
		return d.Start.Format("2006")
	}
	return d.Start.Format("2006-01-02")
}

// flags lists a claim's hedges and quantity flags, for the claims listing.
func flags(c *claims.Claim) []string {
	var out []string
	if c.Quantity != nil {
		out = append(out, c.Quantity.Flags.Names()...)
	}
	if c.Date != nil {
		if c.Date.Relative {
			out = append(out, "relative")
		}
		if !c.Date.Resolved {
			out = append(out, "unresolved")
		}
		if c.Date.Suspect != "" {
			out = append(out, "suspect: "+c.Date.Suspect)
		}
	}
	out = append(out, c.HedgeWords()...)
	if c.RepeatOf() != "" {
		out = append(out, "repeat of "+c.RepeatOf())
	}
	return out
}
