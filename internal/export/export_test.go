package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func ptr[T any](v T) *T { return &v }

// crocus is a Crocus-like incident told by three sources, one a copy, whose
// killed figure moved from 130 to 133 to 137. Its figures are not in order
// of publication.
func crocus() dossier.Fused {
	return dossier.Fused{
		ID:    "inc-crocus",
		Title: "Gunmen storm Crocus City Hall concert venue near Moscow",
		Date:  "2024-03-22", Country: "RU", Region: "Moscow Oblast", City: "Krasnogorsk",
		Place: "Crocus City Hall", Lat: ptr(55.82), Lon: ptr(37.39),
		AttackTypes: []string{dossier.ArmedAssault, dossier.FacilityAttack},
		Weapons:     []string{"firearms", "incendiary"},
		Targets:     []string{"civilians", "business"},
		Perpetrators: []dossier.Perpetrator{{
			Name: "Islamic State Khorasan Province", Aliases: []string{"ISIS-K", "ISKP"},
			Parent: "Islamic State", Role: dossier.RoleClaimed,
		}},
		Killed: ptr(137), KilledRange: &[2]int{130, 137},
		Conflicts: []string{"killed 130 (TASS) vs 133 (Reuters) on 2024-03-23"},
		Figures: []dossier.SourcedFigure{
			{Figure: dossier.Figure{Kind: "killed", Value: 137, Qualifier: "exact", By: "Investigative Committee", Sentence: 1},
				Article: "a3", Publisher: "The Moscow Times", Published: "2024-03-24",
				Text: "The death toll rose to 137, the Investigative Committee said."},
			{Figure: dossier.Figure{Kind: "killed", Value: 133, Qualifier: "at_least", Sentence: 0},
				Article: "a1", Publisher: "Reuters", Published: "2024-03-23",
				Text: "At least 133 people were killed when gunmen opened fire at Crocus City Hall."},
			{Figure: dossier.Figure{Kind: "killed", Value: 130, Qualifier: "exact", By: "TASS", Sentence: 2},
				Article: "a2", Publisher: "TASS", Published: "2024-03-22",
				Text: "130 people died in Krasnogorsk, TASS reported."},
		},
		Evidence: []dossier.Evidence{
			{Article: "a1", Sentence: 0, Text: "At least 133 people were killed when gunmen opened fire at Crocus City Hall."},
			{Article: "a1", Sentence: 3, Text: "Islamic State Khorasan Province claimed the attack."},
		},
		Sources: []dossier.Source{
			{Article: "a1", URL: "https://www.reuters.com/world/europe/crocus-2024-03-23/", Title: "Gunmen kill 133 at Moscow concert hall",
				Publisher: "Reuters", Published: "2024-03-23", Main: true},
			{Article: "a2", URL: "https://tass.com/emergencies/1764567", Title: "Death toll in Crocus attack reaches 130",
				Publisher: "TASS", Published: "2024-03-22", Main: true},
			{Article: "a3", URL: "https://www.themoscowtimes.com/2024/03/24/crocus", Title: "Gunmen kill 133 at Moscow concert hall",
				Publisher: "The Moscow Times", Published: "2024-03-24", SyndicatedFrom: "Reuters", CopyOf: "a1", Main: true},
		},
		Quotes: []dossier.SourcedQuote{{
			Quote:   dossier.Quote{Speaker: "Vladimir Putin", Affiliation: "President of Russia", Text: "All the perpetrators will be punished.", Direct: true, Sentence: 5},
			Article: "a1",
		}},
		Witnesses: 2,
		Related:   []string{"inc-2024-03-07-moscow-plot"},
	}
}

// noCoords is a bombing known to its month, without coordinates, group or
// death toll.
func noCoords() dossier.Fused {
	return dossier.Fused{
		ID: "inc-market", Title: "Blast at a market", Date: "2024-03", Country: "SO", City: "Mogadishu",
		AttackTypes: []string{dossier.Bombing}, Weapons: []string{"explosives"}, Targets: []string{"business"},
		Injured: ptr(5), InjuredRange: &[2]int{5, 5},
		Figures: []dossier.SourcedFigure{{Figure: dossier.Figure{Kind: "injured", Value: 5, Qualifier: "exact"},
			Article: "b1", Publisher: "VOA", Published: "2024-03-15", Text: "Five people were wounded."}},
		Sources:   []dossier.Source{{Article: "b1", URL: "http://voanews.com/a/blast", Title: "Blast at a market", Publisher: "VOA", Published: "2024-03-15", Main: true}},
		Witnesses: 1,
	}
}

// Strings of a hostile article.
const (
	evilTitle    = "<script>alert(1)</script> | [x](javascript:alert(1)) `code` *b* _i_"
	evilSentence = "He said | <img src=x onerror=alert(1)> [y](javascript:alert(2))\n\n| a | b |\n<script>alert(3)</script>"
)

// hostile is an incident whose every string is an attempt at injection.
func hostile() dossier.Fused {
	return dossier.Fused{
		ID: "inc-evil", Title: evilTitle, Date: "2024", Country: "XX",
		Region: "Region|with|pipes", City: "=cmd|' /C calc'!A0", Place: "# Heading\n- item",
		Lat: ptr(1.5), Lon: ptr(-2.25),
		AttackTypes:  []string{"<b>new_type</b>"},
		Perpetrators: []dossier.Perpetrator{{Name: `=HYPERLINK("http://evil","x")`, Aliases: []string{"[a](javascript:alert(4))"}, Role: "suspected"}},
		Killed:       ptr(1),
		Conflicts:    []string{"<script>x</script> | y"},
		Figures: []dossier.SourcedFigure{{Figure: dossier.Figure{Kind: "killed", Value: 1, Qualifier: "exact", By: "<i>police</i> | x"},
			Article: "e1", Publisher: "Evil | News", Published: "2024-01-01", Text: evilSentence}},
		Evidence: []dossier.Evidence{{Article: "e1", Text: evilSentence}},
		Sources: []dossier.Source{
			{Article: "e1", URL: "javascript:alert(1)", Title: evilTitle, Publisher: "Evil | News", Published: "2024-01-01", Main: true},
			{Article: "e2", URL: "data:text/html,<script>alert(1)</script>", Title: "data", Publisher: "<b>x</b>", Main: true},
			{Article: "e3", URL: "https://example.com/a|b<c> d", Title: "ok", Publisher: "1. Numbered", CopyOf: "e1"},
		},
		Quotes:  []dossier.SourcedQuote{{Quote: dossier.Quote{Speaker: "<script>s</script>", Text: evilSentence}, Article: "e1"}},
		Related: []string{"[z](javascript:alert(5))"},
	}
}

func all() []dossier.Fused { return []dossier.Fused{crocus(), noCoords(), hostile()} }

func write(t *testing.T, format string, incs []dossier.Fused) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, incs); err != nil {
		t.Fatalf("Write(%q): %v", format, err)
	}
	return b.String()
}

func TestWrite(t *testing.T) {
	for _, tc := range []struct {
		format  string
		incs    []dossier.Fused
		wantErr string
	}{
		{format: "json", incs: all()},
		{format: "csv", incs: all()},
		{format: "geojson", incs: all()},
		{format: "md", incs: all()},
		{format: "json"},
		{format: "csv"},
		{format: "geojson"},
		{format: "md"},
		{format: "xml", incs: all(), wantErr: `"xml"`},
		{format: "", wantErr: `""`},
		{format: "JSON", wantErr: `"JSON"`},
	} {
		var b bytes.Buffer
		err := Write(&b, tc.format, tc.incs)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("Write(%q): %v", tc.format, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("Write(%q) = %v, want an error naming %s", tc.format, err, tc.wantErr)
		case tc.wantErr == "" && b.Len() == 0:
			t.Errorf("Write(%q) wrote nothing", tc.format)
		}
	}
	for _, f := range Formats {
		if err := Write(&bytes.Buffer{}, f, all()); err != nil {
			t.Errorf("Formats lists %q but Write fails: %v", f, err)
		}
	}
}

func TestJSON(t *testing.T) {
	for _, incs := range [][]dossier.Fused{nil, {}} {
		if got := write(t, "json", incs); got != "[]\n" {
			t.Errorf("JSON(%#v) = %q, want []", incs, got)
		}
	}
	out := write(t, "json", all())
	if !strings.HasPrefix(out, "[\n  {\n    \"id\": \"inc-crocus\"") {
		t.Errorf("not a JSON array indented by two spaces:\n%.80s", out)
	}
	if strings.Contains(out, "<script") {
		t.Error("JSON holds a raw <script")
	}
	var back []dossier.Fused
	if err := json.Unmarshal([]byte(out), &back); err != nil {
		t.Fatal(err)
	}
	if len(back) != 3 {
		t.Fatalf("%d incidents back, want 3", len(back))
	}
	for i, want := range all() {
		got := back[i]
		for _, c := range []struct {
			name      string
			got, want any
		}{
			{"id", got.ID, want.ID},
			{"title", got.Title, want.Title},
			{"date", got.Date, want.Date},
			{"country", got.Country, want.Country},
			{"lat", got.Lat, want.Lat},
			{"killed", got.Killed, want.Killed},
			{"killed_range", got.KilledRange, want.KilledRange},
			{"perpetrators", got.Perpetrators, want.Perpetrators},
			{"sources", got.Sources, want.Sources},
			{"figures", got.Figures, want.Figures},
			{"quotes", got.Quotes, want.Quotes},
		} {
			if c.name == "perpetrators" && len(want.Perpetrators) == 0 {
				c.want = []dossier.Perpetrator{}
			}
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s: %s = %v after the round trip, want %v", want.ID, c.name, c.got, c.want)
			}
		}
	}
}

func TestCSV(t *testing.T) {
	out := write(t, "csv", all())
	if first, _, _ := strings.Cut(out, "\n"); first != "eventid,iyear,imonth,iday,country_txt,provstate,city,latitude,longitude,attacktype1_txt,weaptype1_txt,targtype1_txt,gname,claimed,nkill,nwound,summary,scite1,scite2,scite3" {
		t.Errorf("header = %q", first)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and 3", len(rows))
	}
	if !slices.Equal(rows[0], CSVHeader) {
		t.Errorf("header = %v", rows[0])
	}
	col := func(row []string, name string) string { return row[slices.Index(CSVHeader, name)] }
	for _, tc := range []struct {
		row  int
		want map[string]string
	}{
		{1, map[string]string{
			"eventid": "inc-crocus", "iyear": "2024", "imonth": "3", "iday": "22",
			"country_txt": "Russia", "provstate": "Moscow Oblast", "city": "Krasnogorsk",
			"latitude": "55.82", "longitude": "37.39",
			"attacktype1_txt": "Armed Assault", "weaptype1_txt": "Firearms", "targtype1_txt": "Private Citizens & Property",
			"gname": "Islamic State Khorasan Province", "claimed": "1", "nkill": "137", "nwound": "",
			"summary": "2024-03-22: armed assault and facility attack in Krasnogorsk, Moscow Oblast, RU; 137 killed; claimed by Islamic State Khorasan Province. Crocus City Hall.",
			"scite1":  `Reuters, "Gunmen kill 133 at Moscow concert hall", 2024-03-23, https://www.reuters.com/world/europe/crocus-2024-03-23/`,
			"scite2":  `TASS, "Death toll in Crocus attack reaches 130", 2024-03-22, https://tass.com/emergencies/1764567`,
			"scite3":  `The Moscow Times, "Gunmen kill 133 at Moscow concert hall", 2024-03-24, https://www.themoscowtimes.com/2024/03/24/crocus`,
		}},
		{2, map[string]string{
			"eventid": "inc-market", "iyear": "2024", "imonth": "3", "iday": "0",
			"country_txt": "Somalia", "provstate": "", "city": "Mogadishu", "latitude": "", "longitude": "",
			"attacktype1_txt": "Bombing/Explosion", "weaptype1_txt": "Explosives", "targtype1_txt": "Business",
			"gname": "Unknown", "claimed": "0", "nkill": "", "nwound": "5",
			"summary": "2024-03: bombing in Mogadishu, SO; 5 injured.",
			"scite1":  `VOA, "Blast at a market", 2024-03-15, http://voanews.com/a/blast`, "scite2": "", "scite3": "",
		}},
		{3, map[string]string{
			"iyear": "2024", "imonth": "0", "iday": "0", "country_txt": "XX",
			"city": "'=cmd|' /C calc'!A0", "latitude": "1.5", "longitude": "-2.25",
			"attacktype1_txt": "<b>new_type</b>", "weaptype1_txt": "Unknown", "targtype1_txt": "Unknown",
			"gname": `'=HYPERLINK("http://evil","x")`, "claimed": "0", "nkill": "1",
			"scite1": `Evil | News, "` + evilTitle + `", 2024-01-01`,
			"scite2": `<b>x</b>, "data"`,
			"scite3": `'1. Numbered, "ok", https://example.com/a%7Cb%3Cc%3E%20d`[1:],
		}},
	} {
		for name, want := range tc.want {
			if got := col(rows[tc.row], name); got != want {
				t.Errorf("row %d %s = %q, want %q", tc.row, name, got, want)
			}
		}
	}
	for _, row := range rows {
		for _, c := range row {
			if strings.ContainsAny(c, "\r\n") {
				t.Errorf("cell %q spans lines", c)
			}
			if strings.Contains(c, "javascript:") && !strings.Contains(c, "[x](javascript:alert(1))") {
				t.Errorf("cell %q holds a javascript: URL", c)
			}
		}
	}
	if got := write(t, "csv", nil); got != strings.Join(CSVHeader, ",")+"\n" {
		t.Errorf("CSV(nil) = %q, want the header alone", got)
	}
}

func TestDateParts(t *testing.T) {
	for _, tc := range []struct{ date, y, m, d string }{
		{"2024-03-22", "2024", "3", "22"},
		{"2024-03", "2024", "3", "0"},
		{"2024", "2024", "0", "0"},
		{"", "", "0", "0"},
		{"2024-13", "2024", "0", "0"},
		{"soon", "", "0", "0"},
	} {
		y, m, d := dateParts(tc.date)
		if y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("dateParts(%q) = %s, %s, %s; want %s, %s, %s", tc.date, y, m, d, tc.y, tc.m, tc.d)
		}
	}
}

func TestGeoJSON(t *testing.T) {
	type geo struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string           `json:"type"`
			ID       string           `json:"id"`
			Geometry *json.RawMessage `json:"geometry"`
			Props    map[string]any   `json:"properties"`
		} `json:"features"`
	}
	var empty geo
	if err := json.Unmarshal([]byte(write(t, "geojson", nil)), &empty); err != nil {
		t.Fatal(err)
	}
	if empty.Type != "FeatureCollection" || empty.Features == nil || len(empty.Features) != 0 {
		t.Errorf("no incidents: %+v, want an empty FeatureCollection", empty)
	}

	out := write(t, "geojson", all())
	var g geo
	if err := json.Unmarshal([]byte(out), &g); err != nil {
		t.Fatal(err)
	}
	if g.Type != "FeatureCollection" || len(g.Features) != 3 {
		t.Fatalf("type %q with %d features, want a FeatureCollection of 3", g.Type, len(g.Features))
	}
	var raw map[string][]map[string]any
	json.Unmarshal([]byte(out), &raw)
	for i, tc := range []struct {
		id       string
		geometry string // JSON
		props    map[string]any
	}{
		{"inc-crocus", `{"type":"Point","coordinates":[37.39,55.82]}`, map[string]any{
			"id": "inc-crocus", "title": crocus().Title, "date": "2024-03-22", "country": "RU",
			"country_name": "Russia", "region": "Moscow Oblast", "city": "Krasnogorsk", "place": "Crocus City Hall",
			"attack_types": []any{"armed_assault", "facility_attack"}, "perpetrators": []any{"Islamic State Khorasan Province"},
			"killed": 137.0, "injured": nil, "killed_range": []any{130.0, 137.0}, "injured_range": nil,
			"sources": 3.0, "witnesses": 2.0,
		}},
		{"inc-market", `null`, map[string]any{
			"date": "2024-03", "region": nil, "place": nil, "perpetrators": []any{},
			"killed": nil, "injured": 5.0, "injured_range": []any{5.0, 5.0}, "sources": 1.0,
		}},
		{"inc-evil", `{"type":"Point","coordinates":[-2.25,1.5]}`, map[string]any{"title": evilTitle}},
	} {
		f := g.Features[i]
		if f.Type != "Feature" || f.ID != tc.id {
			t.Errorf("feature %d: type %q id %q", i, f.Type, f.ID)
		}
		if _, ok := raw["features"][i]["geometry"]; !ok {
			t.Errorf("%s: no geometry member", tc.id)
		}
		var got, want any
		if f.Geometry != nil {
			json.Unmarshal(*f.Geometry, &got)
		}
		json.Unmarshal([]byte(tc.geometry), &want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: geometry %v, want %v", tc.id, got, want)
		}
		for k, want := range tc.props {
			if got, ok := f.Props[k]; !ok || !reflect.DeepEqual(got, want) {
				t.Errorf("%s: properties.%s = %#v, want %#v", tc.id, k, got, want)
			}
		}
	}
}

// pipes counts the unescaped | of a Markdown line.
func pipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

// checkTables reports a table row whose cells are not as many as its header's.
func checkTables(t *testing.T, md string) {
	t.Helper()
	want := 0
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			want = 0
			continue
		}
		if want == 0 {
			want = pipes(line)
		} else if got := pipes(line); got != want {
			t.Errorf("table row with %d pipes, want %d: %s", got, want, line)
		}
	}
}

func TestMarkdown(t *testing.T) {
	if got := write(t, "md", nil); !strings.Contains(got, "No incidents.") {
		t.Errorf("Markdown(nil) = %q", got)
	}
	for _, tc := range []struct {
		name  string
		inc   dossier.Fused
		want  []string // in this order
		never []string
	}{
		{"crocus", crocus(), []string{
			"## Gunmen storm Crocus City Hall concert venue near Moscow (2024-03-22, Crocus City Hall, Krasnogorsk, Moscow Oblast, Russia)",
			"| Date | 2024-03-22 | [1][2][3] |",
			"| Place | Crocus City Hall, Krasnogorsk, Moscow Oblast, Russia (RU); 55.82, 37.39 | [1][2] |",
			"| Attack type | Armed Assault; Facility/Infrastructure Attack |",
			"| Weapons | Firearms; Incendiary |",
			"| Targets | Private Citizens & Property; Business |",
			"| Perpetrator | Islamic State Khorasan Province (ISIS-K, ISKP), part of Islamic State: claimed | [1] |",
			"| Killed | 137 (reports range 130–137) | [3] |",
			"| Injured | unknown |  |",
			"### Figures as they moved",
			"| 2024-03-22 | TASS | [2] | killed | 130 | exact | TASS | “130 people died in Krasnogorsk, TASS reported.” |",
			"| 2024-03-23 | Reuters | [1] | killed | 133 | at\\_least | not said |",
			"| 2024-03-24 | The Moscow Times | [3] | killed | 137 | exact | Investigative Committee |",
			"### Conflicts",
			"### Quotes",
			"- **Vladimir Putin**, President of Russia: “All the perpetrators will be punished.” [1]",
			"### Sources",
			"1. Reuters, “Gunmen kill 133 at Moscow concert hall”, 2024-03-23, <https://www.reuters.com/world/europe/crocus-2024-03-23/>",
			"2. TASS, “Death toll in Crocus attack reaches 130”, 2024-03-22, <https://tass.com/emergencies/1764567>",
			"3. The Moscow Times, “Gunmen kill 133 at Moscow concert hall”, 2024-03-24, <https://www.themoscowtimes.com/2024/03/24/crocus>; copy of [1]; syndicated from Reuters",
			"### Related incidents",
			"- inc-2024-03-07-moscow-plot",
		}, nil},
		{"no coordinates", noCoords(), []string{
			"## Blast at a market (2024-03, Mogadishu, Somalia)",
			"| Place | Mogadishu, Somalia (SO) |",
			"| Perpetrators | unknown |  |",
			"| Killed | unknown |  |",
			"| Injured | 5 (every report: 5) | [1] |",
			"| Reports | 1 source, 1 independent |  |",
			"1. VOA, “Blast at a market”, 2024-03-15, <http://voanews.com/a/blast>",
		}, []string{"### Quotes", "### Conflicts", "### Related"}},
		{"hostile", hostile(), []string{
			"## &lt;script&gt;alert(1)&lt;/script&gt; \\| \\[x\\]\\(javascript:alert(1)) \\`code\\` \\*b\\* \\_i\\_",
			"| Place | \\# Heading - item, =cmd\\|' /C calc'!A0, Region\\|with\\|pipes, XX (XX); 1.5, -2.25 |",
			"| Perpetrator | \\=HYPERLINK(\"http://evil\",\"x\") (\\[a\\]\\(javascript:alert(4))): suspected |",
			"| Reports | 3 sources |  |",
			"1. Evil \\| News, “&lt;script&gt;",
			"URL not shown (not http or https)",
			"3. 1\\. Numbered, “ok”, date unknown, <https://example.com/a%7Cb%3Cc%3E%20d>; copy of [1]; mentions the incident in passing",
			"- \\[z\\]\\(javascript:alert(5))",
		}, []string{"<script", "<img", "<b>", "<i>", "](javascript:", "](", "\n- item", "\n# Heading", "data:text"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := write(t, "md", []dossier.Fused{tc.inc})
			at := 0
			for _, w := range tc.want {
				i := strings.Index(md[at:], w)
				if i < 0 {
					t.Errorf("missing, or out of order: %s", w)
					continue
				}
				at += i + len(w)
			}
			for _, n := range tc.never {
				if strings.Contains(md, n) {
					t.Errorf("holds %q", n)
				}
			}
			for i, c := range md {
				if c == '<' && !strings.HasPrefix(md[i:], "<http://") && !strings.HasPrefix(md[i:], "<https://") {
					t.Errorf("a < that opens no http(s) autolink: %.40q", md[i:])
				}
			}
			checkTables(t, md)
			if t.Failed() {
				t.Log(md)
			}
		})
	}
}

func TestEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 2024", "plain text, 2024"},
		{"a|b", `a\|b`},
		{"<script>", "&lt;script&gt;"},
		{"[x](javascript:y)", `\[x\]\(javascript:y)`},
		{"AT&T &amp; &#60;", "AT&amp;T &amp;amp; &amp;#60;"},
		{"fish & chips", "fish & chips"},
		{"line\nbreak\r\n\ttab", "line break tab"},
		{"# h", `\# h`},
		{"- item", `\- item`},
		{"2024. year", `2024\. year`},
		{"ISIS-K", "ISIS-K"},
		{`back\slash`, `back\\slash`},
		{"$x$ ~s~", `\$x\$ \~s\~`},
	} {
		if got := Escape(tc.in); got != tc.want {
			t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"https://example.com/a?b=c#d", "https://example.com/a?b=c#d", true},
		{"HTTP://example.com/", "HTTP://example.com/", true},
		{" https://example.com/a b ", "https://example.com/a%20b", true},
		{"https://example.com/<x>|`\\\"", "https://example.com/%3Cx%3E%7C%60%5C%22", true},
		{"javascript:alert(1)", "", false},
		{"JavaScript://example.com/%0Aalert(1)", "", false},
		{"data:text/html,<script>", "", false},
		{"//example.com/x", "", false},
		{"/relative", "", false},
		{"https:///nohost", "", false},
		{"", "", false},
	} {
		got, ok := safeURL(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("safeURL(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
