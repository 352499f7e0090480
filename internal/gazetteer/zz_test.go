package gazetteer

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZFind(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("S"), "|") {
		fmt.Println(s)
		for _, m := range Find(s) {
			fmt.Printf("   %q %s %s", m.Text, m.Kind, m.Country.Code)
			if m.Region != nil {
				fmt.Printf(" %s", m.Region.Name)
			}
			if m.City != nil {
				fmt.Printf(" %s %s", m.City.Name, m.City.Feature)
			}
			fmt.Println()
		}
	}
}

func TestZZCounty(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("S"), "|") {
		fmt.Println(s)
		for _, m := range FindCounties(s) {
			fmt.Printf("   %q", m.Text)
			for _, c := range m.Counties {
				fmt.Printf(" %s/%s", c.Name, c.Region.Code)
			}
			fmt.Println()
		}
	}
}
