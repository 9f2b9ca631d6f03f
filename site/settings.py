"""Settings of the Cluj Cultural Centre site, read from the environment (12-factor).

Every value a deployment changes comes from an environment variable; see the README's table.
`INSTALLED_APPS` is composed from the enabled programme plugins (`cms.plugin_manager`), so this
module builds the plugin manager at import time. That is why plugins' hook modules must import
without Django being set up.
"""

from __future__ import annotations

import os
from pathlib import Path

import csp.constants as CSP  # noqa: N812 (the constants read like the policy's keywords)
import dj_database_url

from django.core.exceptions import ImproperlyConfigured

from cms.plugin_manager import enabled_programme_apps

PROJECT_DIR = Path(__file__).resolve().parent  # site/
BASE_DIR = PROJECT_DIR.parent  # the repository
VAR_DIR = Path(os.environ.get("DJANGO_VAR_DIR", BASE_DIR / "var"))


def env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production (DJANGO_DEBUG off) refuses to start "
            "without it; set DJANGO_SECRET_KEY to a long random string, or DJANGO_DEBUG=1 "
            "for development."
        )
    SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "cms.events",
    "cms.opencalls",
    "cms.registrations",
    "cms.search",
    "cms.pagecache",
    "cms.places",
    "cms.directories",
    "cms.submissions",
    "cms.people",
    "cms.libraries",
    "cms.news",
    "cms.newsletter",
    *enabled_programme_apps(),
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "recurrence",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous visitors' pages from the cache, before any middleware that reads the session.
    "cms.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.SiteLocaleMiddleware",
    # A body larger than any legal upload: 413 in the visitor's language, before it is read.
    "cms.security.body_limit.RequestBodyLimitMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cms.security.ids.IdRangeMiddleware",  # an id past 2**63 is a 404, not an overflow
    # Failed logins per account and per client: a locked login is refused before the view.
    "cms.security.login_throttle.LoginThrottleMiddleware",
    # A client already over a public form's rate: 429 before CSRF parses the POST.
    "cms.security.body_limit.PublicPostRateLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cms.refusals.ProgrammeRefusalMiddleware",  # another programme's pages: say whose
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.security.policy.SitePolicyMiddleware",  # Content-Security- and Permissions-Policy
]

ROOT_URLCONF = "cluj_site.urls"
WSGI_APPLICATION = "cluj_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cms.context_processors.site_navigation",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------------------------
# SQLite by default (development, the demo); PostgreSQL in production through DATABASE_URL.
DATABASE_URL = os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions take the write lock at BEGIN, so two registrations never both read
    # "one seat left"; WAL lets readers go on while one writer works.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=wal;",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    if DATABASES["default"]["NAME"] not in ("", ":memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache --------------------------------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's, logging a failure of Redis instead of raising it (cms/cache.py).
            "BACKEND": "cms.cache.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "cccluj"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The page cache (cms/pagecache): how long at most an anonymous visitor's page is served from
# the cache. Changes purge what shows them at once; this bounds only what turns by the clock
# and what a lost purge leaves. 0 switches it off. It is on by default only with Redis: a
# change must reach every app process's cache, and a per-process cache would keep serving the
# old page in the processes that did not make it.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300" if REDIS_URL else "0"))

# --- Languages ----------------------------------------------------------------------------------
LANGUAGE_CODE = "ro"
LANGUAGES = [("ro", "Română"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# site/locale_thirdparty: Romanian for apps that ship none (django-recurrence), kept apart
# from site/locale, which `makemessages` rewrites.
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_thirdparty"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Bucharest"
# New translations start as drafts: wagtail-localize would otherwise publish a copy of the
# Romanian text at once, and English visitors would read Romanian.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", VAR_DIR / "media"))
# Applicants' files (open calls): outside MEDIA_ROOT, so no /media/ URL can ever serve them;
# reviewers download them through a permission-checked admin view. Back it up like the database.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on every start otherwise
# Django's default. The largest forms are the admin's page editor (about five inputs per
# StreamField block, ten per open-call question row): a call with 60 questions and a long body
# stays well under it. A multipart with more is refused (400) once the limit is reached.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
# The largest body a request may have; by default derived from the largest legal upload
# (cms/security/body_limit.py). Keep the proxy's limit (nginx client_max_body_size) the same.
REQUEST_BODY_MAX_BYTES = int(os.environ.get("REQUEST_BODY_MAX_BYTES", "0")) or None

# --- Email --------------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Where the file-based backend (EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend)
# writes each message: a staging server's outbox, the browser tests' inbox.
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH") or None
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Centrul Cultural Clujean <contact@cccluj.ro>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Tasks (email and other slow work) ----------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if DEBUG
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

# --- Wagtail ------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Centrul Cultural Clujean"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The database backend uses PostgreSQL full-text search on PostgreSQL and FTS on SQLite.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Slugs in plain ASCII ("seri-de-povesti-rome", not "seri-de-povești-rome" sent as
# "pove%C8%99ti"): Wagtail then transliterates titles (ș→s, ț→t, ă→a, â→a, î→i) both in the
# editor's slug field and when it makes a slug itself on the server.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No avatar from gravatar.com: the admin fetches nothing from a third party (staff e-mail hashes
# would leave with every page view); Wagtail shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The reset email goes through the task worker for every address: the answer's timing does not
# tell a stranger which addresses have an account (cms/security/password_reset.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "cms.security.password_reset.QueuedPasswordResetForm"  # noqa: S105

# `load_demo` builds only the first DEMO_SAMPLE rows of its long tables (hubs, schools) when set:
# the test suite sets 3 (tests/settings.py); 0, the default, builds the whole demo.
DEMO_SAMPLE = int(os.environ.get("DEMO_SAMPLE", "0"))

# --- Maps (cms.places) ---------------------------------------------------------------------------
# Tiles of every public map and of the admin's coordinates picker; "" turns maps off (pages show
# the list of places only). The CSP's img-src allows this host (cms.places.tiles.map_tile_origin).
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)

# --- Security -----------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views allow their own origin themselves
SECURE_CONTENT_TYPE_NOSNIFF = True
CSRF_FAILURE_VIEW = "cms.views.csrf_failure"
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Content-Security-Policy (django-csp, cms/security/policy.py): enforced; CSP_REPORT_ONLY=1 sends
# it as report-only instead (a first deployment), CSP_REPORT_URI names where browsers report.
# Public pages: nothing inline, nothing from elsewhere but the map tiles (host of MAP_TILE_URL,
# added by the middleware). The admin: Wagtail still writes inline scripts and styles.
CSP_REPORT_ONLY = env_flag("CSP_REPORT_ONLY")
_CSP_REPORT_URI = env_list("CSP_REPORT_URI")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF],
        "style-src": [CSP.SELF],
        "img-src": [CSP.SELF, "data:"],
        "font-src": [CSP.SELF],
        "connect-src": [CSP.SELF],
        "frame-src": [CSP.SELF, *env_list("CSP_FRAME_SOURCES")],  # embedded players, if any
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.NONE],
        **({"report-uri": _CSP_REPORT_URI} if _CSP_REPORT_URI else {}),
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        "img-src": [CSP.SELF, "data:", "blob:"],
        "font-src": [CSP.SELF, "data:"],
        "media-src": [CSP.SELF, "blob:"],
        "frame-ancestors": [CSP.SELF],  # the editor's preview frames the admin's own views
    }
}

# Registration and application forms are rate-limited per client on the cache. Behind N proxies
# of our own (a load balancer: 1), the client is read from X-Forwarded-For (cms/client_ip.py).
RATELIMIT_ENABLE = env_flag("RATELIMIT_ENABLE", True)
# With the cache (Redis) unreachable, the limits let requests through rather than refuse every
# registration: the forms keep their other checks, and Redis is watched (README).
RATELIMIT_FAIL_OPEN = True
TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "0"))
# How far ahead the dates of event series are written out (`manage.py extend_occurrences`).
EVENTS_HORIZON_DAYS = int(os.environ.get("EVENTS_HORIZON_DAYS", "548"))
# Days after a date that its registrations are anonymised (`manage.py purge_personal_data`).
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "180"))
# Children's data (registrations made by a guardian) goes sooner: never kept longer than the above.
REGISTRATION_CHILD_RETENTION_DAYS = int(os.environ.get("REGISTRATION_CHILD_RETENTION_DAYS", "30"))
# Newsletter (cms.newsletter): days an address has to confirm before it is deleted, and how many
# letters the task worker sends per minute (keep under the SMTP provider's limit).
NEWSLETTER_UNCONFIRMED_DAYS = int(os.environ.get("NEWSLETTER_UNCONFIRMED_DAYS", "7"))
NEWSLETTER_MESSAGES_PER_MINUTE = int(os.environ.get("NEWSLETTER_MESSAGES_PER_MINUTE", "120"))
RATELIMIT_IP_META_KEY = "cms.client_ip.client_ip"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per background task and per page action is noise in a console.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}
