# Two commands matter: `make run` and `make test`. Each sets up .venv itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test lint typecheck unit browser-test chromium bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/matchwise serve --host $(HOST) --port $(PORT)

test: lint typecheck unit

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src tests bench

unit: $(VENV)/.installed-dev
	$(BIN)/pytest -m "not browser" -q

chromium:
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

browser-test: $(VENV)/.installed-dev chromium
	$(BIN)/pytest -m browser -q

.PHONY: api-fuzz
api-fuzz: $(VENV)/.installed-dev
	bash .ci/api-fuzz

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/network.py
	$(BIN)/python bench/selection.py
	$(BIN)/python bench/calibration.py
	$(BIN)/python bench/outreach.py
	$(BIN)/python bench/restore.py
	$(BIN)/python bench/vcard.py
	$(BIN)/python bench/import_while_writing.py
	$(BIN)/python bench/market.py
	$(BIN)/python bench/rank_order.py
	$(BIN)/python bench/catalogue.py
	$(BIN)/python bench/merging.py
	$(BIN)/python bench/merge_apply.py
	$(BIN)/python bench/duplicates.py
	$(BIN)/python bench/wide_sheets.py
	$(BIN)/python bench/rotations.py
	$(BIN)/python bench/lca.py
	$(BIN)/python bench/season.py

clean:
	rm -rf $(VENV) build *.egg-info artifacts
