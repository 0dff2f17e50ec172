package corpus

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits are the suffixes ParseSize accepts, in bytes.
var sizeUnits = []struct {
	suffix string
	n      int64
}{
	{"gib", 1 << 30}, {"mib", 1 << 20}, {"kib", 1 << 10},
	{"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10},
	{"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1},
}

// ParseSize reads a size limit as a command line gives it, for
// Loader.MaxSize: "32M", "200MB", "1.5GiB", "4096" (bytes); "" for the
// default (0); "0", "none", "unlimited" or "-1" for no limit (-1), as
// a limit of nothing would reject every file. Units are binary (1M =
// 1 MiB). A size under one byte, or not a finite number, is an error.
func ParseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch t {
	case "":
		return 0, nil
	case "0", "none", "unlimited", "-1":
		return -1, nil
	}
	mult := int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.n
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || v*float64(mult) < 1 || v*float64(mult) > 1<<62 {
		return 0, fmt.Errorf("size %q is not like 32M, 200MB, 1GiB, 4096 or none", s)
	}
	return int64(v * float64(mult)), nil
}
