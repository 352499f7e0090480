package fuse

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-project/dossier"
)

// Member is one mention of a fused incident: incident Index of report R.
type Member struct {
	R     *Report
	Index int
}

func (m Member) incident() *dossier.Incident { return &m.R.Incidents[m.Index] }

// witness names the independent witness a report is: its copy group's
// original.
func witness(r *Report) string {
	if r.CopyOf != "" {
		return r.CopyOf
	}
	return r.Article
}

// Fuse clusters the mentions of reports into incidents and builds their
// records, ordered by date (unknown last), then id. Reports are taken in
// the order of their article ids, so the result does not depend on the
// order they are given in.
func Fuse(reports []*Report) []dossier.Fused {
	rs := make([]*Report, len(reports))
	for i, r := range reports {
		c := *r // pruneNames must not change the caller's reports
		rs[i] = &c
	}
	slices.SortFunc(rs, func(a, b *Report) int { return cmp.Compare(a.Article, b.Article) })
	pruneNames(rs)
	keys := KeysOf(rs)
	c := cluster(rs, keys)
	out := make([]dossier.Fused, len(c.groups))
	for gi := range c.groups {
		out[gi] = Build(c.members(gi))
		out[gi].Related = c.related[gi]
	}
	SortFused(out)
	return out
}

// clustered is what clustering the mentions of sorted reports gives: the
// groups of keys, and for each group its articles, its id and the ids of
// the groups related to it (sharing an article: what an article recalls is
// related to what it reports).
type clustered struct {
	reports  []*Report
	keys     []Key
	groups   [][]int
	articles [][]string
	ids      []string
	related  [][]string
}

// cluster clusters the keys of rs and derives the groups' articles, ids
// and related groups. Ids depend on the mentions alone, so they are known
// before any record is built.
func cluster(rs []*Report, keys []Key) clustered {
	c := clustered{reports: rs, keys: keys, groups: Cluster(keys)}
	c.articles = make([][]string, len(c.groups))
	c.ids = make([]string, len(c.groups))
	byArticle := map[string][]int{}
	for gi, g := range c.groups {
		for _, k := range g {
			a := rs[keys[k].Report].Article
			if !slices.Contains(c.articles[gi], a) {
				c.articles[gi] = append(c.articles[gi], a)
				byArticle[a] = append(byArticle[a], gi)
			}
		}
		c.ids[gi] = ID(c.members(gi))
	}
	c.related = make([][]string, len(c.groups))
	for gi := range c.groups {
		var rel []string
		for _, a := range c.articles[gi] {
			for _, gj := range byArticle[a] {
				if gj != gi {
					rel = append(rel, c.ids[gj])
				}
			}
		}
		slices.Sort(rel)
		c.related[gi] = slices.Compact(rel)
	}
	return c
}

// members returns the mentions of group gi.
func (c *clustered) members(gi int) []Member {
	g := c.groups[gi]
	ms := make([]Member, len(g))
	for i, k := range g {
		ms[i] = Member{c.reports[c.keys[k].Report], c.keys[k].Index}
	}
	return ms
}

// SortFused orders incidents by date, undated last, then by id.
func SortFused(fs []dossier.Fused) {
	slices.SortFunc(fs, func(a, b dossier.Fused) int {
		switch {
		case a.Date == "" && b.Date != "":
			return 1
		case a.Date != "" && b.Date == "":
			return -1
		}
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
}

// ID returns the stable id of the incident whose mentions are ms: a hash of
// its first mention by article id, so that it changes only when that
// mention leaves or an earlier one joins.
func ID(ms []Member) string {
	first := ms[0]
	for _, m := range ms[1:] {
		if m.R.Article < first.R.Article || m.R.Article == first.R.Article && m.Index < first.Index {
			first = m
		}
	}
	h := sha256.Sum256([]byte(first.R.Article + "\x00" + strconv.Itoa(first.Index)))
	return "inc-" + hex.EncodeToString(h[:6])
}

// Build makes the record of one incident from its mentions: each field by
// vote of the independent witnesses among the main reports (or among all
// when no article is chiefly about it), every figure, sentence and quote
// with its source, and the best counts by Reconcile.
func Build(ms []Member) dossier.Fused {
	ms = slices.Clone(ms)
	// Earliest published first, undated last: the title is the first
	// dated report's.
	undated := func(m Member) int {
		if m.R.Published == "" {
			return 1
		}
		return 0
	}
	slices.SortFunc(ms, func(a, b Member) int {
		return cmp.Or(cmp.Compare(undated(a), undated(b)), cmp.Compare(a.R.Published, b.R.Published),
			cmp.Compare(a.R.Article, b.R.Article), cmp.Compare(a.Index, b.Index))
	})
	f := dossier.Fused{ID: ID(ms)}
	voters := ms
	if slices.ContainsFunc(ms, func(m Member) bool { return m.incident().Main }) {
		voters = slices.DeleteFunc(slices.Clone(ms), func(m Member) bool { return !m.incident().Main })
	}
	// One vote per witness: its earliest report.
	seenW := map[string]bool{}
	var votes []*dossier.Incident
	for _, m := range voters {
		if w := witness(m.R); !seenW[w] {
			seenW[w] = true
			votes = append(votes, m.incident())
			if f.Title == "" {
				f.Title = m.R.Title
			}
		}
	}
	f.Witnesses = len(seenW)
	f.Kind = top(votes, func(in *dossier.Incident) string { return in.Kind })
	f.Date = bestDate(votes)
	f.Country = top(votes, func(in *dossier.Incident) string { return in.Country })
	f.City = top(votes, func(in *dossier.Incident) string {
		if in.Country != f.Country {
			return ""
		}
		return in.City
	})
	for _, in := range votes {
		if f.City != "" && in.City == f.City {
			f.Region, f.Lat, f.Lon = in.Region, in.Lat, in.Lon
			break
		}
	}
	if f.Region == "" {
		f.Region = top(votes, func(in *dossier.Incident) string {
			if in.Country != f.Country {
				return ""
			}
			return in.Region
		})
	}
	f.Place = top(votes, func(in *dossier.Incident) string { return in.Place })
	f.AttackTypes = ranked(votes, func(in *dossier.Incident) []string { return in.AttackTypes }, true)
	f.Weapons = ranked(votes, func(in *dossier.Incident) []string { return in.Weapons }, false)
	f.Targets = ranked(votes, func(in *dossier.Incident) []string { return in.Targets }, false)
	for _, in := range votes {
		f.Suicide = f.Suicide || in.Suicide
	}
	f.Perpetrators = perpetrators(ms)
	if len(voters) == len(ms) && !ms[0].incident().Main {
		// Only recalled in passing: the recalling article's headline is
		// about something else.
		f.Title = recalledTitle(&f)
	}

	var killed, injured []Reported
	seenArt := map[string]bool{}
	for _, m := range ms {
		in, r := m.incident(), m.R
		for _, fg := range in.Figures {
			f.Figures = append(f.Figures, dossier.SourcedFigure{Figure: fg, Article: r.Article,
				Publisher: r.Publisher, Published: r.Published, Text: r.Sentences[fg.Sentence]})
		}
		for _, e := range in.Evidence {
			f.Evidence = append(f.Evidence, dossier.Evidence{Article: r.Article, Sentence: e, Text: r.Sentences[e]})
		}
		if in.Main || len(voters) == len(ms) {
			dead := -1
			if in.Killed != nil {
				dead = *in.Killed
			}
			rep := func(p *int, kind string) []Reported {
				if p == nil {
					return nil
				}
				// A zero the text never wrote (extract's "only the dead
				// were reported, so none injured") is weaker than a count.
				inferred := *p == 0 && !slices.ContainsFunc(in.Figures, func(f dossier.Figure) bool { return f.Kind == kind })
				return []Reported{{Value: *p, Published: r.Published, Witness: witness(r), Publisher: r.Publisher,
					inferred: inferred, killed: dead}}
			}
			killed = append(killed, rep(in.Killed, "killed")...)
			injured = append(injured, rep(in.Injured, "injured")...)
		}
		if !seenArt[r.Article] {
			seenArt[r.Article] = true
			src := dossier.Source{Article: r.Article, URL: r.URL, Title: r.Title, Publisher: r.Publisher,
				Published: r.Published, SyndicatedFrom: r.SyndicatedFrom, CopyOf: r.CopyOf, Main: in.Main}
			f.Sources = append(f.Sources, src)
		}
		if in.Main {
			for _, q := range r.Quotes {
				f.Quotes = append(f.Quotes, dossier.SourcedQuote{Quote: q, Article: r.Article})
			}
		}
	}
	if v, rng, conf, ok := Reconcile("killed", stated(killed)); ok {
		f.Killed, f.KilledRange = &v, &rng
		f.Conflicts = append(f.Conflicts, conf...)
	}
	injured = stated(injured)
	if v, rng, conf, ok := Reconcile("injured", injured); ok {
		f.Injured, f.InjuredRange = &v, &rng
		f.Conflicts = append(f.Conflicts, conf...)
		if f.Killed != nil {
			// The wounded are read from the reports that count the dead
			// as the best value does: one that has the victim still in
			// hospital and one that has him dead do not both stand.
			agree := slices.DeleteFunc(injured, func(r Reported) bool { return r.killed != *f.Killed })
			if v, _, _, ok := Reconcile("injured", agree); ok {
				f.Injured = &v
			}
		}
	}
	return f
}

// stated drops the zeros no text wrote when some witness gave a count,
// unless the zero's report came later (or the same day) with more dead
// than another report had, enough to be its wounded who died: "a man was
// critically wounded" on Monday and "the man has died" on Wednesday leave
// no one wounded.
func stated(rs []Reported) []Reported {
	if !slices.ContainsFunc(rs, func(r Reported) bool { return !r.inferred }) {
		return rs
	}
	diedOf := func(r Reported) bool {
		return slices.ContainsFunc(rs, func(s Reported) bool {
			return !s.inferred && s.Published != "" && s.Published <= r.Published &&
				s.killed >= 0 && r.killed > s.killed && s.Value <= r.killed-s.killed
		})
	}
	return slices.DeleteFunc(slices.Clone(rs), func(r Reported) bool { return r.inferred && !diedOf(r) })
}

// recalledTitle composes a headline for an incident no article is about:
// "Bombing in Kerman, IR, 2024-01-03".
func recalledTitle(f *dossier.Fused) string {
	what := "Incident"
	if len(f.AttackTypes) > 0 {
		what = strings.ReplaceAll(f.AttackTypes[0], "_", " ")
		what = strings.ToUpper(what[:1]) + what[1:]
	}
	var where []string
	for _, s := range []string{f.Place, f.City, f.Country} {
		if s != "" {
			where = append(where, s)
		}
	}
	t := what
	if len(where) > 0 {
		t += " in " + strings.Join(where, ", ")
	}
	if f.Date != "" {
		t += ", " + f.Date
	}
	return t
}

// top returns the value most votes give (ties: the first given), "" when
// none gives one.
func top(votes []*dossier.Incident, get func(*dossier.Incident) string) string {
	n := map[string]int{}
	best := ""
	for _, in := range votes {
		v := get(in)
		if v == "" {
			continue
		}
		n[v]++
		if n[v] > n[best] {
			best = v
		}
	}
	return best
}

// bestDate returns the date most witnesses give at the finest precision
// any gives; a coarser date that contains it counts for it ("2024-03"
// for "2024-03-22").
func bestDate(votes []*dossier.Incident) string {
	best, bestN := "", 0
	for _, in := range votes {
		d := in.Date
		if d == "" || len(d) < len(best) {
			continue
		}
		n := 0
		for _, o := range votes {
			if o.Date != "" && strings.HasPrefix(d, o.Date) {
				n++
			}
		}
		if len(d) > len(best) || n > bestN || n == bestN && d < best {
			best, bestN = d, n
		}
	}
	return best
}

// ranked returns the values of the lists ordered by votes; with majority,
// only those at least half as frequent as the most voted.
func ranked(votes []*dossier.Incident, get func(*dossier.Incident) []string, majority bool) []string {
	n := map[string]int{}
	var order []string
	for _, in := range votes {
		for _, v := range get(in) {
			if n[v] == 0 {
				order = append(order, v)
			}
			n[v]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return n[b] - n[a] })
	if majority && len(order) > 0 {
		cut := n[order[0]]
		order = slices.DeleteFunc(order, func(v string) bool { return 2*n[v] < cut })
	}
	return order
}

// roleRank orders roles from the surest: a claim, then an attribution by
// officials, then a suspicion.
var roleRank = map[string]int{dossier.RoleClaimed: 3, dossier.RoleAttributed: 2, dossier.RoleSuspected: 1}

// perpetrators merges the groups of every mention by canonical name (the
// catalogue already gave "ISIS-K", "ISKP" and "Islamic State Khorasan
// Province" one name), each with its surest role. A group named by fewer
// than half as many witnesses as the most named one is left out: one
// article's aside ("Russia supports the Taliban, whom ISIS-K fights") does
// not make a second perpetrator.
func perpetrators(ms []Member) []dossier.Perpetrator {
	var out []dossier.Perpetrator
	by := map[string]map[string]bool{} // group -> witnesses naming it
	for _, m := range ms {
		for _, p := range m.incident().Perpetrators {
			if by[p.Name] == nil {
				by[p.Name] = map[string]bool{}
			}
			by[p.Name][witness(m.R)] = true
			i := slices.IndexFunc(out, func(q dossier.Perpetrator) bool { return q.Name == p.Name })
			if i < 0 {
				out = append(out, p)
				continue
			}
			if roleRank[p.Role] > roleRank[out[i].Role] {
				out[i].Role = p.Role
			}
		}
	}
	most := 0
	for _, w := range by {
		most = max(most, len(w))
	}
	slices.SortStableFunc(out, func(a, b dossier.Perpetrator) int { return len(by[b.Name]) - len(by[a.Name]) })
	return slices.DeleteFunc(out, func(p dossier.Perpetrator) bool { return 2*len(by[p.Name]) < most })
}
