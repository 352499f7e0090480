package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/dossier-project/dossier"
)

// readKind sets the attack types, suicide flag, weapons, targets and the
// kind of incident (attack, foiled plot, arrest).
func (d *document) readKind(in *dossier.Incident) {
	types := map[string]int{}
	weapons := map[string]int{}
	targets := map[string]int{}
	suicide := false
	d.mainSentences(func(s *sentence) {
		if s.Index >= 2*ledeSentences {
			return
		}
		w := 1
		if s.Index < 0 {
			w = 2
		}
		if hasAny(s.lower, suicideCues) {
			suicide = true
		}
		// A sentence with no sign of violence done ("the man looked to be
		// wearing an explosive vest") tells of no attack type.
		if !s.event {
			return
		}
		// One vote per type per sentence: "an explosion ... then a suicide
		// bomb blast" is one sentence about a bombing, not three.
		for t := range s.attack {
			types[t] += w
		}
		tally(s.lower, weaponCues, weapons, w)
		tally(s.lower, targetCues, targets, w)
	})
	in.AttackTypes = topKeys(types, 0.5, 2)
	in.Weapons = topKeys(weapons, 0.3, 3)
	in.Targets = topKeys(targets, 0.5, 2)
	in.Suicide = suicide
	if suicide && !slices.Contains(in.AttackTypes, dossier.Bombing) {
		in.AttackTypes = append([]string{dossier.Bombing}, in.AttackTypes...)
	}
	lead := strings.ToLower(d.title.Text)
	if len(d.sents) > 0 {
		lead += " " + d.sents[0].lower
	}
	noDead := in.Killed == nil || *in.Killed == 0
	switch {
	case hasAny(lead, plotCues) && noDead:
		in.Kind = "plot"
		in.AttackTypes = d.plannedTypes()
	case hasAny(lead, arrestCues) && len(in.AttackTypes) == 0 && noDead:
		in.Kind = "arrest"
	}
}

// plannedTypes reads the attack types of a foiled plot from the sentences
// that tell of the plan ("a plot to bomb a synagogue"), not from those that
// tell how it was foiled ("police raided a house"). A plot whose means the
// text does not give is of type unknown, as GTD codes it.
func (d *document) plannedTypes() []string {
	types := map[string]int{}
	d.mainSentences(func(s *sentence) {
		if s.Index >= 2*ledeSentences || !hasAny(s.lower, planCues) {
			return
		}
		for t := range s.attack {
			if t == dossier.ArmedAssault && !hasAny(s.lower, plannedAssaultCues) {
				continue
			}
			types[t]++
		}
	})
	if t := topKeys(types, 0.5, 2); len(t) > 0 {
		return t
	}
	return []string{dossier.Unknown}
}

// topKeys returns the keys whose count is at least frac of the largest,
// most frequent first, at most n.
func topKeys(m map[string]int, frac float64, n int) []string {
	keys := make([]string, 0, len(m))
	maxv := 0
	for k, v := range m {
		keys = append(keys, k)
		maxv = max(maxv, v)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	var out []string
	for _, k := range keys {
		if float64(m[k]) >= frac*float64(maxv) && len(out) < n && m[k] > 0 {
			out = append(out, k)
		}
	}
	return out
}
