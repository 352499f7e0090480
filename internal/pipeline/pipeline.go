// Package pipeline runs a function over a stream of inputs on a bounded pool
// of workers and hands the results back in input order.
//
// Memory is bounded by the window: at most Window inputs are in flight (read
// but not yet delivered) at any time, however long the stream is, so a slow
// head-of-line item holds back reading rather than letting results pile up.
package pipeline

import (
	"context"
	"runtime"
	"sync"
)

// Ordered applies fn to every value that produce yields, on workers
// goroutines, and calls deliver with the results in the order produce
// yielded the inputs. deliver runs on the caller's goroutine, one call at a
// time. workers <= 0 means runtime.GOMAXPROCS(0).
//
// produce is called once, on its own goroutine; it must stop and return when
// yield returns false (the run was cancelled or deliver failed). Ordered
// returns the first error from produce or deliver, or ctx.Err().
func Ordered[In, Out any](ctx context.Context, workers int,
	produce func(yield func(In) bool) error,
	fn func(In) Out,
	deliver func(Out) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	window := 4 * workers
	parent := ctx
	ctx, cancel := context.WithCancel(parent)
	defer cancel()

	type job struct {
		in  In
		out chan Out
	}
	jobs := make(chan job)
	// pending carries each job's result channel in input order; its capacity
	// is the window that bounds memory.
	pending := make(chan chan Out, window)

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- fn(j.in)
			}
		}()
	}

	prodErr := make(chan error, 1)
	go func() {
		defer close(pending)
		defer close(jobs)
		prodErr <- produce(func(v In) bool {
			out := make(chan Out, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- job{v, out}:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()

	var firstErr error
	for out := range pending {
		var v Out
		select {
		case v = <-out:
		case <-ctx.Done():
		}
		if firstErr != nil || ctx.Err() != nil {
			continue // drain so the producer can finish
		}
		if err := deliver(v); err != nil {
			firstErr = err
			cancel()
		}
	}
	wg.Wait()
	if err := <-prodErr; err != nil && firstErr == nil {
		firstErr = err
	}
	if firstErr == nil {
		firstErr = parent.Err()
	}
	return firstErr
}
