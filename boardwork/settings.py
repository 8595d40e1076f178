"""Boardwork settings: one module, every value read from the environment through the small typed
helpers below. Every variable is documented in README.md ("Configuration").

Safe local defaults: with nothing set, Boardwork runs in development mode on an SQLite file in
the repository. With BOARDWORK_ENV=production (or DEBUG off), a real SECRET_KEY and
ALLOWED_HOSTS are required and the process refuses to start without them.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def secret_key_weakness(key: str) -> str | None:
    """Why `key` is too weak to sign sessions and tokens in production, or None.

    A key must be long (40+ characters), use many different characters (16+: a hex key has
    exactly 16) and carry an estimated 160+ bits (length × the Shannon entropy of its characters),
    which refuses phrases, repeated words and keyboard runs while accepting the output of
    `python -c "import secrets; print(secrets.token_urlsafe(50))"` or `token_hex(32)`. Runs of
    repeated three-character sequences (a word or pattern used twice) are refused too."""
    import math
    from collections import Counter

    if key == _DEV_SECRET or key.startswith("django-insecure"):
        return "it is the public development key"
    if len(key) < 40:
        return f"it has {len(key)} characters; use 40 or more"
    distinct = len(set(key))
    if distinct < 16:
        return f"it uses only {distinct} different characters"
    triples = [key[i : i + 3] for i in range(len(key) - 2)]
    if len(set(triples)) < 0.9 * len(triples):
        return "it repeats itself (random keys almost never do)"
    counts = Counter(key)
    bits = -sum(n * math.log2(n / len(key)) for n in counts.values())
    if bits < 160:
        return f"it is too predictable (about {bits:.0f} bits; 160 needed)"
    return None


# "development" (the default: local, permissive) or "production" (strict).
ENVIRONMENT = env_str("BOARDWORK_ENV", "development")
if ENVIRONMENT not in ("development", "production"):
    raise ImproperlyConfigured("BOARDWORK_ENV must be development or production")
DEVELOPMENT = ENVIRONMENT == "development"

DEBUG = env_bool("DEBUG", DEVELOPMENT)
_DEV_SECRET = "dev-only-insecure-secret-key-do-not-use-in-production"
SECRET_KEY = env_str("SECRET_KEY", _DEV_SECRET if DEVELOPMENT else "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver" if DEVELOPMENT else "")

if not DEVELOPMENT:
    # Refuse an unsafe production configuration at start-up rather than serve with it.
    if DEBUG:
        raise ImproperlyConfigured("DEBUG must be off when BOARDWORK_ENV=production")
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set in production (a random string of 40+ characters)")
    weakness = secret_key_weakness(SECRET_KEY)
    if weakness:
        raise ImproperlyConfigured(
            f"SECRET_KEY is too weak for production: {weakness}. "
            'Make one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must name the host(s) Boardwork is served on in production")
    if "*" in ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must name the host(s) served in production, not '*'")
elif not DEBUG and SECRET_KEY == _DEV_SECRET:
    # DEBUG off looks like a deployment; on the public development key anyone could forge sessions.
    raise ImproperlyConfigured(
        "DEBUG is off but SECRET_KEY is the public development key: set SECRET_KEY "
        "(and BOARDWORK_ENV=production for a deployment), or leave DEBUG on for development"
    )

DATA_DIR = Path(env_str("BOARDWORK_DATA_DIR", str(BASE_DIR / "var")))
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'boardwork.sqlite3'}"),
        # Kept open between requests: a new PostgreSQL connection is a new server process (a few ms
        # of CPU each request), and a new SQLite connection starts with an empty page cache. The
        # health check drops one the server closed meanwhile.
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default must work on a fresh clone: make its folder.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets the web app read while the task worker writes; the busy timeout rides out the rest.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
# PostgreSQL: search's statements are prepared on the server, once per connection (search/engine.py).
# Off behind a connection pooler in transaction mode that cannot carry prepared statements (PgBouncer
# before 1.21).
SEARCH_PREPARED_STATEMENTS = env_bool("BOARDWORK_SEARCH_PREPARED_STATEMENTS", True)
# SQLite: megabytes of the database file each connection reads through a memory map (search/signals.py;
# 0: none, every page read into the connection's own cache). SQLite caps it at its compile-time
# maximum (2 GB less 64 kB for most builds).
SEARCH_SQLITE_MMAP_MB = env_int("BOARDWORK_SEARCH_SQLITE_MMAP_MB", 2048)
# SQLite: searches outside a transaction read through read-only connections that share one page
# cache and one memory map per process (search/reader.py), not each thread's own. Off by default:
# SQLite calls shared-cache mode obsolete and discourages it, and a thread waiting for the disk
# inside SQLite then stops its whole process's searches (ADR 0008, eleventh round — SQLite); worth
# turning on only for a large, warm archive served by many threads per process.
SEARCH_SQLITE_SHARED_READERS = env_bool("BOARDWORK_SEARCH_SQLITE_SHARED_READERS", False)
# At most this many searches at once in each server process (search/engine.py's `turn`; 0: no
# limit): the others wait their turn, first come first served, up to SEARCH_WAIT_MS, then get
# "search is busy" (503). One on SQLite, whose searches are this process's own threads sharing its
# GIL: the 8-client p95s fell by about a third at 1M paragraphs; none on PostgreSQL, where a limit
# gained a little on an idle machine and lost much on a busy one (ADR 0008, twentieth round).
SEARCH_CONCURRENCY = env_int(
    "BOARDWORK_SEARCH_CONCURRENCY", 1 if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" else 0
)
SEARCH_WAIT_MS = env_int("BOARDWORK_SEARCH_WAIT_MS", 10_000)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "ninja",  # serves the API docs' assets from our own origin (the CSP allows nothing else)
    "boardwork.boards",
    "boardwork.plans",
    "boardwork.activities",
    "boardwork.papers",  # before django_tasks_db: its `db_worker` (warmed) is the one that runs
    "boardwork.web",
    "boardwork.search",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "boardwork.web.middleware.RefuseNulMiddleware",
    "boardwork.web.pagecache.DataVersionMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Runs before any view or CSRF check reads the body (those read it in process_view).
    "boardwork.web.middleware.RequestSizeMiddleware",
    "boardwork.web.middleware.SessionTimeoutMiddleware",
    "boardwork.web.middleware.PrivateNoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "boardwork.web.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "boardwork.urls"
WSGI_APPLICATION = "boardwork.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("BOARDWORK_MIN_PASSWORD_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# The sign-in throttle sits in the one backend every sign-in door goes through (web/throttle.py).
AUTHENTICATION_BACKENDS = ["boardwork.web.throttle.ThrottledModelBackend"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
if DEVELOPMENT:
    # WhiteNoise warns about a missing STATIC_ROOT; in development the finders serve the files.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(DATA_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Django's cache: each server process keeps its own in memory (nothing to install or run). It holds
# rendered board pages and activity rows (web/pagecache.py, web/rowcache.py); the default of 300
# entries would evict a page's rows before the page is read again.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 5000)},
    }
}
# Board pages shared by everyone with the same role, until the records change (web/pagecache.py).
PAGE_CACHE = env_bool("BOARDWORK_PAGE_CACHE", True)
PAGE_CACHE_SECONDS = env_int("BOARDWORK_PAGE_CACHE_SECONDS", 600)
# A page built by one server process is found by the others (gunicorn runs one per core), so it is
# built once per change, not once per process while its readers wait: files in a folder of the
# data directory, nothing to install or run; the server empties the folder when it starts
# (gunicorn.conf.py). Off unless asked for: measured on a loaded machine (bench/first_build.py,
# ADR 0005) it cut the first readers' p95 on the dearest pages but raised it on cheap ones.
PAGE_CACHE_SHARED = env_bool("BOARDWORK_PAGE_CACHE_SHARED", False)
CACHES["pages"] = {
    "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
    "LOCATION": str(DATA_DIR / "cache" / "pages"),
    "TIMEOUT": PAGE_CACHE_SECONDS,
    "OPTIONS": {"MAX_ENTRIES": env_int("BOARDWORK_PAGE_CACHE_SHARED_ENTRIES", 2000)},
}

# Reading untrusted files (papers/sandbox.py): every file is read in a worker process limited to
# these, and the request-size cap (web/middleware.py) refuses bigger uploads before reading them.
MAX_UPLOAD_MB = env_int("BOARDWORK_MAX_FILE_MB", 50)
MAX_PAGES = env_int("BOARDWORK_MAX_PAGES", 500)
MAX_PARSE_SECONDS = env_int("BOARDWORK_MAX_PARSE_SECONDS", 120)
MAX_PARSE_MB = env_int("BOARDWORK_MAX_PARSE_MB", 1024)
# Any request that is not an upload: forms and JSON are small.
MAX_REQUEST_MB = env_int("BOARDWORK_MAX_REQUEST_MB", 2)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_REQUEST_MB * 1024 * 1024
# Uploaded files bigger than this are spooled to a temporary file instead of held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 20

# Sessions end after SESSION_IDLE_MINUTES without a request, and SESSION_MAX_HOURS after signing in
# whatever happens (web/middleware.SessionTimeoutMiddleware); the cookie lasts no longer either.
SESSION_IDLE_SECONDS = env_int("BOARDWORK_SESSION_IDLE_MINUTES", 120) * 60
# Django's database sessions, read with one plain statement (web/sessions.py says why).
SESSION_ENGINE = "boardwork.web.sessions"
SESSION_COOKIE_AGE = env_int("BOARDWORK_SESSION_MAX_HOURS", 12) * 3600

# Security headers and cookies. Secure cookies and HSTS follow production mode.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEVELOPMENT)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEVELOPMENT else 31536000)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY", False) else None
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Background jobs: django-tasks with its database backend (no broker), run by `boardwork db_worker`
# (`./dev serve` starts one beside the development server), so a request never waits for a job.
# With TASKS_IMMEDIATE on (the tests, conftest.py) tasks run in-process as soon as they are enqueued.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if env_bool("TASKS_IMMEDIATE", False)
        else "django_tasks_db.DatabaseBackend"
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO" if not DEBUG else "WARNING")},
}
