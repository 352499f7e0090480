package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

// want is an expected mention: its text, kind, country and, for a city or
// region, its name.
type want struct {
	text    string
	kind    Kind
	country string
	place   string
}

func (w want) String() string { return fmt.Sprintf("%q %s %s %s", w.text, w.kind, w.country, w.place) }

func got(ms []Mention) []want {
	var out []want
	for _, m := range ms {
		w := want{text: m.Text, kind: m.Kind, country: m.Country.Code}
		switch {
		case m.Kind == KindCity:
			w.place = m.City.Name
		case m.Kind == KindRegion:
			w.place = m.Region.Name
		}
		out = append(out, w)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		text string
		want []want
	}{
		{"Gunmen attacked a concert hall in Krasnogorsk, outside Moscow, on Friday; four Tajikistanis were detained.", []want{
			{"Krasnogorsk", KindCity, "RU", "Krasnogorsk"},
			{"Moscow", KindCity, "RU", "Moscow"},
			{"Tajikistanis", KindDemonym, "TJ", ""},
		}},
		{"May said on Friday that Reading police had arrested a man.", nil},
		{"Best wishes in March; Of course, Police said so on Friday.", nil},
		{"Nice weather returned. The attack in Nice killed 86 people.", []want{
			{"Nice", KindCity, "FR", "Nice"},
		}},
		{"Mobile phones were seized. Police in Mobile, Alabama, said the suspect fled.", []want{
			{"Mobile", KindCity, "US", "Mobile"},
			{"Alabama", KindRegion, "US", "Alabama"},
		}},
		{"Victoria Beckham visited Victoria, British Columbia.", []want{
			{"Victoria", KindCity, "CA", "Victoria"},
			{"British Columbia", KindRegion, "CA", "British Columbia"},
		}},
		{"PARAGOULD, AR — A gunman opened fire at a store in Paragould, Ark., on Friday.", []want{
			{"PARAGOULD", KindCity, "US", "Paragould"},
			{"AR", KindRegion, "US", "Arkansas"},
			{"Paragould", KindCity, "US", "Paragould"},
			{"Ark.", KindRegion, "US", "Arkansas"},
		}},
		// "LA" and "La." are both Louisiana's; each keeps its own case.
		{"FRANKLIN, La. - A deputy was shot in Franklin, LA, and a man in Norfolk, Va.", []want{
			{"FRANKLIN", KindCity, "US", "Franklin"},
			{"La.", KindRegion, "US", "Louisiana"},
			{"Franklin", KindCity, "US", "Franklin"},
			{"LA", KindRegion, "US", "Louisiana"},
			{"Norfolk", KindCity, "US", "Norfolk"},
			{"Va.", KindRegion, "US", "Virginia"},
		}},
		{"A shooting in Dallas, Texas; another in Moscow, Idaho.", []want{
			{"Dallas", KindCity, "US", "Dallas"},
			{"Texas", KindRegion, "US", "Texas"},
			{"Moscow", KindCity, "US", "Moscow"},
			{"Idaho", KindRegion, "US", "Idaho"},
		}},
		{"The shooter, from Uvalde, Texas, drove to New York City.", []want{
			{"Uvalde", KindCity, "US", "Uvalde"},
			{"Texas", KindRegion, "US", "Texas"},
			{"New York City", KindCity, "US", "New York City"},
		}},
		{"Defense Secretary Lloyd Austin said the U.S. would respond; Austin police were not involved.", []want{
			{"U.S.", KindCountry, "US", ""},
			{"Austin", KindCity, "US", "Austin"},
		}},
		{"The blast in Kerman, Iran, killed 95 people.", []want{
			{"Kerman", KindCity, "IR", "Kerman"},
			{"Iran", KindCountry, "IR", ""},
		}},
		{"Boko Haram attacked Maiduguri, the capital of Borno state, and towns in Adamawa State.", []want{
			{"Maiduguri", KindCity, "NG", "Maiduguri"},
			{"Borno state", KindRegion, "NG", "Borno State"},
			{"Adamawa State", KindRegion, "NG", "Adamawa"},
		}},
		{"Attacks in the Moscow region and in Kabul province.", []want{
			{"Moscow region", KindRegion, "RU", "Moscow Oblast"},
			{"Kabul province", KindRegion, "AF", "Kabul"},
		}},
		{"Russian and Afghan officials met in Istanbul, Türkiye, and later in Turkey's capital.", []want{
			{"Russian", KindDemonym, "RU", ""},
			{"Afghan", KindDemonym, "AF", ""},
			{"Istanbul", KindCity, "TR", "Istanbul"},
			{"Türkiye", KindCountry, "TR", ""},
			{"Turkey", KindCountry, "TR", ""},
		}},
		{"Strikes on Gaza City and clashes in the West Bank.", []want{
			{"Gaza City", KindCity, "PS", "Gaza"},
			{"West Bank", KindRegion, "PS", "West Bank"},
		}},
		{"Officials in Bosasso said fighters attacked near Mogadishu, Somalia.", []want{
			{"Bosasso", KindCity, "SO", "Bosaso"},
			{"Mogadishu", KindCity, "SO", "Mogadishu"},
			{"Somalia", KindCountry, "SO", ""},
		}},
		{"Congolese troops fought rebels near Beni.", []want{
			{"Congolese", KindDemonym, "CD", ""},
			{"Beni", KindCity, "CD", "Beni"},
		}},
		{"Chad Smith and Jordan Peterson spoke; Jordan's king flew to Chad.", []want{
			{"Jordan", KindCountry, "JO", ""},
			{"Chad", KindCountry, "TD", ""},
		}},
		{"The Washington Post said Latin American leaders met in the Indian Ocean.", nil},
		{"A woman named Mary said she was shot. \"I'm shot,\" Mary said.", nil},
		{"He lives in New Mexico, not in Mexico or Papua New Guinea.", []want{
			{"New Mexico", KindRegion, "US", "New Mexico"},
			{"Mexico", KindCountry, "MX", ""},
			{"Papua New Guinea", KindCountry, "PG", ""},
		}},
		{"The bomb went off in Kharkiv's centre and near Kiev.", []want{
			{"Kharkiv", KindCity, "UA", "Kharkiv"},
			{"Kiev", KindCity, "UA", "Kyiv"},
		}},
		{"A man from Larose was shot in Larose, Louisiana, and another in Larose.", []want{
			{"Larose", KindCity, "US", "Larose"},
			{"Larose", KindCity, "US", "Larose"},
			{"Louisiana", KindRegion, "US", "Louisiana"},
			{"Larose", KindCity, "US", "Larose"},
		}},
		{"Gov. Warren and President Jackson met; Anderson said the shooting was random.", nil},
		{"Police in Anderson, Indiana, and Anderson police said so.", []want{
			{"Anderson", KindCity, "US", "Anderson"},
			{"Indiana", KindRegion, "US", "Indiana"},
			{"Anderson", KindCity, "US", "Anderson"},
		}},
		{"We said so. Asia and Africa. God knows.", nil},
		{"Atlanta, Georgia, and Tbilisi, Georgia.", []want{
			{"Atlanta", KindCity, "US", "Atlanta"},
			{"Georgia", KindRegion, "US", "Georgia"},
			{"Tbilisi", KindCity, "GE", "Tbilisi"},
			{"Georgia", KindCountry, "GE", ""},
		}},
		{"The Russian Federation and the Russians; U.K. and U.S.A.", []want{
			{"Russian Federation", KindCountry, "RU", ""},
			{"Russians", KindDemonym, "RU", ""},
			{"U.K.", KindCountry, "GB", ""},
			{"U.S.A.", KindCountry, "US", ""},
		}},
		{"Fighting in Sanaa, Yemen, and in Sana'a and Hodeidah.", []want{
			{"Sanaa", KindCity, "YE", "Sanaa"},
			{"Yemen", KindCountry, "YE", ""},
			{"Sana'a", KindCity, "YE", "Sanaa"},
			{"Hodeidah", KindCity, "YE", "Al Ḩudaydah"},
		}},
		// A county is not the town it shares a name with.
		{"The Fort Wayne Police Department said. Allen County coroner and Lynn Co. deputies", []want{
			{"Fort Wayne", KindCity, "US", "Fort Wayne"},
		}},
		// Streets and venues named for places.
		{"on the 1100 block of Deutz Avenue, at St. Mary's Hospital, on Maryland Drive in Cologne", []want{
			{"Cologne", KindCity, "DE", "Köln"},
		}},
		{"near Bellagio, 3600 Las Vegas Blvd. South", []want{
			{"Las Vegas", KindCity, "US", "Las Vegas"},
		}},
		{"shootings in Bristol highway traffic", []want{
			{"Bristol", KindCity, "GB", "Bristol"},
		}},
		// A small town with its state, over a bigger one of that name.
		{"5 shot at crab festival in Williston, Florida", []want{
			{"Williston", KindCity, "US", "Williston"},
			{"Florida", KindRegion, "US", "Florida"},
		}},
		// Compounds: an unknown second half makes another place, unless
		// the first is a big city.
		{"a barbecue in Bedford-Stuyvesant; Miami-Dade police; the Dallas-Fort Worth area", []want{
			{"Miami", KindCity, "US", "Miami"},
			{"Dallas", KindCity, "US", "Dallas"},
			{"Fort Worth", KindCity, "US", "Fort Worth"},
		}},
		// Names of hospitals.
		{"taken to University Hospital, then to Jackson Memorial Hospital", nil},
		// A name the text uses as a street is a street elsewhere in it.
		{"the shooting on Winthrop near Clarita. It happened on Winthrop Street in Detroit.", []want{
			{"Detroit", KindCity, "US", "Detroit"},
		}},
		// People's names: an age, or a surname used alone.
		{"Charlotte Zaremba, 16, died. Police spoke to her daughter, Charlotte.", nil},
		{"He shot Dana Remaley at the home. Remaley was 41.", nil},
		{"Henry Jackson, 18, shot a woman in Ardmore, Okla. Jackson fled.", []want{
			{"Ardmore", KindCity, "US", "Ardmore"},
			{"Okla.", KindRegion, "US", "Oklahoma"},
		}},
		// A repeated ambiguous name is one piece of evidence, not four.
		{"Bristol police said. Bristol officers and Bristol medics came to Bristol. The Tennessee Bureau of Investigation and Kingsport police", []want{
			{"Bristol", KindCity, "US", "Bristol"},
			{"Bristol", KindCity, "US", "Bristol"},
			{"Bristol", KindCity, "US", "Bristol"},
			{"Bristol", KindCity, "US", "Bristol"},
			{"Tennessee", KindRegion, "US", "Tennessee"},
			{"Kingsport", KindCity, "US", "Kingsport"},
		}},
		// Cars: a make after an article and a colour or a model year,
		// or a make that is a company before it is a town.
		{"Two cars crashed into a black Honda Accord; a white Pontiac stayed, possibly a Toyota.", nil},
		{"He fled in a 2004 Lincoln Town Car.", nil},
		{"A GMC Yukon pulled up. The driver of the Yukon got out.", nil},
		{"He moved from Lincoln Nebraska to Dodge City.", []want{
			{"Nebraska", KindRegion, "US", "Nebraska"},
			{"Dodge City", KindCity, "US", "Dodge City"},
		}},
		{"A black Houston man was shot in Pontiac, Mich., and Pontiac police came.", []want{
			{"Houston", KindCity, "US", "Houston"},
			{"Pontiac", KindCity, "US", "Pontiac"},
			{"Mich.", KindRegion, "US", "Michigan"},
			{"Pontiac", KindCity, "US", "Pontiac"},
		}},
		{"", nil},
		{"all lower case moscow and kabul", nil},
	}
	for _, tt := range tests {
		g := got(Find(tt.text))
		if fmt.Sprint(g) != fmt.Sprint(tt.want) {
			t.Errorf("Find(%q)\n got %v\nwant %v", tt.text, g, tt.want)
		}
	}
}

func TestFindConcurrent(t *testing.T) {
	text := benchText()
	want := fmt.Sprint(got(Find(text)))
	done := make(chan string)
	for i := 0; i < 4; i++ {
		go func() { done <- fmt.Sprint(got(Find(text))) }()
	}
	for i := 0; i < 4; i++ {
		if g := <-done; g != want {
			t.Fatal("Find gave different results concurrently")
		}
	}
}

// TestFindSpans checks that every span is the text it claims to be.
func TestFindSpans(t *testing.T) {
	text := benchText()
	ms := Find(text)
	if len(ms) == 0 {
		t.Fatal("no mentions in the benchmark text")
	}
	last := -1
	for _, m := range ms {
		if m.Start < last || m.End <= m.Start || text[m.Start:m.End] != m.Text || m.Country == nil {
			t.Fatalf("bad mention %+v", m)
		}
		if m.Kind == KindCity && m.City == nil || m.Kind == KindRegion && m.Region == nil {
			t.Fatalf("mention without its place: %+v", m)
		}
		last = m.End
	}
}

// benchText is an invented news text of about 5,000 words.
func benchText() string {
	sentences := []string{
		"Gunmen opened fire at a concert hall in Krasnogorsk, outside Moscow, on Friday evening, officials said.",
		"Four Tajikistanis were detained in the Bryansk region after a car chase, the Russian security service reported.",
		"A suicide bomber struck a crowded market in Peshawar, Khyber Pakhtunkhwa, killing at least 12 people and wounding 40.",
		"Police in Dallas, Texas, said the suspect had traveled from Oklahoma City two days before the shooting.",
		"The Islamic State claimed the attack in a statement released through its news agency late on Saturday.",
		"Witnesses described hearing several loud explosions near the main gate before security forces sealed off the area.",
		"In Mogadishu, al-Shabaab fighters stormed a hotel popular with lawmakers and held out for nearly ten hours.",
		"The governor of Borno state visited the wounded in a hospital in Maiduguri and promised compensation to the families.",
		"Afghan officials said the blast in Kabul targeted a convoy carrying foreign contractors to the airport.",
		"Residents of Paragould, Ark., gathered for a vigil on Sunday night outside the grocery store where the shooting happened.",
		"French prosecutors opened a terrorism investigation after a knife attack near a school in Arras in northern France.",
		"The minister told reporters in Brussels that the threat level would remain at its highest for the rest of the week.",
		"Israeli and Palestinian officials traded accusations after the strike in Khan Younis, in the south of the Gaza Strip.",
		"May and June were the deadliest months of the year, according to figures compiled by a monitoring group.",
		"Reading the statement aloud, the spokesman said the investigation was continuing and urged calm.",
		"Nice weather brought crowds to the seafront, where barriers had been installed after the attack in Nice in 2016.",
		"The victims included two Iranians, a Nigerian teacher and three Somalis who had arrived in Istanbul a week earlier.",
		"Security was tightened in Kerman, Iran, ahead of the anniversary, and checkpoints were set up on the road to Tehran.",
		"Officials in Bosasso, in the Bari region of Somalia, said the attackers came by boat from the coast.",
		"The company said its offices in New York City, Washington, D.C., and London would stay closed until further notice.",
	}
	var b strings.Builder
	for words := 0; words < 5000; {
		for _, s := range sentences {
			b.WriteString(s)
			b.WriteString(" ")
			words += len(strings.Fields(s))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText()
	Find(text) // load the gazetteer outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		d, err := load()
		if err != nil {
			b.Fatal(err)
		}
		buildFinder(d)
	}
}

// TestSmallTownNotCounty checks that a small town's name followed by
// "County" is the county, not the town.
func TestSmallTownNotCounty(t *testing.T) {
	for _, text := range []string{
		"A boy was shot in Oglethorpe County, Georgia, on Sunday.",
		"Deputies in Mathews County, Va., said the boy died.",
	} {
		for _, m := range Find(text) {
			if m.Kind == KindCity {
				t.Errorf("Find(%q): city %q (%s), want none", text, m.Text, m.City.Name)
			}
		}
	}
}

// TestFindRegionOfCity checks the state a city is read in where the name
// alone would give another.
func TestFindRegionOfCity(t *testing.T) {
	for _, tc := range []struct{ text, city, region string }{
		{"5 shot at crab festival in Williston, Florida", "Williston", "Florida"},
		{"Several people were shot at a Hamilton bar. Call the Hamilton Police Department at (513) 868-5811.", "Hamilton", "Ohio"},
		{"A teenager was shot in New Roads on Friday, the Pointe Coupee Parish sheriff said.", "New Roads", "Louisiana"},
		{"Two men were found dead in Lolo. Missoula County deputies are investigating.", "Lolo", "Montana"},
		{"A teenager was shot in New Roads on Friday, the Pointe Coupee Parish sheriff said.", "New Roads", "Louisiana"},
		{"Two men were found dead in Lolo. Missoula County deputies are investigating.", "Lolo", "Montana"},
		{"Bristol police said. Bristol officers and Bristol medics came to Bristol. The Tennessee Bureau of Investigation and Kingsport police", "Bristol", "Tennessee"},
	} {
		found := false
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.City.Name == tc.city {
				found = true
				if m.Region == nil || m.Region.Name != tc.region {
					t.Errorf("Find(%q): %s in %v, want %s", tc.text, tc.city, m.Region, tc.region)
				}
			}
		}
		if !found {
			t.Errorf("Find(%q): no %s", tc.text, tc.city)
		}
	}
}

// TestCountyTown: a county whose name several states have ("Greenwood
// County": South Carolina, Kansas) tells which town of its name is meant;
// it does not move another name ("Cochran", a sheriff's spokesman).
func TestCountyTown(t *testing.T) {
	for _, tc := range []struct{ text, town, region string }{
		{"Six were found dead in a Greenwood County home. The Greenwood Index-Journal named the shooter.", "Greenwood", "South Carolina"},
		{"Six were found dead in a home. The Greenwood Index-Journal named the shooter.", "Greenwood", "Indiana"},
	} {
		var got string
		for _, m := range Find(tc.text) {
			if m.Kind == KindCity && m.Text == tc.town && m.Region != nil {
				got = m.Region.Name
			}
		}
		if got != tc.region {
			t.Errorf("%q: %s in %q, want %q", tc.text, tc.town, got, tc.region)
		}
	}
}
