package extract

import (
	"strings"
	"testing"
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
