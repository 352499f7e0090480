package quotes

import (
	"strings"
	"unicode"
)

// Quotation marks are found in one left-to-right pass over the sentences,
// carrying an open quote from one sentence to the next.

const (
	kindDouble = 1 // “ ” " « » „
	kindSingle = 2 // ‘ ’ '
)

// maxSpan bounds how many sentences a quote may run over before an unclosed
// opening mark is given up as a stray.
const (
	maxSpanDouble = 8
	maxSpanSingle = 3
)

// rawQuote is one run of quoted words between an opening and a closing mark.
type rawQuote struct {
	startSent, openPos  int // sentence and byte offset of the opening mark
	endSent, closeStart int // sentence and byte offset of the closing mark
	closeEnd            int // byte offset just past the closing mark
	contentStart        int // in the sentence being read
	kind                int
	parts               []string
	text                string
}

// qspan is the byte range [a, b) of a sentence inside quote marks.
type qspan struct{ a, b int }

type markClass int

const (
	mNone markClass = iota
	mOpen
	mClose
	mAmbig // a straight double quote that could open or close
)

// classify decides what the quotation mark r at s[i:i+size] may do.
func classify(s string, i, size int, r rune) (markClass, int) {
	prev := runeBefore(s, i)
	next, _ := runeAt(s, i+size)
	spaceBefore := prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:/", prev)
	spaceAfter := next == 0 || unicode.IsSpace(next) || strings.ContainsRune(".,;:!?)]}—–-…", next)
	switch r {
	case '“', '„', '‟', '«':
		return mOpen, kindDouble
	case '”', '»':
		return mClose, kindDouble
	case '"':
		switch {
		case spaceBefore && !spaceAfter:
			return mOpen, kindDouble
		case spaceAfter && !spaceBefore:
			return mClose, kindDouble
		}
		return mAmbig, kindDouble
	case '‘':
		if isDigitRune(next) || next == 0 || unicode.IsSpace(next) {
			return mNone, 0
		}
		return mOpen, kindSingle
	case '’', '\'':
		letterBefore := prev != 0 && isAlnum(prev)
		letterAfter := next != 0 && isAlnum(next)
		if letterBefore && letterAfter {
			return mNone, 0 // an apostrophe: it’s, O'Brien
		}
		if r == '\'' && spaceBefore && letterAfter {
			return mOpen, kindSingle
		}
		if !spaceBefore && !letterAfter {
			return mClose, kindSingle
		}
	}
	return mNone, 0
}

// scanMarks finds the quoted spans of every sentence and the quotes they
// form. spans[i] lists the byte ranges of sentence i inside quotes.
func scanMarks(sents []string) (spans [][]qspan, quotes []*rawQuote) {
	spans = make([][]qspan, len(sents))
	var open *rawQuote
	for si, s := range sents {
		var sp []qspan
		spanStart := -1
		if open != nil {
			open.contentStart = 0
			spanStart = 0
		}
		first := true // no word seen yet in this sentence
		for i := 0; i < len(s); {
			r, size := runeAt(s, i)
			if isAlnum(r) {
				first = false
				i += size
				continue
			}
			c, kind := mNone, 0
			switch r {
			case '“', '”', '"', '„', '‟', '«', '»', '‘', '’', '\'':
				// two single marks in a row stand for a double one: ‘‘ ’’ ''
				if r2, s2 := runeAt(s, i+size); (r == '‘' || r == '’' || r == '\'') && r2 == r {
					switch r {
					case '‘':
						c, kind = mOpen, kindDouble
					case '’':
						c, kind = mClose, kindDouble
					default:
						c, kind = classify(s, i, size+s2, '"')
					}
					size += s2
				} else {
					c, kind = classify(s, i, size, r)
				}
			}
			if c == mNone {
				if !unicode.IsSpace(r) {
					// dashes and bullets before an opening mark still count as
					// the sentence start
					if !strings.ContainsRune("-–—•*>", r) {
						first = false
					}
				}
				i += size
				continue
			}
			switch {
			case open == nil:
				if c == mOpen || c == mAmbig {
					open = &rawQuote{startSent: si, openPos: i, contentStart: i + size, kind: kind}
					spanStart = i
				}
			case open.kind == kindSingle && kind == kindDouble:
				// a double opening mark inside a single-quoted span: the
				// single mark was most likely an apostrophe after all
				if c == mOpen || c == mAmbig {
					open = &rawQuote{startSent: si, openPos: i, contentStart: i + size, kind: kind}
					spanStart = i
				}
			case open.kind == kindDouble && kind == kindSingle:
				// nested single quotes: ignore
			case c == mOpen && first && open.startSent < si:
				// a new paragraph of the same quote re-opens it
				open.contentStart = i + size
			case c == mOpen && kind == kindSingle:
				// a single opening mark while a single quote is open: keep
			default:
				open.parts = append(open.parts, s[open.contentStart:i])
				open.endSent, open.closeStart, open.closeEnd = si, i, i+size
				open.text = joinParts(open.parts)
				quotes = append(quotes, open)
				sp = append(sp, qspan{spanStart, i + size})
				open, spanStart = nil, -1
			}
			first = false
			i += size
		}
		if open != nil {
			if open.contentStart < len(s) {
				open.parts = append(open.parts, s[open.contentStart:])
			}
			sp = append(sp, qspan{spanStart, len(s)})
			limit := maxSpanDouble
			if open.kind == kindSingle {
				limit = maxSpanSingle
			}
			if si-open.startSent+1 >= limit {
				open = nil // never closed: a stray mark
			}
		}
		spans[si] = sp
	}
	return spans, quotes
}

// joinParts joins the pieces of a quote that runs over several sentences.
func joinParts(parts []string) string {
	if len(parts) == 1 {
		return cleanQuoteText(parts[0])
	}
	var b strings.Builder
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return cleanQuoteText(b.String())
}

// cleanQuoteText trims spaces and the comma or dash that hands over to the
// attribution ("We will win,” he said).
func cleanQuoteText(s string) string {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimRight(s, " ,;:—–-\u00a0")
		t = strings.TrimSpace(t)
		if t == s {
			break
		}
		s = t
	}
	return strings.Join(strings.Fields(s), " ")
}
