package clean

import "strings"

// phraseClass is what a boilerplate phrase says about the line it is found in.
type phraseClass uint8

// The phrase classes.
const (
	phraseNone phraseClass = iota
	// phraseFurniture: the line is page furniture (share, subscribe, ads).
	phraseFurniture
	// phraseBreak: the line heads a box of links (related articles, most
	// read) that follows an article or interrupts it: the body runs past
	// it only when a substantial part of the article follows.
	phraseBreak
	// phraseEnd: the line heads what comes after an article and never
	// inside it (comments, tags, the author box, "Source link", the next
	// post): the body does not run past it.
	phraseEnd
)

// phraseMode says where in a line a phrase must be to count.
type phraseMode uint8

// The phrase modes.
const (
	modeWhole phraseMode = iota // the phrase is the whole line
	modeStart                   // the line starts with the phrase
	modeAny                     // the phrase is anywhere in a short line
)

// maxPhraseWords bounds the lines weak phrases are looked for in: a longer
// line is prose, and "share" or "comments" inside it say nothing.
const maxPhraseWords = 20

// boilerplate lists the phrases, lowercase, by mode and class. Words are
// matched whole, so "share" does not match "shareholders"; punctuation and
// digits around them are ignored ("Comments (3)", "Share on FacebookShare").
var boilerplate = []struct {
	mode    phraseMode
	class   phraseClass
	phrases string // one phrase per line
}{
	{modeWhole, phraseFurniture, `
		advertisement
		advertisements
		advertising
		ad
		ads
		sponsored
		sponsored content
		publicidad
		publicité
		anzeige
		werbung
		publicidade
		pubblicità
		share
		shares
		tweet
		whatsapp
		facebook
		twitter
		x
		linkedin
		telegram
		pinterest
		reddit
		email
		e mail
		print
		copy link
		login
		log in
		log out
		sign in
		sign up
		register
		subscribe
		subscribe now
		menu
		search
		close
		home
		no result
		view all result
		must read
		read more
		show more
		load more
		keep reading
		continue reading
		read without limits
		i am already a subscriber
		already a subscriber
		sections
		about us
		contact
		contact us
		privacy
		privacy policy
		terms of use
		terms of service
		terms and conditions
		cookie policy
		cookie settings
		accept cookies
		loading
		video
		photo
		photos
		watch
		listen
		remote video url
		trends 24h
		latest
		latest news
		back to top
		skip to content
		skip to main content
		toggle navigation
		follow us
		share this
		share this article
		share this story
		print this article
		email this article
		add new playlist
		go to mobile version
		welcome back
		forgotten password
		forgot password
		retrieve your password
		log in to your account
		login to your account below
		video channel
		banner
		english
		español
		français
		deutsch
		português
		compartir
		partager
		teilen
		compartilhar
		condividi
		suscríbete
		abonnez vous
		abonnieren
		assine
		inicio
		accueil
		startseite
		buscar
		rechercher
		suche
		pesquisar
		cerrar
		fermer
		schließen
		fechar
		weather
		today
		breaking
		breaking news
		live
		top stories
		editor's picks
		editors picks
		more
		next
		previous
		prev
		back
		open
		highlights`},
	{modeWhole, phraseBreak, `
		newsletter
		newsletters
		related
		related articles
		related article
		related posts
		related post
		related news
		related stories
		related content
		related topics
		recommended
		recommended for you
		you may like
		you may also like
		you might also like
		more articles
		more stories
		more news
		latest article
		latest articles
		latest stories
		most popular
		most read
		most viewed
		popular posts
		popular
		latest headlines
		top headlines
		read next
		up next
		what to read next
		more from
		also on
		trending now
		in other news
		don't miss
		dont miss
		more in
		further reading
		noticias relacionadas
		artículos relacionados
		relacionados
		te puede interesar
		lo más leído
		más leídas
		articles similaires
		sur le même sujet
		à lire aussi
		mehr zum thema
		das könnte sie auch interessieren
		leia também
		veja também
		notícias relacionadas
		mais lidas`},
	{modeWhole, phraseEnd, `
		source link
		leave a reply
		leave a comment
		post a comment
		add a comment
		comments
		comment
		previous post
		next post
		previous article
		next article
		previous story
		next story
		tags
		tagged
		topics
		about the author
		about the writer
		author
		comentarios
		commentaires
		kommentare
		comentários
		commenti
		newspaper archive`},
	{modeStart, phraseFurniture, `
		share on
		share via
		share with
		share this
		share the
		tweet this
		read more
		read also
		also read
		read the full
		see also
		click here
		tap here
		sign up
		subscribe to
		subscribe for
		follow us
		follow our
		follow all
		photo credit
		image credit
		image source
		main photo source
		photo source
		play video
		watch now
		watch video
		listen to
		get the latest
		get our
		this article is more than
		this article was published
		lea también
		lee también
		te puede interesar
		lire aussi
		lire la suite
		leia também
		leia mais
		veja também
		mehr zum thema
		lesen sie auch
		auch interessant
		advertisement
		sponsored
		listen to this article
		reading time
		min read
		minute read
		minutes read
		story continues below
		article continues below
		continue reading
		we use cookies
		this site uses cookies
		this website uses cookies
		please enter
		please log in
		please login
		please sign in
		please wait
		enter your email
		already have an account
		don't have an account
		not a subscriber
		now you can see
		opens in new window
		open in app
		copy link
		print this
		email this
		all news articles on
		most popular
		most read
		you may like
		you may also like`},
	{modeStart, phraseBreak, `
		related articles
		related posts
		related news
		related stories
		more from
		you might also like
		recommended for you`},
	{modeStart, phraseEnd, `
		tagged
		tags
		filed under
		topics
		about the author
		source link
		leave a reply
		subscribe to continue reading`},
	{modeAny, phraseFurniture, `
		share on facebook
		share on twitter
		share on whatsapp
		share on linkedin
		share on x
		sign up for
		subscribe to our
		our newsletter
		weekly newsletter
		daily newsletter
		newsletter
		all rights reserved
		access this content
		premium content
		valid email address
		email address will not be published
		required fields are marked
		click here
		download the app
		app store
		google play
		cookies
		cookie policy
		privacy policy
		terms of service
		terms of use
		javascript
		your browser
		log in to
		login to your account
		create an account
		create a free account
		already a subscriber
		already have an account
		to continue reading
		reset your password
		enter your email
		username or email
		free trial
		for subscribers
		subscribers only
		exclusive for subscribers
		unlimited access
		follow us on
		on facebook and
		view comments
		show comments
		hide comments
		originally published
		was first published
		republished with permission
		republished from
		publicado originalmente
		originalmente publicado
		publié initialement
		initialement publié
		ursprünglich veröffentlicht
		pubblicato originariamente
		derechos reservados
		droits réservés
		rechte vorbehalten
		direitos reservados
		diritti riservati
		suscríbete
		abonnez vous
		assine já`},
}

// strongPhrases mark a line as furniture whatever its length: they are never
// said by an article.
var strongPhrases = []string{
	"all rights reserved",
	"subscribe to continue reading",
	"we use cookies",
	"uses cookies",
	"email address will not be published",
	"required fields are marked",
	"derechos reservados",
	"droits réservés",
	"rechte vorbehalten",
	"direitos reservados",
	"diritti riservati",
	"to continue reading",
}

// phraseEntry is one boilerplate phrase split into words.
type phraseEntry struct {
	rest  []string // the words after the first
	mode  phraseMode
	class phraseClass
}

// phraseIndex maps a phrase's first word to the phrases starting with it.
var phraseIndex = buildPhraseIndex()

// buildPhraseIndex indexes the boilerplate phrases by their first word.
func buildPhraseIndex() map[string][]phraseEntry {
	idx := make(map[string][]phraseEntry, 512)
	for _, group := range boilerplate {
		for _, line := range strings.Split(group.phrases, "\n") {
			words := phraseWords(line)
			if len(words) == 0 {
				continue
			}
			idx[words[0]] = append(idx[words[0]], phraseEntry{rest: words[1:], mode: group.mode, class: group.class})
		}
	}
	return idx
}

// phraseWords splits a phrase (or a lowercase line) into words the way
// lineWords does, so the two compare equal.
func phraseWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		start, end := nextWord(s, i)
		if start < 0 {
			break
		}
		out = append(out, s[start:end])
		i = end
	}
	return out
}

// matchPhrases returns the strongest class of boilerplate phrase found among
// a line's lowercase words. Ends beat breaks, and breaks beat furniture.
func matchPhrases(words []string) phraseClass {
	best := phraseNone
	for i, w := range words {
		entries, ok := phraseIndex[w]
		if !ok {
			continue
		}
		for _, e := range entries {
			if e.mode != modeAny && i != 0 {
				continue
			}
			if len(words)-i-1 < len(e.rest) {
				continue
			}
			if e.mode == modeWhole && len(words) != 1+len(e.rest) {
				continue
			}
			match := true
			for j, r := range e.rest {
				if words[i+1+j] != r {
					match = false
					break
				}
			}
			if match && e.class > best {
				best = e.class
			}
		}
	}
	return best
}

// hasStrongPhrase reports whether a folded line holds a phrase that marks it
// as furniture whatever its length.
func hasStrongPhrase(low string) bool {
	for _, p := range strongPhrases {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}
