# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: run test lint bench bench-length bench-web screenshots serve evaluate calibrate train clean lock

# Installs come from the lock (every transitive dependency, pinned, with its hashes); the
# package itself goes on top without dependencies. `make lock` regenerates both locks
# from pyproject.toml after a dependency changes.
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes --quiet

$(BIN)/marquee: pyproject.toml requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-hashes -r requirements-dev.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

venv: $(BIN)/marquee

run: $(BIN)/marquee
	$(BIN)/marquee ingest examples/
	$(BIN)/marquee show "Succession"

test: $(BIN)/marquee
	$(BIN)/python -m pytest

lint: $(BIN)/marquee
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

# A sample of the corpus by default (BENCH_LIMIT documents); `make bench BENCH_LIMIT=` runs
# the whole of it.
BENCH_LIMIT ?= 150
bench: $(BIN)/marquee
	$(BIN)/python bench/bench.py $(SHARED)/corpus/bbc-zitros $(if $(BENCH_LIMIT),--limit $(BENCH_LIMIT))

# Extraction time per 1,000 characters over 20k-160k characters of invented text.
bench-length: $(BIN)/marquee
	$(BIN)/python bench/length.py

lock: $(BIN)/marquee
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) --extra dev -o requirements-dev.lock

# The trained title recogniser marquee_works: its corpus (build/works), a seeded CPU `spacy
# train` (training/works.cfg), the component exported into src/marquee/nlp/models/works, then
# its span scores on the held fold (aggregate only) and on dev.
train: $(BIN)/marquee
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
		nice $(BIN)/python -m marquee.train --shared $(SHARED)

# The work page and the facts API under a bounded load at 1,000,000 facts synthesised from
# the examples' facts (the KB is built once under bench/results/, then reused).
BENCH_SEED := sqlite:///bench/results/seed.db
bench-web: $(BIN)/marquee
	mkdir -p bench/results
	$(BIN)/marquee ingest examples/ --db $(BENCH_SEED) >/dev/null
	$(BIN)/python bench/web.py --seed $(BENCH_SEED) --facts 1000000

# The README's screenshots (docs/*.png) of the examples' KB, in Debian's chromium.
screenshots: $(BIN)/marquee
	$(BIN)/marquee ingest examples/ >/dev/null
	$(BIN)/python docs/screenshots.py sqlite:///marquee.db docs

serve: $(BIN)/marquee
	$(BIN)/marquee serve

# The seed, dev, the train documents outside the held fold, and the held fold (eval/fold.docs.txt:
# never tuned on; its score is the honest estimate).
evaluate: $(BIN)/marquee
	$(BIN)/marquee evaluate $(SHARED)/eval/seed.gold.jsonl $(SHARED)/corpus/seed
	$(BIN)/marquee evaluate $(SHARED)/eval/dev.gold.jsonl $(SHARED)/corpus/tv-news.jsonl
	$(BIN)/marquee evaluate $(SHARED)/eval/train.gold.jsonl $(SHARED)/corpus/tv-news.jsonl \
		$(SHARED)/corpus/modern.jsonl --skip-docs eval/fold.docs.txt
	$(BIN)/marquee evaluate $(SHARED)/eval/train.gold.jsonl $(SHARED)/corpus/tv-news.jsonl \
		$(SHARED)/corpus/modern.jsonl --docs eval/fold.docs.txt

# Each extractor path's precision on the train documents outside the fold: the confidence
# every fact carries (src/marquee/extract/calibration.json).
calibrate: $(BIN)/marquee
	$(BIN)/python -m marquee.evaluate.calibrate --shared $(SHARED)

clean:
	rm -rf $(VENV) marquee.db
