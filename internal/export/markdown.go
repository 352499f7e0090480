package export

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-project/dossier"
)

// Markdown writes incs as a dossier to read, one section per incident: a
// heading with the title, date and place; a table of the facts, each with the
// numbers of the sources it rests on ([1][3]); "Figures as they moved", every
// casualty figure in order of publication with the sentence it came from;
// the conflicts between figures; the evidence sentences; the quotes; the
// numbered sources (with "copy of [n]" for near-duplicates); and the related
// incidents.
//
// Every scraped string is escaped (see Escape): it cannot open HTML, a link,
// emphasis or code, or break a table row. URLs are printed only when they
// are http or https, as autolinks.
func Markdown(w io.Writer, incs []dossier.Fused) error {
	bw := bufio.NewWriter(w)
	m := &mdWriter{w: bw}
	m.line("# Incidents")
	m.line("")
	switch len(incs) {
	case 0:
		m.line("No incidents.")
	case 1:
		m.line("1 incident.")
	default:
		m.line(strconv.Itoa(len(incs)) + " incidents.")
	}
	for _, f := range incs {
		m.line("")
		m.incident(f)
	}
	if m.err != nil {
		return m.err
	}
	return bw.Flush()
}

// Escape makes a scraped string safe and literal in Markdown (CommonMark and
// GitHub Flavored Markdown), in running text, headings, list items and table
// cells alike: white space, newlines included, is folded into single spaces;
// < and > become &lt; and &gt; (no HTML, no autolinks); & is written &amp;
// where it could start an entity; \ ` * _ [ ] | ~ $ are backslash-escaped
// (no code, emphasis, links, images, cell breaks, strikethrough or math); and
// a leading character that could start a block (# + - = or a number and . or
// ")") is escaped too, and so is a ( after a ], so that the text never holds
// "](" at all.
func Escape(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if next == '#' || next < utf8.RuneSelf && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9') {
				b.WriteString("&amp;")
			} else {
				b.WriteByte('&')
			}
		case '\\', '`', '*', '_', '[', ']', '|', '~', '$':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '#', '+', '-', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '(':
			if i > 0 && s[i-1] == ']' {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		case '.', ')':
			if i > 0 && isDigits(s[:i]) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isDigits says whether s is all ASCII digits (and not empty).
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// or is s, or alt when s is empty.
func or(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

const unknown = "unknown"

// mdWriter writes lines and keeps the first error.
type mdWriter struct {
	w   *bufio.Writer
	err error
}

func (m *mdWriter) line(s string) {
	if m.err == nil {
		_, m.err = m.w.WriteString(s + "\n")
	}
}

// row writes a table row of cells that are already escaped.
func (m *mdWriter) row(cells ...string) {
	m.line("| " + strings.Join(cells, " | ") + " |")
}

// header writes a table's header and delimiter rows.
func (m *mdWriter) header(cols ...string) {
	m.row(cols...)
	dashes := make([]string, len(cols))
	for i := range dashes {
		dashes[i] = "---"
	}
	m.row(dashes...)
}

// refs numbers an incident's sources 1, 2, ... in the order of the record.
type refs struct {
	num  map[string]int // article -> number
	main []string       // the articles whose main incident this is
	f    dossier.Fused
}

func newRefs(f dossier.Fused) *refs {
	r := &refs{num: map[string]int{}, f: f}
	for i, s := range f.Sources {
		if _, ok := r.num[s.Article]; !ok {
			r.num[s.Article] = i + 1
		}
		if s.Main {
			r.main = append(r.main, s.Article)
		}
	}
	if len(r.main) == 0 {
		for _, s := range f.Sources {
			r.main = append(r.main, s.Article)
		}
	}
	return r
}

// of writes the references to articles, "[1][3]", in number order; articles
// that are not among the sources are left out.
func (r *refs) of(articles []string) string {
	var ns []int
	for _, a := range articles {
		if n, ok := r.num[a]; ok && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}

// one is the reference to one article, or the article's id escaped when it
// is not among the sources.
func (r *refs) one(article string) string {
	if n, ok := r.num[article]; ok {
		return fmt.Sprintf("[%d]", n)
	}
	return Escape(article)
}

// naming lists the articles one of whose sentences (evidence, figures,
// quotes) names any of terms, case-insensitively; the main reports when
// none does.
func (r *refs) naming(terms ...string) []string {
	var low []string
	for _, t := range terms {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			low = append(low, t)
		}
	}
	var out []string
	has := func(article, text string) {
		text = strings.ToLower(text)
		for _, t := range low {
			if strings.Contains(text, t) {
				out = append(out, article)
				return
			}
		}
	}
	for _, e := range r.f.Evidence {
		has(e.Article, e.Text)
	}
	for _, fg := range r.f.Figures {
		has(fg.Article, fg.Text)
	}
	for _, q := range r.f.Quotes {
		has(q.Article, q.Text)
	}
	if len(out) == 0 {
		return r.main
	}
	return out
}

// giving lists the articles that gave the best figure of a kind (not a
// claim); every article with a figure of that kind when none did.
func (r *refs) giving(kind string, best *int) []string {
	var exact, all []string
	for _, fg := range r.f.Figures {
		if fg.Kind != kind {
			continue
		}
		all = append(all, fg.Article)
		if best != nil && fg.Value == *best && !fg.Claim {
			exact = append(exact, fg.Article)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return all
}

func (m *mdWriter) incident(f dossier.Fused) {
	r := newRefs(f)
	title := Escape(f.Title)
	if title == "" {
		title = "Incident " + Escape(f.ID)
	}
	var sub []string
	if f.Date != "" {
		sub = append(sub, Escape(f.Date))
	}
	if where := placeParts(f, true, true); len(where) > 0 {
		sub = append(sub, Escape(strings.Join(where, ", ")))
	}
	if len(sub) > 0 {
		title += " (" + strings.Join(sub, ", ") + ")"
	}
	m.line("## " + title)
	m.line("")
	m.line("Incident " + or(Escape(f.ID), "without an id") + ". " + Escape(Summary(f)))
	m.line("")
	m.facts(f, r)
	m.figures(f, r)
	if len(f.Conflicts) > 0 {
		m.line("")
		m.line("### Conflicts")
		m.line("")
		for _, c := range f.Conflicts {
			m.line("- " + Escape(c))
		}
	}
	if len(f.Evidence) > 0 {
		m.line("")
		m.line("### Evidence")
		m.line("")
		for _, e := range f.Evidence {
			m.line(fmt.Sprintf("- %s sentence %d: “%s”", r.one(e.Article), e.Sentence, Escape(e.Text)))
		}
	}
	if len(f.Quotes) > 0 {
		m.line("")
		m.line("### Quotes")
		m.line("")
		for _, q := range f.Quotes {
			who := "**" + or(Escape(q.Speaker), "Unnamed speaker") + "**"
			if a := Escape(q.Affiliation); a != "" {
				who += ", " + a
			}
			text := "“" + Escape(q.Text) + "”"
			if !q.Direct {
				text = Escape(q.Text) + " (reported speech)"
			}
			m.line("- " + who + ": " + text + " " + r.one(q.Article))
		}
	}
	m.sources(f, r)
	if len(f.Related) > 0 {
		m.line("")
		m.line("### Related incidents")
		m.line("")
		for _, id := range f.Related {
			m.line("- " + Escape(id))
		}
	}
}

func (m *mdWriter) facts(f dossier.Fused, r *refs) {
	m.header("Fact", "Value", "Sources")
	m.row("Date", or(Escape(f.Date), unknown), refsIf(f.Date != "", r.of(r.main)))

	where := placeParts(f, true, true)
	place := Escape(strings.Join(where, ", "))
	if f.Country != "" {
		place += " (" + Escape(f.Country) + ")"
	}
	if f.Lat != nil && f.Lon != nil {
		place += fmt.Sprintf("; %s, %s",
			strconv.FormatFloat(*f.Lat, 'f', -1, 64), strconv.FormatFloat(*f.Lon, 'f', -1, 64))
	}
	m.row("Place", or(place, unknown),
		refsIf(len(where) > 0, r.of(r.naming(f.Place, f.City, f.Region))))

	if f.Kind != "" && f.Kind != "attack" {
		m.row("Kind", Escape(f.Kind), r.of(r.main))
	}
	attack := labels(attackLabels, f.AttackTypes)
	if f.Suicide {
		attack = or(attack, unknown) + "; suicide attack"
	}
	m.row("Attack type", or(attack, unknown), refsIf(attack != "", r.of(r.main)))
	m.row("Weapons", or(labels(weaponLabels, f.Weapons), unknown), refsIf(len(f.Weapons) > 0, r.of(r.main)))
	m.row("Targets", or(labels(targetLabels, f.Targets), unknown), refsIf(len(f.Targets) > 0, r.of(r.main)))

	if len(f.Perpetrators) == 0 {
		m.row("Perpetrators", unknown, "")
	}
	for _, p := range f.Perpetrators {
		v := or(Escape(p.Name), unknown)
		if len(p.Aliases) > 0 {
			// The catalogue lists dozens of spellings; a reader needs the
			// common few.
			const shown = 4
			var as []string
			for _, a := range p.Aliases[:min(shown, len(p.Aliases))] {
				as = append(as, Escape(a))
			}
			if len(p.Aliases) > shown {
				as = append(as, fmt.Sprintf("and %d more spellings", len(p.Aliases)-shown))
			}
			v += " (" + strings.Join(as, ", ") + ")"
		}
		if p.Parent != "" {
			v += ", part of " + Escape(p.Parent)
		}
		v += ": " + or(Escape(p.Role), "role unknown")
		m.row("Perpetrator", v, r.of(r.naming(append([]string{p.Name}, p.Aliases...)...)))
	}

	m.row("Killed", count(f.Killed, f.KilledRange), refsIf(f.Killed != nil || f.KilledRange != nil, r.of(r.giving("killed", f.Killed))))
	m.row("Injured", count(f.Injured, f.InjuredRange), refsIf(f.Injured != nil || f.InjuredRange != nil, r.of(r.giving("injured", f.Injured))))
	reports := fmt.Sprintf("%d sources", len(f.Sources))
	if len(f.Sources) == 1 {
		reports = "1 source"
	}
	if f.Witnesses > 0 {
		reports += fmt.Sprintf(", %d independent", f.Witnesses)
	}
	m.row("Reports", reports, "")
	m.line("")
	m.line("Sources of a fact: for the casualty counts, the reports that gave the best figure; " +
		"for the place and the perpetrators, the reports with a sentence naming them; " +
		"otherwise the reports of which this is the main incident.")
}

// refsIf is refs when the fact is known, nothing otherwise.
func refsIf(known bool, refs string) string {
	if !known {
		return ""
	}
	return refs
}

// labels writes the GTD labels of values, escaped and joined.
func labels(table map[string]string, vs []string) string {
	var ls []string
	for _, v := range vs {
		ls = append(ls, Escape(label(table, v)))
	}
	return strings.Join(ls, "; ")
}

// count writes a casualty count with its range: "137 (reports range 130–137)".
func count(best *int, rng *[2]int) string {
	s := unknown
	if best != nil {
		s = strconv.Itoa(*best)
	}
	if rng != nil {
		if rng[0] == rng[1] {
			s += fmt.Sprintf(" (every report: %d)", rng[0])
		} else {
			s += fmt.Sprintf(" (reports range %d–%d)", rng[0], rng[1])
		}
	}
	return s
}

func (m *mdWriter) figures(f dossier.Fused, r *refs) {
	if len(f.Figures) == 0 {
		return
	}
	figs := slices.Clone(f.Figures)
	slices.SortStableFunc(figs, func(a, b dossier.SourcedFigure) int {
		// unknown publication dates go last
		if (a.Published == "") != (b.Published == "") {
			if a.Published == "" {
				return 1
			}
			return -1
		}
		return cmp.Compare(a.Published, b.Published)
	})
	m.line("")
	m.line("### Figures as they moved")
	m.line("")
	m.header("Published", "Publisher", "Source", "Kind", "Value", "Qualifier", "By", "Sentence")
	for _, fg := range figs {
		q := Escape(fg.Qualifier)
		if fg.Claim {
			q = or(q, "exact") + ", a claim"
		}
		m.row(or(Escape(fg.Published), unknown), or(Escape(fg.Publisher), unknown), r.one(fg.Article),
			Escape(fg.Kind), strconv.Itoa(fg.Value), q, or(Escape(fg.By), "not said"),
			"“"+Escape(fg.Text)+"”")
	}
}

func (m *mdWriter) sources(f dossier.Fused, r *refs) {
	if len(f.Sources) == 0 {
		return
	}
	m.line("")
	m.line("### Sources")
	m.line("")
	for i, s := range f.Sources {
		var parts []string
		parts = append(parts, or(Escape(s.Publisher), "Unknown publisher"))
		if t := Escape(s.Title); t != "" {
			parts = append(parts, "“"+t+"”")
		}
		parts = append(parts, or(Escape(s.Published), "date unknown"))
		if u, ok := safeURL(s.URL); ok {
			parts = append(parts, "<"+u+">")
		} else if s.URL != "" {
			parts = append(parts, "URL not shown (not http or https)")
		}
		line := fmt.Sprintf("%d. %s", i+1, strings.Join(parts, ", "))
		var notes []string
		if s.CopyOf != "" {
			notes = append(notes, "copy of "+r.one(s.CopyOf))
		}
		if s.SyndicatedFrom != "" {
			notes = append(notes, "syndicated from "+Escape(s.SyndicatedFrom))
		}
		if !s.Main {
			notes = append(notes, "mentions the incident in passing")
		}
		if len(notes) > 0 {
			line += "; " + strings.Join(notes, "; ")
		}
		m.line(line)
	}
}
