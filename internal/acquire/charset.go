package acquire

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLen is how far into a document decode looks for <meta charset>.
// HTML's prescan stops at 1024 bytes; real pages put it later.
const metaScanLen = 32 << 10

// decode returns data as valid UTF-8 and the name of the charset it was
// decoded from ("utf-8", "windows-1251", "shift_jis", ...). The charset is,
// in order: a byte order mark; the charset parameter of contentType (an
// HTTP Content-Type, or ""); when markup is set, the XML declaration's
// encoding and the document's <meta charset> or <meta http-equiv>; and last
// a guess from the bytes (see guess). A declared single- or multi-byte
// charset is overridden by UTF-8 when the bytes are valid UTF-8 holding
// non-ASCII characters, which a legacy charset almost never produces: that
// is the usual mislabelled page.
func decode(data []byte, contentType string, markup bool) (body, name string) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return utf8Lenient(data[3:])
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeWith(data[2:], unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be")
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeWith(data[2:], unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le")
	}
	if label := headerCharset(contentType); label != "" {
		if enc, n := lookup(label, false); enc != nil {
			return declared(data, enc, n)
		}
	}
	if markup {
		label := xmlEncoding(data)
		if label == "" {
			label = metaCharset(data)
		}
		if label != "" {
			if enc, n := lookup(label, true); enc != nil {
				return declared(data, enc, n)
			}
		}
	}
	return guess(data)
}

// lookup finds the encoding for a charset label, by the WHATWG rules that
// browsers use (so "iso-8859-1" is read as windows-1252). inDocument says
// the label came from the document itself, where UTF-16 cannot be declared
// (it means UTF-8). It returns nil for unknown labels and for the
// "replacement" encoding, which would lose the whole text.
func lookup(label string, inDocument bool) (encoding.Encoding, string) {
	enc, name := charset.Lookup(strings.TrimSpace(label))
	switch {
	case enc == nil, name == "replacement":
		return nil, ""
	case inDocument && strings.HasPrefix(name, "utf-16"):
		return encoding.Nop, "utf-8"
	case name == "x-user-defined":
		return charmap.Windows1252, "windows-1252"
	}
	return enc, name
}

// declared decodes data from a declared charset.
func declared(data []byte, enc encoding.Encoding, name string) (string, string) {
	switch {
	case name == "utf-8":
		return utf8Lenient(data)
	case strings.HasPrefix(name, "utf-16"):
		return decodeWith(data, enc, name)
	}
	if multi, invalid := utf8Stats(data); multi > 0 && invalid == 0 {
		return string(data), "utf-8"
	}
	return decodeWith(data, enc, name)
}

// decodeWith decodes data from enc; replacement characters stand for what
// enc cannot decode.
func decodeWith(data []byte, enc encoding.Encoding, name string) (string, string) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return guess(data)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), name
}

// utf8Lenient reads data declared as UTF-8. Mostly valid UTF-8 keeps its
// stray bad bytes as U+FFFD; bytes that are mostly not UTF-8 were declared
// wrongly and are guessed.
func utf8Lenient(data []byte) (string, string) {
	multi, invalid := utf8Stats(data)
	if invalid == 0 {
		return string(data), "utf-8"
	}
	if multi > invalid {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8"
	}
	return guess(data)
}

// replaced counts the U+FFFD characters decoding put into body that were
// not already in data: the bytes that could not be decoded.
func replaced(data []byte, body string) int {
	return strings.Count(body, "\uFFFD") - bytes.Count(data, []byte("\uFFFD"))
}

// utf8Stats counts the valid multi-byte sequences and the invalid bytes in
// data. An incomplete sequence at the very end (a cut) is not counted.
func utf8Stats(data []byte) (multi, invalid int) {
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if len(data)-i < utf8.UTFMax && !utf8.FullRune(data[i:]) {
				break
			}
			invalid++
			i++
			continue
		}
		multi++
		i += size
	}
	return multi, invalid
}

// guess decodes data whose charset nobody declared. Valid (or mostly valid)
// UTF-8 is UTF-8; otherwise the byte patterns of Shift_JIS, EUC-JP, EUC-KR,
// GBK and windows-1251 Cyrillic are tried, and windows-1252 (a superset of
// ISO-8859-1) is the fallback: it decodes every byte, so the result is
// always valid UTF-8.
func guess(data []byte) (string, string) {
	multi, invalid := utf8Stats(data)
	if invalid == 0 {
		return string(data), "utf-8"
	}
	if multi > invalid {
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8"
	}
	switch {
	case looksShiftJIS(data):
		return decodeWith(data, japanese.ShiftJIS, "shift_jis")
	}
	switch looksEUC(data) {
	case "euc-jp":
		return decodeWith(data, japanese.EUCJP, "euc-jp")
	case "euc-kr":
		return decodeWith(data, korean.EUCKR, "euc-kr")
	case "gbk":
		return decodeWith(data, simplifiedchinese.GBK, "gbk")
	}
	if looksCyrillic1251(data) {
		return decodeWith(data, charmap.Windows1251, "windows-1251")
	}
	return decodeWith(data, charmap.Windows1252, "windows-1252")
}

// looksShiftJIS reports whether every non-ASCII byte of data fits Shift_JIS
// (double-byte pairs or half-width katakana) and most pairs have the lead
// bytes of kana and common kanji (0x81-0x9F), which other charsets rarely
// use.
func looksShiftJIS(data []byte) bool {
	pairs, lowLead, kana := 0, 0, 0
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c < 0x80:
			i++
		case 0xa1 <= c && c <= 0xdf:
			kana++
			i++
		case (0x81 <= c && c <= 0x9f) || (0xe0 <= c && c <= 0xfc):
			if i+1 >= len(data) {
				i++ // cut at the end
				continue
			}
			t := data[i+1]
			if t < 0x40 || t == 0x7f || t > 0xfc {
				return false
			}
			pairs++
			if c <= 0x9f {
				lowLead++
			}
			i += 2
		default:
			return false
		}
	}
	return pairs > 0 && lowLead*2 >= pairs && kana <= pairs
}

// looksEUC reports which EUC-family charset data fits: every non-ASCII byte
// in pairs of 0xA1-0xFE (or EUC-JP's 0x8E/0x8F forms). Many pairs led by
// 0xA4/0xA5 (hiragana, katakana) make EUC-JP; leads mostly in the hangul
// rows 0xB0-0xC8, few in the hanja/hanzi rows above, make EUC-KR; anything
// else is GBK. It returns "" when data
// does not fit.
func looksEUC(data []byte) string {
	pairs, kana, hangul, han := 0, 0, 0, 0
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x8e:
			if i+1 < len(data) && (data[i+1] < 0xa1 || data[i+1] > 0xdf) {
				return ""
			}
			kana++
			pairs++
			i += 2
		case c == 0x8f:
			i += 3
		case 0xa1 <= c && c <= 0xfe:
			if i+1 >= len(data) {
				i++
				continue
			}
			if t := data[i+1]; t < 0xa1 || t > 0xfe {
				return ""
			}
			pairs++
			switch {
			case c == 0xa4 || c == 0xa5:
				kana++
			case 0xb0 <= c && c <= 0xc8:
				hangul++
			case c >= 0xc9:
				han++
			}
			i += 2
		default:
			return ""
		}
	}
	switch {
	case pairs == 0:
		return ""
	case kana*5 >= pairs:
		return "euc-jp"
	case hangul > 0 && han*10 <= hangul:
		return "euc-kr"
	}
	return "gbk"
}

// looksCyrillic1251 reports whether the high bytes of data read as
// windows-1251 Cyrillic words. In windows-1251 the letters are 0xC0-0xFF
// (and a few in 0xA8-0xBF), so Russian words are runs of high bytes; in
// windows-1252 those bytes are accented letters, which sit one or two at a
// time among ASCII letters. A mean run of at least 3 high letters is
// Cyrillic.
func looksCyrillic1251(data []byte) bool {
	letters, runs, run := 0, 0, 0
	for _, c := range data {
		if c >= 0xc0 || c == 0xa8 || c == 0xb8 || c == 0xaa || c == 0xba ||
			c == 0xaf || c == 0xbf || c == 0xb2 || c == 0xb3 || c == 0xa1 || c == 0xa2 {
			letters++
			if run == 0 {
				runs++
			}
			run++
			continue
		}
		run = 0
	}
	return runs > 0 && letters >= 3*runs
}

// headerCharset returns the charset parameter of an HTTP Content-Type.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

// xmlDeclRE finds the encoding of an XML declaration.
var xmlDeclRE = regexp.MustCompile(`^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// xmlEncoding returns the encoding an XML declaration at the start of data
// names, or "".
func xmlEncoding(data []byte) string {
	s := bytes.TrimLeft(data, " \t\r\n")
	if len(s) > 256 {
		s = s[:256]
	}
	if m := xmlDeclRE.FindSubmatch(s); m != nil {
		return string(m[1])
	}
	return ""
}

// metaCharset returns the charset that the first <meta charset> or <meta
// http-equiv="Content-Type" content="...; charset=..."> of an HTML document
// declares, looking at its first metaScanLen bytes, or "".
func metaCharset(data []byte) string {
	if len(data) > metaScanLen {
		data = data[:metaScanLen]
	}
	if !bytes.Contains(bytes.ToLower(data), []byte("charset")) {
		return ""
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var cs, content string
			pragma := false
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					pragma = strings.EqualFold(string(v), "content-type")
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if pragma && content != "" {
				if c := charsetFromContent(content); c != "" {
					return c
				}
			}
		}
	}
}

// charsetFromContent returns the charset parameter of a meta content value
// like "text/html; charset=windows-1251".
func charsetFromContent(content string) string {
	l := strings.ToLower(content)
	i := strings.Index(l, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.Trim(strings.TrimLeft(rest[1:], " \t"), `"'`)
	if j := strings.IndexAny(rest, `;"' `); j >= 0 {
		rest = rest[:j]
	}
	return rest
}
