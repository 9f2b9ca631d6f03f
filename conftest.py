"""Test-wide setup. Tests run on development settings (DEBUG off inside the test runner itself);
production settings are exercised in subprocess tests (tests/test_settings.py)."""

import os

os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("RATELIMIT_ENABLE", "0")
