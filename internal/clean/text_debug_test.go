package clean

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestTextDebugDump prints each line's kind and the extracted article for the
// files named in DOSSIER_TEXT_DUMP (a glob); it is a tool for eyeballing the
// classifier, skipped otherwise.
func TestTextDebugDump(t *testing.T) {
	glob := os.Getenv("DOSSIER_TEXT_DUMP")
	if glob == "" {
		t.Skip("set DOSSIER_TEXT_DUMP to a glob of text files")
	}
	files, _ := filepath.Glob(glob)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := newTextPage(string(b))
		body := p.selectBody()
		in := map[int]bool{}
		for _, i := range body {
			in[i] = true
		}
		fmt.Printf("=== %s\n", f)
		for i, l := range p.lines {
			mark := " "
			if in[i] {
				mark = "*"
			}
			txt := l.text
			if len(txt) > 90 {
				txt = txt[:90]
			}
			fmt.Printf("%s%3d %-9s w=%-3d %s\n", mark, l.orig+1, l.kind, l.words, txt)
		}
		a, err := Text(&dossier.Raw{ID: filepath.Base(f), Body: string(b)})
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		fmt.Printf("TITLE=%q DATE=%s BY=%q PUB=%q SYND=%q LANG=%q URL=%q paras=%d\n", a.Title, a.PublishedDate(), a.Byline, a.Publisher, a.SyndicatedFrom, a.Language, a.URL, strings.Count(a.Text, "\n\n")+1)
	}
}
