package clean

import (
	"testing"
)

func TestParseTextDate(t *testing.T) {
	tests := []struct {
		in, want string // want "" for no date
	}{
		// Machine formats.
		{"2024-03-24", "2024-03-24"},
		{"2024-03-24T05:05:13.750Z", "2024-03-24"},
		{"2024-03-24T23:30:00+02:00", "2024-03-24"},
		{"2024/03/24", "2024-03-24"},
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02"},
		{"Sun, 24 Mar 2024 10:00:00 GMT", "2024-03-24"},
		{"date 2024-03-25", "2024-03-25"},
		// Numeric with a four-digit year.
		{"3/25/2024 9:08:17 AM", "2024-03-25"},
		{"25/3/2024", "2024-03-25"},
		{"3/4/2024 10:00 PM", "2024-03-04"}, // a 12-hour clock: American order
		{"3/4/2024", "2024-04-03"},          // otherwise day first
		{"25.03.2024", "2024-03-25"},
		{"25-03-2024", "2024-03-25"},
		// English.
		{"March 24, 2024", "2024-03-24"},
		{"Mar. 24, 2024", "2024-03-24"},
		{"Sept. 3 2024", "2024-09-03"},
		{"24 March 2024", "2024-03-24"},
		{"Friday, May 9, 2025", "2025-05-09"},
		{"April 4th, 2017", "2017-04-04"},
		{"Story first published: 2nd March 2018", "2018-03-02"},
		{"the 3rd of July, 2021", "2021-07-03"},
		{"Published: 17 June 2021 | Updated 18 June 2021", "2021-06-17"},
		{"Mon 29 August / Aug 2016. 12:00 AM", "2016-08-29"},
		{"MARCH 24, 2024", "2024-03-24"},
		// Spanish, French, German, Portuguese, Italian, Dutch.
		{"25 de March de 2024", "2024-03-25"},
		{"25 de marzo de 2024", "2024-03-25"},
		{"martes, 14 de febrero de 2031", "2031-02-14"},
		{"1er mars 2024", "2024-03-01"},
		{"Publié le 12 décembre 2023 à 10h30", "2023-12-12"},
		{"3. März 2024", "2024-03-03"},
		{"Veröffentlicht am 1. Oktober 2022", "2022-10-01"},
		{"5 de março de 2024", "2024-03-05"},
		{"12 settembre 2023", "2023-09-12"},
		{"14 maart 2024", "2024-03-14"},
		{"5 ago 2024", "2024-08-05"},
		// Not full dates.
		{"March 2024", ""},
		{"3 days ago", ""},
		{"On Friday, 22 March, gunmen stormed the hall", ""},
		{"3/25/24", ""},
		{"February 30, 2024", ""},
		{"31 April 2024", ""},
		{"in 2015 and 2016", ""},
		{"1234-56-78", ""},
		{"call 555-12-2024", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := parseTextDate(tt.in); ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("parseTextDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindDateSpanAndWeekday(t *testing.T) {
	d, ok := findDate("Friday, May 9, 2025")
	if !ok || !d.Weekday {
		t.Errorf("weekday not seen: %+v", d)
	}
	d, ok = findDate("Posted 2024-03-24T05:05:13Z by staff")
	if !ok || d.Start != 7 || d.End != 17 || !d.Clock {
		t.Errorf("span, clock = %d..%d %v", d.Start, d.End, d.Clock)
	}
	if d, _ = findDate("April 4th, 2017"); d.Weekday {
		t.Errorf("weekday seen where there is none")
	}
}

func TestDateLineWords(t *testing.T) {
	tests := []struct {
		in    string
		label dateLabel
		other int
	}{
		{"25 de March de 2024", dlNone, 0},
		{"Published: March 24, 2024 10:00 AM EDT", dlPublished, 0},
		{"Updated 24 March 2024", dlUpdated, 0},
		{"By John Smith | March 2, 2024", dlNone, 3},
		{"date 2024-03-25", dlPublished, 0},
		{"تم نشره في Mon 29 August / Aug 2016. 12:00 AM - آخر تعديل في Mon 29 August / Aug 2016. 04:49 PM", dlPublished, 4},
		{"The attack on March 22, 2024 killed 133 people.", dlNone, 3},
	}
	for _, tt := range tests {
		low := foldCase(tt.in)
		d, ok := findDateFolded(low)
		if !ok {
			t.Errorf("%q: no date", tt.in)
			continue
		}
		label, other := dateLineWords(low, d)
		if label != tt.label || other != tt.other {
			t.Errorf("dateLineWords(%q) = %v, %d; want %v, %d", tt.in, label, other, tt.label, tt.other)
		}
	}
}

func TestParseDeclaredDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-25":                      "2024-03-25",
		"2024-03-25T23:59:59-05:00":       "2024-03-25",
		"Mon, 25 Mar 2024 10:00:00 +0000": "2024-03-25",
		"March 25, 2024":                  "2024-03-25",
		"":                                "",
		"yesterday":                       "",
	} {
		got := ""
		if d := parseDeclaredDate(in); d != nil {
			got = d.Format("2006-01-02")
			if d.Hour() != 0 || d.Location().String() != "UTC" {
				t.Errorf("%q: not midnight UTC: %v", in, d)
			}
		}
		if got != want {
			t.Errorf("parseDeclaredDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTextLanguage(t *testing.T) {
	tests := map[string]string{
		"The police said that the attack was carried out by two men who were later arrested.":                       "en",
		"La policía dijo que el ataque fue llevado a cabo por dos hombres que fueron detenidos más tarde.":          "es",
		"La police a indiqué que l'attaque a été menée par deux hommes qui ont été arrêtés plus tard dans la nuit.": "fr",
		"Die Polizei sagte, dass der Angriff von zwei Männern verübt wurde, die später festgenommen wurden.":        "de",
		"A polícia disse que o ataque foi realizado por dois homens que foram presos mais tarde na cidade.":         "pt",
		"La polizia ha detto che l'attacco è stato compiuto da due uomini che sono stati arrestati più tardi.":      "it",
		"Полиция сообщила, что нападение совершили двое мужчин, которые позже были задержаны.":                      "ru",
		"وقالت الشرطة إن الهجوم نفذه رجلان اعتقلا في وقت لاحق":                                                      "ar",
		"警方表示，袭击是由两名男子实施的，他们后来被捕。":                                                                                  "zh",
		"12345 67890": "",
		"":            "",
	}
	for in, want := range tests {
		p := newTextPage(in)
		body := make([]int, len(p.lines))
		for i := range body {
			body[i] = i
		}
		if got := p.language(body, in); got != want {
			t.Errorf("language(%.40q) = %q, want %q", in, got, want)
		}
	}
}

func TestOriginHelpers(t *testing.T) {
	for in, want := range map[string]string{
		" in Escudo Digital":                           "Escudo Digital",
		" on The Conversation. Read the original.":     "The Conversation",
		" by Reuters and is republished here":          "Reuters",
		" en El País, el 3 de marzo":                   "El País",
		" in the spring of last year, when it was new": "",
	} {
		if got := nameAfterPreposition(in); got != want {
			t.Errorf("nameAfterPreposition(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][2]string{
		"© 2024 The Diplomat in Spain.": {"The Diplomat in Spain", ""},
		"Copyright © 2021 Agencia de Informacao de Mocambique. All rights reserved. Distributed by AllAfrica Global Media (allAfrica.com).": {"Agencia de Informacao de Mocambique", "AllAfrica Global Media"},
		"© Communities 2019 - Privacy":           {"", ""},
		"Copyright 2020-2024 Example News Group": {"Example News Group", ""},
	} {
		h, d := copyrightHolder(in)
		if h != want[0] || d != want[1] {
			t.Errorf("copyrightHolder(%q) = %q, %q; want %q, %q", in, h, d, want[0], want[1])
		}
	}
	for in, want := range map[string]string{
		"elparis": "elparis",
		"http://www.bbc.com/news/world-europe-39486640": "bbc.com",
		"www.example.org/x":                             "example.org",
	} {
		if got := sourceName(in); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", in, got, want)
		}
	}
	if got := datelineAgency("LONDON (Reuters) - Police said on Monday", "example.com"); got != "Reuters" {
		t.Errorf("dateline agency = %q", got)
	}
	if got := datelineAgency("MOGADISHU, Somalia, Jan. 4 (UPI) -- Terrorist group", "upi.com"); got != "" {
		t.Errorf("agency on its own site = %q", got)
	}
	if got := stripSyndicationTag("(MENAFN- Asia Times) It appears almost certain"); got != "It appears almost certain" {
		t.Errorf("stripSyndicationTag = %q", got)
	}
}

func TestSlugWords(t *testing.T) {
	got := slugWords("https://www.example.com/news/world/isis-claims-responsibility-palm-sunday-church-blasts-egypt-article-1.3036353")
	want := []string{"isis", "claims", "responsibility", "palm", "sunday", "church", "blasts", "egypt"}
	if len(got) != len(want) {
		t.Fatalf("slugWords = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("slugWords[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if s := slugWords("https://allafrica.com/stories/202106170974.html"); len(s) >= 3 {
		t.Errorf("numeric slug gave %q", s)
	}
}
