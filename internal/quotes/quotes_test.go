package quotes

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func q(speaker, aff, text string, direct bool, sent int) Quote {
	return Quote{Speaker: speaker, Affiliation: aff, Text: text, Direct: direct, Sentence: sent}
}

func TestFind(t *testing.T) {
	cases := []struct {
		name  string
		sents []string
		want  []Quote
	}{
		{
			name:  "said Name, title of Org",
			sents: []string{"“We know their claim is a lie,” said Yusuf Mohamed Waeys, the governor of the Bari district."},
			want:  []Quote{q("Yusuf Mohamed Waeys", "governor of the Bari district", "We know their claim is a lie", true, 0)},
		},
		{
			name:  "Name said",
			sents: []string{"\"The roads were closed for hours,\" Maria Lopez said."},
			want:  []Quote{q("Maria Lopez", "", "The roads were closed for hours", true, 0)},
		},
		{
			name:  "Name said colon",
			sents: []string{"The mayor had a message. Anna Berg said: \"We will rebuild the market in a year.\""},
			want:  []Quote{q("Anna Berg", "", "We will rebuild the market in a year.", true, 0)},
		},
		{
			name: "he said resolves to the appositive name",
			sents: []string{
				"Dan Byman, a senior fellow at the Center for Strategic and International Studies, said the group had been weakened.",
				"Its fighters are scattered across the region.",
				"“They are still able to strike far from home,” he said.",
			},
			want: []Quote{
				q("Dan Byman", "senior fellow at the Center for Strategic and International Studies", "the group had been weakened", false, 0),
				q("Dan Byman", "senior fellow at the Center for Strategic and International Studies", "They are still able to strike far from home", true, 2),
			},
		},
		{
			name: "surname resolves to the first mention with its organisation",
			sents: []string{
				"The group has grown, says Dan Byman of the Center for Strategic and International Studies at Georgetown University.",
				"“It is one of the strongest branches,” Byman said.",
			},
			want: []Quote{
				q("Dan Byman", "the Center for Strategic and International Studies at Georgetown University", "The group has grown", false, 0),
				q("Dan Byman", "the Center for Strategic and International Studies at Georgetown University", "It is one of the strongest branches", true, 1),
			},
		},
		{
			name:  "single curly quotes",
			sents: []string{"‘We heard three loud bangs,’ a witness told the BBC."},
			want:  []Quote{q("a witness", "", "We heard three loud bangs", true, 0)},
		},
		{
			name:  "guillemets",
			sents: []string{"«We are all in shock», Mayor Jean Dupont said."},
			want:  []Quote{q("Jean Dupont", "Mayor", "We are all in shock", true, 0)},
		},
		{
			name: "quote over several sentences",
			sents: []string{
				"“ISIS-K is a real threat.",
				"Security in Afghanistan has deteriorated under Taliban control,” says Russian analyst Andrei Kazantsev, currently at the Begin-Sadat Center for Strategic Studies.",
			},
			want: []Quote{q("Andrei Kazantsev", "the Begin-Sadat Center for Strategic Studies",
				"ISIS-K is a real threat. Security in Afghanistan has deteriorated under Taliban control", true, 0)},
		},
		{
			name: "continued paragraphs re-open the quote",
			sents: []string{
				"“The war in Ukraine has changed everything;",
				"“all of this points to the end of an order,” the statement said.",
			},
			want: []Quote{q("the statement", "", "The war in Ukraine has changed everything; all of this points to the end of an order", true, 0)},
		},
		{
			name: "colon in the previous sentence",
			sents: []string{
				"Majid Khan, 22, said:",
				"“A huge bang went off and we all tried to flee the arena.”",
				"“It was one bang and then everyone came running towards us.”",
			},
			want: []Quote{
				q("Majid Khan", "", "A huge bang went off and we all tried to flee the arena.", true, 1),
				q("Majid Khan", "", "It was one bang and then everyone came running towards us.", true, 2),
			},
		},
		{
			name: "a quote continues the speaker of the previous sentence",
			sents: []string{
				"\"We conducted an operation against the apostates,\" Abu Musaab, military-operations spokesperson of al-Shabaab, told Al Jazeera.",
				"\"There were heavy casualties. We will give more details later.\"",
			},
			want: []Quote{
				q("Abu Musaab", "military-operations spokesperson of al-Shabaab", "We conducted an operation against the apostates", true, 0),
				q("Abu Musaab", "military-operations spokesperson of al-Shabaab", "There were heavy casualties. We will give more details later.", true, 1),
			},
		},
		{
			name:  "interrupted quote",
			sents: []string{"“For me, they represent the very best of our country,” Johnson said, “and I thank them.”"},
			want:  []Quote{q("Johnson", "", "For me, they represent the very best of our country and I thank them.", true, 0)},
		},
		{
			name:  "reported: Name said that",
			sents: []string{"Uhuru Kenyatta said early on Wednesday that 14 civilians were confirmed dead."},
			want:  []Quote{q("Uhuru Kenyatta", "", "14 civilians were confirmed dead", false, 0)},
		},
		{
			name:  "reported: Name said without that",
			sents: []string{"Ivana Stradner, a researcher at the Foundation for Defense of Democracies, said it’s no surprise that ISIS-K is targeting Russia."},
			want:  []Quote{q("Ivana Stradner", "researcher at the Foundation for Defense of Democracies", "it’s no surprise that ISIS-K is targeting Russia", false, 0)},
		},
		{
			name:  "reported: according to Name, ...",
			sents: []string{"According to Capt. Jimmy Patton, the boys were hunting wild hogs near the river."},
			want:  []Quote{q("Jimmy Patton", "Capt.", "the boys were hunting wild hogs near the river", false, 0)},
		},
		{
			name:  "reported: ..., according to a report by Org",
			sents: []string{"At least 90 people were killed in the blast, according to a report by Premium Times."},
			want:  []Quote{q("Premium Times", "", "At least 90 people were killed in the blast", false, 0)},
		},
		{
			name:  "reported: told Reuters",
			sents: []string{"Sabdow Ali told Reuters the police opened fire on the crowd."},
			want:  []Quote{q("Sabdow Ali", "", "the police opened fire on the crowd", false, 0)},
		},
		{
			name:  "reported: police said",
			sents: []string{"Two men were shot outside a bar early Sunday, police said."},
			want:  []Quote{q("police", "", "Two men were shot outside a bar early Sunday", false, 0)},
		},
		{
			name:  "reported: officials said mid-sentence",
			sents: []string{"British authorities had been watching the suspects since last year, officials said, and moved in on Thursday."},
			want:  []Quote{q("officials", "", "British authorities had been watching the suspects since last year", false, 0)},
		},
		{
			name:  "reported: the ministry said in a statement",
			sents: []string{"The Interior Ministry said in a statement that 17 people were killed at the cathedral."},
			want:  []Quote{q("the Interior Ministry", "", "17 people were killed at the cathedral", false, 0)},
		},
		{
			name:  "reported: Name, the governor of X, said",
			sents: []string{"Yusuf Mohamed Waeys, the governor of the Bari district, said the attackers came by sea."},
			want:  []Quote{q("Yusuf Mohamed Waeys", "governor of the Bari district", "the attackers came by sea", false, 0)},
		},
		{
			name:  "title before name: Russian President",
			sents: []string{"Russian President Vladimir Putin said the attack was planned for months."},
			want:  []Quote{q("Vladimir Putin", "Russian President", "the attack was planned for months", false, 0)},
		},
		{
			name:  "title before name: Sheriff told Region 8 News",
			sents: []string{"Sheriff Dan Langston told Region 8 News the child's mother was at home at the time."},
			want:  []Quote{q("Dan Langston", "Sheriff", "the child's mother was at home at the time", false, 0)},
		},
		{
			name:  "title before name: Kremlin spokesman",
			sents: []string{"Kremlin spokesman Dmitry Peskov said Moscow had received no warning."},
			want:  []Quote{q("Dmitry Peskov", "Kremlin spokesman", "Moscow had received no warning", false, 0)},
		},
		{
			name:  "the Kremlin as a speaker",
			sents: []string{"The Kremlin said on Monday that the attackers had been detained."},
			want:  []Quote{q("the Kremlin", "", "the attackers had been detained", false, 0)},
		},
		{
			name:  "inverted: said Title Name",
			sents: []string{"The suspect was arrested after the attack, said Alturas Police Chief Ken Barnes."},
			want:  []Quote{q("Ken Barnes", "Alturas Police Chief", "The suspect was arrested after the attack", false, 0)},
		},
		{
			name:  "particles in names",
			sents: []string{"\"Their hands were tied,\" said Pedro da Silva Negro, a local police officer."},
			want:  []Quote{q("Pedro da Silva Negro", "local police officer", "Their hands were tied", true, 0)},
		},
		{
			name:  "hyphenated particle",
			sents: []string{"Egyptian President Abdel-Fattah el-Sissi said the country would declare a state of emergency."},
			want:  []Quote{q("Abdel-Fattah el-Sissi", "Egyptian President", "the country would declare a state of emergency", false, 0)},
		},
		{
			name:  "Van particle and surname resolution",
			sents: []string{"Federal Prosecutor Frederic Van Leeuw said two men were suspected bombers.", "“The third is actively being sought,” Van Leeuw told a news conference."},
			want: []Quote{
				q("Frederic Van Leeuw", "Federal Prosecutor", "two men were suspected bombers", false, 0),
				q("Frederic Van Leeuw", "Federal Prosecutor", "The third is actively being sought", true, 1),
			},
		},
		{
			name: "dash quotes of translated copy",
			sents: []string{
				"– Since ISIS in Syria and Iraq was decimated, ISIS-K has become one of the strongest parts of the Islamic State – says Dan Byman of the Center for Strategic and International Studies.",
				"– Russia is perceived as a country fighting jihadists.",
				"That's why ISIS-K attacked the Russian embassy in Kabul, Byman explains.",
			},
			want: []Quote{
				q("Dan Byman", "the Center for Strategic and International Studies", "Since ISIS in Syria and Iraq was decimated, ISIS-K has become one of the strongest parts of the Islamic State", true, 0),
				q("Dan Byman", "the Center for Strategic and International Studies", "Russia is perceived as a country fighting jihadists. That's why ISIS-K attacked the Russian embassy in Kabul", true, 1),
			},
		},
		{
			name:  "scare quotes are not quotes",
			sents: []string{"The so-called 'experts' disagreed about the \"red\" alert for weeks."},
			want:  nil,
		},
		{
			name:  "short quote inside reported speech",
			sents: []string{"The attack is being treated as a “terrorist incident,” police said."},
			want:  []Quote{q("police", "", "The attack is being treated as a “terrorist incident”", false, 0)},
		},
		{
			name:  "headlines are not quotes",
			sents: []string{"Police Kill Attacker in London Bridge ‘Terrorist Incident’", "Why did ISIS-K attack Russia? “Russia supports the Taliban against whom ISIS-K is fighting”"},
			want:  nil,
		},
		{
			name:  "quote with no speaker nearby",
			sents: []string{"The hall was silent.", "“Extremists have imminent plans to attack large gatherings of people.”"},
			want:  []Quote{q("", "", "Extremists have imminent plans to attack large gatherings of people.", true, 1)},
		},
		{
			name:  "claimed responsibility is not speech",
			sents: []string{"The Islamic State claimed responsibility for the attack.", "Officials warned Congress about the group."},
			want:  nil,
		},
		{
			name: "he beyond three sentences stays unresolved",
			sents: []string{
				"Police Chief James Craig said the shooting was gang-related.",
				"The victims were taken to hospital.",
				"Two remain in critical condition.",
				"A vigil is planned for Friday.",
				"Roads were reopened in the evening.",
				"“It is a tragedy for the whole city,” he said.",
			},
			want: []Quote{
				q("James Craig", "Police Chief", "the shooting was gang-related", false, 0),
				q("", "", "It is a tragedy for the whole city", true, 5),
			},
		},
		{
			name:  "days are not speakers",
			sents: []string{"On Monday, police said the suspect had fled to Texas."},
			want:  []Quote{q("police", "", "the suspect had fled to Texas", false, 0)},
		},
		{
			name:  "straight quotes and pronoun it",
			sents: []string{"The news agency AMAQ said its fighters carried out the bombings.", "It also said \"several of them\" detonated suicide belts."},
			want: []Quote{
				q("AMAQ", "news agency", "its fighters carried out the bombings", false, 0),
				q("AMAQ", "news agency", "\"several of them\" detonated suicide belts", false, 1),
			},
		},
		{
			name:  "quote attributed after an appositive with commas",
			sents: []string{"“There were 12 bodies,” Lionel Dyck, owner of Dyck Advisory Group (DAG), a private South African security company, told AFP on Friday."},
			want:  []Quote{q("Lionel Dyck", "owner of Dyck Advisory Group (DAG)", "There were 12 bodies", true, 0)},
		},
		{
			name:  "role noun then name",
			sents: []string{"The spokesperson of the Civilian Joint Task Force, Danbatta Bello, said the injured were in hospital."},
			want:  []Quote{q("Danbatta Bello", "spokesperson of the Civilian Joint Task Force", "the injured were in hospital", false, 0)},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.sents)
			if len(got) == 0 && len(c.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("Find:\n got  %s\n want %s", dump(got), dump(c.want))
			}
		})
	}
}

func dump(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n   %+v", q)
	}
	return b.String()
}

func TestFindEmpty(t *testing.T) {
	if got := Find(nil); got != nil {
		t.Errorf("Find(nil) = %v", got)
	}
	if got := Find([]string{"", "   ", "“", "”", "\"", "– –", "–"}); len(got) != 0 {
		t.Errorf("Find(junk) = %v", got)
	}
}
