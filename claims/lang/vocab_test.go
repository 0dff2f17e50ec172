package lang

import "testing"

func TestRole(t *testing.T) {
	tests := []struct {
		Role            Role
		Family          string
		Deputy, Generic bool
	}{
		{"foreign-minister", "minister", false, false},
		{"vice-president", "president", true, false},
		{"deputy-governor", "governor", true, false},
		{"president", "president", false, false},
		{"minister", "minister", false, true},
		{"vice", "vice", false, false},
	}
	for _, tc := range tests {
		if got := tc.Role.Family(); got != tc.Family {
			t.Errorf("%s.Family() = %q, want %q", tc.Role, got, tc.Family)
		}
		if got := tc.Role.Deputy(); got != tc.Deputy {
			t.Errorf("%s.Deputy() = %v, want %v", tc.Role, got, tc.Deputy)
		}
		if got := tc.Role.Generic(); got != tc.Generic {
			t.Errorf("%s.Generic() = %v, want %v", tc.Role, got, tc.Generic)
		}
	}
	narrows := []struct {
		A, B Role
		Want bool
	}{
		{"chief-cabinet-secretary", "cabinet-secretary", true},
		{"vice-president", "president", false},
		{"foreign-minister", "minister", true},
		{"president", "vice-president", false},
		{"prime-minister", "foreign-minister", false},
	}
	for _, tc := range narrows {
		if got := tc.A.Narrows(tc.B); got != tc.Want {
			t.Errorf("%s.Narrows(%s) = %v, want %v", tc.A, tc.B, got, tc.Want)
		}
	}
}

func TestTraits(t *testing.T) {
	if !TraitsOf("deaths").Has(Growing) || TraitsOf("deaths").Has(Generic) {
		t.Error("deaths should be growing and not generic")
	}
	if !TraitsOf("people").Has(Generic) || TraitsOf("troops") != 0 {
		t.Error("people should be generic, troops have no trait")
	}
}

func TestNameSkeleton(t *testing.T) {
	same := [][2]string{{"tjahjadi", "cahyadi"}, {"soekarno", "sukarno"}, {"djoko", "joko"}, {"nour", "nur"}, {"joon", "jun"}}
	for _, p := range same {
		if NameSkeleton(p[0]) != NameSkeleton(p[1]) {
			t.Errorf("%s and %s: skeletons %q and %q differ", p[0], p[1], NameSkeleton(p[0]), NameSkeleton(p[1]))
		}
	}
	differ := [][2]string{{"rina", "rini"}, {"kiprono", "kipruto"}, {"hayashi", "iwaya"}}
	for _, p := range differ {
		if NameSkeleton(p[0]) == NameSkeleton(p[1]) {
			t.Errorf("%s and %s share a skeleton", p[0], p[1])
		}
	}
}

func TestMeasures(t *testing.T) {
	for _, tc := range []struct {
		topic, dim string
		want       bool
	}{
		{"altitude", "length", true},
		{"altitude", "duration", false}, // "two days to reach the summit"
		{"losses", "money", true},
		{"losses", "percent", false},
		{"aid", "mass", true}, // "20 tonnes of aid"
		{"unlisted", "duration", true},
	} {
		if got := Measures(tc.topic, tc.dim); got != tc.want {
			t.Errorf("Measures(%q, %q) = %v, want %v", tc.topic, tc.dim, got, tc.want)
		}
	}
}
