package extract

import (
	"strings"
	"testing"

	"github.com/dossier-project/dossier"
)

func TestDateContext(t *testing.T) {
	for _, tc := range []struct {
		sentence, date string
		want           int
	}{
		{"Thomas allegedly shot and killed two men on May 10 after a dispute.", "May 10", ctxEvent},
		{"Tony Thomas was taken into custody on Thursday and charged with murder.", "Thursday", ctxAfter},
		{"The gunman killed three people, police said Tuesday.", "Tuesday", ctxAfter},
		{"Investigators said on Sunday that the man fled.", "Sunday", ctxAfter},
		{"INDIANAPOLIS (July 3, 2015) – One man has died after a shooting.", "July 3, 2015", ctxStamp},
		{"Updated: Friday, June 6, 2014 6:23 PM EDT", "Friday, June 6, 2014", ctxStamp},
		{"Milley spoke during a news conference Thursday afternoon.", "Thursday", ctxAfter},
		{"The weather was fine on Monday.", "Monday", ctxNone},
		// "charged" inside "discharged" is no cue: cues start words.
		{"He was cleaning a handgun Saturday when it discharged.", "Saturday", ctxNone},
		{"Deputy Jason Hagen died Friday after a shooting in Franklin.", "Friday", ctxAfter},
		{"She died Wednesday at University Hospital.", "Wednesday", ctxDeath},
		{"A man was shot Tuesday after an argument.", "Tuesday", ctxEvent},
		// A charge's name is not the killing; a possessive day is the event's.
		{"A teen was charged with murder Thursday in the death of a clerk.", "Thursday", ctxAfter},
		{"The man accused of shooting up the crab fest in April was freed.", "April", ctxEvent},
		{"Police held a press conference Tuesday on Friday's officer-involved shooting.", "Friday's", ctxEvent},
		{"He was found guilty in March of the murder of three people.", "March", ctxAfter},
		{"The trial of a man charged in the fatal shooting is to begin Tuesday.", "Tuesday", ctxAfter},
		{"He will be arraigned Monday in the shooting death of his neighbour.", "Monday", ctxAfter},
	} {
		lower := strings.ToLower(tc.sentence)
		i := strings.Index(lower, strings.ToLower(tc.date))
		if i < 0 {
			t.Fatalf("%q not in %q", tc.date, tc.sentence)
		}
		if got, _ := dateContext(lower, i, i+len(tc.date)); got != tc.want {
			t.Errorf("dateContext(%q, %q) = %d, want %d", tc.sentence, tc.date, got, tc.want)
		}
	}
}

func TestMainDateTimeline(t *testing.T) {
	for _, tc := range []struct {
		name, published, text, want string
	}{
		{"clock-beats-telling", "2015-01-30",
			"A 3-year-old boy was hurt after finding a gun on the floor of a house, police said Friday.\n\n" +
				"The call came in at 11:42 a.m. Monday from the 4200 block of Spaulding Place.", "2015-01-26"},
		{"death-after-shooting", "2016-12-09",
			"Deputy Jason Hagen died Friday after a shooting in Franklin.\n\n" +
				"Troopers say the shooting happened around 10 p.m. Thursday.", "2016-12-08"},
		{"month-refined-to-day", "2014-06-13",
			"A man has been arrested for the killing of two men in May.\n\n" +
				"He allegedly shot and killed the two men on May 10 after a dispute.", "2014-05-10"},
		{"month-refined-by-event-sentence", "2016-09-20",
			"Two officers killed a 6-year-old boy and critically wounded his father after a car chase on November 3, 2015.\n\n" +
				"A video showed the killing of the boy last November.", "2015-11-03"},
		{"verdict-is-not-the-attack", "2019-08-20",
			"The man who helped plan the bombing was jailed on Tuesday for at least 40 years.\n\n" +
				"He was found guilty in June of the murder of the 15 people who died when a bomb exploded at a rail station on 4 May 2016.", "2016-05-04"},
		{"year-refined-by-clock", "2016-11-03",
			"High School Shooting 2016: a student shot himself in a parking lot.\n\n" +
				"The call came in just after 3 p.m. on November 2, police said.", "2016-11-02"},
	} {
		d := annotate(&dossier.Article{Title: "Shooting", Published: day(tc.published), Text: tc.text})
		if got, _, _ := d.mainDate(); got != tc.want {
			t.Errorf("%s: mainDate = %s, want %s", tc.name, got, tc.want)
		}
	}
}
