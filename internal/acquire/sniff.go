package acquire

import (
	"bytes"
)

// sniffLen is how much of the content the binary check looks at.
const sniffLen = 8 << 10

// magic is a known file signature.
type magic struct {
	offset int
	sig    string
	what   string
}

// magics are the signatures of common non-text formats.
var magics = []magic{
	{0, "\x89PNG\r\n\x1a\n", "PNG image"},
	{0, "\xff\xd8\xff", "JPEG image"},
	{0, "GIF87a", "GIF image"},
	{0, "GIF89a", "GIF image"},
	{8, "WEBP", "WebP image"},
	{0, "II*\x00", "TIFF image"},
	{0, "MM\x00*", "TIFF image"},
	{0, "%PDF-", "PDF document"},
	{0, "\x7fELF", "ELF executable"},
	{0, "\xfe\xed\xfa\xce", "Mach-O executable"},
	{0, "\xfe\xed\xfa\xcf", "Mach-O executable"},
	{0, "\xce\xfa\xed\xfe", "Mach-O executable"},
	{0, "\xcf\xfa\xed\xfe", "Mach-O executable"},
	{0, "\xca\xfe\xba\xbe", "Java class or Mach-O binary"},
	{0, "\x00asm", "WebAssembly module"},
	{0, "PK\x03\x04", "zip archive"},
	{0, "PK\x05\x06", "zip archive"},
	{0, "\x1f\x8b", "gzip data"},
	{4, "1AY&SY", "bzip2 data"},
	{0, "\xfd7zXZ\x00", "xz data"},
	{0, "\x28\xb5\x2f\xfd", "zstd data"},
	{0, "7z\xbc\xaf\x27\x1c", "7-zip archive"},
	{0, "Rar!\x1a\x07", "RAR archive"},
	{0, "SQLite format 3\x00", "SQLite database"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (old Microsoft Office)"},
	{0, "OggS", "Ogg media"},
	{0, "ID3", "MP3 audio"},
	{0, "fLaC", "FLAC audio"},
	{4, "ftyp", "MP4/QuickTime media"},
	{0, "\x1a\x45\xdf\xa3", "Matroska/WebM media"},
	{0, "wOFF", "WOFF font"},
	{0, "wOF2", "WOFF2 font"},
}

// binaryKind returns what non-text content data holds ("PNG image", "NUL
// bytes", ...), or "" when data looks like text. Text with a UTF-16 byte
// order mark is text, even though it holds NUL bytes.
func binaryKind(data []byte) string {
	if bytes.HasPrefix(data, []byte{0xfe, 0xff}) || bytes.HasPrefix(data, []byte{0xff, 0xfe}) {
		return ""
	}
	for _, m := range magics {
		if len(data) >= m.offset+len(m.sig) && string(data[m.offset:m.offset+len(m.sig)]) == m.sig {
			return m.what
		}
	}
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		if bytes.HasPrefix(data, []byte("MZ")) {
			return "Windows executable"
		}
		return "NUL bytes"
	}
	ctrl := 0
	for _, c := range head {
		if (c < 0x20 && !isTextControl(c)) || c == 0x7f {
			ctrl++
		}
	}
	if ctrl*10 > len(head) { // more than 10%
		return "control characters"
	}
	return ""
}

// isTextControl reports whether a C0 control byte is usual in text: tab,
// line feed, vertical tab, form feed, carriage return, and escape (which
// ISO-2022 encodings use).
func isTextControl(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x1b:
		return true
	}
	return false
}

// strictStarts are the openings of a document that is plainly HTML.
var strictStarts = []string{"<!doctype html", "<html"}

// looseTags are tag names that make content starting with them HTML.
var looseTags = []string{
	"html", "head", "body", "meta", "title", "link", "script", "style", "noscript",
	"div", "p", "span", "a", "b", "i", "em", "strong", "br", "hr", "img",
	"table", "ul", "ol", "li", "font", "center", "iframe", "form", "header", "nav",
	"main", "article", "section", "aside", "footer", "figure", "blockquote", "pre",
	"h1", "h2", "h3", "h4", "h5", "h6",
}

// looksHTML reports whether data starts like an HTML document, after a
// byte order mark, white space, an XML declaration and comments. Strict
// accepts only "<!doctype html" and "<html"; loose also accepts a leading
// comment or any common tag.
func looksHTML(data []byte, loose bool) bool {
	s := data
	if len(s) > sniffLen {
		s = s[:sniffLen]
	}
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	sawComment := false
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		switch {
		case hasPrefixFold(s, "<?xml"):
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return false
			}
			s = s[i+2:]
			continue
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s[4:], []byte("-->"))
			if i < 0 {
				return loose
			}
			s = s[4+i+3:]
			sawComment = true
			continue
		}
		break
	}
	for _, p := range strictStarts {
		if hasPrefixFold(s, p) && tagEnds(s[len(p):]) {
			return true
		}
	}
	if !loose {
		return false
	}
	if sawComment && len(s) > 0 && s[0] == '<' {
		return true
	}
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	for _, t := range looseTags {
		if hasPrefixFold(s[1:], t) && tagEnds(s[1+len(t):]) {
			return true
		}
	}
	return false
}

// tagEnds reports whether rest, the bytes after a tag name, ends the name.
func tagEnds(rest []byte) bool {
	if len(rest) == 0 {
		return true
	}
	switch rest[0] {
	case ' ', '\t', '\r', '\n', '\f', '>', '/':
		return true
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix p,
// ignoring case.
func hasPrefixFold(s []byte, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}
