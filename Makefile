# newswire: the two commands are `make demo` and `make test`; both build on `make setup`.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
UV := $(PYTHON) -m uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
RUN := $(UV) run --locked --no-sync

.PHONY: setup lint typecheck unit test demo bench stack-up stack-down compose-env schemas clean

setup: ## create or update .venv from uv.lock (the `newswire` command lands in .venv/bin)
	@$(PYTHON) -m uv --version 2>/dev/null | grep -q "$(UV_VERSION)" || $(PYTHON) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(UV) sync --locked --all-packages
	@mkdir -p var && if $(RUN) python -m newswire_tagger.native build > var/native-build.log 2>&1; \
	  then echo "tagger: $$(tail -1 var/native-build.log)"; \
	  else echo "tagger: compiled modules not built (var/native-build.log says why); the tagger runs interpreted"; fi

lint: setup ## ruff lint and format check
	$(RUN) ruff check .
	$(RUN) ruff format --check .

typecheck: setup ## mypy --strict over every package and the tests
	$(RUN) mypy schemas/src runtime/src services/ingest/src services/tagger/src services/indexer/src deploy/cli/src deploy/kibana bench tests

schemas: setup ## regenerate the committed JSON Schemas from the models
	$(RUN) python -m newswire_schemas.generate

unit: setup ## offline tests only
	$(RUN) pytest tests/unit -q

test: lint typecheck ## lint, types and every test; real Kafka and Elasticsearch are started by the session fixture
	NEWSWIRE_TAGGER_NATIVE=0 $(RUN) pytest -q tests/unit/tagger  # the tagger's sources as written, then compiled below
	$(RUN) pytest -q --durations=25  # the slowest tests listed: the 20-minute budget is watched from CI's output

demo: setup ## run the whole pipeline on seeds/ and show what was indexed
	$(RUN) newswire demo --input seeds --report var/demo-report.json

bench: setup ## benchmarks; figures are written to bench/*.json
	$(RUN) python -m bench

stack-up: setup
	$(RUN) newswire stack up

stack-down: setup
	$(RUN) newswire stack down

compose-env: setup ## write .env with random passwords and the ingest token for docker compose (keeps existing lines)
	$(RUN) newswire setup --write-env .env

clean:
	-$(RUN) newswire stack down
	rm -rf var .mypy_cache .ruff_cache .pytest_cache
