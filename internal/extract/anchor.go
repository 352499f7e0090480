package extract

import (
	"strconv"
	"strings"
	"time"
)

// anchor is the date that relative dates ("on Friday", "on January 3") are
// resolved against: the publication date, else the date in the article's
// URL ("/2016/mar/22/", "/2019/01/27/", "/20210617"), which news sites
// stamp when they publish. A page archived by the Internet Archive before
// its stated publication date is anchored at its capture. day is false
// when the URL gives only a year
// and month: then the anchor is that month's last day, good for "on March
// 24" but not for a weekday.
func anchor(published *time.Time, url string) (t *time.Time, day bool) {
	if published != nil {
		if c := captured(url); c != nil && c.Before(*published) {
			// An archive's copy cannot predate the page: the
			// publication date given is wrong, and the capture bounds it.
			return c, true
		}
		return published, true
	}
	y, m, d := urlDate(url)
	if y == 0 {
		return nil, false
	}
	if d == 0 {
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
		return &last, false
	}
	at := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return &at, true
}

// captured returns the day an Internet Archive address
// ("web.archive.org/web/20160731172938/http://...") was captured, or nil.
func captured(url string) *time.Time {
	_, rest, ok := strings.Cut(url, "web.archive.org/web/")
	if !ok || len(rest) < 8 || !allDigits(rest[:8]) {
		return nil
	}
	t, err := time.Parse("20060102", rest[:8])
	if err != nil {
		return nil
	}
	return &t
}

var monthAbbr = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// urlDate reads a publication date from a URL path: year, month and, when
// given, day; 0, 0, 0 when the path holds none.
func urlDate(url string) (y, m, d int) {
	if i := strings.Index(url, "://"); i >= 0 {
		url = url[i+3:]
	}
	parts := strings.Split(url, "/")
	for i := 1; i < len(parts); i++ {
		p := parts[i]
		// "20210617" or "2021-06-17"
		if v := strings.ReplaceAll(p, "-", ""); len(v) >= 8 && isYear(v[:4]) {
			mo, e1 := strconv.Atoi(v[4:6])
			da, e2 := strconv.Atoi(v[6:8])
			if e1 == nil && e2 == nil && validDay(mo, da) && allDigits(v[:8]) {
				y, _ = strconv.Atoi(v[:4])
				return y, mo, da
			}
		}
		if !isYear(p) || i+1 >= len(parts) {
			continue
		}
		mo, err := strconv.Atoi(parts[i+1])
		if err != nil {
			mo = monthAbbr[strings.ToLower(parts[i+1])]
		}
		if mo < 1 || mo > 12 {
			continue
		}
		y, _ = strconv.Atoi(p)
		if i+2 < len(parts) {
			if da, err := strconv.Atoi(parts[i+2]); err == nil && validDay(mo, da) {
				return y, mo, da
			}
		}
		return y, mo, 0
	}
	return 0, 0, 0
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	y, err := strconv.Atoi(s)
	return err == nil && y >= 1990 && y <= 2100
}

func validDay(m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= 31 }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
