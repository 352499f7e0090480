package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/export"
	"github.com/dossier-project/dossier/internal/store"
)

func runIncidents(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("incidents", "[--db PATH] [--format json|csv|geojson|md] [filters]", stderr)
	db := dbFlag(fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(export.Formats, ", "))
	var f store.Filter
	fs.StringVar(&f.Country, "country", "", "only incidents in this country (ISO alpha-2 `code`)")
	fs.StringVar(&f.Group, "group", "", "only incidents by this perpetrator (a `name` or alias)")
	fs.StringVar(&f.Since, "since", "", "only incidents on or after this `date` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only incidents on or before this `date`")
	fs.IntVar(&f.MinKilled, "min-killed", 0, "only incidents with at least `N` killed")
	fs.StringVar(&f.Query, "q", "", "only incidents matching this full-text `query`")
	fs.IntVar(&f.Limit, "limit", 0, "at most `N` incidents (0: all)")
	if err := parseOnlyFlags(fs, args); err != nil {
		return err
	}
	if !slices.Contains(export.Formats, *format) {
		return fmt.Errorf("%w: unknown format %q (%s)", errUsage, *format, strings.Join(export.Formats, ", "))
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v != "" && !validDate(d.v) {
			return fmt.Errorf("%w: --%s %q is not YYYY, YYYY-MM or YYYY-MM-DD", errUsage, d.name, d.v)
		}
	}
	if f.MinKilled < 0 || f.Limit < 0 {
		return fmt.Errorf("%w: --min-killed and --limit cannot be negative", errUsage)
	}
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var incs []dossier.Fused
	err = st.Incidents(ctx, f, func(data []byte) error {
		var in dossier.Fused
		if err := json.Unmarshal(data, &in); err != nil {
			return fmt.Errorf("stored incident: %w", err)
		}
		incs = append(incs, in)
		return nil
	})
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	if err := export.Write(w, *format, incs); err != nil {
		return err
	}
	return w.Flush()
}

// validDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func validDate(s string) bool {
	const pattern = "0000-00-00"
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if pattern[i] == '-' {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
