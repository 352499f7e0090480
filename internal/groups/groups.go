// Package groups is dossier's catalogue of armed groups: terrorist
// organisations, insurgents, militias, cartels and gangs active in the last
// thirty years, with their aliases in English and in the common
// transliterations news uses (ISIS-K = ISKP = IS-K = Islamic State Khorasan
// Province = Wilayat Khorasan; al-Shabaab = al-Shabab = Harakat al-Shabaab
// al-Mujahideen), each linked to its parent organisation.
//
// The catalogue is data/groups.json, embedded in the binary. Beside the named
// groups it holds generic descriptors ("gunmen", "jihadists", "militants"),
// marked Generic, so that the extractor can tell a named perpetrator from a
// description, and blockers: phrases such as "North Sinai Province" or
// "National Action Party" that contain an alias but do not name a group.
//
// Matching is by words. Names are compared after folding case, diacritics,
// apostrophes inside words, hyphens, dashes and other punctuation, so
// "Islamic State–Khorasan Province" equals "Islamic State Khorasan Province"
// and "Jama'at" equals "Jamaat". Short aliases that are also ordinary words
// or other acronyms ("IS", "ETA", "IRA", "ELN", "LeT") are case-sensitive:
// they match only as written in the catalogue, and those that are also
// ordinary words are not trusted inside all-capitals text ("THIS IS A TEST").
package groups

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/groups.json
var rawCatalogue []byte

// Group is one armed group of the catalogue, or a generic descriptor when
// Generic is set. Groups are shared: callers must not modify them.
type Group struct {
	// ID is a stable slug ("iskp", "al-shabaab"); it never changes once
	// published, so stores may keep it.
	ID string
	// Name is the canonical English name ("Islamic State Khorasan Province").
	Name string
	// Aliases are the other names and spellings the group is known by, the
	// case-sensitive ones included. The Name is matched too.
	Aliases []string
	// CaseSensitive lists the aliases, among Aliases, that match only with
	// exactly the letter case given ("IS", "ETA", "LeT").
	CaseSensitive []string
	// Parent is the ID of the organisation this group is a branch, wing,
	// province or formal affiliate of ("iskp" -> "islamic-state"), or "".
	Parent string
	// Kind is one of: jihadist, islamist, ethno-nationalist, left-wing,
	// anarchist, right-wing, single-issue, religious, rebel, militia,
	// state-backed, cartel, gang. It is "" for generic descriptors.
	Kind string
	// Countries are the ISO 3166-1 alpha-2 codes of the main countries of
	// operation ("XK" for Kosovo).
	Countries []string
	// Active is the span of years of activity: "2015-" (still active) or
	// "1969-2005".
	Active string
	// Generic marks a descriptor used for perpetrators ("gunmen",
	// "jihadists", "bandits") rather than a named group.
	Generic bool
	// Source notes where the entry and its status come from (designation
	// lists, GTD or ACLED names, Wikipedia) and anything worth knowing about
	// its aliases.
	Source string
}

// Mention is one occurrence of a group's name or alias in a text.
type Mention struct {
	Start, End int    // byte offsets in the text: text[Start:End] == Text
	Text       string // the words as written in the text
	Group      *Group
}

// rawGroup is one entry of data/groups.json.
type rawGroup struct {
	ID            string   `json:"id"`
	Name          string   `json:"name"`
	Parent        string   `json:"parent"`
	Kind          string   `json:"kind"`
	Countries     []string `json:"countries"`
	Active        string   `json:"active"`
	Aliases       []string `json:"aliases"`
	CaseSensitive []string `json:"case_sensitive"`
	Source        string   `json:"source"`
}

// rawFile is the layout of data/groups.json.
type rawFile struct {
	Groups   []rawGroup `json:"groups"`
	Generic  []rawGroup `json:"generic"`
	Blockers []string   `json:"blockers"`
}

// csEntry is a case-sensitive alias ending at a trie node.
type csEntry struct {
	words []string // the alias's words in their cased folded form
	group *Group
	caps  bool // in capitals and in capsAmbiguous: distrust in all-capitals text
}

// node is a node of the word trie: the path from the root spells an alias's
// lower-case folded words.
type node struct {
	next  map[string]*node
	ci    *Group    // a case-insensitive alias ends here
	cs    []csEntry // case-sensitive aliases ending here
	block bool      // a blocker phrase ends here
}

func (n *node) child(w string) *node {
	if n.next == nil {
		n.next = make(map[string]*node)
	}
	c := n.next[w]
	if c == nil {
		c = &node{}
		n.next[w] = c
	}
	return c
}

// catalogue is the loaded, indexed data.
type catalogue struct {
	all        []*Group
	byID       map[string]*Group
	root       *node
	maxWords   int
	collisions []string // problems found while indexing, for the tests
}

var load = sync.OnceValue(func() *catalogue {
	c, err := build(rawCatalogue)
	if err != nil {
		panic("groups: embedded catalogue: " + err.Error())
	}
	return c
})

// build parses and indexes a catalogue file.
func build(data []byte) (*catalogue, error) {
	var f rawFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, err
	}
	c := &catalogue{byID: make(map[string]*Group), root: &node{}}
	add := func(r rawGroup, generic bool) error {
		if r.ID == "" || r.Name == "" {
			return fmt.Errorf("entry without id or name: %+v", r)
		}
		if _, dup := c.byID[r.ID]; dup {
			return fmt.Errorf("duplicate id %q", r.ID)
		}
		g := &Group{
			ID: r.ID, Name: r.Name, Parent: r.Parent, Kind: r.Kind,
			Countries: r.Countries, Active: r.Active, Generic: generic, Source: r.Source,
			CaseSensitive: r.CaseSensitive,
		}
		g.Aliases = append(g.Aliases, r.Aliases...)
		for _, a := range r.CaseSensitive {
			if !slices.Contains(g.Aliases, a) {
				g.Aliases = append(g.Aliases, a)
			}
		}
		c.all = append(c.all, g)
		c.byID[g.ID] = g
		return nil
	}
	for _, r := range f.Groups {
		if err := add(r, false); err != nil {
			return nil, err
		}
	}
	for _, r := range f.Generic {
		if err := add(r, true); err != nil {
			return nil, err
		}
	}
	for _, g := range c.all {
		csKeys := make(map[string]bool)
		for _, a := range g.CaseSensitive {
			csKeys[normalize(a)] = true
			c.index(a, g, true)
		}
		if !csKeys[normalize(g.Name)] {
			c.index(g.Name, g, false)
		}
		for _, a := range g.Aliases {
			if !slices.Contains(g.CaseSensitive, a) {
				c.index(a, g, false)
			}
		}
	}
	for _, b := range f.Blockers {
		n, words := c.walk(b)
		if n == nil {
			continue
		}
		if n.ci != nil || len(n.cs) > 0 {
			c.collisions = append(c.collisions, fmt.Sprintf("blocker %q is also an alias", b))
		}
		n.block = true
		c.maxWords = max(c.maxWords, words)
	}
	return c, nil
}

// walk creates the trie path for s and returns its last node and its number
// of words (nil, 0 when s has no words).
func (c *catalogue) walk(s string) (*node, int) {
	var t tokens
	tokenize(s, &t)
	if len(t.toks) == 0 {
		return nil, 0
	}
	n := c.root
	for i := range t.toks {
		n = n.child(string(t.lowerOf(i)))
	}
	return n, len(t.toks)
}

// index adds one alias of g to the trie, recording collisions with other
// groups.
func (c *catalogue) index(alias string, g *Group, caseSensitive bool) {
	var t tokens
	tokenize(alias, &t)
	if len(t.toks) == 0 {
		c.collisions = append(c.collisions, fmt.Sprintf("%s: alias %q has no words", g.ID, alias))
		return
	}
	n := c.root
	for i := range t.toks {
		n = n.child(string(t.lowerOf(i)))
	}
	c.maxWords = max(c.maxWords, len(t.toks))
	if !caseSensitive {
		switch {
		case n.ci == nil:
			n.ci = g
		case n.ci != g:
			c.collisions = append(c.collisions, fmt.Sprintf("alias %q: %s and %s", alias, n.ci.ID, g.ID))
		}
		for _, e := range n.cs {
			if e.group != g {
				c.collisions = append(c.collisions, fmt.Sprintf("alias %q of %s hides case-sensitive alias of %s", alias, g.ID, e.group.ID))
			}
		}
		return
	}
	e := csEntry{group: g, caps: true}
	letters := false
	for i := range t.toks {
		e.words = append(e.words, string(t.casedOf(i)))
		if t.toks[i].flags&hasLower != 0 {
			e.caps = false
		}
		letters = letters || t.toks[i].flags&hasLetter != 0
	}
	e.caps = e.caps && letters && capsAmbiguous[normalize(alias)]
	if n.ci != nil && n.ci != g {
		c.collisions = append(c.collisions, fmt.Sprintf("case-sensitive alias %q of %s is hidden by an alias of %s", alias, g.ID, n.ci.ID))
	}
	for _, o := range n.cs {
		if slices.Equal(o.words, e.words) {
			if o.group != g {
				c.collisions = append(c.collisions, fmt.Sprintf("alias %q: %s and %s", alias, o.group.ID, g.ID))
			}
			return
		}
	}
	n.cs = append(n.cs, e)
}

// All returns every entry of the catalogue: the named groups in catalogue
// order, then the generic descriptors. The slice is the caller's; the groups
// are shared and must not be modified.
func All() []*Group {
	return slices.Clone(load().all)
}

// ByID returns the group with the given ID.
func ByID(id string) (*Group, bool) {
	g, ok := load().byID[id]
	return g, ok
}

// Lookup returns the group that name designates: any of its aliases or its
// Name, compared without regard to case (except for case-sensitive aliases),
// diacritics, apostrophes, hyphens, dashes and punctuation. A leading "the"
// and a trailing "group" are ignored when the name is not found as given
// ("the Islamic State", "Haqqani group"). Use ByID for IDs.
func Lookup(name string) (*Group, bool) {
	c := load()
	var t tokens
	tokenize(name, &t)
	if g := c.match(&t, 0, len(t.toks)); g != nil {
		return g, true
	}
	from, to := 0, len(t.toks)
	if to-from > 1 && string(t.lowerOf(from)) == "the" {
		from++
		if g := c.match(&t, from, to); g != nil {
			return g, true
		}
	}
	if to-from > 1 && string(t.lowerOf(to-1)) == "group" {
		to--
		if g := c.match(&t, from, to); g != nil {
			return g, true
		}
	}
	return nil, false
}

// match returns the group whose alias is exactly the tokens [from, to).
func (c *catalogue) match(t *tokens, from, to int) *Group {
	if from >= to {
		return nil
	}
	n := c.root
	for i := from; i < to; i++ {
		n = n.next[string(t.lowerOf(i))]
		if n == nil {
			return nil
		}
	}
	g, _, ok := c.accept(n, t, from, to-1, false)
	if !ok {
		return nil
	}
	return g
}

// accept decides whether the tokens [i, j] that led to node n name a group:
// it returns the group, or blocked when a blocker phrase ends there. With
// guard set, an all-capitals case-sensitive alias is refused when the words
// around it are in capitals too.
func (c *catalogue) accept(n *node, t *tokens, i, j int, guard bool) (g *Group, blocked, ok bool) {
	if n.ci != nil {
		return n.ci, false, true
	}
	for _, e := range n.cs {
		if len(e.words) != j-i+1 {
			continue
		}
		same := true
		for k, w := range e.words {
			if string(t.casedOf(i+k)) != w {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		if guard && e.caps && shouting(t, i, j) {
			continue
		}
		return e.group, false, true
	}
	if n.block {
		return nil, true, true
	}
	return nil, false, false
}

// capsAmbiguous are the lower-case forms of case-sensitive capitals aliases
// that are also ordinary words or names ("IS", "ETA", "IRA", "MEND"): in a
// text written in capitals they prove nothing, so Find skips them there.
// Other capitals aliases ("TTP", "PKK") are trusted even in capitals.
var capsAmbiguous = map[string]bool{
	"is": true, "eta": true, "ira": true, "bra": true, "bras": true, "mend": true,
	"jam": true, "aum": true, "ona": true, "ism": true, "elf": true, "alf": true,
	"tak": true, "gam": true, "hum": true, "ola": true, "biff": true, "bla": true,
	"jas": true, "gia": true, "is group": true, "fnl": true, "kh": true, "aq": true,
}

// shouting reports whether the words around tokens [i, j] are all in
// capitals (a headline or a transcript in capitals), where "IS" or "ETA"
// prove nothing. It looks at up to three words on each side.
func shouting(t *tokens, i, j int) bool {
	seen := 0
	look := func(k int) bool { // false: a word with a lower-case letter
		f := t.toks[k].flags
		if f&hasLetter == 0 {
			return true
		}
		seen++
		return f&hasLower == 0
	}
	for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if !look(k) {
			return false
		}
	}
	for k, n := j+1, 0; k < len(t.toks) && n < 3; k, n = k+1, n+1 {
		if !look(k) {
			return false
		}
	}
	return seen > 0
}

// Ancestors returns g's parent, the parent's parent and so on, nearest
// first; nil for a group without a parent.
func Ancestors(g *Group) []*Group {
	if g == nil {
		return nil
	}
	c := load()
	var out []*Group
	seen := map[string]bool{g.ID: true}
	for p := g.Parent; p != ""; {
		pg, ok := c.byID[p]
		if !ok || seen[p] {
			break
		}
		seen[p] = true
		out = append(out, pg)
		p = pg.Parent
	}
	return out
}

// IsA reports whether g is the group with the given ID or one of its
// branches, at any depth (IsA(iskp, "islamic-state") is true).
func IsA(g *Group, id string) bool {
	if g == nil {
		return false
	}
	if g.ID == id {
		return true
	}
	for _, a := range Ancestors(g) {
		if a.ID == id {
			return true
		}
	}
	return false
}

var tokPool = sync.Pool{New: func() any { return new(tokens) }}

// Find returns every mention of a catalogued group or generic descriptor in
// text, in text order. Matches are whole words and never overlap: at each
// word the longest alias starting there wins ("Islamic State Khorasan
// Province" rather than "Islamic State"), and a multi-word alias does not
// span sentence punctuation. The scan walks a trie of alias words, so it
// runs in time linear in the length of the text. Blocker phrases ("North
// Sinai Province") are consumed without producing a mention.
func Find(text string) []Mention {
	c := load()
	t := tokPool.Get().(*tokens)
	t.reset()
	tokenize(text, t)
	var out []Mention
	n := len(t.toks)
	for i := 0; i < n; {
		best, bestG, bestBlock := -1, (*Group)(nil), false
		nd := c.root
		for j := i; j < n && j-i < c.maxWords; j++ {
			if j > i && t.toks[j].flags&brk != 0 {
				break
			}
			nd = nd.next[string(t.lowerOf(j))]
			if nd == nil {
				break
			}
			if g, blocked, ok := c.accept(nd, t, i, j, true); ok {
				best, bestG, bestBlock = j, g, blocked
			}
		}
		if best < 0 {
			i++
			continue
		}
		if !bestBlock {
			s, e := int(t.toks[i].start), int(t.toks[best].end)
			// "CPI (Maoist)": keep the bracket the alias opened
			if e < len(text) && text[e] == ')' && strings.Count(text[s:e], "(") > strings.Count(text[s:e], ")") {
				e++
			}
			out = append(out, Mention{Start: s, End: e, Text: text[s:e], Group: bestG})
		}
		i = best + 1
	}
	tokPool.Put(t)
	return out
}
