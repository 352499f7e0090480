package extract

import (
	"strings"
	"unicode"
)

// splitTitle cuts a page title into the headline and the site's name that
// pages append to it: "2 killed in western Montana shooting - KTVQ.com |
// Q2 | Billings, MT" is the headline "2 killed in western Montana
// shooting" and the site "KTVQ.com | Q2 | Billings, MT". The site's town
// is where the station is, not where the shooting was, so it is no place
// of the story. A part after " | ", " - " or " – " is the site's when it
// carries a site's mark: a domain, call letters, "News", "TV", "Channel",
// "Weather"...; the headline keeps the rest. site is "" when no part is
// the site's.
func splitTitle(title string) (headline, site string) {
	cut := -1
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		from := 0
		for {
			i := strings.Index(title[from:], sep)
			if i < 0 {
				break
			}
			i += from
			if i > 0 && siteMark(title[i+len(sep):]) && (cut < 0 || i < cut) {
				cut = i
				break
			}
			from = i + len(sep)
		}
	}
	if cut < 0 {
		return title, ""
	}
	return strings.TrimSpace(title[:cut]), strings.Trim(title[cut:], " |-–—")
}

// siteMarkWords are the words of a site's name: "WMC Action News 5",
// "WSMV Channel 4", "Continuous News Coverage".
var siteMarkWords = map[string]bool{
	"news": true, "tv": true, "channel": true, "weather": true, "sports": true, "newschannel": true,
	"radio": true, "examiner": true, "gazette": true, "tribune": true, "herald": true, "times": true,
	"post": true, "journal": true, "online": true, "coverage": true,
}

// siteMark reports whether s, the rest of a title after a separator,
// names a site: a domain ("KTVQ.com"), call letters ("WSMV", "KCTV5",
// "WCIV-TV") or a word of siteMarkWords.
func siteMark(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == ',' || r == ':' }) {
		lw := strings.ToLower(w)
		if strings.Contains(lw, ".com") || strings.Contains(lw, ".org") || strings.Contains(lw, ".net") {
			return true
		}
		if siteMarkWords[strings.Trim(lw, "-–—()")] {
			return true
		}
		if callLetters(w) {
			return true
		}
	}
	return false
}

// callLetters reports whether w is a US or Canadian broadcaster's call
// sign, maybe with its channel or band: "WSMV", "KCTV5", "WCIV-TV".
func callLetters(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	w = strings.TrimRight(w, "0123456789")
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' && w[0] != 'C' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
