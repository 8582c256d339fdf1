"""Settings shared by every environment. Deployment-specific values come from the environment."""

import datetime
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers as corsheaders_default_headers
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from newsroom.settings.environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "timeline",
    # Bulletins rendered when written (#18), and the task worker's queue (django-tasks-db).
    "renderings",
    "django_tasks_db",
    "axes",
]

MIDDLEWARE = [
    "newsroom.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Text responses in Brotli or gzip, whichever the client prefers, never one that may hold a secret (BREACH:
    # newsroom/compression.py). Outside everything that writes a body; static files are whitenoise's own.
    "newsroom.compression.TextGZipMiddleware",
    "newsroom.compression.BrotliMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "newsroom.db_router.PinAfterWriteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language is the address's (Arabic at the root, English under /en/), so no Vary: Accept-Language.
    "newsroom.language.PathLanguageMiddleware",
    # A NUL character in an address or a query is a 400 naming it, before any view or lookup meets it.
    "newsroom.request_checks.RefuseNulCharacterMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After authentication (staff bypass it) and before the views: whole anonymous responses, never stale.
    "newsroom.response_cache.PublicResponseCacheMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
ASGI_APPLICATION = "newsroom.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.language_links",
                "django.template.context_processors.csp",
            ],
        },
    },
]

# DATABASE_URL, e.g. postgres://user:pass@127.0.0.1:5432/tasalsul. Without it: an SQLite file in the project.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0,
        conn_health_checks=True,
    )
}
# A read replica, when there is one: reads go there unless they must see a write (newsroom/db_router.py).
DATABASE_REPLICA_ALIAS = None
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        env_str("DATABASE_REPLICA_URL"), conn_max_age=0, conn_health_checks=True
    )
    DATABASE_REPLICA_ALIAS = "replica"
DATABASE_ROUTERS = ["newsroom.db_router.PrimaryReplicaRouter"]

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    from psycopg_pool import ConnectionPool

    # psycopg 3's pool (Django >= 5.1): connections are reused across requests. Tuned so that while PostgreSQL is
    # down a request gives up quickly (and answers 503, newsroom/views.py) and the pool reconnects by itself, within
    # a second or two of the server's return, without restarting the app.
    DATABASES["default"]["OPTIONS"] = {
        "pool": {
            "min_size": 1,
            "max_size": env_int("DATABASE_POOL_SIZE", 10),
            # How long a request waits for a connection; psycopg's default, 30 s, would hold every worker.
            "timeout": env_int("DATABASE_POOL_TIMEOUT", 3),
            # A restart leaves the pooled connections dead: each is tried at checkout, and replaced if broken.
            "check": ConnectionPool.check_connection,
            # A reconnection attempt retries with growing pauses (1, 2, 4, 8... s) for this long, 5 minutes by default,
            # and no other starts meanwhile: after a 20 s outage the app would wait up to 11 s more. A short attempt
            # gives up soon, and the next request starts a fresh one, which connects at once.
            "reconnect_timeout": 2,
        },
        # For a server that does not answer at all (libpq counts 2 s at the least).
        "connect_timeout": 2,
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # IMMEDIATE takes the write lock when a transaction begins, so two writers queue up (for `timeout`
        # seconds) instead of one failing with "database is locked" half-way through a read-then-write.
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# A covering index's extra columns (event_published_day_facts) are PostgreSQL's optimisation; SQLite keeps the same
# index without them, which is all it needs.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Arabic first: the default language, right-to-left; English is the second interface language.
LANGUAGE_CODE = "ar"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("DJANGO_TIME_ZONE", "UTC")
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"

# Photos uploaded into bulletins. They are served by timeline.media_files (a draft's photos only to staff), not
# straight from the folder: back this folder up with the database (docs/backup-format.md).
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
# The largest photo accepted, in bytes (10 MB: a camera's JPEG, not a RAW file).
TASALSUL_MAX_UPLOAD_BYTES = env_int("TASALSUL_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)

LOGIN_URL = "admin:login"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before checking the password
    "django.contrib.auth.backends.ModelBackend",
]
# Guessing passwords: five failures for a username from an address lock it out for a quarter of an hour (429).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
# Proxies in front of the app that append to X-Forwarded-For (0: clients connect directly, and the header is
# ignored). The API throttles and the admin lockout key on the address this many hops back (newsroom/client_ip.py).
TASALSUL_TRUSTED_PROXIES = env_int("TASALSUL_TRUSTED_PROXIES", 0)
AXES_CLIENT_IP_CALLABLE = "newsroom.client_ip.client_ip"

# A Content Security Policy on every response: our own files only, inline code only with the response's nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # Embedded videos and posts, loaded only when a reader clicks their placeholder (timeline.embeds).
    "frame-src": [
        "https://www.youtube-nocookie.com",
        "https://platform.twitter.com",
        "https://www.facebook.com",
        "https://www.instagram.com",
    ],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Photos on S3-compatible object storage (AWS S3, MinIO, Ceph, R2...) when TASALSUL_S3_BUCKET is set, so that every
# app server sees every upload (#18); local disk (MEDIA_ROOT) otherwise. The bucket stays private: photos reach
# readers through the app (timeline.views.media_file), which checks their bulletin is public.
TASALSUL_S3_BUCKET = env_str("TASALSUL_S3_BUCKET")
if TASALSUL_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": TASALSUL_S3_BUCKET,
            "endpoint_url": env_str("TASALSUL_S3_ENDPOINT_URL") or None,
            "region_name": env_str("TASALSUL_S3_REGION") or None,
            "access_key": env_str("TASALSUL_S3_ACCESS_KEY_ID") or None,
            "secret_key": env_str("TASALSUL_S3_SECRET_ACCESS_KEY") or None,
            "location": env_str("TASALSUL_S3_PREFIX", "media"),
            "default_acl": "private",
            "file_overwrite": False,
        },
    }

# Django's tasks framework: jobs run at once unless a worker backend is configured (see timeline/tasks.py).
TASKS = {"default": {"BACKEND": env_str("DJANGO_TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend")}}

# The reading site.
# Write numbers on Arabic pages in Arabic-Indic digits (٠١٢٣...) rather than 0123.
TASALSUL_ARABIC_INDIC_DIGITS = env_bool("TASALSUL_ARABIC_INDIC_DIGITS", default=False)
# How often a live timeline asks for new bulletins, in seconds.
TASALSUL_LIVE_POLL_SECONDS = 15

# --- The newsroom, as other programs name it (feeds' authors, JSON-LD's author and publisher, share cards) -------
# Its name: empty means the product's name in the reader's language (Tasalsul, تسلسل).
TASALSUL_NEWSROOM_NAME = env_str("TASALSUL_NEWSROOM_NAME")
# Its address (home page), absolute: empty means this site's own home page.
TASALSUL_NEWSROOM_URL = env_str("TASALSUL_NEWSROOM_URL")
# Its logo (an absolute address or a path on this site; at least 112 px, as Google asks): empty means one drawn
# here (timeline/share_image.py, /newsroom-logo.png).
TASALSUL_NEWSROOM_LOGO = env_str("TASALSUL_NEWSROOM_LOGO")
# Bulletins are signed: their author is the staff member who wrote them (by full name), not the newsroom. Never a
# speaker quoted in them.
TASALSUL_SIGNED_BULLETINS = env_bool("TASALSUL_SIGNED_BULLETINS", default=False)
# ------------------------------------------------------------------------------------------------------------------

REST_FRAMEWORK = {
    # Set explicitly: DRF's defaults allow everything and paginate nothing.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["timeline.api.policy.ReadOrStaffWrite"],
    "DEFAULT_FILTER_BACKENDS": ["timeline.api.policy.StrictFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "timeline.api.policy.NewsroomPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        # By the client's real address (newsroom/client_ip.py), never by what X-Forwarded-For claims.
        "timeline.api.throttles.AnonRateThrottle",
        "timeline.api.throttles.UserRateThrottle",
        "timeline.api.policy.WriteRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "120/minute"),
        "user": env_str("API_USER_RATE", "600/minute"),
        "write": env_str("API_WRITE_RATE", "60/minute"),
    },
    "DEFAULT_SCHEMA_CLASS": "timeline.api.schema.NewsroomSchema",
    # Errors DRF does not know are JSON too (a 500, or a 503 while the database is unavailable), never a page.
    "EXCEPTION_HANDLER": "timeline.api.errors.exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "UNICODE_JSON": True,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Tasalsul API",
    "DESCRIPTION": (
        "Numbered news timelines: bulletins, the statements in them, who said them and through which source. "
        "Reads are public and show published bulletins only; every read has an ETag and Last-Modified and "
        "answers a matching conditional GET with 304. Lists are paginated (`page`, `page_size` up to 200) or, "
        "with `pagination=cursor`, cursor-paginated for sync (combine with `updated_since`). Writes need a token "
        "(`Authorization: Token <key>`) of a staff account, and follow the newsroom's role rules."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "timeline.api.schema.state_input_limits",
    ],
    "ENUM_NAME_OVERRIDES": {
        "StatementKindEnum": "timeline.models.Statement.Kind",
        "SourceKindEnum": "timeline.models.Source.Kind",
    },
}

# Anyone may read the API from a page elsewhere (an embedded timeline); browsers may not write across origins.
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]
# Conditional reads from other origins too (a page polling a timeline): the preflight must allow their headers.
CORS_ALLOW_HEADERS = [*corsheaders_default_headers, "if-none-match", "if-modified-since"]

# The shared cache tier in front of the app servers, purged by surrogate key after each commit
# (timeline/frontend_cache/backends.py): TASALSUL_VARNISH_URLS (comma-separated, e.g. http://127.0.0.1:6081) for
# Varnish with xkey (deploy/varnish/tasalsul.vcl); FASTLY_SERVICE_ID + FASTLY_API_TOKEN; CLOUDFLARE_ZONE_ID +
# CLOUDFLARE_API_TOKEN. The app's own response cache is purged the same way in any case.
TASALSUL_FRONTEND_CACHE = {}
if env_str("TASALSUL_VARNISH_URLS"):
    TASALSUL_FRONTEND_CACHE["varnish"] = {
        "BACKEND": "timeline.frontend_cache.backends.VarnishBackend",
        "LOCATIONS": [url.strip() for url in env_str("TASALSUL_VARNISH_URLS").split(",") if url.strip()],
    }
if env_str("FASTLY_SERVICE_ID"):
    TASALSUL_FRONTEND_CACHE["fastly"] = {
        "BACKEND": "timeline.frontend_cache.backends.FastlyBackend",
        "SERVICE_ID": env_str("FASTLY_SERVICE_ID"),
        "API_TOKEN": env_str("FASTLY_API_TOKEN"),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    TASALSUL_FRONTEND_CACHE["cloudflare"] = {
        "BACKEND": "timeline.frontend_cache.backends.CloudflareBackend",
        "ZONE_ID": env_str("CLOUDFLARE_ZONE_ID"),
        "API_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
    }
# Seconds of doubt when judging whether a response was made before a purge: the clock difference between app
# servers, and with a read replica how far it may lag (a page rendered from a replica that has not yet replayed the
# change must not be kept): 1 s by default when a replica is configured.
TASALSUL_PURGE_CLOCK_SKEW = env_int("TASALSUL_PURGE_CLOCK_SKEW_MS", 1000 if DATABASE_REPLICA_ALIAS else 0) / 1000
# The site's public address (https://example.org/): bulletins' API JSON is rendered for it when written.
TASALSUL_CANONICAL_URL = env_str("TASALSUL_CANONICAL_URL")

# The cache: Redis when REDIS_URL is set (shared by every app server), else this process's memory. Without Redis the
# site keeps serving from the database (newsroom/tolerant_cache.py); the socket timeouts bound what an unreachable
# Redis adds to each cache operation.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "newsroom.tolerant_cache.OutageTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "tasalsul",
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tasalsul"}}

# Logs: one JSON object per line (DJANGO_LOG_FORMAT=json, the production default) or plain text, each with the
# request id; a line per request with the user, the time taken and the query count (newsroom/request_log.py).
LOG_FORMAT = env_str("DJANGO_LOG_FORMAT", "plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "newsroom.request_log.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "{asctime} {levelname} [{request_id}] {name}: {message}", "style": "{"},
        "json": {"()": "newsroom.request_log.JsonFormatter"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # The request line is the access log; quiet it in development unless asked.
        "newsroom.requests": {"level": env_str("DJANGO_REQUEST_LOG_LEVEL", "INFO")},
    },
}
