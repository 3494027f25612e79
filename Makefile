# One command sets everything up and does the job: `make test` or `make serve`.
# The virtual environment is (re)built whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1:8000

.PHONY: setup test test-fast serve build bench lighthouse clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,docs]"
	touch $@

setup: $(STAMP)

# Everything: library, examples, the strict site build, links and the browser.
test: setup
	$(BIN)/python -m pytest

# The library and the examples only (seconds): what to run while editing code.
# Spread over the cores (at most 4: each worker imports numpy, scipy and
# matplotlib). The full run stays in one process: its site tests share one
# build of the site, which workers would each make again.
test-fast: setup
	$(BIN)/python -m pytest -m "not site and not lint" -n auto --maxprocesses 4

# --livereload: with recent click, `mkdocs serve` otherwise starts without it.
serve: setup
	$(BIN)/mkdocs serve --strict --livereload --dev-addr $(HOST)

build: setup
	$(BIN)/mkdocs build --strict --clean

bench: setup
	$(BIN)/python benchmarks/bench_divergence.py
	$(BIN)/python benchmarks/bench_knn.py

clean:
	rm -rf $(VENV) site .pytest_cache .hypothesis $(LIGHTHOUSE_DIR)

# Lighthouse (mobile preset) on every page, served gzip-compressed; by hand,
# not part of the tests. Lighthouse comes from npm into .lighthouse/.
LIGHTHOUSE_DIR := .lighthouse
lighthouse: setup
	npm install --silent --prefix $(LIGHTHOUSE_DIR) lighthouse@13
	rm -rf $(LIGHTHOUSE_DIR)/run && mkdir -p $(LIGHTHOUSE_DIR)/run
	$(BIN)/mkdocs build --strict --clean -d $(LIGHTHOUSE_DIR)/run/site
	LIGHTHOUSE=$(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} \
		$(BIN)/python benchmarks/lighthouse.py $(LIGHTHOUSE_DIR)/run/site
