package web

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/groups"
)

// incidentPage is the data of an incident's page.
type incidentPage struct {
	F        dossier.Fused
	Place    string
	Facts    []fact
	Figures  []figureView
	Chart    *chart
	Groups   []sourceGroup
	Quotes   []quoteView
	Related  []relatedView
	Evidence []evidenceGroup
	Locator  *locator
	// How many of each were left out (see maxFigures and the rest).
	MoreFigures, MoreSources, MoreQuotes, MoreEvidence, MoreRelated int
	// Readings says how many sources' own accounts the facts compare
	// (fewer than the sources when there are very many).
	Readings int
}

// srcRef is a reference to one source of the incident: its number on the
// page and who published it.
type srcRef struct {
	N       int
	Article string
	Label   string // publisher or title, for the link's title
	Href    string // the source on the page, or its article when not listed
}

// fact is one field of the incident with the sources that give it.
type fact struct {
	Label string
	Rows  []factRow
	// Others are the values some sources gave that the record did not
	// take, with those sources.
	Others []factRow
	// Sentences are the sentences that name the value, where a value is
	// a name (a place, a group).
	Sentences  []sentenceRef
	Note       string
	Empty      string // what to say when the incident has no value
	OthersMore bool   // more other values than listed
}

// factRow is one value of a fact.
type factRow struct {
	Value   string
	Href    string // a page about the value, if any
	Detail  string // role, range...
	Sources []srcRef
	More    int // sources not named (past maxFactRefs)
}

// Caps on a fact's references: past them, a count.
const (
	maxFactRefs   = 12 // sources named beside one value
	maxFactOthers = 8  // other values listed
)

// capFacts bounds the references of every fact.
func capFacts(fs []fact) {
	for i := range fs {
		f := &fs[i]
		if len(f.Others) > maxFactOthers {
			f.Others = f.Others[:maxFactOthers]
			f.OthersMore = true
		}
		for _, rows := range [][]factRow{f.Rows, f.Others} {
			for j := range rows {
				if n := len(rows[j].Sources); n > maxFactRefs {
					rows[j].More = n - maxFactRefs
					rows[j].Sources = rows[j].Sources[:maxFactRefs]
				}
			}
		}
	}
}

// sentenceRef is one quoted sentence with its source.
type sentenceRef struct {
	Text   string
	Source srcRef
	Index  int
}

// figureView is one figure as the page lists it.
type figureView struct {
	Anchor    string
	Kind      string
	Value     int
	Qualifier string
	By        string
	Claim     bool
	Publisher string
	Published string
	Source    srcRef
	Title     string
	Sentence  []segment
	Index     int
	Best      bool // its value is the record's best value
	// Also are the other sources giving the same figure in the same
	// sentence the same day (copies); AlsoMore counts those not named.
	Also     []srcRef
	AlsoMore int
}

// sourceView is one source with its number.
type sourceView struct {
	dossier.Source
	N        int
	Link     string // the article's URL when it is http(s)
	Original srcRef // the original it copies, for a copy
}

// sourceGroup is an original report and its copies.
type sourceGroup struct {
	Original   sourceView
	Copies     []sourceView
	MoreCopies int // copies not listed
}

// quoteView is one quote with its source.
type quoteView struct {
	dossier.SourcedQuote
	Source srcRef
}

// relatedView is one related incident.
type relatedView struct {
	ID, Title, Date, Place string
	Found                  bool
}

// evidenceGroup is the evidence sentences of one source.
type evidenceGroup struct {
	Source    srcRef
	Sentences []sentenceRef
}

func (s *site) incident(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	data, err := s.st.IncidentByID(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		s.notFound(w, r, "There is no incident with this id. Incident ids look like inc-0123456789ab.")
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var f dossier.Fused
	if err := json.Unmarshal(data, &f); err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.buildIncident(r.Context(), &f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := f.Title
	if title == "" {
		title = "Incident " + f.ID
	}
	s.render(w, r, http.StatusOK, "incident", frame{Title: title, Nav: navIncidents, Data: p})
}

// Caps on what an incident page lists: an incident copied by hundreds of
// pages would otherwise make a page of megabytes. What is left out is
// counted on the page; the JSON API has everything.
const (
	maxFigures  = 150 // distinct figures listed (and drawn)
	maxSources  = 150 // source groups listed
	maxCopies   = 8   // copies listed under each original
	maxQuotes   = 60  // distinct quotes
	maxEvidence = 100 // distinct evidence sentences
	maxRelated  = 60  // related incidents looked up and listed
	maxAlso     = 10  // other sources named beside one figure
)

// buildIncident makes the page of one fused incident.
func (s *site) buildIncident(ctx context.Context, f *dossier.Fused) (*incidentPage, error) {
	p := &incidentPage{F: *f, Place: placeOf(f.Place, f.City, f.Region, f.Country)}
	titles := map[string]string{}
	refs := map[string]srcRef{}
	for i, src := range f.Sources {
		if _, ok := refs[src.Article]; ok {
			continue
		}
		l := src.Publisher
		if l == "" {
			l = truncate(src.Title, 60)
		}
		titles[src.Article] = src.Title
		refs[src.Article] = srcRef{N: i + 1, Article: src.Article, Label: l}
	}
	// The sources listed on the page; a reference to one left out leads
	// to its article instead.
	var shown map[int]bool
	p.Groups, shown, p.MoreSources = sourceGroups(f)
	ref := func(article string) srcRef {
		r, ok := refs[article]
		if !ok {
			r = srcRef{Article: article, Label: article}
		}
		if ok && shown[r.N] {
			r.Href = "#src-" + strconv.Itoa(r.N)
		} else {
			r.Href = "/articles/" + url.PathEscape(article)
		}
		return r
	}
	for i := range p.Groups {
		g := &p.Groups[i]
		for _, v := range append([]*sourceView{&g.Original}, ptrs(g.Copies)...) {
			if v.Source.CopyOf != "" {
				v.Original = ref(v.Source.CopyOf)
			}
		}
	}

	readings, err := s.readings(ctx, f)
	if err != nil {
		return nil, err
	}
	p.Readings = len(readings)
	p.Facts = facts(f, readings, ref)
	capFacts(p.Facts)

	p.Figures, p.MoreFigures = figureViews(f, ref, titles)
	p.Chart = figureChart(p.Figures)

	seenQuote := map[string]bool{}
	for _, q := range f.Quotes {
		key := q.Speaker + "\x00" + q.Text
		if seenQuote[key] {
			continue
		}
		seenQuote[key] = true
		if len(p.Quotes) >= maxQuotes {
			p.MoreQuotes++
			continue
		}
		p.Quotes = append(p.Quotes, quoteView{SourcedQuote: q, Source: ref(q.Article)})
	}
	byArticle := map[string]int{}
	seenEvidence := map[string]bool{}
	n := 0
	for _, e := range f.Evidence {
		if seenEvidence[e.Text] {
			continue
		}
		seenEvidence[e.Text] = true
		if n >= maxEvidence {
			p.MoreEvidence++
			continue
		}
		n++
		i, ok := byArticle[e.Article]
		if !ok {
			i = len(p.Evidence)
			byArticle[e.Article] = i
			p.Evidence = append(p.Evidence, evidenceGroup{Source: ref(e.Article)})
		}
		p.Evidence[i].Sentences = append(p.Evidence[i].Sentences, sentenceRef{Text: e.Text, Source: ref(e.Article), Index: e.Sentence})
	}
	slices.SortFunc(p.Evidence, func(a, b evidenceGroup) int { return a.Source.N - b.Source.N })

	for i, id := range f.Related {
		if i >= maxRelated {
			p.MoreRelated = len(f.Related) - maxRelated
			break
		}
		rv := relatedView{ID: id, Title: id}
		data, err := s.st.IncidentByID(ctx, id)
		if err == nil {
			var o struct {
				Title, Date, Country, Region, City, Place string
			}
			if json.Unmarshal(data, &o) == nil {
				rv = relatedView{ID: id, Title: o.Title, Date: o.Date, Place: placeOf(o.Place, o.City, o.Region, o.Country), Found: true}
			}
		} else if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		p.Related = append(p.Related, rv)
	}
	slices.SortStableFunc(p.Related, func(a, b relatedView) int { return cmp.Compare(a.Date, b.Date) })
	if f.Lat != nil && f.Lon != nil {
		p.Locator = newLocator(*f.Lat, *f.Lon)
	}
	return p, nil
}

func ptrs[T any](s []T) []*T {
	out := make([]*T, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}

// figureViews lists the incident's figures in publication order
// (undated first, as the best-value rule counts them), killed before
// injured. The same figure in the same sentence on the same day (copies of
// one report) is listed once, with the other sources beside it. Past
// maxFigures, the figures giving the best values and those of original
// reports are kept first; more counts those left out.
func figureViews(f *dossier.Fused, ref func(string) srcRef, titles map[string]string) (out []figureView, more int) {
	at := map[string]int{}
	var all []figureView
	var prio []int
	for _, fg := range f.Figures {
		key := fmt.Sprintf("%s|%d|%s|%s|%t|%s|%s", fg.Kind, fg.Value, fg.Qualifier, fg.By, fg.Claim, fg.Published, fg.Text)
		if i, ok := at[key]; ok {
			if len(all[i].Also) < maxAlso {
				all[i].Also = append(all[i].Also, ref(fg.Article))
			} else {
				all[i].AlsoMore++
			}
			continue
		}
		best := !fg.Claim && ((fg.Kind == "killed" && f.Killed != nil && *f.Killed == fg.Value) ||
			(fg.Kind == "injured" && f.Injured != nil && *f.Injured == fg.Value))
		at[key] = len(all)
		all = append(all, figureView{Kind: fg.Kind, Value: fg.Value, Qualifier: fg.Qualifier, By: fg.By, Claim: fg.Claim,
			Publisher: fg.Publisher, Published: fg.Published, Source: ref(fg.Article), Title: titles[fg.Article],
			Sentence: markNumber(fg.Text, fg.Value), Index: fg.Sentence, Best: best})
		pr := 2
		if best {
			pr = 0
		} else if !isCopy(f, fg.Article) {
			pr = 1
		}
		prio = append(prio, pr)
	}
	if len(all) > maxFigures {
		idx := make([]int, len(all))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return prio[a] - prio[b] })
		keep := idx[:maxFigures]
		slices.Sort(keep)
		kept := make([]figureView, 0, maxFigures)
		for _, i := range keep {
			kept = append(kept, all[i])
		}
		more = len(all) - maxFigures
		all = kept
	}
	slices.SortStableFunc(all, func(a, b figureView) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), kindOrder(a.Kind)-kindOrder(b.Kind))
	})
	for i := range all {
		all[i].Anchor = "fig-" + strconv.Itoa(i+1)
	}
	return all, more
}

// isCopy says whether an article is among the incident's sources as a copy
// of another.
func isCopy(f *dossier.Fused, article string) bool {
	for _, s := range f.Sources {
		if s.Article == article {
			return s.CopyOf != ""
		}
	}
	return false
}

func kindOrder(k string) int {
	if k == "killed" {
		return 0
	}
	return 1
}

// sourceGroups groups the sources by syndication: each original report with
// the copies of it, in the order of the sources; at most maxSources groups
// and maxCopies copies in each. It returns which source numbers are listed
// and how many sources are not.
func sourceGroups(f *dossier.Fused) (out []sourceGroup, shown map[int]bool, more int) {
	among := map[string]bool{}
	for _, s := range f.Sources {
		among[s.Article] = true
	}
	at := map[string]int{}
	view := func(i int, s dossier.Source) sourceView {
		return sourceView{Source: s, N: i + 1, Link: httpURL(s.URL)}
	}
	for i, s := range f.Sources {
		if s.CopyOf == "" || !among[s.CopyOf] {
			at[s.Article] = len(out)
			out = append(out, sourceGroup{Original: view(i, s)})
		}
	}
	for i, s := range f.Sources {
		if s.CopyOf != "" && among[s.CopyOf] {
			if g, ok := at[s.CopyOf]; ok {
				out[g].Copies = append(out[g].Copies, view(i, s))
			} else {
				out = append(out, sourceGroup{Original: view(i, s)})
			}
		}
	}
	shown = map[int]bool{}
	if len(out) > maxSources {
		for _, g := range out[maxSources:] {
			more += 1 + len(g.Copies)
		}
		out = out[:maxSources]
	}
	for i := range out {
		g := &out[i]
		if len(g.Copies) > maxCopies {
			g.MoreCopies = len(g.Copies) - maxCopies
			more += g.MoreCopies
			g.Copies = g.Copies[:maxCopies]
		}
		shown[g.Original.N] = true
		for _, c := range g.Copies {
			shown[c.N] = true
		}
	}
	return out, shown, more
}

// readings returns, for each source (at most maxReadings), the incident as
// that article alone told it: the one of its stored extraction whose cited
// sentences are those the fused record cites from it.
func (s *site) readings(ctx context.Context, f *dossier.Fused) (map[string]*dossier.Incident, error) {
	cited := map[string]map[int]bool{}
	cite := func(a string, i int) {
		if cited[a] == nil {
			cited[a] = map[int]bool{}
		}
		cited[a][i] = true
	}
	for _, e := range f.Evidence {
		cite(e.Article, e.Sentence)
	}
	for _, fg := range f.Figures {
		cite(fg.Article, fg.Sentence)
	}
	out := map[string]*dossier.Incident{}
	for i, src := range f.Sources {
		if i >= maxReadings {
			break
		}
		x, err := s.st.Extraction(ctx, src.Article)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var rep struct{ Incidents []dossier.Incident }
		if err := json.Unmarshal(x.Report, &rep); err != nil {
			continue
		}
		best, bestScore := -1, -1
		for j, in := range rep.Incidents {
			score := 0
			for _, e := range in.Evidence {
				if cited[src.Article][e] {
					score += 2
				}
			}
			for _, fg := range in.Figures {
				if cited[src.Article][fg.Sentence] {
					score++
				}
			}
			if in.Main == src.Main {
				score++
			}
			if score > bestScore {
				best, bestScore = j, score
			}
		}
		if best >= 0 {
			in := rep.Incidents[best]
			out[src.Article] = &in
		}
	}
	return out, nil
}

// facts lists the incident's fields, each value with the sources whose own
// account gives it, and the values other sources gave.
func facts(f *dossier.Fused, readings map[string]*dossier.Incident, ref func(string) srcRef) []fact {
	// The sources in page order, with their reading.
	type reading struct {
		ref srcRef
		in  *dossier.Incident
	}
	var rs []reading
	for _, src := range f.Sources {
		if in, ok := readings[src.Article]; ok {
			rs = append(rs, reading{ref(src.Article), in})
		}
	}
	// tally groups the sources by the value key(in) they give; values
	// equal to the record's (same) come first.
	tally := func(key func(*dossier.Incident) []string, same func(string) bool, show func(string) string) (agree []srcRef, others []factRow) {
		at := map[string]int{}
		for _, r := range rs {
			for _, k := range key(r.in) {
				if k == "" {
					continue
				}
				if same(k) {
					if !slices.ContainsFunc(agree, func(x srcRef) bool { return x.N == r.ref.N }) {
						agree = append(agree, r.ref)
					}
					continue
				}
				i, ok := at[k]
				if !ok {
					i = len(others)
					at[k] = i
					others = append(others, factRow{Value: show(k)})
				}
				others[i].Sources = append(others[i].Sources, r.ref)
			}
		}
		return agree, others
	}
	one := func(s string) []string { return []string{s} }
	var out []fact

	// Date.
	date := fact{Label: "Date", Empty: "not known"}
	agree, others := tally(func(in *dossier.Incident) []string { return one(in.Date) },
		func(d string) bool {
			return f.Date != "" && (strings.HasPrefix(f.Date, d) || strings.HasPrefix(d, f.Date))
		},
		formatDate)
	if f.Date != "" {
		date.Rows = []factRow{{Value: formatDate(f.Date), Sources: agree}}
	}
	date.Others = others
	out = append(out, date)

	// Place.
	place := fact{Label: "Place", Empty: "not known"}
	placeKey := func(in *dossier.Incident) string {
		return placeOf("", in.City, in.Region, in.Country)
	}
	agree, others = tally(func(in *dossier.Incident) []string {
		if in.City == "" && in.Country == "" {
			return nil
		}
		return one(placeKey(in))
	}, func(k string) bool {
		return k == placeOf("", f.City, f.Region, f.Country) ||
			(f.City == "" && k == placeOf("", "", f.Region, f.Country)) || (f.City == "" && f.Region == "" && k == countryName(f.Country))
	}, func(k string) string { return k })
	if f.City != "" || f.Country != "" || f.Place != "" {
		row := factRow{Value: placeOf(f.Place, f.City, f.Region, f.Country), Sources: agree}
		if f.Lat != nil && f.Lon != nil {
			row.Detail = strconv.FormatFloat(*f.Lat, 'f', 4, 64) + ", " + strconv.FormatFloat(*f.Lon, 'f', 4, 64)
			row.Href = "/map?focus=" + f.ID
		}
		place.Rows = []factRow{row}
	}
	place.Others = others
	place.Sentences = naming(f, ref, f.Place, f.City)
	out = append(out, place)

	// Attack types, weapons, targets: each value with its sources.
	list := func(lbl string, vals []string, get func(*dossier.Incident) []string, show func(string) string) fact {
		fc := fact{Label: lbl, Empty: "not known"}
		for _, v := range vals {
			var srcs []srcRef
			for _, r := range rs {
				if slices.Contains(get(r.in), v) {
					srcs = append(srcs, r.ref)
				}
			}
			fc.Rows = append(fc.Rows, factRow{Value: show(v), Sources: srcs})
		}
		_, fc.Others = tally(get, func(v string) bool { return slices.Contains(vals, v) }, show)
		return fc
	}
	at := list("Attack type", f.AttackTypes, func(in *dossier.Incident) []string { return in.AttackTypes }, attackLabel)
	if f.Suicide {
		at.Note = "A suicide attack."
	}
	out = append(out, at)
	out = append(out, list("Weapons", f.Weapons, func(in *dossier.Incident) []string { return in.Weapons }, weaponLabel))
	out = append(out, list("Targets", f.Targets, func(in *dossier.Incident) []string { return in.Targets }, targetLabel))

	// Perpetrators, compared by catalogue name.
	canon := func(name string) string {
		if g, ok := groups.Lookup(name); ok {
			return g.Name
		}
		return name
	}
	perp := fact{Label: "Perpetrators", Empty: "not named"}
	var names []string
	for _, pp := range f.Perpetrators {
		names = append(names, canon(pp.Name))
		var srcs []srcRef
		for _, r := range rs {
			if slices.ContainsFunc(r.in.Perpetrators, func(x dossier.Perpetrator) bool { return canon(x.Name) == canon(pp.Name) }) {
				srcs = append(srcs, r.ref)
			}
		}
		detail := roleLabel(pp.Role)
		if pp.Parent != "" {
			detail += "; part of " + pp.Parent
		}
		perp.Rows = append(perp.Rows, factRow{Value: pp.Name, Href: groupURL(pp.Name), Detail: detail, Sources: srcs})
		terms := append([]string{pp.Name}, pp.Aliases...)
		perp.Sentences = append(perp.Sentences, naming(f, ref, terms...)...)
	}
	_, perp.Others = tally(func(in *dossier.Incident) []string {
		var o []string
		for _, x := range in.Perpetrators {
			o = append(o, canon(x.Name)+" ("+roleLabel(x.Role)+")")
		}
		return o
	}, func(k string) bool {
		return slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(k, n+" (") })
	}, func(k string) string { return k })
	out = append(out, perp)

	// Killed and injured: the sources that gave the best value.
	for _, k := range []struct {
		kind, label string
		best        *int
		rng         *[2]int
	}{{"killed", "Killed", f.Killed, f.KilledRange}, {"injured", "Injured", f.Injured, f.InjuredRange}} {
		fc := fact{Label: k.label, Empty: "not reported"}
		if k.best != nil {
			row := factRow{Value: formatInt(*k.best)}
			if k.rng != nil && k.rng[0] != k.rng[1] {
				row.Detail = "reports range from " + formatInt(k.rng[0]) + " to " + formatInt(k.rng[1])
			} else if k.rng != nil {
				row.Detail = "the counted reports agree"
			}
			for _, fg := range f.Figures {
				if fg.Kind == k.kind && fg.Value == *k.best && !fg.Claim {
					r := ref(fg.Article)
					if !slices.ContainsFunc(row.Sources, func(x srcRef) bool { return x.Article == r.Article }) {
						row.Sources = append(row.Sources, r)
					}
				}
			}
			fc.Rows = []factRow{row}
			fc.Note = "The best value is the latest count most independent reports give; every figure is listed below."
		}
		out = append(out, fc)
	}
	return out
}

// naming returns the sentences (evidence, figures, quotes) that name any of
// terms, each sentence once.
func naming(f *dossier.Fused, ref func(string) srcRef, terms ...string) []sentenceRef {
	var low []string
	for _, t := range terms {
		if t = strings.ToLower(strings.TrimSpace(t)); len(t) > 1 {
			low = append(low, t)
		}
	}
	if len(low) == 0 {
		return nil
	}
	var out []sentenceRef
	seen := map[string]bool{}
	add := func(article string, idx int, text string) {
		key := article + "\x00" + strconv.Itoa(idx)
		if seen[key] || len(out) >= 12 {
			return
		}
		lt := strings.ToLower(text)
		for _, t := range low {
			if containsWord(lt, t) {
				seen[key] = true
				out = append(out, sentenceRef{Text: text, Source: ref(article), Index: idx})
				return
			}
		}
	}
	for _, e := range f.Evidence {
		add(e.Article, e.Sentence, e.Text)
	}
	for _, fg := range f.Figures {
		add(fg.Article, fg.Sentence, fg.Text)
	}
	return out
}

// containsWord reports whether t occurs in s not inside a longer word.
func containsWord(s, t string) bool {
	from := 0
	for {
		i := strings.Index(s[from:], t)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(t)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return true
		}
		from = i + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
