package clean

import (
	"strings"
	"testing"
)

// measured returns a line measured on its own.
func measured(text string) *textLine {
	l := &textLine{text: text, low: foldCase(text)}
	l.measure(nil)
	l.repeat = 1
	return l
}

func TestLineFeatures(t *testing.T) {
	tests := []struct {
		in                                string
		words, stops                      int
		terminal, colon, ellipsis, bullet bool
		startLower, closeStart, openEnd   bool
		lastStop                          bool
		gaps                              int
		phrase                            phraseClass
	}{
		{in: "The group announced further attacks in Russia.", words: 7, stops: 2, terminal: true},
		{in: "“ISIS-K is a real threat.”", words: 6, stops: 2, terminal: true},
		{in: "Others yes!", words: 2, terminal: true},
		{in: "Here is everything you need to know about the attack:", words: 10, stops: 5, colon: true},
		{in: "Now you can see non-English news...", words: 7, stops: 3, ellipsis: true, phrase: phraseFurniture},
		{in: "  • Diplomacy with a history", words: 4, stops: 2, bullet: true},
		{in: "- Advertisement -", words: 1, bullet: true, phrase: phraseFurniture},
		{in: "in which they analyzed the narrative", words: 6, stops: 4, startLower: true},
		{in: ") was founded, with several commanders", words: 5, stops: 2, startLower: true, closeStart: true},
		{in: "In 2015, the branch of ISIS (", words: 6, stops: 3, openEnd: true},
		{in: "warned this a year ago in an article in", words: 9, stops: 5, startLower: true, lastStop: true},
		{in: "US   Europe   Arab   Asia", words: 4, stops: 1, gaps: 3},
		{in: "Share on FacebookShare on Twitter", words: 5, stops: 2, phrase: phraseFurniture},
		{in: "Source link", words: 2, phrase: phraseEnd},
		{in: "Comments (3)", words: 2, phrase: phraseEnd},
		{in: "He did not share details of the plot.", words: 8, stops: 5, terminal: true},
		{in: "Copyright © 2021 Agencia. All rights reserved. Distributed by AllAfrica Global Media and many others who republish its reports every day.", words: 20, stops: 6, terminal: true, phrase: phraseFurniture},
	}
	for _, tt := range tests {
		text, _ := trimSpace(tt.in)
		l := measured(text)
		got := []any{l.words, l.stops, l.terminal, l.colon, l.ellipsis, l.bullet, l.startLower, l.closeStart, l.openEnd, l.lastStop, l.gaps, l.phrase}
		want := []any{tt.words, tt.stops, tt.terminal, tt.colon, tt.ellipsis, tt.bullet, tt.startLower, tt.closeStart, tt.openEnd, tt.lastStop, tt.gaps, tt.phrase}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: features %v, want %v", tt.in, got, want)
				break
			}
		}
	}
}

func TestClassifyLine(t *testing.T) {
	tests := []struct {
		in   string
		want lineKind
	}{
		{"", lkBlank},
		{"0", lkJunk},
		{"45678910", lkJunk},
		{"M T W T F S S", lkJunk},
		{`<span style="color: rgb(0, 0, 0);">Egyptians look at the aftermath</span>`, lkJunk},
		{"http://www.example.com/world/2024", lkJunk},
		{"Friday, May 9, 2025", lkDate},
		{"25 de March de 2024", lkDate},
		{"3/25/2024 9:08:17 AM", lkDate},
		{"Published: March 24, 2024", lkDate},
		{"The attack on March 22, 2024 killed 133 people in the hall.", lkProse},
		{"By Ali Raza", lkByline},
		{"By John Ward Anderson and Karen DeYoung", lkByline},
		{"Author:Justyna Zuber", lkByline},
		{"Por Redacción", lkByline},
		{"By day's end, commercial aviation was returning to normal.", lkProse},
		{"No Result", lkFurniture},
		{"View All Result", lkFurniture},
		{"- Advertisement -", lkFurniture},
		{"ADVERTISEMENT", lkFurniture},
		{"Share on FacebookShare on Twitter", lkFurniture},
		{"Read more: “Extreme brutality” and a long list of enemies", lkFurniture},
		{"See also: White House: the so-called Islamic State", lkFurniture},
		{"Click here to download the Fox News app", lkFurniture},
		{"Please enter a valid email address.", lkFurniture},
		{"Subscribe to continue reading", lkEnd},
		{"Source link", lkEnd},
		{"Leave a Reply", lkEnd},
		{"Related articles", lkBreak},
		{"You may also like", lkBreak},
		{"Previous Post", lkEnd},
		{"Tags: Moscow, ISIS-K", lkEnd},
		{"Source: elparis", lkFurniture},
		{"© This article was originally published in Escudo Digital", lkFurniture},
		{"This article was originally published on The Conversation.", lkFurniture},
		{"2:53 Puyallup police discuss threats, arrest", lkFurniture},
		{"A member waves a flag in Raqqa on June 29, 2014. (Reuters/Stringer)", lkCaption},
		{"A Russian soldier controls an area as a fire breaks out over the hall. (AP Photo)", lkCaption},
		{"Police assist an injured man near London Bridge. Photo: DANIEL SORABJI/AFP via Getty Images", lkCaption},
		{"After the attack in Moscow, concerns are growing in EuropeAndrzej Zaucha/Fakty TVN", lkCaption},
		{"  • News", lkMenu},
		{"  • The world in Spain", lkMenu},
		{"US          Europe          Arab          Asia", lkMenu},
		{"Home | World | Sport | Business", lkMenu},
		{"Home Tribune", lkMenu},
		{"What is ISIS-K?", lkShort},
		{"Sometimes they are not fulfilled.", lkShort},
		{"Increase in ISIS-K attacks", lkHeading},
		{"Why ISIS-K Has Russia In Its Terrorist Sights", lkLinkTitle},
		{"With Taliban victory, Afghanistan could become ‘second school of jihadism’", lkLinkTitle},
		{"Now you can see non-English news...", lkFurniture},
		{"Russia was attacked on Friday by terrorism with a ferocity unlike anything it had seen.", lkProse},
		{"After the loss of territory in Iraq and Syria, the branch known as Khorasan province gains weight with attacks", lkProse},
	}
	for _, tt := range tests {
		text, _ := trimSpace(tt.in)
		l := measured(text)
		if got := classifyLine(l); got != tt.want {
			t.Errorf("classifyLine(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestClassifyRepeatedShortLine(t *testing.T) {
	p := newTextPage("Redacción\nSome headline for a story here\nRedacción\nAECID signs memorandum\nAECID signs memorandum\n")
	kinds := map[string]lineKind{}
	for _, l := range p.lines {
		kinds[l.text] = l.kind
	}
	if kinds["AECID signs memorandum"] != lkMenu || kinds["Redacción"] != lkMenu {
		t.Errorf("repeated lines not furniture: %v", kinds)
	}
}

func TestFoldCaseKeepsOffsets(t *testing.T) {
	for _, s := range []string{"ISIS-K, Russia’s TERRORIST nightmare", "ÉTÉ À PARÍS", "ПОЛИЦИЯ Ёлка", "already lower", "日本語 ABC"} {
		f := foldCase(s)
		if len(f) != len(s) {
			t.Errorf("foldCase(%q) = %q: length %d, want %d", s, f, len(f), len(s))
		}
		if want := strings.ToLower(s); f != want {
			t.Errorf("foldCase(%q) = %q, want %q", s, f, want)
		}
	}
}

func TestNextWord(t *testing.T) {
	var got []string
	s := "Russia’s “ISIS-K” don't 2024 — café'"
	for i := 0; i < len(s); {
		a, b := nextWord(s, i)
		if a < 0 {
			break
		}
		got = append(got, s[a:b])
		i = b
	}
	want := "Russia’s|ISIS|K|don't|2024|café"
	if strings.Join(got, "|") != want {
		t.Errorf("words = %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestTrimAndCollapse(t *testing.T) {
	s, lead := trimSpace("\u00a0 \u200b  • News \u00a0\r")
	if s != "• News" || lead != 5 {
		t.Errorf("trimSpace = %q, %d", s, lead)
	}
	for in, want := range map[string]string{
		"a  b\u00a0\u00a0c\t d ": "a b c d",
		"already clean":          "already clean",
		" lead":                  "lead",
		"":                       "",
	} {
		if got := collapseSpace(in); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShouldJoin(t *testing.T) {
	page := func(lines ...string) *textPage { return newTextPage(strings.Join(lines, "\n\n")) }
	tests := []struct {
		p    *textPage
		want int // lines after joining
	}{
		{page("warned this a year ago in an article in", "Foreign Policy", "in which they analyzed the narrative of the group."), 1},
		{page("In 2015, the branch of ISIS (", "Vilayat Kavkaz", ") was founded."), 1},
		{page("The attack left 133 dead.", "in Tribune"), 2},
		{page("25 de March de 2024", "in Tribune"), 2},
		{page("  • es Español", "  • en English"), 2},
		{page("Chief constable Ian Hopkins said:", "“We have been treating this as a terrorist incident.”"), 1},
		{page("Here is everything you need to know about the attack:", "Where did the shootings take place?"), 2},
	}
	for _, tt := range tests {
		if got := len(tt.p.lines); got != tt.want {
			var texts []string
			for _, l := range tt.p.lines {
				texts = append(texts, l.text)
			}
			t.Errorf("joined into %d lines, want %d: %q", got, tt.want, texts)
		}
	}
}

func TestDatePrefixLen(t *testing.T) {
	for in, want := range map[string]int{
		"date 2024-03-25 mozambique: terrorists behead four": 15,
		"date 2024-03-25":                  15,
		"date: 2019-01-16 at least 14 die": 16,
		"dated 2024-03-25 x":               0,
		"date night in paris":              0,
	} {
		if got := datePrefixLen(in); got != want {
			t.Errorf("datePrefixLen(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestBestRun(t *testing.T) {
	s, e, best := bestRun([]float64{-6, -6, 30, -2, 40, -6, -6, 5, scoreBreak, 100}, 0, 9)
	if s != 2 || e != 4 || best != 68 {
		t.Errorf("bestRun = %d..%d %v", s, e, best)
	}
	if s, _, _ := bestRun([]float64{-1, -2}, 0, 2); s != -1 {
		t.Errorf("bestRun over furniture = %d, want -1", s)
	}
}

func TestSpaceGluedSentences(t *testing.T) {
	for in, want := range map[string]string{
		"at the beginning of March.Russian security services": "at the beginning of March. Russian security services",
		"only the bombers died.He said: it was over.":         "only the bombers died. He said: it was over.",
		"U.S.-bound jets and St.Petersburg and bbc.com":       "U.S.-bound jets and St.Petersburg and bbc.com",
		"a.B": "a.B",
	} {
		if got := spaceGluedSentences(in); got != want {
			t.Errorf("spaceGluedSentences(%q) = %q, want %q", in, got, want)
		}
	}
}
