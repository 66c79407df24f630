# Postwise. `make run` sets everything up and serves (PORT=8001 make run for another port); `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
DEPLOY_ENV := SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" ALLOWED_HOSTS=postwise.example.org DJANGO_SETTINGS_MODULE=postwise.settings.production
TEST_ENV := DJANGO_SETTINGS_MODULE=postwise.settings.test
PYTEST_ARGS ?=
# Test processes for the tests without a browser (pytest-xdist); browser journeys run in one process.
PYTEST_WORKERS ?= 2
# Locally the non-browser tests keep their migrated test databases between runs; CI passes PYTEST_ARGS=--create-db.
REUSE_DB ?= --reuse-db
STRESS_RUNS ?= 3
PORT ?= 8000

.PHONY: install frontend migrate demo run serve test test-checks test-python test-unit test-e2e test-stress lint format bench profile worker clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

install: $(VENV)/.installed node_modules/.installed

frontend: node_modules/.installed
	npm run --silent build

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content --url http://127.0.0.1:$(PORT)/

run: install frontend demo
	@echo "Serving Postwise at http://127.0.0.1:$(PORT) (demo accounts above; Ctrl-C stops)."
	WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}" $(MANAGE) runserver 127.0.0.1:$(PORT)

# A production-like run: gunicorn, production settings, whitenoise's hashed static files.
serve: install frontend
	$(DEPLOY_ENV) SECURE_SSL_REDIRECT=false $(MANAGE) collectstatic --noinput --verbosity 0
	$(DEPLOY_ENV) SECURE_SSL_REDIRECT=false $(MANAGE) migrate --noinput
	$(DEPLOY_ENV) SECURE_SSL_REDIRECT=false $(VENV)/bin/gunicorn postwise.wsgi --config site/deploy/gunicorn.conf.py

worker: install
	$(MANAGE) run_worker

test: install frontend test-checks test-python

test-checks:
	$(TEST_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(MANAGE) check --fail-level WARNING
	$(DEPLOY_ENV) $(MANAGE) check --deploy --fail-level WARNING
	$(VENV)/bin/lint-imports --no-cache

test-python: test-unit test-e2e

test-unit:
	$(VENV)/bin/pytest -m "not e2e" -n $(PYTEST_WORKERS) $(REUSE_DB) --durations=10 $(PYTEST_ARGS)

# Browser journeys always start from a new test database: they flush it after each test and restore the
# migrations' rows (role groups) from a copy taken when the database is set up, and a reused database that
# an earlier run left flushed would give an empty copy.
test-e2e:
	$(VENV)/bin/pytest -m e2e --create-db $(PYTEST_ARGS)

# `make test` STRESS_RUNS times in a row while stress-ng keeps both CPUs busy; stops at the first failure.
test-stress: install frontend
	tests/stress.sh $(STRESS_RUNS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

profile: install frontend
	$(TEST_ENV) $(PY) -m tests.bench.run profile

# The load test (tests/bench/load.py): gunicorn + locust at demo and large size; BENCH_SCALE=2000 BENCH_SECONDS=5 for a quick run.
bench: install frontend
	$(PY) -m tests.bench.load
	$(TEST_ENV) $(PY) -m tests.bench.run

clean:
	rm -rf $(VENV) node_modules site/static/dist var
