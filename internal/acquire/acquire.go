// Package acquire turns SOURCE arguments into dossier.Raw records.
//
// A SOURCE is a file (.html, .htm, .txt, optionally gzip-compressed as
// .gz), a directory (walked recursively in lexical order), a JSON Lines file
// (.jsonl, .jsonl.gz), an http(s) URL of a page or of an RSS/Atom feed, or
// "-" for one article on standard input.
//
// Read streams: it emits one Item per article or per failure, in a stable
// order, and holds at most one article (capped at Options.MaxBytes) in
// memory at a time. Every body is decoded to valid UTF-8 (BOM, declared
// charset, <meta> or XML declaration, then a byte-level guess), and content
// that is not text (images, PDFs, executables, archives) is refused. A
// source that cannot be read is reported as a *dossier.Failure naming it, and
// reading goes on with the next source.
//
// Failure causes read, after the source the Failure names:
//
//	no such file or directory          (and other os errors, unwrapped)
//	empty / empty (whitespace only)
//	binary content (PNG image), not an article
//	larger than 16777216 bytes (cap)
//	decompressed size exceeds 16777216 bytes (cap)
//	truncated gzip: unexpected EOF / corrupt gzip: ... / not gzip data (...)
//	invalid JSON at byte 17: ...       (JSON Lines: source "path:LINE")
//	line longer than 16777216 bytes (cap)
//	HTTP status 404 Not Found
//	timed out after 20s
//	redirect loop: URL -> URL -> URL / too many redirects (more than 5)
//	feed has no items / feed item links to a feed, not an article
//
// A JSON Lines record whose text is empty but which declares a title is
// still an article, with an empty Body: a corpus keeps such records (their
// page was lost) and scoring expects every id.
package acquire

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dossier-project/dossier"
)

// Defaults applied by Read to zero-valued Options fields.
const (
	DefaultMaxBytes     = 16 << 20
	DefaultTimeout      = 20 * time.Second
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "dossier/0.1 (+https://github.com/dossier-project/dossier)"
)

// Options bound what acquire will read. The zero value is ready to use.
type Options struct {
	MaxBytes     int64         // cap on one article's bytes after decompression; default 16 MiB when 0
	Timeout      time.Duration // per HTTP request; default 20s when 0
	MaxRedirects int           // default 5 when 0
	UserAgent    string        // default "dossier/0.1 (+https://github.com/dossier-project/dossier)"
	Client       *http.Client  // optional; nil means one built from the options (a given Client keeps its own redirect policy; Timeout still applies per request)
	Stdin        io.Reader     // what "-" reads; nil means os.Stdin
}

// withDefaults returns o with its zero fields set to the defaults.
func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.Client == nil {
		o.Client = newClient(o)
	}
	return o
}

// Item is one result of reading sources: exactly one of Raw or Err is set.
type Item struct {
	Raw *dossier.Raw
	Err *dossier.Failure
}

// Read reads the sources in order and calls emit for every article or
// failure, in a stable order (directories walked in lexical order). It stops
// early only if ctx is cancelled or emit returns an error, and then returns
// ctx.Err() or emit's error unchanged; otherwise it returns nil, whether or
// not some sources failed (failures are Items).
func Read(ctx context.Context, sources []string, opts Options, emit func(Item) error) error {
	r := &reader{ctx: ctx, opts: opts.withDefaults(), emit: emit}
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.source(src); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// reader carries the state of one Read call.
type reader struct {
	ctx  context.Context
	opts Options
	emit func(Item) error
}

// ok emits an article.
func (r *reader) ok(raw *dossier.Raw) error {
	if err := r.ctx.Err(); err != nil {
		return err
	}
	return r.emit(Item{Raw: raw})
}

// fail emits a failure of source, unless the context is done: then the
// failure is most likely the cancellation itself, and Read stops.
func (r *reader) fail(source string, err error) error {
	if cerr := r.ctx.Err(); cerr != nil {
		return cerr
	}
	return r.emit(Item{Err: &dossier.Failure{Source: source, Err: err}})
}

// source reads one SOURCE argument.
func (r *reader) source(src string) error {
	switch {
	case src == "-":
		return r.stdin()
	case isURL(src):
		return r.url(src)
	case src == "":
		return r.fail(src, errors.New("empty source name"))
	}
	fi, err := os.Stat(src)
	if err != nil {
		return r.fail(src, pathErr(err))
	}
	if fi.IsDir() {
		return r.walk(src)
	}
	return r.file(src, fi)
}

// isURL reports whether src names an http or https resource.
func isURL(src string) bool {
	l := strings.ToLower(src)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// pathErr drops the *fs.PathError wrapper, whose path the Failure already
// names, leaving "no such file or directory" and the like.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
