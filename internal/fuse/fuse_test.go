package fuse

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func ip(n int) *int { return &n }

// inc builds an incident for the fixtures.
func inc(main bool, date, country, city string, killed *int, groups ...string) dossier.Incident {
	in := dossier.Incident{Main: main, Date: date, Country: country, City: city, Killed: killed}
	for _, g := range groups {
		in.Perpetrators = append(in.Perpetrators, dossier.Perpetrator{Name: g, Role: dossier.RoleClaimed})
	}
	if killed != nil {
		in.Figures = []dossier.Figure{{Kind: "killed", Value: *killed, Qualifier: "at_least", Sentence: 0}}
	}
	return in
}

// fixture is five reports of one concert-hall attack, two of which recall
// the same earlier bombing and one an airport attack, plus an unrelated
// shooting in the same city a month later.
func fixture() []*Report {
	rep := func(id, pub, title string, names []string, incs ...dossier.Incident) *Report {
		r := &Report{Article: id, Published: pub, Title: title, Publisher: "P-" + id,
			Incidents: incs, Sentences: map[int]string{0: "sentence of " + id}}
		r.Names = Names(title, strings.Join(names, ". "))
		return r
	}
	hall := []string{"Gunmen stormed Vostok Hall on Friday", "Anna Petrova said"}
	return []*Report{
		rep("a1", "2024-03-23", "Attack on Vostok Hall", hall,
			inc(true, "2024-03-22", "RU", "Moscow", ip(130), "Islamic State Khorasan Province")),
		rep("a2", "2024-03-24", "Vostok Hall toll rises", hall,
			inc(true, "2024-03-22", "RU", "Moscow", ip(133), "Islamic State Khorasan Province"),
			inc(false, "2024-01-03", "IR", "Kerman", ip(94))),
		rep("a3", "2024-03-25", "Who is behind the Vostok Hall attack", hall,
			inc(true, "2024-03-22", "RU", "Moscow", ip(137)),
			inc(false, "2024-01", "IR", "", ip(95)),
			inc(false, "2021-08", "AF", "Kabul", ip(183))),
		rep("a4", "", "Vostok Hall mourns", hall,
			inc(true, "", "RU", "Moscow", ip(137))),
		rep("a5", "2024-03-23", "Moscow attack", hall,
			inc(true, "2024-03-22", "RU", "Moscow", ip(133))),
		rep("b1", "2024-04-25", "Man shot in Moscow suburb", []string{"Ivan Sidorov was shot outside a shop"},
			inc(true, "2024-04-24", "RU", "Moscow", ip(1))),
	}
}

func articles(f dossier.Fused) []string {
	var out []string
	for _, s := range f.Sources {
		out = append(out, s.Article)
	}
	slices.Sort(out)
	return out
}

func find(fs []dossier.Fused, date string) *dossier.Fused {
	for i := range fs {
		if fs[i].Date == date {
			return &fs[i]
		}
	}
	return nil
}

func TestFuseFixture(t *testing.T) {
	fs := Fuse(fixture())
	tests := []struct {
		date     string
		articles []string
		killed   int
		rng      [2]int
	}{
		{"2024-03-22", []string{"a1", "a2", "a3", "a4", "a5"}, 137, [2]int{130, 137}},
		{"2024-01-03", []string{"a2", "a3"}, 95, [2]int{94, 95}},
		{"2021-08", []string{"a3"}, 183, [2]int{183, 183}},
		{"2024-04-24", []string{"b1"}, 1, [2]int{1, 1}},
	}
	if len(fs) != len(tests) {
		for _, f := range fs {
			t.Logf("%s %s %v", f.Date, f.Country, articles(f))
		}
		t.Fatalf("got %d incidents, want %d", len(fs), len(tests))
	}
	for _, tt := range tests {
		f := find(fs, tt.date)
		if f == nil {
			t.Errorf("no incident dated %s", tt.date)
			continue
		}
		if got := articles(*f); !reflect.DeepEqual(got, tt.articles) {
			t.Errorf("%s: articles %v, want %v", tt.date, got, tt.articles)
		}
		if f.Killed == nil || *f.Killed != tt.killed {
			t.Errorf("%s: killed %v, want %d", tt.date, f.Killed, tt.killed)
		}
		if f.KilledRange == nil || *f.KilledRange != tt.rng {
			t.Errorf("%s: killed range %v, want %v", tt.date, f.KilledRange, tt.rng)
		}
	}
	hall := find(fs, "2024-03-22")
	if len(hall.Perpetrators) != 1 || hall.Perpetrators[0].Name != "Islamic State Khorasan Province" {
		t.Errorf("perpetrators %+v, want one", hall.Perpetrators)
	}
	if len(hall.Figures) != 5 || hall.Figures[0].Text == "" || hall.Figures[0].Article == "" {
		t.Errorf("figures %+v: want five, each with article and sentence", hall.Figures)
	}
	if len(hall.Related) != 2 {
		t.Errorf("related %v, want the two recalled incidents", hall.Related)
	}
}

func TestFuseOrderIndependent(t *testing.T) {
	want := Fuse(fixture())
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		rs := fixture()
		r.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
		got := Fuse(rs)
		if !reflect.DeepEqual(ids(got), ids(want)) {
			t.Fatalf("order changed the incidents: %v vs %v", ids(got), ids(want))
		}
	}
}

func ids(fs []dossier.Fused) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.ID+":"+strings.Join(articles(f), ","))
	}
	return out
}

func TestFuseCopiesAreOneWitness(t *testing.T) {
	rs := fixture()
	rs[4].CopyOf = "a2" // a5 copies a2
	fs := Fuse(rs)
	hall := find(fs, "2024-03-22")
	if hall.Witnesses != 4 {
		t.Errorf("witnesses %d, want 4 (a5 is a copy of a2)", hall.Witnesses)
	}
}

func TestFuseKeepsTwoCountriesApart(t *testing.T) {
	rs := []*Report{
		{Article: "x", Published: "2020-01-02", Incidents: []dossier.Incident{inc(true, "2020-01-01", "FR", "Paris", ip(3))}},
		{Article: "y", Published: "2020-01-02", Incidents: []dossier.Incident{inc(true, "2020-01-01", "BE", "Brussels", ip(3))}},
	}
	if fs := Fuse(rs); len(fs) != 2 {
		t.Errorf("got %d incidents, want 2", len(fs))
	}
}

func TestReconcile(t *testing.T) {
	tests := []struct {
		name      string
		rs        []Reported
		best      int
		rng       [2]int
		conflicts int
	}{
		{"rising toll is an update", []Reported{
			{Value: 40, Published: "2024-03-22", Witness: "a"},
			{Value: 115, Published: "2024-03-23", Witness: "b"},
			{Value: 137, Published: "2024-03-24", Witness: "c"}}, 137, [2]int{40, 137}, 0},
		{"same day disagreement is a conflict; most witnesses win", []Reported{
			{Value: 133, Published: "2024-03-24", Witness: "a"},
			{Value: 133, Published: "2024-03-24", Witness: "b"},
			{Value: 137, Published: "2024-03-24", Witness: "c"}}, 133, [2]int{133, 137}, 1},
		{"a tie goes to the higher", []Reported{
			{Value: 5, Published: "2024-01-01", Witness: "a"},
			{Value: 6, Published: "2024-01-01", Witness: "b"}}, 6, [2]int{5, 6}, 1},
		{"copies are one witness", []Reported{
			{Value: 9, Published: "2024-01-02", Witness: "a"},
			{Value: 9, Published: "2024-01-02", Witness: "a"},
			{Value: 10, Published: "2024-01-02", Witness: "b"}}, 10, [2]int{9, 10}, 1},
		{"a lone later lower count does not undo most reports", []Reported{
			{Value: 4, Published: "2016-07-07", Witness: "a"},
			{Value: 4, Published: "2016-07-08", Witness: "b"},
			{Value: 4, Published: "2016-07-09", Witness: "c"},
			{Value: 3, Published: "2016-07-12", Witness: "d"}}, 4, [2]int{3, 4}, 0},
		{"a later lower count as many give replaces", []Reported{
			{Value: 4, Published: "2016-07-07", Witness: "a"},
			{Value: 3, Published: "2016-07-08", Witness: "b"}}, 3, [2]int{3, 4}, 0},
		{"undated come first", []Reported{
			{Value: 7, Published: "", Witness: "a"},
			{Value: 3, Published: "2024-01-02", Witness: "b"}}, 3, [2]int{3, 7}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best, rng, conf, ok := Reconcile("killed", tt.rs)
			if !ok || best != tt.best || rng != tt.rng || len(conf) != tt.conflicts {
				t.Errorf("got %d %v %q %v, want %d %v and %d conflicts", best, rng, conf, ok, tt.best, tt.rng, tt.conflicts)
			}
		})
	}
	if _, _, _, ok := Reconcile("killed", nil); ok {
		t.Error("no reports gave a value")
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		text string
		want []string // pairs expected among the names
		not  []string
	}{
		{"Police said John Zawahri opened fire. The police chief spoke.", []string{"john zawahri"}, []string{"police said"}},
		{"He was taken to Jackson Memorial Hospital in Los Angeles.", nil, []string{"jackson memorial", "los angeles"}},
		{"Nilda Sheffield's car was found.", []string{"nilda sheffield"}, nil},
	}
	for _, tt := range tests {
		got := map[uint64]bool{}
		for _, h := range Names("", tt.text) {
			got[h] = true
		}
		for _, w := range tt.want {
			a, b, _ := strings.Cut(w, " ")
			if !got[nameHash(a, b)|pairBit] {
				t.Errorf("%q: no name %q", tt.text, w)
			}
		}
		for _, w := range tt.not {
			a, b, _ := strings.Cut(w, " ")
			if got[nameHash(a, b)|pairBit] {
				t.Errorf("%q: %q should not be a name", tt.text, w)
			}
		}
	}
}

// TestNamesOfficials: an official's name is marked, and two reports in one
// big city that share only their police spokesman's name are not tied by
// it; in a small town they are.
func TestNamesOfficials(t *testing.T) {
	a := Names("", "A man was shot Friday, Officer Dan Kowalczyk said. Kowalczyk said no one was arrested.")
	b := Names("", "A boy was wounded Sunday, said Officer Dan Kowalczyk, a police spokesman.")
	if !slices.Contains(a, nameHash("dan", "kowalczyk")|pairBit|officialBit) {
		t.Fatalf("the officer's name is not marked official")
	}
	// A hospital's name is marked like an official's.
	for _, tc := range []struct {
		text, a, b string
		official   bool
	}{
		{"She was taken to Holy Cross Hospital in fair condition.", "holy", "cross", true},
		{"Two were driven to Advocate Christ Medical Center.", "advocate", "christ", true},
		{"The boy is at Comer Children's Hospital.", "comer", "children", true},
		{"Holy Cross Hospital staff said Tom Banks was shot.", "tom", "banks", false},
	} {
		h := nameHash(tc.a, tc.b) | pairBit
		if tc.official {
			h |= officialBit
		}
		if !slices.Contains(Names("", tc.text), h) {
			t.Errorf("%q: no name %q %q marked official=%v", tc.text, tc.a, tc.b, tc.official)
		}
	}
	df := map[uint64]int32{}
	for _, h := range append(slices.Clone(a), b...) {
		df[h]++
	}
	big := &Key{Country: "US", City: "detroit"}
	small := &Key{Country: "US", City: "auburn", Small: true}
	for _, tc := range []struct {
		k     *Key
		pairs int
	}{{big, 0}, {small, 1}} {
		p, _ := sharedNames(a, b, df, !sameBigCity(tc.k, tc.k))
		if p != tc.pairs {
			t.Errorf("%s: %d shared pairs, want %d", tc.k.City, p, tc.pairs)
		}
	}
}

// TestFusePublicationDateDoesNotBound: a follow-up dated only by its
// publication, four weeks after the shooting, joins the reports it shares a
// victim's name with; one whose text dates it four weeks later does not
// (maxSpan).
func TestFusePublicationDateDoesNotBound(t *testing.T) {
	first := inc(true, "2016-06-03", "US", "Denver", ip(3))
	later := inc(true, "2016-07-01", "US", "Denver", ip(3))
	later.DateSource = dossier.DatePublished
	names := "Devonne Burton was found dead"
	for _, tc := range []struct {
		source string
		want   int
	}{{dossier.DatePublished, 1}, {dossier.DateText, 2}} {
		later.DateSource = tc.source
		rs := []*Report{
			{Article: "x", Published: "2016-06-04", Incidents: []dossier.Incident{first}, Names: Names("", names)},
			{Article: "y", Published: "2016-07-01", Incidents: []dossier.Incident{later}, Names: Names("", names)},
			{Article: "z", Published: "2016-06-05", Incidents: []dossier.Incident{first}, Names: Names("", names)},
		}
		if fs := Fuse(rs); len(fs) != tc.want {
			t.Errorf("date source %s: got %d incidents, want %d", tc.source, len(fs), tc.want)
		}
	}
}

func TestFuseKeepsAPlotApartFromAnAttack(t *testing.T) {
	plot := inc(true, "2020-01-01", "FR", "Paris", ip(0))
	plot.Kind = "plot"
	rs := []*Report{
		{Article: "x", Published: "2020-01-02", Incidents: []dossier.Incident{inc(true, "2020-01-01", "FR", "Paris", ip(0))}},
		{Article: "y", Published: "2020-01-02", Incidents: []dossier.Incident{plot}},
	}
	if fs := Fuse(rs); len(fs) != 2 {
		t.Errorf("got %d incidents, want 2: a foiled plot is not the attack of the same day", len(fs))
	}
}

// TestFuseSmallTownWeek: two reports of a killing in one small town two
// days apart, the second a follow-up with no count, are one incident; the
// same two reports in Chicago are not enough to join.
func TestFuseSmallTownWeek(t *testing.T) {
	for _, tc := range []struct {
		city, region string
		want         int
	}{
		{"Auburn", "Washington", 1},
		{"Chicago", "Illinois", 2},
	} {
		first := inc(true, "2016-10-07", "US", tc.city, ip(1))
		later := inc(true, "2016-10-09", "US", tc.city, nil)
		first.Region, later.Region = tc.region, tc.region
		rs := []*Report{
			{Article: "x", Published: "2016-10-07", Incidents: []dossier.Incident{first}},
			{Article: "y", Published: "2016-10-09", Incidents: []dossier.Incident{later}},
		}
		if fs := Fuse(rs); len(fs) != tc.want {
			t.Errorf("%s: got %d incidents, want %d", tc.city, len(fs), tc.want)
		}
	}
}

// TestFuseBigCityDay: in a big city, reports of the same day with one
// dead each are separate shootings unless something of their own ties them
// (a victim's name); in a small town the same day is enough.
func TestFuseBigCityDay(t *testing.T) {
	for _, tc := range []struct {
		name, city   string
		textA, textB string
		want         int
	}{
		{"big city, different victims", "Chicago",
			"Marcus Bell was shot dead on the porch", "Dana Whitfield was killed in a car", 2},
		{"big city, same victim", "Chicago",
			"Marcus Bell was shot dead on the porch", "Family mourns Marcus Bell", 1},
		{"small town, different words", "Auburn",
			"Marcus Bell was shot dead on the porch", "Dana Whitfield was killed in a car", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rs []*Report
			for i, text := range []string{tc.textA, tc.textB} {
				in := inc(true, "2016-10-07", "US", tc.city, ip(1))
				in.Region = map[string]string{"Chicago": "Illinois", "Auburn": "Washington"}[tc.city]
				rs = append(rs, &Report{Article: string(rune('x' + i)), Published: "2016-10-08",
					Incidents: []dossier.Incident{in}, Names: Names("", text)})
			}
			// The names must be rare in a corpus of more than these two.
			for i := range 3 {
				other := inc(true, "2015-01-01", "US", "Boston", ip(0))
				rs = append(rs, &Report{Article: "o" + string(rune('0'+i)), Published: "2015-01-02",
					Incidents: []dossier.Incident{other}, Names: Names("", "Marcus Bell and Dana Whitfield were there")})
			}
			n := 0
			for _, f := range Fuse(rs) {
				if f.City == tc.city {
					n++
				}
			}
			if n != tc.want {
				t.Errorf("got %d incidents in %s, want %d", n, tc.city, tc.want)
			}
		})
	}
}

func TestTitleWords(t *testing.T) {
	a := titleWords("Third person pleads in deadly Elmwood bar shooting")
	b := titleWords("9-1-1 calls released from fatal Elmwood bar shooting")
	df := map[uint64]int32{}
	for _, h := range append(slices.Clone(a), b...) {
		df[h]++
	}
	// "Elmwood" and "bar" are shared; "shooting", "deadly", "fatal" tell
	// of any shooting and are not kept.
	if n := sharedTitle(a, b, df); n != 2 {
		t.Errorf("shared %d headline words, want 2", n)
	}
	for _, w := range []string{"shooting", "deadly", "fatal", "in"} {
		if slices.Contains(a, titleHash(w)) || slices.Contains(b, titleHash(w)) {
			t.Errorf("%q kept as a headline word", w)
		}
	}
	// An age keeps its number: "11-year-old" is rarer than "year-old";
	// a bare number is not a word.
	c := titleWords("11-year-old wounded, stepfather killed in 3 shootings")
	if !slices.Contains(c, titleHash("11-year-old")) || slices.Contains(c, titleHash("year-old")) {
		t.Errorf("an age is not kept whole: %v", c)
	}
	// A word in more than maxNameDF headlines ties nothing.
	df[titleHash("bar")] = maxNameDF + 1
	if n := sharedTitle(a, b, df); n != 1 {
		t.Errorf("shared %d rare headline words, want 1", n)
	}
}

// TestPlaceScoreNamedCity: a report placed nowhere whose text names the
// other report's town is evidence of the same place; one that does not is
// no evidence either way.
func TestPlaceScoreNamedCity(t *testing.T) {
	placed := Key{Country: "US", Region: "California", City: "alturas", CityName: nameHash("alturas", "")}
	for _, tc := range []struct {
		title string
		want  float64
	}{
		{"Alturas shooting victims identified", namedCity},
		{"Shooting victims identified", 0},
	} {
		bare := Key{Names: Names(tc.title, "")}
		if got := placeScore(&bare, &placed); got != tc.want {
			t.Errorf("%q: place score %v, want %v", tc.title, got, tc.want)
		}
		if got := placeScore(&placed, &bare); got != tc.want {
			t.Errorf("%q (swapped): place score %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestFuseWoundedWhoDied: a victim reported wounded and then dead is not
// also counted wounded; a wounded count that no later death explains
// stands against a zero no text wrote.
func TestFuseWoundedWhoDied(t *testing.T) {
	wounded := func(date string) dossier.Incident {
		in := inc(true, date, "US", "Elmwood", ip(0))
		in.Injured = ip(1)
		in.Figures = append(in.Figures, dossier.Figure{Kind: "injured", Value: 1, Qualifier: "exact"})
		return in
	}
	dead := func(date string, killed int) dossier.Incident {
		in := inc(true, date, "US", "Elmwood", ip(killed))
		in.Injured = ip(0) // inferred: no injured figure
		return in
	}
	names := "Jordan Whitlock was shot on Elm Street"
	for _, tc := range []struct {
		name          string
		first, second dossier.Incident
		pub2          string
		killed, inj   int
	}{
		{"died the next day", wounded("2016-05-01"), dead("2016-05-01", 1), "2016-05-03", 1, 0},
		{"died the same day", wounded("2016-05-01"), dead("2016-05-01", 1), "2016-05-02", 1, 0},
		{"another dead, the wounded still alive", wounded("2016-05-01"), dead("2016-05-01", 0), "2016-05-03", 0, 1},
	} {
		rs := []*Report{
			{Article: "x", Published: "2016-05-02", Incidents: []dossier.Incident{tc.first}, Names: Names("", names)},
			{Article: "y", Published: tc.pub2, Incidents: []dossier.Incident{tc.second}, Names: Names("", names)},
		}
		fs := Fuse(rs)
		if len(fs) != 1 {
			t.Fatalf("%s: got %d incidents, want 1", tc.name, len(fs))
		}
		f := fs[0]
		if f.Killed == nil || *f.Killed != tc.killed || f.Injured == nil || *f.Injured != tc.inj {
			t.Errorf("%s: killed %v injured %v, want %d and %d", tc.name, f.Killed, f.Injured, tc.killed, tc.inj)
		}
	}
}
