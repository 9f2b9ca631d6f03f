"""Settings come from the environment, and production refuses to start half-configured."""

from __future__ import annotations

import secrets

import pytest

from tests.helpers import manage, run_project

# Its child processes run on SQLite files of their own: once, in the SQLite run.
pytestmark = pytest.mark.own_database

PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
    "DJANGO_ALLOWED_HOSTS": "cccluj.ro,www.cccluj.ro",
}


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'db.sqlite3'}"


def test_production_without_a_secret_key_refuses_to_start_naming_the_variable(sqlite_url):
    result = manage("check", env={"DATABASE_URL": sqlite_url})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "Traceback" in result.stderr  # ImproperlyConfigured at import: nothing is served


def test_check_deploy_reports_nothing_with_debug_off_and_secrets_set(sqlite_url):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={**PRODUCTION, "DATABASE_URL": sqlite_url},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_debug_mode_is_off_unless_set(sqlite_url):
    code = "from django.conf import settings; print(settings.DEBUG)"
    shell = ["-c", f"import django, os; django.setup(); {code}"]
    env = {**PRODUCTION, "DATABASE_URL": sqlite_url, "DJANGO_SETTINGS_MODULE": "cluj_site.settings"}
    assert run_project(shell, env=env).stdout.strip() == "False"
    assert run_project(shell, env={**env, "DJANGO_DEBUG": "1"}).stdout.strip() == "True"


def test_database_url_and_sqlite_options_are_read_from_the_environment(sqlite_url):
    code = (
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['ENGINE'], d['NAME'], d['OPTIONS']['transaction_mode'], d['OPTIONS']['init_command'])"
    )
    env = {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": sqlite_url,
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
    }
    result = run_project(["-c", f"import django; django.setup(); {code}"], env=env)
    engine, name, mode, init = result.stdout.split(maxsplit=3)
    assert engine == "django.db.backends.sqlite3"
    assert name == sqlite_url.removeprefix("sqlite:///")
    assert mode == "IMMEDIATE"
    assert "journal_mode=wal" in init


def test_installed_apps_follow_the_programmes_variable(sqlite_url):
    code = "from django.conf import settings; print([a for a in settings.INSTALLED_APPS if a.startswith('plugins.')])"
    env = {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": sqlite_url,
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
        "PROGRAMMES": "roma_culture,heritage",
    }
    result = run_project(["-c", f"import django; django.setup(); {code}"], env=env)
    assert result.stdout.strip() == "['plugins.heritage', 'plugins.roma_culture']", result.stderr


def test_redis_url_switches_the_cache_to_redis(sqlite_url):
    code = (
        "from django.conf import settings; from django.core.cache import caches; "
        "from django.core.cache.backends.redis import RedisCache; "
        "print(settings.CACHES['default']['BACKEND'], isinstance(caches['default'], RedisCache),"
        " settings.PAGE_CACHE_SECONDS)"
    )
    env = {
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": sqlite_url,
        "DJANGO_SETTINGS_MODULE": "cluj_site.settings",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
    }
    result = run_project(["-c", f"import django; django.setup(); {code}"], env=env)
    # Django's Redis cache, logging a failure of Redis instead of raising it (cms/cache.py); the
    # page cache is on only with it (shared by every app process).
    assert result.stdout.strip() == "cms.cache.ForgivingRedisCache True 300"
    del env["REDIS_URL"]
    result = run_project(["-c", f"import django; django.setup(); {code}"], env=env)
    assert result.stdout.strip().endswith("LocMemCache False 0")
