package clean

import "strings"

// filterParagraphs drops what go-trafilatura leaves of the page furniture:
// a first paragraph that repeats the headline, and short paragraphs that
// the text classifier's phrase list names as furniture ("Read more: …",
// "CLICK HERE TO GET THE APP", "You may also like:"). The same phrase list
// serves the text cleaner, so one list learns for both.
func filterParagraphs(text, title string) string {
	paras := strings.Split(text, "\n\n")
	out := paras[:0]
	t := headlineKey(title)
	for i, p := range paras {
		if i == 0 && t != "" && headlineKey(p) == t {
			continue
		}
		if isFurnitureParagraph(p) {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// isFurnitureParagraph reports whether a paragraph is page furniture by the
// boilerplate phrase list.
func isFurnitureParagraph(p string) bool {
	low := foldCase(p)
	if hasStrongPhrase(low) {
		return true
	}
	words := phraseWords(low)
	if len(words) == 0 || len(words) > maxPhraseWords {
		return false
	}
	return matchPhrases(words) != phraseNone
}

// headlineKey folds a headline for comparison: lower case, words only.
func headlineKey(s string) string {
	return strings.Join(phraseWords(foldCase(s)), " ")
}

// syndicatedFrom reads the original publisher from the body's paragraphs:
// "This article was originally published by Futurism.", "(MENAFN- Asia
// Times)". It looks only at short paragraphs, where such notes stand.
func syndicatedFrom(text string) string {
	for _, p := range strings.Split(text, "\n\n") {
		if k := strings.Index(p, "(MENAFN-"); k >= 0 {
			rest := p[k+len("(MENAFN-"):]
			if e := strings.IndexByte(rest, ')'); e > 0 {
				return strings.TrimSpace(rest[:e])
			}
		}
		if len(p) > 400 {
			continue
		}
		low := foldCase(p)
		for _, op := range originallyPublished {
			if k := strings.Index(low, op); k >= 0 {
				if name := nameAfterPreposition(p[k+len(op):]); name != "" {
					return name
				}
			}
		}
	}
	return ""
}
