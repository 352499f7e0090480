package clean

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
	"golang.org/x/net/html"
)

func TestRenderTextKeepsParagraphs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<p>One <b>bold</b> line.</p><p>Two.</p>", "One bold line.\n\nTwo."},
		{"<div><h2>Head</h2><ul><li>a</li><li>b</li></ul></div>", "Head\n\na\n\nb"},
		{"<p>x<br>y</p>", "x\n\ny"},
		{"<table><tr><td>1</td><td>2</td></tr></table>", "1 2"},
		{"<p>keep</p><script>alert(1)</script><style>p{}</style>", "keep"},
	} {
		doc, err := html.Parse(strings.NewReader(tc.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := renderText(doc); got != tc.want {
			t.Errorf("renderText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFilterParagraphs(t *testing.T) {
	body := strings.Join([]string{
		"Bridge Closed After Blast",
		"A device exploded under the bridge on Wednesday, injuring four people.",
		"Read more: Police seek witnesses to harbour fire",
		"Police closed the bridge in both directions.",
		"You may also like:",
		"© 2023 The Harbour Ledger. All rights reserved.",
	}, "\n\n")
	got := filterParagraphs(body, "Bridge closed after blast")
	want := "A device exploded under the bridge on Wednesday, injuring four people.\n\nPolice closed the bridge in both directions."
	if got != want {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	// A headline repeated later is not dropped: only a first paragraph is.
	if got := filterParagraphs("Intro line here.\n\nBridge closed after blast", "Bridge closed after blast"); !strings.Contains(got, "Bridge closed") {
		t.Fatalf("dropped a later paragraph: %q", got)
	}
}

func TestSyndicatedFrom(t *testing.T) {
	for in, want := range map[string]string{
		"Body text.\n\nThis article was originally published in Escudo Digital.": "Escudo Digital",
		"(MENAFN- Asia Times) The attack began at night.":                        "Asia Times",
		"Body.\n\nOriginally published on Live Science.":                         "Live Science",
		"Nothing syndicated here.":                                               "",
	} {
		if got := syndicatedFrom(in); got != want {
			t.Errorf("syndicatedFrom(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLHostilePageStaysText(t *testing.T) {
	page := `<html><head><title>Attack &lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><article>` +
		`<h1>Attack <script>alert(1)</script></h1>` +
		`<p>Gunmen attacked a market in the town on Monday, killing three people and wounding eleven, officials said in a statement on Tuesday.</p>` +
		`<p><img src=x onerror="alert(2)">Residents fled as the attackers set fire to several stalls before escaping on motorbikes into the bush.</p>` +
		`<p><a href="javascript:alert(3)">More on the attack in the region</a> and the army's response to it in recent weeks.</p>` +
		`</article></body></html>`
	a, err := HTML(&dossier.Raw{ID: "h", Kind: dossier.KindHTML, Body: page})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "onerror", "<img", "javascript:"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps %q: %q", bad, a.Text)
		}
	}
	if !strings.Contains(a.Text, "killing three people") {
		t.Errorf("body lost: %q", a.Text)
	}
}
