package acquire

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sentences in several languages, written for these tests.
const (
	russian    = "В результате нападения на полицейский участок в городе пострадали три человека, сообщили в министерстве."
	japaneseS  = "警察によると、火曜日の夜、駅の近くで男が刃物を持って暴れ、二人がけがをした。"
	koreanS    = "경찰에 따르면 화요일 밤 역 근처에서 두 명이 다쳤다고 한다."
	chinese    = "警方说，星期二晚上车站附近发生持刀袭击事件，两人受伤，嫌疑人已被逮捕。"
	polish     = "Policja poinformowała, że w wyniku napadu na sklep w Łodzi ranne zostały dwie osoby."
	french     = "Un café a été cambriolé à Montréal; la propriétaire a déclaré à la police qu'elle était très éprouvée."
	portuguese = "A polícia informou que duas pessoas ficaram feridas após a explosão; as investigações e ações da operação continuam."
	german     = "Die Polizei teilte mit, dass bei dem Überfall auf eine Bäckerei in Köln zwei Menschen verletzt wurden."
)

// enc encodes s with e, failing the test on characters e cannot encode.
func enc(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// page wraps an encoded body in an HTML document with head markup.
func page(head string, body []byte) []byte {
	return append([]byte("<!DOCTYPE html><html><head>"+head+"<title>t</title></head><body><p>"), append(body, "</p></body></html>"...)...)
}

func TestCharsets(t *testing.T) {
	dir := t.TempDir()
	utf16le := enc(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<html><body><p>"+russian+"</p></body></html>")
	utf16be := enc(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), russian)
	longScript := "<script>" + strings.Repeat("var x = 1;\n", 500) + "</script>"
	tests := []struct {
		name    string
		content []byte
		charset string
		want    string // the body contains
	}{
		// Undeclared text: guessed from the bytes.
		{"ru-1251.txt", enc(t, charmap.Windows1251, russian), "windows-1251", russian},
		{"ja-sjis.txt", enc(t, japanese.ShiftJIS, japaneseS), "shift_jis", japaneseS},
		{"ja-eucjp.txt", enc(t, japanese.EUCJP, japaneseS), "euc-jp", japaneseS},
		{"ko-euckr.txt", enc(t, korean.EUCKR, koreanS), "euc-kr", koreanS},
		{"zh-gbk.txt", enc(t, simplifiedchinese.GBK, chinese), "gbk", chinese},
		{"fr-1252.txt", enc(t, charmap.Windows1252, french), "windows-1252", french},
		{"pt-1252.txt", enc(t, charmap.Windows1252, portuguese), "windows-1252", portuguese},
		{"de-1252.txt", enc(t, charmap.Windows1252, german), "windows-1252", german},
		{"invalid-utf8.txt", []byte("Caf\xe9 owner \x93robbed\x94 \x96 police"), "windows-1252", "Café owner “robbed” – police"},
		{"ru-1251-html.html", page("", enc(t, charmap.Windows1251, russian)), "windows-1251", russian},
		// Declared in the document.
		{"meta-1251.html", page(`<meta charset="windows-1251">`, enc(t, charmap.Windows1251, russian)), "windows-1251", russian},
		{"meta-sjis.html", page(`<meta charset=Shift_JIS>`, enc(t, japanese.ShiftJIS, japaneseS)), "shift_jis", japaneseS},
		{"equiv-koi8.html", page(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`, enc(t, charmap.KOI8R, russian)), "koi8-r", russian},
		{"meta-8859-2.html", page(`<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-2">`, enc(t, charmap.ISO8859_2, polish)), "iso-8859-2", polish},
		{"meta-latin1.html", page(`<meta charset="iso-8859-1">`, enc(t, charmap.Windows1252, french)), "windows-1252", french},
		{"meta-late.html", page(longScript+`<meta charset="windows-1251">`, enc(t, charmap.Windows1251, russian)), "windows-1251", russian},
		{"xml-decl.html", append([]byte(`<?xml version="1.0" encoding="windows-1251"?>`+"\n"), page("", enc(t, charmap.Windows1251, russian))...), "windows-1251", russian},
		{"meta-sjis.txt", page(`<meta charset="shift_jis">`, enc(t, japanese.ShiftJIS, japaneseS)), "shift_jis", japaneseS},
		// Declared wrongly: UTF-8 bytes win over a legacy label.
		{"mislabelled.html", page(`<meta charset="iso-8859-1">`, []byte(french)), "utf-8", french},
		{"meta-utf16.html", page(`<meta charset="utf-16">`, []byte(russian)), "utf-8", russian},
		{"unknown-label.html", page(`<meta charset="no-such-charset">`, enc(t, charmap.Windows1251, russian)), "windows-1251", russian},
		// Byte order marks.
		{"utf8-bom.txt", append([]byte("\xef\xbb\xbf"), russian...), "utf-8", russian},
		{"utf16le-bom.html", utf16le, "utf-16le", russian},
		{"utf16be-bom.txt", utf16be, "utf-16be", russian},
		// UTF-8 with a stray bad byte stays UTF-8.
		{"stray-byte.txt", []byte(russian + " \xff " + russian), "utf-8", russian + " \ufffd "},
		{"ascii.txt", []byte("plain ASCII text"), "utf-8", "plain ASCII text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := write(t, dir, tc.name, tc.content)
			it := readOne(t, Options{}, p)
			if it.Err != nil {
				t.Fatal(it.Err)
			}
			r := it.Raw
			if r.Charset != tc.charset {
				t.Errorf("charset %q, want %q", r.Charset, tc.charset)
			}
			if !strings.Contains(r.Body, tc.want) {
				t.Errorf("body %.300q lacks %q", r.Body, tc.want)
			}
			if !utf8.ValidString(r.Body) || strings.HasPrefix(r.Body, "\ufeff") {
				t.Errorf("body not clean UTF-8: %.80q", r.Body)
			}
		})
	}
}

func TestDecodeHeaderCharset(t *testing.T) {
	for _, tc := range []struct {
		ct, charset string
		data        []byte
		want        string
	}{
		{"text/html; charset=windows-1251", "windows-1251", page(`<meta charset="utf-8">`, enc(t, charmap.Windows1251, russian)), russian},
		{"text/plain; charset=Shift_JIS", "shift_jis", enc(t, japanese.ShiftJIS, japaneseS), japaneseS},
		{"text/html; charset=ISO-8859-1", "utf-8", []byte(french), french}, // the usual server default, wrong
		{"text/html; charset=utf-8", "windows-1251", enc(t, charmap.Windows1251, russian), russian},
		{"text/html; charset=bogus", "windows-1251", enc(t, charmap.Windows1251, russian), russian},
		{"text/plain; charset=utf-16le", "utf-16le", enc(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "hi"), "hi"},
	} {
		body, cs := decode(tc.data, tc.ct, true)
		if cs != tc.charset || !strings.Contains(body, tc.want) {
			t.Errorf("decode with %q: charset %q body %.120q; want %q containing %q", tc.ct, cs, body, tc.charset, tc.want)
		}
	}
}

func TestGuessNeverInvalid(t *testing.T) {
	// Every byte value, in every position: the output is valid UTF-8.
	var b []byte
	for i := 0; i < 256; i++ {
		b = append(b, byte(i), byte(255-i), 'a')
	}
	for i := 0; i < 3; i++ {
		body, cs := decode(b[i:], "", i%2 == 0)
		if !utf8.ValidString(body) || cs == "" {
			t.Errorf("offset %d: charset %q, valid %v", i, cs, utf8.ValidString(body))
		}
	}
}

func TestCharsetFromContent(t *testing.T) {
	for in, want := range map[string]string{
		"text/html; charset=windows-1251":   "windows-1251",
		"text/html;charset='koi8-r'":        "koi8-r",
		`text/html; CHARSET = "utf-8"; x=y`: "utf-8",
		"text/html":                         "",
		"charset":                           "",
	} {
		if got := charsetFromContent(in); got != want {
			t.Errorf("charsetFromContent(%q) = %q, want %q", in, got, want)
		}
	}
}
