# The README's two commands are `make run` and `make test`; everything they need installs itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
MANAGE := $(BIN)/python manage.py
DEV_ENV := DJANGO_DEBUG=1
# Tests run on development settings (the test runner itself turns DEBUG off); production
# settings are exercised in subprocess tests (tests/test_settings.py). Rate limits are off
# except in the tests that switch them on. Set here, not in a conftest: pytest-django reads the
# settings before any conftest runs.
TEST_ENV := DJANGO_DEBUG=1 RATELIMIT_ENABLE=0
# Test modules are shared out between this many processes (pytest-xdist, whole files each, so a
# module's demo is built once), in collection order: the long child-process suites first
# (conftest.py). Each gets its own test database. PYTEST_WORKERS=0 runs in one.
PYTEST_WORKERS ?= 2

.PHONY: run test install messages lint format bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# The W3C Nu HTML checker (tests/html_validation.py), from the npm registry; skipped without npm.
VNU_VERSION := 26.9.27
VNU_JAR := $(VENV)/vnu/node_modules/vnu-jar/build/dist/vnu.jar

$(VNU_JAR): | $(STAMP)
	@if command -v npm >/dev/null 2>&1; then \
		npm install --silent --no-audit --no-fund --prefix $(VENV)/vnu vnu-jar@$(VNU_VERSION); \
	else echo "npm not found: the W3C Nu checker tests will be skipped"; fi

install: $(STAMP) $(VNU_JAR)

# Compiled translations are build output (not committed): made from the .po files every time.
messages: install
	@$(DEV_ENV) $(MANAGE) compile_translations

run: messages
	$(DEV_ENV) $(MANAGE) migrate --noinput
	$(DEV_ENV) $(MANAGE) load_demo --only-missing
	@$(DEV_ENV) $(MANAGE) ensure_demo_admin
	@echo "Site: http://127.0.0.1:8000/  (Ctrl-C stops it)"
	$(DEV_ENV) $(MANAGE) runserver 127.0.0.1:8000

test: messages $(VNU_JAR)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV_ENV) $(MANAGE) check --fail-level WARNING
	$(DEV_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
