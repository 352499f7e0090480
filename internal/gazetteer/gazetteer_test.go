package gazetteer

import (
	"math"
	"slices"
	"testing"
)

func TestCountryByName(t *testing.T) {
	tests := []struct{ name, code string }{
		{"Russia", "RU"},
		{"Russian Federation", "RU"},
		{"russian federation", "RU"},
		{"Russian", "RU"},
		{"Russians", "RU"},
		{"Tajikistanis", "TJ"},
		{"Tajikistani", "TJ"},
		{"Tajik", "TJ"},
		{"Tajiks", "TJ"},
		{"Afghan", "AF"},
		{"Afghans", "AF"},
		{"Iranian", "IR"},
		{"Nigerian", "NG"},
		{"Somali", "SO"},
		{"Pakistani", "PK"},
		{"Israeli", "IL"},
		{"Palestinian", "PS"},
		{"Türkiye", "TR"},
		{"Turkiye", "TR"},
		{"Turkey", "TR"},
		{"Turkish", "TR"},
		{"U.S.", "US"},
		{"US", "US"},
		{"USA", "US"},
		{"the United States", "US"},
		{"America", "US"},
		{"Americans", "US"},
		{"Britain", "GB"},
		{"Great Britain", "GB"},
		{"UK", "GB"},
		{"British", "GB"},
		{"DRC", "CD"},
		{"Congo-Kinshasa", "CD"},
		{"Ivory Coast", "CI"},
		{"Côte d'Ivoire", "CI"},
		{"Cote d’Ivoire", "CI"},
		{"Burma", "MM"},
		{"Myanmar", "MM"},
		{"Gaza", "PS"},
		{"West Bank", "PS"},
		{"Palestinian territories", "PS"},
		{"Iraqi", "IQ"},
		{"Syrian", "SY"},
		{"Kazakh", "KZ"},
		{"Uzbek", "UZ"},
		{"Kyrgyz", "KG"},
		{"Filipino", "PH"},
		{"Chinese", "CN"},
		{"Emirati", "AE"},
		{"Saudi", "SA"},
		{"Congolese", "CD"},
		{"Dutch", "NL"},
		{"Kosovo", "XK"},
	}
	for _, tt := range tests {
		c, ok := CountryByName(tt.name)
		if !ok || c.Code != tt.code {
			got := "none"
			if ok {
				got = c.Code
			}
			t.Errorf("CountryByName(%q) = %s, want %s", tt.name, got, tt.code)
		}
	}
	for _, name := range []string{"", "Island", "Moscow", "Friday", "AF"} {
		if c, ok := CountryByName(name); ok {
			t.Errorf("CountryByName(%q) = %s, want none", name, c.Code)
		}
	}
}

func TestCountryByCode(t *testing.T) {
	for code, want := range map[string]string{"ru": "Russia", "RUS": "Russia", "TJ": "Tajikistan", "XK": "Kosovo", "PS": "Palestine"} {
		c, ok := CountryByCode(code)
		if !ok || c.Name != want {
			t.Errorf("CountryByCode(%q) = %v, want %s", code, c, want)
		}
	}
	c, _ := CountryByCode("TJ")
	if c.Capital != "Dushanbe" || c.Code3 != "TJK" {
		t.Errorf("TJ: capital %q code3 %q", c.Capital, c.Code3)
	}
	if n := len(Countries()); n < 249 {
		t.Errorf("%d countries, want at least 249", n)
	}
	for _, c := range Countries() {
		if len(c.Code) != 2 || len(c.Code3) != 3 || c.Name == "" {
			t.Errorf("bad country %+v", c)
		}
	}
}

func TestCityByName(t *testing.T) {
	tests := []struct {
		name, country string
		want          string // country of the city found
		lat, lon      float64
	}{
		{"Moscow", "", "RU", 55.75, 37.62},
		{"Moscow", "RU", "RU", 55.75, 37.62},
		{"moscow", "", "RU", 55.75, 37.62},
		{"Kerman", "", "IR", 30.28, 57.08},
		{"Kabul", "", "AF", 34.53, 69.17},
		{"Krasnogorsk", "RU", "RU", 55.82, 37.33},
		{"Istanbul", "", "TR", 41.01, 28.95},
		{"Paris", "", "FR", 48.85, 2.35},
		{"Brussels", "", "BE", 50.85, 4.35},
		{"Boston", "US", "US", 42.36, -71.06},
		{"Paragould", "", "US", 36.06, -90.50},
		{"Dallas", "US", "US", 32.78, -96.81},
		{"Bosaso", "", "SO", 11.28, 49.18},
		{"Bosasso", "", "SO", 11.28, 49.18},
		{"Mogadishu", "", "SO", 2.04, 45.34},
		{"Maiduguri", "", "NG", 11.85, 13.16},
		{"Peshawar", "", "PK", 34.01, 71.58},
		{"Kyiv", "", "UA", 50.45, 30.52},
		{"Kiev", "", "UA", 50.45, 30.52},
		{"Sao Paulo", "", "BR", -23.55, -46.64},
		{"São Paulo", "BRA", "BR", -23.55, -46.64},
		{"Raqqa", "", "SY", 35.95, 39.01},
		{"Fallujah", "", "IQ", 33.35, 43.78},
		{"N'Djamena", "", "TD", 12.11, 15.04},
		{"Ndjamena", "", "TD", 12.11, 15.04},
		{"New York City", "", "US", 40.71, -74.01},
		{"Washington", "US", "US", 38.90, -77.04},
	}
	for _, tt := range tests {
		c, ok := CityByName(tt.name, tt.country)
		if !ok {
			t.Errorf("CityByName(%q, %q): not found", tt.name, tt.country)
			continue
		}
		if c.Country != tt.want || math.Abs(c.Lat-tt.lat) > 0.1 || math.Abs(c.Lon-tt.lon) > 0.1 {
			t.Errorf("CityByName(%q, %q) = %s %s %.2f,%.2f; want %s %.2f,%.2f", tt.name, tt.country, c.Name, c.Country, c.Lat, c.Lon, tt.want, tt.lat, tt.lon)
		}
	}
	if _, ok := CityByName("Kerman", "FR"); ok {
		t.Error("CityByName(Kerman, FR) found a city")
	}
	if _, ok := CityByName("Nowhereville Xyz", ""); ok {
		t.Error("found a city that does not exist")
	}
}

func TestCities(t *testing.T) {
	list := Cities("Moscow")
	if len(list) < 2 || list[0].Country != "RU" {
		t.Fatalf("Cities(Moscow) = %v", list)
	}
	for i := 1; i < len(list); i++ {
		if list[i].Population > list[i-1].Population {
			t.Errorf("Cities(Moscow) not most populous first: %d then %d", list[i-1].Population, list[i].Population)
		}
	}
	found := false
	for _, c := range list {
		found = found || c.Country == "US" && c.Region == "ID"
	}
	if !found {
		t.Error("Cities(Moscow) lacks Moscow, Idaho")
	}
	list[0] = nil // the slice is the caller's
	if Cities("Moscow")[0] == nil {
		t.Error("Cities returned the gazetteer's own slice")
	}
}

func TestRegions(t *testing.T) {
	tests := []struct{ name, country, code, wantName string }{
		{"Texas", "", "TX", "Texas"},
		{"Ark.", "", "AR", "Arkansas"},
		{"AR", "US", "AR", "Arkansas"},
		{"Ill.", "", "IL", "Illinois"},
		{"Calif.", "", "CA", "California"},
		{"N.Y.", "", "NY", "New York"},
		{"Tenn.", "", "TN", "Tennessee"},
		{"Wash.", "", "WA", "Washington"},
		{"Fla.", "", "FL", "Florida"},
		{"Moscow Oblast", "", "47", "Moscow Oblast"},
		{"Moscow Region", "RU", "47", "Moscow Oblast"},
		{"moscow region", "", "47", "Moscow Oblast"},
		{"Borno", "", "27", "Borno State"},
		{"Borno state", "NG", "27", "Borno State"},
		{"Kabul Province", "", "13", "Kabul"},
		{"Kerman Province", "IR", "29", "Kerman"},
		{"Khyber Pakhtunkhwa", "", "03", "Khyber Pakhtunkhwa"},
		{"KPK", "PK", "03", "Khyber Pakhtunkhwa"},
		{"Gaza", "PS", "GZ", "Gaza Strip"},
		{"Nineveh", "", "15", "Nineveh"},
		{"Dagestan", "", "17", "Dagestan"},
		{"Tatarstan", "", "73", "Tatarstan Republic"},
	}
	for _, tt := range tests {
		r, ok := RegionByName(tt.name, tt.country)
		if !ok || r.Code != tt.code || r.Name != tt.wantName {
			t.Errorf("RegionByName(%q, %q) = %+v, want %s %s", tt.name, tt.country, r, tt.code, tt.wantName)
		}
	}
	if rs := Regions("Punjab"); len(rs) < 2 {
		t.Errorf("Regions(Punjab) = %d regions, want Pakistan's and India's", len(rs))
	}
	if r, ok := RegionByCode("US", "TX"); !ok || r.Name != "Texas" {
		t.Errorf("RegionByCode(US, TX) = %v", r)
	}
}

func TestRegionOf(t *testing.T) {
	tests := []struct{ city, country, region string }{
		{"Krasnogorsk", "RU", "Moscow Oblast"},
		{"Dallas", "US", "Texas"},
		{"Paragould", "US", "Arkansas"},
		{"Maiduguri", "NG", "Borno State"},
		{"Kerman", "IR", "Kerman"},
		{"Bosaso", "SO", "Bari"},
		{"Peshawar", "PK", "Khyber Pakhtunkhwa"},
	}
	for _, tt := range tests {
		c, ok := CityByName(tt.city, tt.country)
		if !ok {
			t.Errorf("%s not found", tt.city)
			continue
		}
		if r := RegionOf(c); r == nil || r.Name != tt.region {
			t.Errorf("RegionOf(%s) = %v, want %s", tt.city, r, tt.region)
		}
	}
	if RegionOf(nil) != nil {
		t.Error("RegionOf(nil) != nil")
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ name, hint, country, region string }{
		{"Moscow", "", "RU", "48"},
		{"Moscow", "US", "US", "ID"},
		{"Moscow, Idaho", "", "US", "ID"},
		{"Dallas, Texas", "", "US", "TX"},
		{"Paragould, AR", "", "US", "AR"},
		{"Kerman, Iran", "", "IR", "29"},
		{"Kerman", "FR", "IR", "29"}, // no Kerman in France: the best anywhere
		{"Victoria", "CA", "CA", "02"},
	}
	for _, tt := range tests {
		c, ok := Resolve(tt.name, tt.hint)
		if !ok || c.Country != tt.country || c.Region != tt.region {
			t.Errorf("Resolve(%q, %q) = %+v, want %s/%s", tt.name, tt.hint, c, tt.country, tt.region)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"São Tomé":        "sao tome",
		"Türkiye":         "turkiye",
		"Łódź":            "lodz",
		"Sharm el-Sheikh": "sharm el sheikh",
		"U.S.":            "u s",
		"N'Djamena":       "n djamena",
		"  Kabul  ":       "kabul",
		"Ḩamāh":           "hamah",
		"Düsseldorf":      "dusseldorf",
		"Straße":          "strasse",
		"Москва":          "москва",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// The generator files every city under the key Fold gives its name; if
// Fold changes, the data must be generated again.
func TestKeysMatchFold(t *testing.T) {
	d := get()
	bad := 0
	d.eachCity(func(c *City) {
		found := false
		for _, o := range d.cityList(Fold(c.Name)) {
			found = found || o == c
		}
		if !found && bad < 10 {
			bad++
			t.Errorf("city %q (%d) not filed under %q: run go generate", c.Name, c.ID, Fold(c.Name))
		}
	})
}

func TestStats(t *testing.T) {
	countries, regions, cities := Stats()
	if countries < 249 || regions < 3800 || cities < 130000 {
		t.Errorf("Stats() = %d, %d, %d", countries, regions, cities)
	}
}

func TestDemonymsAndAliases(t *testing.T) {
	if !IsDemonym("Tajikistanis") || IsDemonym("Tajikistan") || IsDemonym("Moscow") {
		t.Error("IsDemonym")
	}
	c, _ := CityByName("Kyiv", "UA")
	found := false
	for _, a := range Aliases(c) {
		found = found || a == "Kiev"
	}
	if !found {
		t.Errorf("Aliases(Kyiv) = %v, want Kiev among them", Aliases(c))
	}
	if co := CountryOf(c); co == nil || co.Code != "UA" {
		t.Errorf("CountryOf(Kyiv) = %v", co)
	}
}

func TestParent(t *testing.T) {
	city := func(name, country, region string) *City {
		t.Helper()
		for _, c := range Cities(name) {
			if c.Country == country && (region == "" || c.Region == region) {
				return c
			}
		}
		t.Fatalf("no %s in %s %s", name, country, region)
		return nil
	}
	for _, tc := range []struct {
		hood   *City
		named  []*City
		parent string // "" for none
	}{
		{city("Auburn Gresham", "US", "IL"), nil, "Chicago"},
		{city("Morgan Park", "US", "IL"), nil, "Chicago"}, // not the nearer, smaller Oak Lawn
		{city("East New York", "US", "NY"), []*City{city("Brooklyn", "US", "NY")}, "Brooklyn"},
		{city("Chicago", "US", "IL"), nil, ""}, // not a neighbourhood
	} {
		got := ""
		if p := Parent(tc.hood, slices.Values(tc.named)); p != nil {
			got = p.Name
		}
		if got != tc.parent {
			t.Errorf("Parent(%s) = %q, want %q", tc.hood.Name, got, tc.parent)
		}
	}
}

func TestFindSettlesRegions(t *testing.T) {
	for _, tc := range []struct {
		text, name, region string
	}{
		// A neighbourhood is read as such when its city is named...
		{"A man was shot in Williamsburg on Tuesday. Brooklyn police are looking for the gunman.", "Williamsburg", "NY"},
		// ...and named bare, a name is the town's rather than a neighbourhood's.
		{"A woman was shot in Williamsburg on Thursday.", "Williamsburg", "VA"},
	} {
		var got string
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.Text == tc.name {
				got = m.City.Region
			}
		}
		if got != tc.region {
			t.Errorf("%q: %s in region %q, want %q", tc.text, tc.name, got, tc.region)
		}
	}
}

func TestHome(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"http://www.cincinnati.com/story/news/2016/07/24/shooting/", "Cincinnati"},
		{"https://www.daytondailynews.com/news/crime--law/x", "Dayton"},
		{"http://web.archive.org/web/20170313014809/http://www.fresnobee.com:80/news/local/crime/a.html", "Fresno"},
		{"http://wtok.com/content/news/x", "Meridian"},         // a station's host: its city of licence
		{"http://www.wsoctv.com:80/news/local/x", "Charlotte"}, // a call sign and "tv"
		{"http://komonews.com/news/local/x", "Seattle"},        // a call sign and "news"
		{"http://www.wmcactionnews5.com/story/1/x", "Memphis"}, // a three-letter call sign
		{"http://fox99denver.com/news/x", "Denver"},            // a network's name and channel, then a city
		{"http://www.wxyzzy.com/x", ""},                        // no call sign followed by a station's word
		{"https://www.reuters.com/world/", ""},
		{"not a url", ""},
	} {
		got := ""
		if c := Home(tc.url); c != nil {
			got = c.Name
		}
		if got != tc.want {
			t.Errorf("Home(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
	// A site whose city is unknown still tells its state.
	for _, tc := range []struct{ url, region string }{
		{"https://www.arkansasonline.com/news/2016/x/", "Arkansas"},
		{"http://nbcmontana.com/news/x", "Montana"},
		{"http://www.newjersey101.com/x", "New Jersey"},
		{"https://www.reuters.com/world/", ""},
	} {
		got := ""
		if r := SiteOf(tc.url).Region; r != nil {
			got = r.Name
		}
		if got != tc.region {
			t.Errorf("SiteOf(%q).Region = %q, want %q", tc.url, got, tc.region)
		}
	}
	// A site's state places a small town it alone would not: Lewistown is
	// found in Montana on a Montana station's site.
	text := "A man was shot in Lewistown on Friday night."
	if ms := FindAt(text, SiteOf("")); len(ms) != 0 {
		t.Errorf("%q with no site: %+v, want nothing", text, ms)
	}
	if ms := FindAt(text, SiteOf("http://nbcmontana.com/news/x")); len(ms) != 1 || ms[0].Region == nil || ms[0].Region.Name != "Montana" {
		t.Errorf("%q on nbcmontana.com: %+v, want Lewistown, Montana", text, ms)
	}
	// A local site's town of a bigger namesake's name: Williston on a
	// Gainesville station's site is the Florida town, unless the text
	// places it elsewhere.
	for _, tc := range []struct{ text, region string }{
		{"A man was shot in Williston on Friday.", "Florida"},
		{"A man was shot in Williston on Friday. Williston police are investigating.", "Florida"}, // every time
		{"A man from Williston, North Dakota, was shot in Gainesville.", "North Dakota"},
	} {
		for _, m := range FindAt(tc.text, SiteOf("http://www.wcjb.com/local-news/x")) {
			if m.Text == "Williston" && (m.Region == nil || m.Region.Name != tc.region) {
				t.Errorf("%q on wcjb.com: Williston in %v, want %s", tc.text, m.Region, tc.region)
			}
		}
	}
	// The home settles an ambiguous name: Hamilton, Ohio, in the Cincinnati paper.
	text = "One man was killed in a shooting at a Hamilton bar early Sunday."
	found := false
	for _, m := range FindNear(text, Home("https://www.cincinnati.com/story/news/")) {
		if m.Text == "Hamilton" {
			found = true
			if m.Country.Code != "US" || m.City.Region != "OH" {
				t.Errorf("Hamilton near Cincinnati read as %s %s", m.Country.Code, m.City.Region)
			}
		}
	}
	if !found {
		t.Errorf("no Hamilton found in %q", text)
	}
}

func TestPathCountry(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://www.samaa.tv/pakistan/2018/03/arrests-in-hyderabad/", "PK"},
		{"https://example.com/world/south-africa/story-123", "ZA"},
		{"http://web.archive.org/web/2017/http://example.com/kenya/news/", "KE"},
		{"https://example.com/us/2024/03/22/story", ""},       // a code names nothing
		{"https://www.example.com/news/georgia/story", ""},    // a US state's name too
		{"https://example.com/news/afghan-refugees-2021", ""}, // a slug is not a section
		{"https://pakistan.example.com/news/", ""},            // the host is not the path
	} {
		got := ""
		if c := PathCountry(tc.url); c != nil {
			got = c.Code
		}
		if got != tc.want {
			t.Errorf("PathCountry(%q) = %q, want %q", tc.url, got, tc.want)
		}
	}
	// The section settles an ambiguous name: Hyderabad is India's biggest
	// namesake, but a story filed under /pakistan/ means Pakistan's.
	text := "HYDERABAD: Police arrested five suspects on Friday."
	for _, tc := range []struct {
		url, want string
	}{
		{"https://news.example.tv/pakistan/2018/03/story/", "PK"},
		{"https://news.example.tv/2018/03/story/", "IN"},
	} {
		ms := FindAt(text, Site{Country: PathCountry(tc.url)})
		if len(ms) == 0 || ms[0].Country.Code != tc.want {
			t.Errorf("%s: Hyderabad read as %v, want %s", tc.url, ms, tc.want)
		}
	}
}

func TestDisplay(t *testing.T) {
	for _, tc := range []struct{ text, country, want string }{
		{"a bomb in Fallujah", "IQ", "Fallujah"},
		{"a wedding in Ain Tamr", "IQ", "Ain Tamr"},
		{"a blast in Baghdad", "IQ", "Baghdad"},
		{"fighting in Raqqa", "SY", "Raqqah"},
		{"a shooting in São Paulo", "BR", "São Paulo"},
		{"a concert hall near Moscow", "RU", "Moscow"},
	} {
		var got string
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.City.Country == tc.country {
				got = Display(m.City)
			}
		}
		if got != tc.want {
			t.Errorf("Display of the city in %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestFindableAlone: a small town whose name has a title word is found
// alone only from titledPopulation people (a college, a hospital, a saint
// share its name); a name of three words or more from that size too.
func TestFindableAlone(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"He played basketball at St. Bonaventure for two years.", "St. Bonaventure", false},
		{"He was shot in St. Bonaventure, New York, on Friday.", "St. Bonaventure", true},
		{"a plane on the Sharm el Sheikh-Saint Petersburg route", "Sharm el Sheikh", true},
		{"A boy was shot in Bay St. Louis on Friday.", "Bay St. Louis", true},
	} {
		found := false
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.Text == tc.name {
				found = true
			}
		}
		if found != tc.want {
			t.Errorf("%q: %s found %v, want %v (%+v)", tc.text, tc.name, found, tc.want, Find(tc.text))
		}
	}
}

// TestShortTitles: "St.", "Ft." and "Mt." name the towns GeoNames writes
// in full, and the full word those it writes abbreviated.
func TestShortTitles(t *testing.T) {
	for _, tc := range []struct{ text, name, region string }{
		{"A boy was shot in St. Augustine, Florida, on Friday.", "St. Augustine", "Florida"},
		{"A boy was shot in St Augustine, Florida, on Friday.", "St Augustine", "Florida"},
		{"Two men were shot in Ft. Myers, Florida.", "Ft. Myers", "Florida"},
		{"Police in Saint Louis, Missouri, said two men were shot.", "Saint Louis", "Missouri"},
		{"A boy was shot at a family gathering in Bay St. Louis on Friday.", "Bay St. Louis", "Mississippi"},
		{"Two men were wounded in Port St. Lucie, police said.", "Port St. Lucie", "Florida"},
	} {
		found := false
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.Text == tc.name && m.Region != nil && m.Region.Name == tc.region {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no %s, %s in %+v", tc.text, tc.name, tc.region, Find(tc.text))
		}
	}
}
