package acquire

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func TestJSONL(t *testing.T) {
	const p = "testdata/records.jsonl"
	items := readAll(t, Options{}, p)
	want := []struct {
		src       string
		id        string // "" for a failure
		title     string
		published string
		kind      dossier.Kind
		fail      string
	}{
		{src: p + ":1", id: "j1", title: "Shots fired at checkpoint", published: "2015-09-10", kind: dossier.KindText},
		{src: p + ":3", fail: "invalid JSON at byte"},
		{src: p + ":4", id: "records-4", title: "No id here", kind: dossier.KindText},
		{src: p + ":5", id: "records-5", title: "News-please record", published: "2016-01-02 08:15:00", kind: dossier.KindText},
		{src: p + ":6", id: "42", title: "Numeric id", kind: dossier.KindText},
		{src: p + ":7", fail: "not a JSON object"},
		{src: p + ":8", fail: `record has no "text", "maintext" or "html" field`},
		{src: p + ":9", id: "j8", title: "Empty body", kind: dossier.KindText},
		{src: p + ":10", fail: `field "title": want a string, got an object`},
		{src: p + ":11", id: "j10", title: "HTML in the html field", kind: dossier.KindHTML},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items %v, want %d", len(items), summary(items), len(want))
	}
	for i, w := range want {
		it := items[i]
		if w.fail != "" {
			if it.Err == nil || it.Err.Source != w.src || !strings.Contains(it.Err.Error(), w.src+": "+w.fail) {
				t.Errorf("item %d: got %+v, want failure %q at %s", i, it, w.fail, w.src)
			}
			continue
		}
		if it.Err != nil {
			t.Errorf("item %d: %v", i, it.Err)
			continue
		}
		r := it.Raw
		if r.Source != w.src || r.ID != w.id || r.Title != w.title || r.Published != w.published ||
			r.Kind != w.kind || r.Charset != "utf-8" {
			t.Errorf("item %d: got %+v, want %+v", i, *r, w)
		}
	}
	if r := items[0].Raw; r.URL != "https://news.example.org/j1" || !strings.HasPrefix(r.Body, "Gunmen fired") {
		t.Errorf("first record: %+v", *r)
	}
	if r := items[3].Raw; r.Body != "news-please calls the body maintext and the date date_publish." {
		t.Errorf("maintext: %q", r.Body)
	}
	if r := items[7].Raw; r.Body != "" {
		t.Errorf("whitespace body kept: %q", r.Body)
	}
}

func TestJSONLVariants(t *testing.T) {
	dir := t.TempDir()
	rec := `{"id": "a", "text": "alpha"}`
	long := `{"id": "long", "text": "` + strings.Repeat("x", 300) + `"}`
	full := gz(t, []byte(rec+"\n"+rec+"\n"+rec+"\n"))
	tests := []struct {
		name    string
		content []byte
		opts    Options
		want    []string // summary; "!" + suffix of the failure's source
		fail    string   // the last failure's message contains
	}{
		{"crlf.jsonl", []byte(rec + "\r\n" + `{"id": "b", "text": "beta"}` + "\r\n"), Options{}, []string{"a", "b"}, ""},
		{"bom.jsonl", []byte("\xef\xbb\xbf" + rec + "\n"), Options{}, []string{"a"}, ""},
		{"no-final-newline.jsonl", []byte(rec + "\n" + `{"id": "b", "text": "beta"}`), Options{}, []string{"a", "b"}, ""},
		{"blank-lines.jsonl", []byte("\n\n" + rec + "\n   \n"), Options{}, []string{"a"}, ""},
		{"long-line.jsonl", []byte(rec + "\n" + long + "\n" + rec + "\n"), Options{MaxBytes: 100},
			[]string{"a", "!long-line.jsonl:2", "a"}, "line longer than 100 bytes (cap)"},
		{"zipped.jsonl.gz", full, Options{}, []string{"a", "a", "a"}, ""},
		{"cut.jsonl.gz", full[:len(full)-6], Options{}, []string{"a", "a", "a", "!cut.jsonl.gz"}, "truncated gzip"},
		{"empty.jsonl", nil, Options{}, []string{"!empty.jsonl"}, "empty (no JSON Lines records)"},
		{"not-gzip.jsonl.gz", []byte(rec), Options{}, []string{"!not-gzip.jsonl.gz"}, "not gzip data"},
		{"invalid-utf8.jsonl", []byte(`{"id": "u", "text": "caf` + "\xe9" + `"}`), Options{}, []string{"u"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, dir, tc.name, tc.content)
			items := readAll(t, tc.opts, p)
			got := summary(items)
			for i := range got {
				got[i] = strings.Replace(got[i], dir+string(filepath.Separator), "", 1)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
			if tc.fail != "" {
				last := items[len(items)-1].Err
				for _, it := range items {
					if it.Err != nil {
						last = it.Err
					}
				}
				if !strings.Contains(last.Error(), tc.fail) {
					t.Errorf("failure %q, want %q", last, tc.fail)
				}
			}
		})
	}
}

// TestJSONLHugeLine reads a JSON Lines file with a 20 MB line: it fails
// alone, and the next line is read.
func TestJSONLHugeLine(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"id": "huge", "text": "`)
	b.Write(bytes.Repeat([]byte("y"), 20<<20))
	b.WriteString("\"}\n{\"id\": \"after\", \"text\": \"fine\"}\n")
	p := write(t, t.TempDir(), "huge.jsonl", b.Bytes())
	items := readAll(t, Options{}, p)
	if got := summary(items); !reflect.DeepEqual(got, []string{"!" + p + ":1", "after"}) {
		t.Fatalf("got %v", got)
	}
	if !strings.Contains(items[0].Err.Error(), "line longer than 16777216 bytes (cap)") {
		t.Errorf("failure %v", items[0].Err)
	}
}

func TestReadLine(t *testing.T) {
	in := "short\n" + strings.Repeat("z", 50) + "\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	var lines []string
	var long []bool
	for {
		line, tooLong, err := readLine(br, nil, 20)
		lines = append(lines, string(line))
		long = append(long, tooLong)
		if err != nil {
			break
		}
	}
	if !reflect.DeepEqual(lines, []string{"short\n", "", "last"}) || !reflect.DeepEqual(long, []bool{false, true, false}) {
		t.Errorf("got %q %v", lines, long)
	}
}

func TestJSONLMissing(t *testing.T) {
	p := filepath.Join(t.TempDir(), "gone.jsonl")
	it := readOne(t, Options{}, p)
	if it.Err == nil || it.Err.Error() != p+": no such file or directory" {
		t.Errorf("got %v", it.Err)
	}
	_ = os.Remove(p)
}
