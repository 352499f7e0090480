package analyze

import (
	"reflect"
	"strings"
	"testing"
)

func sentTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith was shot. He died.", []string{"Mr. Smith was shot.", "He died."}},
		{"Sgt. Dana Holt said the U.S. Army was not involved. Police said more.",
			[]string{"Sgt. Dana Holt said the U.S. Army was not involved.", "Police said more."}},
		{"It happened at 1 a.m. Sunday at the club. Police said two men fled.",
			[]string{"It happened at 1 a.m. Sunday at the club.", "Police said two men fled."}},
		{"It happened at 5 p.m. The victim was taken away.", []string{"It happened at 5 p.m.", "The victim was taken away."}},
		{"Attacks rose in the U.S. In 2015 there were more.", []string{"Attacks rose in the U.S.", "In 2015 there were more."}},
		{"Paul R. Dunne, 23, of Fontaine was arrested. He is in jail.", []string{"Paul R. Dunne, 23, of Fontaine was arrested.", "He is in jail."}},
		{"He moved to Peoria, Ill. The shooting happened later.", []string{"He moved to Peoria, Ill.", "The shooting happened later."}},
		{"ALTURAS, Calif. (AP) — Four people were killed.", []string{"ALTURAS, Calif. (AP) — Four people were killed."}},
		{"On Jan. 3 two bombers struck. Dozens died.", []string{"On Jan. 3 two bombers struck.", "Dozens died."}},
		{"He lives at No. 5 Elm St. in town.", []string{"He lives at No. 5 Elm St. in town."}},
		{"Lt. Gen. Mark Rowe and Gov. Ann Lee spoke. Dr. Ray Moss agreed.", []string{"Lt. Gen. Mark Rowe and Gov. Ann Lee spoke.", "Dr. Ray Moss agreed."}},
		{`"Help!" she screamed. Then it was quiet.`, []string{`"Help!" she screamed.`, "Then it was quiet."}},
		{`He said, "It was awful." Police arrived soon.`, []string{`He said, "It was awful."`, "Police arrived soon."}},
		{"He said, “It was awful.” Police arrived soon.", []string{"He said, “It was awful.”", "Police arrived soon."}},
		{"Was anyone hurt? Nobody knows! The police are silent.", []string{"Was anyone hurt?", "Nobody knows!", "The police are silent."}},
		{"by two bombers.Police spokesperson said only the bombers died.", []string{"by two bombers.", "Police spokesperson said only the bombers died."}},
		{"A van burned.“Also at the market, a bomb went off.”", []string{"A van burned.", "“Also at the market, a bomb went off.”"}},
		{"The site is WALB.com and it is free.", []string{"The site is WALB.com and it is free."}},
		{"He waited… Then he left.", []string{"He waited…", "Then he left."}},
		{"The rate was 3.5 percent. It fell.", []string{"The rate was 3.5 percent.", "It fell."}},
		{"Headline without a stop\nThe body starts here. It ends here.", []string{"Headline without a stop", "The body starts here.", "It ends here."}},
		{"  \n\n  ", nil},
	}
	for _, tc := range tests {
		got := sentTexts(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q\n  got  %q\n  want %q", tc.in, got, tc.want)
		}
	}
}

func TestSentenceOffsetsAndParagraphs(t *testing.T) {
	text := "Title line\n\nFirst para. Second sentence.\r\n\r\n\n  Second para here.  \nSame para, new line."
	ss := Sentences(text)
	wantPara := []int{0, 1, 1, 2, 2}
	if len(ss) != len(wantPara) {
		t.Fatalf("got %d sentences: %q", len(ss), sentTexts(text))
	}
	for i, s := range ss {
		if s.Index != i {
			t.Errorf("sentence %d has index %d", i, s.Index)
		}
		if s.Para != wantPara[i] {
			t.Errorf("sentence %d %q: para %d, want %d", i, s.Text, s.Para, wantPara[i])
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets %d:%d give %q, text %q", i, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Errorf("sentence %d not trimmed: %q", i, s.Text)
		}
	}
	if !reflect.DeepEqual(Sentences(text), ss) {
		t.Error("the same text gave different sentences")
	}
}
