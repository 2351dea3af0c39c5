# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot run

test: $(STAMP)
	$(PY) -m ruff check bot commands tests
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check bot commands tests

eval: $(STAMP)
	$(PY) -m bot eval

bench: $(STAMP)
	$(PY) -m bot bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) data
