package groups_test

import (
	"fmt"

	"github.com/dossier-project/dossier/internal/groups"
)

func ExampleFind() {
	text := "The attack was claimed by ISIS-K, the Afghan branch of the Islamic State group."
	for _, m := range groups.Find(text) {
		fmt.Printf("%d-%d %q -> %s\n", m.Start, m.End, m.Text, m.Group.ID)
	}
	// Output:
	// 26-32 "ISIS-K" -> iskp
	// 59-78 "Islamic State group" -> islamic-state
}

func ExampleLookup() {
	g, _ := groups.Lookup("Islamic State – Khorasan Province")
	fmt.Println(g.ID, g.Name)
	for _, a := range groups.Ancestors(g) {
		fmt.Println("  part of", a.ID)
	}
	// Output:
	// iskp Islamic State Khorasan Province
	//   part of islamic-state
}
