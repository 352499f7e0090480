package extract

import (
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/groups"
)

// rank orders perpetrator roles by strength.
var rank = map[string]int{dossier.RoleSuspected: 1, dossier.RoleAttributed: 2, dossier.RoleClaimed: 3}

// readPerpetrators names the groups the main incident's sentences say
// carried it out or claimed it. A group merely mentioned is not a
// perpetrator. When a branch and its parent are both named (ISIS-K and
// the Islamic State), the branch is kept.
func (d *document) readPerpetrators(in *dossier.Incident, use func(int)) {
	roles := map[*groups.Group]string{}
	order := []*groups.Group{}
	d.mainSentences(func(s *sentence) {
		for _, m := range s.groups {
			if m.Group.Generic {
				continue
			}
			role := perpetratorRole(s, m)
			if role == "" {
				continue
			}
			if _, seen := roles[m.Group]; !seen {
				order = append(order, m.Group)
			}
			if rank[role] > rank[roles[m.Group]] {
				roles[m.Group] = role
			}
			use(s.Index)
		}
	})
	// Drop ancestors of named branches, passing their role down.
	drop := map[*groups.Group]bool{}
	for _, g := range order {
		for _, a := range groups.Ancestors(g) {
			if r, ok := roles[a]; ok {
				drop[a] = true
				if rank[r] > rank[roles[g]] {
					roles[g] = r
				}
			}
		}
	}
	for _, g := range order {
		if drop[g] {
			continue
		}
		p := dossier.Perpetrator{Name: g.Name, Aliases: g.Aliases, Role: roles[g]}
		if anc := groups.Ancestors(g); len(anc) > 0 {
			p.Parent = anc[0].Name
		}
		in.Perpetrators = append(in.Perpetrators, p)
	}
}

// attackVerbs follow a group that acts: "al-Shabaab fighters stormed".
var attackVerbs = []string{"attacked", "killed", "stormed", "bombed", "launched", "carried out", "struck",
	"ambushed", "kidnapped", "abducted", "seized", "detonated", "opened fire", "raided", "targeted", "massacred"}

// groupAttackers are the nouns a group names as its own attackers:
// "al-Shabaab gunmen holed up inside the hotel", "Boko Haram fighters".
var groupAttackers = []string{"gunmen", "gunman", "fighters", "militants", "insurgents", "jihadists", "attackers",
	"assailants", "suicide bomber", "bomber", "bombers"}

// hasPrefixAny reports whether s starts with one of the words ws.
func hasPrefixAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isLetterByte(s[len(w)])) {
			return true
		}
	}
	return false
}

// seizedPower are attack verbs used of taking a government, not of an
// attack.
var seizedPower = []string{"seized power", "seized control", "struck a deal", "launched a campaign", "launched an offensive"}

// perpetratorRole returns the role the sentence gives the group, or "".
// The cue must be the group's: after it within its clause ("ISIS-K
// claimed responsibility", "the Taliban were behind"), or just before it
// ("claimed by Daesh", "blamed al-Shabaab"). A suspicion word in the
// sentence lowers an attribution to a suspicion.
func perpetratorRole(s *sentence, m groups.Mention) string {
	// "Al Shabaab, which has been fighting the government since 2006,
	// said it carried out the attack": the verb comes after the aside.
	window := 90 + asideLen(s.lower[m.End:])
	after := clause(s.lower[m.End:min(len(s.lower), m.End+window)])
	before := s.lower[max(0, m.Start-45):m.Start]
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	if objectOfStruggle(before, after) {
		return ""
	}
	after = habitualCut(after)
	for _, p := range seizedPower {
		after = strings.ReplaceAll(after, p, "") // "the Taliban, who seized power in 2021, condemned"
	}
	switch {
	case hasAny(after, claimCues) || hasAny(before, claimedByCues):
		return dossier.RoleClaimed
	case hasAny(after, attributionCues) || hasAny(before, attributedToCues) || hasAny(after, attackVerbs) ||
		strings.HasSuffix(strings.TrimSpace(before), " by") || strings.Contains(before, "militants from") ||
		s.event && hasPrefixAny(strings.TrimLeft(after, " -'’s"), groupAttackers):
		if hasAny(s.lower, suspicionCues) {
			return dossier.RoleSuspected
		}
		return dossier.RoleAttributed
	case hasAny(before, suspectedOfCues):
		return dossier.RoleSuspected
	}
	return ""
}

// asideLen returns the length of the relative clause or aside that opens
// the text after a group's name and closes with a comma (", which has
// been fighting the government since 2006,"), or 0.
func asideLen(after string) int {
	if !strings.HasPrefix(after, ", which ") && !strings.HasPrefix(after, ", who ") && !strings.HasPrefix(after, ", known as ") {
		return 0
	}
	if j := strings.IndexByte(after[2:], ','); j >= 0 && j < 160 {
		return j + 3
	}
	return 0
}

// habitualCut drops from the text after a group the clause that tells of
// what the group does or did elsewhere (habitualCues): "has carried out
// similar attacks in the area" leaves nothing; "IS, which has repeatedly
// attacked the Hazara, claimed the attack" leaves "claimed the attack".
func habitualCut(after string) string {
	at := firstCue(after, habitualCues)
	if at < 0 {
		return after
	}
	if j := strings.IndexByte(after[at:], ','); j >= 0 {
		return after[at+j+1:]
	}
	return ""
}

// objectOfStruggle reports whether a group is named as what someone fights
// or as a government ("a war against the new Taliban government and has
// also attacked...", "the Taliban governor of Balkh was killed"): then
// the verbs after it are not its own.
func objectOfStruggle(before, after string) bool {
	b := strings.TrimSpace(before)
	for _, w := range []string{" the new", " the", " a"} {
		b = strings.TrimSuffix(b, w)
	}
	for _, cue := range []string{"against", "war on", "fight", "fighting", "fought", "targeting", "opposed to", "rivals", "rival"} {
		if b == cue || strings.HasSuffix(b, " "+cue) {
			return true
		}
	}
	a := strings.TrimLeft(after, " -'’s")
	for _, w := range []string{"government", "regime", "authorities", "administration", "rule", "official", "spokesman", "spokesperson",
		"governor", "minister", "ministry", "mayor", "envoy", "diplomat", "delegation", "police", "council"} {
		if strings.HasPrefix(a, w) {
			return true
		}
	}
	return false
}

// clause cuts s at the first clause break that is not a comma: a group's
// verb comes before it.
func clause(s string) string {
	if i := strings.IndexAny(s, ";:.!?\"“”"); i >= 0 {
		return s[:i]
	}
	return s
}
