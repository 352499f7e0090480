package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A two-arc square, quantized and delta-encoded, with one arc reversed.
const square = `{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
 "objects":{"countries":{"type":"GeometryCollection","geometries":[
  {"type":"Polygon","arcs":[[0,-2]]},{"type":"Point","coordinates":[0,0]}]}},
 "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]]}`

func TestRings(t *testing.T) {
	var topo Topology
	if err := json.Unmarshal([]byte(square), &topo); err != nil {
		t.Fatal(err)
	}
	rings, err := topo.Rings("countries")
	if err != nil {
		t.Fatal(err)
	}
	if len(rings) != 1 {
		t.Fatalf("rings = %v", rings)
	}
	want := [][2]float64{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}
	if len(rings[0]) != len(want) {
		t.Fatalf("ring = %v, want %v", rings[0], want)
	}
	for i := range want {
		if rings[0][i] != want[i] {
			t.Fatalf("ring = %v, want %v", rings[0], want)
		}
	}
	if _, err := topo.Rings("land"); err == nil {
		t.Error("a missing object is no error")
	}
}

func TestPathData(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rings [][][2]float64
		want  string
	}{
		{"square", [][][2]float64{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}},
			"M1800 900l100 0 0-100-100 0z"},
		{"too small", [][][2]float64{{{0, 0}, {0.01, 0}, {0, 0.01}}}, ""},
		// Across the antimeridian: drawn on both edges of the map.
		{"antimeridian", [][][2]float64{{{179, 0}, {-179, 0}, {-179, 1}, {179, 1}}},
			"M3590 900l20 0 0-10-20 0zM-10 900l20 0 0-10-20 0z"},
		// Around the south pole: closed along the bottom edge.
		{"pole", [][][2]float64{{{-180, -80}, {0, -70}, {180, -80}, {-180, -80}}},
			"M0 1700l1800-100 1800 100 0 100-3600 0z"},
	} {
		if got := PathData(tc.rings); got != tc.want {
			t.Errorf("%s: PathData = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSVGNamesItsSource(t *testing.T) {
	svg := string(SVG(nil, "world-atlas test"))
	for _, s := range []string{"Natural Earth", "public domain", "world-atlas test", `viewBox="0 0 3600 1800"`} {
		if !strings.Contains(svg, s) {
			t.Errorf("SVG lacks %q", s)
		}
	}
}
