package dossier

import "encoding/json"

// Attack types, the GTD vocabulary of INTERFACE.md.
const (
	Assassination    = "assassination"
	ArmedAssault     = "armed_assault"
	Bombing          = "bombing"
	Hijacking        = "hijacking"
	HostageBarricade = "hostage_barricade"
	Kidnapping       = "kidnapping"
	FacilityAttack   = "facility_attack"
	UnarmedAssault   = "unarmed_assault"
	// Unknown is the type of a foiled plot whose means the text does not
	// give (GTD's "Unknown").
	Unknown = "unknown"
)

// Perpetrator roles.
const (
	RoleClaimed    = "claimed"    // the group claimed it
	RoleAttributed = "attributed" // officials attributed it to the group
	RoleSuspected  = "suspected"  // the group is suspected or said to be behind it
)

// Incident is one incident as one article tells it (INTERFACE.md). Empty
// strings and nil pointers are printed as JSON null: unknown, not guessed.
type Incident struct {
	Main         bool          `json:"main"`
	Kind         string        `json:"kind,omitempty"`        // "attack" (default), "plot" (foiled), "arrest"
	Date         string        `json:"date"`                  // ISO 8601 at the precision the text gives
	DateSource   string        `json:"date_source,omitempty"` // DateText or DatePublished; "" when Date is
	Country      string        `json:"country"`               // ISO 3166-1 alpha-2
	Region       string        `json:"region"`
	City         string        `json:"city"`
	Place        string        `json:"place"`
	Lat          *float64      `json:"lat"`
	Lon          *float64      `json:"lon"`
	AttackTypes  []string      `json:"attack_types"`
	Suicide      bool          `json:"suicide"`
	Weapons      []string      `json:"weapons"`
	Targets      []string      `json:"targets"`
	Perpetrators []Perpetrator `json:"perpetrators"`
	Killed       *int          `json:"killed"`
	Injured      *int          `json:"injured"`
	Figures      []Figure      `json:"figures"`
	Evidence     []int         `json:"evidence"`
}

// The values of Incident.DateSource.
const (
	// DateText marks a date the text states: "on Friday", "June 3, 2016".
	DateText = "text"
	// DatePublished marks a date that is the article's publication day,
	// because the text states none: news tells of what just happened, but
	// a follow-up weeks later ("Third man pleads guilty in bar shooting")
	// is dated so too.
	DatePublished = "published"
)

// Perpetrator is a group named as having carried out or claimed an incident.
type Perpetrator struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Parent  string   `json:"parent,omitempty"`
	Role    string   `json:"role"`
}

// Figure is one casualty figure found in the text, with who gave it.
type Figure struct {
	Kind      string `json:"kind"` // "killed" or "injured"
	Value     int    `json:"value"`
	Qualifier string `json:"qualifier"` // exact, at_least, more_than, about, nearly, up_to; vague for "scores", "dozens"
	By        string `json:"by"`        // who gave it, "" when the text does not say
	Claim     bool   `json:"claim,omitempty"`
	Sentence  int    `json:"sentence"`
}

// Quote is a direct quote or reported speech with its speaker.
type Quote struct {
	Speaker     string `json:"speaker"`
	Affiliation string `json:"affiliation"`
	Text        string `json:"text"`
	Direct      bool   `json:"direct"`
	Sentence    int    `json:"sentence"`
}

// MarshalJSON prints empty strings as null and empty lists as [].
func (in Incident) MarshalJSON() ([]byte, error) {
	type plain Incident
	out := struct {
		plain
		Date    *string `json:"date"`
		Country *string `json:"country"`
		Region  *string `json:"region"`
		City    *string `json:"city"`
		Place   *string `json:"place"`
	}{plain: plain(in), Date: null(in.Date), Country: null(in.Country),
		Region: null(in.Region), City: null(in.City), Place: null(in.Place)}
	empty(&out.AttackTypes, &out.Weapons, &out.Targets)
	empty(&out.Perpetrators)
	empty(&out.Figures)
	empty(&out.Evidence)
	return json.Marshal(out)
}

// MarshalJSON prints an unknown giver as null.
func (f Figure) MarshalJSON() ([]byte, error) {
	type plain Figure
	return json.Marshal(struct {
		plain
		By *string `json:"by"`
	}{plain(f), null(f.By)})
}

// MarshalJSON prints an unknown speaker or affiliation as null.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	return json.Marshal(struct {
		plain
		Speaker     *string `json:"speaker"`
		Affiliation *string `json:"affiliation"`
	}{plain(q), null(q.Speaker), null(q.Affiliation)})
}

// empty makes each nil list an empty one, so that it prints as [].
func empty[T any](lists ...*[]T) {
	for _, l := range lists {
		if *l == nil {
			*l = []T{}
		}
	}
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
