package fuse

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Reported is one count given by one witness, for Reconcile.
type Reported struct {
	Value     int
	Published string // YYYY-MM-DD, "" when unknown
	Witness   string // the copy group's original article: copies are one witness
	Publisher string
	inferred  bool // a zero no sentence gave (see stated)
	killed    int  // for an injured count: the same report's dead, -1 when unknown
}

// Reconcile chooses the best of the counts independent witnesses gave for
// one incident, and names the conflicts among them. The rule (README,
// "Figures: the best value"):
//
//  1. Each witness counts once: the copies of one report are one witness,
//     and its earliest value stands for the group. Claims by perpetrators
//     never enter (extract keeps them as figures `by` the group, never as
//     the headline count).
//  2. The best value is the latest: among the values of the last
//     publication day that has any, the one most witnesses give; on a tie,
//     the higher (tolls rise as the wounded die and the missing are found).
//     A toll that rises from one day to the next is an update, not a
//     conflict. A later lower value replaces the best only when as many
//     witnesses, over every day so far, give it: a follow-up that names
//     some of the wounded does not undo what most reported. Reports with
//     no publication date come before every dated one.
//  3. Witnesses of one day who give different values are in conflict: each
//     such day is named in the result.
//
// It returns ok=false when no witness gave a value.
func Reconcile(kind string, rs []Reported) (best int, rng [2]int, conflicts []string, ok bool) {
	if len(rs) == 0 {
		return 0, rng, nil, false
	}
	one := map[string]Reported{}
	for _, r := range rs {
		if o, seen := one[r.Witness]; !seen || r.Published != "" && (o.Published == "" || r.Published < o.Published) {
			one[r.Witness] = r
		}
	}
	ws := make([]Reported, 0, len(one))
	for _, r := range one {
		ws = append(ws, r)
	}
	slices.SortFunc(ws, func(a, b Reported) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.Witness, b.Witness))
	})
	rng = [2]int{ws[0].Value, ws[0].Value}
	for _, r := range ws {
		rng[0], rng[1] = min(rng[0], r.Value), max(rng[1], r.Value)
	}
	// Group by day, in order.
	all := map[int]int{} // witnesses of each value up to the day
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && ws[j].Published == ws[i].Published {
			j++
		}
		day := ws[i:j]
		votes := map[int]int{}
		for _, r := range day {
			votes[r.Value]++
		}
		dayBest := day[0].Value
		for v, n := range votes {
			all[v] += n
			if n > votes[dayBest] || n == votes[dayBest] && v > dayBest {
				dayBest = v
			}
		}
		if i == 0 || dayBest >= best || all[dayBest] >= all[best] {
			best = dayBest
		}
		if len(votes) > 1 {
			var parts []string
			for _, r := range day {
				who := r.Publisher
				if who == "" {
					who = r.Witness
				}
				parts = append(parts, fmt.Sprintf("%d (%s)", r.Value, who))
			}
			when := day[0].Published
			if when == "" {
				when = "undated reports"
			}
			conflicts = append(conflicts, fmt.Sprintf("%s on %s: %s", kind, when, strings.Join(parts, " vs ")))
		}
		i = j
	}
	return best, rng, conflicts, true
}
