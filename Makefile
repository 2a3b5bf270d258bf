# geomap: two commands on a fresh machine.
#   make run   set up .venv, install, build the gazetteer index if missing, run on the bundled example
#   make test  set up (incl. Debian chromium for the browser tests) and run the whole suite
#   make check ruff (lint and format), mypy and the doctests
#   make screenshots  the sample map on desktop and phone in docs/img/ (same Chromium as the tests)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
EXAMPLE := geomap/examples/fernost_de.txt

.PHONY: run test venv install chromium index bench check lint fuzz eval screenshots clean

run: install index
	$(VENV)/bin/geomap check $(EXAMPLE) --offline --fail-on never --format markdown -o maps/example-report.md
	$(VENV)/bin/geomap map $(EXAMPLE) --offline -o maps/example.html
	@echo "map:    maps/example.html"
	@echo "report: maps/example-report.md"

test: install chromium index
	$(PY) -m pytest -q -p no:cacheprovider

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

index: install
	$(VENV)/bin/geomap gazetteer build --if-missing

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; it downloads no browser).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

bench: install index
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

# Lint, format, types and doctests: what CI gates on besides the test suite.
LINTED := geomap gazetteer tests benchmarks scripts
check: install
	$(VENV)/bin/ruff check $(LINTED)
	$(VENV)/bin/ruff format --check $(LINTED)
	$(VENV)/bin/mypy
	$(PY) -m pytest -q -p no:cacheprovider --doctest-modules geomap gazetteer

lint: check

fuzz: install index
	$(PY) benchmarks/fuzz_pipeline.py --seconds $${SECONDS_BUDGET:-60}

eval: install index
	$(PY) benchmarks/compare.py

# The sample map at 1400 x 900 and 390 x 844 for the docs (docs/img/map-*.png).
screenshots: install chromium index
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
