package extract

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/analyze"
)

// readFigures keeps every figure of the main incident and chooses killed
// and injured (see chooseFigures). When only one kind is reported, the
// other is 0 (GOLD.md: "only wounded people are reported").
func (d *document) readFigures(in *dossier.Incident, use func(int)) {
	var found []sentFigure
	d.mainSentences(func(s *sentence) {
		for _, f := range s.figures {
			found = append(found, sentFigure{f, s})
			if s.Index >= 0 { // the title's figures repeat the body's; evidence needs a sentence
				in.Figures = append(in.Figures, figureOf(f, s.Index))
			}
		}
	})
	killed, injured, evidence := chooseFigures(found)
	for _, i := range evidence {
		use(i)
	}
	if killed == nil && injured != nil && !d.vagueFigure("killed") {
		killed = ptr(0)
	}
	if injured == nil && killed != nil && !d.vagueFigure("injured") {
		injured = ptr(0)
	}
	in.Killed, in.Injured = killed, injured
}

// sentFigure is a figure with the sentence it was read from.
type sentFigure struct {
	analyze.Figure
	s *sentence
}

// partial reports whether f counts only some of the incident's victims
// ("27 children among the dead") or those of several incidents ("10
// killed in separate shootings across Chicago"): never the toll.
func (f sentFigure) partial() bool { return f.Part || f.Aggregate }

// countable reports whether f may be a toll: not a perpetrator's claim, a
// vague quantity ("dozens") or a part (see partial).
func (f sentFigure) countable() bool { return !f.Claim && !f.Vague && !f.partial() }

// chooseFigures picks the killed and injured counts of one incident from
// its figures, in article order. A perpetrator's claim, a vague quantity
// ("dozens") and a part of the victims ("27 children among the dead") are
// never the count (countable). The body's figures are preferred to the title's. Of the
// rest, the largest counts: news updates a rising toll, and a later,
// smaller number is usually a part. A victim "also" killed after victims
// named one at a time adds to them; after a stated total it is one of
// those the total counts. A count of people shot (analyze's Shot) in a
// sentence that states no death includes the dead, who are taken off
// it: "Bourda was shot ... he died" is one killed, none injured; so is
// one shot beside one dead in a sentence ("died after he was hit by
// gunfire").
func chooseFigures(found []sentFigure) (killed, injured *int, evidence []int) {
	var killedAt *sentence // the sentence the killed count came from
	oneByOne := false      // the killed count names its victims one at a time
	// "then gunman kills himself" ... "shot himself in front of deputies":
	// an attacker who died is not also among the hurt.
	attackerDied := false
	// "wounding several others ... the attacker was shot by guards": the
	// hurt are uncounted, and the shot attacker is not their count.
	vagueHurt := false
	for _, f := range found {
		attackerDied = attackerDied || f.Attacker && f.Kind == "killed" && !f.Claim
		vagueHurt = vagueHurt || f.Kind == "injured" && f.Vague && !f.Attacker && !f.Claim
	}
	pick := func(body bool) {
		// "A third man ... later died" counts one only when no other
		// figure of its kind is stated: "All three died".
		ordOK := map[string]bool{"killed": true, "injured": true}
		for _, f := range found {
			if f.countable() && f.Ordinal == 0 && (f.s.Index >= 0) == body {
				ordOK[f.Kind] = false
			}
		}
		for _, f := range found {
			if !f.countable() || f.Attacker || (f.s.Index >= 0) != body || f.Ordinal > 0 && !ordOK[f.Kind] {
				continue
			}
			v := f.Value
			switch f.Kind {
			case "killed":
				if killed != nil && oneByOne && f.s != killedAt && (strings.Contains(f.Text, " also ") || otherVictims(f.Text)) {
					// "Mills was shot and killed ... Booker was also
					// killed", "The governor was killed ... Two other
					// people were killed": more than the victims named
					// before. A stated total ("two were killed") already
					// counts those it then names.
					killed = ptr(*killed + v)
					killedAt = f.s
					evidence = append(evidence, f.s.Index)
					continue
				}
				if killed == nil || v > *killed && isUpdate(f.Text) {
					killed = &v
					oneByOne = v == 1
					killedAt = f.s
					evidence = append(evidence, f.s.Index)
				}
			}
		}
		if body && (killed != nil || hasKind(found, "injured", true)) {
			// A headline that sums up more dead than the body's first
			// count ("Gunman Fatally Shoots 3 Musicians, Self" over "shot
			// two members of the group and a third musician"), or any
			// dead where the body only says who was shot ("Deputy killed"
			// over "was shot in the face"), is the outlet's own total;
			// the body told of its victims one by one.
			for _, f := range found {
				if f.s.Index < 0 && f.Kind == "killed" && f.countable() && !f.Attacker && f.Ordinal == 0 &&
					(killed == nil || f.Value > *killed) {
					killed = ptr(f.Value)
					killedAt = f.s
				}
			}
		}
		for _, f := range found {
			if !f.countable() || f.Kind != "injured" || (f.s.Index >= 0) != body || f.Attacker && (attackerDied || vagueHurt) ||
				f.Ordinal > 0 && !ordOK[f.Kind] {
				continue
			}
			v := f.Value
			// analyze has taken off the dead a sentence names after the
			// count ("two were shot, leaving one dead"); those named
			// before it ("died after he was hit by gunfire") and those of
			// other sentences are taken off here, unless the shot were
			// "also" shot: someone besides the dead.
			shotLessDead := f.Shot && killed != nil && !strings.Contains(f.Text, " also ") &&
				(!hasVictims(f.s, "killed") || v == 1 && *killed == 1 && killedBefore(f))
			if shotLessDead {
				v = max(0, v-*killed)
			}
			// "A teen was wounded ... He died at the hospital": the
			// wounded who died later are counted among the dead.
			if !shotLessDead && killed != nil {
				if killedAt != nil && killedAt.Index > f.s.Index && v >= *killed &&
					!hasFigure(killedAt, "injured") && hasAny(killedAt.lower, diedLater) {
					v -= *killed
				} else if diedNext(found, f, *killed) {
					// The same when the count came from elsewhere: "the
					// shooting death of a 10-year-old ... Officers found
					// him suffering from a gunshot wound. He was taken to
					// hospital, where he later died."
					continue
				}
			}
			if injured == nil || v > *injured && isUpdate(f.Text) {
				injured = &v
				evidence = append(evidence, f.s.Index)
			}
		}
	}
	pick(true)
	if killed == nil && injured == nil {
		pick(false)
	}
	killed, injured = ordinalFloor(found, killed, injured)
	if killed != nil && *killed > 0 {
		// "shot his daughter dead before turning the gun on himself": the
		// shooter who took his own life in the sentence that counts his
		// victims is one of the dead too. A count in another sentence
		// may already sum them up ("the shooting that left four dead").
		for _, f := range found {
			if f.Attacker && f.Kind == "killed" && !f.Claim && !f.Vague && f.Value == 1 && selfInflicted(f.Text) &&
				f.s == killedAt && !hasAny(killedAt.lower, murderSuicide) && !hasAny(killedAt.lower, bomberWords) {
				killed = ptr(*killed + 1)
				evidence = append(evidence, f.s.Index)
				break
			}
		}
	}
	if killed == nil || *killed == 0 {
		// Only attackers died: "two suicide bombers blew themselves up".
		for _, f := range found {
			if f.Attacker && f.Kind == "killed" && !f.Claim && !f.Vague && f.Value > 0 {
				killed = ptr(f.Value)
				evidence = append(evidence, f.s.Index)
				break
			}
		}
	}
	return killed, injured, evidence
}

// ordinalFloor raises the counts to the victims an ordinal implies: "a
// fourth man suffered a gunshot wound" after two dead and one wounded
// makes four, so one more is wounded. The difference goes to the kind of
// the highest ordinal's figure.
func ordinalFloor(found []sentFigure, killed, injured *int) (*int, *int) {
	var top *sentFigure
	for i, f := range found {
		if f.Ordinal > 0 && !f.Claim && !f.Vague && !f.Attacker && (top == nil || f.Ordinal > top.Ordinal) {
			top = &found[i]
		}
	}
	if top == nil {
		return killed, injured
	}
	k, n := 0, 0
	if killed != nil {
		k = *killed
	}
	if injured != nil {
		n = *injured
	}
	if more := top.Ordinal - k - n; more > 0 {
		if top.Kind == "killed" {
			killed = ptr(k + more)
		} else {
			injured = ptr(n + more)
		}
	}
	return killed, injured
}

// selfInflicted reports whether an attacker's death is by his own gun
// ("turned the gun on himself", "shot herself", "took his own life"), not
// a bomber's ("blew himself up"), whom the toll of an attack leaves out.
func selfInflicted(phrase string) bool {
	l := strings.ToLower(phrase)
	switch strings.TrimSpace(l) {
	case "self", "himself", "herself":
		// A headline's list: "Gunman Fatally Shoots 3 Musicians, Self".
		return true
	}
	return hasAny(l, selfInflictedCues)
}

// selfInflictedCues tell of an attacker's death by his own gun.
var selfInflictedCues = []string{"on himself", "on herself", "shot himself", "shot herself",
	"shooting himself", "shooting herself", "killed himself", "killed herself", "killing himself",
	"killing herself", "own life", "self-inflicted"}

// murderSuicide are the words of a count that includes the killer who
// took his own life.
var murderSuicide = []string{"murder-suicide", "murder suicide", "murder/suicide", "including the gunman", "including the shooter"}

// bomberWords tell of a bomb: a bomber "killing himself and three others"
// is left out of the toll, as the seeds and dev leave bombers out.
var bomberWords = []string{"bomb", "detonat", "explosive", "blew himself", "blew herself", "blew themselves", "suicide vest"}

// diedLater are the words of a death after the first report: the dead
// were among the wounded counted before.
var diedLater = []string{"later died", "has died", "have died", "died at", "died in the hospital",
	"died from", "died of", "succumbed", "passed away", "died after", "since died",
	"where he died", "where she died", "where they died", "pronounced dead"}

// diedNext reports whether the wounded f counts are the dead of one of
// the next two sentences, which tells of their death since they were
// hurt ("where he later died", "died from her injuries"): f's sentence
// counts no dead beside them and no victim besides those told of
// ("another student was injured"), and the later death is as many as f
// and no more than the killed count.
func diedNext(found []sentFigure, f sentFigure, killed int) bool {
	if hasVictims(f.s, "killed") || hasAny(strings.ToLower(f.Text), otherVictim) {
		return false
	}
	for _, g := range found {
		// len(g.s.figures) == 1: the death sentence counts no one else,
		// neither wounded nor other dead.
		if g.Kind == "killed" && g.s.Index > f.s.Index && g.s.Index <= f.s.Index+2 && g.Value == f.Value && g.Value <= killed &&
			len(g.s.figures) == 1 && g.countable() && !g.Attacker &&
			hasAny(g.s.lower, diedLater) && !hasAny(g.s.lower, atScene) {
			return true
		}
	}
	return false
}

// atScene tells of a death where the victims were found, not of one
// after they were taken to hospital.
var atScene = []string{"at the scene", "on the scene", "on scene"}

// otherVictim marks a wounded victim besides those told of before:
// "another student was injured", "a second man was wounded".
var otherVictim = []string{"another", "other", "also", "second", "third"}

// hasKind reports whether found holds a figure of kind from the body
// (body) or the title that may be a count: not a claim, vague or partial.
func hasKind(found []sentFigure, kind string, body bool) bool {
	for _, f := range found {
		if f.Kind == kind && (f.s.Index >= 0) == body && f.countable() {
			return true
		}
	}
	return false
}

// killedBefore reports whether f's sentence gives a killed figure before f.
func killedBefore(f sentFigure) bool {
	for _, g := range f.s.figures {
		if g.Kind == "killed" && g.Start < f.Start {
			return true
		}
	}
	return false
}

// hasFigure reports whether the sentence itself gives a figure of kind.
func hasFigure(s *sentence, kind string) bool {
	for _, f := range s.figures {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// hasVictims reports whether the sentence gives a figure of kind that is
// not an attacker's: "shot two men before turning the gun on himself"
// says who was shot, not who of them died.
func hasVictims(s *sentence, kind string) bool {
	for _, f := range s.figures {
		if f.Kind == kind && !f.Attacker {
			return true
		}
	}
	return false
}

// figureOf is f as the incident reports it, read from sentence i.
func figureOf(f analyze.Figure, i int) dossier.Figure {
	q := f.Qualifier
	switch {
	case f.Vague:
		// "scores", "dozens": an order of size, never a count.
		q = "vague"
	case q == "":
		q = "exact"
	}
	return dossier.Figure{Kind: f.Kind, Value: f.Value, Qualifier: q, By: f.By, Claim: f.Claim, Sentence: i}
}

func ptr(v int) *int { return &v }

// isUpdate reports whether a figure's phrase updates a toll: "the death
// toll rose to 137", "has climbed to", "now stands at", or sums up the
// victims told of one by one: "All three died of gunshot wounds".
func isUpdate(phrase string) bool {
	l := strings.ToLower(phrase)
	if strings.HasPrefix(l, "all ") {
		return true
	}
	for _, w := range []string{"rose", "risen", "rises", "climbed", "climbs", "increased", "jumped", "now stands", "reached", "has grown"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// otherVictims reports whether a figure's text counts victims besides
// those named before: "Two other people were killed", "two others died".
func otherVictims(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "other" || w == "others" {
			return true
		}
	}
	return false
}
