package extract

import (
	"testing"
	"time"
)

func TestURLDate(t *testing.T) {
	for _, tc := range []struct {
		url     string
		y, m, d int
	}{
		{"https://www.theguardian.com/world/2016/mar/22/brussels-airport", 2016, 3, 22},
		{"https://nymag.com/intelligencer/2019/11/london-bridge-attack.html", 2019, 11, 0},
		{"https://allafrica.com/stories/202106170974.html", 2021, 6, 17},
		{"http://example.org/news/2014-02-21-shooting", 2014, 2, 21},
		{"https://example.org/2023/15/40/not-a-date", 0, 0, 0},
		{"https://example.org/article/a563a34cf7a0", 0, 0, 0},
		{"https://example.org/2024/", 0, 0, 0},
		{"", 0, 0, 0},
	} {
		y, m, d := urlDate(tc.url)
		if y != tc.y || m != tc.m || d != tc.d {
			t.Errorf("urlDate(%q) = %d-%d-%d, want %d-%d-%d", tc.url, y, m, d, tc.y, tc.m, tc.d)
		}
	}
}

// TestAnchorCapture: an archived copy bounds its page's publication.
func TestAnchorCapture(t *testing.T) {
	day := func(s string) *time.Time {
		d, _ := time.Parse(time.DateOnly, s)
		return &d
	}
	for _, tc := range []struct {
		published, url, want string
	}{
		{"2017-01-05", "http://web.archive.org/web/20160731172938/http://example.org/news/shooting/", "2016-07-31"},
		{"2016-07-30", "http://web.archive.org/web/20160731172938/http://example.org/news/shooting/", "2016-07-30"},
		{"2016-07-30", "http://example.org/news/shooting/", "2016-07-30"},
		{"2016-07-30", "http://web.archive.org/web/2016/http://example.org/", "2016-07-30"},
	} {
		got, _ := anchor(day(tc.published), tc.url)
		if got == nil || got.Format(time.DateOnly) != tc.want {
			t.Errorf("anchor(%s, %s) = %v, want %s", tc.published, tc.url, got, tc.want)
		}
	}
}
