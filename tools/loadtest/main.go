// Command loadtest measures the JSON API of `dossier serve` under
// concurrent load: -c clients send requests back to back for -d, drawn from
// a mix of incident lists (various filters, sorts and pages), searches and
// single incidents (ids it discovers from the lists first), and it prints
// requests per second and the p50, p95, p99 and max latency of each kind of
// request and overall, with the errors (any status but 200, or a failed
// request).
//
//	go run ./tools/loadtest -url http://127.0.0.1:8080 -c 50 -d 20s
//
// The clients send back to back by default: the server is saturated, and
// the latencies are mostly time spent waiting for a turn (with c clients
// and R requests per second, about c/R each). With -think each client
// pauses between its requests, as people reading pages do, and the
// latencies show what one request costs at that rate. -slowest N lists the
// slowest requests. The exit status is 1 when any request failed.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
	"unicode"
)

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "the server's base `URL`")
	clients := flag.Int("c", 50, "concurrent clients")
	dur := flag.Duration("d", 20*time.Second, "how long to send requests")
	timeout := flag.Duration("timeout", 10*time.Second, "time limit of one request")
	mix := flag.String("mix", "list=4,search=2,incident=4", "relative `weights` of the kinds of request: list, search, incident, articles")
	seed := flag.Uint64("seed", 1, "random seed (the same seed draws the same requests)")
	slowest := flag.Int("slowest", 0, "also print the `N` slowest requests")
	think := flag.Duration("think", 0, "pause of each client between its requests (0: back to back, the server saturated)")
	flag.Parse()
	if flag.NArg() > 0 || *clients < 1 || *dur <= 0 {
		flag.Usage()
		os.Exit(2)
	}
	weights, err := parseMix(*mix)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	}
	client := &http.Client{
		Timeout: *timeout,
		Transport: &http.Transport{
			MaxIdleConns:        *clients * 2,
			MaxIdleConnsPerHost: *clients * 2,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	lt := &loadTest{base: strings.TrimRight(*base, "/"), client: client}
	if err := lt.discover(); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d incidents, %d ids, %d countries, %d groups, %d words to draw from\n",
		lt.base, lt.total, len(lt.ids), len(lt.countries), len(lt.groups), len(lt.words))
	fmt.Printf("%d clients for %s, mix %s, think time %s\n\n", *clients, *dur, *mix, *think)

	ctx, cancel := context.WithTimeout(context.Background(), *dur)
	defer cancel()
	results := make([]*tally, *clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range *clients {
		results[i] = newTally()
		rng := rand.New(rand.NewPCG(*seed, uint64(i)))
		wg.Go(func() { lt.client1(ctx, rng, weights, *think, results[i]) })
	}
	wg.Wait()
	elapsed := time.Since(start)
	all := newTally()
	for _, r := range results {
		all.merge(r)
	}
	all.print(os.Stdout, elapsed)
	if *slowest > 0 {
		all.printSlowest(os.Stdout, *slowest)
	}
	if all.errors() > 0 {
		os.Exit(1)
	}
}

// kinds of request, in the order they are printed.
var kinds = []string{"list", "search", "incident", "articles"}

// parseMix reads "list=4,search=2,incident=4".
func parseMix(s string) (map[string]int, error) {
	w := map[string]int{}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		n, err := strconv.Atoi(v)
		if !ok || err != nil || n < 0 || !slices.Contains(kinds, k) {
			return nil, fmt.Errorf("bad -mix %q: want kind=weight,... with kinds %s", s, strings.Join(kinds, ", "))
		}
		w[k] = n
	}
	return w, nil
}

// loadTest is what the clients share: the server and what discovery found.
type loadTest struct {
	base      string
	client    *http.Client
	total     int      // incidents stored
	ids       []string // incident ids
	countries []string
	groups    []string
	words     []string // words of titles, to search for
}

// summary is what discovery reads of an incident summary.
type summary struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Country      string   `json:"country"`
	Perpetrators []string `json:"perpetrators"`
}

// discover reads a few pages of incidents in several orders to collect
// ids, countries, group names and title words.
func (lt *loadTest) discover() error {
	seen := map[string]bool{}
	words := map[string]int{}
	for _, q := range []string{"sort=date", "sort=-date", "sort=-killed", "sort=-sources", "sort=sources"} {
		for page := 1; page <= 5; page++ {
			var list struct {
				Total     int       `json:"total"`
				Incidents []summary `json:"incidents"`
			}
			if err := lt.getJSON(fmt.Sprintf("/api/incidents?%s&per_page=200&page=%d", q, page), &list); err != nil {
				return fmt.Errorf("discovery: %w", err)
			}
			lt.total = list.Total
			for _, s := range list.Incidents {
				if !seen[s.ID] {
					seen[s.ID] = true
					lt.ids = append(lt.ids, s.ID)
				}
				if s.Country != "" && !slices.Contains(lt.countries, s.Country) {
					lt.countries = append(lt.countries, s.Country)
				}
				for _, g := range s.Perpetrators {
					if !slices.Contains(lt.groups, g) {
						lt.groups = append(lt.groups, g)
					}
				}
				for _, w := range strings.FieldsFunc(s.Title, func(r rune) bool { return !unicode.IsLetter(r) }) {
					if len(w) >= 4 {
						words[strings.ToLower(w)]++
					}
				}
			}
			if len(list.Incidents) < 200 {
				break
			}
		}
	}
	if len(lt.ids) == 0 {
		return errors.New("discovery: the server lists no incidents")
	}
	for w := range words {
		lt.words = append(lt.words, w)
	}
	slices.Sort(lt.words) // a stable order: the seed draws the same words
	if len(lt.countries) == 0 {
		lt.countries = []string{"US"}
	}
	return nil
}

// getJSON decodes the answer to a GET of path.
func (lt *loadTest) getJSON(path string, v any) error {
	res, err := lt.client.Get(lt.base + path)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 512))
		return fmt.Errorf("GET %s: %s: %s", path, res.Status, b)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// request draws one request of the kind.
func (lt *loadTest) request(rng *rand.Rand, kind string) string {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	switch kind {
	case "search":
		return "/api/search?q=" + url.QueryEscape(lt.query(rng))
	case "articles":
		return "/api/articles?q=" + url.QueryEscape(lt.query(rng))
	case "incident":
		return "/api/incidents/" + url.PathEscape(pick(lt.ids))
	}
	v := url.Values{}
	per := []int{20, 50, 50, 100, 200}[rng.IntN(5)]
	v.Set("per_page", strconv.Itoa(per))
	pages := max(1, min(lt.total/per, 100_000/per))
	switch rng.IntN(10) {
	case 0, 1: // the first page, as a list opens
	case 2, 3: // deep pages
		v.Set("page", strconv.Itoa(1+rng.IntN(pages)))
	case 4:
		v.Set("country", pick(lt.countries))
	case 5:
		y := 2010 + rng.IntN(20)
		v.Set("since", strconv.Itoa(y))
		v.Set("until", strconv.Itoa(y+rng.IntN(3)))
	case 6:
		v.Set("min_killed", strconv.Itoa(1+rng.IntN(5)))
	case 7:
		v.Set("q", lt.query(rng))
	case 8:
		if len(lt.groups) > 0 {
			v.Set("group", pick(lt.groups))
		} else {
			v.Set("since", fmt.Sprintf("%d-%02d", 2013+rng.IntN(15), 1+rng.IntN(12)))
		}
	case 9:
		v.Set("country", pick(lt.countries))
		v.Set("min_killed", "1")
		v.Set("page", strconv.Itoa(1+rng.IntN(3)))
	}
	if rng.IntN(2) == 0 {
		v.Set("sort", []string{"date", "-date", "killed", "-killed", "sources", "-sources"}[rng.IntN(6)])
	}
	return "/api/incidents?" + v.Encode()
}

// query draws a search query: one or two words of the titles.
func (lt *loadTest) query(rng *rand.Rand) string {
	if len(lt.words) == 0 {
		return "shooting"
	}
	q := lt.words[rng.IntN(len(lt.words))]
	if rng.IntN(3) == 0 {
		q += " " + lt.words[rng.IntN(len(lt.words))]
	}
	return q
}

// client1 is one client: requests back to back, or think apart, until ctx
// is done. The first request waits a random part of think, so that paced
// clients do not all start at once.
func (lt *loadTest) client1(ctx context.Context, rng *rand.Rand, weights map[string]int, think time.Duration, t *tally) {
	if think > 0 {
		pause(ctx, time.Duration(rng.Int64N(int64(think))))
	}
	sum := 0
	for _, w := range weights {
		sum += w
	}
	for ctx.Err() == nil {
		n := rng.IntN(sum)
		kind := ""
		for _, k := range kinds {
			if n < weights[k] {
				kind = k
				break
			}
			n -= weights[k]
		}
		path := lt.request(rng, kind)
		start := time.Now()
		status, err := lt.get(ctx, path)
		took := time.Since(start)
		if ctx.Err() != nil {
			return // cut by the end of the run: not counted
		}
		t.add(kind, took, status, err, path)
		if think > 0 {
			pause(ctx, think)
		}
	}
}

// pause waits d or until ctx is done.
func pause(ctx context.Context, d time.Duration) {
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-tm.C:
	case <-ctx.Done():
	}
}

// get sends one GET and reads the whole answer.
func (lt *loadTest) get(ctx context.Context, path string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, lt.base+path, nil)
	if err != nil {
		return 0, err
	}
	res, err := lt.client.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	_, err = io.Copy(io.Discard, res.Body)
	return res.StatusCode, err
}

// tally holds one client's (or, merged, all clients') measurements.
type tally struct {
	lat    map[string][]time.Duration
	errs   map[string]int
	sample map[string]string // one error of each kind, to show
	slow   []timed           // the slowest requests, slowest first
}

// timed is one request and how long it took.
type timed struct {
	took time.Duration
	path string
}

// keepSlow is how many of its slowest requests a tally keeps.
const keepSlow = 50

func newTally() *tally {
	return &tally{lat: map[string][]time.Duration{}, errs: map[string]int{}, sample: map[string]string{}}
}

// add records one request.
func (t *tally) add(kind string, took time.Duration, status int, err error, path string) {
	t.lat[kind] = append(t.lat[kind], took)
	t.noteSlow(timed{took, path})
	switch {
	case err != nil:
		t.errs[kind]++
		t.sample[kind] = fmt.Sprintf("%s: %v", path, err)
	case status != http.StatusOK:
		t.errs[kind]++
		t.sample[kind] = fmt.Sprintf("%s: status %d", path, status)
	}
}

// noteSlow keeps r if it is among the keepSlow slowest.
func (t *tally) noteSlow(r timed) {
	if len(t.slow) == keepSlow && r.took <= t.slow[keepSlow-1].took {
		return
	}
	i, _ := slices.BinarySearchFunc(t.slow, r, func(a, b timed) int { return int(b.took - a.took) })
	t.slow = slices.Insert(t.slow, i, r)
	if len(t.slow) > keepSlow {
		t.slow = t.slow[:keepSlow]
	}
}

// printSlowest writes the n slowest requests.
func (t *tally) printSlowest(w io.Writer, n int) {
	fmt.Fprintln(w, "\nslowest requests:")
	for _, r := range t.slow[:min(n, len(t.slow))] {
		fmt.Fprintf(w, "%10s  %s\n", ms(r.took), r.path)
	}
}

// merge adds o's measurements to t.
func (t *tally) merge(o *tally) {
	for _, r := range o.slow {
		t.noteSlow(r)
	}
	for k, l := range o.lat {
		t.lat[k] = append(t.lat[k], l...)
	}
	for k, n := range o.errs {
		t.errs[k] += n
	}
	for k, s := range o.sample {
		t.sample[k] = s
	}
}

// errors returns the number of failed requests.
func (t *tally) errors() int {
	n := 0
	for _, e := range t.errs {
		n += e
	}
	return n
}

// print writes the table of results.
func (t *tally) print(w io.Writer, elapsed time.Duration) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "endpoint\trequests\treq/s\terrors\tp50\tp95\tp99\tmax\t")
	var all []time.Duration
	row := func(name string, l []time.Duration, errs int) {
		slices.Sort(l)
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%d\t%s\t%s\t%s\t%s\t\n", name, len(l), float64(len(l))/elapsed.Seconds(), errs,
			ms(quantile(l, 0.50)), ms(quantile(l, 0.95)), ms(quantile(l, 0.99)), ms(quantile(l, 1)))
	}
	for _, k := range kinds {
		if l := t.lat[k]; len(l) > 0 {
			row(k, l, t.errs[k])
			all = append(all, l...)
		}
	}
	row("all", all, t.errors())
	tw.Flush()
	for _, k := range kinds {
		if s := t.sample[k]; s != "" {
			fmt.Fprintf(w, "error (%s): %s\n", k, s)
		}
	}
}

// quantile returns the q-quantile of sorted durations (nearest rank).
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

// ms prints a duration in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.1fms", float64(d.Microseconds())/1000)
}
