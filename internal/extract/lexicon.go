package extract

import "strings"

// cue is a word or phrase whose presence in a sentence is evidence for a
// value. Phrases are matched on lower-cased text at word starts.
type cue struct {
	phrase string
	value  string
}

// attackCues map trigger words to GTD attack types.
var attackCues = []cue{
	{"bomb", "bombing"}, {"bomber", "bombing"}, {"bombing", "bombing"}, {"explosion", "bombing"},
	{"explosive", "bombing"}, {"blast", "bombing"}, {"blew himself up", "bombing"},
	{"blew herself up", "bombing"}, {"detonat", "bombing"}, {"ied", "bombing"},
	{"car bomb", "bombing"}, {"grenade", "bombing"}, {"rocket", "bombing"}, {"mortar", "bombing"},
	{"shelling", "bombing"}, {"drone strike", "bombing"}, {"exploded", "bombing"},
	{"gunmen", "armed_assault"}, {"gunman", "armed_assault"}, {"opened fire", "armed_assault"},
	{"shooting", "armed_assault"}, {"shot", "armed_assault"}, {"shootout", "armed_assault"},
	{"gunfire", "armed_assault"}, {"gunshot", "armed_assault"}, {"stormed", "armed_assault"},
	{"stabbing", "armed_assault"}, {"stabbed", "armed_assault"}, {"knife attack", "armed_assault"},
	{"massacre", "armed_assault"}, {"raid", "armed_assault"}, {"ambush", "armed_assault"},
	{"assailant", "armed_assault"},
	{"attackers", "armed_assault"}, {"militants attacked", "armed_assault"}, {"gun attack", "armed_assault"},
	{"overran", "armed_assault"}, {"overrunning", "armed_assault"}, {"overrun", "armed_assault"},
	{"kidnap", "kidnapping"}, {"abduct", "kidnapping"}, {"abducted", "kidnapping"},
	{"hostage", "hostage_barricade"}, {"siege", "hostage_barricade"}, {"barricaded", "hostage_barricade"},
	{"assassinat", "assassination"}, {"hijack", "hijacking"},
	{"arson", "facility_attack"}, {"set fire", "facility_attack"}, {"torched", "facility_attack"},
	{"set ablaze", "facility_attack"}, {"firebomb", "facility_attack"},
	// A vehicle driven into people is an unarmed assault in GTD's
	// codebook: harm by means other than explosives, firearms, fire or
	// blades.
	{"truck attack", "unarmed_assault"}, {"vehicle attack", "unarmed_assault"}, {"car attack", "unarmed_assault"},
}

func init() {
	for _, p := range vehicleCues {
		attackCues = append(attackCues, cue{p, "unarmed_assault"})
		weaponCues = append(weaponCues, cue{p, "vehicle"})
	}
	eventCues = append(eventCues, vehicleCues...)
}

// vehicleCues tell of a vehicle driven into people: "rammed", "drove a
// truck into", "plowed into the crowd".
var vehicleCues = func() []string {
	out := []string{"rammed", "ramming", "plowed into", "ploughed into", "plows into", "ploughs into"}
	for _, verb := range []string{"drove", "drive", "driving", "drives"} {
		for _, det := range []string{"a", "his", "her", "the"} {
			for _, v := range []string{"car", "truck", "van", "lorry", "vehicle", "suv"} {
				out = append(out, verb+" "+det+" "+v+" into")
			}
		}
	}
	return out
}()

// eventCues mark a sentence as telling of a violent incident at all.
var eventCues = []string{
	"attack", "killed", "kill", "dead", "death", "died", "wounded", "injured", "injuries",
	"victim", "casualt", "bomb", "blast", "explosion", "shot", "shooting", "gunm", "massacre",
	"murder", "homicide", "slain", "stabb", "hostage", "kidnap", "abduct", "assault", "terror",
	"fatal", "exploded", "gunfire", "gunshot", "opened fire", "ambush", "raid", "stormed", "hijack",
	"assassinat", "detonat", "overran", "overrunning",
}

// weaponCues map trigger words to GTD weapon types.
var weaponCues = []cue{
	{"gun", "firearms"}, {"rifle", "firearms"}, {"pistol", "firearms"}, {"handgun", "firearms"},
	{"shot", "firearms"}, {"shooting", "firearms"}, {"gunmen", "firearms"}, {"gunman", "firearms"},
	{"opened fire", "firearms"}, {"automatic weapon", "firearms"}, {"kalashnikov", "firearms"},
	{"bomb", "explosives"}, {"explosive", "explosives"}, {"explosion", "explosives"},
	{"blast", "explosives"}, {"grenade", "explosives"}, {"ied", "explosives"}, {"detonat", "explosives"},
	{"suicide vest", "explosives"}, {"rocket", "explosives"}, {"mortar", "explosives"},
	{"knife", "melee"}, {"stabb", "melee"}, {"machete", "melee"}, {"axe", "melee"},
	{"set fire", "incendiary"}, {"arson", "incendiary"}, {"petrol bomb", "incendiary"},
	{"molotov", "incendiary"}, {"truck attack", "vehicle"},
}

// targetCues map trigger words to GTD target types.
var targetCues = []cue{
	{"concert", "civilians"}, {"civilians", "civilians"}, {"worshippers", "religious"},
	{"church", "religious"}, {"mosque", "religious"}, {"synagogue", "religious"}, {"temple", "religious"},
	{"shrine", "religious"}, {"police", "police"}, {"checkpoint", "police"}, {"officers", "police"},
	{"soldiers", "military"}, {"troops", "military"}, {"army", "military"}, {"military base", "military"},
	{"school", "educational"}, {"university", "educational"}, {"students", "educational"},
	{"embassy", "government_diplomatic"}, {"diplomat", "government_diplomatic"},
	{"government", "government"}, {"ministry", "government"}, {"parliament", "government"},
	{"hotel", "business"}, {"restaurant", "business"}, {"market", "business"}, {"mall", "business"},
	{"shopping", "business"}, {"nightclub", "business"}, {"bar", "business"},
	{"airport", "airports_aircraft"}, {"plane", "airports_aircraft"}, {"airliner", "airports_aircraft"},
	{"journalist", "journalists_media"}, {"bus", "transportation"}, {"train", "transportation"},
	{"metro", "transportation"}, {"subway", "transportation"}, {"station", "transportation"},
}

// suicideCues mark a suicide attack.
var suicideCues = []string{
	"suicide bomb", "suicide attack", "suicide car", "suicide vest", "blew himself up",
	"blew herself up", "blew themselves up", "suicide truck", "self-detonat", "suicide vehicle",
	"suicide attacker", "suicide assault", "suicide mission", "suicide operation",
}

// claimCues follow a group that claims an attack; claimedByCues precede
// it. attributionCues follow a group said to have done it;
// attributedToCues precede it. suspicionCues anywhere in the sentence make
// an attribution a suspicion; suspectedOfCues precede a suspected group.
var (
	claimCues = []string{"claimed responsibility", "claims responsibility", "claiming responsibility",
		"claim responsibility", "has claimed", "have claimed", "took responsibility", "claimed the", "claims the",
		"claimed it", "said it carried out", "said it was behind", "issued a claim", "in a claim",
		"said its fighters", "that its fighters", "said its militants", "that its militants", "its fighters had carried out",
		"one of its soldiers", "one of its fighters", "soldier of the caliphate", "soldiers of the caliphate",
		"amaq", "a'maq"}
	claimedByCues    = []string{"claimed by", "claim by", "claimed on behalf of", "claim of responsibility by", "claim from"}
	attributionCues  = []string{"was behind", "were behind", "is behind", "are behind", "responsible for", "carried out", "perpetrated", "was blamed", "were blamed", "is blamed"}
	attributedToCues = []string{"blamed", "accused", "attributed to", "carried out by", "perpetrated by", "by militants of", "blamed on", "blaming"}
	suspicionCues    = []string{"suspected", "believed to be", "likely", "may have", "possibly", "suspect", "thought to"}
	suspectedOfCues  = []string{"suspected", "suspect", "believed to be", "suspicion fell on", "suspicion falls on",
		"suspicion has fallen on", "suspicion focused on", "suspicion turned to", "suspicion immediately fell on"}
	// habitualCues follow a group's verb that tells of what it does or
	// did elsewhere: "has carried out similar attacks in the area".
	habitualCues = []string{"similar attack", "similar bombing", "similar assault", "such attacks", "previous attacks",
		"past attacks", "earlier attacks", "other attacks", "several attacks", "numerous attacks", "many attacks",
		"dozens of attacks", "hundreds of attacks", "a series of", "a string of", "a spate of", "a wave of",
		"attacks in the past", "attacks in recent", "previously", "repeatedly", "frequently", "regularly", "in the past"}
)

// plotCues and arrestCues tell foiled plots and arrests from attacks.
var (
	plotCues = []string{"foiled", "thwarted", "plot to", "plotting", "planned attack", "planning an attack", "disrupted"}
	// planCues mark a sentence that tells of what a plot meant to do.
	planCues = []string{"plot to", "plotting to", "plotted to", "planned to", "planning to", "plans to",
		"plan to", "intended to", "intending to", "conspir", "planned attack", "planned an attack", "wanted to"}
	// plannedAssaultCues are the armed-assault cues that tell of the plot's
	// own means; "raid", "shot" and the like in a plot story are most often
	// the police's.
	plannedAssaultCues = []string{"gun attack", "shooting", "gunmen", "open fire", "stabbing", "knife attack",
		"ramming", "massacre"}
	arrestCues = []string{"arrested", "detained", "charged with", "taken into custody", "apprehended"}
)

// venueHeads end a capitalised venue name: "Crocus City Hall",
// "Hamid Karzai International Airport". Hospitals are left out: a report
// names the one the victims were taken to, not where they were hurt.
var venueHeads = map[string]bool{
	"Hall": true, "Airport": true, "Mall": true, "Church": true, "Cathedral": true, "Mosque": true,
	"Synagogue": true, "Temple": true, "Shrine": true, "Hotel": true, "School": true, "University": true,
	"College": true, "Stadium": true, "Arena": true, "Market": true, "Bazaar": true, "Station": true,
	"Theatre": true, "Theater": true, "Centre": true, "Center": true, "Club": true, "Nightclub": true,
	"Embassy": true, "Consulate": true, "Square": true, "Bridge": true, "Park": true,
	"Plaza": true, "Restaurant": true, "Cafe": true, "Café": true, "Base": true, "Prison": true,
	"Checkpoint": true, "Bar": true, "Pub": true, "Cemetery": true, "Mausoleum": true,
}

// hasAny reports whether the lower-cased sentence contains any cue at a word
// start.
func hasAny(lower string, cues []string) bool {
	for _, c := range cues {
		if containsAtWordStart(lower, c) {
			return true
		}
	}
	return false
}

// firstCue returns where the earliest of cues occurs in s at a word start
// (see indexAtWordStart), or -1.
func firstCue(s string, cues []string) int {
	at := -1
	for _, c := range cues {
		if i := indexAtWordStart(s, c); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// containsAtWordStart reports whether phrase occurs in s beginning at a word
// boundary. Cues of three letters or fewer ("gun", "bus", "ied") must also
// end a word (a plural s allowed), so "bus" does not fire on "business".
func containsAtWordStart(s, phrase string) bool { return indexAtWordStart(s, phrase) >= 0 }

// indexAtWordStart returns where phrase first occurs in s at a word start
// (see containsAtWordStart), or -1.
func indexAtWordStart(s, phrase string) int {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return -1
		}
		if k := i + j; atWordStart(s, k, phrase) {
			return k
		}
		i += j + 1
	}
}

// lastIndexAtWordStart returns where phrase last occurs in s at a word
// start (see containsAtWordStart), or -1: "charged" is not found in
// "discharged".
func lastIndexAtWordStart(s, phrase string) int {
	for e := len(s); ; {
		k := strings.LastIndex(s[:e], phrase)
		if k < 0 {
			return -1
		}
		if atWordStart(s, k, phrase) {
			return k
		}
		e = k + len(phrase) - 1
	}
}

// atWordStart reports whether phrase, found at s[k:], starts a word there
// (and, when three letters or fewer, ends one).
func atWordStart(s string, k int, phrase string) bool {
	if k > 0 && isWordByte(s[k-1]) {
		return false
	}
	end := k + len(phrase)
	return len(phrase) > 3 || wordEndsAt(s, end) || end < len(s) && s[end] == 's' && wordEndsAt(s, end+1)
}

func wordEndsAt(s string, i int) bool { return i >= len(s) || !isWordByte(s[i]) }

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// tally counts the values whose cues occur in the lower-cased sentence.
func tally(lower string, cues []cue, into map[string]int, weight int) {
	for _, c := range cues {
		if containsAtWordStart(lower, c.phrase) {
			into[c.value] += weight
		}
	}
}
