package fuse

import (
	"cmp"
	"slices"
)

// Windows of the candidate blocks, in days.
const (
	cityWindow    = 30 // same country and city
	regionWindow  = 3  // same country and region
	countryWindow = 2  // same country, one side placed no finer
	// maxSpan is the widest range of event days one incident's main
	// reports may give: beyond it, two clusters are two incidents.
	maxSpan = 14
)

// Cluster groups keys into incidents. It returns each group as the sorted
// indexes of its keys, the groups ordered by their first index. It is a
// pure function of the keys' values: shuffling the keys shuffles nothing
// but the indexes.
//
// Copies (keys of one copy group) are one witness: a copy's main mention
// joins its original's. Main mentions are joined by pair scores (score)
// over candidate blocks, strongest pair first, unless the join would put
// two countries, two distant cities, or event days more than maxSpan apart
// into one incident. Recalled mentions then join the incident or other
// recalled mention they agree with best (recallScore), never bridging two
// incidents that have main reports.
func Cluster(keys []Key) [][]int {
	u := newUnion(keys)

	// Copies: the main mention of a copy joins its original's.
	mainOf := map[int]int{} // report -> its main key
	for i := range keys {
		if keys[i].Main {
			mainOf[keys[i].Report] = i
		}
	}
	var reps []int // main keys that stand for their copy group
	type copySig struct {
		copy          int
		country, city string
		from, to      int32
		ok            bool
	}
	bySig := map[copySig]int{}
	for i := range keys {
		k := &keys[i]
		if !k.Main {
			continue
		}
		if o, ok := mainOf[k.Copy]; ok && k.Copy != k.Report && copyAgrees(k, &keys[o]) {
			u.join(i, o)
			continue
		}
		// Copies that tell the incident alike (one syndicated story run
		// a hundred times) stand as one without being compared in pairs.
		f, t, ok := k.when()
		sig := copySig{k.Copy, k.Country, k.City, f, t, ok}
		if o, seen := bySig[sig]; seen {
			u.join(i, o)
			continue
		}
		bySig[sig] = i
		reps = append(reps, i)
	}

	// Main mentions.
	df := map[uint64]int32{}
	for _, i := range reps {
		for _, n := range keys[i].Names {
			df[n]++
		}
		for _, n := range keys[i].Title {
			df[n]++
		}
	}
	// A pair found by two blocks is scored twice and its edge dropped
	// as a repeat after sorting: cheaper than remembering every pair.
	var edges []edge
	consider := func(i, j int) {
		if i == j {
			return
		}
		if i > j {
			i, j = j, i
		}
		if s := score(&keys[i], &keys[j], df); s >= linkAt {
			pairs, _ := sharedNames(keys[i].Names, keys[j].Names, df, !sameBigCity(&keys[i], &keys[j]))
			edges = append(edges, edge{s, i, j, pairs >= strongNames})
		}
	}
	blocks(keys, reps, func(k *Key) (string, bool) {
		return k.Country + "\x00" + k.City, k.City != ""
	}, cityWindow, consider)
	blocks(keys, reps, func(k *Key) (string, bool) {
		return k.Country + "\x00" + k.Region, k.Region != ""
	}, regionWindow, consider)
	blocks(keys, reps, func(k *Key) (string, bool) { return k.Country, true }, countryWindow,
		func(i, j int) {
			if keys[i].City == "" || keys[j].City == "" {
				consider(i, j)
			}
		})
	byName := map[uint64][]int{}
	for _, i := range reps {
		for _, n := range keys[i].Names {
			if d := df[n]; d >= 2 && d <= maxNameDF {
				byName[n] = append(byName[n], i)
			}
		}
	}
	for _, ks := range byName {
		for a := range ks {
			for b := a + 1; b < len(ks); b++ {
				consider(ks[a], ks[b])
			}
		}
	}
	sortEdges(edges)
	edges = slices.Compact(edges)
	for _, e := range edges {
		if e.strong {
			// Reports that name the same people are one incident
			// wherever their datelines and whatever their dates.
			u.joinIf(e.i, e.j, u.countriesAgree)
		} else {
			u.joinIf(e.i, e.j, u.mainsAgree)
		}
	}

	// Recalled mentions.
	edges = edges[:0]
	var recalled, mains []int
	for i := range keys {
		if keys[i].Main {
			mains = append(mains, i)
		} else if keys[i].Country != "" {
			recalled = append(recalled, i)
		}
	}
	byCountry := func(ks []int) map[string][]int {
		m := map[string][]int{}
		for _, i := range ks {
			m[keys[i].Country] = append(m[keys[i].Country], i)
		}
		return m
	}
	rc, mc := byCountry(recalled), byCountry(mains)
	for c, rs := range rc {
		// The same country, date and city: one incident without scoring.
		same := map[[2]string]int{}
		var distinct []int
		for _, i := range rs {
			k := &keys[i]
			sig := [2]string{string(rune(k.From)) + string(rune(k.To)), k.City}
			if o, ok := same[sig]; ok {
				u.join(i, o)
				continue
			}
			same[sig] = i
			distinct = append(distinct, i)
		}
		// Sweep in date order: only mentions whose dates overlap are
		// compared.
		byFrom := func(ks []int) []int {
			slices.SortFunc(ks, func(a, b int) int {
				fa, _, _ := keys[a].when()
				fb, _, _ := keys[b].when()
				return cmp.Or(cmp.Compare(fa, fb), cmp.Compare(a, b))
			})
			return ks
		}
		distinct = byFrom(distinct)
		ms := byFrom(slices.DeleteFunc(slices.Clone(mc[c]), func(j int) bool {
			_, _, ok := keys[j].when()
			return !ok
		}))
		link := func(i, j int) {
			if s := recallScore(&keys[i], &keys[j]); s >= recallLinkAt {
				edges = append(edges, edge{s, min(i, j), max(i, j), false})
			}
		}
		for a, i := range distinct {
			rf, rt, ok := keys[i].when()
			if !ok {
				continue
			}
			for _, j := range distinct[a+1:] {
				if f, _, _ := keys[j].when(); f > rt {
					break
				}
				link(i, j)
			}
			// Main mentions span a few days at most: start a little
			// before the recalled span.
			lo, _ := slices.BinarySearchFunc(ms, rf-maxSpan, func(j int, t int32) int {
				f, _, _ := keys[j].when()
				return cmp.Compare(f, t)
			})
			for _, j := range ms[lo:] {
				f, t, _ := keys[j].when()
				if f > rt {
					break
				}
				if gap(rf, rt, f, t) == 0 {
					link(i, j)
				}
			}
		}
	}
	sortEdges(edges)
	for _, e := range edges {
		u.joinIf(e.i, e.j, u.recallAgree)
	}
	return u.groups()
}

// copyAgrees reports whether a copy's main mention tells the same
// incident as its original's. A true copy does; two pages that share only
// their furniture (a sign-up notice around different headlines) do not,
// and then the copy is clustered on its own evidence.
func copyAgrees(a, b *Key) bool {
	return placeScore(a, b) >= 0 && timeScore(a, b) >= 0 &&
		(a.Country == "" || b.Country == "" || a.Country == b.Country)
}

// edge is a scored candidate pair, i < j; strong when the two share
// strongNames rare name pairs.
type edge struct {
	s      float64
	i, j   int
	strong bool
}

// sortEdges orders edges strongest first, then by index, so that the
// joins happen in an order set by the keys' values alone.
func sortEdges(es []edge) {
	slices.SortFunc(es, func(a, b edge) int {
		if c := cmp.Compare(b.s, a.s); c != 0 {
			return c
		}
		if c := cmp.Compare(a.i, b.i); c != 0 {
			return c
		}
		return cmp.Compare(a.j, b.j)
	})
}

// blocks calls fn for each pair of keys (among idx) with the same block
// key whose dates lie within window days of each other.
func blocks(keys []Key, idx []int, blockOf func(*Key) (string, bool), window int32, fn func(i, j int)) {
	type item struct {
		from, to int32
		i        int
	}
	m := map[string][]item{}
	for _, i := range idx {
		k := &keys[i]
		b, ok := blockOf(k)
		if !ok {
			continue
		}
		f, t, ok := k.when()
		if !ok {
			continue
		}
		m[b] = append(m[b], item{f, t, i})
	}
	for _, items := range m {
		slices.SortFunc(items, func(a, b item) int {
			return cmp.Or(cmp.Compare(a.from, b.from), cmp.Compare(a.i, b.i))
		})
		// Pairs whose dates start within window days of each other: a
		// main mention dated only by its month or year meets those that
		// start near its start (and any that share rare names with it),
		// not the whole year's.
		for a := range items {
			for b := a + 1; b < len(items) && items[b].from-items[a].from <= window; b++ {
				fn(items[a].i, items[b].i)
			}
		}
	}
}
