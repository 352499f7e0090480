package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// splitSentences is a deliberately simple splitter for the tests: lines,
// then ". " / "? " / "! " (closing quotes allowed) before a capital, digit,
// quote mark or dash, except after short abbreviations and initials.
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		start := 0
		for i := 0; i < len(line); {
			r, size := utf8.DecodeRuneInString(line[i:])
			if r != '.' && r != '?' && r != '!' {
				i += size
				continue
			}
			j := i + size
			for j < len(line) {
				r2, s2 := utf8.DecodeRuneInString(line[j:])
				if !strings.ContainsRune("”\"’')", r2) {
					break
				}
				j += s2
			}
			if j >= len(line) || line[j] != ' ' {
				i = j
				continue
			}
			k := j
			for k < len(line) && line[k] == ' ' {
				k++
			}
			if k >= len(line) {
				break
			}
			nr, _ := utf8.DecodeRuneInString(line[k:])
			if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("“\"‘'«–—-", nr)) {
				i = j
				continue
			}
			if r == '.' {
				w := i
				for w > start && line[w-1] != ' ' {
					w--
				}
				word := strings.ToLower(strings.Trim(line[w:i], "(\"“"))
				if abbrevs[word] || utf8.RuneCountInString(word) == 1 || strings.Contains(word, ".") {
					i = j
					continue
				}
			}
			out = append(out, strings.TrimSpace(line[start:j]))
			start = k
			i = k
		}
		if s := strings.TrimSpace(line[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func readCorpus(t testing.TB, pattern string) map[string][]string {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Skipf("corpus %s absent", pattern)
	}
	res := map[string][]string{}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		res[filepath.Base(fn)] = splitSentences(string(b))
	}
	return res
}

// okSpeaker: a speaker starts with a capital letter, or is a known
// collective ("police", "the Interior Ministry", "two security sources").
func okSpeaker(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(r) {
		return true
	}
	fs := strings.Fields(s)
	if determiners[fs[0]] || collectiveHeads[fs[0]] {
		return true
	}
	return collectiveHeads[strings.ToLower(fs[len(fs)-1])]
}

func checkCorpus(t *testing.T, pattern string) (withSpeaker, withAff int) {
	arts := readCorpus(t, pattern)
	for name, sents := range arts {
		qs := Find(sents)
		for _, q := range qs {
			t.Logf("%s s%d direct=%v speaker=%q aff=%q text=%q", name, q.Sentence, q.Direct, q.Speaker, q.Affiliation, q.Text)
			if strings.TrimSpace(q.Text) == "" {
				t.Errorf("%s: empty text: %+v", name, q)
			}
			if q.Sentence < 0 || q.Sentence >= len(sents) {
				t.Errorf("%s: sentence index %d out of range", name, q.Sentence)
			}
			if q.Speaker != "" {
				withSpeaker++
				if !okSpeaker(q.Speaker) {
					t.Errorf("%s: odd speaker %q", name, q.Speaker)
				}
				if q.Affiliation != "" {
					withAff++
				}
			}
			if !q.Direct && q.Speaker == "" {
				t.Errorf("%s: reported speech without a speaker: %+v", name, q)
			}
		}
	}
	return
}

func TestSeeds(t *testing.T) {
	sp, aff := checkCorpus(t, "/work/shared/corpus/seeds/*.txt")
	t.Logf("seeds: %d quotes with a speaker, %d with an affiliation", sp, aff)
	if aff < 8 {
		t.Errorf("only %d quotes with speaker and affiliation in the seeds", aff)
	}
}

func TestDev(t *testing.T) {
	sp, aff := checkCorpus(t, "/work/shared/corpus/dev/*.txt")
	t.Logf("dev: %d quotes with a speaker, %d with an affiliation", sp, aff)
	if sp < 25 {
		t.Errorf("only %d quotes with a speaker in dev", sp)
	}
}
