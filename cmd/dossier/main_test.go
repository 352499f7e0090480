package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs one command line in-process and returns its exit status,
// stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// writeFile writes b to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"nonsense"}, 2},
		{[]string{"--help"}, 0},
		{[]string{"ingest"}, 2},
		{[]string{"extract", "--format", "xml", "x"}, 2},
		{[]string{"search", "--db", filepath.Join(t.TempDir(), "x.db")}, 2},
		{[]string{"eval"}, 2},
		{[]string{"ingest", "--no-such-flag", "x"}, 2},
	} {
		t.Run(strings.Join(tc.args, "_"), func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tc.code, stderr)
			}
		})
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, out, stderr := runCLI(t, "ingest", "--db", db, "testdata/batch")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "read 3, stored 2, duplicates 1, failed 0") {
		t.Fatalf("summary: %s", stderr)
	}
	if !strings.Contains(out, "Bridge closed after blast") || !strings.Contains(out, "Gunmen attack checkpoint") {
		t.Fatalf("stored listing: %s", out)
	}
	// Flags after the sources work too.
	code, _, stderr = runCLI(t, "ingest", "testdata/batch", "--db", db)
	if code != 0 || !strings.Contains(stderr, "read 3, stored 0, duplicates 3, failed 0") {
		t.Fatalf("second ingest: exit %d: %s", code, stderr)
	}
	code, out, stderr = runCLI(t, "search", "--db", db, "checkpoint")
	if code != 0 || !strings.Contains(out, "Gunmen attack checkpoint") || strings.Contains(out, "Bridge closed") {
		t.Fatalf("search: exit %d: %s %s", code, out, stderr)
	}
}

func TestBadSourcesFailAloneAndNameTheSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string { return writeFile(t, dir, name, b) }
	png := write("image.html", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0, 1, 2}, 300)...))
	empty := write("empty.txt", nil)
	missing := filepath.Join(dir, "missing.html")
	db := filepath.Join(t.TempDir(), "t.db")
	code, out, stderr := runCLI(t, "ingest", "--db", db, png, "testdata/batch/a-html.html", empty, missing)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", code, stderr)
	}
	for _, name := range []string{png, empty, missing} {
		if !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	if !strings.Contains(out, "Bridge closed after blast") {
		t.Fatalf("the good article was not stored: %s", out)
	}
	if !strings.Contains(stderr, "read 4, stored 1, duplicates 0, failed 3") {
		t.Fatalf("summary: %s", stderr)
	}
}

func TestExtractJSON(t *testing.T) {
	code, out, stderr := runCLI(t, "extract", "testdata/batch/a-html.html", "testdata/batch/b-text.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2", len(lines))
	}
	var recs []map[string]any
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		recs = append(recs, m)
	}
	for _, tc := range []struct {
		rec       map[string]any
		id, title string
		published string
		inText    string
		notInText string
		// the main incident: "date attack_type killed injured"
		incident string
	}{
		{recs[0], "a-html", "Bridge closed after blast in Northport", "2023-06-14", "eastern span", "All rights reserved",
			"2023-06-14 bombing 0 4"},
		{recs[1], "b-text", "Gunmen attack checkpoint outside Valdera", "2023-06-15", "pickup truck", "Share on Facebook",
			"2023-06-15 armed_assault 2 3"},
	} {
		if tc.rec["id"] != tc.id {
			t.Errorf("id %v, want %s", tc.rec["id"], tc.id)
		}
		if tc.rec["title"] != tc.title {
			t.Errorf("%s: title %q, want %q", tc.id, tc.rec["title"], tc.title)
		}
		if tc.rec["published"] != tc.published {
			t.Errorf("%s: published %v, want %s", tc.id, tc.rec["published"], tc.published)
		}
		text, _ := tc.rec["text"].(string)
		if !strings.Contains(text, tc.inText) || strings.Contains(text, tc.notInText) {
			t.Errorf("%s: text %q", tc.id, text)
		}
		inc, ok := tc.rec["incidents"].([]any)
		if !ok || len(inc) != 1 {
			t.Errorf("%s: incidents %v, want the main one", tc.id, tc.rec["incidents"])
			continue
		}
		m := inc[0].(map[string]any)
		types, _ := m["attack_types"].([]any)
		got := fmt.Sprintf("%v %v %v %v", m["date"], types, m["killed"], m["injured"])
		want := strings.Fields(tc.incident)
		if m["main"] != true || got != fmt.Sprintf("%s [%s] %s %s", want[0], want[1], want[2], want[3]) {
			t.Errorf("%s: main incident %s, want %s", tc.id, got, tc.incident)
		}
	}
}

func TestMoreBadInputAtTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string { return writeFile(t, dir, name, b) }
	good := "Gunmen attacked a bus depot outside Eastbrook on Monday night, killing one guard and wounding two drivers, the provincial police chief said on Tuesday morning."
	jsonl := write("records.jsonl", []byte(
		`{"id":"r1","title":"Depot attack","text":"`+good+`"}`+"\n"+
			`{"id":"r2","title":broken}`+"\n"+
			`{"id":"r3","title":"Second report","text":"`+strings.Replace(good, "Monday", "Sunday", 1)+`"}`+"\n"))
	badUTF8 := write("latin.txt", []byte(good+"\n\nThe depot (café side, near the crèche) reopened on Wednesday \xff after repairs to the gate and the fence around the yard were finished.\n"))
	truncated := write("cut.html.gz", []byte{0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0xff, 0x01, 0x02})

	db := filepath.Join(t.TempDir(), "t.db")
	code, _, stderr := runCLI(t, "ingest", "--quiet", "--db", db, jsonl, badUTF8, truncated)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{
		jsonl + ":2",                          // the broken line, by line number
		truncated,                             // the truncated gzip, by name
		"warning: " + badUTF8 + ": 1 invalid", // replaced bytes are reported, the article kept
		"read 5, stored 3, duplicates 0, failed 2",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// TestIncidents ingests three reports of one attack, one of them a
// syndicated copy of another, and reads the fused incident back in every
// format and through the filters.
func TestIncidents(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, _, stderr := runCLI(t, "ingest", "--quiet", "--db", db, "testdata/fusion")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "into 1 incidents (1 copies") {
		t.Errorf("ingest summary: %s", stderr)
	}
	code, out, stderr := runCLI(t, "incidents", "--db", db)
	if code != 0 {
		t.Fatalf("incidents: exit %d: %s", code, stderr)
	}
	var incs []struct {
		ID          string `json:"id"`
		Date        string `json:"date"`
		Killed      *int   `json:"killed"`
		Injured     *int   `json:"injured"`
		KilledRange []int  `json:"killed_range"`
		Witnesses   int    `json:"witnesses"`
		Sources     []struct {
			Article string `json:"article"`
			CopyOf  string `json:"copy_of"`
		} `json:"sources"`
		Figures []struct {
			Article string `json:"article"`
			Text    string `json:"text"`
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out), &incs); err != nil {
		t.Fatalf("incidents json: %v\n%s", err, out)
	}
	if len(incs) != 1 {
		t.Fatalf("got %d incidents, want 1:\n%s", len(incs), out)
	}
	in := incs[0]
	if in.Date != "2023-06-15" || in.Killed == nil || *in.Killed != 2 || in.Injured == nil || *in.Injured != 3 {
		t.Errorf("incident %+v, want 2023-06-15, 2 killed, 3 injured", in)
	}
	if len(in.Sources) != 3 || in.Witnesses != 2 {
		t.Errorf("%d sources and %d witnesses, want 3 and 2", len(in.Sources), in.Witnesses)
	}
	for _, s := range in.Sources {
		want := ""
		if s.Article == "copy" {
			want = "orig"
		}
		if s.CopyOf != want {
			t.Errorf("source %s: copy_of %q, want %q", s.Article, s.CopyOf, want)
		}
	}
	for _, f := range in.Figures {
		if f.Article == "" || f.Text == "" {
			t.Errorf("figure without its article or sentence: %+v", f)
		}
	}

	for _, tc := range []struct {
		args []string
		want string // in the output
		none bool   // no incident selected
	}{
		{[]string{"--format", "csv"}, "eventid,iyear,imonth,iday,country_txt", false},
		{[]string{"--format", "geojson"}, `"FeatureCollection"`, false},
		{[]string{"--format", "md"}, "Figures as they moved", false},
		{[]string{"--since", "2023-06"}, in.ID, false},
		{[]string{"--until", "2023-06-14"}, "[]", true},
		{[]string{"--min-killed", "3"}, "[]", true},
		{[]string{"--q", "Valdera"}, in.ID, false},
		{[]string{"--country", "ZZ"}, "[]", true},
		{[]string{"--q", "Kabul"}, "[]", true},
		{[]string{"--group", "Taliban"}, "[]", true},
	} {
		code, out, stderr := runCLI(t, append([]string{"incidents", "--db", db}, tc.args...)...)
		if code != 0 || !strings.Contains(out, tc.want) {
			t.Errorf("incidents %v: exit %d, output lacks %q: %s%s", tc.args, code, tc.want, out, stderr)
		}
		if tc.none && strings.Contains(out, in.ID) {
			t.Errorf("incidents %v selected %s", tc.args, in.ID)
		}
	}
	if code, out, stderr := runCLI(t, "search", "--db", db, "Valdera"); code != 0 || !strings.Contains(out, in.ID) || !strings.Contains(stderr, "1 incidents, 3 articles") {
		t.Errorf("search: exit %d, want the incident and the three articles: %s%s", code, out, stderr)
	}
	// Incremental: fusing again rebuilds nothing; one more article on
	// another incident writes that incident alone.
	if code, _, stderr := runCLI(t, "fuse", "--db", db); code != 0 || !strings.Contains(stderr, "1 copies; 0 written, 0 removed") {
		t.Errorf("fuse again: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "ingest", "--quiet", "--db", db, "testdata/batch/a-html.html"); code != 0 || !strings.Contains(stderr, "into 2 incidents (1 copies; 1 written, 0 removed)") {
		t.Errorf("ingest one more: exit %d: %s", code, stderr)
	}
	for _, bad := range [][]string{{"--format", "xml"}, {"--since", "June"}, {"--min-killed", "-1"}} {
		if code, _, _ := runCLI(t, append([]string{"incidents", "--db", db}, bad...)...); code != 2 {
			t.Errorf("incidents %v: exit %d, want 2", bad, code)
		}
	}
}
