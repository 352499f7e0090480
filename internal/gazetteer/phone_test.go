package gazetteer

import (
	"strings"
	"testing"
)

func TestPhoneRegions(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // region names joined by "|"
	}{
		{"call the Hamilton Police Department at (513) 868-5811 ext. 2002", "Ohio"},
		{"Crime Stoppers at 713-222-8477 or 713.222.8477, or (416)222-8477", "Texas|Ontario"},
		{"call 1-800-555-0199 or 311", ""},                  // toll free: no place
		{"on 2016-07-24 at 10:30; case 4513-868-58112", ""}, // dates and long digit runs
		{"ID 5513-868-5811 and x513-868-5811", ""},
		{"(513) 868", ""},
		{"", ""},
	} {
		var got []string
		for _, r := range PhoneRegions(tc.text) {
			got = append(got, r.Name)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("PhoneRegions(%q) = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestAreaCodesResolve checks that every US state and Canadian province in
// the area-code data resolves to a region of the gazetteer.
func TestAreaCodesResolve(t *testing.T) {
	areaOnce.Do(loadAreaCodes)
	states := map[string]bool{}
	for _, r := range areaCodes {
		if r.Country == "US" {
			states[r.Code] = true
		}
	}
	if len(states) < 51 { // 50 states and the District of Columbia
		t.Errorf("area codes reach %d US regions, want 51", len(states))
	}
	if len(areaCodes) < 350 {
		t.Errorf("%d area codes resolved, want at least 350", len(areaCodes))
	}
}
