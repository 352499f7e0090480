package acquire

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossier-project/dossier"
)

// errEmpty is the cause for a source with no content.
var errEmpty = errors.New("empty")

// skipNames are files a directory walk never reads as articles: a corpus
// folder's answer keys (compared in lower case, with or without .gz).
var skipNames = map[string]bool{
	"gold.jsonl":        true,
	"ground-truth.json": true,
}

// fileType is what a file name says about its content.
type fileType int

const (
	typeOther fileType = iota // unknown extension: sniffed
	typeHTML                  // .html, .htm
	typeText                  // .txt
	typeJSONL                 // .jsonl
)

// classify returns the type a file name declares and whether it ends in .gz.
func classify(name string) (t fileType, gz bool) {
	l := strings.ToLower(name)
	if strings.HasSuffix(l, ".gz") {
		gz = true
		l = l[:len(l)-len(".gz")]
	}
	switch filepath.Ext(l) {
	case ".html", ".htm":
		return typeHTML, gz
	case ".txt":
		return typeText, gz
	case ".jsonl":
		return typeJSONL, gz
	}
	return typeOther, gz
}

// idFromName returns a file name without its extensions: "abc.html.gz" ->
// "abc", "000_af3.txt" -> "000_af3". Only the final extension (after a .gz)
// is dropped, so "report.2024.html" keeps "report.2024".
func idFromName(name string) string {
	base := name
	if strings.HasSuffix(strings.ToLower(base), ".gz") {
		base = base[:len(base)-len(".gz")]
	}
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = base[:len(base)-len(ext)]
	}
	if base == "" {
		return name
	}
	return base
}

// walkable reports whether a directory walk reads the file name.
func walkable(name string) bool {
	l := strings.ToLower(name)
	if skipNames[strings.TrimSuffix(l, ".gz")] {
		return false
	}
	t, _ := classify(name)
	return t != typeOther
}

// hidden reports whether a file or directory name is hidden.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// walk reads the article files under root, recursively, in lexical order,
// skipping hidden entries and files of other types.
func (r *reader) walk(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if cerr := r.ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			if ferr := r.fail(p, pathErr(err)); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && hidden(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !walkable(d.Name()) {
			return nil
		}
		fi, err := os.Stat(p) // follows a symlink to a file
		if err != nil {
			return r.fail(p, pathErr(err))
		}
		if fi.IsDir() {
			return nil // symlinked directories are not followed
		}
		return r.file(p, fi)
	})
}

// file reads one file: JSON Lines by name, else one article.
func (r *reader) file(path string, fi fs.FileInfo) error {
	t, gz := classify(filepath.Base(path))
	if t == typeJSONL {
		return r.jsonl(path)
	}
	if fi.Mode().IsRegular() && !gz && fi.Size() > r.opts.MaxBytes {
		return r.fail(path, errTooLarge(r.opts.MaxBytes))
	}
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, pathErr(err))
	}
	defer f.Close()
	data, err := readBody(f, gz, r.opts.MaxBytes)
	if err != nil {
		return r.fail(path, err)
	}
	raw, err := article(data, "", t)
	if err != nil {
		return r.fail(path, err)
	}
	raw.ID = idFromName(filepath.Base(path))
	raw.Source = path
	return r.ok(raw)
}

// stdin reads one article from Options.Stdin.
func (r *reader) stdin() error {
	data, err := readBody(r.opts.Stdin, false, r.opts.MaxBytes)
	if err != nil {
		return r.fail("-", err)
	}
	raw, err := article(data, "", typeOther)
	if err != nil {
		return r.fail("-", err)
	}
	raw.ID = "stdin"
	raw.Source = "-"
	return r.ok(raw)
}

// article checks that data is text, decodes it to UTF-8 and decides its
// Kind: .html is HTML, .txt is text unless it is plainly an HTML document,
// anything else is HTML when it starts like markup. contentType is an HTTP
// Content-Type header, or "".
func article(data []byte, contentType string, t fileType) (*dossier.Raw, error) {
	if len(data) == 0 {
		return nil, errEmpty
	}
	if what := binaryKind(data); what != "" {
		return nil, fmt.Errorf("binary content (%s), not an article", what)
	}
	markup := t == typeHTML || looksHTML(data, true)
	body, cs := decode(data, contentType, markup)
	if strings.TrimSpace(body) == "" {
		return nil, errors.New("empty (whitespace only)")
	}
	raw := &dossier.Raw{Kind: kindOf(body, t), Body: body, Charset: cs}
	if n := replaced(data, body); n > 0 {
		raw.Warnings = append(raw.Warnings,
			fmt.Sprintf("%d invalid byte sequence(s) for %s replaced with U+FFFD", n, cs))
	}
	return raw, nil
}

// kindOf decides the Kind of a decoded body of declared type t.
func kindOf(body string, t fileType) dossier.Kind {
	switch t {
	case typeHTML:
		return dossier.KindHTML
	case typeText:
		if looksHTML([]byte(firstBytes(body, 4096)), false) {
			return dossier.KindHTML
		}
		return dossier.KindText
	}
	if looksHTML([]byte(firstBytes(body, 4096)), true) {
		return dossier.KindHTML
	}
	return dossier.KindText
}

// firstBytes returns at most n bytes from the start of s.
func firstBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// errTooLarge is the failure for content over the cap.
func errTooLarge(max int64) error {
	return fmt.Errorf("larger than %d bytes (cap)", max)
}

// readBody reads all of rd, at most max bytes. Content that starts with the
// gzip magic is decompressed (whatever its name); gz says the name promised
// gzip, so content without the magic is an error. The cap applies to the
// decompressed size, so a gzip bomb fails after max bytes.
func readBody(rd io.Reader, gz bool, max int64) ([]byte, error) {
	br := bufio.NewReader(rd)
	magic, err := br.Peek(2)
	if len(magic) == 0 {
		if err != nil && err != io.EOF {
			return nil, err
		}
		return nil, errEmpty
	}
	isGzip := len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	if !isGzip {
		if gz {
			return nil, errors.New("not gzip data (named .gz, no gzip header)")
		}
		data, over, err := readCapped(br, max)
		if err != nil {
			return nil, err
		}
		if over {
			return nil, errTooLarge(max)
		}
		return data, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, gzipErr(err)
	}
	defer zr.Close()
	data, over, err := readCapped(zr, max)
	if over {
		return nil, fmt.Errorf("decompressed size exceeds %d bytes (cap)", max)
	}
	if err != nil {
		return nil, gzipErr(err)
	}
	return data, nil
}

// readCapped reads rd to its end or to max+1 bytes; over reports the latter.
func readCapped(rd io.Reader, max int64) (data []byte, over bool, err error) {
	data, err = io.ReadAll(io.LimitReader(rd, max+1))
	if int64(len(data)) > max {
		return nil, true, nil
	}
	return data, false, err
}

// gzipErr turns a compress/gzip error into a readable cause.
func gzipErr(err error) error {
	var ce flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Errorf("truncated gzip: %w", io.ErrUnexpectedEOF)
	case errors.Is(err, gzip.ErrHeader):
		return fmt.Errorf("corrupt gzip: %w", err)
	case errors.Is(err, gzip.ErrChecksum):
		return fmt.Errorf("corrupt gzip: %w", err)
	case errors.As(err, &ce):
		return fmt.Errorf("corrupt gzip: %w", err)
	}
	return fmt.Errorf("reading gzip: %w", err)
}
