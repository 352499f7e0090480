package groups

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func mustID(t *testing.T, id string) *Group {
	t.Helper()
	g, ok := ByID(id)
	if !ok {
		t.Fatalf("ByID(%q): not found", id)
	}
	return g
}

func TestLookupISKPAliases(t *testing.T) {
	iskp := mustID(t, "iskp")
	names := append([]string{iskp.Name}, iskp.Aliases...)
	names = append(names,
		"ISIS-K", "ISKP", "IS-K", "IS-KP", "ISIS-Khorasan", "ISIS K", "isis-k",
		"Islamic State – Khorasan Province", "Islamic State–Khorasan Province",
		"Islamic State - Khorasan Province", "Islamic State Khorasan Province",
		"Islamic State of Iraq and the Levant – Khorasan Province",
		"Islamic State of Iraq and the Levant—Khorasan province",
		"Wilayat Khorasan", "Khorasan Province", "Khorasan province",
		"Islamic State in Khorasan Province", "Islamic State Khorasan",
		"the Islamic State's Khorasan Province", "ISIS-K group")
	for _, n := range names {
		g, ok := Lookup(n)
		if !ok || g.ID != "iskp" {
			got := "nothing"
			if ok {
				got = g.ID
			}
			t.Errorf("Lookup(%q) = %s, want iskp", n, got)
			continue
		}
		anc := Ancestors(g)
		if len(anc) == 0 || anc[0].ID != "islamic-state" {
			t.Errorf("Ancestors(iskp) = %v, want islamic-state first", ids(anc))
		}
	}
}

func ids(gs []*Group) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.ID)
	}
	return out
}

func TestLookup(t *testing.T) {
	cases := []struct {
		name, id, parent string // parent "" = no check; "-" = must have none
	}{
		{"Daesh", "islamic-state", "-"},
		{"Da'esh", "islamic-state", ""},
		{"Da’esh", "islamic-state", ""},
		{"DAESH", "islamic-state", ""},
		{"Daish", "islamic-state", ""},
		{"ISIL", "islamic-state", ""},
		{"ISIS", "islamic-state", ""},
		{"Isis", "islamic-state", ""},
		{"IS", "islamic-state", ""},
		{"Islamic State", "islamic-state", ""},
		{"the Islamic State", "islamic-state", ""},
		{"Islamic State group", "islamic-state", ""},
		{"Islamic State of Iraq and Syria", "islamic-state", ""},
		{"Islamic State in Iraq and the Levant", "islamic-state", ""},
		{"Islamic State of Iraq and al-Sham", "islamic-state", ""},
		{"داعش", "islamic-state", ""},
		{"JNIM", "jnim", "al-qaeda"},
		{"Jama'at Nusrat al-Islam wal-Muslimin", "jnim", "al-qaeda"},
		{"Jama’at Nusrat al-Islam wal Muslimeen", "jnim", ""},
		{"Group for the Support of Islam and Muslims", "jnim", ""},
		{"GSIM", "jnim", ""},
		{"ISWAP", "iswap", "islamic-state"},
		{"Islamic State West Africa Province", "iswap", "islamic-state"},
		{"ISGS", "isgs", "islamic-state"},
		{"Islamic State Sahel Province", "isgs", "islamic-state"},
		{"AQAP", "aqap", "al-qaeda"},
		{"AQIM", "aqim", "al-qaeda"},
		{"AQIS", "aqis", "al-qaeda"},
		{"al-Shabaab", "al-shabaab", "al-qaeda"},
		{"Al Shabaab", "al-shabaab", "al-qaeda"},
		{"al-Shabab", "al-shabaab", ""},
		{"al Shabaab", "al-shabaab", ""},
		{"Shabab", "al-shabaab", ""},
		{"Harakat al-Shabaab al-Mujahideen", "al-shabaab", ""},
		{"Hurras al-Din", "hurras-al-din", "al-qaeda"},
		{"Jabhat al-Nusra", "al-nusra", "al-qaeda"},
		{"Hay'at Tahrir al-Sham", "hts", ""},
		{"HTS", "hts", ""},
		{"Islamic State Sinai Province", "is-sinai", "islamic-state"},
		{"ISCAP", "iscap", "islamic-state"},
		{"Allied Democratic Forces", "adf", "iscap"},
		{"Islamic State Mozambique Province", "is-mozambique", "islamic-state"},
		{"Islamic State Somalia Province", "is-somalia", "islamic-state"},
		{"ISIS-Libya", "is-libya", "islamic-state"},
		{"Islamic State Yemen Province", "is-yemen", "islamic-state"},
		{"ISPP", "is-pakistan", "islamic-state"},
		{"Wilayat al-Hind", "is-hind", "islamic-state"},
		{"ISIS-Philippines", "is-east-asia", "islamic-state"},
		{"Maute group", "maute-group", "is-east-asia"},
		{"Taliban", "taliban", "-"},
		{"Pakistani Taliban", "ttp", "-"},
		{"Tehreek-e-Taliban Pakistan", "ttp", ""},
		{"Tehrik-i-Taliban Pakistan", "ttp", ""},
		{"TTP", "ttp", ""},
		{"Haqqani network", "haqqani-network", "taliban"},
		{"Lashkar-e-Taiba", "lashkar-e-taiba", ""},
		{"Lashkar-e-Tayyiba", "lashkar-e-taiba", ""},
		{"LeT", "lashkar-e-taiba", ""},
		{"Jaish-e-Mohammed", "jaish-e-mohammed", ""},
		{"JeM", "jaish-e-mohammed", ""},
		{"Hizbul Mujahideen", "hizbul-mujahideen", ""},
		{"The Resistance Front", "trf", "lashkar-e-taiba"},
		{"BLA", "bla", ""},
		{"Baloch Liberation Army", "bla", ""},
		{"Balochistan Liberation Front", "blf", ""},
		{"Boko Haram", "boko-haram", ""},
		{"Ansaru", "ansaru", ""},
		{"Hamas", "hamas", ""},
		{"Izz ad-Din al-Qassam Brigades", "qassam-brigades", "hamas"},
		{"Ezzedine al-Qassam Brigades", "qassam-brigades", "hamas"},
		{"Palestinian Islamic Jihad", "pij", ""},
		{"Islamic Jihad", "pij", ""},
		{"Hezbollah", "hezbollah", ""},
		{"Hizballah", "hezbollah", ""},
		{"Houthis", "houthis", ""},
		{"Ansar Allah", "houthis", ""},
		{"Kata'ib Hezbollah", "kataib-hezbollah", ""},
		{"Kataib Hezbollah", "kataib-hezbollah", ""},
		{"PKK", "pkk", ""},
		{"Kurdistan Workers’ Party", "pkk", ""},
		{"TAK", "tak", ""},
		{"DHKP-C", "dhkp-c", ""},
		{"DHKP/C", "dhkp-c", ""},
		{"ETA", "eta", ""},
		{"IRA", "provisional-ira", ""},
		{"New IRA", "new-ira", ""},
		{"Real IRA", "real-ira", ""},
		{"Continuity IRA", "continuity-ira", ""},
		{"UVF", "uvf", ""},
		{"UDA", "uda", ""},
		{"FARC", "farc", ""},
		{"F.A.R.C.", "farc", ""},
		{"FARC dissidents", "farc-dissidents", "farc"},
		{"ELN", "eln", ""},
		{"Shining Path", "shining-path", ""},
		{"Zapatistas", "ezln", ""},
		{"CJNG", "cjng", ""},
		{"Cártel de Jalisco Nueva Generación", "cjng", ""},
		{"Cartel de Jalisco Nueva Generacion", "cjng", ""},
		{"Sinaloa Cartel", "sinaloa-cartel", ""},
		{"Gulf Cartel", "gulf-cartel", ""},
		{"Los Zetas", "los-zetas", ""},
		{"MS-13", "ms-13", ""},
		{"Mara Salvatrucha", "ms-13", ""},
		{"Abu Sayyaf", "abu-sayyaf", ""},
		{"BIFF", "biff", ""},
		{"NPA", "npa", ""},
		{"New People's Army", "npa", ""},
		{"ULFA", "ulfa", ""},
		{"CPI (Maoist)", "cpi-maoist", ""},
		{"CPI-Maoist", "cpi-maoist", ""},
		{"Naxals", "cpi-maoist", ""},
		{"LTTE", "ltte", ""},
		{"Tamil Tigers", "ltte", ""},
		{"Aum Shinrikyo", "aum-shinrikyo", ""},
		{"Caucasus Emirate", "caucasus-emirate", ""},
		{"Lord's Resistance Army", "lra", ""},
		{"ADF", "adf", ""},
		{"M23", "m23", ""},
		{"CODECO", "codeco", ""},
		{"Ambazonian separatists", "ambazonian-separatists", ""},
		{"Fulani militants", "fulani-militias", ""},
		{"al-Mourabitoun", "al-mourabitoun", "jnim"},
		{"Ansar Dine", "ansar-dine", "jnim"},
		{"Macina Liberation Front", "katiba-macina", "jnim"},
		{"Ansarul Islam", "ansarul-islam", ""},
		{"Jamaat-ul-Mujahideen Bangladesh", "jmb", ""},
		{"Ansar Bait al-Maqdis", "ansar-bait-al-maqdis", ""},
		{"Hasm", "hasm", ""},
		{"Atomwaffen Division", "atomwaffen", ""},
		{"The Base", "the-base", ""},
		{"Proud Boys", "proud-boys", ""},
		{"Nordic Resistance Movement", "nordic-resistance-movement", ""},
		{"National Action", "national-action", ""},
		{"Wagner Group", "wagner-group", ""},
		{"Jaish al-Adl", "jaish-al-adl", ""},
		{"Jundallah", "jundallah", ""},
		{"Mujahedin-e Khalq", "mek", ""},
		{"MEK", "mek", ""},
		{"Lashkar-e-Jhangvi", "lashkar-e-jhangvi", ""},
		{"Sipah-e-Sahaba", "sipah-e-sahaba", ""},
		{"Jamaat-ul-Ahrar", "jamaat-ul-ahrar", "ttp"},
		{"Tehreek-e-Labbaik Pakistan", "tehreek-e-labbaik", ""},
		{"Ḥamās", "hamas", ""},
	}
	for _, c := range cases {
		g, ok := Lookup(c.name)
		if !ok {
			t.Errorf("Lookup(%q): not found, want %s", c.name, c.id)
			continue
		}
		if g.ID != c.id {
			t.Errorf("Lookup(%q) = %s, want %s", c.name, g.ID, c.id)
			continue
		}
		switch c.parent {
		case "":
		case "-":
			if g.Parent != "" {
				t.Errorf("Lookup(%q): parent %q, want none", c.name, g.Parent)
			}
		default:
			if g.Parent != c.parent {
				t.Errorf("Lookup(%q): parent %q, want %q", c.name, g.Parent, c.parent)
			}
		}
	}
	for _, n := range []string{"is", "Is", "eta", "ira", "Ira", "let", "the base", "Wagner", "Khorasan", "Tsarnaev", "", "  ", "North Sinai Province", "National Action Party"} {
		if g, ok := Lookup(n); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", n, g.ID)
		}
	}
	if g, _ := Lookup("gunmen"); g == nil || !g.Generic {
		t.Errorf("Lookup(gunmen) = %v, want a generic descriptor", g)
	}
}

func TestAncestors(t *testing.T) {
	adf := mustID(t, "adf")
	if got := ids(Ancestors(adf)); !slices.Equal(got, []string{"iscap", "islamic-state"}) {
		t.Errorf("Ancestors(adf) = %v", got)
	}
	if got := Ancestors(mustID(t, "islamic-state")); got != nil {
		t.Errorf("Ancestors(islamic-state) = %v, want none", ids(got))
	}
	if !IsA(mustID(t, "al-mourabitoun"), "al-qaeda") || IsA(mustID(t, "hts"), "al-qaeda") {
		t.Error("IsA: wrong lineage")
	}
}

type found struct{ id, text string }

func TestFind(t *testing.T) {
	cases := []struct {
		text string
		want []found
	}{
		{"The attack was claimed by ISIS-K, the Afghan branch of the Islamic State group.",
			[]found{{"iskp", "ISIS-K"}, {"islamic-state", "Islamic State group"}}},
		{"This is the first time he visits the city", nil},
		{"IS claimed the attack", []found{{"islamic-state", "IS"}}},
		{"The claim by IS came hours later.", []found{{"islamic-state", "IS"}}},
		{"THIS IS A TEST OF THE SYSTEM", nil},
		{"Islamic State–Khorasan Province (IS-KP) said its fighters did it.",
			[]found{{"iskp", "Islamic State–Khorasan Province"}, {"iskp", "IS-KP"}}},
		{"The Islamic State's Khorasan Province claimed it.", []found{{"iskp", "Islamic State's Khorasan Province"}}},
		{"Al-Qaeda-linked JNIM and the al-Shabab militants", []found{{"al-qaeda", "Al-Qaeda"}, {"jnim", "JNIM"}, {"al-shabaab", "al-Shabab"}, {"generic-militants", "militants"}}},
		{"Gunmen from Jama'at Nusrat al-Islam wal-Muslimin stormed the base.",
			[]found{{"generic-gunmen", "Gunmen"}, {"jnim", "Jama'at Nusrat al-Islam wal-Muslimin"}}},
		{"He was at the base when The Base recruited him.", []found{{"the-base", "The Base"}}},
		{"Militants in North Sinai Province attacked; Sinai Province claimed it.",
			[]found{{"generic-militants", "Militants"}, {"is-sinai", "Sinai Province"}}},
		{"Razavi Khorasan Province is in Iran.", nil},
		{"a Roth IRA account", nil},
		{"the IRA bomb", []found{{"provisional-ira", "IRA"}}},
		{"Ira Glass hosted the show.", nil},
		{"Let them go, said LeT.", []found{{"lashkar-e-taiba", "LeT"}}},
		{"Islamic State. Group leaders met.", []found{{"islamic-state", "Islamic State"}}},
		{"the crisis deepened", nil},
		{"Daesh, ISIL, Da'ish and ISIS", []found{{"islamic-state", "Daesh"}, {"islamic-state", "ISIL"}, {"islamic-state", "Da'ish"}, {"islamic-state", "ISIS"}}},
		{"M23 rebels seized Goma", []found{{"m23", "M23 rebels"}}},
		{"CPI (Maoist) cadres", []found{{"cpi-maoist", "CPI (Maoist)"}}},
		{"the Black P. Stones and the Gangster Disciples", []found{{"black-p-stones", "Black P. Stones"}, {"gangster-disciples", "Gangster Disciples"}}},
		{"Blood & Honour", []found{{"blood-and-honour", "Blood & Honour"}}},
		{"ETA will be 5 pm; ETA killed him in 1995.", []found{{"eta", "ETA"}, {"eta", "ETA"}}},
		{"PESHAWAR: TTP CLAIMS ATTACK", []found{{"ttp", "TTP"}}},
		{"NO ONE IS IN CUSTODY", nil},
	}
	for _, c := range cases {
		ms := Find(c.text)
		var got []found
		for _, m := range ms {
			if c.text[m.Start:m.End] != m.Text {
				t.Errorf("Find(%q): span %d:%d is %q, Text %q", c.text, m.Start, m.End, c.text[m.Start:m.End], m.Text)
			}
			got = append(got, found{m.Group.ID, m.Text})
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Find(%q)\n got %v\nwant %v", c.text, got, c.want)
		}
	}
}

func TestFindOrderAndOverlap(t *testing.T) {
	text := strings.Repeat("Boko Haram and ISWAP fought; Islamic State West Africa Province won. ", 3)
	ms := Find(text)
	if len(ms) != 9 {
		t.Fatalf("got %d mentions, want 9", len(ms))
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Errorf("mentions %d and %d overlap or are out of order", i-1, i)
		}
	}
}

// kinds is the Kind vocabulary documented on Group.Kind.
var kinds = map[string]bool{
	"jihadist": true, "islamist": true, "ethno-nationalist": true, "left-wing": true,
	"anarchist": true, "right-wing": true, "single-issue": true, "religious": true,
	"rebel": true, "militia": true, "state-backed": true, "cartel": true, "gang": true,
}

// iso3166 are the ISO 3166-1 alpha-2 codes (from Debian's iso-codes), plus
// XK, the user-assigned code in common use for Kosovo.
const iso3166 = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK"

// commonWords are English words that must never be case-insensitive
// single-word aliases of a named group.
var commonWords = map[string]bool{
	"the": true, "base": true, "order": true, "front": true, "path": true, "army": true,
	"party": true, "movement": true, "group": true, "brigade": true, "union": true,
	"action": true, "resistance": true, "tigers": true, "hawks": true, "falcons": true,
	"lions": true, "wolves": true, "kings": true, "angels": true, "outlaws": true,
	"bloods": true, "line": true, "state": true, "islamic": true, "jihad": true,
	"tanzim": true, "lashkar": true, "hezb": true, "khorasan": true, "wagner": true,
	"azov": true, "knights": true, "aleph": true, "qibla": true, "bandidos": true,
	"mongols": true, "simi": true, "fact": true, "amal": true, "red": true, "dawn": true,
}

func TestCatalogueIntegrity(t *testing.T) {
	c := load()
	for _, p := range c.collisions {
		t.Errorf("collision: %s", p)
	}
	valid := make(map[string]bool)
	for _, cc := range strings.Fields(iso3166) {
		valid[cc] = true
	}
	slug := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	active := regexp.MustCompile(`^(\d{4})-(\d{4})?$`)
	named := 0
	seen := make(map[string]bool)
	for _, g := range All() {
		if seen[g.ID] {
			t.Errorf("duplicate id %s", g.ID)
		}
		seen[g.ID] = true
		if !slug.MatchString(g.ID) {
			t.Errorf("%s: id is not a slug", g.ID)
		}
		if len(g.Aliases) == 0 {
			t.Errorf("%s: no aliases", g.ID)
		}
		if strings.TrimSpace(g.Source) == "" {
			t.Errorf("%s: no source note", g.ID)
		}
		for _, a := range g.CaseSensitive {
			if !slices.Contains(g.Aliases, a) {
				t.Errorf("%s: case-sensitive alias %q missing from Aliases", g.ID, a)
			}
		}
		for n, a := range append([]string{g.Name}, g.Aliases...) {
			var tk tokens
			tokenize(a, &tk)
			for i := 1; i < len(tk.toks) && n > 0; i++ {
				if tk.toks[i].flags&brk != 0 {
					t.Errorf("%s: alias %q contains sentence punctuation, Find can never match it", g.ID, a)
					break
				}
			}
			if slices.Contains(g.CaseSensitive, a) || len(tk.toks) != 1 {
				continue
			}
			w := string(tk.lowerOf(0))
			letters := !strings.ContainsAny(w, "0123456789")
			if letters && utf8.RuneCountInString(w) <= 3 && !g.Generic {
				t.Errorf("%s: short alias %q must be case-sensitive", g.ID, a)
			}
			if !g.Generic && commonWords[w] {
				t.Errorf("%s: alias %q is a common word", g.ID, a)
			}
		}
		if g.Generic {
			if g.Parent != "" || g.Kind != "" {
				t.Errorf("%s: a generic descriptor has no parent or kind", g.ID)
			}
			continue
		}
		named++
		if !kinds[g.Kind] {
			t.Errorf("%s: kind %q not in the vocabulary", g.ID, g.Kind)
		}
		if len(g.Countries) == 0 {
			t.Errorf("%s: no countries", g.ID)
		}
		for _, cc := range g.Countries {
			if !valid[cc] {
				t.Errorf("%s: %q is not an ISO 3166-1 alpha-2 code", g.ID, cc)
			}
		}
		if m := active.FindStringSubmatch(g.Active); m == nil {
			t.Errorf("%s: active %q is not YYYY- or YYYY-YYYY", g.ID, g.Active)
		} else if m[2] != "" && m[2] < m[1] {
			t.Errorf("%s: active %q ends before it starts", g.ID, g.Active)
		} else if m[2] != "" && m[2] < "1996" {
			t.Errorf("%s: inactive for more than thirty years (%s)", g.ID, g.Active)
		}
		if g.Parent != "" {
			p, ok := ByID(g.Parent)
			switch {
			case !ok:
				t.Errorf("%s: parent %q does not exist", g.ID, g.Parent)
			case p.Generic:
				t.Errorf("%s: parent %q is generic", g.ID, g.Parent)
			}
			// no cycles: the chain must end at a group without a parent
			anc := Ancestors(g)
			if len(anc) > 0 && anc[len(anc)-1].Parent != "" {
				t.Errorf("%s: parent chain %v has a cycle", g.ID, ids(anc))
			}
		}
		if lg, ok := Lookup(g.Name); !ok || lg != g {
			t.Errorf("%s: Lookup of its own name %q fails", g.ID, g.Name)
		}
		for _, a := range g.Aliases {
			if lg, ok := Lookup(a); !ok || lg != g {
				got := "nothing"
				if ok {
					got = lg.ID
				}
				t.Errorf("%s: Lookup of its alias %q gives %s", g.ID, a, got)
			}
		}
	}
	if named < 250 {
		t.Errorf("%d named groups, want at least 250", named)
	}
	t.Logf("%d named groups, %d generic descriptors", named, len(All())-named)
}

// individuals are perpetrators named in gold files who are people, not
// groups: the catalogue does not cover them.
var individuals = map[string]string{
	"Tsarnaev": "the Boston Marathon bombers (2013), two brothers, not a group",
}

// TestGoldCoverage checks that every perpetrator alias list in the corpus
// gold files has at least one alias the catalogue resolves, and that the
// groups one list resolves to are one lineage (a group and its parents).
func TestGoldCoverage(t *testing.T) {
	dir := os.Getenv("DOSSIER_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpus")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "gold.jsonl"))
	if len(files) == 0 {
		t.Skipf("no gold files under %s", dir)
	}
	type incident struct {
		Perpetrators [][]string `json:"perpetrators"`
	}
	type record struct {
		ID    string      `json:"id"`
		Main  *incident   `json:"main"`
		Other []*incident `json:"other"`
	}
	lists := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var r record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Errorf("%s: %v", f, err)
				continue
			}
			for _, inc := range append([]*incident{r.Main}, r.Other...) {
				if inc == nil {
					continue
				}
				for _, list := range inc.Perpetrators {
					lists++
					var got []*Group
					person := len(list) > 0
					for _, a := range list {
						if g, ok := Lookup(a); ok && !slices.Contains(got, g) {
							got = append(got, g)
						}
						if _, ok := individuals[a]; !ok {
							person = false
						}
					}
					if person {
						t.Logf("%s %s: %v is a person, not a group", filepath.Base(filepath.Dir(f)), r.ID, list)
						continue
					}
					if len(got) == 0 {
						t.Errorf("%s %s: no alias of %v resolves", filepath.Base(filepath.Dir(f)), r.ID, list)
						continue
					}
					for _, a := range got {
						for _, b := range got {
							if !IsA(a, b.ID) && !IsA(b, a.ID) {
								t.Errorf("%s %s: %v resolves to unrelated groups %s and %s", filepath.Base(filepath.Dir(f)), r.ID, list, a.ID, b.ID)
							}
						}
					}
				}
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
	t.Logf("%d perpetrator lists in %d gold files", lists, len(files))
}

func BenchmarkFind(b *testing.B) {
	para := "KABUL (Reuters) - A suicide bomber killed at least 20 people at a mosque on Friday, " +
		"officials said, in an attack claimed by Islamic State Khorasan Province (ISKP), the Afghan " +
		"affiliate of the Islamic State group. The Taliban, who have ruled since 2021, blamed IS-K; " +
		"analysts noted that al-Qaeda and the Haqqani network remain close to the government. " +
		"Elsewhere, gunmen from Boko Haram and ISWAP attacked villages in Borno, while al-Shabaab " +
		"claimed a car bombing in Mogadishu. This is the third such attack this month, police said, " +
		"and residents say they fear more violence as the security situation deteriorates.\n\n"
	text := strings.Repeat(para, 2000) // about 1.2 MB
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if len(Find(text)) == 0 {
			b.Fatal("no mentions")
		}
	}
}
