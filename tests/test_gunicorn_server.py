"""The one way tests and benchmarks serve the site over HTTP (`tests.helpers.gunicorn_server`)."""

from __future__ import annotations

import json
import os
import urllib.request

import pytest

from tests.helpers import gunicorn_server

# Its child processes run on SQLite files of their own: once, in the SQLite run.
pytestmark = pytest.mark.own_database


def site_env(tmp_path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
        "RATELIMIT_ENABLE": "0",
        **extra,
    }


def test_the_site_is_served_on_loopback_until_the_block_ends(tmp_path):
    with gunicorn_server(site_env(tmp_path), workers=1) as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{base_url}/healthz", timeout=10) as response:
            assert response.status == 200
            json.loads(response.read())
    with pytest.raises(OSError):  # stopped: nothing listens on that port any more
        urllib.request.urlopen(f"{base_url}/healthz", timeout=5)


def test_a_server_that_cannot_start_fails_at_once_with_a_reason(tmp_path):
    broken = site_env(tmp_path, DJANGO_SETTINGS_MODULE="no_such_settings")
    with pytest.raises(RuntimeError, match="the server exited"), gunicorn_server(broken, workers=1):
        pass
