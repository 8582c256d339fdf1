# Tasalsul: `make run` to try it, `make test` to check it. Both set everything up from a bare clone.
.DEFAULT_GOAL := help
SHELL := /bin/bash

# The first Python >= 3.12 on PATH (python3.13, python3.12, then python3).
PYTHON ?= $(shell for candidate in python3.13 python3.12 python3; do \
	if command -v $$candidate >/dev/null 2>&1 && \
	   $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	   echo $$candidate; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_USER ?= demo
DEMO_PASSWORD ?= tasalsul-demo

.PHONY: help setup run serve test lint format check migrate demo lock messages bench bench-import clean

help:
	@echo "make run     set up, migrate, load demo data and serve on http://$(HOST):$(PORT)"
	@echo "make test    set up, then ruff, manage.py check, makemigrations --check and the whole test suite"
	@echo "make setup   create $(VENV) and install the locked dependencies"
	@echo "make bench   every benchmark, load and fault test on PostgreSQL + Redis; writes docs/benchmarks.md"
	@echo "make lint | format | lock | messages | bench-import | clean"

setup: $(STAMP)

$(STAMP): requirements.lock package-lock.json
	@if [ -z "$(PYTHON)" ]; then \
		echo "Tasalsul needs Python 3.12 or newer and none was found (tried python3.13, python3.12, python3)."; \
		echo "Install Python 3.13: 'sudo apt install python3.13 python3.13-venv' (Debian/Ubuntu),"; \
		echo "'brew install python@3.13' (macOS), or 'pyenv install 3.13' - then run make again."; \
		exit 1; fi
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --ignore-scripts --loglevel=error; \
	else echo "npm not found: the TimelineJS browser test will be skipped (install Node.js to run it)."; fi
	@touch $(STAMP)

migrate: setup
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_editor $(DEMO_USER) --role chief --password $(DEMO_PASSWORD)

run: demo
	@echo ""
	@echo "  Tasalsul is starting on http://$(HOST):$(PORT)/"
	@echo "  Admin: http://$(HOST):$(PORT)/admin/   user: $(DEMO_USER)   password: $(DEMO_PASSWORD)   (role: chief)"
	@echo ""
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The production stack on this machine (README, "Deployment"): Varnish with xkey on $(PORT) in front of gunicorn
# (2 x cores + 1 workers) on $(PORT)+1, the task worker and its clock, whitenoise, PostgreSQL with a pool, Redis.
SERVE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tasalsul
SERVE_REDIS_URL ?= redis://127.0.0.1:6379/0
serve: setup
	@export DJANGO_SETTINGS_MODULE=newsroom.settings.production \
	  DATABASE_URL="$${DATABASE_URL:-$(SERVE_DATABASE_URL)}" REDIS_URL="$${REDIS_URL:-$(SERVE_REDIS_URL)}" \
	  DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))')}" \
	  DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	  DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-false}" DJANGO_SECURE_COOKIES="$${DJANGO_SECURE_COOKIES:-false}"; \
	psql "$$DATABASE_URL" -c "select 1" >/dev/null 2>&1 || createdb -h 127.0.0.1 -U postgres tasalsul 2>/dev/null; \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py collectstatic --noinput -v 0 && \
	$(BIN)/python manage.py load_demo && \
	$(BIN)/python manage.py create_editor $(DEMO_USER) --role chief --password $(DEMO_PASSWORD) && \
	echo "  Serving the production stack on http://$(HOST):$(PORT)/ (admin: $(DEMO_USER) / $(DEMO_PASSWORD))" && \
	BIN=$(BIN) HOST=$(HOST) PORT=$(PORT) exec deploy/serve.sh

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: setup
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=newsroom.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# Two workers (pytest-xdist), each running whole files: the suite takes about half the time on two cores.
# PYTEST_WORKERS=0 runs it in one process (needed for -s, e.g. to read the corpus scores).
PYTEST_WORKERS ?= 2
test: lint check
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# Re-resolve the pinned dependencies of pyproject.toml into the hashed lock file.
lock:
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.13 --quiet -o requirements.lock

# Import speed on PostgreSQL (BENCH_DATABASE_URL with _import, a throw-away database it recreates, the one make
# bench's import phase uses: never make bench's own data); writes docs/benchmarks.md.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/tasalsul_bench
bench-import: setup
	$(BIN)/python bench/import_bench.py --database-url $(BENCH_DATABASE_URL)_import

# Every benchmark, load and fault test (bench/run.py; about 20 minutes): needs PostgreSQL, Redis and wrk, and stops
# and starts the local PostgreSQL and Redis servers in its outage phase. Writes docs/benchmarks.md.
bench: setup
	@command -v wrk >/dev/null 2>&1 || { echo "make bench needs wrk: sudo apt-get install -y wrk"; exit 1; }
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python bench/run.py $(BENCH_ARGS)

messages: setup
	$(BIN)/python manage.py makemessages --locale ar --ignore '.venv/*' --ignore 'tests/*' --ignore 'bench/*' --ignore 'node_modules/*' --ignore 'test-artifacts/*' --no-location
	$(BIN)/python manage.py compilemessages --ignore '.venv/*' --ignore 'node_modules/*'

clean:
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .hypothesis .test-db.sqlite3* staticfiles
