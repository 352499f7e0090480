package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/dossier-project/dossier"
	"golang.org/x/text/unicode/norm"
)

// Fields are the main-incident fields scored, in report order.
var Fields = []string{"date", "country", "region", "city", "perpetrators", "killed", "injured", "attack_type"}

// GoldIncident is an incident in a gold.jsonl (../shared/corpus/GOLD.md).
type GoldIncident struct {
	Date         *string    `json:"date"`
	Country      *string    `json:"country"`
	Region       *string    `json:"region"`
	City         []string   `json:"city"`
	Perpetrators [][]string `json:"perpetrators"` // nil: not annotated; empty: none named
	Killed       *int       `json:"killed"`
	Injured      *int       `json:"injured"`
	AttackType   *string    `json:"attack_type"`
}

// GoldRecord is one gold.jsonl line with its incidents.
type GoldRecord struct {
	GoldArticle
	Incident string          `json:"incident"` // the true grouping, where annotated
	Main     *GoldIncident   `json:"main"`
	Other    []*GoldIncident `json:"other"`
	HasOther bool            `json:"-"`
}

// LoadGoldRecords reads a gold.jsonl with its incident annotations.
func LoadGoldRecords(path string) ([]GoldRecord, error) {
	var out []GoldRecord
	err := readJSONL(path, func(line []byte) error {
		var g GoldRecord
		if err := json.Unmarshal(line, &g); err != nil {
			return err
		}
		var probe map[string]json.RawMessage
		_ = json.Unmarshal(line, &probe)
		g.HasOther = probe["other"] != nil && string(probe["other"]) != "null"
		out = append(out, g)
		return nil
	})
	return out, err
}

// FieldScore is the accuracy of one field over the articles where the gold
// gives it.
type FieldScore struct {
	Field    string  `json:"field"`
	Accuracy float64 `json:"accuracy"`
	N        int     `json:"n"`
}

// IncidentReport scores extraction against a gold corpus, with the same
// numbers as ../shared/eval/score_incidents.py.
type IncidentReport struct {
	Fields          []FieldScore `json:"fields"`
	Mean            float64      `json:"mean"`
	OtherRecall     float64      `json:"other_recall"`
	OtherN          int          `json:"other_n"`
	OtherPrecision  float64      `json:"other_precision"`
	OtherPredicted  int          `json:"other_predicted"`
	MissingArticles int          `json:"missing_articles"`
	Misses          []Miss       `json:"misses"`
}

// Field returns the score of one field (zero value when absent).
func (r IncidentReport) Field(name string) FieldScore {
	for _, f := range r.Fields {
		if f.Field == name {
			return f
		}
	}
	return FieldScore{Field: name}
}

// ScoreIncidents scores predicted incidents (article key to the incidents
// extracted from it; a missing key is a missing article).
func ScoreIncidents(gold []GoldRecord, pred map[string][]dossier.Incident) IncidentReport {
	hit := map[string]int{}
	tot := map[string]int{}
	rep := IncidentReport{Misses: []Miss{}}
	var otherTP, otherPredOK int
	for _, g := range gold {
		key := g.Key()
		incs, ok := pred[key]
		if !ok {
			rep.MissingArticles++
		}
		mi := pickMain(incs)
		var m dossier.Incident
		if mi >= 0 {
			m = incs[mi]
		}
		gm := g.Main
		if gm == nil {
			gm = &GoldIncident{}
		}
		for _, f := range Fields {
			want, got, scored, right := scoreField(f, gm, &m)
			if !scored {
				continue
			}
			tot[f]++
			if right {
				hit[f]++
			} else {
				rep.Misses = append(rep.Misses, Miss{Article: key, Field: f, Gold: want, Got: got})
			}
		}
		if !g.HasOther {
			continue
		}
		var rest []dossier.Incident
		for i, in := range incs {
			if i != mi {
				rest = append(rest, in)
			}
		}
		golds := append([]*GoldIncident{gm}, g.Other...)
		for _, o := range g.Other {
			if o.Date == nil || *o.Date == "" {
				continue
			}
			rep.OtherN++
			found := false
			for _, in := range rest {
				if sameYearCountry(o, &in) {
					found = true
					break
				}
			}
			if found {
				otherTP++
			} else {
				rep.Misses = append(rep.Misses, Miss{Article: key, Field: "other", Gold: str(o.Date) + " " + str(o.Country), Got: "not found"})
			}
		}
		for _, in := range rest {
			rep.OtherPredicted++
			ok := false
			for _, o := range golds {
				if o.Date != nil && sameYearCountry(o, &in) {
					ok = true
					break
				}
			}
			if ok {
				otherPredOK++
			} else {
				rep.Misses = append(rep.Misses, Miss{Article: key, Field: "other (extra)", Gold: "-", Got: in.Date + " " + in.Country})
			}
		}
	}
	var sum float64
	var n int
	for _, f := range Fields {
		fs := FieldScore{Field: f, N: tot[f]}
		if tot[f] > 0 {
			fs.Accuracy = float64(hit[f]) / float64(tot[f])
			sum += fs.Accuracy
			n++
		}
		rep.Fields = append(rep.Fields, fs)
	}
	if n > 0 {
		rep.Mean = sum / float64(n)
	}
	if rep.OtherN > 0 {
		rep.OtherRecall = float64(otherTP) / float64(rep.OtherN)
	}
	if rep.OtherPredicted > 0 {
		rep.OtherPrecision = float64(otherPredOK) / float64(rep.OtherPredicted)
	}
	sort.SliceStable(rep.Misses, func(i, j int) bool { return rep.Misses[i].Article < rep.Misses[j].Article })
	return rep
}

// pickMain returns the index of the main incident: the one marked main, else
// the first; -1 when there are none.
func pickMain(incs []dossier.Incident) int {
	for i, in := range incs {
		if in.Main {
			return i
		}
	}
	if len(incs) > 0 {
		return 0
	}
	return -1
}

func sameYearCountry(o *GoldIncident, in *dossier.Incident) bool {
	return str(o.Country) == in.Country && in.Date != "" && o.Date != nil &&
		len(*o.Date) >= 4 && len(in.Date) >= 4 && in.Date[:4] == (*o.Date)[:4]
}

// scoreField scores one field of the main incident. scored is false where
// the gold does not give the field.
func scoreField(f string, g *GoldIncident, m *dossier.Incident) (want, got string, scored, right bool) {
	switch f {
	case "date":
		if g.Date == nil {
			return
		}
		return *g.Date, orNull(m.Date), true, m.Date != "" && strings.HasPrefix(m.Date, *g.Date)
	case "country":
		if g.Country == nil {
			return
		}
		return *g.Country, orNull(m.Country), true, strings.ToUpper(m.Country) == *g.Country
	case "region":
		if g.Region == nil {
			return
		}
		return *g.Region, orNull(m.Region), true, normName(m.Region) == normName(*g.Region)
	case "city":
		if len(g.City) == 0 {
			return
		}
		return strings.Join(g.City, "|"), orNull(m.City) + " / " + orNull(m.Place), true, cityOK(g.City, m)
	case "perpetrators":
		if g.Perpetrators == nil {
			return
		}
		pg := namesOf(m)
		var ws []string
		for _, a := range g.Perpetrators {
			ws = append(ws, a[0])
		}
		var gs []string
		for _, p := range pg {
			gs = append(gs, p[0])
		}
		want, got = "["+strings.Join(ws, "; ")+"]", "["+strings.Join(gs, "; ")+"]"
		if len(g.Perpetrators) == 0 {
			return want, got, true, len(pg) == 0
		}
		for _, aliases := range g.Perpetrators {
			if !groupMatch(aliases, pg) {
				return want, got, true, false
			}
		}
		return want, got, true, true
	case "killed":
		if g.Killed == nil {
			return
		}
		return strconv.Itoa(*g.Killed), intOrNull(m.Killed), true, m.Killed != nil && *m.Killed == *g.Killed
	case "injured":
		if g.Injured == nil {
			return
		}
		return strconv.Itoa(*g.Injured), intOrNull(m.Injured), true, m.Injured != nil && *m.Injured == *g.Injured
	case "attack_type":
		if g.AttackType == nil {
			return
		}
		for _, t := range m.AttackTypes {
			if t == *g.AttackType {
				right = true
			}
		}
		return *g.AttackType, "[" + strings.Join(m.AttackTypes, ",") + "]", true, right
	}
	return
}

func namesOf(m *dossier.Incident) [][]string {
	var out [][]string
	for _, p := range m.Perpetrators {
		out = append(out, append([]string{p.Name}, p.Aliases...))
	}
	return out
}

// groupMatch: a predicted name or alias equals a gold alias, or contains
// one (longer than one character) as whole words, after normalisation.
func groupMatch(aliases []string, pred [][]string) bool {
	al := map[string]bool{}
	for _, a := range aliases {
		if a != "" {
			al[normName(a)] = true
		}
	}
	for _, names := range pred {
		for _, n := range names {
			nn := normName(n)
			if nn == "" {
				continue
			}
			if al[nn] {
				return true
			}
			for a := range al {
				if len(a) > 1 && containsWord(nn, a) {
					return true
				}
			}
		}
	}
	return false
}

func cityOK(gold []string, m *dossier.Incident) bool {
	for _, c := range []string{m.City, m.Place} {
		if c == "" {
			continue
		}
		nc := normName(c)
		for _, g := range gold {
			ng := normName(g)
			if nc == ng || containsWord(nc, ng) {
				return true
			}
		}
	}
	return false
}

// containsWord reports whether phrase occurs in s at word boundaries; both
// are normalised (lower-case ASCII words separated by single spaces).
func containsWord(s, phrase string) bool {
	if phrase == "" {
		return false
	}
	return strings.Contains(" "+s+" ", " "+phrase+" ")
}

var nonAlnum = regexp.MustCompile(`[^a-z0-9]+`)

// normName folds s as the reference scorer does: NFKD, ASCII only, lower
// case, runs of other characters to one space.
func normName(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if r > unicode.MaxASCII {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return strings.TrimSpace(nonAlnum.ReplaceAllString(s, " "))
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func intOrNull(p *int) string {
	if p == nil {
		return "null"
	}
	return strconv.Itoa(*p)
}

// WriteIncidentReport prints the scores and every miss by article.
func WriteIncidentReport(w io.Writer, r IncidentReport, misses bool) error {
	for _, f := range r.Fields {
		if f.N == 0 {
			fmt.Fprintf(w, "%-14s -      (n=0)\n", f.Field)
			continue
		}
		fmt.Fprintf(w, "%-14s %.3f  (n=%d)\n", f.Field, f.Accuracy, f.N)
	}
	fmt.Fprintf(w, "%-14s %.3f\n", "mean", r.Mean)
	fmt.Fprintf(w, "%-14s %.3f  (n=%d)\n", "other_recall", r.OtherRecall, r.OtherN)
	fmt.Fprintf(w, "%-14s %.3f  (n=%d)\n", "other_prec", r.OtherPrecision, r.OtherPredicted)
	fmt.Fprintf(w, "%-14s %d\n", "missing", r.MissingArticles)
	if misses {
		for _, m := range r.Misses {
			fmt.Fprintf(w, "  miss %s %s: gold %s, got %s\n", m.Article, m.Field, m.Gold, m.Got)
		}
	}
	return nil
}
