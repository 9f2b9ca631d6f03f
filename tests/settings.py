"""Settings of the test run: the site's own, plus the throw-away page types the content kits
are tested on.

Each folder of `tests/kit_apps/` is a small Django app (with its migrations) whose models
subclass a kit's bases the way a programme plugin would. They exist only in the test run:
`manage.py`, the demo and production never see them. Subprocess tests that start `manage.py`
get the site's settings, not these.
"""

from __future__ import annotations

from pathlib import Path

from cluj_site.settings import *  # noqa: F403 (the site's settings, unchanged)
from cluj_site.settings import INSTALLED_APPS as SITE_APPS

KIT_TEST_APPS = sorted(
    f"tests.kit_apps.{apps_module.parent.name}"
    for apps_module in (Path(__file__).parent / "kit_apps").glob("*/apps.py")
)

# After the engine's apps and the plugins, before Wagtail's: templates resolve the same way.
_first_third_party = SITE_APPS.index("wagtail_localize")
INSTALLED_APPS = [*SITE_APPS[:_first_third_party], *KIT_TEST_APPS, *SITE_APPS[_first_third_party:]]

# The suite builds the demo dozens of times: the long tables (hubs, schools) give three rows each,
# enough for every page type, filter and map of the contract checks (cms.demo.DemoBuilder.rows).
DEMO_SAMPLE = 3

# Most tests change rows directly and read the page again: the page cache's own tests switch it
# on (tests/pagecache/).
PAGE_CACHE_SECONDS = 0

# Users are created by the dozen (teams, reviewers, editors); the production hasher's million
# rounds would cost a noticeable share of the run. Subprocess tests keep the site's own hashers.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
