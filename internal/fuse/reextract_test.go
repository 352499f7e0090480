package fuse

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dossier-project/dossier/internal/batch"
	"github.com/dossier-project/dossier/internal/store"
)

// fixtureSources are the repository's own articles (written for its tests,
// not taken from the corpus) that the report tests read.
var fixtureSources = []string{
	"../api/testdata/articles.jsonl",
	"../web/testdata/kano-herald.txt",
	"../web/testdata/kano-copy.txt",
	"../web/testdata/kano-update.txt",
	"../web/testdata/peshawar.txt",
	"../../cmd/dossier/testdata/fusion",
}

// reportsDigest is the digest of the reports of fixtureSources by the rules
// of ReportVersion (see TestReportVersion).
const reportsDigest = "16c11b486742c3089ff24cb40615b631ee136ad031c5478db2e459bd3133aa63"

// TestReportVersion: when the reports of the fixtures change, the rules
// changed, and ReportVersion must be raised so that stored extractions
// are redone; then set reportsDigest to the digest this test prints.
func TestReportVersion(t *testing.T) {
	h := sha256.New()
	var names []string
	reports := map[string][]byte{}
	err := batch.Run(context.Background(), fixtureSources, batch.Options{Workers: 1, Extract: true, Prepare: Prepare},
		func(r batch.Result) error {
			if r.Err != nil {
				return r.Err
			}
			p := r.Prepared.(prepared)
			if p.err != nil {
				return p.err
			}
			names = append(names, r.Article.Source)
			reports[r.Article.Source] = p.x.Report
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(names)
	for _, n := range names {
		h.Write([]byte(filepath.Base(n)))
		h.Write(reports[n])
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != reportsDigest {
		t.Errorf("the reports of the fixtures changed (digest %s, want %s): if the rules changed, raise ReportVersion (now %d) and set reportsDigest",
			got, reportsDigest, ReportVersion)
	}
}

// TestReextract: a database whose extractions were made by older rules
// has them redone from the stored articles, giving the reports a fresh
// ingest gives, and the same incidents.
func TestReextract(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := Ingest(ctx, st, fixtureSources...); err != nil {
		t.Fatal(err)
	}
	before := map[string]string{}
	if err := st.Extractions(ctx, func(e *store.Extracted) error {
		x, err := st.Extraction(ctx, e.Article)
		if err != nil {
			return err
		}
		before[e.Article] = string(x.Report)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	incidents := func() []string {
		var out []string
		if err := st.Incidents(ctx, store.Filter{}, func(data []byte) error {
			out = append(out, string(data))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		slices.Sort(out)
		return out
	}
	fused := incidents()

	// An older dossier's rows: another version, and reports the present
	// rules would not make.
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE extractions SET version = 0, report = '{"Incidents":[]}', keys = ''`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Fused as they are, the old rows make other incidents (none here).
	if _, err := Refresh(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got := incidents(); slices.Equal(got, fused) {
		t.Fatalf("the old rows fused into the same incidents: the test proves nothing")
	}

	rs, err := Reextract(ctx, st, 2)
	if err != nil {
		t.Fatal(err)
	}
	if rs.Stale != len(before) || rs.Redone != len(before) || len(rs.Failed) != 0 {
		t.Fatalf("re-extract: %+v, want %d redone", rs, len(before))
	}
	for id, want := range before {
		x, err := st.Extraction(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if string(x.Report) != want {
			t.Errorf("%s: the redone report differs from a fresh ingest's", id)
		}
		if x.Version != ReportVersion {
			t.Errorf("%s: version %d, want %d", id, x.Version, ReportVersion)
		}
	}
	if _, err := Refresh(ctx, st); err != nil {
		t.Fatal(err)
	}
	if got := incidents(); !slices.Equal(got, fused) {
		t.Errorf("the incidents after re-extraction differ from a fresh ingest's")
	}
	if rs, err := Reextract(ctx, st, 2); err != nil || rs.Stale != 0 {
		t.Errorf("a second re-extract found %d stale (err %v), want none", rs.Stale, err)
	}
}
