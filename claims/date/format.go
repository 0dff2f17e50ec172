package date

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimcheck/claimcheck/claims"
)

// Format returns d in a short normalized form for reports and tests:
// "2024-11-16" for a day, "2024-12" for a month, "2018" for a year, "week
// 2024-11-04" for a week (its Monday), "2021-12-04 15:00 WIB" for a time
// on a day, "time 06:20 WIB" for a time with no day ("time 15:00..16:00
// WIB" for a range of times), and "2024-10-21..2024-11-01" for a part of
// a period or a range of days. An unresolved date is
// "unresolved day" (or month, ...). A suspect date ends in " (suspect)".
func Format(d *claims.Date) string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	switch {
	case d.Match:
		b.WriteString(MinuteValue(d))
	case !d.Resolved:
		b.WriteString("unresolved " + d.Granularity.String())
	case d.TimeOnly:
		b.WriteString("time " + d.Start.Format("15:04") + clockRangeEnd(d))
		if d.Zone != "" {
			b.WriteString(" " + d.Zone)
		}
	case d.Granularity == claims.Minute:
		b.WriteString(d.Start.Format("2006-01-02 15:04") + clockRangeEnd(d))
		if d.Zone != "" {
			b.WriteString(" " + d.Zone)
		}
	case d.Granularity == claims.Day && d.End.Equal(d.Start.AddDate(0, 0, 1)):
		b.WriteString(d.Start.Format("2006-01-02"))
	case d.Granularity == claims.Week && d.End.Equal(d.Start.AddDate(0, 0, 7)) && d.Start.Weekday() == time.Monday:
		b.WriteString("week " + d.Start.Format("2006-01-02"))
	case d.Granularity == claims.Month && d.Start.Day() == 1 && d.End.Equal(d.Start.AddDate(0, 1, 0)):
		b.WriteString(d.Start.Format("2006-01"))
	case d.Granularity == claims.Year && d.Start.YearDay() == 1 && d.End.Equal(d.Start.AddDate(1, 0, 0)):
		b.WriteString(d.Start.Format("2006"))
	default:
		b.WriteString(d.Start.Format("2006-01-02") + ".." + d.End.Format("2006-01-02"))
	}
	if d.Suspect != "" {
		b.WriteString(" (suspect)")
	}
	return b.String()
}

// MinuteValue writes a minute of play: "minute 84", "minute 45+3".
func MinuteValue(d *claims.Date) string {
	v := "minute " + strconv.Itoa(d.Minute)
	if d.Added > 0 {
		v += "+" + strconv.Itoa(d.Added)
	}
	return v
}

// clockRangeEnd returns "..16:00" for a range of times, "" for one time.
func clockRangeEnd(d *claims.Date) string {
	if d.End.Equal(d.Start.Add(time.Minute)) {
		return ""
	}
	return ".." + d.End.Format("15:04")
}
