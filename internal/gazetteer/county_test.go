package gazetteer

import (
	"strings"
	"testing"
)

func TestFindCounties(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // "Name/ST,ST" per mention: the states it may be in
	}{
		{"STOKES COUNTY, N.C. -- The Stokes County Sheriff's Department believes", []string{"STOKES COUNTY/NC", "Stokes County/NC"}},
		{"a shooting in northeast Harris County that left one dead", []string{"Harris County/GA,TX"}},
		{"Harrison County, Miss., deputies said", []string{"Harrison County/MS"}},
		{"St. Charles Parish deputies and Prince George's County police", []string{"St. Charles Parish/LA", "Prince George's County/MD"}},
		{"the county said; a country road; Countyline Road", nil},
		{"Nairobi County officials said", nil}, // not a US county
		{"deaths in Lynn Co. as Tahoka waits; Smith & co. said", []string{"Lynn Co./TX"}},
	} {
		var got []string
		for _, m := range FindCounties(tc.text) {
			var states []string
			for _, c := range m.Counties {
				states = append(states, c.Region.Code)
			}
			got = append(got, m.Text+"/"+strings.Join(states, ","))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("FindCounties(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
