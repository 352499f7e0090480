package store

import "testing"

func TestNormalizeURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"https://example.com/a/b", "https://example.com/a/b"},
		{"HTTPS://Example.COM/a/b", "https://example.com/a/b"},
		{"https://example.com/A/B", "https://example.com/A/B"}, // the path keeps its case
		{"https://example.com/a/b/", "https://example.com/a/b"},
		{"https://example.com/a/b//", "https://example.com/a/b"},
		{"https://example.com/", "https://example.com"},
		{"https://example.com", "https://example.com"},
		{"https://example.com/a#section-2", "https://example.com/a"},
		{"https://example.com/a/#", "https://example.com/a"},
		{"https://example.com/a?x=1&y=2#frag", "https://example.com/a?x=1&y=2"},
		{"https://example.com/a/?x=1", "https://example.com/a?x=1"},
		{"https://example.com/a?", "https://example.com/a"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"http://example.com:443/a", "http://example.com:443/a"},
		{"  https://example.com/a  ", "https://example.com/a"},
		{"https://example.com/caf%C3%A9/", "https://example.com/caf%C3%A9"},
		{"https://example.com/a%2Fb/", "https://example.com/a%2Fb"},
		{"example.com/a/#x", "example.com/a"}, // not absolute: kept, fragment and slash dropped
		{"mailto:news@example.com", "mailto:news@example.com"},
		{"://bad url#x", "://bad url"},
	}
	for _, tt := range tests {
		if got := NormalizeURL(tt.in); got != tt.want {
			t.Errorf("NormalizeURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  \n\t ", ""},
		{"...!!!", ""},
		{"Hello, World!", "hello world"},
		{"  Hello\n\n  WORLD  ", "hello world"},
		{"“Quoted” text — with dashes…", "quoted text with dashes"},
		{"don't", "don t"},
		{"well-known", "well known"},
		{"137 killed; 2,000 hurt", "137 killed 2 000 hurt"},
		{"BOGOTÁ", "bogotá"},
		{"Bogota\u0301", "bogotá"}, // decomposed and composed agree (NFKC)
		{"ﬁre", "fire"},            // ligature folded (NFKC)
		{"Ｆｕｌｌｗｉｄｔｈ", "fullwidth"},
		{"Ελληνικά Κείμενα", "ελληνικά κείμενα"},
		{"Тест, ТЕСТ.", "тест тест"},
		{"الموصل، العراق", "الموصل العراق"},
		{"<p>tags</p>", "p tags p"},
		{"a\u00a0b\u2003c", "a b c"}, // non-breaking and em spaces
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	same := []string{
		"Gunmen killed 12 people in Kabul.",
		"gunmen killed 12 people in kabul",
		"  GUNMEN  killed\n12 people — in Kabul!! ",
	}
	for _, s := range same[1:] {
		if ContentHash(s) != ContentHash(same[0]) {
			t.Errorf("ContentHash(%q) differs from ContentHash(%q)", s, same[0])
		}
	}
	if ContentHash("Gunmen killed 13 people in Kabul.") == ContentHash(same[0]) {
		t.Error("different texts hash alike")
	}
	if h := ContentHash("x"); len(h) != 64 {
		t.Errorf("hash %q is not 64 hex digits", h)
	}
}
