package analyze

import "testing"

func TestIsEnglish(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Two people were killed and four others were injured when a gunman opened fire at a party on Saturday night, police said.", true},
		{"Shots fired", true},
		{"Dos personas murieron y otras cuatro resultaron heridas cuando un hombre armado abrió fuego en una fiesta, según la policía.", false},
		{"Deux personnes ont été tuées et quatre autres blessées lorsqu'un homme armé a ouvert le feu lors d'une fête, selon la police.", false},
		{"Zwei Menschen wurden getötet und vier weitere verletzt, als ein Bewaffneter auf einer Party das Feuer eröffnete, teilte die Polizei mit.", false},
		{"Два человека погибли и четверо получили ранения, когда вооруженный мужчина открыл огонь на вечеринке, сообщила полиция.", false},
		{"Dua orang tewas dan empat lainnya terluka ketika seorang pria bersenjata melepaskan tembakan di sebuah pesta, kata polisi.", false},
		{"Уживатель", false},
		// Headlines: few function words.
		{"Early morning shooting wounds four", true},
		{"16-year-old Catoosa County boy dies from stepbrother's gunshot", true},
		{"Tiroteo deja cuatro heridos en una fiesta de cumpleaños", false},
		{"Schüsse auf einer Party: vier Verletzte und ein Toter", false},
	}
	for _, tc := range tests {
		if got := IsEnglish(tc.in); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.in, got, tc.want)
		}
	}
}
