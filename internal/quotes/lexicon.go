package quotes

// The word lists below are small and hand-made: they decide what counts as
// a speech verb, a title before a name, a collective speaker ("police"), and
// which capitalised words are not person names.

// verbInfo describes one inflected speech verb.
type verbInfo struct {
	// needThat: the verb takes a noun object as often as a clause ("claimed
	// responsibility", "warned Congress"), so reported speech after it needs
	// an explicit "that" (or "whether"/"if").
	needThat bool
	// object: the verb takes an addressee before its clause ("told Reuters").
	object bool
	// base: an uninflected form ("say", "claim"), only a speech verb after a
	// plural subject; never after "to" or a negation.
	base bool
}

var speechVerbs = map[string]verbInfo{
	"said": {}, "says": {}, "say": {base: true},
	"told": {object: true}, "tells": {object: true}, "tell": {object: true, base: true},
	"added": {}, "adds": {},
	"stated": {needThat: true}, "states": {needThat: true},
	"noted": {needThat: true}, "notes": {needThat: true}, "note": {needThat: true, base: true},
	"explained": {needThat: true}, "explains": {needThat: true},
	"warned": {needThat: true}, "warns": {needThat: true}, "warn": {needThat: true, base: true},
	"wrote": {needThat: true}, "writes": {needThat: true},
	"tweeted": {needThat: true}, "tweets": {needThat: true},
	"claimed": {needThat: true}, "claims": {needThat: true}, "claim": {needThat: true, base: true},
	"announced": {needThat: true}, "announces": {needThat: true},
	"insisted": {needThat: true}, "insists": {needThat: true}, "insist": {needThat: true, base: true},
	"argued": {needThat: true}, "argues": {needThat: true}, "argue": {needThat: true, base: true},
	"stressed": {needThat: true}, "stresses": {needThat: true},
	"confirmed": {needThat: true}, "confirms": {needThat: true}, "confirm": {needThat: true, base: true},
	"denied": {needThat: true}, "denies": {needThat: true}, "deny": {needThat: true, base: true},
	"asked": {needThat: true, object: true}, "asks": {needThat: true, object: true},
	"declared": {needThat: true}, "declares": {needThat: true},
	"urged": {needThat: true, object: true}, "urges": {needThat: true, object: true},
	"acknowledged": {needThat: true}, "acknowledges": {needThat: true},
	"recalled": {needThat: true}, "recalls": {needThat: true},
	"concluded": {needThat: true}, "concludes": {needThat: true},
	"continued": {needThat: true}, "continues": {needThat: true},
	"replied": {needThat: true}, "replies": {needThat: true},
	"commented": {needThat: true}, "comments": {needThat: true},
	"admitted": {needThat: true}, "admits": {needThat: true},
	"alleged": {needThat: true}, "alleges": {needThat: true},
	"reads": {needThat: true}, "read": {needThat: true}, "posted": {needThat: true}, "texted": {needThat: true},
	"shouted": {needThat: true}, "screamed": {needThat: true}, "yelled": {needThat: true}, "testified": {needThat: true},
	"reported": {needThat: true}, "emailed": {needThat: true},
}

// titleWords may stand before a name ("Sheriff", "spokesman") and make the
// words before them an affiliation ("Kremlin spokesman Dmitry Peskov").
var titleWords = set(
	"president", "vice", "president-elect", "prime", "premier", "minister", "secretary", "secretary-general",
	"spokesman", "spokeswoman", "spokesperson", "sheriff", "deputy", "undersheriff", "mayor", "governor", "gov.",
	"senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "councilman", "councilwoman",
	"councillor", "councilor", "alderman", "assemblyman", "assemblywoman", "legislator", "lawmaker",
	"general", "gen.", "lt.", "lieutenant", "col.", "colonel", "maj.", "major", "capt.", "captain", "cmdr.",
	"sgt.", "sergeant", "officer", "chief", "commander", "commissioner", "inspector", "insp.", "superintendent",
	"supt.", "detective", "det.", "constable", "director", "director-general", "brigadier-general", "brigadier",
	"major-general", "lieutenant-general", "lieutenant-colonel", "admiral", "adm.", "cpl.", "corporal", "trooper",
	"marshal", "prosecutor", "attorney", "solicitor", "judge", "justice", "coroner", "dr.", "prof.", "professor",
	"mr.", "mrs.", "ms.", "miss", "rev.", "reverend", "pastor", "father", "imam", "sheikh", "rabbi", "bishop",
	"archbishop", "cardinal", "pope", "king", "queen", "prince", "princess", "emir", "ambassador", "envoy",
	"chancellor", "chairman", "chairwoman", "chair", "ceo", "head", "leader", "official", "analyst", "expert",
	"researcher", "fellow", "historian", "lawyer", "witness", "resident", "survivor", "manager", "principal",
	"agent", "investigator", "patrolman", "firefighter", "dean", "founder", "owner", "editor", "correspondent",
	"reporter", "journalist", "activist", "commentator", "scholar", "economist", "author", "pilot", "doctor",
	"hab.", "mp", "mep", "lt.-gen.", "maj.-gen.", "brig.", "brig.-gen.", "sen", "rep", "gov", "supervisor",
	"administrator", "coordinator", "adviser", "advisor", "specialist", "consultant", "strategist", "diplomat",
	"militant", "commissar", "deputies", "detectives", "neighbor", "neighbour", "relative", "friend", "cousin",
	"uncle", "aunt", "grandmother", "grandfather", "democrat", "republican", "guest", "caller", "student",
	"teacher", "nurse", "pastor", "coach", "employee", "worker", "bystander", "passerby", "customer",
	"classmate", "roommate", "colleague", "coworker", "co-worker", "girlfriend", "boyfriend", "fiancee", "fiance",
	"fiancée", "fiancé", "partner", "spokesman", "mother", "son", "daughter", "wife", "husband", "brother",
	"sister", "grandson", "granddaughter", "nephew", "niece", "stepfather", "stepmother", "parent", "guardian",
	"landlord", "tenant", "homeowner", "shopkeeper", "driver", "victim", "teen", "teenager",
)

// collectiveHeads end a speaker noun phrase that names no person: "police",
// "the Interior Ministry" (org), "a State Department spokesman".
var collectiveHeads = set(
	"police", "officials", "official", "authorities", "authority", "ministry", "government", "military", "army",
	"troops", "forces", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "witnesses",
	"witness", "sources", "source", "residents", "resident", "survivors", "survivor", "experts", "expert",
	"analysts", "analyst", "investigators", "investigator", "prosecutors", "prosecutor", "officers", "officer",
	"statement", "statements", "report", "reports", "document", "agency", "agencies", "group", "militants",
	"rebels", "insurgents", "media", "kremlin", "pentagon", "department", "office", "commission", "committee",
	"council", "court", "hospital", "doctors", "doctor", "medics", "rescuers", "president", "minister",
	"governor", "mayor", "sheriff", "chief", "commander", "leader", "leaders", "people", "family", "families",
	"relatives", "neighbours", "neighbors", "organizers", "organisers", "services", "service", "embassy",
	"administration", "coalition", "paper", "newspaper", "outlet", "channel", "broadcaster", "television", "tv",
	"radio", "website", "message", "spokespersons", "diplomats", "diplomat", "intelligence", "researchers",
	"researcher", "observers", "monitors", "monitor", "observatory", "activists", "activist", "workers", "worker",
	"staff", "employees", "parents", "mother", "father", "mom", "dad", "son", "daughter", "wife", "husband",
	"brother", "sister", "friend", "friends", "victim", "victims", "lawyer", "lawyers", "attorney", "attorneys",
	"judge", "coroner", "examiner", "institute", "teachers", "students", "student", "man", "woman", "men", "women",
	"boy", "girl", "neighbor", "neighbour", "cops", "detectives", "deputies", "troopers", "firefighters",
	"paramedics", "staffers", "agents", "ministries", "governments", "states", "countries", "nations", "allies",
	"commanders", "generals", "soldiers", "fighters", "jihadists", "claim", "communique", "communiqué",
	"release", "post", "video", "account", "tweet", "posting", "bulletin", "notice", "alert", "letter",
	"spokespeople", "bureau", "directorate", "command", "headquarters", "guard", "guards", "clerics", "cleric",
	"imam", "priest", "pastor", "bishop", "official's", "spokesman's", "survey", "study", "assessment", "briefing",
	"press", "ngo", "charity", "un", "organization", "organisation", "prefecture", "governorate", "province",
	"municipality", "city", "county", "town", "village", "district", "region", "state", "delegation", "union",
	"association", "federation", "party", "movement", "front", "network", "outfit", "faction", "wing", "cell",
	"branch", "affiliate", "organ", "organs", "tribunal", "prosecutor's", "prosecution", "defence", "defense",
	"consulate", "parliament", "congress", "senate", "cabinet", "presidency", "palace", "house", "agency's",
	"sheriff's", "medical", "examiner's", "kremlin's", "experts'", "ambassador", "envoy", "mission",
	"email", "e-mail", "obituary", "motion", "sign", "caption", "page", "caller", "callers", "site", "blog", "documents", "records", "papers", "filings", "affidavit", "complaint", "indictment", "data", "figures",
	"records", "reports", "logs", "footage", "transcript", "transcripts", "warrant", "petition", "lawsuit",
)

// orgWords inside a capitalised run make it an organisation or a place, not a
// person: "the Interior Ministry", "Fox News Digital", "Crocus City Hall".
var orgWords = set(
	"ministry", "department", "police", "office", "agency", "army", "force", "forces", "group", "kremlin",
	"pentagon", "times", "news", "press", "post", "journal", "reuters", "afp", "agence", "associated", "jazeera",
	"television", "tv", "radio", "network", "institute", "center", "centre", "university", "college", "school",
	"council", "commission", "committee", "court", "government", "state", "states", "union", "nations", "front",
	"party", "church", "cathedral", "mosque", "synagogue", "temple", "hospital", "hotel", "airport", "station",
	"street", "road", "avenue", "square", "city", "hall", "province", "district", "county", "region", "republic",
	"kingdom", "islamic", "brigade", "brigades", "corps", "guard", "service", "services", "bureau", "authority",
	"organization", "organisation", "foundation", "association", "company", "corporation", "bank", "fund",
	"federation", "coalition", "movement", "alliance", "embassy", "consulate", "house", "parliament", "congress",
	"senate", "assembly", "directorate", "command", "unit", "team", "club", "board", "administration", "task",
	"daily", "herald", "tribune", "gazette", "telegraph", "guardian", "mail", "express", "mirror", "observer",
	"monitor", "chronicle", "broadcasting", "media", "magazine", "digital", "sputnik", "tass", "interfax",
	"xinhua", "taliban", "shabaab", "al-shabaab", "haram", "qaeda", "al-qaeda", "daesh", "hamas", "hezbollah",
	"isis", "army's", "province", "valley", "river", "sea", "ocean", "island", "islands", "mountains",
	"east", "west", "north", "south", "middle", "central", "northern", "southern", "eastern", "western",
	"airlines", "airways", "group's", "ministry's", "international", "national", "federal", "general's",
	"mall", "market", "park", "arena", "stadium", "bridge", "centre's", "cafe", "restaurant", "club's",
	"prison", "jail", "base", "camp", "village", "town", "county's", "inc", "inc.", "ltd", "llc", "co.", "corp.",
	"online", "today", "bbc", "cnn", "abc", "nbc", "cbs", "msnbc", "npr", "ap", "upi", "aim", "dfw",
	"org", "association's", "agency's", "rancheria", "tribe", "nation", "muslim", "muslims",
	"christians", "catholic", "coptic", "shia", "sunni", "jewish", "crusaders", "christendom", "policy",
	"affairs", "relations", "studies", "security", "intelligence", "defense", "defence", "justice", "interior",
	"foreign", "health", "emergency", "emergencies", "rescue", "red", "crescent", "cross", "human", "rights",
	"watch", "amnesty", "observatory", "khorasan", "levant", "caliphate", "vilayat", "emirate", "sheriff's",
	"police's", "prosecutor's", "attorney's", "coroner's", "examiner's", "office's",
)

// weakOrgWords are place or organisation words that are also common
// surnames ("Kenny Park", "John Hall"): they make a run of three words or
// more an organisation or place, not a two-word name.
var weakOrgWords = set("park", "hall", "house", "street", "bridge", "cross", "bank", "post", "mall", "market",
	"guard", "west", "north", "east", "south", "mail", "express", "mirror", "observer", "guardian", "monitor",
	"watch", "village", "town", "camp", "base", "temple", "island", "valley", "river", "arena", "stadium",
	"cafe", "restaurant", "club", "team", "unit", "board", "fund", "bank", "court", "today", "daily", "herald",
	"tribune", "press", "media", "chronicle", "front", "union", "party", "church", "human", "red", "christian")

// notNameStart are capitalised words that begin sentences or clauses but
// never a person's name.
var notNameStart = set(
	"the", "a", "an", "in", "on", "at", "but", "however", "meanwhile", "according", "after", "before", "when",
	"he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "as", "for", "from", "with",
	"by", "of", "to", "and", "or", "if", "while", "since", "although", "though", "yet", "so", "then", "now",
	"also", "still", "there", "here", "his", "her", "their", "its", "our", "my", "your", "what", "who", "why",
	"how", "where", "which", "during", "despite", "because", "until", "unless", "both", "all", "some", "many",
	"most", "several", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "more", "less", "other", "another", "each", "every", "only", "just", "even", "mr", "police",
	"officials", "authorities", "witnesses", "residents", "survivors", "experts", "analysts", "investigators",
	"prosecutors", "officers", "sources", "read", "see", "click", "watch", "photo", "video", "source", "update",
	"updated", "advertisement", "share", "follow", "subscribe", "related", "local", "breaking", "latest",
	"earlier", "later", "today", "yesterday", "tomorrow", "tonight", "last", "next", "first", "second",
	"among", "around", "about", "across", "against", "along", "amid", "between", "beyond", "inside", "into",
	"near", "outside", "over", "through", "under", "upon", "within", "without", "is", "was", "are", "were",
	"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did",
	"said", "says", "told", "dear", "hello", "thanks", "thank", "please", "yes", "oh", "well", "such",
	"detectives", "deputies", "neighbors", "neighbours", "relatives", "friends", "family", "doctors",
	"medics", "rescuers", "troops", "soldiers", "militants", "rebels", "image", "images", "photos", "watch",
)

// timeWords name days and months: capitalised, never part of a name.
var timeWords = set(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
	"nov.", "dec.", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
	"today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "week", "weekend",
	"month", "year", "earlier", "later", "last", "this", "next", "early", "late", "noon", "midnight", "day",
	"days", "weeks", "months", "hours", "ago", "overnight", "christmas", "easter", "ramadan", "eid",
)

// nameMonths are months that are also names ("Theresa May"); they may end
// a name but not start one.
var nameMonths = set("may", "june", "april", "august", "day")

// titleMods may stand in lower case before a title: "state Rep.", "police
// Lt.", "prime minister", "former ambassador".
var titleMods = set("state", "police", "county", "city", "fire", "federal", "former", "acting", "interim",
	"deputy", "assistant", "senior", "chief", "top", "military", "army", "foreign", "home", "prime", "vice",
	"local", "district", "regional", "provincial", "national", "defense", "defence", "interior", "justice",
	"health", "security", "intelligence", "press", "media", "public", "information", "communications", "news",
	"affairs", "general", "executive", "managing", "associate", "lead", "head", "special", "field", "school",
	"university", "hospital", "medical", "coroner's", "sheriff's", "police's", "department", "agency",
	"government", "opposition", "party", "campaign", "union", "community", "church", "family", "longtime",
	"retired", "veteran", "then", "current", "new", "incoming", "outgoing", "elected", "nonresident",
	"resident", "visiting", "research", "terrorism", "counterterrorism", "counter-terrorism", "homicide",
	"patrol", "traffic", "narcotics", "gang", "task", "force", "unit", "division", "precinct", "tribal",
	"childhood", "high", "middle", "elementary", "shift", "night", "day", "duty", "on-duty", "off-duty")

// nameParticles may sit inside a name in lower case: "Pedro da Silva Negro",
// "Frederic van Leeuw", "Abdel-Fattah el-Sissi" (a hyphenated "el-" token is
// handled in nameTok).
var nameParticles = set(
	"al", "el", "bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von",
	"der", "den", "ter", "la", "le", "y", "ul", "ud", "abu", "ben", "st.", "mac", "zu", "af", "av",
)

// pronouns that may stand for a speaker.
var pronouns = set("he", "she", "it", "they", "we", "i")

// auxSkip sits between a subject and its speech verb: "has also said",
// "Zelensky himself has warned".
var auxSkip = set(
	"has", "have", "had", "also", "later", "earlier", "then", "further", "previously", "reportedly", "again",
	"himself", "herself", "themselves", "itself", "initially", "separately", "too", "just", "publicly",
	"repeatedly", "would", "will", "once", "recently", "first", "only", "quickly", "immediately", "subsequently",
	"originally", "privately", "openly", "flatly", "firmly", "simply", "already", "since", "finally", "had",
	"may", "might", "could", "can", "did", "does", "do", "always", "often", "still", "however", "allegedly",
	"apparently", "personally", "officially", "separately", "specifically", "directly", "explicitly",
)

// beVerbs before a past participle make it passive: "was told", "is said to".
var beVerbs = set("was", "were", "is", "are", "be", "been", "being", "am", "'s", "get", "got", "gets")

// negations and "to" before a verb: "refused to say", "did not say".
var verbBlockers = set("to", "not", "n't", "never", "cannot", "nor", "without", "didn't", "doesn't", "don't",
	"wouldn't", "won't", "couldn't", "hasn't", "haven't", "hadn't", "isn't", "wasn't")

// hardBoundary words end the search for a subject to the left of a verb.
var hardBoundary = set(
	"but", "while", "as", "when", "where", "after", "because", "although", "though", "since", "if", "so",
	"whereas", "whom", "whose", "before", "until", "unless", "whether", "or", "nor", "yet", "than",
	"once", "though", "despite", "amid",
)

// determiners that may open a speaker noun phrase.
var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those",
	"one", "two", "three", "four", "five", "several", "some", "many", "another", "other", "both", "all",
	"each", "most", "few", "dozens", "hundreds", "numerous", "various", "multiple", "other")

// functionWords stop a noun phrase: prepositions, conjunctions, verbs that
// often follow a subject.
var functionWords = set(
	"of", "for", "at", "from", "in", "on", "with", "to", "by", "into", "onto", "about", "over", "under", "after",
	"before", "during", "since", "until", "and", "or", "but", "that", "which", "who", "whom", "whose", "where",
	"when", "while", "as", "than", "because", "if", "is", "was", "are", "were", "be", "been", "being", "has",
	"have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "must", "should",
	"not", "no", "so", "then", "there", "here", "it", "he", "she", "they", "we", "i", "you", "me", "him", "us",
	"them", "what", "how", "why", "said", "says", "told", "near", "around", "through", "across", "against",
	"between", "among", "amid", "without", "within", "per", "via", "like", "unlike", "toward", "towards",
	"upon", "also", "just", "only", "even", "very", "more", "most", "less", "least", "too", "said", "later",
	"ago", "up", "down", "out", "off", "away", "back", "again", "all", "any", "each", "every", "such",
)

// adverbialWords may sit between a speech verb and "that" or a quote: "said
// in a statement on Sunday that", "told reporters at a news conference:".
var adverbialWords = set(
	"in", "on", "at", "during", "after", "before", "to", "from", "via", "through", "by", "with", "over", "late",
	"early", "earlier", "later", "then", "also", "again", "a", "an", "the", "this", "last", "that's", "its",
	"his", "her", "their", "statement", "written", "joint", "separate", "brief", "interview", "telephone",
	"phone", "news", "conference", "briefing", "press", "release", "radio", "television", "tv", "televised",
	"broadcast", "email", "emailed", "e-mail", "text", "video", "message", "post", "posted", "social", "media",
	"local", "state", "reporters", "journalists", "me", "us", "him", "them", "told", "online", "website",
	"speech", "address", "hearing", "court", "parliament", "session", "meeting", "ceremony", "vigil",
	"evening", "morning", "afternoon", "night", "week", "weekend", "day", "today", "yesterday", "tonight",
	"friday", "saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "twitter", "facebook",
	"telegram", "instagram", "x", "account", "channel", "page", "platform", "citing", "quoting", "repeatedly",
	"publicly", "privately", "simply", "bluntly", "flatly", "firmly", "clearly", "later", "afterward",
	"afterwards", "shortly", "first", "previously", "outside", "inside", "near", "here", "there", "when",
	"reached", "contacted", "asked", "by", "phone", "call", "exclusive", "exclusively", "an", "local", "national",
	"senior", "other", "security", "official", "officials", "two", "three", "press", "agency", "wire",
	"newspaper", "magazine", "daily", "programme", "program", "show", "podcast", "documentary", "live",
	"livestream", "update", "updates", "memo", "note", "letter", "report", "filing", "affidavit", "documents",
	"court", "papers", "complaint", "indictment", "warrant", "notice", "communique", "bulletin", "alert",
)

// objectWords are addressees after "told": "told reporters", "told us".
var objectWords = set("reporters", "journalists", "me", "us", "him", "her", "them", "police", "officers",
	"investigators", "detectives", "deputies", "lawmakers", "parliament", "congress", "the", "a", "an",
	"local", "media", "news", "outlets", "viewers", "listeners", "readers", "supporters", "crowd", "crowds",
	"mourners", "residents", "people", "audience", "correspondent", "correspondents", "colleagues", "friends",
	"family", "families", "neighbors", "neighbours", "state", "agency", "television", "tv", "radio", "broadcaster",
	"newspaper", "magazine", "channel", "website", "daily", "press", "conference", "news-agency", "wire",
	"service", "program", "programme", "outlet", "reporter", "journalist", "interviewer", "court", "jury",
	"judge", "committee", "hearing", "senators", "officials", "staff", "employees", "workers", "students",
	"teachers", "parents", "congregation", "worshippers", "followers", "fighters", "troops", "soldiers",
	"dispatch", "dispatchers", "dispatcher", "911", "operators", "operator")

// collectiveSpeakers are the lower-case speakers the tests accept as is.
var collectiveSpeakers = collectiveHeads

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
