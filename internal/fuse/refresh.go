package fuse

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/dedup"
	"github.com/dossier-project/dossier/internal/extract"
	"github.com/dossier-project/dossier/internal/store"
)

// Extraction turns one article and what extract found in it into what the
// store keeps for fusion: the report as JSON and the text's MinHash
// signature.
func Extraction(a *dossier.Article, x *extract.Result) (*store.Extraction, error) {
	r := NewReport(a, x)
	rep, err := json.Marshal(r)
	if err != nil {
		return nil, fmt.Errorf("fuse: report of %s: %w", a.Source, err)
	}
	keys, err := json.Marshal(slimmed(r))
	if err != nil {
		return nil, fmt.Errorf("fuse: report of %s: %w", a.Source, err)
	}
	sig := dedup.Sign(a.Title + "\n" + a.Text)
	bin, _ := sig.MarshalBinary()
	return &store.Extraction{Report: rep, Signature: bin, Keys: keys, Version: ReportVersion}, nil
}

// slimmed returns what clustering needs of a report: the incidents
// without their figures and evidence, the names; no sentences, quotes or
// title.
func slimmed(r *Report) *Report {
	c := *r
	c.Sentences, c.Quotes, c.Title, c.URL = nil, nil, "", ""
	c.Incidents = slices.Clone(r.Incidents)
	for i := range c.Incidents {
		in := &c.Incidents[i]
		in.Figures, in.Evidence = nil, nil
		ps := make([]dossier.Perpetrator, len(in.Perpetrators))
		for j, p := range in.Perpetrators {
			ps[j] = dossier.Perpetrator{Name: p.Name, Role: p.Role}
		}
		in.Perpetrators = ps
	}
	return &c
}

// Stats says what one Refresh did.
type Stats struct {
	Articles  int // extractions read
	Copies    int // articles that copy another
	Incidents int // fused incidents
	Written   int // incidents written because new or changed
	Removed   int // incidents gone
}

// Refresh fuses every stored extraction into incidents and brings the
// stored incidents up to date, rewriting only those that changed. Each
// batch of records is written in one transaction and the incidents no
// longer there are removed last: a Refresh cut short leaves every record
// whole, and the next one completes the update. The
// result is a function of the stored articles alone: it does not depend on
// the order they were ingested in, and ingesting one more article rewrites
// only the incidents it joins or changes.
//
// Memory holds the compact keys of every mention and one incident's
// reports at a time, plus the records being written.
func Refresh(ctx context.Context, st *store.Store) (Stats, error) {
	var stats Stats
	copyOf, err := copies(ctx, st, &stats)
	if err != nil {
		return stats, err
	}
	var slim []*Report
	err = st.ClusterInputs(ctx, func(e *store.Extracted) error {
		var r Report
		if err := json.Unmarshal(e.Report, &r); err != nil {
			return fmt.Errorf("fuse: report of %s: %w", e.Article, err)
		}
		r = *slimmed(&r)
		r.Article, r.Published, r.CopyOf, r.version = e.Article, e.Published, copyOf[e.Article], e.Version
		slim = append(slim, &r)
		return nil
	})
	if err != nil {
		return stats, err
	}
	stats.Articles = len(slim)
	pruneNames(slim)
	slices.SortFunc(slim, func(a, b *Report) int { return cmp.Compare(a.Article, b.Article) })
	keys := KeysOf(slim)
	c := cluster(slim, keys)
	groups, arts, ids := c.groups, c.articles, c.ids
	old, oldMembers, err := st.IncidentDigests(ctx)
	if err != nil {
		return stats, err
	}
	// Records are written in batches of about batchBytes, so that memory
	// holds one batch of them, not the whole store's.
	const batchBytes = 16 << 20
	var recs []store.Incident
	size := 0
	flush := func() error {
		n, err := st.WriteIncidents(ctx, recs, old)
		stats.Written += n
		recs, size = recs[:0], 0
		return err
	}
	for gi, g := range groups {
		// What the record is built from: when a stored record was built
		// from the same, it stands as it is.
		rel := c.related[gi]
		members := membersDigest(slim, keys, g, rel)
		if oldMembers[ids[gi]] == members {
			continue
		}
		full := map[string]*Report{}
		ms := make([]Member, len(g))
		for i, k := range g {
			a := slim[keys[k].Report].Article
			r, ok := full[a]
			if !ok {
				e, err := st.Extraction(ctx, a)
				if err != nil {
					return stats, err
				}
				r = &Report{}
				if err := json.Unmarshal(e.Report, r); err != nil {
					return stats, fmt.Errorf("fuse: report of %s: %w", a, err)
				}
				r.Article, r.Published, r.CopyOf = e.Article, e.Published, copyOf[a]
				full[a] = r
			}
			ms[i] = Member{r, keys[k].Index}
		}
		f := Build(ms)
		f.Related = rel
		data, err := json.Marshal(f)
		if err != nil {
			return stats, fmt.Errorf("fuse: incident %s: %w", f.ID, err)
		}
		rec := storedIncident(&f, arts[gi], data)
		rec.Members = members
		recs = append(recs, rec)
		size += 2 * len(data)
		if size >= batchBytes {
			if err := flush(); err != nil {
				return stats, err
			}
		}
		if err := ctx.Err(); err != nil {
			return stats, err
		}
	}
	if err := flush(); err != nil {
		return stats, err
	}
	stats.Incidents = len(groups)
	keep := make(map[string]bool, len(ids))
	for _, id := range ids {
		keep[id] = true
	}
	var gone []string
	for id := range old {
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	slices.Sort(gone)
	stats.Removed = len(gone)
	return stats, st.RemoveIncidents(ctx, gone)
}

// copies finds the copy groups among the stored signatures and records
// each article's original (one that does not declare another origin, then
// the earliest published, then the least id), returning article ->
// original for the copies.
func copies(ctx context.Context, st *store.Store, stats *Stats) (map[string]string, error) {
	var ids, pubs, stored []string
	var synd []bool
	var sigs []dedup.Signature
	err := st.Extractions(ctx, func(e *store.Extracted) error {
		var s dedup.Signature
		if len(e.Signature) > 0 {
			if err := s.UnmarshalBinary(e.Signature); err != nil {
				return fmt.Errorf("fuse: signature of %s: %w", e.Article, err)
			}
		}
		ids, pubs, stored = append(ids, e.Article), append(pubs, e.Published), append(stored, e.CopyOf)
		synd = append(synd, e.SyndicatedFrom != "")
		sigs = append(sigs, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	copyOf := Originals(ids, pubs, synd, sigs)
	stats.Copies = len(copyOf)
	changed := map[string]string{}
	for i, id := range ids {
		if copyOf[id] != stored[i] {
			changed[id] = copyOf[id]
		}
	}
	return copyOf, st.SetCopies(ctx, changed)
}

// membersDigest hashes what an incident's record is built from: its
// mentions (article, index), each article's copy group, and its related
// incidents. An article's extraction never changes once stored, so the
// same digest means the same record (under the same fusion code: a new
// version of dossier rebuilds through fuseVersion).
func membersDigest(slim []*Report, keys []Key, g []int, related []string) string {
	h := sha256.New()
	fmt.Fprintf(h, "v%d\n", fuseVersion)
	for _, k := range g {
		r := slim[keys[k].Report]
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00%s\x00%d\n", r.Article, keys[k].Index, r.CopyOf, r.Published, r.version)
	}
	for _, id := range related {
		fmt.Fprintf(h, "r %s\n", id)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fuseVersion changes whenever Build would make a different record from
// the same mentions, so that stored records are rebuilt.
const fuseVersion = 4

// pruneNames keeps of each report's names only those rare enough to tie
// two reports (in 2 to maxNameDF main reports): most names are in one
// article alone, and holding them all would make fusion's memory grow with
// the words of the corpus rather than its incidents.
func pruneNames(rs []*Report) {
	df := map[uint64]int32{}
	for _, r := range rs {
		if hasMain(r) {
			for _, n := range r.Names {
				df[n]++
			}
		}
	}
	for _, r := range rs {
		if !hasMain(r) {
			r.Names = nil
			continue
		}
		kept := r.Names[:0]
		for _, n := range r.Names {
			if d := df[n]; d >= 2 && d <= maxNameDF {
				kept = append(kept, n)
			}
		}
		r.Names = slices.Clip(kept)
	}
}

func hasMain(r *Report) bool {
	return slices.ContainsFunc(r.Incidents, func(in dossier.Incident) bool { return in.Main })
}

// Originals finds the copy groups among the articles' signatures and
// names each copy's original: one that does not declare another origin
// (syndicated false), then the earliest published (pubs are YYYY-MM-DD or
// ""), then the least id. It returns article -> original for the copies
// only.
func Originals(ids, pubs []string, syndicated []bool, sigs []dedup.Signature) map[string]string {
	pub := make(map[string]string, len(ids))
	synd := make(map[string]bool, len(ids))
	for i, id := range ids {
		pub[id], synd[id] = pubs[i], syndicated[i]
	}
	copyOf := map[string]string{}
	for _, g := range dedup.Groups(ids, sigs) {
		if len(g) < 2 {
			continue
		}
		orig := slices.MinFunc(g, func(a, b string) int {
			pa, pb := pub[a], pub[b]
			switch {
			case synd[a] != synd[b]: // a text that says it was published elsewhere is the copy
				if synd[a] {
					return 1
				}
				return -1
			case pa == "" && pb != "":
				return 1
			case pa != "" && pb == "":
				return -1
			}
			return cmp.Or(cmp.Compare(pa, pb), cmp.Compare(a, b))
		})
		for _, a := range g {
			if a != orig {
				copyOf[a] = orig
			}
		}
	}
	return copyOf
}

// MarkCopies sets CopyOf on the reports that copy another, given each
// report's signature (sigs[i] of reports[i]).
func MarkCopies(reports []*Report, sigs []dedup.Signature) {
	ids := make([]string, len(reports))
	pubs := make([]string, len(reports))
	synd := make([]bool, len(reports))
	for i, r := range reports {
		ids[i], pubs[i], synd[i] = r.Article, r.Published, r.SyndicatedFrom != ""
	}
	copyOf := Originals(ids, pubs, synd, sigs)
	for _, r := range reports {
		r.CopyOf = copyOf[r.Article]
	}
}

// storedIncident gives the store the columns it filters on and the text
// it searches.
func storedIncident(f *dossier.Fused, articles []string, data []byte) store.Incident {
	var groups []string
	for _, p := range f.Perpetrators {
		groups = append(groups, p.Name)
		groups = append(groups, p.Aliases...)
	}
	var text strings.Builder
	for _, s := range []string{f.Title, f.Place, f.City, f.Region, f.Country, strings.Join(groups, " ")} {
		text.WriteString(s)
		text.WriteByte('\n')
	}
	for _, s := range f.Sources {
		text.WriteString(s.Title)
		text.WriteByte('\n')
	}
	for _, e := range f.Evidence {
		if text.Len() > 16<<10 {
			break
		}
		text.WriteString(e.Text)
		text.WriteByte('\n')
	}
	summary, _ := json.Marshal(dossier.Summarize(f))
	return store.Incident{ID: f.ID, Date: f.Date, Country: f.Country, Killed: f.Killed, Injured: f.Injured,
		Groups: groups, Title: f.Title, Articles: articles, Text: text.String(), Data: data, Summary: summary}
}
