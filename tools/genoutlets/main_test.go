package main

import (
	"os"
	"strings"
	"testing"
)

func TestBaseCall(t *testing.T) {
	for _, tc := range []struct {
		in   string
		call string
		low  bool
	}{
		{"WSMV", "WSMV", false},
		{"KQSL-LD", "KQSL", true},
		{"WMC", "WMC", false},
		{"KPNX-TV", "KPNX", false},
		{"K13PL", "", false}, // a translator
		{"XETV", "", false},  // not a US call sign
	} {
		call, low := baseCall(tc.in)
		if call != tc.call || low != tc.low {
			t.Errorf("baseCall(%q) = %q, %v; want %q, %v", tc.in, call, low, tc.call, tc.low)
		}
	}
}

func TestHost(t *testing.T) {
	for in, want := range map[string]string{
		"www.al.com/birmingham":       "al.com",
		"http://www.WTRF.com":         "wtrf.com",
		"newyork.cbslocal.com/":       "newyork.cbslocal.com",
		"Alaska Broadcast Television": "",
		"wsav.com wsavcw.com":         "",
		"":                            "",
	} {
		if got := host(in); got != want {
			t.Errorf("host(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAgree(t *testing.T) {
	for _, tc := range []struct {
		in   []place
		want place
		ok   bool
	}{
		{[]place{{state: "TN", city: "Nashville"}}, place{state: "TN", city: "Nashville"}, true},
		// Two stations of one state share a site: the state only.
		{[]place{{state: "NC", city: "Charlotte"}, {state: "NC", city: "Kannapolis"}}, place{state: "NC"}, true},
		// A paper with no town beside one with a town: the state only.
		{[]place{{state: "GA"}, {state: "GA", city: "Alpharetta"}}, place{state: "GA"}, true},
		// A station row whose call sign gave no city holds nothing back.
		{[]place{{state: "TN", city: "Nashville"}, {state: "TN", unsure: true}}, place{state: "TN", city: "Nashville"}, true},
		// A network's site in several states: nothing.
		{[]place{{state: "CA", city: "Santa Ana"}, {state: "NY", city: "Poughkeepsie"}}, place{}, false},
	} {
		got, ok := agree(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("agree(%+v) = %+v, %v; want %+v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBuild(t *testing.T) {
	stations := [][]string{
		{"WSMV", "Nashville", "TN", "wsmv.com"},
		{"WAXN-TV", "Kannapolis", "NC", "wsoctv.com"},
		{"WSOC", "Charlotte", "NC", "wsoctv.com"},
		{"KTBN", "Santa Ana", "CA", "tbn.org"},
		{"WTBY", "Poughkeepsie", "NY", "tbn.org"},
	}
	others := [][]string{
		{"WSMV", "TN", "www.wsmv.com/", "TV station"},
		{"Record Searchlight", "CA", "www.redding.com", "Newspapers"},
		{"News Tribune", "WA", "www.thenewstribune.com", "Newspapers"},
		{"Wall Street Journal", "NY", "www.wsj.com", "Newspapers"},
		{"Campus Paper", "CA", "www.campuspaper.edu", "College Newspapers"},
	}
	out := build(stations, others, newCityIndex()).String()
	for _, want := range []string{
		"call\tWSMV\tUS\tTN\tNashville\n",
		"call\tWAXN\tUS\tNC\tKannapolis\n",
		"host\twsmv.com\tUS\tTN\tNashville\n",
		"host\twsoctv.com\tUS\tNC\t\n",
		"host\tredding.com\tUS\tCA\tRedding\n",
		"host\tthenewstribune.com\tUS\tWA\t\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"tbn.org", "wsj.com", "campuspaper"} {
		if strings.Contains(out, bad) {
			t.Errorf("output has %s:\n%s", bad, out)
		}
	}
}

// TestGenerated fails when data/outlets.tsv is not what the committed
// source files make: run `go run ./tools/genoutlets` from the module root.
func TestGenerated(t *testing.T) {
	stations, err := readTSV("stations.tsv", 4)
	if err != nil {
		t.Fatal(err)
	}
	others, err := readTSV("outlets.tsv", 4)
	if err != nil {
		t.Fatal(err)
	}
	want := build(stations, others, newCityIndex()).String()
	got, err := os.ReadFile("../../internal/gazetteer/data/outlets.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Error("internal/gazetteer/data/outlets.tsv is stale: run go run ./tools/genoutlets")
	}
}
