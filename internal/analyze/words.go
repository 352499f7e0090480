package analyze

import "strings"

// Word lists shared by the figure rules. All entries are lower case.

// personSg are singular nouns for people.
var personSg = set(`
	man woman boy girl child kid teen teenager toddler baby infant newborn person adult youth juvenile minor victim
	civilian soldier trooper officer policeman policewoman cop deputy agent guard student pupil teacher worker employee
	resident neighbor neighbour bystander passerby passer-by customer passenger driver pedestrian motorist cyclist
	tourist visitor guest patron shopper member owner co-owner manager clerk cashier father mother dad mom mum son daughter
	brother sister husband wife boyfriend girlfriend fiance fiancee fiancé fiancée uncle aunt nephew niece cousin
	grandmother grandfather grandson granddaughter grandma grandpa grandparent stepfather stepmother stepson stepdaughter
	stepbrother stepsister parent friend roommate relative spouse partner ex-wife ex-husband ex-girlfriend ex-boyfriend
	gunman attacker assailant shooter suspect bomber militant terrorist insurgent perpetrator hijacker killer intruder
	robber burglar carjacker jihadist fighter rebel individual male female citizen national journalist reporter
	photographer cameraman doctor nurse paramedic medic firefighter marine sailor airman serviceman servicewoman pilot
	priest pastor imam rabbi monk nun worshipper worshiper pilgrim protester demonstrator villager farmer herder miner
	inmate prisoner detainee hostage patient fan spectator diplomat official dealer homeowner tenant landlord occupant
	rider commuter sergeant lieutenant captain colonel general senator judge mayor leader commander chief lawmaker
	politician councilman councilwoman candidate activist volunteer contractor security janitor bartender waitress waiter
	cook chef doorman bouncer vendor merchant businessman businesswoman shopkeeper taxi cabbie trucker teammate classmate
	coworker co-worker colleague acquaintance stranger girl-friend mother-in-law father-in-law son-in-law daughter-in-law
	brother-in-law sister-in-law toddler preteen pre-teen schoolboy schoolgirl student-athlete athlete player coach
	congregant churchgoer parishioner mourner partygoer reveler reveller concertgoer graduate veteran vet retiree
	pensioner grandchild stepchild godson goddaughter caregiver babysitter nanny sheriff marshal ranger constable
	gendarme policewoman lawman agent detective investigator prosecutor attorney lawyer representative staffer
	envoy ambassador consul aide bodyguard guardsman governor minister president premier commissioner legislator
	councillor councilor cleric scholar headmaster headteacher administrator prefect governor-general`)

// personPl are plural nouns for people (regular "-s" plurals of personSg are
// recognised too).
var personPl = set(`
	men women children kids people persons youths policemen policewomen gunmen servicemen servicewomen businessmen
	passersby passers-by bystanders staff personnel troops police faithful folks others deputies babies families
	families relatives parties security forces mothers-in-law fathers-in-law brothers-in-law sisters-in-law sons-in-law
	grandchildren stepchildren congregants churchgoers christians muslims copts shias shiites sunnis jews hindus sikhs
	americans iraqis afghans syrians pakistanis indians nigerians somalis egyptians israelis palestinians britons
	russians ukrainians turks iranians kenyans malians filipinos yazidis kurds hazaras tourists foreigners nationals
	westerners locals villagers worshippers worshipers pilgrims mourners partygoers revelers revellers concertgoers
	shoppers commuters pupils students teenagers teens adults soldiers officers civilians victims lawmen chiefs
	twins siblings spouses couples`)

// attackerNouns name the perpetrator of an attack.
var attackerNouns = set(`gunman gunmen attacker attackers assailant assailants shooter shooters suspect suspects
	bomber bombers militant militants terrorist terrorists insurgent insurgents perpetrator perpetrators hijacker
	hijackers killer killers jihadist jihadists intruder intruders robber robbers carjacker carjackers himself herself
	themselves`)

// lawNouns are the police and armed forces: when they kill, they usually
// kill the attacker.
var lawNouns = set(`police officer officers policeman policemen cops cop deputy deputies trooper troopers agents
	agent guards guard soldiers troops forces swat military army marines authorities`)

// isPersonNoun reports whether lo (lower case) names a person or people,
// including ages used as nouns ("a 17-year-old", "two 14-year-olds").
func isPersonNoun(lo string) bool {
	return isPersonSg(lo) || isPersonPl(lo)
}

func isPersonSg(lo string) bool {
	lo = stem(lo)
	return personSg[lo] || strings.HasSuffix(lo, "-year-old") || strings.HasSuffix(lo, "-month-old") ||
		strings.HasSuffix(lo, "-week-old") || strings.HasSuffix(lo, "-day-old")
}

func isPersonPl(lo string) bool {
	lo = stem(lo)
	if personPl[lo] || strings.HasSuffix(lo, "-year-olds") || strings.HasSuffix(lo, "-month-olds") {
		return true
	}
	if strings.HasSuffix(lo, "s") && len(lo) > 3 && personSg[lo[:len(lo)-1]] {
		return true
	}
	if strings.HasSuffix(lo, "ies") && personSg[lo[:len(lo)-3]+"y"] {
		return true
	}
	if strings.HasSuffix(lo, "es") && len(lo) > 4 && personSg[lo[:len(lo)-2]] {
		return true
	}
	return false
}

// casualtyWord are words that, right after a number, make it a casualty count.
var casualtyWord = set(`dead killed injured wounded hurt died deaths fatalities casualties victims`)

// pronounSg are singular personal pronouns used as subjects or objects.
var pronounSg = set(`he she him her`)

// notNames are capitalised words that are not people's names when they head
// a subject ("Police were ...", "Authorities said").
var notNames = set(`police authorities officials the a an this that these those it its there here they we he she i you
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
	september october november december county city department office hospital center centre news army state
	government ministry court school university church mosque one two three four five six seven eight nine ten
	no none nobody someone everyone anyone what who which when where why how`)

// verbStop are words that end a noun phrase when scanning it backwards: verbs
// and clause words.
var verbStop = set(`and or but nor when after before while as because since until where if than that which whose
	said says say told tells tell went goes go came comes come ran runs run fled flee flees got gets saw sees see took
	takes take made makes make found finds find gave gives give put puts brought began begins knew know heard hears held
	holds struck strikes hit hits shot shoots shoot kill kills killed is are was were be been being has have had do does
	did will would can could should may might must to for with by into onto through across against between during
	despite via per like than then so yet also not never no-one what who why how whom whether although though unless
	opened fired stormed entered arrived attacked left leaves according reportedly allegedly`)

// npAdj are "-ed" words that can sit inside a noun phrase.
var npAdj = set(`armed suspected unidentified unarmed alleged unnamed injured wounded retired beloved deceased masked
	disabled married related elderly wanted accused off-duty dead slain murdered hospitalized hospitalised talented
	renowned licensed certified trained unnamed unknown`)

// stateVerbs hold a state before "in critical condition".
var stateVerbs = set(`remains remained remain listed`)

// auxSkip are the words allowed between a subject and a passive or
// predicate casualty word: auxiliaries and adverbs.
var auxSkip = set(`was were is are be been being has have had will would may might could can also later subsequently
	since already all both each then now still initially officially allegedly apparently reportedly eventually
	ultimately immediately instantly tragically critically seriously severely fatally badly gravely slightly mortally
	found pronounced confirmed reported believed feared said thought known left listed to get got gets who that which
	sadly unfortunately just recently ever previously presumed declared feared shown seen originally first been also
	accidentally reported both were apparently either only as`)

// auxSg and auxPl mark the number of the subject.
var auxSg = set(`was is has`)
var auxPl = set(`were are have`)

// detWords begin a noun phrase.
var detWords = set(`a an the this these those his her their its our my your another each every some all both several
	other others more additional`)

// npPrep are prepositions that may attach a phrase inside a subject:
// "two representatives of the mission", "four people in the car".
var npPrep = set(`of in at from inside outside near aboard on including`)

// hospitalCtx are word fragments that make "taken to", "rushed to" a medical
// transport.
var hospitalCtx = []string{"hospital", "medical", "trauma", "clinic", "infirmary", "injur", "wound", "gunshot", "treatment", "condition", "surgery", "er "}

// casualtyAdj are the casualty words that end a clause, never a noun phrase.
var casualtyAdj = set(`dead killed injured wounded hurt died slain`)

// notPeople are plural nouns that, after a count, are not people: "shot 3
// times", "charged with two counts".
var notPeople = set(`times rounds shots bullets casings years months weeks days hours minutes seconds miles feet yards
	meters metres kilometres kilometers inches pounds kilograms kilos tons tonnes counts charges blocks houses homes cars
	vehicles buildings floors doors windows rooms weapons guns rifles pistols handguns firearms magazines dollars euros
	cents percent points goals games seasons incidents attacks shootings bombings blasts explosions cases reports calls
	occasions locations places sites schools churches mosques villages towns cities states countries areas neighborhoods
	streets roads days nights weekends decades centuries items things others's animals dogs cats horses cattle birds`)
