package clean

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

// readTextFixture returns a page from testdata/text.
func readTextFixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "text", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTextFixtures runs Text over the invented pages in testdata/text, each
// built around the furniture and metadata forms the cleaner must handle.
func TestTextFixtures(t *testing.T) {
	tests := []struct {
		file                  string
		title, date, byline   string
		publisher, syndicated string
		language              string
		paragraphs            []string // every body paragraph, by its opening words, in order
		absent                []string
	}{
		{
			// Menus twice, a header date for today, share buttons, an ad
			// marker, a paragraph twice, an inline link, a subheading, a
			// syndication note, a paywall prompt, related links, a footer.
			file:  "harbour_gazette.txt",
			title: "Bridge collapse in Port Elvar leaves nine injured", date: "2030-03-03",
			byline: "Maria Lenhart", publisher: "The Harbour Gazette", syndicated: "The Elvar Courier", language: "en",
			paragraphs: []string{
				"A pedestrian bridge over the Elvar canal collapsed",
				"Rescue teams pulled four people from the water",
				"What the engineers found",
				"The bridge, built in 1998",
				`"We will find out what went wrong," she said.`,
				"Investigators expect a first report within two weeks.",
			},
			absent: []string{"Tuesday, June 11, 2030", "View All Result", "Share on", "Advertisement", "Read more",
				"originally published", "Subscribe", "Related articles", "tram line", "Storm warning", "cookies", "©"},
		},
		{
			// A numeric date with a 12-hour clock, and a MENAFN tag naming
			// the original publisher.
			file:  "menafn_clock.txt",
			title: "Floods cut off three villages in the northern valley", date: "2029-12-01",
			publisher: "MENAFN", syndicated: "Gulf Courier", language: "en",
			paragraphs: []string{
				"Heavy rain over the weekend cut road access",
				"Army helicopters dropped food and water",
				"No deaths have been reported so far",
			},
			absent: []string{"MENAFN", "Markets", "3:04:05"},
		},
		{
			// Spanish: a "Por" byline, a labelled date with "de"
			// connectors, a "Fuente:" source line, comments.
			file:  "diario_es.txt",
			title: "Incendio en una fábrica de Villanueva obliga a desalojar a 300 vecinos", date: "2031-02-14",
			byline: "Redacción", syndicated: "diarioejemplo", language: "es",
			paragraphs: []string{
				"Un incendio declarado en la madrugada del martes",
				"Las llamas se originaron en una nave",
				"No se registraron heridos",
			},
			absent: []string{"Inicio", "Deportes", "Por Redacción", "Publicado", "Fuente", "Comentarios"},
		},
		{
			// A date with an ordinal after "Posted on", a "Source:" line.
			file:  "source_syndicated.txt",
			title: "Quarry blast shakes houses in Lower Tenby", date: "2032-04-02",
			syndicated: "tenby-herald", language: "en",
			paragraphs: []string{
				"Residents of Lower Tenby reported cracked windows",
				"The quarry operator said the charge",
			},
			absent: []string{"Posted on", "Source:"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw := &dossier.Raw{ID: "x", Source: tt.file, URL: "https://example.org/a", Kind: dossier.KindText, Body: readTextFixture(t, tt.file)}
			a, err := Text(raw)
			if err != nil {
				t.Fatal(err)
			}
			if a.ID != "x" || a.Source != tt.file || a.URL != raw.URL {
				t.Errorf("id, source, url = %q, %q, %q", a.ID, a.Source, a.URL)
			}
			paras := strings.Split(a.Text, "\n\n")
			if len(paras) != len(tt.paragraphs) {
				t.Errorf("%d paragraphs, want %d:\n%s", len(paras), len(tt.paragraphs), a.Text)
			}
			for i := 0; i < len(paras) && i < len(tt.paragraphs); i++ {
				if !strings.HasPrefix(paras[i], tt.paragraphs[i]) {
					t.Errorf("paragraph %d = %.70q, want it to start with %q", i, paras[i], tt.paragraphs[i])
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(a.Text, s) {
					t.Errorf("%q left in the body", s)
				}
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if got := a.PublishedDate(); got != tt.date {
				t.Errorf("published = %q, want %q", got, tt.date)
			}
			if a.Byline != tt.byline {
				t.Errorf("byline = %q, want %q", a.Byline, tt.byline)
			}
			if tt.publisher != "" && a.Publisher != tt.publisher {
				t.Errorf("publisher = %q, want %q", a.Publisher, tt.publisher)
			}
			if a.SyndicatedFrom != tt.syndicated {
				t.Errorf("syndicated from = %q, want %q", a.SyndicatedFrom, tt.syndicated)
			}
			if a.Language != tt.language {
				t.Errorf("language = %q, want %q", a.Language, tt.language)
			}
		})
	}
}

// TestTextNoArticle: a page of menus and footers, or nothing at all, is an
// error, not a crash and not an empty article.
func TestTextNoArticle(t *testing.T) {
	for name, body := range map[string]string{
		"menus":    readTextFixture(t, "only_menus.txt"),
		"empty":    "",
		"blank":    "\n \n\t\n",
		"headings": "Home\nNews\nLatest Headlines\nPolice Kill Attacker in London Bridge\n",
	} {
		a, err := Text(&dossier.Raw{ID: name, Body: body})
		if !errors.Is(err, ErrNoText) || a != nil {
			t.Errorf("%s: got %v, %v; want ErrNoText", name, a, err)
		}
		if err != nil && err.Error() != "no article text found" {
			t.Errorf("%s: message %q", name, err)
		}
	}
}

// TestTextDeclaredMetadata: a declared title and date win over the page's.
func TestTextDeclaredMetadata(t *testing.T) {
	raw := &dossier.Raw{
		ID:        "d",
		Body:      readTextFixture(t, "harbour_gazette.txt"),
		Title:     "  Nine hurt as bridge collapses  ",
		Published: "2030-03-04T08:00:00Z",
	}
	a, err := Text(raw)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Nine hurt as bridge collapses" {
		t.Errorf("title = %q", a.Title)
	}
	if a.PublishedDate() != "2030-03-04" {
		t.Errorf("published = %q", a.PublishedDate())
	}
	// An unreadable declared date falls back to the page's.
	raw.Published = "sometime last spring"
	if a, _ = Text(raw); a.PublishedDate() != "2030-03-03" {
		t.Errorf("published with unreadable declared date = %q", a.PublishedDate())
	}
}

// TestTextNoDateIsNil: a page that shows no publication date gets nil, even
// when its header prints today's date and its body names dates.
func TestTextNoDateIsNil(t *testing.T) {
	body := "Sunday, April 21, 2030\n\nFerry runs aground off Kellin Point\n\nMust read\n\n" +
		"A passenger ferry ran aground off Kellin Point on March 22, 2030, and all 140 people on board were taken off safely, the coastguard said.\n\n" +
		"The operator said the vessel would be towed to port once the tide turned, and that services would resume on Friday.\n"
	a, err := Text(&dossier.Raw{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != nil {
		t.Errorf("published = %v, want nil", a.Published)
	}
	if a.Title != "Ferry runs aground off Kellin Point" {
		t.Errorf("title = %q", a.Title)
	}
}

// TestTextURLLine: a leading "URL:" line gives the URL and is not text.
func TestTextURLLine(t *testing.T) {
	body := "URL: https://news.example.com/2030/05/storm-closes-harbour\n\nStorm closes harbour for two days\n\n" +
		"The harbour was closed to all shipping for two days after a storm damaged the outer breakwater, port officials said on Monday.\n\n" +
		"Repairs are expected to take several weeks, and the port said it would publish a schedule once divers had inspected the damage.\n"
	a, err := Text(&dossier.Raw{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://news.example.com/2030/05/storm-closes-harbour" {
		t.Errorf("url = %q", a.URL)
	}
	if strings.Contains(a.Text, "URL:") || a.Title != "Storm closes harbour for two days" {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
	if a.Publisher != "news.example.com" {
		t.Errorf("publisher = %q", a.Publisher)
	}
}

// TestTextSplitSentences: pieces of one sentence the scraper put on lines of
// their own (an italic title, a parenthesis) are joined back.
func TestTextSplitSentences(t *testing.T) {
	body := "Experts warned about the group a year ago in an article in\n\nForeign Policy\n\n" +
		"in which they analysed its propaganda and its recruitment in the region.\n\n" +
		"In 2015 a local branch (\n\nVilayat Kavkaz\n\n) was founded by commanders who had left another organisation.\n\n" +
		"The minister said:\n“We will not allow these attacks to continue, and we will find those responsible.”\n"
	a, err := Text(&dossier.Raw{Body: body})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"in an article in Foreign Policy in which they analysed its propaganda",
		"a local branch (Vilayat Kavkaz) was founded",
		"The minister said: “We will not allow",
	} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %q in\n%s", want, a.Text)
		}
	}
}

// FuzzText: whatever the bytes, Text returns an article or an error, never
// panics, and an article always has text.
func FuzzText(f *testing.F) {
	for _, name := range []string{"harbour_gazette.txt", "menafn_clock.txt", "diario_es.txt", "only_menus.txt", "source_syndicated.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "text", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b), "")
	}
	f.Add("date 2024-03-25\n(\n)\n,\nURL: http://x\n© 2024\n• \n", "Headline")
	f.Add("A title\nA title\nThe body is here, and it says something that ends.", "A title")
	f.Fuzz(func(t *testing.T, body, title string) {
		a, err := Text(&dossier.Raw{Body: body, Title: title})
		if err != nil {
			if !errors.Is(err, ErrNoText) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if a.Text == "" {
			t.Fatal("article without text")
		}
	})
}

// TestTextBreaks: a related-links box inside an article does not cut the
// body in two when a substantial part of the article lies beyond it, while a
// biography after "Source link" and comments stay out.
func TestTextBreaks(t *testing.T) {
	paras := []string{"",
		"Paragraph 1: the inquiry into the collapse of the old mill opened on Monday with evidence from the county engineer.",
		"Paragraph 2: he told the panel that cracks in the east wall had been reported twice in the spring but never repaired.",
		"Paragraph 3: a neighbour described hearing a long groan from the building shortly before midnight, then a roar of falling brick.",
		"Paragraph 4: firefighters reached the site within minutes and found the street covered in dust and broken timber from the roof.",
		"Paragraph 5: the owner's lawyer said his client had followed every instruction from the council and would cooperate fully.",
	}
	para := func(n int) string { return paras[n] }
	inline := strings.Join([]string{
		"Inquiry opens into the collapse of the old mill",
		para(1), para(2),
		"Related articles", "Mill owner fined over safety lapses", "Town council to review building permits",
		para(3), para(4), para(5),
		"Source link",
		"I am a dedicated and skilled writer with a passion for delivering accurate and engaging stories to a diverse audience every day.",
		"Leave a Reply",
		"Comments",
		"Great reporting, thank you for covering this story so carefully and for naming the engineers.",
		"I live nearby and we all heard the noise that night, it was terrifying for the children.",
	}, "\n\n")
	a, err := Text(&dossier.Raw{Body: inline})
	if err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= 5; n++ {
		if !strings.Contains(a.Text, fmt.Sprintf("Paragraph %d:", n)) {
			t.Errorf("paragraph %d missing", n)
		}
	}
	for _, s := range []string{"Related articles", "Mill owner fined", "dedicated and skilled", "Source link", "Great reporting", "terrifying"} {
		if strings.Contains(a.Text, s) {
			t.Errorf("%q in the body", s)
		}
	}
}

func TestQuoteWithoutFinalPeriodStaysInBody(t *testing.T) {
	text := strings.Join([]string{
		"Two people were wounded in a shooting outside a grocery store in Millbrook on Saturday evening, police said.",
		"Officers arrived within minutes and found both victims in the parking lot with gunshot wounds to the legs.",
		`"Everyone who called us did the right thing," Chief Ada Moss said. "We had help from the whole street and everybody stayed calm"`,
		"Both victims were taken to the county hospital, where they were in stable condition on Sunday morning.",
		"Police have not named a suspect and asked anyone with video from the area to contact the department.",
	}, "\n\n")
	a, err := Text(&dossier.Raw{ID: "q", Kind: dossier.KindText, Body: text})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Everyone who called us") {
		t.Fatalf("the quote paragraph was dropped:\n%s", a.Text)
	}
}

func TestDeclaredTitle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Shots fired at Mr. G&#39;s Supper Club", "Shots fired at Mr. G's Supper Club"},
		{"  Two hurt\n in   blast  ", "Two hurt in blast"},
		{"AT&T store robbed", "AT&T store robbed"},
		{"Q&amp;A: what we know", "Q&A: what we know"},
		{"<script>alert(1)</script>", "<script>alert(1)</script>"},
	} {
		if got := declaredTitle(tc.in); got != tc.want {
			t.Errorf("declaredTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
