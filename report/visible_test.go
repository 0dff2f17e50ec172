package report

import "testing"

func TestVisible(t *testing.T) {
	tests := []struct {
		Name, Input, Output, Lines string // Lines: visibleLines
	}{
		{"plain ASCII", "seeds/a.txt", "seeds/a.txt", "seeds/a.txt"},
		{"other scripts kept", "Jakarta — ٣ أيام, 東京", "Jakarta — ٣ أيام, 東京", "Jakarta — ٣ أيام, 東京"},
		{"workflow command after a newline", "x\n::error file=README.md::pwned", `x\n::error file=README.md::pwned`, "x\n::error file=README.md::pwned"},
		{"CR and tab", "a\rb\tc", `a\rb\tc`, "a\rb\tc"},
		{"terminal escape", "\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`, `\x1b[31mred\x1b[0m`},
		{"bell, NUL and DEL", "\a\x00\x7f", `\x07\x00\x7f`, `\x07\x00\x7f`},
		{"C1 control", "a\u0085b\u009bc", `a\u0085b\u009bc`, `a\u0085b\u009bc`},
		{"bidi override", "file\u202etxt.exe", `file\u202etxt.exe`, `file\u202etxt.exe`},
		{"line separator", "a\u2028b", `a\u2028b`, `a\u2028b`},
		{"invalid UTF-8", "a\xffb\xc3", `a\xffb\xc3`, `a\xffb\xc3`},
		{"empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			if got := Visible(tt.Input); got != tt.Output {
				t.Errorf("Visible(%q):\ngot  %q\nwant %q", tt.Input, got, tt.Output)
			}
			if got := visibleLines(tt.Input); got != tt.Lines {
				t.Errorf("visibleLines(%q):\ngot  %q\nwant %q", tt.Input, got, tt.Lines)
			}
		})
	}
}
