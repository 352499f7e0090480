package acquire

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/dossier-project/dossier"
)

// accept is the Accept header of every request: pages, feeds, then text.
const accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9," +
	"application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5"

// newClient builds the HTTP client of Options without one: the default
// transport, the per-request timeout, and a redirect policy that stops at
// o.MaxRedirects redirects and on the first loop.
func newClient(o Options) *http.Client {
	maxRedirects := o.MaxRedirects
	return &http.Client{
		Timeout: o.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			next := req.URL.String()
			for i, v := range via {
				if v.URL.String() == next {
					chain := make([]string, 0, len(via)-i+1)
					for _, w := range via[i:] {
						chain = append(chain, w.URL.String())
					}
					chain = append(chain, next)
					return fmt.Errorf("redirect loop: %s", strings.Join(chain, " -> "))
				}
			}
			if len(via) > maxRedirects {
				return fmt.Errorf("too many redirects (more than %d)", maxRedirects)
			}
			return nil
		},
	}
}

// response is a fetched HTTP resource.
type response struct {
	url         string // the final URL, after redirects
	contentType string // the Content-Type header
	body        []byte // the body, decompressed, at most MaxBytes
}

// fetch GETs rawURL within Options.Timeout and reads at most MaxBytes of
// its body. Statuses other than 2xx, binary media types and bodies over the
// cap are errors.
func (r *reader) fetch(rawURL string) (*response, error) {
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %v", unwrapURLError(err))
	}
	req.Header.Set("User-Agent", r.opts.UserAgent)
	req.Header.Set("Accept", accept)
	resp, err := r.opts.Client.Do(req)
	if err != nil {
		return nil, r.netErr(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		status := strings.TrimSpace(resp.Status)
		if status == "" {
			status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
		}
		return nil, fmt.Errorf("HTTP status %s", status)
	}
	ct := resp.Header.Get("Content-Type")
	if what := binaryMediaType(ct); what != "" {
		return nil, fmt.Errorf("binary content (%s), not an article", what)
	}
	if resp.ContentLength > r.opts.MaxBytes {
		return nil, errTooLarge(r.opts.MaxBytes)
	}
	body, err := readBody(resp.Body, false, r.opts.MaxBytes)
	if err != nil {
		return nil, r.netErr(err)
	}
	return &response{url: resp.Request.URL.String(), contentType: ct, body: body}, nil
}

// netErr makes a client error readable: the URL (which the Failure names)
// is dropped, and timeouts say so.
func (r *reader) netErr(err error) error {
	if cerr := r.ctx.Err(); cerr != nil {
		return cerr
	}
	err = unwrapURLError(err)
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("timed out after %v", r.opts.Timeout)
	}
	return err
}

// unwrapURLError returns the cause of a *url.Error.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// binaryMediaType returns the media type of a Content-Type that is never an
// article (images, audio, video, fonts, PDF, archives, office documents),
// or "".
func binaryMediaType(contentType string) string {
	mt := mediaType(contentType)
	switch {
	case mt == "":
		return ""
	case strings.HasPrefix(mt, "image/"), strings.HasPrefix(mt, "audio/"),
		strings.HasPrefix(mt, "video/"), strings.HasPrefix(mt, "font/"):
		return mt
	}
	switch mt {
	case "application/pdf", "application/zip", "application/x-7z-compressed",
		"application/x-rar-compressed", "application/vnd.rar", "application/x-tar",
		"application/x-executable", "application/x-msdownload", "application/wasm",
		"application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint":
		return mt
	}
	if strings.HasPrefix(mt, "application/vnd.openxmlformats-") ||
		strings.HasPrefix(mt, "application/vnd.oasis.opendocument.") {
		return mt
	}
	return ""
}

// mediaType returns the lower-case media type of a Content-Type, or "".
func mediaType(contentType string) string {
	if contentType == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(contentType, ";")
	}
	return strings.ToLower(strings.TrimSpace(mt))
}

// url reads an http(s) SOURCE: a page is one article, a feed is one
// article per item.
func (r *reader) url(src string) error {
	resp, err := r.fetch(src)
	if err != nil {
		return r.fail(src, err)
	}
	d, err := readDoc(resp)
	if err != nil {
		return r.fail(src, err)
	}
	if d.feed {
		return r.feed(src, resp.url, d.text)
	}
	return r.ok(d.raw(src, resp))
}

// doc is a fetched body, decoded.
type doc struct {
	text    string
	charset string
	kind    dossier.Kind
	feed    bool // an RSS or Atom feed
}

// raw makes the Raw of a fetched page read as src.
func (d *doc) raw(src string, resp *response) *dossier.Raw {
	return &dossier.Raw{
		ID:      idFromURL(resp.url),
		Source:  src,
		URL:     resp.url,
		Kind:    d.kind,
		Body:    d.text,
		Charset: d.charset,
	}
}

// readDoc checks that a response is text, decodes it (the Content-Type's
// charset first) and tells a feed from a page.
func readDoc(resp *response) (*doc, error) {
	mt := mediaType(resp.contentType)
	t := typeOther
	switch mt {
	case "text/html", "application/xhtml+xml":
		t = typeHTML
	case "text/plain":
		t = typeText
	}
	data := resp.body
	if len(data) == 0 {
		return nil, errEmpty
	}
	if what := binaryKind(data); what != "" {
		return nil, fmt.Errorf("binary content (%s), not an article", what)
	}
	xmlType := strings.HasSuffix(mt, "/xml") || strings.HasSuffix(mt, "+xml")
	markup := t == typeHTML || xmlType || looksHTML(data, true) || startsXML(data)
	text, cs := decode(data, resp.contentType, markup)
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("empty (whitespace only)")
	}
	root := rootElement(text)
	switch {
	case isFeedRoot(root):
		return &doc{text: text, charset: cs, feed: true}, nil
	case mt == "application/rss+xml" || mt == "application/atom+xml":
		return nil, fmt.Errorf("not an RSS or Atom feed (served as %s)", mt)
	case (xmlType || startsXML(data)) && root != "" && !strings.EqualFold(root, "html"):
		return nil, fmt.Errorf("XML document <%s>, not an article or feed", root)
	}
	return &doc{text: text, charset: cs, kind: kindOf(text, t)}, nil
}

// idFromURL makes an article id from a URL: its last path segment without
// extensions, skipping generic names like "index.html"; the host when the
// path has none.
func idFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	segs := strings.Split(strings.Trim(u.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		id := idFromName(path.Base("/" + segs[i]))
		switch strings.ToLower(id) {
		case "", "/", "index", "default", "amp", "article", "story", "news":
			continue
		}
		return id
	}
	if u.Host != "" {
		return u.Host
	}
	return raw
}
