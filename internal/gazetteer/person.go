package gazetteer

// personWords returns the folded words that the text uses in people's
// names or as streets, so that a place of the same name is not read into
// them: "Charlotte Zaremba, 16,", "Dana Remaley ... Remaley said" and
// "Winthrop Street ... the shooting on Winthrop".
//
// Three signs mark a name. An age after a comma marks the capitalised
// words before it ("Henry Jackson, 18,"); "named" or "identified as"
// marks those after it ("a woman named Mary"). A place name followed by a
// capitalised word that is no place, where that word also stands alone
// elsewhere in the text, is a given name before a surname: news names a
// person in full once and by surname after. A word the text writes after
// "the" is not taken for a surname ("the Tribune").
func (f *finder) personWords(text string, toks []token, buf []byte) map[string]bool {
	var persons map[string]bool
	mark := func(t token) {
		if persons == nil {
			persons = map[string]bool{}
		}
		persons[string(buf[t.fs:t.fe])] = true
	}
	adjacent := func(k int) bool { // toks[k-1] and toks[k] are two capitalised words of one name
		return k > 0 && toks[k-1].upper && toks[k].upper && spaceOnly(text[toks[k-1].end:toks[k].start])
	}
	// Streets: a one-word name before "Street", "Avenue"...
	for k := 1; k < len(toks); k++ {
		if toks[k].upper && streetWords[string(buf[toks[k].fs:toks[k].fe])] && adjacent(k) && !adjacent(k-1) {
			if e := f.index[string(buf[toks[k-1].fs:toks[k-1].fe])]; e != nil && !bigCity(e.cands) {
				mark(toks[k-1]) // "Chicago Avenue" leaves "CHICAGO (AP)" alone
			}
		}
	}
	// Car models: "a GMC Yukon ... the driver of the Yukon".
	for k := 1; k < len(toks); k++ {
		if carModel(text, toks, buf, k) {
			mark(toks[k])
		}
	}
	// Ages.
	for k := 1; k < len(toks); k++ {
		if !toks[k].upper || !ageAfter(text, int(toks[k].end)) || !adjacent(k) {
			continue
		}
		for j := k; j >= 0 && j > k-3; j-- {
			mark(toks[j])
			if !adjacent(j) {
				break
			}
		}
	}
	// "a woman named Mary", "identified as Tyler Reese": the words after
	// a naming word.
	for k := 1; k < len(toks); k++ {
		if !toks[k].upper || !spaceOnly(text[toks[k-1].end:toks[k].start]) {
			continue
		}
		w := string(buf[toks[k-1].fs:toks[k-1].fe])
		if w == "named" || w == "as" && k > 1 && string(buf[toks[k-2].fs:toks[k-2].fe]) == "identified" {
			for j := k; j < len(toks) && j < k+3; j++ {
				mark(toks[j])
				if j+1 >= len(toks) || !adjacent(j+1) {
					break
				}
			}
		}
	}
	// Surnames standing alone: first the place names before a capitalised
	// word that is no place ("Dana Remaley"), then, if there are any, the
	// words the text writes alone.
	var pairs []int // k: toks[k-1] is the given name, toks[k] the surname
	for k := 1; k < len(toks); k++ {
		if !adjacent(k) || k+1 < len(toks) && adjacent(k+1) || toks[k-1].caps {
			continue
		}
		given, sur := string(buf[toks[k-1].fs:toks[k-1].fe]), string(buf[toks[k].fs:toks[k].fe])
		if f.index[sur] != nil || f.index[given] == nil || f.index[given+" "+sur] != nil {
			continue
		}
		pairs = append(pairs, k)
	}
	if len(pairs) == 0 {
		return persons
	}
	alone := map[string]bool{}
	for k, t := range toks {
		if !t.upper || t.caps || adjacent(k) || k+1 < len(toks) && adjacent(k+1) {
			continue
		}
		if k > 0 && string(buf[toks[k-1].fs:toks[k-1].fe]) == "the" {
			continue
		}
		alone[string(buf[t.fs:t.fe])] = true
	}
	for _, k := range pairs {
		if alone[string(buf[toks[k].fs:toks[k].fe])] {
			mark(toks[k-1])
		}
	}
	return persons
}

// ageAfter reports whether text[end:] gives an age: ", 16," or ", 23 ".
func ageAfter(text string, end int) bool {
	rest := text[end:]
	if len(rest) < 4 || rest[0] != ',' || rest[1] != ' ' {
		return false
	}
	n := 0
	for n < 4 && 2+n < len(rest) && rest[2+n] >= '0' && rest[2+n] <= '9' {
		n++
	}
	if n == 0 || n > 3 {
		return false
	}
	if 2+n == len(rest) {
		return true
	}
	switch rest[2+n] {
	case ',', ' ', ')', '.', ';':
		return true
	}
	return false
}
