# warta: two commands for a fresh machine — `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/warta ingest samples/ --db warta.duckdb
	$(BIN)/warta events --db warta.duckdb --format table

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/coder.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache
