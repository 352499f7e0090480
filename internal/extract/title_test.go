package extract

import "testing"

func TestSplitTitle(t *testing.T) {
	for _, tc := range []struct{ title, headline, site string }{
		{"2 killed in western Montana shooting, suspect in custody - KTVQ.com | Q2 | Continuous News Coverage | Billings, MT",
			"2 killed in western Montana shooting, suspect in custody", "KTVQ.com | Q2 | Continuous News Coverage | Billings, MT"},
		{"Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee",
			"Five people shot in apartment complex", "WMC Action News 5 - Memphis, Tennessee"},
		{"Police: Man fatally shoots 1, injures 4 in Bristol - WSMV Channel 4", "Police: Man fatally shoots 1, injures 4 in Bristol", "WSMV Channel 4"},
		{"Two men charged in deadly KC home invasion, robbery - KCTV5", "Two men charged in deadly KC home invasion, robbery", "KCTV5"},
		// a dash inside the headline, and no site
		{"Gang-Related Shooting in Long Beach Leaves 4 Wounded - 1 Critically", "Gang-Related Shooting in Long Beach Leaves 4 Wounded - 1 Critically", ""},
		{"Suicide bomber kills 12 at Kabul wedding hall", "Suicide bomber kills 12 at Kabul wedding hall", ""},
		{"", "", ""},
	} {
		h, s := splitTitle(tc.title)
		if h != tc.headline || s != tc.site {
			t.Errorf("splitTitle(%q) = %q, %q; want %q, %q", tc.title, h, s, tc.headline, tc.site)
		}
	}
}
