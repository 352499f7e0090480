package fuse

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-project/dossier/internal/gazetteer"
)

// nameStop are capitalised words that begin or join names without naming
// anyone: titles, function words at the start of a sentence, days, months.
var nameStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an in on at of and or but for to from by with as
		he she it they we i his her their its this that these those there here
		mr mrs ms dr sgt lt capt det officer officers deputy deputies chief sheriff police
		county city state north south east west new saint st mount fort port
		monday tuesday wednesday thursday friday saturday sunday
		january february march april may june july august september october november december
		associated press reuters news copyright update updated breaking watch video photo
		view full caption image images gallery report homicide getty
		memorial hospital medical center centre trauma health general university college school
		high middle elementary academy church court district attorney office department
		avenue street road boulevard drive lane highway interstate route park
		president governor senator mayor judge coroner spokesman spokeswoman
		law enforcement bureau division channel radio share pin tweet facebook twitter`) {
		nameStop[w] = true
	}
}

// officialTitles are the titles before the name of someone who speaks for
// an office: "Officer Dan Donakowski", "Sgt. Jane Roe", "Police Chief".
var officialTitles = map[string]bool{
	"officer": true, "sgt": true, "sergeant": true, "lt": true, "lieutenant": true, "capt": true, "captain": true,
	"cpl": true, "corporal": true, "det": true, "detective": true, "deputy": true, "chief": true, "sheriff": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "coroner": true, "mayor": true, "judge": true,
	"prosecutor": true, "commissioner": true, "superintendent": true, "trooper": true, "cmdr": true, "commander": true,
}

// institutionHeads end the name of a hospital, whose name is in the news
// of every shooting in its city.
var institutionHeads = map[string]bool{
	"hospital": true, "medical": true, "clinic": true, "infirmary": true, "trauma": true, "hospitals": true,
}

// Names returns hashes of the proper names of an article: single
// capitalised words ("Zawahri", "Alturas") and pairs of adjacent ones ("John
// Zawahri", "Crocus City", "Stickney Creek"), none of them a common word;
// pairs have pairBit set. A word is common when the text also uses it
// in lower case ("Police" at a sentence start, "police" elsewhere) or when it
// is in a short stop list. Two reports of the same incident name the same
// victims, suspects, streets and venues; two reports of different incidents
// seldom share a rare one. The names of officials (after "Officer",
// "Sgt.", "Sheriff"...) and of hospitals ("Holy Cross Hospital") have
// officialBit set. The result is sorted and has
// no repeats.
func Names(title, text string) []uint64 {
	lower := map[string]bool{}
	words := func(s string, fn func(w string, start int)) {
		start := -1
		for i, r := range s {
			in := unicode.IsLetter(r) || r == '\'' || r == '’'
			if in && start < 0 {
				start = i
			}
			if !in && start >= 0 {
				fn(s[start:i], start)
				start = -1
			}
		}
		if start >= 0 {
			fn(s[start:], start)
		}
	}
	for _, s := range []string{title, text} {
		words(s, func(w string, _ int) {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) {
				lower[w] = true
			}
		})
	}
	// Officials who speak for the police or a court ("Officer Dan
	// Donakowski", "Sgt. Jane Roe") speak of every incident in a big
	// city: their names are marked (officialBit).
	// So do the hospitals the wounded are taken to ("Holy Cross
	// Hospital", "Advocate Christ Medical Center"): the capitalised words
	// before an institution's head are marked too.
	official := map[string]bool{}
	for _, s := range []string{title, text} {
		left, prevEnd := 0, -1
		var run []string // the capitalised words just before w
		words(s, func(w string, start int) {
			gap := prevEnd >= 0 && (s[prevEnd:start] == " " || s[prevEnd:start] == ". ")
			prevEnd = start + len(w)
			l := strings.ToLower(w)
			r, _ := utf8.DecodeRuneInString(w)
			upper := unicode.IsUpper(r)
			if !upper || !gap && len(run) > 0 {
				run = run[:0]
			}
			if upper && institutionHeads[l] {
				for _, x := range run {
					official[x] = true
				}
				run = run[:0]
			} else if upper {
				run = append(run, strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s"))
			}
			if officialTitles[l] {
				left = 2
				return
			}
			if left > 0 && gap && upper {
				official[l] = true
				left--
				return
			}
			left = 0
		})
	}
	var out []uint64
	for _, s := range []string{title, text} {
		prev, prevEnd := "", -1
		words(s, func(w string, start int) {
			cur := ""
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && len(w) > 1 {
				l := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
				if !lower[l] && !nameStop[l] && len(l) > 1 {
					cur = l
				}
			}
			if cur != "" {
				out = append(out, mark(nameHash(cur, ""), official[cur]))
			}
			if cur != "" && prev != "" && s[prevEnd:start] == " " && !isPlace(prev+" "+cur) {
				out = append(out, mark(nameHash(prev, cur)|pairBit, official[prev] || official[cur]))
			}
			prev, prevEnd = cur, start+len(w)
		})
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// pairBit marks the hash of a pair of words; officialBit the name of an
// official ("Officer Dan Donakowski"), which ties reports together only
// outside a big city (see sharedNames).
const (
	pairBit     = 1 << 63
	officialBit = 1 << 62
)

// mark sets officialBit on h when official is true, and clears it else.
func mark(h uint64, official bool) uint64 {
	if official {
		return h | officialBit
	}
	return h &^ officialBit
}

// nameHash hashes one word, or a pair when b is not "".
func nameHash(a, b string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(a))
	if b != "" {
		h.Write([]byte{' '})
		h.Write([]byte(b))
	}
	return h.Sum64() &^ (pairBit | officialBit) // the marks are set by the caller
}

// isPlace reports whether a pair of words names a city, region or country:
// places recur in a city's news and do not tie two reports together.
func isPlace(name string) bool {
	if _, ok := gazetteer.CityByName(name, ""); ok {
		return true
	}
	if len(gazetteer.Regions(name)) > 0 {
		return true
	}
	_, ok := gazetteer.CountryByName(name)
	return ok
}

// titleStop are headline words that tell of any shooting: they tie no
// two reports together however rare they are in a small corpus.
var titleStop = map[string]bool{}

func init() {
	// nameStop's words (function words, days, "police", "news"...) are
	// left out by titleWords too.
	for _, w := range strings.Fields(`into over after before about while during amid
		who was were are has have had been will not out off than then
		man men woman women boy boys girl girls teen teens child children kid kids son daughter
		father mother dad mom wife husband brother sister baby toddler person people family
		year years old one two three four five six seven eight nine ten second third
		shot shots shoot shoots shooting shootings shooter gunfire gunshot gunman gun guns
		kill kills killed killing dead death deaths die dies died dying fatal fatally deadly
		wound wounds wounded injure injures injured injuring hurt critical condition
		cops investigate investigating investigation
		say says said suspect suspects arrest arrests arrested charge charges charged custody
		accidental accidentally accident identified identify victim victims home house night
		morning afternoon weekend photos local near found`) {
		titleStop[w] = true
	}
}

// titleWords returns hashes of the words of a headline that may tie two
// reports of one incident together beyond its proper names: "bar",
// "nightclub", "drive-by", "tribal". The words any shooting's headline
// uses (titleStop) are left out. The result is sorted and has no repeats.
func titleWords(title string) []uint64 {
	var out []uint64
	for _, w := range strings.FieldsFunc(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		w = strings.Trim(w, "-")
		l := strings.ToLower(w)
		// An age is kept with its number ("11-year-old"); a bare number
		// is a count, which countScore weighs.
		if !strings.ContainsFunc(l, unicode.IsLetter) || utf8.RuneCountInString(l) < 3 || titleStop[l] || nameStop[l] {
			continue
		}
		out = append(out, titleHash(l))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// titleHash hashes a lower-case headline word apart from the names.
func titleHash(w string) uint64 { return nameHash("\x00"+w, "") }
