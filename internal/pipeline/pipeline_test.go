package pipeline

import (
	"context"
	"errors"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestOrderedKeepsInputOrder(t *testing.T) {
	for _, tc := range []struct {
		name    string
		n       int
		workers int
	}{
		{"empty", 0, 2},
		{"one", 1, 1},
		{"many-one-worker", 500, 1},
		{"many-many-workers", 2000, 8},
		{"default-workers", 300, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			err := Ordered(context.Background(), tc.workers,
				func(yield func(int) bool) error {
					for i := range tc.n {
						if !yield(i) {
							return nil
						}
					}
					return nil
				},
				func(i int) int {
					// Uneven work so results finish out of order.
					time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
					return i * 2
				},
				func(v int) error { got = append(got, v); return nil })
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.n {
				t.Fatalf("got %d results, want %d", len(got), tc.n)
			}
			for i, v := range got {
				if v != i*2 {
					t.Fatalf("result %d = %d, want %d", i, v, i*2)
				}
			}
		})
	}
}

func TestOrderedBoundsInFlight(t *testing.T) {
	const workers = 2
	var inFlight, maxInFlight atomic.Int64
	err := Ordered(context.Background(), workers,
		func(yield func(int) bool) error {
			for i := range 1000 {
				n := inFlight.Add(1)
				for {
					m := maxInFlight.Load()
					if n <= m || maxInFlight.CompareAndSwap(m, n) {
						break
					}
				}
				if !yield(i) {
					return nil
				}
			}
			return nil
		},
		func(i int) int { return i },
		func(int) error {
			inFlight.Add(-1)
			runtime.Gosched()
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	// The window is 4*workers, plus the one the producer holds while blocked.
	if m := maxInFlight.Load(); m > 4*workers+2 {
		t.Fatalf("%d inputs in flight, want at most %d", m, 4*workers+2)
	}
}

func TestOrderedStopsOnDeliverError(t *testing.T) {
	boom := errors.New("boom")
	var produced atomic.Int64
	err := Ordered(context.Background(), 2,
		func(yield func(int) bool) error {
			for i := range 1_000_000 {
				produced.Add(1)
				if !yield(i) {
					return nil
				}
			}
			return nil
		},
		func(i int) int { return i },
		func(v int) error {
			if v == 10 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if p := produced.Load(); p > 1000 {
		t.Fatalf("producer went on for %d items after the error", p)
	}
}

func TestOrderedReturnsProducerError(t *testing.T) {
	bad := errors.New("bad source")
	err := Ordered(context.Background(), 2,
		func(yield func(int) bool) error { yield(1); return bad },
		func(i int) int { return i },
		func(int) error { return nil })
	if !errors.Is(err, bad) {
		t.Fatalf("err = %v, want %v", err, bad)
	}
}

func TestOrderedHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err := Ordered(ctx, 2,
		func(yield func(int) bool) error {
			for i := 0; ; i++ {
				if !yield(i) {
					return nil
				}
			}
		},
		func(i int) int { return i },
		func(int) error {
			n++
			if n == 50 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func BenchmarkOrdered(b *testing.B) {
	for b.Loop() {
		_ = Ordered(context.Background(), 0,
			func(yield func(int) bool) error {
				for i := range 10000 {
					if !yield(i) {
						return nil
					}
				}
				return nil
			},
			func(i int) int { return i + 1 },
			func(int) error { return nil })
	}
}
