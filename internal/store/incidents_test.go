package store

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func ptr(n int) *int { return &n }

func TestIncidentsWriteFilterRemove(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	a := article("a1", "", "Attack", "Gunmen attacked a concert hall near Moscow, killing 137 people.")
	if _, err := s.PutExtracted(ctx, a, &Extraction{Report: []byte(`{"x":1}`), Signature: []byte{1, 2}}); err != nil {
		t.Fatal(err)
	}
	e, err := s.Extraction(ctx, "a1")
	if err != nil || string(e.Report) != `{"x":1}` || !slices.Equal(e.Signature, []byte{1, 2}) {
		t.Fatalf("Extraction = %+v, %v", e, err)
	}
	incs := []Incident{
		{ID: "i1", Date: "2024-03-22", Country: "RU", Killed: ptr(137), Groups: []string{"Islamic State Khorasan Province", "ISIS-K"},
			Title: "Concert hall attack", Articles: []string{"a1"}, Text: "Crocus City Hall Krasnogorsk", Data: []byte(`{"id":"i1"}`)},
		{ID: "i2", Date: "2024-01", Country: "IR", Killed: ptr(94), Articles: []string{"a1"}, Text: "Kerman bombing", Data: []byte(`{"id":"i2"}`)},
		{ID: "i3", Date: "", Country: "AF", Data: []byte(`{"id":"i3"}`)},
	}
	old, _, err := s.IncidentDigests(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.WriteIncidents(ctx, incs, old); err != nil || n != 3 {
		t.Fatalf("WriteIncidents = %d, %v; want 3", n, err)
	}
	old, _, _ = s.IncidentDigests(ctx)
	if n, err := s.WriteIncidents(ctx, incs, old); err != nil || n != 0 {
		t.Fatalf("unchanged WriteIncidents = %d, %v; want 0", n, err)
	}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, dated first", Filter{}, []string{"i2", "i1", "i3"}},
		{"country", Filter{Country: "ru"}, []string{"i1"}},
		{"group alias", Filter{Group: "isis-k"}, []string{"i1"}},
		{"group wildcard is literal", Filter{Group: "%"}, nil},
		{"since", Filter{Since: "2024-02"}, []string{"i1"}},
		{"until month", Filter{Until: "2024-01"}, []string{"i2"}},
		{"min killed", Filter{MinKilled: 100}, []string{"i1"}},
		{"query", Filter{Query: "kerman"}, []string{"i2"}},
		{"hostile query", Filter{Query: `") OR 1=1 --`}, nil},
		{"limit and offset", Filter{Limit: 1, Offset: 1}, []string{"i1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := s.Incidents(ctx, tt.f, func(data []byte) error {
				got = append(got, string(data[7:9]))
				return nil
			})
			if err != nil || !slices.Equal(got, tt.want) {
				t.Errorf("Incidents(%+v) = %v, %v; want %v", tt.f, got, err, tt.want)
			}
		})
	}
	if err := s.RemoveIncidents(ctx, []string{"i2"}); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.IncidentCount(ctx); n != 2 {
		t.Errorf("after remove: %d incidents, want 2", n)
	}
	var hits int
	_ = s.Incidents(ctx, Filter{Query: "kerman"}, func([]byte) error { hits++; return nil })
	if hits != 0 {
		t.Error("a removed incident is still found by full-text search")
	}
}

// TestIncidentOrdersUseIndexes keeps every list order readable from an
// index: a sort of all incidents per page is what made lists slow.
func TestIncidentOrdersUseIndexes(t *testing.T) {
	s := openTest(t)
	for _, sort := range Sorts {
		for _, where := range []string{"", " WHERE i.country = 'US'"} {
			if where != "" && !strings.Contains(sort, "date") {
				continue
			}
			order, err := orderBy(sort)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := s.db.Query(`EXPLAIN QUERY PLAN SELECT i.summary FROM incidents AS i` + where + ` ORDER BY ` + order + ` LIMIT 25`)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			if p := strings.Join(plan, "; "); strings.Contains(p, "TEMP B-TREE") {
				t.Errorf("sort %q%s sorts every row: %s", sort, where, p)
			}
		}
	}
}
