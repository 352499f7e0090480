package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dossier-project/dossier"
	"github.com/dossier-project/dossier/internal/gazetteer"
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// want is what a test expects of the main incident; zero values are not
// checked, except where noted.
type want struct {
	date, country, region, city, place string // "": not checked; "-": must be empty
	killed, injured                    int    // -1: must be null
	attackType                         string
	group, role                        string
	suicide                            bool
	others                             []string // "YYYY CC" of each other incident, in order
	otherDates                         []string // when set, each other incident's date, in order
	otherKilled                        []int    // when set, each other incident's killed (-1: null), in order
	otherCities                        []string // when set, each other incident's city, in order
	otherInjured                       []int    // when set, each other incident's injured (-1: null), in order
}

func TestArticle(t *testing.T) {
	for _, tc := range []struct {
		name      string
		title     string
		published string
		text      string
		want      want
	}{
		{
			name:      "bombing-with-background",
			title:     "Suicide bomber kills 12 at Kabul wedding hall",
			published: "2023-05-20",
			text: "KABUL (Reuters) — A suicide bomber blew himself up at the Golden Star Wedding Hall in Kabul on Friday, killing at least 12 people and wounding 40 others, the interior ministry said.\n\n" +
				"The Islamic State Khorasan Province claimed responsibility for the attack in a statement on its Amaq news agency.\n\n" +
				"The group also carried out the bombing of a Pakistani rally in Peshawar in 2018 that killed 20 people.\n\n" +
				"Residents said the blast shattered windows across the neighbourhood.",
			want: want{date: "2023-05-19", country: "AF", city: "Kabul", place: "Golden Star Wedding Hall",
				killed: 12, injured: 40, attackType: "bombing", suicide: true,
				group: "Islamic State Khorasan Province", role: "claimed", others: []string{"2018 PK"}},
		},
		{
			// A wire dateline in a capital tells where the bureau is;
			// the bombing was in a town of a province it names twice.
			name:      "bureau-dateline",
			title:     "Twin blasts hit cathedral in southern Philippines",
			published: "2019-01-27",
			text: "MANILA - At least 18 people were killed on Sunday when two bombs exploded at a cathedral in the province of Sulu, officials said.\n\n" +
				"The first bomb went off during a mass at the cathedral in Jolo, Sulu province, the military said.",
			want: want{date: "2019-01-27", country: "PH", city: "Jolo", killed: 18},
		},
		{
			// A capital's dateline over a story that names no other town
			// of its country is the place: the arrests were in Britain,
			// whatever the U.S. officials and the U.S.-bound jets.
			name:      "capital-dateline-no-other-town",
			title:     "Plot to bomb U.S.-bound airliners foiled",
			published: "2006-08-11",
			text: "LONDON, Aug. 10 -- A plot to blow up airliners bound for the United States was foiled with the arrest of 20 suspects, British and U.S. officials said Thursday.\n\n" +
				"U.S. officials raised the threat level for flights from Britain, and U.S. airports tightened security.\n\n" +
				"Travelers in the United States faced long lines.",
			want: want{country: "GB", killed: -1, injured: -1},
		},
		{
			// A town the gazetteer lacks, which the text calls a town:
			// not its namesake in Majorca, and no coordinates.
			name:      "town-not-in-gazetteer",
			title:     "Insurgents behead five in Mozambique town of Palma",
			published: "2021-06-17",
			text: "Insurgents beheaded five people on Sunday in the town of Palma, in the northern Mozambican province of Cabo Delgado, police said.\n\n" +
				"Residents have fled Palma by boat to Pemba, the provincial capital.",
			want: want{date: "2021-06-13", country: "MZ", region: "Cabo Delgado Province", city: "Palma", killed: 5},
		},
		{
			// A past incident the sentence names by its year alone is
			// the story country's; the year of a designation is none.
			name:      "recalled-by-year-alone",
			title:     "Truck bomb kills dozens in Mogadishu",
			published: "2019-12-28",
			text: "MOGADISHU, Somalia - A truck bomb exploded at a busy checkpoint in Mogadishu on Saturday, killing at least 79 people, officials said.\n\n" +
				"The group has not always claimed its deadliest attacks, such as a 2009 suicide bombing of a graduation ceremony.\n\n" +
				"The U.S. government designated the group a terrorist organization in 2008, citing its bombings in Somalia.",
			want: want{date: "2019-12-28", country: "SO", city: "Mogadishu", killed: 79, others: []string{"2009 SO"}},
		},
		{
			// A victim "also" killed after one named before is one more;
			// after a stated total, one of those it counts.
			name:      "also-killed-adds",
			title:     "Shooting at barber shop",
			published: "2014-05-23",
			text: "Kenneth Doe, 22, was shot and killed Friday in the 9500 block of Flower Street in Bellflower, according to coroner's records.\n\n" +
				"Four people were injured in the shooting.\n\n" +
				"John Roe, a 25-year-old customer at the shop, was also killed.",
			want: want{date: "2014-05-23", country: "US", city: "Bellflower", killed: 2, injured: 4},
		},
		{
			name:      "also-killed-within-total",
			title:     "Two killed in shooting",
			published: "2016-05-03",
			text: "Two people were killed in a shooting in Bellflower on Monday, police said.\n\n" +
				"Jane Doe was pronounced dead at the scene. Her neighbour, John Roe, also died at the scene.",
			want: want{country: "US", city: "Bellflower", killed: 2},
		},
		{
			// A regional bureau's dateline over a lede that sets the
			// shooting in a nearby town: the town, not the bureau.
			name:      "dateline-elsewhere",
			title:     "Couple pleads not guilty in accidental shooting",
			published: "2015-04-30",
			text: "BOISE, Idaho (AP) - A couple charged in the accidental shooting of a young boy in Nampa have pleaded not guilty.\n\n" +
				"Prosecutors say the gun was loaded and left where the child could reach it.",
			want: want{country: "US", city: "Nampa", killed: -1, injured: -1},
		},
		{
			// A capital's dateline over a lede that sets the arrest "in
			// the western city of" another town: that town.
			name:      "dateline-bureau-city-of",
			title:     "Police foil attack on Christmas market",
			published: "2022-12-04",
			text: "BERLIN - Police arrested a 20-year-old man in the western city of Dortmund on Saturday on suspicion of planning a bomb attack, prosecutors said.\n\n" +
				"He was held overnight and will appear before a judge.",
			want: want{date: "2022-12-03", country: "DE", city: "Dortmund", killed: -1, injured: -1},
		},
		{
			// A capital's bureau over an abduction in another state: the
			// state, and no town (the gazetteer lacks the village).
			name:      "bureau-other-region",
			title:     "Gunmen kidnap dozens of villagers in Nigeria",
			published: "2021-02-18",
			text: "ABUJA (Reuters) - Gunmen kidnapped 42 people from a village in north-central Nigeria's Niger state on Wednesday, a police spokesman said.\n\n" +
				"The attackers arrived on motorbikes and fired into the air.",
			want: want{date: "2021-02-17", country: "NG", region: "Niger State", city: "-", killed: -1, injured: -1},
		},
		{
			// A bureau's dateline over a raid "in southern Israel": a part
			// of the country, not the bureau's city.
			name:      "bureau-part-of-country",
			title:     "Gunmen kill five in raid on farming village",
			published: "2019-05-06",
			text: "JERUSALEM (AP) - Gunmen who crossed into southern Israel on Sunday killed five people in a farming village, the army said.\n\n" +
				"Soldiers searched the fields through the night.",
			want: want{date: "2019-05-05", country: "IL", city: "-", killed: 5},
		},
		{
			// A group under suspicion whose relative clause tells its
			// history (a past date) is still this attack's suspect; a
			// group that "has carried out similar attacks" is not.
			name:      "suspicion-and-history",
			title:     "Bomb kills nine at market in Pakistan",
			published: "2022-03-05",
			text: "QUETTA, Pakistan - A bomb hidden in a motorcycle exploded at a vegetable market in Quetta on Friday, killing nine people, police said.\n\n" +
				"No group claimed the bombing, but suspicion fell on the Balochistan Liberation Army, which has carried out dozens of attacks since it ended a truce in 2019.\n\n" +
				"The Islamic State has carried out similar attacks in the province.",
			want: want{date: "2022-03-04", country: "PK", city: "Quetta", killed: 9, attackType: "bombing",
				group: "Balochistan Liberation Army", role: "suspected"},
		},
		{
			// Two recalled incidents of one year and country, in two
			// months, are two; the figure after the second date is its
			// own. "Since 2003" is a point of reference, no incident.
			name:      "two-months-one-year",
			title:     "Gunman kills four at Marseille cafe",
			published: "2016-09-10",
			text: "MARSEILLE, France - A gunman opened fire at a cafe in Marseille on Friday, killing four people, police said.\n\n" +
				"The shooting followed the February 2016 attack on a synagogue in Lyon and the June 2016 bombing of a market in Lille that killed 12 people.\n\n" +
				"In April, a car bomb at a barracks in Toulon killed 7 soldiers, the deadliest attack on French troops since the 2003 deployment to Ivory Coast.",
			want: want{date: "2016-09-09", country: "FR", city: "Marseille", killed: 4,
				others: []string{"2016 FR", "2016 FR", "2016 FR"}, otherDates: []string{"2016-02", "2016-04", "2016-06"},
				otherKilled: []int{-1, 7, 12}},
		},
		{
			// "Wounding several others" leaves the hurt uncounted; the
			// attacker shot by guards is not their count.
			name:      "vague-hurt-attacker-shot",
			title:     "Bomber strikes outside ministry",
			published: "2021-05-12",
			text: "KABUL, Afghanistan - A suicide bomber struck outside a ministry in Kabul on Wednesday, killing at least six people and wounding several others, officials said.\n\n" +
				"A police spokesman said the attacker was shot by guards before he reached the gate.",
			want: want{date: "2021-05-12", country: "AF", city: "Kabul", killed: 6, injured: -1, attackType: "bombing", suicide: true},
		},
		{
			// "Since <date>, when ..." dates the incident the clause
			// tells of.
			name:      "since-when",
			title:     "Police arrest man over market bomb plot",
			published: "2019-11-30",
			text: "STOCKHOLM - Police arrested a man in Stockholm on Friday on suspicion of planning a bomb attack on a Christmas market, prosecutors said.\n\n" +
				"Sweden has been on alert since April 2017, when a man drove a truck into a crowd in Stockholm, killing five people.",
			want: want{country: "SE", city: "Stockholm", killed: -1, injured: -1, others: []string{"2017 SE"}, otherDates: []string{"2017-04"}, otherKilled: []int{5}},
		},
		{
			// A village the gazetteer lacks, named where the attack
			// happened, is the city; the town of the quoted official's
			// diocese is not.
			name:      "village-not-in-gazetteer",
			title:     "Gunmen kill 11 at church in northern Burkina Faso",
			published: "2023-05-08",
			text: "Gunmen killed 11 worshippers in the village of Zanbouri in northern Burkina Faso on Sunday, a church official said.\n\n" +
				"\"The attackers opened fire during mass,\" said the vicar of the Dori diocese, who asked not to be named.",
			want: want{date: "2023-05-07", country: "BF", city: "Zanbouri", killed: 11},
		},
		{
			// Sentences that turn to other attacks of the same day
			// are incidents of their own, with the sentence that goes
			// on with them; they neither place nor count the main one.
			name:      "separate-attacks-same-day",
			title:     "Gunmen kill nine in raid on village in central Nigeria",
			published: "2023-04-17",
			text: "MINNA, Nigeria - Gunmen killed nine people in an attack on Kpaduma village in Niger state on Sunday, police said.\n\n" +
				"In a separate attack on Sunday, gunmen killed four farmers near Kontagora, a local official said. Two others were wounded.\n\n" +
				"\u201cAlso at Gwada village, bandits abducted 12 women,\u201d a resident said.",
			want: want{date: "2023-04-16", country: "NG", city: "Kpaduma", killed: 9,
				others: []string{"2023 NG", "2023 NG"}, otherDates: []string{"2023-04-16", "2023-04-16"},
				otherCities: []string{"Kontagora", "Gwada"}, otherKilled: []int{4, -1}, otherInjured: []int{2, -1}},
		},
		{
			// The group's official is the victim, not the attacker;
			// "two other people" are killed besides him.
			name:      "official-killed-two-others",
			title:     "Provincial governor killed in suicide attack",
			published: "2022-10-06",
			text: "KABUL - The Taliban governor of the eastern Nuristan province was killed on Thursday when a suicide bomber blew himself up at a mosque in the city of Jalalabad, officials said.\n\n" +
				"Two other people were killed and several were wounded, a police spokesman said.\n\n" +
				"The Islamic State's local affiliate claimed responsibility through its Amaq agency.",
			want: want{date: "2022-10-06", country: "AF", city: "Jalālābād", killed: 3, injured: -1, suicide: true, attackType: "bombing",
				group: "Islamic State", role: "claimed"},
		},
		{
			// A recalled attacker's nationality is not where it
			// happened: the sentence names no place, so the recalled
			// incident is of the story's country.
			name:      "recalled-attacker-nationality",
			title:     "Knife attack at Paris station wounds three",
			published: "2024-02-04",
			text: "PARIS - A man with a knife wounded three people at the Gare de Lyon railway station in Paris on Saturday, police said.\n\n" +
				"The station is not far from where a Tunisian man drove a van into shoppers in March 2019, killing four people.",
			want: want{date: "2024-02-03", country: "FR", city: "Paris", injured: 3,
				others: []string{"2019 FR"}, otherDates: []string{"2019-03"}, otherKilled: []int{4}},
		},
		{
			// A recalled incident in a town the gazetteer lacks keeps
			// the town's name.
			name:      "recalled-unknown-town",
			title:     "Gunmen attack army camp in central Mali",
			published: "2019-03-18",
			text: "BAMAKO - Gunmen attacked an army camp near Mopti in central Mali on Sunday, killing 16 soldiers, the army said.\n\n" +
				"In January 2018, jihadists stormed a checkpoint in the village of Tenkiribougou, killing eight soldiers.",
			want: want{date: "2019-03-17", country: "ML", killed: 16,
				others: []string{"2018 ML"}, otherDates: []string{"2018-01"}, otherCities: []string{"Tenkiribougou"}, otherKilled: []int{8}},
		},
		{
			// An anniversary story: the main incident is years old,
			// and a later incident it recalls is one of its own, not
			// the main one's place or toll.
			name:      "anniversary-later-incident",
			title:     "Five years on, Sousse beach attack victims remembered",
			published: "2020-06-26",
			text: "SOUSSE, Tunisia - Five years after a gunman opened fire on tourists at a beach hotel in Sousse, killing 38 people, families gathered on the sand on Friday.\n\n" +
				"The gunman attacked the Imperial Marhaba hotel on June 26, 2015.\n\n" +
				"Islamic State, which claimed the attack, later killed 12 people at a market in Ben Gardane in March 2016.",
			want: want{date: "2015-06-26", country: "TN", city: "Sousse", killed: 38,
				others: []string{"2016 TN"}, otherDates: []string{"2016-03"}, otherKilled: []int{12}},
		},
		{
			// A district named like a town of another state is not
			// that town: the state the text names wins, and the
			// village named near it is the place.
			name:      "namesake-in-unnamed-state",
			title:     "Maoists kill 10 police in ambush in central India",
			published: "2021-04-04",
			text: "RAIPUR, India - Maoist rebels killed 10 policemen in an ambush in the central state of Chhattisgarh on Saturday, police said.\n\n" +
				"The rebels attacked a patrol near the village of Jonaguda in Bijapur district, an official said.",
			want: want{date: "2021-04-03", country: "IN", region: "Chhattisgarh", city: "Jonaguda", killed: 10},
		},
		{
			// A provincial capital's dateline that the story names
			// again as the place is no bureau, though another town is
			// named. "came a day after" a raid ties an incident of the
			// day before.
			name:      "capital-dateline-named-again",
			title:     "Gunman kills four near Jerusalem synagogue",
			published: "2023-01-28",
			text: "JERUSALEM - A gunman opened fire outside a synagogue in east Jerusalem on Friday, killing four people, police said.\n\n" +
				"The attacker, a resident of east Jerusalem, was shot dead by police.\n\n" +
				"The shooting came a day after a raid in the West Bank town of Jenin killed nine people.",
			want: want{date: "2023-01-27", country: "IL", city: "Jerusalem", killed: 4,
				others: []string{"2023 PS"}, otherDates: []string{"2023-01-26"}, otherKilled: []int{9}},
		},
		{
			// "In another development" is as often the same story's
			// next turn: the risen toll is the main incident's.
			name:      "another-development",
			title:     "Bomb kills 30 at market in Pakistan",
			published: "2023-03-04",
			text: "PESHAWAR - A bomb exploded at a crowded market in Peshawar on Friday, killing 30 people, police said.\n\n" +
				"In another development, officials said the death toll had risen to 40.",
			want: want{date: "2023-03-03", country: "PK", city: "Peshawar", killed: 40},
		},
		{
			// "The arrests came a day after the bombing": no incident
			// of its own, and the sentence's own dates date what it
			// tells.
			name:      "arrests-came-after",
			title:     "Bomb kills 8 at bus stop in Nigeria",
			published: "2023-05-02",
			text: "MAIDUGURI, Nigeria - A bomb exploded at a bus stop in Maiduguri on Monday, killing eight people, police said.\n\n" +
				"The arrests came a day after the bombing that killed eight.\n\n" +
				"The attack came days after gunmen who killed 20 people in Konduga in March were sentenced.",
			want: want{date: "2023-05-01", country: "NG", city: "Maiduguri", killed: 8,
				others: []string{"2023 NG"}, otherDates: []string{"2023-03"}, otherKilled: []int{20}},
		},
		{
			// "Also in the attack" goes on with the main incident.
			name:      "also-in-the-attack",
			title:     "Bomb kills six at checkpoint in Somalia",
			published: "2023-04-17",
			text: "MOGADISHU - A car bomb exploded at a checkpoint in Mogadishu on Sunday, killing six soldiers, police said.\n\n" +
				"Also in the attack, three passers-by were wounded, a doctor said.",
			want: want{date: "2023-04-16", country: "SO", city: "Mogadishu", killed: 6, injured: 3},
		},
		{
			// A sentence that opens with a past date and an incident
			// recalls one of the story's country, though it names no
			// place the gazetteer knows.
			name:      "opens-with-past-date",
			title:     "Bomb kills 14 at bus station in Pakistan",
			published: "2022-11-20",
			text: "QUETTA, Pakistan - A bomb hidden in a cart exploded at a bus station in Quetta on Saturday, killing 14 people, police said.\n\n" +
				"In June, a suicide bomber killed 31 people at a rally in the Kurram district.",
			want: want{date: "2022-11-19", country: "PK", city: "Quetta", killed: 14, attackType: "bombing", suicide: false,
				others: []string{"2022 PK"}, otherDates: []string{"2022-06"}, otherKilled: []int{31}},
		},
		{
			// The shooter who took his own life in the sentence that
			// counts his victim is one of the dead.
			name:      "shooter-took-own-life",
			title:     "Police identify victim in Brookfield shooting",
			published: "2016-10-24",
			text: "BROOKFIELD, Miss. - A man shot and killed his neighbour before turning the gun on himself on Sunday night, police said.\n\n" +
				"Officers found both men in the driveway.",
			want: want{date: "2016-10-23", country: "US", killed: 2, injured: 0},
		},
		{
			// A bomber who dies with his victims is left out of the
			// toll; a shooter is not (see the case above).
			name:      "bomber-apart",
			title:     "Blast at market in northeast kills three",
			published: "2017-04-03",
			text: "GOMBE, Nigeria - A suicide bomber detonated his vest at a crowded market on Monday, killing himself and three others, police said.\n\n" +
				"Several stalls were destroyed.",
			want: want{date: "2017-04-03", country: "NG", killed: 3, attackType: "bombing", suicide: true},
		},
		{
			// Only the bombers died: they are the toll.
			name:      "only-bombers-died",
			title:     "Two bombers die in failed attack",
			published: "2017-04-03",
			text: "GOMBE, Nigeria - Two male suicide bombers detonated their devices near a filling station on Monday, killing themselves alone, police said.\n\n" +
				"A truck was partly damaged.",
			want: want{date: "2017-04-03", country: "NG", killed: 2, attackType: "bombing", suicide: true},
		},
		{
			// A count in another sentence may already sum them up.
			name:      "shooter-counted-in-toll",
			title:     "Report on base shooting that left four dead",
			published: "2014-08-10",
			text: "FORT ELMS, Texas - A report on the April shooting that left four dead was released on Friday.\n\n" +
				"On April 2, the soldier opened fire on his comrades, killing three and wounding 16 before taking his own life.",
			want: want{country: "US", killed: 4, injured: 16},
		},
		{
			// The county and the state department place the story in
			// Virginia; "Gloucester" alone would be the Massachusetts town.
			name:      "city-outvoted-by-region",
			title:     "Boy killed in Mathews Co. hunting accident",
			published: "2015-11-20",
			text: "Mathews County, Va. – A 13-year-old boy was shot and killed while hunting in Mathews County on Thursday evening, the Virginia Department of Game said.\n\n" +
				"He was taken to a hospital in Gloucester, where he died.",
			want: want{date: "2015-11-19", country: "US", region: "Virginia", killed: 1},
		},
		{
			// Williston alone is the North Dakota city; Levy County is
			// in Florida, and so is a Williston.
			name:      "namesake-in-named-region",
			title:     "One killed, three hurt in festival shooting",
			published: "2013-04-28",
			text: "A man was killed and three people were wounded Saturday night at a street festival in Williston, the Levy County Sheriff's Office said.\n\n" +
				"Levy County deputies arrested a man from Gainesville at the scene.",
			want: want{date: "2013-04-27", country: "US", region: "Florida", city: "Williston", killed: 1, injured: 3},
		},
		{
			// "A third man ... later died" is one of the three; "a
			// fourth man" wounded makes four victims.
			name:      "ordinal-victims",
			title:     "Police seek suspect in triple killing",
			published: "2016-06-05",
			text: "Police were called to a shooting at about 8 p.m. Friday on the 3600 block of Elm Street in Denver. Two men were found dead inside the home.\n\n" +
				"A third man was dropped off at a hospital, where he later died. All three died of gunshot wounds, the medical examiner said.\n\n" +
				"A fourth man suffered a gunshot wound in his arm.",
			want: want{date: "2016-06-03", country: "US", city: "Denver", killed: 3, injured: 1},
		},
		{
			// Two wounded, then "a third man": three in all.
			name:      "ordinal-floor",
			title:     "Three shot outside Tulsa bar",
			published: "2016-06-05",
			text: "Two men were shot and wounded outside a bar in Tulsa early Saturday, police said.\n\n" +
				"A third man was shot in the leg as he ran from the gunfire.",
			want: want{date: "2016-06-04", country: "US", city: "Tulsa", killed: 0, injured: 3},
		},
		{
			// The station's town in the page title is where it
			// broadcasts from; a story naming no town is there.
			name:      "site-town-when-no-town",
			title:     "Man shot dead at apartment complex - WMC Action News 5 - Memphis, Tennessee",
			published: "2016-09-09",
			text:      "A man was shot to death Friday afternoon at an apartment complex, police said.\n\nThe gunman remains at large.",
			want:      want{date: "2016-09-09", country: "US", region: "Tennessee", city: "Memphis", killed: 1, injured: 0},
		},
		{
			name:      "site-town-not-the-story's",
			title:     "Toddler shot in face - KSLA News 12 Shreveport, Louisiana News Weather & Sports",
			published: "2016-07-12",
			text:      "A 2-year-old was shot in the face Monday in Marion County, Texas, the sheriff said.",
			want:      want{date: "2016-07-11", country: "US", region: "Texas", place: "Marion County", injured: 1},
		},
		{
			name:      "two-shot-one-dead",
			title:     "Shooting in a small town leaves 1 dead, 1 injured",
			published: "2015-10-02",
			text: "TUCUMCARI, N.M. — Questions have been raised in a small New Mexico town after two high school students were shot Thursday night, leaving one dead.\n\n" +
				"Police have released few details about the shooting.",
			want: want{date: "2015-10-01", country: "US", city: "Tucumcari", killed: 1, injured: 1},
		},
		{
			name:      "local-shooting-one-dead",
			title:     "Man shot and killed outside Dallas convenience store",
			published: "2016-07-11",
			text: "DALLAS — A man was shot and killed outside a convenience store in south Dallas late Sunday, police said.\n\n" +
				"Officers found the victim, 34, lying near the entrance shortly after 11 p.m. He died at the scene.\n\n" +
				"No arrests have been made, and police asked anyone with information to call the homicide unit.",
			want: want{date: "2016-07-10", country: "US", region: "Texas", city: "Dallas", killed: 1, injured: 0,
				attackType: "armed_assault"},
		},
		{
			name:      "only-wounded-means-zero-killed",
			title:     "Four wounded in Chicago drive-by shooting",
			published: "2015-08-03",
			text: "CHICAGO — Four people were wounded in a drive-by shooting on the city's South Side on Sunday evening, police said.\n\n" +
				"The victims, two men and two women, were taken to hospital in fair condition.",
			want: want{date: "2015-08-02", country: "US", city: "Chicago", killed: 0, injured: 4},
		},
		{
			name:      "wounded-then-died-is-killed",
			title:     "Teen shot in Springfield dies",
			published: "2016-05-10",
			text: "SPRINGFIELD, Ill. — A 15-year-old boy was wounded in a shooting on the city's east side on Sunday night, police said.\n\n" +
				"The boy later died at the hospital, the county coroner said on Monday, and one person was killed in all.",
			want: want{date: "2016-05-08", country: "US", city: "Springfield", killed: 1, injured: 0},
		},
		{
			// The toll comes first; the wound and the death after it
			// are the same child's.
			name:      "wound-then-death-after-toll",
			title:     "Boy, 8, dies in shooting at Elm Court apartments",
			published: "2016-08-02",
			text: "OAKDALE, Minn. — Police are investigating the shooting death of an 8-year-old boy on Sunday night.\n\n" +
				"Police say Jamal Reed, 8, suffered a single gunshot wound from a handgun owned by a relative.\n\n" +
				"He was taken to Regions Hospital, where he later died.",
			want: want{date: "2016-07-31", country: "US", city: "Oakdale", killed: 1, injured: 0},
		},
		{
			// "Another" wounded is someone besides the dead.
			name:      "wound-then-death-other-victim",
			title:     "Teen dies in shooting at Elm Court apartments",
			published: "2016-08-02",
			text: "OAKDALE, Minn. — Police are investigating the shooting death of a 16-year-old boy on Sunday night.\n\n" +
				"Another teenager was wounded in the arm and taken to Regions Hospital.\n\n" +
				"The 16-year-old was pronounced dead at the hospital an hour later.",
			want: want{date: "2016-07-31", country: "US", city: "Oakdale", killed: 1, injured: 1},
		},
		{
			// The shot count already has the dead taken off: the death
			// in hospital is not taken off twice.
			name:      "shot-count-then-death",
			title:     "Five shot in east Oakdale",
			published: "2016-08-02",
			text: "OAKDALE, Minn. — Five people were shot on Sunday night outside a bar, police said.\n\n" +
				"One of the men was shot in the head and taken to a hospital.\n\n" +
				"He was pronounced dead at 10:10 p.m.",
			want: want{date: "2016-07-31", country: "US", city: "Oakdale", killed: 1, injured: 4},
		},
		{
			name:      "murder-suicide-attacker-not-hurt",
			title:     "Four shot to death at farm, then gunman kills himself",
			published: "2016-02-27",
			text: "BELFAIR, Wash. — Four people were shot dead Friday at a rural home by a man who later shot himself in front of deputies who responded to the scene, officials said.\n\n" +
				"The suspect later walked out of the house and shot himself in front of officers.",
			want: want{date: "2016-02-26", country: "US", killed: 4, injured: 0},
		},
		{
			// The body tells of the victims one by one; the headline sums
			// them up, with the shooter.
			name:      "headline-sums-up",
			title:     "Gunman fatally shoots 3 bandmates, self in Queens: police",
			published: "2015-03-02",
			text: "A guitarist shot two members of his former band and a sound engineer with a rifle in a Queens apartment early Monday, before he turned the weapon on himself on the roof, police said.\n\n" +
				"Neighbours said the band had played in the building for years.",
			want: want{date: "2015-03-02", country: "US", killed: 4},
		},
		{
			// The body says only who was shot; the headline that he died.
			name:      "headline-dead-body-shot",
			title:     "Parish deputy killed in accidental shooting",
			published: "2016-12-09",
			text: "FRANKLIN, La. - Police were told 24-year-old Deputy Tom Reyes was shot in the face by accident on Thursday night.\n\n" +
				"Reyes had worked at the parish jail for a year.",
			want: want{date: "2016-12-08", country: "US", killed: 1, injured: 0},
		},
		{
			// A sidebar's count of the city's week is not this shooting's.
			name:      "aggregate-sidebar",
			title:     "Boy, 9, shot and killed by cousin playing with gun",
			published: "2015-09-03",
			text: "DETROIT - A 9-year-old boy was shot at his home on Wednesday night and taken to a hospital, police said.\n\n" +
				"His cousin, 17, had been playing with a handgun, police said.\n\n" +
				"At least 10 people were killed and 13 wounded in separate shootings across the city since Tuesday.",
			want: want{date: "2015-09-02", country: "US", city: "Detroit", killed: 1, injured: 0},
		},
		{
			// A town the text places in no country it names is a
			// namesake of the country it does name: Whitehaven is a
			// Memphis neighbourhood here, not the English town.
			name:      "town-of-unnamed-country",
			title:     "Man shot dead in Whitehaven",
			published: "2016-09-09",
			text: "A man was shot and killed Thursday night outside a Whitehaven apartment building, police said.\n\n" +
				"Officers found him in the parking lot of the complex in Whitehaven.\n\n" +
				"Police in Memphis, Tennessee, have asked anyone with information to call.",
			want: want{date: "2016-09-08", country: "US", region: "Tennessee", killed: 1},
		},
		{
			// A town measured from is not where it happened: with no
			// other town, the county is the place.
			name:      "landmark-not-city",
			title:     "Five found shot to death in home",
			published: "2013-10-30",
			text: "Five people were found shot to death Tuesday night in a home in Greenwood County, S.C., about 20 miles south of Greenville, the sheriff said.\n\n" +
				"Deputies found the bodies after a 911 call, he said.",
			want: want{date: "2013-10-29", country: "US", region: "South Carolina", place: "Greenwood County", killed: 5},
		},
		{
			// Someone "also" shot is not one of the dead.
			name:      "also-shot",
			title:     "Boy killed in shooting",
			published: "2016-04-18",
			text: "DETROIT - A 10-year-old boy was shot and killed Sunday night on the city's west side, police said.\n\n" +
				"A man was also shot in the leg and is expected to recover, police said.",
			want: want{date: "2016-04-17", country: "US", city: "Detroit", killed: 1, injured: 1},
		},
		{
			// The car is not the town.
			name:      "car-not-town",
			title:     "Girl, 8, killed after crash on Beltway",
			published: "2017-02-25",
			text: "HOUSTON - An 8 yo girl was shot to death early Saturday after two cars crashed into a black Honda Accord, police said.\n\n" +
				"The driver of a white Pontiac ran off, and the other car, possibly a Toyota, drove away.",
			want: want{date: "2017-02-25", country: "US", city: "Houston", killed: 1},
		},
		{
			name:      "no-incident",
			title:     "City council approves new budget for parks",
			published: "2020-01-10",
			text:      "The city council approved a new budget on Thursday that adds money for parks and libraries.\n\nThe mayor said the plan would be reviewed again in the spring.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &dossier.Article{ID: tc.name, Title: tc.title, Text: tc.text, Language: "en", Published: day(tc.published)}
			res := Article(a)
			if tc.want.country == "" && tc.want.date == "" {
				if len(res.Incidents) != 0 {
					t.Fatalf("want no incidents, got %+v", res.Incidents)
				}
				return
			}
			if len(res.Incidents) == 0 || !res.Incidents[0].Main {
				t.Fatalf("no main incident: %+v", res.Incidents)
			}
			m := res.Incidents[0]
			w := tc.want
			check := func(field, got, want string) {
				if want == "-" && got != "" {
					t.Errorf("%s = %q, want none", field, got)
				}
				if want != "" && want != "-" && got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("date", m.Date, w.date)
			check("country", m.Country, w.country)
			check("region", m.Region, w.region)
			check("city", m.City, w.city)
			check("place", m.Place, w.place)
			checkInt(t, "killed", m.Killed, w.killed)
			checkInt(t, "injured", m.Injured, w.injured)
			if w.attackType != "" && !slices.Contains(m.AttackTypes, w.attackType) {
				t.Errorf("attack types %v, want %s", m.AttackTypes, w.attackType)
			}
			if m.Suicide != w.suicide {
				t.Errorf("suicide %v, want %v", m.Suicide, w.suicide)
			}
			if w.group != "" {
				if len(m.Perpetrators) != 1 || m.Perpetrators[0].Name != w.group || m.Perpetrators[0].Role != w.role {
					t.Errorf("perpetrators %+v, want %s (%s)", m.Perpetrators, w.group, w.role)
				}
			}
			var others []string
			for _, o := range res.Incidents[1:] {
				others = append(others, yearOf(o.Date)+" "+o.Country)
			}
			if strings.Join(others, ",") != strings.Join(w.others, ",") {
				t.Errorf("other incidents %v, want %v", others, w.others)
			}
			for i, o := range res.Incidents[1:] {
				if i < len(w.otherDates) && o.Date != w.otherDates[i] {
					t.Errorf("other incident %d: date %q, want %q", i, o.Date, w.otherDates[i])
				}
				if i < len(w.otherKilled) {
					checkInt(t, "other killed", o.Killed, w.otherKilled[i])
				}
				if i < len(w.otherInjured) {
					checkInt(t, "other injured", o.Injured, w.otherInjured[i])
				}
				if i < len(w.otherCities) && o.City != w.otherCities[i] {
					t.Errorf("other incident %d: city %q, want %q", i, o.City, w.otherCities[i])
				}
			}
			for _, f := range m.Figures {
				if f.Sentence < 0 || f.Sentence >= 10 {
					t.Errorf("figure %+v has no sentence", f)
				}
			}
		})
	}
}

func checkInt(t *testing.T, field string, got *int, want int) {
	t.Helper()
	switch {
	case want == -1 && got != nil:
		t.Errorf("%s = %d, want null", field, *got)
	case want > 0 && (got == nil || *got != want):
		t.Errorf("%s = %v, want %d", field, deref(got), want)
	case want == 0 && (got == nil || *got != 0):
		t.Errorf("%s = %v, want 0", field, deref(got))
	}
}

func deref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestDateSource: a date the text gives is marked "text"; the publication
// day that stands in for a date the text does not give is marked
// "published".
func TestDateSource(t *testing.T) {
	for _, tc := range []struct{ text, date, source string }{
		{"A man was shot and killed in Tulsa on Friday, police said.", "2016-06-03", dossier.DateText},
		{"A man pleaded guilty to murder in the shooting of a Tulsa clerk, police said.", "2016-06-05", dossier.DatePublished},
	} {
		a := &dossier.Article{ID: "x", Language: "en", Published: day("2016-06-05"), Title: "Tulsa shooting", Text: tc.text}
		res := Article(a)
		if len(res.Incidents) == 0 {
			t.Fatalf("%q: no incident", tc.text)
		}
		if in := res.Incidents[0]; in.Date != tc.date || in.DateSource != tc.source {
			t.Errorf("%q: date %q (%s), want %q (%s)", tc.text, in.Date, in.DateSource, tc.date, tc.source)
		}
	}
}

func TestNonEnglishGivesNoIncidents(t *testing.T) {
	a := &dossier.Article{ID: "es", Language: "es", Published: day("2024-03-25"),
		Text: "Un atentado en una sala de conciertos de Moscú dejó al menos 133 muertos el viernes, según las autoridades."}
	if res := Article(a); len(res.Incidents) != 0 {
		t.Fatalf("got %+v", res.Incidents)
	}
}

func TestDeterministic(t *testing.T) {
	a := &dossier.Article{ID: "x", Language: "en", Published: day("2023-05-20"), Title: "Blast in Kabul",
		Text: "A bomb exploded in Kabul on Friday, killing 5 people and wounding 9, police said. In 2015 a similar blast in Paris killed 12."}
	first := Article(a)
	for range 20 {
		again := Article(a)
		if len(again.Incidents) != len(first.Incidents) {
			t.Fatal("incident count changed between runs")
		}
		for i := range again.Incidents {
			if again.Incidents[i].Country != first.Incidents[i].Country || again.Incidents[i].Date != first.Incidents[i].Date {
				t.Fatal("result changed between runs")
			}
		}
	}
}

func TestLandmark(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"a home on Callison Highway, about 20 miles south of Greenville.", "Greenville", true},
		{"the village 30 km from Kabul", "Kabul", true},
		{"two blocks east of Main", "Main", true},
		{"a shooting in Greenville on Friday", "Greenville", false},
		{"the mayor of Greenville", "Greenville", false},
		{"Greenville", "Greenville", false},
	} {
		if got := landmark(tc.text, strings.Index(tc.text, tc.place)); got != tc.want {
			t.Errorf("landmark(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

func TestTreatedAt(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"She was flown to Carolinas Medical Center in Charlotte.", "Charlotte", true},
		{"One boy was airlifted to The Med in Memphis.", "Memphis", true},
		{"He was taken to Memphis for treatment.", "Memphis", true},
		{"A man was shot in Memphis. He was taken to a hospital.", "Memphis", false},
		{"The shooting happened in Charlotte on Friday.", "Charlotte", false},
	} {
		if got := treatedAt(tc.text, strings.Index(tc.text, tc.place)); got != tc.want {
			t.Errorf("treatedAt(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

func TestModifier(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"10 U.S.-bound passenger jets", "U.S.", true},
		{"a London-based charity", "London", true},
		{"the Saudi-led coalition", "Saudi", true},
		{"Iran-Backed militias", "Iran", true},
		{"a shooting in Dallas-Fort Worth", "Dallas", false},
		{"a bomb in London on Friday", "London", false},
	} {
		end := strings.Index(tc.text, tc.place) + len(tc.place)
		if got := modifier(tc.text, end); got != tc.want {
			t.Errorf("modifier(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

func TestCrossStreet(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"a party at 87th and Ashland on Friday", "Ashland", true},
		{"near Ashland and 87th Street", "Ashland", true},
		{"the corner of 3rd and Madison", "Madison", true},
		{"a shooting in Ashland and 2 others", "Ashland", false},
		{"Ashland and Medford police", "Ashland", false},
	} {
		start := strings.Index(tc.text, tc.place)
		if got := crossStreet(tc.text, start, start+len(tc.place)); got != tc.want {
			t.Errorf("crossStreet(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}

// TestHomeCity: a local site's own city, named in the text, outweighs a
// namesake-free town elsewhere that the lede names once; the same text on
// a national site keeps the lede's town.
func TestHomeCity(t *testing.T) {
	text := "A woman was shot and killed Saturday night near the Seven Mile and Greenfield area, police said.\n\n" +
		"Officers found her on the porch of a home.\n\n" +
		"Detroit police have asked anyone with information to call."
	for _, tc := range []struct{ url, city string }{
		{"https://www.detroitnews.com/story/news/local/2016/04/18/woman-shot/", "Detroit"},
		{"https://www.example.com/news/woman-shot", "Greenfield"},
	} {
		a := &dossier.Article{ID: "h", URL: tc.url, Title: "Woman shot", Published: day("2016-04-18"), Text: text, Language: "en"}
		x := Article(a)
		if len(x.Incidents) == 0 || x.Incidents[0].City != tc.city {
			t.Errorf("%s: got %+v, want city %s", tc.url, x.Incidents, tc.city)
		}
	}
}

// TestNamesIncident: a date before an incident noun, with at most two
// modifiers between, names a past incident.
func TestNamesIncident(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"such as a 2009 suicide bombing of a ceremony", true},
		{"since the 2015 attacks on Paris", true},
		{"the 2017 truck bomb attack", true},
		{"in 2009 the group claimed a bombing", false},
		{"a 2009 report on the group's bombings", false},
		{"2009", false},
	} {
		end := strings.Index(tc.text, "20") + 4
		if got := namesIncident(tc.text, end); got != tc.want {
			t.Errorf("namesIncident(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCapitalisedRun: the name after "the town of" is its capitalised
// words, up to three.
func TestCapitalisedRun(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Palma, in the north", "Palma"},
		{"Bay Oaks Drive area", "Bay Oaks Drive"},
		{"Sandy Creek on Friday", "Sandy Creek"},
		{"Mocímboa da Praia", "Mocímboa"},
		{"the county", ""},
		{"O'Fallon's police", "O'Fallon's"},
		{"Palma.", "Palma"},
	} {
		if got := capitalisedRun(tc.in, 3); got != tc.want {
			t.Errorf("capitalisedRun(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAttributive: a country's code before a noun qualifies it ("U.S.
// officials") and places nothing; before a verb or a preposition it is a
// party or a place.
func TestAttributive(t *testing.T) {
	for _, tc := range []struct {
		text, country string
		want          bool
	}{
		{"U.S. officials said on Friday.", "U.S.", true},
		{"the UK government said", "UK", true},
		{"flights to the U.S. on Friday", "U.S.", false},
		{"the U.S. said it would respond", "U.S.", false},
		{"U.S.-bound jets", "U.S.", false},
		{"U.S. and British officials", "U.S.", false},
		{"United States officials", "United States", false},
		{"in the U.S.", "U.S.", false},
	} {
		i := strings.Index(tc.text, tc.country)
		m := gazetteer.Mention{Start: i, End: i + len(tc.country), Text: tc.country, Kind: gazetteer.KindCountry}
		if got := attributive(tc.text, m); got != tc.want {
			t.Errorf("attributive(%q, %q) = %v, want %v", tc.text, tc.country, got, tc.want)
		}
	}
}

// TestDatelineBureau: a dateline's town that the title does not name,
// when the title names another, is where the reporter sat.
func TestDatelineBureau(t *testing.T) {
	for _, tc := range []struct{ title, city string }{
		{"Two men shot dead outside Elkins bar", "Elkins"},
		{"Two men shot dead outside bar", "Charleston"},
	} {
		a := &dossier.Article{ID: "b", URL: "https://www.example.com/news/1", Title: tc.title, Published: day("2016-04-18"), Language: "en",
			Text: "CHARLESTON, W.Va. -- A Randolph County man was charged Friday with killing two men outside a bar early that morning.\n\n" +
				"The victims were pronounced dead at the scene, police said."}
		x := Article(a)
		if len(x.Incidents) == 0 || x.Incidents[0].City != tc.city {
			t.Errorf("%q: got %+v, want city %s", tc.title, x.Incidents, tc.city)
		}
	}
}

// TestSiteRegion: a story that names no place, on a site whose state is
// known but not its city, is placed in that state, and no further.
func TestSiteRegion(t *testing.T) {
	text := "A man was shot and killed Saturday night outside a convenience store, deputies said.\n\n" +
		"No arrests have been made."
	for _, tc := range []struct{ url, country, region, city string }{
		{"https://www.arkansasonline.com/news/2016/apr/18/man-shot/", "US", "Arkansas", ""},
		{"http://www.wtok.com/content/news/man-shot", "US", "Mississippi", "Meridian"},
		{"https://www.example.com/news/man-shot", "", "", ""},
	} {
		a := &dossier.Article{ID: "r", URL: tc.url, Title: "Man shot dead", Published: day("2016-04-18"), Text: text, Language: "en"}
		x := Article(a)
		if len(x.Incidents) == 0 {
			t.Errorf("%s: no incident", tc.url)
			continue
		}
		in := x.Incidents[0]
		if in.Country != tc.country || in.Region != tc.region || in.City != tc.city {
			t.Errorf("%s: got %q %q %q, want %q %q %q", tc.url, in.Country, in.Region, in.City, tc.country, tc.region, tc.city)
		}
	}
}

// TestNeighbourhood: a place the text calls a neighbourhood is no city of
// the story when another city is named; it is the story's place.
func TestNeighbourhood(t *testing.T) {
	a := &dossier.Article{ID: "n", URL: "https://www.example.com/news/boy-shot", Title: "Boy, 15, shot dead in Gresham",
		Published: day("2016-12-31"), Language: "en",
		Text: "A teenage boy was shot to death Friday night in the Auburn Gresham neighborhood on the South Side, Chicago police said.\n\n" +
			"Officers found him in an alley."}
	x := Article(a)
	if len(x.Incidents) == 0 {
		t.Fatal("no incident")
	}
	in := x.Incidents[0]
	if in.City != "Chicago" || in.Region != "Illinois" || in.Place != "Auburn Gresham" {
		t.Errorf("got city %q, region %q, place %q; want Chicago, Illinois, Auburn Gresham", in.City, in.Region, in.Place)
	}
}
