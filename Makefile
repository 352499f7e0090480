# Convenience targets; the README's commands work without make.
GO ?= go

.PHONY: build test bench eval

build:
	$(GO) build -o dossier ./cmd/dossier

test:
	$(GO) vet ./... && $(GO) test -count=1 ./...

# Throughput and memory: pages/s and articles/s with all cores, B/op.
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 3x ./internal/batch/
	$(GO) test -run '^$$' -bench 'HTML|Trafilatura|Text' -benchmem ./internal/clean/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/store/ ./internal/acquire/

eval: build
	./dossier eval ../shared/bench/zyte
	./dossier eval ../shared/corpus/seeds
	./dossier eval ../shared/corpus/dev
	./dossier eval ../shared/corpus/gva-dev
