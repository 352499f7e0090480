package acquire

import (
	"strings"
	"testing"
)

func TestBinaryKind(t *testing.T) {
	tests := []struct {
		data string
		want string
	}{
		{"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"},
		{"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"},
		{"GIF89a\x01\x00", "GIF image"},
		{"RIFF\x10\x00\x00\x00WEBPVP8 ", "WebP image"},
		{"%PDF-1.7\n", "PDF document"},
		{"\x7fELF\x02\x01\x01", "ELF executable"},
		{"MZ\x90\x00\x03\x00", "Windows executable"},
		{"PK\x03\x04\x14\x00", "zip archive"},
		{"\x1f\x8b\x08\x00", "gzip data"},
		{"BZh91AY&SY\x00", "bzip2 data"},
		{"SQLite format 3\x00", "SQLite database"},
		{"\x00\x00\x00\x18ftypmp42", "MP4/QuickTime media"},
		{"text with a \x00 NUL", "NUL bytes"},
		{strings.Repeat("\x01\x02ab", 10), "control characters"},
		{"<html><body>fine</body></html>", ""},
		{"plain\ttext\r\nwith\fform feeds\v", ""},
		{"\x1b$B8=:_\x1b(B ISO-2022-JP uses escape", ""},
		{"\xff\xfeh\x00i\x00", ""}, // UTF-16 with its BOM
		{"MZ is also how a sentence can start.", ""},
		{"BM: initials", ""},
	}
	for _, tc := range tests {
		if got := binaryKind([]byte(tc.data)); got != tc.want {
			t.Errorf("binaryKind(%q) = %q, want %q", tc.data, got, tc.want)
		}
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		data          string
		strict, loose bool
	}{
		{"<!DOCTYPE html><html>", true, true},
		{"\ufeff  \n<!doctype HTML>", true, true},
		{"<HTML lang=en>", true, true},
		{"<html>", true, true},
		{`<?xml version="1.0"?><!-- saved --><html xmlns="x">`, true, true},
		{"<!-- a comment -->\n<div>", false, true},
		{"<p>A paragraph.</p>", false, true},
		{"<body>", false, true},
		{"<h2>Heading</h2>", false, true},
		{"<htmlish>", false, false},
		{"<pre-formatted>", false, false},
		{"<b", false, true},
		{"Plain text with <p> later.", false, false},
		{"", false, false},
		{"<", false, false},
		{"<rss version=\"2.0\">", false, false},
	}
	for _, tc := range tests {
		if got := looksHTML([]byte(tc.data), false); got != tc.strict {
			t.Errorf("looksHTML(%q, strict) = %v", tc.data, got)
		}
		if got := looksHTML([]byte(tc.data), true); got != tc.loose {
			t.Errorf("looksHTML(%q, loose) = %v", tc.data, got)
		}
	}
}

func TestRootElement(t *testing.T) {
	for in, want := range map[string]string{
		`<?xml version="1.0"?><rss version="2.0">`:                    "rss",
		"\ufeff<?xml version='1.0'?>\n<!-- c --><feed xmlns='x'>":     "feed",
		`<?xml version="1.0"?><?xml-stylesheet href="s"?><rdf:RDF x>`: "RDF",
		"<!DOCTYPE html>\n<html>":                                     "html",
		"plain":                                                       "",
		"<unclosed":                                                   "",
	} {
		if got := rootElement(in); got != want {
			t.Errorf("rootElement(%q) = %q, want %q", in, got, want)
		}
	}
}
