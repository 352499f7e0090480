package gazetteer

import "github.com/dossier-project/dossier/internal/gazetteer/fold"

// Fold returns the key under which the gazetteer files a name: lower case,
// accents removed ("São Tomé" -> "sao tome", "Türkiye" -> "turkiye",
// "Łódź" -> "lodz"), and every run of characters that are neither letters
// nor digits made one space ("Sharm el-Sheikh" -> "sharm el sheikh",
// "U.S." -> "u s", "N'Djamena" -> "n djamena"). Lookups fold their argument
// the same way, so they are case-, accent- and punctuation-insensitive.
func Fold(s string) string { return fold.Fold(s) }

var (
	foldRune   = fold.Rune
	isWordRune = fold.IsWordRune
)

// joinApostrophes returns the key of s with the apostrophes inside words
// removed rather than made spaces ("Sana'a" -> "sanaa"), or "" when that is
// no other key.
func joinApostrophes(s string) string {
	u := fold.Unapostrophe(s)
	if u == "" {
		return ""
	}
	return fold.Fold(u)
}
