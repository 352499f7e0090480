package analyze

import (
	"fmt"
	"strings"
	"testing"
)

func ns(nums []Number) string {
	var parts []string
	for _, n := range nums {
		p := fmt.Sprintf("%d", n.Value)
		if n.Qualifier != "exact" {
			p += " " + n.Qualifier
		}
		if n.Vague {
			p += " vague"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

func TestNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"137 people", "137"},
		{"1,200 people", "1200"},
		{"two men", "2"},
		{"twenty-one victims", "21"},
		{"twenty one victims", "21"},
		{"two hundred and fifty soldiers", "250"},
		{"a hundred people", "100"},
		{"1.5 million refugees", "1500000"},
		{"a dozen people", "12 about"},
		{"dozens of people", "24 vague"},
		{"scores of people", "40 vague"},
		{"scores more were injured", "40 vague"},
		{"test scores improved", ""},
		{"hundreds of people", "200 vague"},
		{"several people", "3 vague"},
		{"at least 133 dead", "133 at_least"},
		{"more than 130", "130 more_than"},
		{"over 20 people", "20 more_than"},
		{"upwards of 50", "50 more_than"},
		{"around 300", "300 about"},
		{"some 40 people", "40 about"},
		{"roughly 12", "12 about"},
		{"nearly 600 people", "600 nearly"},
		{"almost 30", "30 nearly"},
		{"up to 10 people", "10 up_to"},
		{"as many as 49 people", "49 up_to"},
		{"130 or more", "130 at_least"},
		// not counts
		{"Paul Dunne, 23, was arrested", ""},
		{"a 3-year-old boy", ""},
		{"a 3 year old boy", ""},
		{"aged 19", ""},
		{"between the ages of 20 and 25", ""},
		{"at 5:30 p.m.", ""},
		{"at 1 a.m.", ""},
		{"at 11 pm", ""},
		{"in 2015", ""},
		{"on May 23", ""},
		{"on 23 March", ""},
		{"in the 1900 block of Elm Street", ""},
		{"at 300 West 1st Street", ""},
		{"bond of $1,000,000", ""},
		{"20 percent", ""},
		{"20%", ""},
		{"a .45 caliber pistol", ""},
		{"a 9 mm handgun", ""},
		{"on Route 9", ""},
		{"call 911", ""},
		{"call (323) 890-5500", ""},
		{"no one was hurt", ""},
		{"the 2,015 people", "2015"},
		{"Image 10 of 10", ""},
	}
	for _, tc := range tests {
		got := ns(Numbers(tc.in))
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNumberSpans(t *testing.T) {
	s := "Officials said at least 133 people died."
	nums := Numbers(s)
	if len(nums) != 1 {
		t.Fatalf("got %v", nums)
	}
	if n := nums[0]; n.Text != "at least 133" || s[n.Start:n.End] != n.Text {
		t.Errorf("span %d:%d %q", n.Start, n.End, n.Text)
	}
}
