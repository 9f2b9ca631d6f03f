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

.PHONY: run test install messages lint format bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

install: $(STAMP)

# Compiled translations are build output (not committed): made from the .po files every time.
messages: install
	@$(DEV_ENV) $(MANAGE) compile_translations

run: messages
	$(DEV_ENV) $(MANAGE) migrate --noinput
	$(DEV_ENV) $(MANAGE) load_demo --only-missing
	@$(DEV_ENV) $(MANAGE) ensure_demo_admin
	@echo "Site: http://127.0.0.1:8000/  (Ctrl-C stops it)"
	$(DEV_ENV) $(MANAGE) runserver 127.0.0.1:8000

test: messages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV_ENV) $(MANAGE) check --fail-level WARNING
	$(DEV_ENV) $(MANAGE) makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
