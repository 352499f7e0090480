// Package analyze is dossier's NLP layer: it splits an article's text into
// sentences and finds, in a sentence, the numbers, the casualty figures and
// the dates it states, with byte offsets so that every value can be shown
// with the words it came from.
//
// Everything here is a pure, deterministic function of its input, built on
// one linear tokenizer and bounded look-arounds (no regular expressions), so
// a long page or a table full of digits costs time in proportion to its
// length.
package analyze
