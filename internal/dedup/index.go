package dedup

import (
	"math"
	"slices"
)

// Index finds near-duplicates among signatures by LSH banding. Not safe for
// concurrent Add; Candidates/Add are deterministic. (Candidates updates
// scratch state too: an Index is for one goroutine at a time.)
//
// The relation Add reports is symmetric and does not depend on insertion
// order: two signatures are near-duplicates when they agree on all Rows
// min-hashes of at least one band and their Similarity is at least Threshold.
// A pair whose Similarity is at least Threshold but which shares no band is
// missed: about one pair in eight right at Threshold, one in a hundred at
// 0.6, next to none above 0.7 (see Bands); 3 of the 541 copy pairs of the
// corpus evaluation.
type Index struct {
	keys []string
	sigs []Signature
	// The entries of a bucket form a list: heads maps a band hash to its
	// last entry + 1, next[e][b] is the entry before e in e's bucket of
	// band b, + 1 (0 ends the list). No allocation per entry and bucket.
	heads map[uint64]int32
	next  [][Bands]int32
	seen  []uint32 // per entry: the stamp of the last lookup that met it
	stamp uint32
	cands []int32
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{heads: make(map[uint64]int32)}
}

// Len returns the number of signatures added.
func (ix *Index) Len() int { return len(ix.keys) }

// Add inserts the signature under key and returns the keys already in the
// index whose estimated similarity is at least Threshold (sorted,
// deduplicated), i.e. the near-duplicates of it. The key itself is never
// returned: a key added twice is stored twice, and each signature under it
// is matched on its own. The signature of a text without words (Sign("")) is
// a near-duplicate of nothing: an article whose text is missing is no copy of
// another one.
func (ix *Index) Add(key string, sig *Signature) []string {
	dups := ix.Candidates(sig)
	if i := slices.Index(dups, key); i >= 0 {
		dups = slices.Delete(dups, i, i+1)
		if len(dups) == 0 {
			dups = nil
		}
	}
	ix.insert(key, sig)
	return dups
}

// insert adds the signature under key to the buckets, without a lookup.
func (ix *Index) insert(key string, sig *Signature) {
	e := int32(len(ix.keys))
	ix.keys = append(ix.keys, key)
	ix.sigs = append(ix.sigs, *sig)
	ix.seen = append(ix.seen, 0)
	var next [Bands]int32
	for b := range Bands {
		h := bandHash(sig, b)
		next[b] = ix.heads[h]
		ix.heads[h] = e + 1
	}
	ix.next = append(ix.next, next)
}

// Candidates returns the keys in the index whose estimated similarity to sig
// is at least Threshold (sorted, deduplicated), without adding sig.
func (ix *Index) Candidates(sig *Signature) []string {
	ix.cands = ix.cands[:0]
	if *sig == empty {
		return nil
	}
	ix.sharing(sig, func(e int32) {
		if isCopy(sig, &ix.sigs[e]) {
			ix.cands = append(ix.cands, e)
		}
	})
	if len(ix.cands) == 0 {
		return nil
	}
	dups := make([]string, len(ix.cands))
	for i, e := range ix.cands {
		dups[i] = ix.keys[e]
	}
	slices.Sort(dups)
	return slices.Compact(dups)
}

// sharing calls fn once for each entry that shares a band with sig (the
// LSH candidates), however many bands it shares.
func (ix *Index) sharing(sig *Signature, fn func(e int32)) {
	ix.stamp++
	if ix.stamp == 0 { // wrapped: clear the stamps
		clear(ix.seen)
		ix.stamp = 1
	}
	for b := range Bands {
		for e1 := ix.heads[bandHash(sig, b)]; e1 != 0; e1 = ix.next[e1-1][b] {
			e := e1 - 1
			if ix.seen[e] == ix.stamp {
				continue
			}
			ix.seen[e] = ix.stamp
			fn(e)
		}
	}
}

// minMatches is the number of equal min-hashes at which Similarity reaches
// Threshold.
var minMatches = func() int {
	n := 0
	for float64(n)/NumHashes < Threshold {
		n++
	}
	return n
}()

// empty is the signature of a text without words.
var empty = func() (s Signature) {
	for i := range s {
		s[i] = math.MaxUint32
	}
	return s
}()

// isCopy reports whether Similarity(a, b) >= Threshold.
func isCopy(a, b *Signature) bool { return matches(a, b) >= minMatches }

// bandHash hashes band b of sig together with b, so that equal values in
// different bands fall in different buckets. Collisions only cost a
// verification.
func bandHash(sig *Signature, b int) uint64 {
	h := uint64(b+1) * 0x9e3779b97f4a7c15
	for _, v := range sig[b*Rows : (b+1)*Rows] {
		h = (h ^ uint64(v)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	return h
}

// Groups partitions keys into copy groups: connected components of the
// near-duplicate relation; each group sorted; result sorted by first key.
// Deterministic regardless of insertion order. sigs[i] is the signature of
// keys[i] (Groups panics if the lengths differ); a key listed more than once
// is one member, near-duplicate of what any of its signatures is. Every key is
// in exactly one group, a singleton if it has no copy.
func Groups(keys []string, sigs []Signature) [][]string {
	if len(keys) != len(sigs) {
		panic("dedup.Groups: len(keys) != len(sigs)")
	}
	// Number the distinct keys in sorted order.
	names := slices.Clone(keys)
	slices.Sort(names)
	names = slices.Compact(names)
	num := make(map[string]int, len(names))
	for i, k := range names {
		num[k] = i
	}
	parent := make([]int, len(names))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// The index is walked here rather than through Add: an entry already
	// in the new key's group needs no similarity check, so a story copied
	// a thousand times costs one check per copy, not a thousand.
	ix := NewIndex()
	entryName := make([]int, 0, len(keys)) // index entry -> number of its key
	for i, k := range keys {
		sig := &sigs[i]
		ki := num[k]
		if *sig != empty {
			ix.sharing(sig, func(e int32) {
				a, c := find(ki), find(entryName[e])
				if a == c || !isCopy(sig, &ix.sigs[e]) {
					return
				}
				// Attach the larger root under the smaller: every
				// root is the smallest member of its component.
				if a > c {
					a, c = c, a
				}
				parent[c] = a
			})
		}
		ix.insert(k, sig)
		entryName = append(entryName, ki)
	}
	// names is sorted and each root is its component's smallest member, so
	// walking names in order builds sorted groups in order of first key.
	groups := make([][]string, 0, len(names))
	at := make(map[int]int) // root -> index in groups
	for i, k := range names {
		r := find(i)
		g, ok := at[r]
		if !ok {
			g = len(groups)
			at[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], k)
	}
	return groups
}
