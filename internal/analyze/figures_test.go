package analyze

import (
	"fmt"
	"strings"
	"testing"
)

// fs renders figures compactly: "killed 6", "injured 4 shot", "killed 15 claim by=Daesh".
func fs(figs []Figure) string {
	var parts []string
	for _, f := range figs {
		p := fmt.Sprintf("%s %d", f.Kind, f.Value)
		if f.Qualifier != "exact" && f.Qualifier != "" {
			p += " " + f.Qualifier
		}
		if f.Vague {
			p += " vague"
		}
		if f.Shot {
			p += " shot"
		}
		if f.Attacker {
			p += " attacker"
		}
		if f.Part {
			p += " part"
		}
		if f.Aggregate {
			p += " aggregate"
		}
		if f.Claim {
			p += " claim"
		}
		if f.Ordinal > 0 {
			p += fmt.Sprintf(" ordinal=%d", f.Ordinal)
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

func TestFigures(t *testing.T) {
	tests := []struct{ in, want string }{
		// a sum over several incidents is no incident's toll
		{"At least 10 people were killed and 13 injured in separate shootings around Detroit since Tuesday.", "killed 10 at_least aggregate; injured 13 aggregate"},
		{"Four people were killed in weekend shootings, police said.", "killed 4 aggregate"},
		{"Four people were killed in a shooting at a party, police said.", "killed 4"},
		// an event named by its victims: those shot include the dead
		{"A 16-year-old girl killed in a triple shooting on Elm Street was identified.", "killed 1; injured 2 shot"},
		{"Police are investigating a double-shooting near the park.", "injured 2 shot"},
		{"Detectives are working a double homicide in the north end.", "killed 2"},
		{"A quadruple shooting left one man dead.", "injured 3 shot; killed 1"},
		{"He was shot twice in the double doors of the shop.", "injured 1 shot"},
		// active verbs with an object
		{"The gunmen stormed the embassy compound, killing 6 people.", "killed 6"},
		// a dateline opens the sentence
		{"KOTA BARU - At least 12 people were killed and dozens hurt on Sunday.", "killed 12 at_least; injured 24 vague"},
		{"LAKE MERRIT, Ore. (KXYZ) -- At least 3 people were killed.", "killed 3 at_least"},
		{"RIVERTON, Utah - Relatives of the two men killed in the crash are asking for help.", ""},
		// the wounded who died, in one sentence: one dead, none hurt
		{"The child was taken to a hospital in serious condition but later died, police said.", "killed 1"},
		{"He was transported to a local hospital in critical condition but was pronounced dead a short time later.", "killed 1"},
		{"Militants killed at least 40 villagers in the raid.", "killed 40 at_least"},
		{"A car bomb killed 12 and wounded 30 near the market.", "killed 12; injured 30"},
		{"The blast killed seven people and injured dozens of others.", "killed 7; injured 24 vague"},
		{"Two bombers struck a bus station, killing 27 people and wounding around 300.", "killed 27; injured 300 about"},
		// a bare count is not listed with the names of its source
		{"Gunmen attacked the crowd, killing 60 people and wounding 143, U.S. and Afghan officials said.", "killed 60; injured 143"},
		{"Two gunmen attacked a church during mass, killing one person, Turkish officials said.", "killed 1"},
		{"The assault killed 13 U.S. service members and more than 170 Afghans.", "killed 183 more_than"},
		{"Security forces killed all four militants who stormed the hotel.", "killed 4 attacker"},
		{"The explosion injured more than 100 passengers.", "injured 100 more_than"},
		{"He opened fire on the crowd, killing a woman and injuring a police officer and two others.", "killed 1; injured 3"},
		{"Police say he shot and killed Dana Reyes and Morgan Tell on Friday.", "killed 2"},
		{"The man accused of killing his brother appeared in court.", "killed 1"},
		{"Officers returned fire, killing him.", "killed 1"},
		{"Police shot and killed the suspect.", "killed 1 attacker"},
		{"A man shot seven people including a teenager at a cookout.", "injured 7 shot"},
		{"Suicide attack on mosque kills one, injures seven", "killed 1; injured 7"},
		{"ISIS suicide bombers kill 44 in church blasts", "killed 44"},
		{"The gunman killed three and wounded 16 before taking his own life.", "killed 3; injured 16; killed 1 attacker"},
		{"The blasts, which also injured 126 people, prompted a state of emergency.", "injured 126"},
		{"The shooting that killed 13 people and injured more than 30 others shocked the base.", "killed 13; injured 30 more_than"},
		{"A shooting on Thursday killed 24-year-old Alex Dorn of Dorchester.", "killed 1"},
		{"He killed Ella Fenn and 7-year-old Xavier Nell and 2-year-old Sofia Chell.", "killed 3"},
		{"He regretted killing his father and brother.", "killed 2"},
		{"4-year-old fatally shoots self with gun at babysitter's house", "killed 1 attacker"},
		{"Police shot and killed Zawahri on the scene.", "killed 1 attacker"},
		{"Police shot the 23-year-old to death in the library.", "killed 1 attacker"},
		{"He is accused of gunning down five people near the campus.", "killed 5"},
		{"Deputies are investigating reports of a 4-year-old shot dead in the county.", "killed 1"},
		{"He was charged in the fatal shooting of 15-year-old Braxton Burr.", "killed 1"},
		{"Two unintentional self-inflicted firearm deaths occurred this month.", "killed 2"},
		{"The shooter planned to kill hundreds.", ""},
		{"He could have killed dozens.", ""},
		// left / leaving
		{"The attack left 183 dead during the evacuation.", "killed 183"},
		{"A shootout between rival gangs left one man dead and six others injured.", "killed 1; injured 6"},
		{"A rampage that left four soldiers including the gunman dead and 16 others injured.", "killed 4; injured 16"},
		{"The crash left three children without a home.", ""},
		{"Shots were fired into the house, which left two juveniles with non-life-threatening injuries.", "injured 2"},
		// passive and predicate
		{"Two people were killed in the shooting.", "killed 2"},
		{"At least 94 killed and 284 wounded in twin blasts", "killed 94 at_least; injured 284"},
		{"Four people are dead and two are injured after the shooting.", "killed 4; injured 2"},
		{"As many as 49 people were killed and 40 others injured in the attack.", "killed 49 up_to; injured 40"},
		{"137 people were killed and more than 180 injured.", "killed 137; injured 180 more_than"},
		{"At least 133 people were left dead and scores more were injured.", "killed 133 at_least; injured 40 vague"},
		{"Four adults and two children were killed in a home on Tuesday.", "killed 6"},
		{"Gunmen seized a hotel, taking about 90 guests and staff hostage, and at least 12 people were killed, police said.", "killed 12 at_least"},
		{"A guard, a driver, and a cook were killed.", "killed 3"},
		{"The governor of the northern province was killed on Thursday.", "killed 1"},
		{"Militants stormed the base, killing four soldiers, a local army officer said.", "killed 4"},
		{"A bomb went off, killing 12 people and injuring 30, a police officer and a doctor told Reuters.", "killed 12; injured 30"},
		{"The group, which has fought the government for years, said it stormed the base and killed 40 soldiers.", "killed 40 claim"},
		{"A man and a woman were shot near the park.", "injured 2 shot"},
		{"A 16-year-old and two children were shot late Saturday.", "injured 3 shot"},
		{"Two representatives of the diplomatic mission were killed.", "killed 2"},
		{"27 had already died by the afternoon.", "killed 27"},
		{"Six other people were treated for non-life-threatening gunshot wounds.", "injured 6"},
		{"Eight people were taken to the hospital with injuries that were not life-threatening.", "injured 8"},
		{"Two men were taken into custody after the shooting.", ""},
		{"Seven victims, all males, were transported to General Hospital.", "injured 7"},
		{"The four victims, including a 12-year-old boy, were expected to survive.", "injured 4"},
		{"Both were shot once in the head.", "injured 2 shot"},
		{"All three were dead when officers arrived.", "killed 3"},
		{"One was listed in critical condition at the hospital.", "injured 1"},
		{"Three of them had non-life-threatening gunshot wounds.", "injured 3"},
		{"Four people were shot, two fatally.", "injured 2 shot; killed 2"},
		{"Four people were shot, one of whom died.", "injured 3 shot; killed 1"},
		{"14 civilians were confirmed dead.", "killed 14"},
		{"A 12-year-old boy was among four people hit in the shooting.", "injured 4 shot"},
		{"Three men were shot in the legs in a drive-by shooting.", "injured 3 shot"},
		// singular
		{"A man was shot and killed early Sunday.", "killed 1"},
		{"A woman was killed when a bullet came through her window.", "killed 1"},
		{"A teen was wounded in the crossfire.", "injured 1"},
		{"The victim died at the hospital.", "killed 1"},
		{"A 3-year-old boy was shot and killed.", "killed 1"},
		{"A 15-year-old Georgia boy has been shot dead on a fishing trip.", "killed 1"},
		{"Kenneth Mills, a 22-year-old man, was shot and killed Friday.", "killed 1"},
		{"Smith, 23, was pronounced dead at the scene.", "killed 1"},
		{"The teen, identified as Jordan Pike of Carlton, died at the scene.", "killed 1"},
		{"He later died at the hospital.", "killed 1"},
		{"The man suffered non-life-threatening injuries.", "injured 1"},
		{"A man suffered a non-life-threatening wound after being shot in the leg.", "injured 1"},
		{"Officers found a 25-year-old man dead of a single gunshot wound.", "killed 1"},
		{"Officers found a man with gunshot wounds near a garage.", "injured 1 shot"},
		{"Killeen 2-year-old in critical condition from gunshot", "injured 1"},
		{"The man remains in serious condition at a hospital.", "injured 1"},
		{"Doctors said the hospital was in good condition.", ""},
		{"Officers arrived to find four women suffering from gunshot wounds.", "injured 4 shot"},
		{"He was taken to Stroger Hospital in critical condition.", "injured 1"},
		{"A man was shot and later died at the hospital.", "killed 1"},
		{"Mills was taken to a hospital where he was pronounced dead.", "killed 1"},
		{"Also wounded was a 21-year-old man.", "injured 1"},
		{"A bystander, who was not related to the victims, was struck once in the arm by gunfire.", "injured 1 shot"},
		{"Teen is accidentally shot and killed on fishing trip", "killed 1"},
		{"An infant was shot & killed on the west side.", "killed 1"},
		{"Man Shot Dead In Dallas", "killed 1"},
		{"3 People Found Shot To Death Inside Car", "killed 3"},
		{"The child was pronounced dead at the medical center.", "killed 1"},
		{"Someone was shot outside the bar.", "injured 1 shot"},
		{"The attacker died at the arena.", "killed 1 attacker"},
		{"The gunman killed himself.", "killed 1 attacker"},
		{"A suicide bomber blew himself up at the checkpoint.", "killed 1 attacker"},
		{"One of the bombers was shot dead by guards.", "killed 1 attacker"},
		{"He opened fire before turning the gun on himself.", "killed 1 attacker"},
		// tolls
		{"The death toll rose to 137 on Sunday.", "killed 137"},
		{"The death toll now stands at more than 130 and continues to rise.", "killed 130 more_than"},
		{"The death toll from the blast had earlier been reported as 61.", "killed 61"},
		{"The attack claimed 22 lives and injured 59 more.", "killed 22; injured 59"},
		{"The toll may rise, officials said.", ""},
		{"There were 13 confirmed deaths.", "killed 13"},
		{"The dead included 27 children among the dead.", "killed 27 part"},
		// zeros
		{"No one was injured.", "injured 0"},
		{"Nobody was hurt in the blast.", "injured 0"},
		{"There were no casualties.", "killed 0; injured 0"},
		{"No injuries were reported.", "injured 0"},
		{"No one else was injured.", ""},
		{"No serious injuries were reported.", ""},
		{"No one was killed, police said.", "killed 0"},
		// claims and attribution
		{"Daesh said it killed 15 soldiers.", "killed 15 claim"},
		{"The group claimed to have killed 50 troops in the raid.", "killed 50 claim"},
		{"ISIS has claimed a suicide bombing that killed at least 15 people.", "killed 15 at_least"},
		{"The blast went off near a school, injuring 12.", "injured 12"},
		{"More than 100 injured in the stampede", "injured 100 more_than"},
		{"Dozens wounded as bomb hits market", "injured 24 vague"},
		{"Scalia was found dead Saturday morning.", "killed 1"},
		{"Al-Shabaab claimed its fighters killed 50 soldiers.", "killed 50 claim"},
		{"The Taliban said they had killed 20 policemen.", "killed 20 claim"},
		{"Police said they killed 20 militants in the raid.", "killed 20 attacker"},
		{"He was sentenced to 25 years for killing two men.", "killed 2"},
		{"The 911 caller said two men were shot.", "injured 2 shot"},
		{"Two officers shot the suspect.", "injured 1 shot attacker"},
		{"A 45-year-old man was shot in the 1900 block of Elm Street on Sunday.", "injured 1 shot"},
		{"The man shot at officers before fleeing.", ""},
		{"Seven people were hit, six men and one woman.", "injured 7"},
		{"One was critical and another in a serious condition at hospital.", "injured 1; injured 1"},
		{"Officer Gwen Dole was fatally wounded and two other officers were wounded.", "killed 1; injured 2"},
		{"All three officers were flown to the hospital, where Officer Dole passed away.", "injured 2; killed 1"},
		{"Nathan Jack was shot in the head and killed outside the store.", "killed 1"},
		{"Timothy Hare, 35, of Hillsboro, was found dead in the yard.", "killed 1"},
		{"Campbell killed his two daughters, and then himself.", "killed 2; killed 1 attacker"},
		{"The deputy who killed a man was fired.", "killed 1"},
		{"Another man was critically injured and eight others, five men and three women, were listed as seriously injured.", "injured 1; injured 8"},
		// a possessor is no victim; a name in apposition is the same victim
		{"The robbers badly injured Perez's stepson before fleeing.", "injured 1"},
		{"Gunmen wounded the driver's two brothers.", "injured 2"},
		{"A deputy shot the suspect's uncle, Tom Vale, in the yard.", "injured 1 shot attacker"},
		{"The gunman killed his wife, Ann Ortiz, and two neighbors.", "killed 3"},
		{"The gunman killed Ann Ortiz, Lee Ortiz and Sam Pike.", "killed 3"},
		{"He killed the farm's dog.", ""},
		// a reflexive first: the attacker apart from the victims killed,
		// among the hurt when no one died
		{"The bomber detonated his vest, killing himself and three others.", "killed 3; killed 1 attacker"},
		{"Two male bombers detonated their devices near the market, killing themselves alone.", "killed 2 attacker"},
		{"A girl playing with a rifle accidentally shot herself and her cousin.", "injured 2 shot"},
		// not figures
		{"Police arrested 3 suspects on Tuesday.", ""},
		{"Officers fired 30 rounds at the car.", ""},
		{"The shooting happened at 5:30 p.m. Thursday.", ""},
		{"Michael Carter, 23, of Fontaine was holding a .45 caliber pistol.", ""},
		{"The shooting happened at about 1 a.m. in the 2600 block of Harwood Street.", ""},
		{"Carter's bond was set at $1,000,000.", ""},
		{"He faces up to 40 years in prison if convicted of killing.", ""},
		{"He was charged with four counts of murder and two counts of attempted murder.", ""},
		{"He was shot three times in the chest.", "injured 1 shot"},
		{"In 2015, 20 percent of the victims were killed by relatives.", ""},
		{"The 2014 shooting killed nobody.", ""},
		{"Police said the victim was killed in 2015.", "killed 1"},
		{"The killed two birds with one stone comment drew laughs.", ""},
		{"Anyone with information can call 911 or (323) 890-5500.", ""},
		{"Volunteers brought 300 meals to the families.", ""},
		// the Nth victim: one person, and at least N victims
		{"A fourth man suffered a gunshot wound in his arm.", "injured 1 ordinal=4"},
		{"Two people were wounded and a third man died.", "injured 2; killed 1 ordinal=3"},
		{"The 4th victim was shot in the leg.", "injured 1 shot ordinal=4"},
		{"A third man, 27, was dropped off at a hospital, where he later died.", "killed 1 ordinal=3"},
		{"The first victim was shot in the leg.", "injured 1 shot"},
		// struck in a body part: a wound, whatever the sentence says of guns
		{"Police said a man in his late 50s was also struck in the arm.", "injured 1 shot"},
		{"The girl was hit in her left leg.", "injured 1 shot"},
		{"The car was hit in the morning.", ""},
		{"Shots were fired into a home, striking an 11-year-old child in the shoulder.", "injured 1 shot"},
		{"The gunman fired into the crowd, hitting three people.", "injured 3 shot"},
		{"The car swerved, striking a pole.", ""},
		{"Mother, son shot on East Side", "injured 2 shot"},
		{"Man charged in his brother's death", "killed 1"},
		{"Teen charged in 17-year-old’s shooting death", "killed 1"},
		{"Police probe the gunman's death", "killed 1 attacker"},
		{"The city's death toll rose", ""},
		{"Smith's death was ruled a homicide", ""},
		{"Accidental shooting takes life of a local man", "killed 1"},
		{"Man and woman hurt in crash on I-95", "injured 2"},
		{"Officer, suspect wounded in exchange of gunfire", "injured 2"},
		{"Two suspects, gunman killed in shootout", "killed 3 attacker"},
		{"Police said the man, the woman killed", ""},
		// a bullet as the subject: whom or what it struck
		{"A stray bullet from a 9 mm handgun struck the back of his head.", "injured 1 shot"},
		{"A bullet hit a 6-year-old girl in the leg.", "injured 1 shot"},
		{"The round struck his left arm.", "injured 1 shot"},
		{"One bullet grazed a child's leg.", "injured 1 shot"},
		{"Gunfire struck two homes and a parked car.", ""},
		{"The bullets hit the back of the house.", ""},
		// an age range inside a conjunct: "a woman in her 50s and a girl"
		{"A woman in her 50s and a teenage girl died Monday.", "killed 2"},
		{"A man in his early 20s and a teen were wounded.", "injured 2"},
		// a partitive subject: the reduced relative counts the whole
		{"One of the three people killed was a teacher.", "killed 3"},
		{"Two of the five people shot were children.", "injured 5 shot"},
		{"One of the four victims died at the hospital.", "killed 1"},
		// an aside that accuses the subject makes him the attacker
		{"The man, who was accused of shooting a family of five and killing two, was found dead in his cell.", "killed 1 attacker; killed 2"},
		{"The man, who was visiting his mother, was found dead.", "killed 1"},
		// in hospital, recovering: the hurt
		{"A Marietta, Ga. teen remains in the hospital following the shooting.", "injured 1"},
		{"Two men remain in the hospital.", "injured 2"},
		{"The boy remains hospitalized.", "injured 1"},
		{"Teen in hospital after shooting", "injured 1"},
		{"The woman is recovering at Grady Memorial Hospital.", "injured 1"},
		{"Police said he was recovering from a gunshot wound.", "injured 1"},
		{"Police took him in the hospital parking lot.", ""},
		{"The town is recovering from the storm.", ""},
		{"A man with a gunshot wound walked into the emergency room.", "injured 1 shot"},
		{"A woman with a stab wound was found on the porch.", "injured 1"},
		{"Paramedics took the man, with a gunshot wound in the chest, to a hospital.", "injured 1 shot"},
		{"Police found the victim, with a gunshot wound to the head, in the yard.", "injured 1 shot"},
		{"They towed the car, with a gunshot wound.", ""},
		// "left ... and ...": both objects
		{"The shooting left a 6-year-old dead and his father wounded.", "killed 1; injured 1"},
		{"The crash left a man dead and police searching for the driver.", "killed 1"},
		// a relative clause between the count and its verb
		{"Two other teens who were with him were also shot by a gunman.", "injured 2 shot"},
		{"The two people who were inside the car were killed.", "killed 2"},
		{"The car that was parked on Elm Street was hit.", ""},
		// a participle's modifier between the count and its verb
		{"Four teens attending a birthday party at the Elks hall were struck by gunfire.", "injured 4 shot"},
		{"Two men standing outside the store were shot.", "injured 2 shot"},
		{"Officers responding to the call were shot at.", ""},
		// a parenthesis between the count and its verb
		{"One woman died, with six others (ages 6 to 32) sustaining gunshot wounds.", "killed 1; injured 6"},
		{"Six others (ages 6 to 32) were wounded.", "injured 6"},
		// ages written short: one person, never a count
		{"9 yo boy killed by gunfire near the park.", ""},
		{"A 15 y/o boy was shot.", "injured 1 shot"},
		{"A 15 y.o. boy was shot and killed.", "killed 1"},
		{"Police said a 12 yo girl was wounded.", "injured 1"},
		// a second description of one victim is not a list
		{"He shot the other boy, an 11-year-old, with the handgun.", "injured 1 shot"},
		{"The gunman killed a man, a 24-year-old, in the yard.", "killed 1"},
		{"He shot a man, a woman and a child.", "injured 3 shot"},
		{"He shot a man, a woman, and a child.", "injured 3 shot"},
	}
	for _, tc := range tests {
		got := fs(Figures(tc.in))
		if got != tc.want {
			t.Errorf("%q\n  got  %q\n  want %q", tc.in, got, tc.want)
		}
	}
}

func TestFigureAttribution(t *testing.T) {
	tests := []struct{ in, by string }{
		{"Two people were killed, police said.", "police"},
		{"Police said two people were killed.", "police"},
		{"The blast killed 17 people and wounded 48, the Interior Ministry said.", "the Interior Ministry"},
		{"Four people were killed, according to the county coroner's office.", "the county coroner's office"},
		{"Four people were killed, said Police Chief Ken Barnes.", "Police Chief Ken Barnes"},
		{"Daesh said it killed 15 soldiers.", "Daesh"},
		{"Islamic State, in a statement, said its fighters killed 20 soldiers.", "Islamic State"},
		{"Two people were killed.", ""},
		{"Two people were killed, he said.", ""},
		{"A bullet struck him in the leg, according to Sgt. Dan Sherrill.", "Sgt. Dan Sherrill"},
	}
	for _, tc := range tests {
		figs := Figures(tc.in)
		if len(figs) == 0 {
			t.Errorf("%q: no figure", tc.in)
			continue
		}
		if figs[0].By != tc.by {
			t.Errorf("%q: by %q, want %q", tc.in, figs[0].By, tc.by)
		}
	}
}

func TestFigureSpans(t *testing.T) {
	s := "Gunmen stormed the hall, killing at least 133 people, officials said."
	figs := Figures(s)
	if len(figs) != 1 {
		t.Fatalf("got %v", figs)
	}
	f := figs[0]
	if s[f.Start:f.End] != f.Text || f.Text != "killing at least 133 people" {
		t.Errorf("span %d:%d %q", f.Start, f.End, f.Text)
	}
}

func TestFigureSpansAfterDateline(t *testing.T) {
	s := "OAKMONT - At least 9 people were killed."
	figs := Figures(s)
	if len(figs) != 1 || s[figs[0].Start:figs[0].End] != figs[0].Text || figs[0].Text != "At least 9 people were killed" {
		t.Errorf("got %+v", figs)
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct{ in, rest string }{
		{"MANILA - Three died.", "Three died."},
		{"PARAGOULD, AR (KAIT) - A man died.", "A man died."},
		{"LONDON, Aug. 10 -- Police said.", "Police said."},
		{"Kabul \u2014 A bomb went off.", "A bomb went off."},
		{"A well-known man died.", "A well-known man died."},
		{"Police said the toll - now 12 - would rise.", "Police said the toll - now 12 - would rise."},
		{"Smith-Jones - the victim - died.", "Smith-Jones - the victim - died."},
	}
	for _, tt := range tests {
		if got := tt.in[datelineEnd(tt.in, tokenize(tt.in)):]; got != tt.rest {
			t.Errorf("datelineEnd(%q): rest %q, want %q", tt.in, got, tt.rest)
		}
	}
}

func TestHeadlineFigures(t *testing.T) {
	tests := []struct{ in, headline, body string }{
		// a headline drops its articles: the bare noun is one victim
		{"Officials identify man killed by stray bullet", "killed 1", ""},
		{"Two arrested after child shot", "injured 1 shot", ""},
		{"Man shot dead in Elmwood", "killed 1", "killed 1"},
		{"Police shoot man armed with knife", "", ""},
		// a verb in the singular has one subject: "Hope, AR" is a place
		{"Hope, AR man dies in reported accidental shooting", "killed 1", "killed 1"},
		{"Man, woman die in crash on highway", "killed 2", "killed 2"},
	}
	for _, tt := range tests {
		if got := fs(HeadlineFigures(tt.in)); got != tt.headline {
			t.Errorf("HeadlineFigures(%q) = %q, want %q", tt.in, got, tt.headline)
		}
		if got := fs(Figures(tt.in)); got != tt.body {
			t.Errorf("Figures(%q) = %q, want %q", tt.in, got, tt.body)
		}
	}
}
