# Kabar: `make run` serves the demo, `make test` runs the whole suite.
# `make data` regenerates the generated files of index/data; `make check-data` checks them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INDEX ?= kabar-index
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: run test lint index browser thesaurus data check-data clean

# tools/system-packages.sh installs what is missing from Debian when root, else names it and stops;
# `make test` asks for Chromium in the same go, so that apt-get runs once.
$(BIN)/kabar: pyproject.toml constraints.txt setup.py index/analysis/_words.c \
		index/analysis/_tokens.c index/analysis/words.h index/store/_blocks.c index/store/_positions.c \
		index/store/buffer.h index/store/positions.h index/extract/statements/_scan.c \
		index/extract/_trie_scan.c
	@PYTHON=$(PYTHON) sh tools/system-packages.sh build $(if $(filter test,$(MAKECMDGOALS)),browser)
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(BIN)/kabar

$(INDEX)/CURRENT: | $(BIN)/kabar
	$(BIN)/kabar index build demo --index $(INDEX)

index: $(BIN)/kabar
	$(BIN)/kabar index build demo --index $(INDEX)

run: $(BIN)/kabar $(INDEX)/CURRENT
	$(BIN)/kabar serve --index $(INDEX) --host $(HOST) --port $(PORT)

browser:
	@sh tools/system-packages.sh browser

thesaurus:
	@sh tools/ensure-thesaurus.sh

test: $(BIN)/kabar browser thesaurus
	$(BIN)/ruff check .
	$(BIN)/python tools/make_data.py --check
	$(BIN)/python -m pytest

data: $(BIN)/kabar thesaurus
	$(BIN)/python tools/make_data.py

check-data: $(BIN)/kabar thesaurus
	$(BIN)/python tools/make_data.py --check

lint: $(BIN)/kabar
	$(BIN)/ruff check .

clean:
	rm -rf $(INDEX) build .pytest_cache
