package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalFieldFloor: --min-field-of fails the run when that one field
// falls below its floor, and only then.
func TestEvalFieldFloor(t *testing.T) {
	article := `{"id": "a1", "url": "https://www.example.com/news/1", "title": "Man shot dead outside store", "published": "2016-04-18", ` +
		`"text": "HOUSTON — A man was shot and killed Friday night outside a convenience store, police said.\n\nNo arrests have been made."}` + "\n"
	gold := func(city string) string {
		return `{"id": "a1", "published": "2016-04-18", "main": {"date": "2016-04-15", "country": "US", "region": "Texas", "city": ["` + city +
			`"], "perpetrators": null, "killed": 1, "injured": 0, "attack_type": null, "suicide": null, "claims": []}, "other": null}` + "\n"
	}
	for _, tc := range []struct {
		city    string
		args    []string
		wantErr string
	}{
		{"Houston", []string{"--min-field-of", "city=1", "--min-field-of", "country=1"}, ""},
		{"Dallas", nil, ""},
		{"Dallas", []string{"--min-field-of", "country=1"}, ""},
		{"Dallas", []string{"--min-field-of", "city=0.5"}, "city accuracy 0.000 is below the floor 0.500"},
		{"Dallas", []string{"--min-field", "0.5"}, "city accuracy"},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "articles.jsonl"), []byte(article), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte(gold(tc.city)), 0o644); err != nil {
			t.Fatal(err)
		}
		var out, errb bytes.Buffer
		args := append(append([]string{"--misses=false"}, tc.args...), dir)
		err := runEval(context.Background(), args, &out, &errb)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("gold %s, %v: %v\n%s", tc.city, tc.args, err, out.String())
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("gold %s, %v: error %v, want %q", tc.city, tc.args, err, tc.wantErr)
		}
	}
	var errb bytes.Buffer
	if err := runEval(context.Background(), []string{"--min-field-of", "colour=1", t.TempDir()}, &bytes.Buffer{}, &errb); err == nil {
		t.Error("an unknown field was accepted")
	}
}
