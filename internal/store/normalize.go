package store

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeText returns the form of an article's text that its identity is
// computed from: Unicode NFKC, lower case, every run of characters that are
// not letters, digits or combining marks (punctuation, symbols, spaces,
// controls) collapsed to one space, no leading or trailing space. Two copies
// of a text that differ only in case, spacing, line breaks, quote styles or
// punctuation normalise alike.
func NormalizeText(text string) string {
	return string(appendNormalizedText(nil, text))
}

// appendNormalizedText appends NormalizeText(text) to b.
func appendNormalizedText(b []byte, text string) []byte {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		text = norm.NFKC.String(text)
	}
	if cap(b)-len(b) < len(text) {
		b = append(make([]byte, 0, len(b)+len(text)), b...)
	}
	start := len(b)
	gap := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				gap = true
				continue
			}
			if gap && len(b) > start {
				b = append(b, ' ')
			}
			gap = false
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.IsMark(r) {
			gap = true
			continue
		}
		if gap && len(b) > start {
			b = append(b, ' ')
		}
		gap = false
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// ContentHash returns the hex SHA-256 of NormalizeText(text): the key under
// which an article's content is stored once.
func ContentHash(text string) string {
	sum := sha256.Sum256(appendNormalizedText(nil, text))
	return hex.EncodeToString(sum[:])
}

// NormalizeURL returns the form of a URL that identifies an article: spaces
// trimmed, scheme and host lower-cased, a default port (:80 for http, :443 for
// https) dropped, the fragment dropped and a trailing slash of the path
// dropped. The query is kept as it is. An empty or blank URL gives "". A
// string that does not parse as an absolute URL is kept, trimmed and without
// its fragment.
func NormalizeURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" || u.Opaque != "" {
		if i := strings.IndexByte(raw, '#'); i >= 0 {
			raw = raw[:i]
		}
		return strings.TrimRight(raw, "/")
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	switch {
	case u.Scheme == "http" && strings.HasSuffix(u.Host, ":80"):
		u.Host = strings.TrimSuffix(u.Host, ":80")
	case u.Scheme == "https" && strings.HasSuffix(u.Host, ":443"):
		u.Host = strings.TrimSuffix(u.Host, ":443")
	}
	u.Fragment = ""
	u.RawFragment = ""
	u.Path = strings.TrimRight(u.Path, "/")
	if u.RawPath != "" {
		u.RawPath = strings.TrimRight(u.RawPath, "/")
	}
	if u.RawQuery == "" {
		u.ForceQuery = false
	}
	return u.String()
}
