package fuse

import (
	"math"
	"slices"
)

// Weights of the evidence that two main mentions tell of the same incident.
// A pair is linked when the sum reaches linkAt. They were set by reading
// the misses of gva-dev and dev, one kind of evidence at a time (README,
// "Fusion"); no weight is tied to one article.
const (
	sameCity         = 2.0  // the same city or town
	sameBigCityScore = 1.0  // the same city of smallTown people or more, where two shootings a day are common
	nearCity         = 1.0  // different names within nearKm (a borough and its city)
	otherCity        = -2.5 // two cities, far apart
	sameRegion       = 0.5  // the same region, one side without a city
	otherRegion      = -1.5 // two regions
	sameDay          = 1.5  // the same event day
	nextDay          = 1.0
	sameWeek         = 0.5 // within three days
	farApart         = -1.0
	veryFarApart     = -2.0
	sameKilled       = 1.0
	otherKilled      = -0.5 // a toll rises: a different count is weak evidence
	sameInjured      = 0.5
	otherInjured     = -0.25
	sameGroup        = 1.5
	otherGroup       = -1.0
	perName          = 1.5 // per rare pair of proper names both articles use, up to maxNames
	maxNames         = 3
	perWord          = 0.5 // per rare single proper name, up to maxWords
	maxWords         = 4
	perTitleWord     = 0.5 // per rare headline word both use, up to maxTitleWords
	maxTitleWords    = 2
	// namedCity is the place evidence of a report placed nowhere whose
	// text names the other's town ("Alturas shooting victims identified").
	namedCity = 1.0
	// strongNames is the number of rare name pairs at which two reports
	// are taken to tell of the same people and places even when one is a
	// follow-up months later from another city (a trial, a funeral).
	strongNames = 2
	// sameSmallTown is added for the same town of fewer than smallTown
	// people within smallTownDays: in Auburn, Washington, two shootings
	// in a week are rarely two incidents; in Chicago they often are.
	sameSmallTown = 1.0
	smallTownDays = 7
	sameCopyGroup = 10.0
	plotAndAttack = -2.0 // a foiled plot and an attack that happened

	linkAt = 3.5
	nearKm = 30.0

	// maxNameDF is the number of articles beyond which a name is too common
	// to tie two of them together ("Islamic State", "Donald Trump").
	maxNameDF = 25
)

// impossible is the score of a pair that cannot be one incident.
var impossible = math.Inf(-1)

// score weighs the evidence that main mentions a and b are one incident.
// df gives each name's number of articles.
func score(a, b *Key, df map[uint64]int32) float64 {
	if a.Country != "" && b.Country != "" && a.Country != b.Country && a.City != b.City {
		// Two countries, unless the same place name was resolved to
		// two countries (Hamilton, Ohio and Hamilton, Ontario): the
		// name is what the texts said, the country a guess.
		return impossible
	}
	s := 0.0
	if a.Copy == b.Copy && copyAgrees(a, b) {
		s += sameCopyGroup
	}
	pairs, words := sharedNames(a.Names, b.Names, df, !sameBigCity(a, b))
	place, when := placeScore(a, b), timeScore(a, b)
	if pairs >= strongNames {
		place, when = max(place, 0), max(when, farApart/2)
	}
	s += place + when
	if a.Small && b.Small && a.City == b.City && a.Country == b.Country && within(a, b, smallTownDays) {
		s += sameSmallTown
	}
	if a.Killed == b.Killed && a.Killed != unknown && a.Killed <= 1 {
		// One dead or none: the toll of most shootings tells little.
		s += sameKilled / 2
	} else {
		s += countScore(a.Killed, b.Killed, sameKilled, otherKilled)
	}
	s += countScore(a.Injured, b.Injured, sameInjured, otherInjured)
	s += groupScore(a.Groups, b.Groups)
	s += perName*float64(pairs) + perWord*float64(words)
	s += perTitleWord * float64(sharedTitle(a.Title, b.Title, df))
	if a.Plot != b.Plot {
		s += plotAndAttack
	}
	return s
}

// sameBigCity reports whether a and b are in the same city of smallTown
// people or more, whose police spokesman speaks of every shooting there.
func sameBigCity(a, b *Key) bool {
	return a.City != "" && a.City == b.City && a.Country == b.Country && !a.Small && !b.Small
}

func placeScore(a, b *Key) float64 {
	switch {
	case a.City != "" && b.City != "":
		if a.City == b.City && a.Country == b.Country {
			if sameBigCity(a, b) {
				return sameBigCityScore
			}
			return sameCity
		}
		if a.City == b.City {
			return sameCity / 2
		}
		if a.HasCoord && b.HasCoord && distanceKm(a, b) <= nearKm {
			return nearCity
		}
		if a.Region != "" && a.Region == b.Region {
			return otherRegion / 1.5
		}
		return otherCity
	case a.Region != "" && b.Region != "":
		if a.Region == b.Region {
			return sameRegion
		}
		return otherRegion
	case a.City == "" && a.Region == "" && names(a, b.CityName),
		b.City == "" && b.Region == "" && names(b, a.CityName):
		return namedCity
	}
	return 0
}

// names reports whether key k's names hold the name hash h.
func names(k *Key, h uint64) bool {
	_, ok := slices.BinarySearch(k.Names, h)
	return h != 0 && ok
}

func timeScore(a, b *Key) float64 {
	af, at, aok := a.when()
	bf, bt, bok := b.when()
	if !aok || !bok {
		return 0
	}
	g := gap(af, at, bf, bt)
	if a.DayPrec && b.DayPrec {
		switch {
		case g == 0:
			return sameDay
		case g == 1:
			return nextDay
		case g <= 3:
			return sameWeek
		case g <= 14:
			return 0
		case g <= 60:
			return farApart
		}
		return veryFarApart
	}
	if a.Dated && b.Dated && !a.DayPrec && !b.DayPrec {
		// Two months or years: they overlap or they do not.
		if g == 0 {
			return 0
		}
		return veryFarApart
	}
	// One side dated only by its publication, or at a coarser precision:
	// a follow-up may come months later.
	switch {
	case g <= 3:
		return sameWeek
	case g <= 14:
		return 0
	case g <= 60:
		return farApart / 2
	}
	return farApart * 1.5
}

// within reports whether the dates of a and b lie within days of each
// other (false when either is undated).
func within(a, b *Key, days int32) bool {
	af, at, aok := a.when()
	bf, bt, bok := b.when()
	return aok && bok && gap(af, at, bf, bt) <= days
}

func countScore(a, b int32, same, other float64) float64 {
	switch {
	case a == unknown || b == unknown:
		return 0
	case a == b:
		return same
	}
	return other
}

func groupScore(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return sameGroup
			}
		}
	}
	return otherGroup
}

// sharedNames counts the name pairs and single names both sorted lists
// hold that are rare enough to tell (in 2 to maxNameDF articles), up to
// maxNames and maxWords.
func sharedNames(a, b []uint64, df map[uint64]int32, officials bool) (pairs, words int) {
	eachShared(a, b, df, func(h uint64) {
		if !officials && h&officialBit != 0 {
			return
		}
		if h&pairBit != 0 {
			pairs = min(pairs+1, maxNames)
		} else {
			words = min(words+1, maxWords)
		}
	})
	return pairs, words
}

// sharedTitle counts the headline words both sorted lists hold that are
// rare enough to tell, up to maxTitleWords.
func sharedTitle(a, b []uint64, df map[uint64]int32) int {
	n := 0
	eachShared(a, b, df, func(uint64) { n = min(n+1, maxTitleWords) })
	return n
}

// eachShared calls fn for each hash both sorted lists hold that is in 2
// to maxNameDF articles.
func eachShared(a, b []uint64, df map[uint64]int32, fn func(h uint64)) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			if d := df[a[i]]; d >= 2 && d <= maxNameDF {
				fn(a[i])
			}
			i++
			j++
		}
	}
}

// recallScore weighs the evidence that a recalled mention r and mention m
// (recalled or main) are one incident: recalled incidents carry little
// (a year, a country, perhaps a city and a toll), so what they carry must
// agree. It is impossible when the countries or cities differ or the dates
// cannot be the same.
func recallScore(r, m *Key) float64 {
	if r.Country == "" || r.Country != m.Country {
		return impossible
	}
	rf, rt, rok := r.when()
	mf, mt, mok := m.when()
	if !rok || !mok || gap(rf, rt, mf, mt) > 0 {
		return impossible
	}
	s := 0.0
	switch {
	case r.City != "" && m.City != "":
		if r.City != m.City {
			return impossible
		}
		s += sameCity
	}
	if r.DayPrec && m.DayPrec {
		s += sameDay / 3
	}
	if r.Killed != unknown && m.Killed != unknown {
		d := math.Abs(float64(r.Killed - m.Killed))
		switch {
		case d == 0:
			s += sameKilled
		case d <= 0.1*math.Max(float64(r.Killed), float64(m.Killed)):
			s += sameKilled / 2
		default:
			s += otherKilled
		}
	}
	if len(r.Groups) > 0 && len(m.Groups) > 0 {
		s += groupScore(r.Groups, m.Groups) / 3
	}
	return s
}

// recallLinkAt is the score at which a recalled mention joins another.
const recallLinkAt = 0.5
