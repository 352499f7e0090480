package extract

import (
	"strings"
	"time"

	"github.com/dossier-project/dossier/internal/analyze"
)

// mainDate finds when the main incident happened. Every date of the title
// and the opening sentences that is not after publication is a candidate,
// scored by its precision, its place in the article and, above all, by the
// words around it: "opened fire on April 2" dates the attack, "arrested on
// Thursday" or "a news conference Thursday" date what came after. Without
// a candidate the publication date stands (a report tells of what just
// happened), and published is true; without either the date is unknown: "".
func (d *document) mainDate() (date string, sent int, published bool) {
	type cand struct {
		value string
		sent  int
		score int
	}
	var best *cand
	back := d.looksBack()
	consider := func(s *sentence, pos int) {
		for _, dt := range s.dates {
			if d.afterPublication(dt) {
				continue
			}
			if dt.Precision == 1 && d.published == nil {
				continue // a bare year, with nothing to anchor it, rarely dates the news
			}
			ctx, dist := dateContext(s.lower, dt.Start, dt.End)
			if ctx == ctxStamp {
				continue
			}
			score := 3*dt.Precision - pos
			switch ctx {
			case ctxEvent:
				score += 12 - min(dist/15, 5) // the nearer the cue, the surer
			case ctxAfter:
				score -= 8
			case ctxDeath:
				score -= 5
			}
			score += clockBonus(s.lower, dt.Start, dt.End)
			if recalls(s.lower) {
				if !dt.Relative {
					continue // "was responsible for a suicide attack ... in August 2021"
				}
				score -= 10
			}
			if len(s.figures) > 0 {
				score += 4
			} else if s.event {
				score += 2
			}
			switch {
			case back && dt.Relative:
				score -= 12 // the day of the remembrance, not of the incident
			case back:
			case !dt.Relative && d.published != nil && dt.Value[:4] < d.published.AddDate(0, 0, -7).Format("2006"):
				score -= 12 // an explicit earlier year is usually background
			}
			if best == nil || score > best.score {
				best = &cand{dt.Value, s.Index, score}
			}
		}
	}
	consider(&d.title, 0)
	for i := 0; i < len(d.sents) && i < 3*ledeSentences; i++ {
		if d.sents[i].other != separate {
			consider(&d.sents[i], min(i, 12))
		}
	}
	for i := range d.captions {
		consider(&d.captions[i], 4) // "a fire breaks out over the hall ... on Friday, March 22, 2024"
	}
	if best != nil && best.score > 0 {
		best.value, best.sent = d.refine(best.value, best.sent)
		if best.sent < 0 {
			return best.value, -1, false // the title or a caption: no sentence to cite
		}
		return best.value, best.sent, false
	}
	if d.published != nil && d.dayAnchor {
		return d.published.Format("2006-01-02"), -1, true
	}
	return "", -1, false
}

// Kinds of context around a date.
const (
	ctxNone  = iota
	ctxEvent // the attack itself: "shot and killed on May 10", "the shooting late Wednesday"
	ctxAfter // what came after: arrests, charges, hearings, news conferences, funerals
	ctxStamp // a page stamp: "Updated: Friday, June 6, 2014"
	ctxDeath // a death, often days after the attack: "died Wednesday at University Hospital"
)

// eventContext and afterContext are the words that, close before or after
// a date, tell what it dates.
var (
	eventContext = []string{"shot", "shooting", "killed", "killing", "opened fire", "fired", "stabbed",
		"stabbing", "attack", "bomb", "blast", "explosion", "exploded", "happened", "occurred",
		"incident", "gunfire", "gunman", "gunmen", "wounded", "injured", "murder", "erupted", "broke out",
		"homicide", "rampage", "massacre", "struck", "kidnapped", "abducted", "stormed", "took place",
		"was found dead", "were found dead", "crash", "hijack", "striking", "went off", "accidentally", "drive-by"}
	afterContext = []string{"arrested", "arrest", "charged", "charges", "court", "arraign", "sentenced",
		"pleaded", "indicted", "custody", "surrendered", "turned himself", "turned themselves",
		"conference", "funeral", "vigil", "memorial", "released", "identified", "report",
		"hearing", "trial", "convicted", "booked", "jailed", "bond", "statement", "announced",
		"interview", "visited", "told reporters", "press", "mourn", "buried", "autopsy", "updated",
		"discharged from", "investigat", "in connection with", "behind bars", "continued", "still at large", "remains in", "remained in",
		"guilty", "acquitted", "verdict", "jury", "jurors", "extradited", "prison"}
	futureCues   = []string{" will ", " is to ", " are to ", "scheduled", " set to ", " set for ", "expected to", " is due ", " are due ", "slated"}
	deathContext = []string{"died", "dies", "pronounced dead", "succumbed", "passed away", "declared dead"}
	reportVerbs  = []string{" said", " says", " told", " reported", " announced", " confirmed", " added", " stated"}
	stampContext = []string{"updated", "posted", "published", "last modified", "copyright", "©"}
)

// dateContext classifies the words around the date at lower[start:end]
// and says how far the deciding cue is, in bytes.
func dateContext(lower string, start, end int) (kind, dist int) {
	before := lower[max(0, start-80):start]
	after := lower[end:min(len(lower), end+45)]
	if b := strings.TrimSpace(before); b == "" || len(b) < 25 {
		for _, w := range stampContext {
			if strings.HasSuffix(strings.TrimRight(b, ": "), w) || strings.HasPrefix(b, w) {
				return ctxStamp, 0
			}
		}
	}
	// A date in brackets opening a sentence is a dateline's stamp:
	// "INDIANAPOLIS (July 3, 2015) – ".
	if strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") && start < 40 {
		return ctxStamp, 0
	}
	// "police said Tuesday", "investigators said on Sunday": the day of the
	// telling.
	tb := strings.TrimSuffix(strings.TrimRight(before, " "), " on")
	for _, w := range reportVerbs {
		if strings.HasSuffix(tb, w) {
			return ctxAfter, 0
		}
	}
	// "the trial is to begin Tuesday", "will be arraigned on Monday": what
	// is yet to come.
	near := before[max(0, len(before)-30):]
	for _, w := range futureCues {
		if strings.Contains(near, w) {
			return ctxAfter, 0
		}
	}
	// "died Friday after a shooting", "a heavy police presence on Thursday
	// after a barricade situation unfolded": the date is of what followed.
	if a := strings.TrimLeft(after, " ,"); strings.HasPrefix(a, "after ") && hasAny(a[:min(len(a), 40)], eventContext) {
		return ctxAfter, 0
	}
	// "Friday's officer-involved shooting": the day of the shooting.
	if d := lower[start:end]; strings.HasSuffix(d, "'s") || strings.HasSuffix(d, "\u2019s") {
		if hasAny(after[:min(len(after), 40)], eventContext) {
			return ctxEvent, 0
		}
	}
	// The nearer cue decides: find the last cue before and the first after.
	bestDist, kind := 1<<30, ctxNone
	look := func(cues []string, k int) {
		for _, c := range cues {
			if i := lastIndexAtWordStart(before, c); i >= 0 {
				ki := k
				if k == ctxEvent && chargeOf(before[:i]) && strings.TrimSpace(before[i:]) == c {
					// "was charged with murder Thursday": the charge's
					// name, not the killing; but "accused of shooting up
					// the fest in April" dates the shooting.
					ki = ctxAfter
				}
				if dist := len(before) - i; dist < bestDist {
					bestDist, kind = dist, ki
				}
			}
			if i := indexAtWordStart(after, c); i >= 0 {
				if dist := i + 8; dist < bestDist { // a cue after the date binds a little less
					bestDist, kind = dist, k
				}
			}
		}
	}
	look(eventContext, ctxEvent)
	look(afterContext, ctxAfter)
	look(deathContext, ctxDeath)
	return kind, bestDist
}

// chargeOf reports whether text ending just before an event word names a
// charge: "charged with", "accused of", "convicted of", "arrested for".
func chargeOf(before string) bool {
	b := strings.TrimRight(before, " ")
	// "charged with first-degree murder", "accused of attempted murder"
	bare := b
	for _, m := range []string{" first-degree", " second-degree", " attempted"} {
		if strings.HasSuffix(b, m) {
			bare = b[:len(b)-len(m)]
			break
		}
	}
	for _, w := range chargeWords {
		if strings.HasSuffix(b, w) || strings.HasSuffix(bare, w) {
			return true
		}
	}
	return false
}

// chargeWords come before the name of a charge.
var chargeWords = []string{"charged with", "accused of", "convicted of", "arrested for", "indicted for",
	"guilty of", "counts of", "count of", "charge of", "charges of", "suspected of"}

// clockBonus weighs a time of day beside a date: "at 11:42 a.m. Monday",
// "around 9:30 p.m. Tuesday", "Friday night", "last night". Reports give
// the clock of the shooting or the call to police; the day of a hearing
// or an arrest rarely comes with one.
func clockBonus(lower string, start, end int) int {
	before := strings.TrimRight(lower[max(0, start-24):start], " ,")
	after := strings.TrimLeft(lower[end:min(len(lower), end+24)], " ,")
	before = strings.TrimSuffix(strings.TrimSuffix(before, " on"), " of")
	for _, m := range []string{"a.m.", "p.m.", "a.m", "p.m", " am", " pm", "noon", "midnight"} {
		if strings.HasSuffix(before, m) || strings.HasPrefix(after, "at ") && strings.Contains(after, m) {
			return 5
		}
	}
	for _, p := range []string{"night", "morning", "afternoon", "evening", "overnight"} {
		if strings.HasPrefix(after, p) || strings.HasSuffix(before, "last "+p) || strings.HasSuffix(lower[:end], "last "+p) {
			return 2
		}
	}
	return 0
}

// refine makes a month the day within it that the opening sentences give
// of the attack: "the killing of two men in May" and "shot and killed ...
// on May 10" are one date, precise to the day.
//
// A year is refined the same way, to a day or else a month. A finer date
// counts when the words around it tell of the attack, or when nothing
// around it tells of anything else and its sentence tells of the attack or
// gives the time of day: "after a car chase on November 3, 2015", "around
// 11:40 p.m. the night of November 24".
func (d *document) refine(value string, sent int) (string, int) {
	if len(value) != 4 && len(value) != 7 {
		return value, sent
	}
	best, bestSent := value, sent
	for i := 0; i < len(d.sents) && i < 3*ledeSentences; i++ {
		s := &d.sents[i]
		for _, dt := range s.dates {
			if len(dt.Value) <= len(best) || !strings.HasPrefix(dt.Value, value) || d.afterPublication(dt) {
				continue
			}
			ctx, _ := dateContext(s.lower, dt.Start, dt.End)
			if ctx == ctxEvent || ctx == ctxNone && (len(s.figures) > 0 || s.event) ||
				ctx != ctxStamp && clockBonus(s.lower, dt.Start, dt.End) == 5 {
				best, bestSent = dt.Value, s.Index
			}
		}
	}
	return best, bestSent
}

func (d *document) afterPublication(dt analyze.Date) bool {
	if d.published == nil {
		return false
	}
	return dt.Value > d.published.AddDate(0, 0, 1).Format("2006-01-02")[:len(dt.Value)]
}

// markBackground finds, in every sentence, the dates of earlier incidents
// (see isPast) and marks the sentences whose dates are all such: they tell
// of earlier incidents or history, not of the main incident.
func (d *document) markBackground(mainDate string) {
	ref := mainDate
	if ref == "" && d.published != nil {
		ref = d.published.Format("2006-01-02")
	}
	for i := range d.sents {
		s := &d.sents[i]
		s.past = s.past[:0]
		for j, dt := range s.dates {
			if isPast(s, dt, ref) {
				s.past = append(s.past, j)
			}
		}
		if len(s.dates) > 0 && len(s.past) == len(s.dates) && !groupHistory(s) {
			s.other = -1
		}
	}
}

// groupHistory reports whether every date of s lies in a relative clause
// that tells a group's history: "suspicion fell on the TTP, which has
// stepped up attacks since ending a ceasefire last November". The
// sentence's own clause then speaks of the main incident.
func groupHistory(s *sentence) bool {
	if len(s.groups) == 0 {
		return false
	}
	for _, dt := range s.dates {
		in := false
		for _, g := range s.groups {
			if g.End > dt.Start {
				continue
			}
			rest := s.lower[g.End:dt.Start]
			// The date must lie inside the relative clause: "al-Shabaab,
			// which claimed the attack, later killed 12 people ... in
			// March 2016" tells of the group's next incident.
			if i := relativeAfter(rest); i >= 0 && !strings.ContainsAny(rest[i+2:], ";.,") {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// relativeAfter returns where a relative clause on a group opens in the
// text after the group's name, within an aside or two ("the Pakistani
// Taliban, known as the TTP, which"), or -1.
func relativeAfter(rest string) int {
	for _, r := range []string{", which ", ", who "} {
		if i := strings.Index(rest, r); i >= 0 && i < 60 {
			return i
		}
	}
	return -1
}

// isPast reports whether date dt of sentence s dates an earlier incident
// than the main one, whose date is ref: clearly before it (see isBefore).
// When nothing dates the main incident, an explicit date counts as past
// when the words around it recall ("since 2015", "was responsible for a
// suicide attack ... in August 2021"), or outside the opening sentence.
func isPast(s *sentence, dt analyze.Date, ref string) bool {
	if ref != "" {
		return isBefore(dt.Value, ref) || laterIncident(s, dt, ref)
	}
	if dt.Relative {
		return false
	}
	return s.Index > 0 || recalls(s.lower)
}

// lookBackCues tell a story that looks back on its incident: "Ten years
// after ...", "on the anniversary of", "Five years on".
var lookBackCues = []string{"years after", "years since", "anniversary", "years ago", "years on", "months after",
	"year after", "decade after", "decade since", "year since", "months since"}

// looksBack reports whether the title or the first sentence looks back on
// the incident (lookBackCues): the story's own days are those of a
// remembrance, a trial or an inquiry, and the incident's date is the one
// the text writes out.
func (d *document) looksBack() bool {
	if hasAny(d.title.lower, lookBackCues) {
		return true
	}
	return len(d.sents) > 0 && hasAny(d.sents[0].lower, lookBackCues)
}

// laterIncident reports whether date dt of sentence s dates an incident
// of a later year than the main one, whose date is ref, in a story that
// looks back on it: "Ten years after al-Shabaab gunmen stormed the
// Westgate mall ... It later killed 148 people at Garissa University
// College in April 2015". The year must be written, and the words around
// it not those of a trial or an arrest.
func laterIncident(s *sentence, dt analyze.Date, ref string) bool {
	if dt.Relative || len(ref) < 4 || yearOf(dt.Value) <= ref[:4] {
		return false
	}
	ctx, _ := dateContext(s.lower, dt.Start, dt.End)
	return ctx != ctxAfter && ctx != ctxStamp
}

// recallCues tell that a sentence looks back at an earlier incident.
var recallCues = []string{"since", "was responsible for", "were responsible for", "previous", "earlier attack",
	"the last", "came after", "comes after", "worst", "deadliest", "most serious", "history", "was born",
	"emerging", "emerged", "founded", "the most deadly", "in the past", "years ago", "anniversary", "recalled",
	"similar attack", "before that", "prior to", "such as", "including the", "like the"}

func recalls(lower string) bool { return hasAny(lower, recallCues) }

// recallAt returns where the first recall cue of the sentence starts, or -1.
func recallAt(lower string) int { return firstCue(lower, recallCues) }

// isBefore reports whether date v lies clearly before the main date: an
// earlier year, or the same year more than 45 days earlier where both are
// precise to the day or month.
func isBefore(v, main string) bool {
	if main == "" || len(v) < 4 {
		return false
	}
	if v[:4] != main[:4] {
		return v[:4] < main[:4]
	}
	if len(v) < 7 || len(main) < 7 {
		return false
	}
	tv, err1 := time.Parse("2006-01-02", pad(v))
	tm, err2 := time.Parse("2006-01-02", pad(main))
	if err1 != nil || err2 != nil {
		return false
	}
	return tm.Sub(tv) > 45*24*time.Hour
}

// pad completes a month-precision date to its first day.
func pad(v string) string {
	if len(v) == 7 {
		return v + "-01"
	}
	return v
}
