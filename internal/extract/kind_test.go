package extract

import (
	"slices"
	"testing"

	"github.com/dossier-project/dossier"
)

// TestAttackTypes checks the whole set of attack types and the kind of the
// main incident, so that an extra type is a failure too.
func TestAttackTypes(t *testing.T) {
	for _, tc := range []struct {
		name, title, text string
		kind              string
		types             []string
	}{
		{
			// Bombs, then gunmen: a sentence full of blast words is one
			// vote for bombing, not three, so the gunmen are kept.
			name:  "hybrid",
			title: "Nairobi hotel siege is over, president says",
			text: "Militants stormed a hotel complex in Nairobi on Tuesday, killing 14 people, police said.\n\n" +
				"The attack began with an explosion in the car park and then a suicide bomb blast in the lobby.\n\n" +
				"Witnesses said four gunmen entered the building, detonating a large explosion.",
			types: []string{dossier.Bombing, dossier.ArmedAssault},
		},
		{
			// A vest that looked like a bomb tells of no bombing: the
			// sentence has no sign of violence done.
			name:  "hoax-vest",
			title: "Man stabs three on bridge before police shoot him",
			text: "A man stabbed three people on a bridge in Leeds on Friday before police shot him dead.\n\n" +
				"Officers said the man appeared to be wearing an explosive vest.\n\n" +
				"The vest was later found to be a hoax explosive device.",
			types: []string{dossier.ArmedAssault},
		},
		{
			name:  "overran",
			title: "Insurgents seize army base in Mali",
			text: "Insurgents overran an army base in central Mali on Sunday and at least 30 soldiers were killed, two security sources said.\n\n" +
				"Videos showed dozens of fighters inside the camp.",
			types: []string{dossier.ArmedAssault},
		},
		{
			// The police raid is how the plot was foiled, not what the
			// plotters meant to do, and the text does not say that.
			name:  "plot-means-unknown",
			title: "Police foil terror plot in Multan",
			text: "Police foiled a terror plot in Multan on Friday by arresting four suspects.\n\n" +
				"Officers raided a house near the ring road and took the men into custody.\n\n" +
				"The suspects had plans to carry out an attack after the prayers, police said.",
			kind:  "plot",
			types: []string{dossier.Unknown},
		},
		{
			name:  "plot-to-bomb",
			title: "Police foil plot to bomb synagogue in Hamburg",
			text: "German police foiled a plot to bomb a synagogue in Hamburg on Monday, prosecutors said.\n\n" +
				"Officers raided two flats and arrested a 19-year-old man.",
			kind:  "plot",
			types: []string{dossier.Bombing},
		},
		{
			// A vehicle driven into people is an unarmed assault
			// (GTD): no firearm, explosive, fire or blade.
			name:  "vehicle-ramming",
			title: "Van plows into pedestrians in Toronto",
			text: "A man drove a van into pedestrians on a busy street in Toronto on Monday, killing 10 people and injuring 15, police said.\n\n" +
				"The driver was arrested a few blocks away.",
			types: []string{dossier.UnarmedAssault},
		},
		{
			name:  "plot-to-ram",
			title: "Police foil plot to attack Christmas market",
			text: "Police foiled a plot to attack a Christmas market in Cologne on Tuesday, prosecutors said.\n\n" +
				"The suspect had told an informant he wanted to drive a truck into the crowd.",
			kind:  "plot",
			types: []string{dossier.UnarmedAssault},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &dossier.Article{ID: tc.name, Title: tc.title, Text: tc.text, Language: "en", Published: day("2024-05-06")}
			res := Article(a)
			if len(res.Incidents) == 0 || !res.Incidents[0].Main {
				t.Fatalf("no main incident: %+v", res.Incidents)
			}
			m := res.Incidents[0]
			got := slices.Clone(m.AttackTypes)
			slices.Sort(got)
			want := slices.Clone(tc.types)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("attack types %v, want %v", m.AttackTypes, tc.types)
			}
			if m.Kind != tc.kind {
				t.Errorf("kind %q, want %q", m.Kind, tc.kind)
			}
		})
	}
}
