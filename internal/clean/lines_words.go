package clean

import "strings"

// Languages the stop-word tables know, as bits of a mask.
const (
	langEN uint16 = 1 << iota
	langES
	langFR
	langDE
	langPT
	langIT
	langNL
	langRU
)

// langMask keeps the language bits of a stopWords entry.
const langMask uint16 = 0xFF

// Flags above the language bits of a stopWords entry mark words that make a
// line worth a closer (and slower) look.
const (
	anchorStrong  uint16 = 1 << (8 + iota) // a word of a strongPhrases phrase
	anchorCaption                          // a word of a caption marker: photo, credit
)

// langCodes names each language bit, in bit order.
var langCodes = [...]string{"en", "es", "fr", "de", "pt", "it", "nl", "ru"}

// stopWords maps a lowercase function word to the languages it belongs to
// (the langMask bits), and the anchor words to their flags. The stop-word
// lists are short on purpose: the most frequent words are enough to measure
// how much a line reads like running prose and to guess a language.
var stopWords = buildStopWords(map[uint16]string{
	langEN: `the of and to a in is that for on with as was at by it from be this are
		have has had not but or an which were been they their his her its he she we you
		will would said who after also more than about over into up out there when one
		all can what if no so do did our us them these those some most many such only
		any could should may might just then very while where how because both between
		during against under since before being other said says`,
	langES: `de la que el en y a los del se las por un para con no una su al lo como más
		pero sus le ya o este porque esta entre cuando muy sin sobre también me hasta hay
		donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos
		e esto antes algunos qué unos otro otras otra él tanto esa estos mucho quienes
		nada muchos cual poco ella estas algunas algo fue ha han era son está según tras`,
	langFR: `de la le et les des en un une du est que pour dans qui au pas sur par plus ne
		se ce il sont avec ou mais nous vous ils elle été aux son sa ses cette leur comme
		on lui ont fait aussi être entre sans sous depuis après avant contre selon dont`,
	langDE: `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine
		als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie
		einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein
		wurde sei wurden gegen seit`,
	langPT: `de a o que e do da em um para é com não uma os no se na por mais as dos como
		mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também só pelo
		pela até isso ela entre era depois sem mesmo aos ter seus quem nas foram segundo`,
	langIT: `di e il la che in a per un è non una del della le si con i da dei al gli lo
		sono come più ma anche nel alla ha nella questo ci delle degli sul stato essere
		dopo contro secondo`,
	langNL: `de het een en van in is dat op te zijn met voor niet aan er die maar om ook als
		dan bij of uit nog wel naar door was wordt heeft hij ze zij werd`,
	langRU: `и в не на что он с как а то по это она к но они мы из у же за от о так для бы
		был его было до вы если ли уже или при ещё также более после были была`,
})

// buildStopWords builds stopWords from one list per language and the anchor lists.
func buildStopWords(lists map[uint16]string) map[string]uint16 {
	m := make(map[string]uint16, 600)
	for lang, list := range lists {
		for _, w := range strings.Fields(list) {
			m[w] |= lang
		}
	}
	for _, w := range strings.Fields(`reserved reservados réservés vorbehalten riservati cookies subscribe
		published required reading`) {
		m[w] |= anchorStrong
	}
	for _, w := range strings.Fields(`photo photos foto fotos image credit photograph pictured`) {
		m[w] |= anchorCaption
	}
	return m
}

// isStop reports whether a folded word is a stop word of some language.
func isStop(w string) bool { return stopWords[w]&langMask != 0 }

// nameParticles are the lowercase words a person's or an organisation's name
// may contain without breaking a run of capitalised words.
var nameParticles = map[string]bool{
	"and": true, "y": true, "et": true, "und": true, "e": true, "de": true, "da": true,
	"do": true, "dos": true, "das": true, "del": true, "van": true, "von": true,
	"der": true, "den": true, "bin": true, "ibn": true, "al": true, "el": true,
	"la": true, "le": true, "di": true, "du": true, "&": true, "of": true, "the": true,
}

// sectionWords are the names sites give their sections; a short line made of
// them is navigation.
var sectionWords = map[string]bool{
	"home": true, "news": true, "world": true, "sport": true, "sports": true,
	"business": true, "politics": true, "opinion": true, "culture": true,
	"video": true, "videos": true, "entertainment": true, "lifestyle": true,
	"tech": true, "technology": true, "health": true, "science": true,
	"travel": true, "latest": true, "international": true, "local": true,
	"national": true, "economy": true, "africa": true, "europe": true,
	"asia": true, "americas": true, "arab": true, "us": true, "uk": true,
	"markets": true, "analysis": true, "trends": true, "photos": true,
	"podcasts": true, "podcast": true, "weather": true, "trending": true,
	"noticias": true, "deportes": true, "economía": true, "cultura": true,
	"opinión": true, "actualités": true, "monde": true, "politique": true,
	"nachrichten": true, "politik": true, "wirtschaft": true, "notícias": true,
	"mundo": true, "política": true, "esportes": true, "tribune": true,
	"frontpage": true, "region": true, "regional": true, "features": true,
	"editorial": true, "editorials": true, "columns": true, "blogs": true,
}
