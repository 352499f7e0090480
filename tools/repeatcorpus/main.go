// Command repeatcorpus writes a large JSON Lines corpus for load tests by
// repeating the records of a JSON Lines corpus (id, url, title, published,
// text) with perturbations until there are -n records: each repetition gets
// new ids (and no URL), publication dates moved 400 days later per repetition,
// and an edition mark at the head of the text, so that no two records are
// identical and
// each repetition reads as another stretch of news.
//
//	go run ./tools/repeatcorpus -n 200000 ../shared/corpus/gva-dev/articles.jsonl > big.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"
)

type record struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text"`
}

func main() {
	n := flag.Int("n", 200000, "number of records to write")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: repeatcorpus [-n N] CORPUS.jsonl")
		os.Exit(2)
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var base []record
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		base = append(base, r)
	}
	if len(base) == 0 {
		fmt.Fprintln(os.Stderr, "repeatcorpus: no records")
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	for i := 0; i < *n; i++ {
		rep, r := i/len(base), base[i%len(base)]
		r.ID = fmt.Sprintf("%s-r%d", r.ID, rep)
		if rep > 0 {
			// The store knows an article by its URL as well as its text:
			// a repetition has no URL of its own (archive.org URLs
			// normalise to the page they archive).
			r.URL = ""
		}
		if t, err := time.Parse(time.DateOnly, r.Published); err == nil {
			r.Published = t.AddDate(0, 0, 400*rep).Format(time.DateOnly)
		}
		// At the head of the first paragraph, where the cleaner keeps
		// it (a closing line of its own may be dropped as furniture).
		r.Text = fmt.Sprintf("(Edition %d) %s", rep, r.Text)
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
