package dossier

import "encoding/json"

// Fused is one real-world incident fused from every article that tells of it
// (INTERFACE.md, `dossier incidents --format json`): the Incident fields
// without `main`, the ranges of the figures, every figure with its article,
// and the sources.
type Fused struct {
	ID    string `json:"id"`
	Title string `json:"title"` // a headline for lists: the earliest main report's title
	Kind  string `json:"kind,omitempty"`

	Date         string        `json:"date"`
	Country      string        `json:"country"`
	Region       string        `json:"region"`
	City         string        `json:"city"`
	Place        string        `json:"place"`
	Lat          *float64      `json:"lat"`
	Lon          *float64      `json:"lon"`
	AttackTypes  []string      `json:"attack_types"`
	Suicide      bool          `json:"suicide"`
	Weapons      []string      `json:"weapons"`
	Targets      []string      `json:"targets"`
	Perpetrators []Perpetrator `json:"perpetrators"`

	// Killed and Injured are the best values by the rule of the README
	// ("Figures: the best value"); the ranges span every non-claim figure.
	Killed       *int    `json:"killed"`
	Injured      *int    `json:"injured"`
	KilledRange  *[2]int `json:"killed_range"`
	InjuredRange *[2]int `json:"injured_range"`
	// Conflicts names figures that disagree with others of the same day.
	Conflicts []string `json:"conflicts,omitempty"`

	Figures  []SourcedFigure `json:"figures"`
	Evidence []Evidence      `json:"evidence"`
	Sources  []Source        `json:"sources"`
	Quotes   []SourcedQuote  `json:"quotes,omitempty"`
	// Witnesses counts the independent reports: a group of copies counts once.
	Witnesses int `json:"witnesses"`
	// Related are the ids of the other incidents this one's sources recall,
	// or are recalled by.
	Related []string `json:"related,omitempty"`
}

// Source is one article reporting a fused incident. CopyOf names the article
// it is a near-duplicate of (the earliest of its copy group), "" for an
// original report; Main says whether the incident is the article's main one.
type Source struct {
	Article        string `json:"article"`
	URL            string `json:"url"`
	Title          string `json:"title"`
	Publisher      string `json:"publisher"`
	Published      string `json:"published"`
	SyndicatedFrom string `json:"syndicated_from"`
	CopyOf         string `json:"copy_of,omitempty"`
	Main           bool   `json:"main"`
}

// SourcedFigure is a figure with the article, publisher, publication date and
// sentence it came from.
type SourcedFigure struct {
	Figure
	Article   string `json:"article"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	Text      string `json:"text"` // the sentence
}

// Evidence is one sentence of one article that a fused incident rests on.
type Evidence struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// SourcedQuote is a quote with the article it came from.
type SourcedQuote struct {
	Quote
	Article string `json:"article"`
}

// MarshalJSON prints empty strings as null and empty lists as [].
func (f Fused) MarshalJSON() ([]byte, error) {
	type plain Fused
	out := struct {
		plain
		Date    *string `json:"date"`
		Country *string `json:"country"`
		Region  *string `json:"region"`
		City    *string `json:"city"`
		Place   *string `json:"place"`
	}{plain: plain(f), Date: null(f.Date), Country: null(f.Country),
		Region: null(f.Region), City: null(f.City), Place: null(f.Place)}
	empty(&out.AttackTypes, &out.Weapons, &out.Targets)
	empty(&out.Perpetrators)
	empty(&out.Figures)
	empty(&out.Evidence)
	empty(&out.Sources)
	return json.Marshal(out)
}

// MarshalJSON prints an unknown publication date or origin as null.
func (s Source) MarshalJSON() ([]byte, error) {
	type plain Source
	return json.Marshal(struct {
		plain
		URL            *string `json:"url"`
		Publisher      *string `json:"publisher"`
		Published      *string `json:"published"`
		SyndicatedFrom *string `json:"syndicated_from"`
	}{plain(s), null(s.URL), null(s.Publisher), null(s.Published), null(s.SyndicatedFrom)})
}

// MarshalJSON prints the figure's own fields (with a null giver) and its
// source.
func (f SourcedFigure) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kind      string  `json:"kind"`
		Value     int     `json:"value"`
		Qualifier string  `json:"qualifier"`
		By        *string `json:"by"`
		Claim     bool    `json:"claim,omitempty"`
		Sentence  int     `json:"sentence"`
		Article   string  `json:"article"`
		Publisher *string `json:"publisher"`
		Published *string `json:"published"`
		Text      string  `json:"text"`
	}{f.Kind, f.Value, f.Qualifier, null(f.By), f.Claim, f.Sentence, f.Article,
		null(f.Publisher), null(f.Published), f.Text})
}

// MarshalJSON prints the quote's own fields and its article.
func (q SourcedQuote) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Speaker     *string `json:"speaker"`
		Affiliation *string `json:"affiliation"`
		Text        string  `json:"text"`
		Direct      bool    `json:"direct"`
		Sentence    int     `json:"sentence"`
		Article     string  `json:"article"`
	}{null(q.Speaker), null(q.Affiliation), q.Text, q.Direct, q.Sentence, q.Article})
}

// Summary is what a list shows of a fused incident: no figures, sentences
// or sources, only their counts.
type Summary struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Kind         string   `json:"kind,omitempty"`
	Date         string   `json:"date"`
	Country      string   `json:"country"`
	Region       string   `json:"region"`
	City         string   `json:"city"`
	Place        string   `json:"place"`
	Lat          *float64 `json:"lat"`
	Lon          *float64 `json:"lon"`
	AttackTypes  []string `json:"attack_types"`
	Perpetrators []string `json:"perpetrators"` // canonical names
	Killed       *int     `json:"killed"`
	Injured      *int     `json:"injured"`
	KilledRange  *[2]int  `json:"killed_range"`
	InjuredRange *[2]int  `json:"injured_range"`
	Sources      int      `json:"sources"`
	Witnesses    int      `json:"witnesses"`
	Conflicts    int      `json:"conflicts"`
}

// Summarize returns the summary of f.
func Summarize(f *Fused) Summary {
	s := Summary{ID: f.ID, Title: f.Title, Kind: f.Kind, Date: f.Date, Country: f.Country,
		Region: f.Region, City: f.City, Place: f.Place, Lat: f.Lat, Lon: f.Lon,
		AttackTypes: f.AttackTypes, Killed: f.Killed, Injured: f.Injured,
		KilledRange: f.KilledRange, InjuredRange: f.InjuredRange,
		Sources: len(f.Sources), Witnesses: f.Witnesses, Conflicts: len(f.Conflicts)}
	empty(&s.AttackTypes)
	s.Perpetrators = []string{}
	for _, p := range f.Perpetrators {
		s.Perpetrators = append(s.Perpetrators, p.Name)
	}
	return s
}
