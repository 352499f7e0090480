package acquire

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// readAll runs Read and returns its items; Read's own error fails the test.
func readAll(t testing.TB, opts Options, sources ...string) []Item {
	t.Helper()
	var items []Item
	err := Read(context.Background(), sources, opts, func(it Item) error {
		if (it.Raw == nil) == (it.Err == nil) {
			t.Errorf("item with Raw=%v Err=%v: want exactly one", it.Raw, it.Err)
		}
		if it.Raw != nil && !utf8.ValidString(it.Raw.Body) {
			t.Errorf("%s: body is not valid UTF-8", it.Raw.Source)
		}
		items = append(items, it)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return items
}

// readOne reads one source that must give exactly one item.
func readOne(t testing.TB, opts Options, src string) Item {
	t.Helper()
	items := readAll(t, opts, src)
	if len(items) != 1 {
		t.Fatalf("%s: got %d items (%v), want 1", src, len(items), summary(items))
	}
	return items[0]
}

// summary lists items as "ID" for articles and "!Source" for failures.
func summary(items []Item) []string {
	var out []string
	for _, it := range items {
		if it.Raw != nil {
			out = append(out, it.Raw.ID)
		} else {
			out = append(out, "!"+it.Err.Source)
		}
	}
	return out
}

// write creates a file under dir with content and returns its path.
func write(t testing.TB, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gz compresses b.
func gz(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fixture reads a file of testdata.
func fixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	html := fixture(t, "corpus/a_page.html")
	text := fixture(t, "corpus/b_note.txt")
	tests := []struct {
		name     string // file name in dir, or a testdata path when content is nil
		content  []byte
		id       string
		kind     dossier.Kind
		contains string
	}{
		{"testdata/corpus/a_page.html", nil, "a_page", dossier.KindHTML, "parking lot"},
		{"testdata/corpus/b_note.txt", nil, "b_note", dossier.KindText, "Eastmoor"},
		{"testdata/corpus/c_doc.htm", nil, "c_doc", dossier.KindHTML, "Café owner"},
		{"testdata/corpus/d_saved-page.txt", nil, "d_saved-page", dossier.KindHTML, "Norbridge"},
		{"abc.html.gz", gz(t, html), "abc", dossier.KindHTML, "parking lot"},
		{"000_af3.txt.gz", gz(t, text), "000_af3", dossier.KindText, "Eastmoor"},
		{"UPPER.HTML", html, "UPPER", dossier.KindHTML, "parking lot"},
		{"report.2024.htm", html, "report.2024", dossier.KindHTML, "parking lot"},
		{"gzipped-but-named.html", gz(t, html), "gzipped-but-named", dossier.KindHTML, "parking lot"},
		{"note.md", text, "note", dossier.KindText, "Eastmoor"},       // explicit: sniffed
		{"page.xhtml", html, "page", dossier.KindHTML, "parking lot"}, // explicit: sniffed
		{"bom.txt", append([]byte("\xef\xbb\xbf"), text...), "bom", dossier.KindText, "Fire at"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := tc.name
			if tc.content != nil {
				src = write(t, dir, tc.name, tc.content)
			}
			it := readOne(t, Options{}, src)
			if it.Err != nil {
				t.Fatalf("failure: %v", it.Err)
			}
			r := it.Raw
			if r.ID != tc.id || r.Source != src || r.Kind != tc.kind || r.Charset != "utf-8" {
				t.Errorf("got ID=%q Source=%q Kind=%v Charset=%q; want %q %q %v utf-8",
					r.ID, r.Source, r.Kind, r.Charset, tc.id, src, tc.kind)
			}
			if !strings.Contains(r.Body, tc.contains) {
				t.Errorf("body lacks %q: %.200q", tc.contains, r.Body)
			}
			if strings.HasPrefix(r.Body, "\ufeff") {
				t.Errorf("body keeps its BOM")
			}
		})
	}
}

func TestFailures(t *testing.T) {
	dir := t.TempDir()
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	pdf := []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
	elf := append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 56)...)
	zip := append([]byte("PK\x03\x04\x14\x00\x00\x00"), make([]byte, 30)...)
	nul := []byte("<html><body>text\x00with a NUL</body></html>")
	ctrl := bytes.Repeat([]byte("ab\x01\x02\x03\x04"), 100)
	html := fixture(t, "corpus/a_page.html")
	full := gz(t, html)
	bomb := gz(t, make([]byte, 8<<20)) // 8 MiB of zeros, about 8 KB compressed

	tests := []struct {
		name    string
		content []byte // nil: the file is not created
		opts    Options
		want    string // substring of the failure message
	}{
		{"missing.html", nil, Options{}, "no such file or directory"},
		{"empty.html", []byte{}, Options{}, ": empty"},
		{"blank.txt", []byte(" \n\t\n"), Options{}, "empty (whitespace only)"},
		{"image.html", png, Options{}, "binary content (PNG image), not an article"},
		{"doc.html", pdf, Options{}, "binary content (PDF document), not an article"},
		{"prog.html", elf, Options{}, "binary content (ELF executable), not an article"},
		{"archive.htm", zip, Options{}, "binary content (zip archive), not an article"},
		{"nul.html", nul, Options{}, "binary content (NUL bytes), not an article"},
		{"ctrl.txt", ctrl, Options{}, "binary content (control characters), not an article"},
		{"truncated.html.gz", full[:len(full)/2], Options{}, "truncated gzip: unexpected EOF"},
		{"header-only.txt.gz", full[:5], Options{}, "truncated gzip"},
		{"not-gzip.html.gz", html, Options{}, "not gzip data"},
		{"bad-checksum.html.gz", badChecksum(full), Options{}, "corrupt gzip"},
		{"bomb.html.gz", bomb, Options{MaxBytes: 1 << 20}, "decompressed size exceeds 1048576 bytes (cap)"},
		{"big.html", html, Options{MaxBytes: 100}, "larger than 100 bytes (cap)"},
		{"gz-of-gz.html.gz", gz(t, full), Options{}, "binary content (gzip data)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join(dir, tc.name)
			if tc.content != nil {
				write(t, dir, tc.name, tc.content)
			}
			it := readOne(t, tc.opts, src)
			if it.Err == nil {
				t.Fatalf("got an article (kind %v, %.80q), want failure %q", it.Raw.Kind, it.Raw.Body, tc.want)
			}
			msg := it.Err.Error()
			if it.Err.Source != src || !strings.HasPrefix(msg, src+": ") {
				t.Errorf("failure %q does not name its source %q", msg, src)
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("failure %q, want it to contain %q", msg, tc.want)
			}
		})
	}
}

// badChecksum corrupts the CRC-32 in a gzip stream's trailer.
func badChecksum(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-8] ^= 0xff
	return c
}

// TestBombDefaultCap reads a gzip bomb bigger than the default 16 MiB cap:
// it fails after the cap, without inflating the rest.
func TestBombDefaultCap(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for i := 0; i < 64; i++ { // 64 MiB inflated, about 64 KB on disk
		w.Write(zeros)
	}
	w.Close()
	p := write(t, t.TempDir(), "bomb.txt.gz", buf.Bytes())
	it := readOne(t, Options{}, p)
	if it.Err == nil || !strings.Contains(it.Err.Error(), "decompressed size exceeds 16777216 bytes") {
		t.Fatalf("got %v, want the decompressed-size failure", it.Err)
	}
}

// TestHugeFile checks a 50 MB file fails on its size, without being read:
// the file is sparse, so making it costs nothing.
func TestHugeFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.html")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	it := readOne(t, Options{}, p)
	if it.Err == nil || it.Err.Error() != p+": larger than 16777216 bytes (cap)" {
		t.Fatalf("got %v, want the size failure", it.Err)
	}
}

func TestWalk(t *testing.T) {
	items := readAll(t, Options{}, "testdata/corpus")
	want := []string{"a_page", "b_note", "c_doc", "d_saved-page", "e_nested", "r1", "r2"}
	if got := summary(items); !reflect.DeepEqual(got, want) {
		t.Fatalf("walk gave %v, want %v", got, want)
	}
	wantSrc := []string{
		"testdata/corpus/a_page.html", "testdata/corpus/b_note.txt", "testdata/corpus/c_doc.htm",
		"testdata/corpus/d_saved-page.txt", "testdata/corpus/sub/e_nested.txt",
		"testdata/corpus/sub/records.jsonl:1", "testdata/corpus/sub/records.jsonl:2",
	}
	for i, it := range items {
		if it.Raw.Source != wantSrc[i] {
			t.Errorf("item %d: source %q, want %q", i, it.Raw.Source, wantSrc[i])
		}
	}
	// The same walk twice gives the same order.
	if again := summary(readAll(t, Options{}, "testdata/corpus")); !reflect.DeepEqual(again, want) {
		t.Errorf("second walk gave %v", again)
	}
	// A gold.jsonl named explicitly is read as JSON Lines.
	gold := readAll(t, Options{}, "testdata/corpus/gold.jsonl")
	if len(gold) != 1 || gold[0].Err == nil || !strings.Contains(gold[0].Err.Error(), "gold.jsonl:1: record has no") {
		t.Errorf("explicit gold.jsonl gave %v", summary(gold))
	}
}

func TestWalkHiddenAndTypes(t *testing.T) {
	dir := t.TempDir()
	text := []byte("An article body long enough to read.\n")
	write(t, dir, "b.txt", text)
	write(t, dir, "a.html.gz", gz(t, []byte("<p>gzipped page</p>")))
	write(t, dir, ".hidden.txt", text)
	write(t, dir, ".git/c.txt", text)
	write(t, dir, "z/.cache/d.txt", text)
	write(t, dir, "z/e.TXT", text)
	write(t, dir, "z/f.json", []byte(`{"text": "not walked"}`))
	write(t, dir, "z/g.png", []byte("\x89PNG\r\n\x1a\n"))
	write(t, dir, "z/gold.jsonl.gz", gz(t, []byte(`{"id": "gold"}`)))
	write(t, dir, "z/more.jsonl.gz", gz(t, []byte(`{"id": "m1", "text": "one"}`+"\n"+`{"id": "m2", "text": "two"}`)))
	write(t, dir, "y/empty.txt", nil)
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "y", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "y", "loop")); err != nil {
		t.Fatal(err)
	}
	got := summary(readAll(t, Options{}, dir))
	want := []string{"a", "b", "!" + filepath.Join(dir, "y/empty.txt"), "link", "e", "m1", "m2"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk gave %v, want %v", got, want)
	}
}

func TestUnreadableDir(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	write(t, dir, "a.txt", []byte("first"))
	write(t, dir, "locked/b.txt", []byte("second"))
	write(t, dir, "z.txt", []byte("last"))
	locked := filepath.Join(dir, "locked")
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	got := summary(readAll(t, Options{}, dir))
	want := []string{"a", "!" + locked, "z"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSourcesInOrder(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", []byte("alpha text"))
	b := write(t, dir, "b.txt", []byte("beta text"))
	missing := filepath.Join(dir, "nope.txt")
	got := summary(readAll(t, Options{}, b, missing, a, ""))
	want := []string{"b", "!" + missing, "a", "!"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestStdin(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		kind    dossier.Kind
		charset string
		fail    string
	}{
		{"html", []byte("  <!DOCTYPE html><html><body><p>From a pipe.</p></body></html>"), dossier.KindHTML, "utf-8", ""},
		{"fragment", []byte("<p>Just a paragraph of markup.</p>"), dossier.KindHTML, "utf-8", ""},
		{"text", []byte("Plain text from a pipe.\n<not a tag> in it."), dossier.KindText, "utf-8", ""},
		{"gzip", gz(t, []byte("<html><p>zipped</p></html>")), dossier.KindHTML, "utf-8", ""},
		{"latin1", []byte("Caf\xe9 cr\xe8me: text in windows-1252."), dossier.KindText, "windows-1252", ""},
		{"empty", nil, 0, "", "-: empty"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0, "", "-: binary content (PNG image)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := readOne(t, Options{Stdin: bytes.NewReader(tc.in)}, "-")
			if tc.fail != "" {
				if it.Err == nil || !strings.HasPrefix(it.Err.Error(), tc.fail) {
					t.Fatalf("got %+v, want failure %q", it, tc.fail)
				}
				return
			}
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			r := it.Raw
			if r.ID != "stdin" || r.Source != "-" || r.Kind != tc.kind || r.Charset != tc.charset {
				t.Errorf("got ID=%q Source=%q Kind=%v Charset=%q", r.ID, r.Source, r.Kind, r.Charset)
			}
		})
	}
}

func TestEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), []string{"testdata/corpus", "testdata/records.jsonl"}, Options{},
		func(Item) error {
			n++
			if n == 2 {
				return stop
			}
			return nil
		})
	if err != stop || n != 2 {
		t.Fatalf("Read returned %v after %d items, want stop after 2", err, n)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Read(ctx, []string{"testdata/corpus", "testdata/records.jsonl"}, Options{}, func(Item) error {
		n++
		if n == 3 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 3 {
		t.Fatalf("Read returned %v after %d items, want context.Canceled after 3", err, n)
	}
	if err := Read(ctx, []string{"testdata/corpus"}, Options{}, func(Item) error {
		t.Error("emit called with a cancelled context")
		return nil
	}); !errors.Is(err, context.Canceled) {
		t.Errorf("Read with a cancelled context returned %v", err)
	}
}

func TestIDFromName(t *testing.T) {
	for in, want := range map[string]string{
		"abc.html.gz":    "abc",
		"000_af3.txt":    "000_af3",
		"d001.txt":       "d001",
		"a.b.html":       "a.b",
		"X.HTM.GZ":       "X",
		"noext":          "noext",
		"articles.jsonl": "articles",
		".html":          ".html",
	} {
		if got := idFromName(in); got != want {
			t.Errorf("idFromName(%q) = %q, want %q", in, got, want)
		}
	}
}

// sharedCorpus returns the path of a folder of ../shared/corpus, skipping
// the test when it is absent.
func sharedCorpus(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "corpus", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared corpus absent: %v", err)
	}
	return p
}

func TestSharedCorpus(t *testing.T) {
	for _, tc := range []struct {
		dir  string
		want int
	}{
		{"seeds", 5},
		{"gva-dev", 574},
		{"dev", -1}, // whatever it holds, all of it reads
	} {
		t.Run(tc.dir, func(t *testing.T) {
			items := readAll(t, Options{}, sharedCorpus(t, tc.dir))
			for _, it := range items {
				if it.Err != nil {
					t.Errorf("failure: %v", it.Err)
					continue
				}
				if strings.Contains(it.Raw.Source, "gold.jsonl") {
					t.Errorf("read the answer key: %s", it.Raw.Source)
				}
			}
			if tc.want >= 0 && len(items) != tc.want {
				t.Errorf("got %d items, want %d", len(items), tc.want)
			}
			if tc.dir == "gva-dev" && len(items) > 0 {
				r := items[0].Raw
				if r.ID != "g0001" || r.Kind != dossier.KindText || r.Title == "" || r.Published != "2015-09-10" ||
					!strings.HasSuffix(r.Source, "articles.jsonl:1") || !strings.HasPrefix(r.URL, "http") {
					t.Errorf("first record: %+v", *r)
				}
			}
			if tc.dir == "seeds" {
				for _, it := range items {
					if it.Raw != nil && (it.Raw.Kind != dossier.KindText || !strings.HasPrefix(it.Raw.ID, "00")) {
						t.Errorf("seed %s: kind %v id %q", it.Raw.Source, it.Raw.Kind, it.Raw.ID)
					}
				}
			}
		})
	}
}

func BenchmarkReadGVA(b *testing.B) {
	p := filepath.Join(sharedCorpus(b, "gva-dev"), "articles.jsonl")
	n := 0
	b.ReportAllocs()
	for b.Loop() {
		err := Read(context.Background(), []string{p}, Options{}, func(it Item) error {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
			n++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
