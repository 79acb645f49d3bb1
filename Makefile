# Samenwijzer — the commands the README documents. Every target installs what is
# missing first (scripts/setup.sh is quick when everything is there).
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

# The wasm build may need Debian's toolchain (see scripts/setup.sh); it gets its own
# target folder so that it and the native stable builds do not invalidate each other.
WEB = source .wasm-env && CARGO_TARGET_DIR=$(CURDIR)/target/web

.PHONY: setup serve build dist size unit lint e2e test clean bench-native check-data

setup:
	@bash scripts/setup.sh

## make serve: build and serve the app with the demo directory at http://127.0.0.1:8080
serve: setup
	$(WEB) trunk serve

## make build / make dist: the release build in dist/, ready to upload anywhere
build: setup
	$(WEB) trunk build --release
dist: build
	@echo "dist/ is ready: upload its contents to any static web server, at / or a sub-path."

size:
	node scripts/size-report.mjs dist

lint: setup
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

unit: setup
	cargo test --workspace

## make check-data: the staff's check of the demo directory (`make unit` runs it too, as a test of crates/cli)
check-data:
	cargo run -q -p samenwijzer-data -- check data/directory.json

## make bench-native: criterion benchmark of parse, index and keystrokes on 10,000 entries
## (native, release; not part of `make test`)
BENCH_ENTRIES ?= /tmp/entries10k.json
bench-native:
	test -s $(BENCH_ENTRIES) || python3 ../shared/bench/gen-entries.py 10000 > $(BENCH_ENTRIES)
	SAMENWIJZER_BENCH_ENTRIES=$(BENCH_ENTRIES) cargo bench -p samenwijzer-core --bench search

e2e: setup
	npx playwright test

## make test: everything CI runs
test: lint unit build size e2e

clean:
	rm -rf dist target/web e2e/results e2e/report
