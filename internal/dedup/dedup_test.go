package dedup

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"sync"
	"testing"
)

// story is a made-up report used by the tests (no corpus text).
const story = `RIVERTON (Staff) - Two people were killed and five others wounded when a gunman opened fire
outside a supermarket on Main Street on Saturday evening, police said. The suspect, a 34-year-old
man from the east side of the city, was arrested about an hour later after a short chase that ended
near the old railway bridge. Police Chief Maria Ortega told reporters that officers received the
first call at 6:42 p.m. and arrived within three minutes. "This was a senseless act of violence
against people who were simply doing their shopping," Ortega said. The wounded were taken to
Riverton General Hospital, where two of them remained in critical condition on Sunday. Witnesses
described hearing at least a dozen shots. Investigators have not yet said what led to the attack
or whether the suspect knew any of the victims. A vigil is planned for Monday night at the city park.`

// other is a made-up report on a different subject.
const other = `The city council voted on Tuesday to expand the downtown library and to extend its opening
hours on weekends, after a year of public meetings in which residents asked for more study space
and a larger children's section. Construction is expected to begin next spring and to cost about
twelve million dollars, paid for by a bond approved by voters in November. The head librarian said
the new wing would include a makerspace, a local history archive and rooms that community groups
can book for free. Work on the parking garage across the street will be finished first.`

func TestWords(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"  \n\t ", ""},
		{"Hello, World!", "hello world"},
		{"Carter's .45 caliber pistol", "carters 45 caliber pistol"},
		{"don’t stop", "dont stop"},
		{"the officers' car", "the officers car"},
		{"a three-year-old boy", "a three year old boy"},
		{"ÇA VA, Café?", "ça va café"},
		{"Straße ΑΘΗΝΑ", "straße αθηνα"},
		{"cafe\u0301 x", "cafe\u0301 x"},
		{"東京で爆発", "東 京 で 爆 発"},
		{"ISIS-K claimed it", "isis k claimed it"},
		{"said.About 9:40 p.m.", "said about 9 40 p m"},
		{"bad\xffbyte", "bad byte"},
		{"٣ قتلى", "٣ قتلى"},
	}
	buf := new(buffer)
	for _, tt := range tests {
		words(buf, tt.in)
		if got := string(buf.text); got != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if n := len(strings.Fields(tt.want)); len(buf.starts) != n {
			t.Errorf("words(%q): %d starts, want %d", tt.in, len(buf.starts), n)
		}
	}
}

func TestSimilarityIdentical(t *testing.T) {
	tests := []struct {
		name, a, b string
	}{
		{"same text", story, story},
		{"case, punctuation and spacing", story, strings.ToUpper(strings.NewReplacer(",", " ", ".", " ! ", "\n", "\n\n").Replace(story))},
		{"short", "Gunmen attacked", "gunmen ATTACKED!"},
		{"one word", "Explosion", "explosion."},
		{"empty", "", ""},
		{"no words", "", " -- ... "},
		{"unicode", "Взрыв в Москве: 12 погибших", "взрыв в москве 12 погибших"},
	}
	for _, tt := range tests {
		a, b := Sign(tt.a), Sign(tt.b)
		if s := Similarity(&a, &b); s != 1 {
			t.Errorf("%s: Similarity = %v, want 1", tt.name, s)
		}
	}
}

func TestSimilarityDifferent(t *testing.T) {
	edited := strings.Replace(story, "Saturday evening", "Sunday morning", 1)
	tests := []struct {
		name     string
		a, b     string
		min, max float64
	}{
		{"unrelated", story, other, 0, 0.05},
		{"empty and text", "", story, 0, 0},
		{"short texts", "two killed", "two wounded", 0, 0.05},
		{"short and its extension", "two killed", "two killed yesterday", 0, 0.05},
		{"one edit", story, edited, 0.8, 1},
		{"copy with furniture", story, "Advertisement\nBREAKING NEWS\n" + story + "\nShare this article\nCopyright 2024 Riverton Media. All rights reserved.", 0.7, 1},
		{"half", story, story[:len(story)/2], 0.35, 0.65},
	}
	for _, tt := range tests {
		a, b := Sign(tt.a), Sign(tt.b)
		if s := Similarity(&a, &b); s < tt.min || s > tt.max {
			t.Errorf("%s: Similarity = %v, want in [%v, %v]", tt.name, s, tt.min, tt.max)
		}
	}
}

// TestSimilarityEstimate checks that Similarity estimates the Jaccard
// similarity of the shingle sets without bias, on texts of distinct words
// whose shingle sets overlap by a known amount.
func TestSimilarityEstimate(t *testing.T) {
	word := func(i int) string { return fmt.Sprintf("w%d", i) }
	text := func(from, to int) string {
		var b strings.Builder
		for i := from; i < to; i++ {
			b.WriteString(word(i))
			b.WriteByte(' ')
		}
		return b.String()
	}
	const n = 400
	var sumErr float64
	trials := 0
	for shift := 0; shift <= n; shift += 20 {
		for base := 0; base < 20000; base += 1000 {
			a, b := Sign(text(base, base+n)), Sign(text(base+shift, base+shift+n))
			shingles := n - ShingleWords + 1
			common := max(shingles-shift, 0)
			want := float64(common) / float64(2*shingles-common)
			got := Similarity(&a, &b)
			sd := math.Sqrt(want * (1 - want) / NumHashes)
			if math.Abs(got-want) > 5*sd+1e-9 {
				t.Errorf("shift %d: Similarity = %.3f, want %.3f ± %.3f", shift, got, want, 5*sd)
			}
			sumErr += got - want
			trials++
		}
	}
	if bias := sumErr / float64(trials); math.Abs(bias) > 0.01 {
		t.Errorf("mean error %.4f over %d pairs, want |bias| <= 0.01", bias, trials)
	}
}

func TestSignDeterministic(t *testing.T) {
	// Signatures are stored: these values must never change. If this test
	// fails, stored signatures are no longer comparable with new ones.
	golden := []struct {
		text string
		head [4]uint32
	}{
		{"The quick brown fox jumps over the lazy dog", [4]uint32{0x64156474, 0x0ba2862c, 0x38963ee8, 0x2b18bd03}},
		{story, [4]uint32{0x002977fd, 0x002f8c90, 0x04b7ca1d, 0x00ec41bc}},
		{"", [4]uint32{math.MaxUint32, math.MaxUint32, math.MaxUint32, math.MaxUint32}},
	}
	for _, g := range golden {
		s := Sign(g.text)
		if [4]uint32(s[:4]) != g.head {
			t.Errorf("Sign(%.20q)[:4] = %#08x, want %#08x", g.text, s[:4], g.head)
		}
	}
	// Concurrent calls share the buffer pool and must not disturb each other.
	texts := []string{story, other, "", "short text", strings.Repeat(story, 5)}
	want := make([]Signature, len(texts))
	for i, s := range texts {
		want[i] = Sign(s)
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 200 {
				i := (g + k) % len(texts)
				if Sign(texts[i]) != want[i] {
					t.Errorf("Sign(texts[%d]) differs between calls", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestMarshalBinary(t *testing.T) {
	for _, text := range []string{story, "", "one"} {
		s := Sign(text)
		b, err := s.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != 4*NumHashes {
			t.Fatalf("MarshalBinary: %d bytes, want %d", len(b), 4*NumHashes)
		}
		if v := binary.LittleEndian.Uint32(b[4*7:]); v != s[7] {
			t.Errorf("byte order: bytes 28-31 decode to %#x, want s[7] = %#x", v, s[7])
		}
		var u Signature
		if err := u.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if u != s {
			t.Errorf("round trip of Sign(%.20q) changed the signature", text)
		}
	}
	s := Sign(story)
	for _, n := range []int{0, 4*NumHashes - 1, 4*NumHashes + 1} {
		u := s
		if err := u.UnmarshalBinary(make([]byte, n)); err == nil {
			t.Errorf("UnmarshalBinary(%d bytes): no error", n)
		} else if u != s {
			t.Errorf("UnmarshalBinary(%d bytes) changed the signature", n)
		}
	}
}

func TestIndexAdd(t *testing.T) {
	copyOf := "UPDATE: shooter arrested\nAdvertisement\n" +
		strings.Replace(story, "at least a dozen shots", "many shots", 1) + "\nShare this article"
	steps := []struct {
		key, text string
		want      []string
	}{
		{"a", story, nil},
		{"b", other, nil},
		{"c", copyOf, []string{"a"}},
		{"d", story, []string{"a", "c"}},
		{"a", story, []string{"c", "d"}}, // a key is not its own duplicate
		{"e", "", nil},
		{"f", "", nil}, // texts without words are copies of nothing
		{"g", "Gunmen attacked", nil},
		{"h", "gunmen attacked", []string{"g"}},
	}
	ix := NewIndex()
	for _, st := range steps {
		s := Sign(st.text)
		if got := ix.Add(st.key, &s); !slices.Equal(got, st.want) {
			t.Errorf("Add(%q) = %q, want %q", st.key, got, st.want)
		}
	}
	if ix.Len() != len(steps) {
		t.Errorf("Len = %d, want %d", ix.Len(), len(steps))
	}
	s := Sign(story)
	if got, want := ix.Candidates(&s), []string{"a", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("Candidates(story) = %q, want %q", got, want)
	}
}

// variant returns text with n words replaced, deterministically from rng.
func variant(rng *rand.Rand, text string, n int) string {
	w := strings.Fields(text)
	for range n {
		w[rng.Intn(len(w))] = fmt.Sprintf("x%d", rng.Intn(1000))
	}
	return strings.Join(w, " ")
}

// randomText returns n words drawn from a vocabulary of 5,000 made-up words.
func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		fmt.Fprintf(&b, "v%d ", rng.Intn(5000))
	}
	return b.String()
}

func TestGroups(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var keys []string
	var texts []string
	var want [][]string
	// 30 stories, story i with i%4 copies; copy chains link through the
	// original.
	for i := range 30 {
		base := randomText(rng, 150+rng.Intn(300))
		group := []string{fmt.Sprintf("s%02d", i)}
		keys = append(keys, group[0])
		texts = append(texts, base)
		for c := range i % 4 {
			k := fmt.Sprintf("s%02d-copy%d", i, c)
			group = append(group, k)
			keys = append(keys, k)
			texts = append(texts, variant(rng, base, 3))
		}
		slices.Sort(group)
		want = append(want, group)
	}
	// Texts without words are singletons; a key listed twice is one member.
	keys = append(keys, "empty1", "empty2", "s05")
	texts = append(texts, "", "", texts[slices.Index(keys, "s05")])
	want = append(want, []string{"empty1"}, []string{"empty2"})
	slices.SortFunc(want, func(a, b []string) int { return strings.Compare(a[0], b[0]) })

	sigs := make([]Signature, len(texts))
	for i, s := range texts {
		sigs[i] = Sign(s)
	}
	if got := Groups(keys, sigs); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("Groups = %q\nwant %q", got, want)
	}
	for trial := range 20 {
		perm := rng.Perm(len(keys))
		k2 := make([]string, len(keys))
		s2 := make([]Signature, len(keys))
		for i, p := range perm {
			k2[i], s2[i] = keys[p], sigs[p]
		}
		if got := Groups(k2, s2); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("shuffle %d: Groups = %q\nwant %q", trial, got, want)
		}
	}
	if got := Groups(nil, nil); len(got) != 0 {
		t.Errorf("Groups(nil) = %q, want none", got)
	}
}

// TestGroupsChain checks that groups are connected components: a and c are
// not near-duplicates of each other, but both are of b.
func TestGroupsChain(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	w := strings.Fields(randomText(rng, 600))
	a := strings.Join(w[:400], " ")
	b := strings.Join(w[100:500], " ")
	c := strings.Join(w[200:600], " ")
	sigs := []Signature{Sign(c), Sign(a), Sign(b)}
	if s := Similarity(&sigs[0], &sigs[1]); s >= Threshold {
		t.Fatalf("Similarity(a, c) = %v, want below Threshold", s)
	}
	got := Groups([]string{"c", "a", "b"}, sigs)
	if want := [][]string{{"a", "b", "c"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("Groups = %q, want %q", got, want)
	}
}

// article1000 is a made-up article of 1,000 words.
var article1000 = func() string {
	w := strings.Fields(story + " " + other)
	rng := rand.New(rand.NewSource(3))
	var b strings.Builder
	for i := range 1000 {
		if i > 0 && i%17 == 0 {
			b.WriteString(".\n")
		}
		b.WriteString(w[rng.Intn(len(w))])
		b.WriteByte(' ')
	}
	return b.String()
}()

func TestSignAllocs(t *testing.T) {
	Sign(article1000) // warm the buffer pool
	if n := testing.AllocsPerRun(20, func() { Sign(article1000) }); n > 0 {
		t.Errorf("Sign allocates %v times per call, want 0", n)
	}
}

func BenchmarkSign(b *testing.B) {
	b.SetBytes(int64(len(article1000)))
	b.ReportAllocs()
	for b.Loop() {
		Sign(article1000)
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	// 10,000 signatures of random texts, one in ten a near-copy of an
	// earlier one, added to an index that is renewed every 10,000 adds.
	const n = 10000
	rng := rand.New(rand.NewSource(4))
	sigs := make([]Signature, n)
	keys := make([]string, n)
	for i := range sigs {
		keys[i] = fmt.Sprintf("k%05d", i)
		if i > 0 && i%10 == 0 {
			sigs[i] = sigs[rng.Intn(i)]
			for range NumHashes / 5 {
				sigs[i][rng.Intn(NumHashes)] = rng.Uint32()
			}
			continue
		}
		for j := range sigs[i] {
			sigs[i][j] = rng.Uint32()
		}
	}
	b.ReportAllocs()
	ix := NewIndex()
	i := 0
	for b.Loop() {
		if i == n {
			b.StopTimer()
			ix, i = NewIndex(), 0
			b.StartTimer()
		}
		ix.Add(keys[i], &sigs[i])
		i++
	}
}
