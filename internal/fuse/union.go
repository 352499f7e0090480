package fuse

import "slices"

// union is a disjoint-set forest over keys that keeps, for each set, what
// the join constraints look at.
type union struct {
	keys   []Key
	parent []int
	info   []setInfo
}

// setInfo summarises one set: whether it has main reports, its country,
// its cities, the range of its main reports' event days, and the span all
// its recalled mentions share.
type setInfo struct {
	hasMain        bool
	country        string
	cities         []int // keys whose city stands for the set's cities
	hasDays        bool
	dayMin, dayMax int32
	hasRecall      bool
	rFrom, rTo     int32
}

func newUnion(keys []Key) *union {
	u := &union{keys: keys, parent: make([]int, len(keys)), info: make([]setInfo, len(keys))}
	for i := range keys {
		k := &keys[i]
		u.parent[i] = i
		in := setInfo{hasMain: k.Main, country: k.Country}
		if k.City != "" {
			in.cities = []int{i}
		}
		if k.Main && k.DayPrec && !k.PubDate {
			in.hasDays, in.dayMin, in.dayMax = true, k.From, k.To
		}
		if !k.Main && k.Dated {
			in.hasRecall, in.rFrom, in.rTo = true, k.From, k.To
		}
		u.info[i] = in
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// join merges the sets of i and j unconditionally.
func (u *union) join(i, j int) { u.joinIf(i, j, nil) }

// joinIf merges the sets of i and j when ok (if given) accepts their
// summaries. The smaller root index becomes the root, so the result does
// not depend on which of i and j comes first.
func (u *union) joinIf(i, j int, ok func(a, b *setInfo) bool) bool {
	a, b := u.find(i), u.find(j)
	if a == b {
		return true
	}
	if ok != nil && !ok(&u.info[a], &u.info[b]) {
		return false
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
	x, y := &u.info[a], &u.info[b]
	x.hasMain = x.hasMain || y.hasMain
	if x.country == "" {
		x.country = y.country
	}
	for _, c := range y.cities {
		if !slices.ContainsFunc(x.cities, func(d int) bool { return u.keys[d].City == u.keys[c].City }) {
			x.cities = append(x.cities, c)
		}
	}
	switch {
	case !x.hasDays:
		x.hasDays, x.dayMin, x.dayMax = y.hasDays, y.dayMin, y.dayMax
	case y.hasDays:
		x.dayMin, x.dayMax = min(x.dayMin, y.dayMin), max(x.dayMax, y.dayMax)
	}
	switch {
	case !x.hasRecall:
		x.hasRecall, x.rFrom, x.rTo = y.hasRecall, y.rFrom, y.rTo
	case y.hasRecall:
		x.rFrom, x.rTo = max(x.rFrom, y.rFrom), min(x.rTo, y.rTo)
	}
	*y = setInfo{}
	return true
}

// citiesAgree reports whether two sets' cities can be one place: either has
// none, or one city of each is the same or within nearKm.
func (u *union) citiesAgree(a, b *setInfo, near bool) bool {
	if len(a.cities) == 0 || len(b.cities) == 0 {
		return true
	}
	for _, i := range a.cities {
		for _, j := range b.cities {
			ki, kj := &u.keys[i], &u.keys[j]
			if ki.City == kj.City {
				return true
			}
			if near && ki.HasCoord && kj.HasCoord && distanceKm(ki, kj) <= nearKm {
				return true
			}
		}
	}
	return false
}

// countriesAgree is the constraint on joining two sets whose reports name
// the same people: one country.
func (u *union) countriesAgree(a, b *setInfo) bool {
	return a.country == "" || b.country == "" || a.country == b.country || u.sharedCityName(a, b)
}

// sharedCityName reports whether two sets name one city: then two
// countries are one place name resolved two ways.
func (u *union) sharedCityName(a, b *setInfo) bool {
	for _, i := range a.cities {
		for _, j := range b.cities {
			if u.keys[i].City == u.keys[j].City {
				return true
			}
		}
	}
	return false
}

// mainsAgree is the constraint on joining two sets of main reports.
func (u *union) mainsAgree(a, b *setInfo) bool {
	if !u.countriesAgree(a, b) {
		return false
	}
	if a.hasDays && b.hasDays && max(a.dayMax, b.dayMax)-min(a.dayMin, b.dayMin) > maxSpan {
		return false
	}
	return u.citiesAgree(a, b, true)
}

// recallAgree is the constraint on joining a set with recalled mentions to
// another: never two sets with main reports, and the recalled mentions'
// dates must still share a span.
func (u *union) recallAgree(a, b *setInfo) bool {
	if a.hasMain && b.hasMain {
		return false
	}
	if a.country != b.country {
		return false
	}
	if a.hasRecall && b.hasRecall && max(a.rFrom, b.rFrom) > min(a.rTo, b.rTo) {
		return false
	}
	for _, p := range [][2]*setInfo{{a, b}, {b, a}} {
		r, m := p[0], p[1]
		if r.hasRecall && m.hasDays && (r.rTo < m.dayMin || r.rFrom > m.dayMax) {
			return false
		}
	}
	return u.citiesAgree(a, b, false)
}

// groups returns the sets as sorted key indexes, ordered by first index.
func (u *union) groups() [][]int {
	byRoot := map[int][]int{}
	var roots []int
	for i := range u.keys {
		r := u.find(i)
		if _, ok := byRoot[r]; !ok {
			roots = append(roots, r)
		}
		byRoot[r] = append(byRoot[r], i)
	}
	out := make([][]int, 0, len(roots))
	for _, r := range roots {
		out = append(out, byRoot[r])
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}
