package analyze

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func ds(dates []Date) string {
	var parts []string
	for _, d := range dates {
		p := fmt.Sprintf("%s/%d", d.Value, d.Precision)
		if d.Relative {
			p += "r"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

func TestDates(t *testing.T) {
	pub := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct{ in, want string }{
		{"Gunmen attacked the hall on Friday.", "2024-03-22/3r"},
		{"Gunmen attacked the hall Friday night.", "2024-03-22/3r"},
		{"It happened late Friday.", "2024-03-22/3r"},
		{"The attack took place last Friday, 22 March, in a concert hall.", "2024-03-22/3r"},
		{"Friday's attack shocked the city.", "2024-03-22/3r"},
		{"It happened on Monday.", "2024-03-25/3r"},
		{"It happened last Monday.", "2024-03-18/3r"},
		{"He will speak next Monday.", ""},
		{"On January 3, two bombers struck.", "2024-01-03/3r"},
		{"On Jan. 3 two bombers struck.", "2024-01-03/3r"},
		{"On December 28 a bomb exploded.", "2023-12-28/3r"},
		{"He was shot May 10 after a dispute.", "2023-05-10/3r"},
		{"It was March 22, 2024 when it happened.", "2024-03-22/3"},
		{"On 22 March 2024 it happened.", "2024-03-22/3"},
		{"On the 22nd of March 2024 it happened.", "2024-03-22/3"},
		{"Dated 2024-03-22 in the file.", "2024-03-22/3"},
		{"Dated 3/22/2024 in the file.", "2024-03-22/3"},
		{"The city was attacked in 2015.", "2015/1"},
		{"It was founded in August 2021.", "2021-08/2"},
		{"It was founded in August, 2021.", "2021-08/2"},
		{"during the evacuation in the summer of 2021", "2021/1"},
		{"Attacks grew in early 2015.", "2015/1"},
		{"It was quiet until mid-2015.", "2015/1"},
		{"It happened last year.", "2023/1r"},
		{"It happened yesterday.", "2024-03-24/3r"},
		{"It happened today.", "2024-03-25/3r"},
		{"Shots rang out last night.", "2024-03-24/3r"},
		{"It happened earlier this month.", "2024-03/2r"},
		{"It happened last month.", "2024-02/2r"},
		{"It happened two years ago.", "2022/1r"},
		{"It happened this week.", ""},
		{"Bombs exploded in July.", "2023-07/2r"},
		{"Sunday morning, March 1, 2015, was cold.", "2015-03-01/3"},
		{"Jacob reports at 11 p.m. Friday, May 23, 2014.", "2014-05-23/3"},
		{"Two bombs went off early on Sunday (Jan 27) morning.", "2024-01-27/3r"},
		{"Believers marked Palm Sunday at the church.", ""},
		{"It happened in the 1900 block of Elm Street.", ""},
		{"The 2,015 people were evacuated.", ""},
		{"The plan runs to 2031.", ""},
		{"Police may arrest him.", ""},
		{"The 2014 shooting left four dead.", "2014/1"},
		{"Copyright 2014 CBS.", "2014/1"},
		{"It was at 5:30 p.m. Sunday.", "2024-03-24/3r"},
	}
	for _, tc := range tests {
		got := ds(Dates(tc.in, &pub))
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDatesWithoutPublication(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Gunmen attacked the hall on Friday.", ""},
		{"On January 3, two bombers struck.", ""},
		{"It happened last year.", ""},
		{"It was March 22, 2024 when it happened.", "2024-03-22/3"},
		{"The city was attacked in 2015.", "2015/1"},
		{"Moscow on Friday, March 22, 2024.", "2024-03-22/3"},
	}
	for _, tc := range tests {
		got := ds(Dates(tc.in, nil))
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestDateSpans(t *testing.T) {
	pub := time.Date(2024, 3, 25, 0, 0, 0, 0, time.UTC)
	s := "The attack took place last Friday, 22 March, in a concert hall."
	d := Dates(s, &pub)
	if len(d) != 1 || d[0].Text != "last Friday, 22 March" || s[d[0].Start:d[0].End] != d[0].Text {
		t.Errorf("got %+v", d)
	}
}
