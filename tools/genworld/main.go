// Command genworld converts the Natural Earth country outlines of the npm
// package world-atlas (countries-110m.json, TopoJSON) into the world map the
// web UI embeds: internal/web/static/world.svg, one SVG path in an
// equirectangular projection.
//
// Natural Earth's data is in the public domain ("No permission is needed to
// use Natural Earth. Crediting the authors is unnecessary", naturalearthdata.com);
// world-atlas, which packages it as TopoJSON, is ISC-licensed
// (Copyright 2013-2019 Michael Bostock). The output names both in a comment,
// with the package's version and the SHA-256 of the file read, so it can be
// traced and redone.
//
// The projection is the plate carrée: x = (lon + 180) × 10 and
// y = (90 − lat) × 10, rounded to whole units (0.1°, finer than the 1:110m
// data), so the map's viewBox is 0 0 3600 1800 and a point at (lat, lon) is
// drawn at the same formula by the UI. Points closer than one unit to the
// previous one are dropped, and rings left with fewer than three points.
//
// Usage, from the repository root (the package is pinned in
// tools/genworld/package-lock.json):
//
//	(cd tools/genworld && npm ci)
//	go run ./tools/genworld
//
// Only the output is committed; node_modules is not.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

func main() {
	npm := flag.String("npm", "tools/genworld/node_modules", "the node_modules `directory` holding world-atlas")
	file := flag.String("file", "countries-110m.json", "the world-atlas `file` to read")
	out := flag.String("out", "internal/web/static/world.svg", "the SVG `file` to write")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("genworld: ")

	dir := filepath.Join(*npm, "world-atlas")
	version, err := packageVersion(dir)
	if err != nil {
		log.Fatalf("%v (run `npm ci` in tools/genworld first)", err)
	}
	data, err := os.ReadFile(filepath.Join(dir, *file))
	if err != nil {
		log.Fatal(err)
	}
	var topo Topology
	if err := json.Unmarshal(data, &topo); err != nil {
		log.Fatalf("%s: %v", *file, err)
	}
	rings, err := topo.Rings("countries")
	if err != nil {
		log.Fatalf("%s: %v", *file, err)
	}
	sum := sha256.Sum256(data)
	svg := SVG(rings, fmt.Sprintf("world-atlas %s %s (sha256 %s)", version, *file, hex.EncodeToString(sum[:])))
	if err := os.WriteFile(*out, svg, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s: %d rings, %d bytes", *out, len(rings), len(svg))
}

// packageVersion reads the version of the npm package in dir.
func packageVersion(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return "", err
	}
	var p struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return "", fmt.Errorf("%s/package.json: %w", dir, err)
	}
	if p.Name != "world-atlas" || p.Version == "" {
		return "", fmt.Errorf("%s is not the world-atlas package", dir)
	}
	return p.Version, nil
}

// Topology is the part of a TopoJSON topology genworld reads.
type Topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Objects map[string]Object `json:"objects"`
	Arcs    [][][2]float64    `json:"arcs"`
}

// Object is a TopoJSON geometry object: a collection, a polygon or a
// multipolygon (other types carry no area and are skipped).
type Object struct {
	Type       string          `json:"type"`
	Geometries []Object        `json:"geometries"`
	Arcs       json.RawMessage `json:"arcs"`
}

// Rings returns every ring of the polygons of the named object as
// longitude/latitude points.
func (t *Topology) Rings(name string) ([][][2]float64, error) {
	if t.Type != "Topology" {
		return nil, errors.New("not a TopoJSON topology")
	}
	obj, ok := t.Objects[name]
	if !ok {
		return nil, fmt.Errorf("no object %q", name)
	}
	arcs := t.decodeArcs()
	var rings [][][2]float64
	var walk func(o Object) error
	walk = func(o Object) error {
		var polys [][][]int
		switch o.Type {
		case "GeometryCollection":
			for _, g := range o.Geometries {
				if err := walk(g); err != nil {
					return err
				}
			}
			return nil
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(o.Arcs, &p); err != nil {
				return err
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(o.Arcs, &polys); err != nil {
				return err
			}
		default:
			return nil
		}
		for _, p := range polys {
			for _, ring := range p {
				r, err := ringOf(arcs, ring)
				if err != nil {
					return err
				}
				rings = append(rings, r)
			}
		}
		return nil
	}
	return rings, walk(obj)
}

// decodeArcs turns the quantized, delta-encoded arcs into absolute
// longitude/latitude points.
func (t *Topology) decodeArcs() [][][2]float64 {
	out := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		pts := make([][2]float64, len(arc))
		var x, y float64
		for j, p := range arc {
			if t.Transform == nil {
				pts[j] = p
				continue
			}
			x += p[0]
			y += p[1]
			pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1]}
		}
		out[i] = pts
	}
	return out
}

// ringOf joins a ring's arcs; a negative index ~i is arc i reversed. Each arc
// after the first starts where the previous ended, so its first point is
// skipped.
func ringOf(arcs [][][2]float64, idx []int) ([][2]float64, error) {
	var ring [][2]float64
	for k, i := range idx {
		rev := i < 0
		if rev {
			i = ^i
		}
		if i >= len(arcs) {
			return nil, fmt.Errorf("arc %d out of range", i)
		}
		a := arcs[i]
		pts := make([][2]float64, len(a))
		copy(pts, a)
		if rev {
			for l, r := 0, len(pts)-1; l < r; l, r = l+1, r-1 {
				pts[l], pts[r] = pts[r], pts[l]
			}
		}
		if k > 0 && len(pts) > 0 {
			pts = pts[1:]
		}
		ring = append(ring, pts...)
	}
	return ring, nil
}

// Project returns the map coordinates of a longitude and latitude, in the
// units of the map's viewBox (tenths of a degree).
func Project(lon, lat float64) (x, y int) {
	return int(math.Round((lon + 180) * 10)), int(math.Round((90 - lat) * 10))
}

// SVG renders the rings as one path in an SVG document of viewBox
// 0 0 3600 1800, with a comment naming the data and its licence. Styles are
// presentation attributes: the UI's Content-Security-Policy allows no
// inline style.
func SVG(rings [][][2]float64, source string) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString("<!-- Generated by tools/genworld from " + source + ". Do not edit.\n")
	b.WriteString("     Country outlines: Natural Earth, Admin 0 countries 1:110m, version 4.1.0 (public domain,\n")
	b.WriteString("     naturalearthdata.com), via the npm package world-atlas (ISC, Copyright 2013-2019 Michael Bostock).\n")
	b.WriteString("     Equirectangular: x = (lon + 180) * 10, y = (90 - lat) * 10. -->\n")
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 3600 1800" width="3600" height="1800">` + "\n")
	b.WriteString(`<path id="land" fill="#d8d3c4" stroke="#ffffff" stroke-width="1.2" stroke-linejoin="round" d="`)
	b.WriteString(PathData(rings))
	b.WriteString(`"/>` + "\n</svg>\n")
	return b.Bytes()
}

// PathData returns the SVG path data of the rings: an absolute move to each
// ring's start, then relative line segments, closed.
//
// Natural Earth cuts polygons at the antimeridian, but a ring's points may
// still step from 180° to −180° (Fiji, Chukotka). Each ring is unwrapped so
// that no step exceeds 180° of longitude, then drawn once more shifted by
// 360° where it runs off the map, the viewBox clipping what lies outside.
// A ring that goes once around the globe encircles a pole (Antarctica): it
// is closed along that pole's edge of the map.
func PathData(rings [][][2]float64) string {
	var b []byte
	for _, r := range rings {
		un := unwrap(r)
		if len(un) < 3 {
			continue
		}
		lo, hi := un[0][0], un[0][0]
		for _, p := range un {
			lo, hi = math.Min(lo, p[0]), math.Max(hi, p[0])
		}
		b = appendRing(b, un, 0)
		if hi > 180 {
			b = appendRing(b, un, -360)
		}
		if lo < -180 {
			b = appendRing(b, un, 360)
		}
	}
	return string(b)
}

// unwrap returns the ring with longitudes made continuous, closed along the
// pole when it goes around the globe.
func unwrap(r [][2]float64) [][2]float64 {
	out := make([][2]float64, 0, len(r)+2)
	var shift float64
	for i, p := range r {
		if i > 0 {
			prev := r[i-1][0] + shift
			for p[0]+shift-prev > 180 {
				shift -= 360
			}
			for p[0]+shift-prev < -180 {
				shift += 360
			}
		}
		out = append(out, [2]float64{p[0] + shift, p[1]})
	}
	if len(out) > 1 && math.Abs(out[len(out)-1][0]-out[0][0]) > 180 {
		var lat float64
		for _, p := range out {
			lat += p[1]
		}
		pole := 90.0
		if lat < 0 {
			pole = -90
		}
		out = append(out, [2]float64{out[len(out)-1][0], pole}, [2]float64{out[0][0], pole})
	}
	return out
}

// appendRing appends one ring, its longitudes shifted by dlon, projected.
func appendRing(b []byte, r [][2]float64, dlon float64) []byte {
	var pts [][2]int
	for _, p := range r {
		x, y := Project(p[0]+dlon, p[1])
		if n := len(pts); n > 0 && pts[n-1] == [2]int{x, y} {
			continue
		}
		pts = append(pts, [2]int{x, y})
	}
	if n := len(pts); n > 1 && pts[0] == pts[n-1] {
		pts = pts[:n-1]
	}
	if len(pts) < 3 {
		return b
	}
	b = append(b, 'M')
	b = strconv.AppendInt(b, int64(pts[0][0]), 10)
	b = appendNum(b, pts[0][1])
	b = append(b, 'l')
	for i := 1; i < len(pts); i++ {
		b = appendNum(b, pts[i][0]-pts[i-1][0])
		b = appendNum(b, pts[i][1]-pts[i-1][1])
	}
	return append(b, 'z')
}

// appendNum appends n with the separator it needs: a negative sign
// separates on its own.
func appendNum(b []byte, n int) []byte {
	if n >= 0 && len(b) > 0 {
		if c := b[len(b)-1]; c >= '0' && c <= '9' {
			b = append(b, ' ')
		}
	}
	return strconv.AppendInt(b, int64(n), 10)
}
