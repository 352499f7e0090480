// Package dossier holds the domain types shared by every stage of the
// pipeline: acquire turns a SOURCE into Raw records, clean turns a Raw into
// an Article, and the store keeps Articles.
//
// The flow runs one way (see ../shared/DESIGN.md):
//
//	SOURCE ─ acquire ─▶ Raw ─ clean ─▶ Article ─ analyze ─▶ … ─ store
//
// Stages live in internal/ packages named for what they do; this package
// has no behaviour beyond small helpers on the types.
package dossier
