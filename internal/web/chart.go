package web

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
)

// chart is the figures-over-time chart of an incident, laid out on the
// server: coordinates in the units of its viewBox.
type chart struct {
	W, H                     int
	Left, Right, Top, Bottom float64
	XTicks                   []tick
	YTicks                   []tick
	Points                   []chartPoint
	Lines                    []chartLine
	Desc                     string
}

// tick is one labelled tick of an axis.
type tick struct {
	Pos   float64
	Label string
}

// chartPoint is one figure in the chart.
type chartPoint struct {
	X, Y   float64
	Kind   string
	Claim  bool
	Anchor string
	Title  string
}

// chartLine joins the highest count of each publication day of one kind.
type chartLine struct {
	Kind   string
	Points string
}

// figureChart lays out the figures by publication date (undated reports
// first, as the best-value rule counts them) and value; nil without
// figures.
func figureChart(figs []figureView) *chart {
	if len(figs) == 0 {
		return nil
	}
	c := &chart{W: 880, H: 300, Left: 60, Right: 864, Top: 16, Bottom: 248}
	// The x positions of the publication dates.
	var dates []string
	undated := false
	maxV := 1
	for _, f := range figs {
		if f.Published == "" {
			undated = true
		} else if !slices.Contains(dates, f.Published) {
			dates = append(dates, f.Published)
		}
		maxV = max(maxV, f.Value)
	}
	slices.Sort(dates)
	xOf := map[string]float64{}
	lo, hi := c.Left+36, c.Right-36
	if undated {
		xOf[""] = c.Left + 36
		c.XTicks = append(c.XTicks, tick{Pos: xOf[""], Label: "undated"})
		lo = c.Left + 120
		if len(dates) == 0 {
			lo = xOf[""]
		}
	}
	if len(dates) > 0 {
		t0, _, _ := parseDate(dates[0])
		t1, _, _ := parseDate(dates[len(dates)-1])
		span := t1.Sub(t0).Hours()
		for _, d := range dates {
			t, _, _ := parseDate(d)
			x := (lo + hi) / 2
			if span > 0 {
				x = lo + (hi-lo)*t.Sub(t0).Hours()/span
			}
			xOf[d] = x
		}
		// Label at most about eight dates, evenly picked, never two
		// closer than 70 units.
		step := max(1, (len(dates)+7)/8)
		last := math.Inf(-1)
		for i, d := range dates {
			if (i%step == 0 || i == len(dates)-1) && xOf[d]-last >= 70 {
				c.XTicks = append(c.XTicks, tick{Pos: xOf[d], Label: chartDate(d, t0, t1)})
				last = xOf[d]
			}
		}
	}
	// The y scale: 0 to a round number.
	top, stepV := niceScale(maxV)
	yOf := func(v int) float64 { return c.Bottom - (c.Bottom-c.Top)*float64(v)/float64(top) }
	for v := 0; v <= top; v += stepV {
		c.YTicks = append(c.YTicks, tick{Pos: yOf(v), Label: formatInt(v)})
	}
	// Points; those that would overlap are spread sideways.
	seen := map[string]int{}
	for _, f := range figs {
		x, y := xOf[f.Published], yOf(f.Value)
		key := fmt.Sprintf("%s|%.0f|%.0f", f.Kind, x, y)
		n := seen[key]
		seen[key]++
		if n > 0 {
			off := float64((n+1)/2) * 9
			if n%2 == 1 {
				off = -off
			}
			x += off
		}
		t := formatInt(f.Value) + " " + f.Kind
		if q := qualifierLabel(f.Qualifier); q != "" {
			t = q + " " + t
		}
		pub := f.Publisher
		if pub == "" {
			pub = "unknown publisher"
		}
		t += " — " + pub + ", " + formatDate(f.Published)
		if f.Published == "" {
			t = strings.TrimSuffix(t, "undated") + "no publication date"
		}
		if f.Claim {
			t += " (a claim)"
		}
		c.Points = append(c.Points, chartPoint{X: x, Y: y, Kind: f.Kind, Claim: f.Claim, Anchor: f.Anchor, Title: t})
	}
	// Lines through the highest count of each day, per kind.
	order := append([]string{""}, dates...)
	var desc []string
	for _, kind := range []string{"killed", "injured"} {
		var pts []string
		var vals []string
		for _, d := range order {
			best := -1
			for _, f := range figs {
				if f.Kind == kind && f.Published == d && !f.Claim {
					best = max(best, f.Value)
				}
			}
			if best >= 0 {
				pts = append(pts, strconv.FormatFloat(xOf[d], 'f', 1, 64)+","+strconv.FormatFloat(yOf(best), 'f', 1, 64))
				vals = append(vals, formatInt(best)+" ("+shortDate(d)+")")
			}
		}
		if len(pts) > 1 {
			c.Lines = append(c.Lines, chartLine{Kind: kind, Points: strings.Join(pts, " ")})
		}
		if len(vals) > 0 {
			desc = append(desc, "Highest "+kind+" count by publication day: "+strings.Join(vals, ", ")+".")
		}
	}
	c.Desc = strings.Join(desc, " ")
	return c
}

// chartDate labels a date on the chart's axis: day and month, with the
// year when the dates span more than one.
func chartDate(d string, t0, t1 time.Time) string {
	t, p, _ := parseDate(d)
	switch {
	case p < 3:
		return shortDate(d)
	case t0.Year() != t1.Year():
		return t.Format("2 Jan 06")
	}
	return t.Format("2 Jan")
}

// niceScale returns a round top for values up to v and a step that divides
// it into at most five parts.
func niceScale(v int) (top, step int) {
	for m := 1; ; m *= 10 {
		for _, k := range []int{1, 2, 5} {
			step = k * m
			top = (v + step - 1) / step * step
			if top/step <= 5 {
				if top == v && top/step < 5 {
					top += step // room above the highest point
				}
				return top, step
			}
		}
	}
}

// locator is the small map of an incident's page: a window of the world
// map around the point.
type locator struct {
	ViewBox string
	X, Y    float64
}

// project returns the world map's coordinates of a point (see
// tools/genworld).
func project(lat, lon float64) (x, y float64) {
	return (lon + 180) * 10, (90 - lat) * 10
}

// newLocator centres a 60° by 30° window on the point, kept on the map.
func newLocator(lat, lon float64) *locator {
	x, y := project(lat, lon)
	const w, h = 600.0, 300.0
	x0 := math.Max(0, math.Min(3600-w, x-w/2))
	y0 := math.Max(0, math.Min(1800-h, y-h/2))
	return &locator{ViewBox: fmt.Sprintf("%.0f %.0f %.0f %.0f", x0, y0, w, h), X: x, Y: y}
}
