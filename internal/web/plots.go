package web

import (
	"cmp"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/store"
)

// plotted reads the incidents the map and the timeline draw: the
// deadliest MaxPlotted of those f selects, and how many f selects.
func (s *site) plotted(r *http.Request, f store.Filter) ([]dossier.Summary, int, error) {
	ctx := r.Context()
	total, err := s.st.CountIncidents(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	f.Sort, f.Limit, f.Offset = "-killed", MaxPlotted, 0
	var out []dossier.Summary
	err = s.st.IncidentSummaries(ctx, f, func(b []byte) error {
		var sum dossier.Summary
		if err := json.Unmarshal(b, &sum); err != nil {
			return err
		}
		out = append(out, sum)
		return nil
	})
	return out, total, err
}

// dot is one incident drawn on the map or the timeline.
type dot struct {
	X, Y, R float64
	Href    string
	Title   string
	Unknown bool // the number killed is not known
	Focus   bool
}

// mapPage is the data of the map.
type mapPage struct {
	Panel     filterPanel
	ViewBox   string
	Scale     float64 // the viewBox's width over the whole map's
	Dots      []dot
	Total     int
	Shown     int
	NoCoords  int
	Truncated bool
	Top       []dossier.Summary
	Legend    []legendItem
	FitLink   string
	WorldLink string
	Fitted    bool
	Focus     *dossier.Summary
}

// legendItem is one size of circle the map's legend shows.
type legendItem struct {
	Killed int
	R      float64
}

// mapRadius is the radius of an incident's circle, in world-map units at
// full scale: the area grows with the number killed.
func mapRadius(killed *int) float64 {
	if killed == nil {
		return 12
	}
	return math.Min(90, 14+4*math.Sqrt(float64(*killed)))
}

func (s *site) worldMap(w http.ResponseWriter, r *http.Request) {
	fm, f, errs := parseForm(r.URL.Query())
	f.Sort = "-killed"
	sums, total, err := s.plotted(r, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := mapPage{Total: total, Truncated: total > len(sums), Shown: len(sums)}
	focusID := r.URL.Query().Get("focus")
	var focus *dossier.Summary
	if focusID != "" {
		// The focused incident is drawn even when the filters leave it out.
		data, err := s.st.IncidentByID(r.Context(), focusID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			errs = append(errs, "There is no incident "+truncate(focusID, 40)+" to show.")
		case err != nil:
			s.fail(w, r, err)
			return
		default:
			var fu dossier.Fused
			if err := json.Unmarshal(data, &fu); err != nil {
				s.fail(w, r, err)
				return
			}
			sum := dossier.Summarize(&fu)
			if sum.Lat != nil && sum.Lon != nil {
				focus = &sum
				p.Focus = focus
			} else {
				errs = append(errs, "That incident has no coordinates.")
			}
		}
	}
	var x0, y0, x1, y1 = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i := range sums {
		sm := &sums[i]
		if sm.Lat == nil || sm.Lon == nil {
			p.NoCoords++
			continue
		}
		if focus != nil && sm.ID == focus.ID {
			continue
		}
		x, y := project(*sm.Lat, *sm.Lon)
		x0, y0, x1, y1 = math.Min(x0, x), math.Min(y0, y), math.Max(x1, x), math.Max(y1, y)
		p.Dots = append(p.Dots, dot{X: x, Y: y, R: mapRadius(sm.Killed), Href: "/incidents/" + sm.ID,
			Title:   describe(sm.Title, sm.Date, placeOf(sm.Place, sm.City, sm.Region, sm.Country), sm.Killed, sm.Injured),
			Unknown: sm.Killed == nil})
		if len(p.Top) < 20 {
			p.Top = append(p.Top, *sm)
		}
	}
	if focus != nil {
		x, y := project(*focus.Lat, *focus.Lon)
		p.Dots = append(p.Dots, dot{X: x, Y: y, R: mapRadius(focus.Killed), Href: "/incidents/" + focus.ID,
			Title:   describe(focus.Title, focus.Date, placeOf(focus.Place, focus.City, focus.Region, focus.Country), focus.Killed, focus.Injured),
			Unknown: focus.Killed == nil, Focus: true})
	}
	// The big circles first, so the small ones stay clickable on top;
	// the focused one last of all.
	slices.SortStableFunc(p.Dots, func(a, b dot) int {
		if a.Focus != b.Focus {
			if a.Focus {
				return 1
			}
			return -1
		}
		return cmp.Compare(b.R, a.R)
	})
	// The window: the world without Antarctica; around the focused
	// incident; or fitted to the incidents drawn.
	vx, vy, vw, vh := 0.0, 60.0, 3600.0, 1440.0
	switch {
	case focus != nil:
		x, y := project(*focus.Lat, *focus.Lon)
		vw, vh = 900, 450
		vx, vy = clamp(x-vw/2, 0, 3600-vw), clamp(y-vh/2, 0, 1800-vh)
		p.Fitted = true
	case r.URL.Query().Get("fit") != "" && len(p.Dots) > 0:
		pad := 80.0
		vw = math.Max(x1-x0+2*pad, 500)
		vh = math.Max(y1-y0+2*pad, 250)
		// Keep the map's 2.5:1 shape.
		if vw/vh > 2.5 {
			vh = vw / 2.5
		} else {
			vw = vh * 2.5
		}
		vw, vh = math.Min(vw, 3600), math.Min(vh, 1440)
		vx = clamp((x0+x1)/2-vw/2, 0, 3600-vw)
		vy = clamp((y0+y1)/2-vh/2, 0, 1800-vh)
		p.Fitted = true
	}
	p.ViewBox = fmt.Sprintf("%.0f %.0f %.0f %.0f", vx, vy, vw, vh)
	p.Scale = vw / 3600
	// Circles keep their size on screen whatever the window: scale them
	// with it (but not below a third, so a zoomed map shows more).
	k := math.Max(p.Scale, 0.33)
	for i := range p.Dots {
		p.Dots[i].R *= k
	}
	for _, n := range []int{1, 10, 100, 1000} {
		p.Legend = append(p.Legend, legendItem{Killed: n, R: mapRadius(&n) / 4})
	}
	p.FitLink = fm.Link("/map", "fit", "1", "sort", "")
	p.WorldLink = fm.Link("/map", "sort", "")
	p.Panel = s.panel(r, fm, "/map", false, errs)
	s.render(w, r, http.StatusOK, "map", frame{Title: "Map", Nav: navMap, Query: fm.Q, Data: p})
}

// killed0 is the number killed, -1 when unknown.
func killed0(s *dossier.Summary) int {
	if s.Killed == nil {
		return -1
	}
	return *s.Killed
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }

// lane is one row of the timeline.
type lane struct {
	Label       string // the group or country
	Short       string // the label as drawn: shortened, with the count
	Href        string
	Y           float64
	Count       int
	First, Last string
	Dots        []dot
}

// timelinePage is the data of the timeline.
type timelinePage struct {
	Panel     filterPanel
	By        string
	ByGroup   string // link to the timeline by group
	ByCountry string // link to the timeline by country
	W, H      int
	LabelW    float64
	PlotR     float64 // the right end of the lanes
	AxisY     float64
	Lanes     []lane
	Ticks     []tick
	Total     int
	Shown     int
	Undated   int
	Truncated bool
	Others    int // lanes merged into the last one
}

// maxLanes is how many lanes the timeline draws; the rest are merged.
const maxLanes = 15

// timelineTime places a date at the middle of what it names.
func timelineTime(d string) (time.Time, bool) {
	t, p, ok := parseDate(d)
	switch {
	case !ok:
		return t, false
	case p == 1:
		return t.AddDate(0, 6, 0), true
	case p == 2:
		return t.AddDate(0, 0, 14), true
	}
	return t, true
}

func (s *site) timeline(w http.ResponseWriter, r *http.Request) {
	fm, f, errs := parseForm(r.URL.Query())
	by := r.URL.Query().Get("by")
	switch by {
	case "":
		by = "group"
	case "group", "country":
	default:
		errs = append(errs, "Lanes are by group or by country; by group is shown.")
		by = "group"
	}
	sums, total, err := s.plotted(r, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p := timelinePage{By: by, Total: total, Shown: len(sums), Truncated: total > len(sums), W: 1000, LabelW: 210}
	type entry struct {
		sum *dossier.Summary
		t   time.Time
	}
	byLane := map[string][]entry{}
	href := map[string]string{}
	var t0, t1 time.Time
	for i := range sums {
		sm := &sums[i]
		t, ok := timelineTime(sm.Date)
		if !ok {
			p.Undated++
			continue
		}
		if t0.IsZero() || t.Before(t0) {
			t0 = t
		}
		if t1.IsZero() || t.After(t1) {
			t1 = t
		}
		var keys []string
		if by == "group" {
			for _, name := range sm.Perpetrators {
				keys = append(keys, name)
				href[name] = groupURL(name)
			}
			if len(keys) == 0 {
				keys = []string{"Unattributed"}
			}
		} else {
			k := countryName(sm.Country)
			if k == "" {
				k = "Country unknown"
			} else {
				href[k] = fm.Link("/timeline", "country", sm.Country, "by", "country", "sort", "")
			}
			keys = []string{k}
		}
		for _, k := range keys {
			byLane[k] = append(byLane[k], entry{sm, t})
		}
	}
	names := make([]string, 0, len(byLane))
	for k := range byLane {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(byLane[b]), len(byLane[a])), cmp.Compare(a, b))
	})
	if len(names) > maxLanes {
		rest := names[maxLanes-1:]
		p.Others = len(rest)
		var merged []entry
		for _, k := range rest {
			merged = append(merged, byLane[k]...)
		}
		other := "Other (" + strconv.Itoa(len(rest)) + ")"
		byLane[other] = merged
		names = append(names[:maxLanes-1:maxLanes-1], other)
	}
	if t0.Equal(t1) {
		t0, t1 = t0.AddDate(0, 0, -30), t1.AddDate(0, 0, 30)
	}
	// A little room at both ends.
	pad := t1.Sub(t0) / 40
	t0, t1 = t0.Add(-pad), t1.Add(pad)
	const laneH, top = 44.0, 12.0
	plotL, plotR := p.LabelW+10, float64(p.W)-16
	p.PlotR = plotR
	xOf := func(t time.Time) float64 {
		return plotL + (plotR-plotL)*float64(t.Sub(t0))/float64(t1.Sub(t0))
	}
	for i, k := range names {
		ln := lane{Label: k, Href: href[k], Y: top + laneH*float64(i) + laneH/2, Count: len(byLane[k])}
		ln.Short = truncate(k, 24) + " (" + formatInt(ln.Count) + ")"
		es := byLane[k]
		slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(killed0(b.sum), killed0(a.sum)) })
		for _, e := range es {
			sm := e.sum
			if ln.First == "" || sm.Date < ln.First {
				ln.First = sm.Date
			}
			if sm.Date > ln.Last {
				ln.Last = sm.Date
			}
			rad := 5.0
			if sm.Killed != nil {
				rad = math.Min(22, 5+1.6*math.Sqrt(float64(*sm.Killed)))
			}
			ln.Dots = append(ln.Dots, dot{X: xOf(e.t), Y: ln.Y, R: rad, Href: "/incidents/" + sm.ID,
				Title:   describe(sm.Title, sm.Date, placeOf(sm.Place, sm.City, sm.Region, sm.Country), sm.Killed, sm.Injured),
				Unknown: sm.Killed == nil})
		}
		p.Lanes = append(p.Lanes, ln)
	}
	p.AxisY = top + laneH*float64(len(names)) + 4
	p.H = int(p.AxisY) + 30
	if len(names) > 0 {
		for _, tk := range timeTicks(t0, t1) {
			p.Ticks = append(p.Ticks, tick{Pos: xOf(tk.t), Label: tk.label})
		}
	}
	p.ByGroup = fm.Link("/timeline", "by", "group", "sort", "")
	p.ByCountry = fm.Link("/timeline", "by", "country", "sort", "")
	p.Panel = s.panel(r, fm, "/timeline", false, errs)
	p.Panel.Hidden = [][2]string{{"by", by}}
	s.render(w, r, http.StatusOK, "timeline", frame{Title: "Timeline", Nav: navTimeline, Query: fm.Q, Data: p})
}

// timeTick is a tick of the time axis.
type timeTick struct {
	t     time.Time
	label string
}

// timeTicks returns at most about ten round ticks between t0 and t1:
// years, months or days, whichever fits.
func timeTicks(t0, t1 time.Time) []timeTick {
	var out []timeTick
	days := t1.Sub(t0).Hours() / 24
	switch {
	case days > 3*365:
		step := max(1, int(math.Ceil(days/365/10)))
		for y := t0.Year() + 1; y <= t1.Year(); y++ {
			if y%step == 0 {
				out = append(out, timeTick{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), strconv.Itoa(y)})
			}
		}
	case days > 60:
		step := max(1, int(math.Ceil(days/30.4/10)))
		for _, s := range []int{1, 2, 3, 6, 12} {
			if s >= step {
				step = s
				break
			}
		}
		t := time.Date(t0.Year(), t0.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0)
		for ; t.Before(t1); t = t.AddDate(0, 1, 0) {
			if (int(t.Month())-1)%step == 0 {
				l := t.Format("Jan")
				if t.Month() == time.January || len(out) == 0 {
					l = t.Format("Jan 2006")
				}
				out = append(out, timeTick{t, l})
			}
		}
	default:
		step := max(1, int(math.Ceil(days/10)))
		for _, s := range []int{1, 2, 7, 14} {
			if s >= step {
				step = s
				break
			}
		}
		t := time.Date(t0.Year(), t0.Month(), t0.Day(), 0, 0, 0, 0, time.UTC).AddDate(0, 0, 1)
		for i := 0; t.Before(t1); t, i = t.AddDate(0, 0, 1), i+1 {
			if i%step == 0 {
				out = append(out, timeTick{t, t.Format("2 Jan")})
			}
		}
	}
	return out
}
