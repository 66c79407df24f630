"""Settings shared by every environment. Secure by default; dev.py relaxes them."""

from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.functional import lazy

from home.site_name import organisation_site_name

from .env import env_bool, env_int, env_list, env_str
from .sso import sso_providers

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"
VAR_DIR.mkdir(exist_ok=True)

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "community",
    "courses",
    "courses.licences",
    "community.forum",
    "community.notifications",
    "community.bestpractice",
    "community.workshops",
    "community.sites",
    "community.registers",
    "community.incidents",
    "community.account_metrics",
    "community.hub",
    "community.measures",
    "community.privacy",
    "community.provisioning",
    "community.postcheck",
    "community.members",
    "courses.quizzes",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
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
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.socialaccount",
    *sso_providers.installed_apps(),
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "csp",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "community.csp.PostwiseCSPMiddleware",
    "community.request_size.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "community.outage.DatabaseOutageMiddleware",
    "community.request_cache.RequestCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "community.middleware.AdminRequiresMfaMiddleware",
    "community.middleware.SsoUnavailableMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "postwise.urls"
WSGI_APPLICATION = "postwise.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "community.context_processors.viewer",
                "csp.context_processors.nonce",
            ],
        },
    },
]

FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# Database: SQLite in a git-ignored folder unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{VAR_DIR / 'postwise.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set. Otherwise Django's database cache, in a table that the
# migration community/0003_shared_cache_table creates: every gunicorn worker and the task worker
# share it, so rate limits count once per site, not once per process. `check --deploy` says which.
REDIS_URL = env_str("REDIS_URL")
DATABASE_CACHE_TABLE = "postwise_cache"
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": DATABASE_CACHE_TABLE,
        }
    }

AUTH_USER_MODEL = "community.Member"
# Django's and allauth's backends, reading the signed-in member from the cache (community/auth_backends.py).
AUTHENTICATION_BACKENDS = [
    "community.auth_backends.MemberBackend",
    "community.auth_backends.AllauthMemberBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:my_path"
LOGOUT_REDIRECT_URL = "/"

# django-allauth
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_ADAPTER = "community.adapters.OrganisationAccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Postwise] "
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
}
# Behind nginx every request comes from 127.0.0.1: count the proxies so that rate
# limits see the client's own address in X-Forwarded-For.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("POSTWISE_TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("POSTWISE_ORGANISATION_NAME", "Postwise")
# Accept the code from one 30-second step either side, for phone clock drift
# and for codes typed as the step turns over.
MFA_TOTP_TOLERANCE = 1
SOCIALACCOUNT_ADAPTER = "community.adapters.OrganisationSocialAccountAdapter"
SOCIALACCOUNT_PROVIDERS = sso_providers.provider_settings()
SOCIALACCOUNT_ONLY = False
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True

# Who may sign up: the organisation's email domains, comma-separated.
POSTWISE_EMAIL_DOMAINS = [domain.lower().lstrip("@") for domain in env_list("POSTWISE_EMAIL_DOMAINS", "example.org")]

# Email goes through Django's mail backends.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "postwise@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background work: django-tasks. The database worker runs in production.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "Europe/London")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "site" / "static" / "dist"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Upload limits, kept in step with site/deploy/nginx.conf (client_max_body_size 12m): a multipart
# form (with files) up to 12 MB, any other body up to 5 MB, an image up to 10 MB (Wagtail's own check,
# with its message beside the field). Bigger requests get the 413 page (community/request_size.py).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
POSTWISE_MAX_UPLOAD_SIZE = 12 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Security headers that hold everywhere.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): nothing inline, no eval, no framing. An element that must be
# inline carries nonce="{{ CSP_NONCE }}". community/csp.py relaxes script and style for the Wagtail admin only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}
SESSION_COOKIE_HTTPONLY = True
# Sessions are read from the cache and written through to the database: with Redis a signed-in page
# pays no query for its session (issue 14), and a cache flush signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_AGE = 60 * 60 * 12

# Wagtail
# The admin's title: the organisation's service and name from its settings, cached (home/site_name.py).
WAGTAIL_SITE_NAME = lazy(organisation_site_name, str)()
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

# SCIM 2.0 provisioning from the directory (django-scim2, community/provisioning/), at /scim/v2/.
SCIM_SERVICE_PROVIDER = {
    "SCHEME": urlparse(WAGTAILADMIN_BASE_URL).scheme or "https",
    "NETLOC": urlparse(WAGTAILADMIN_BASE_URL).netloc or "localhost",
    "AUTHENTICATION_SCHEMES": [
        {
            "type": "oauthbearertoken",
            "name": "Bearer token",
            "description": "A named API token for directory provisioning (admin: Site lists → API tokens).",
        }
    ],
    "USER_ADAPTER": "community.provisioning.adapters.MemberAdapter",
    "GROUP_MODEL": "community.provisioning.models.DirectoryGroup",
    "GROUP_ADAPTER": "community.provisioning.adapters.DirectoryGroupAdapter",
    "USER_FILTER_PARSER": "community.provisioning.filters.MemberFilterQuery",
    "GROUP_FILTER_PARSER": "community.provisioning.filters.DirectoryGroupFilterQuery",
    "AUTH_CHECK_MIDDLEWARE": "community.provisioning.auth.DirectoryTokenCheck",
    "WWW_AUTHENTICATE_HEADER": 'Bearer realm="postwise-directory"',
}
# The admin's own login address redirects to allauth's, or refuses a signed-in member without a role
# with a clear 403 (allauth would send them straight back to /admin/: a redirect loop).
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
# Private pages send visitors to allauth too (postwise/urls.py retires Wagtail's own /_util/login/ form).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILIMAGES_IMAGE_MODEL = "home.PostwiseImage"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search.backend"}}  # English stemming: see its docstring
# An intranet site calls no outside service: no Gravatar images, no Wagtail release check (the CSP
# would refuse both anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# A finished workflow publishes the approved revision, with the approval as the permission (four eyes).
WAGTAIL_FINISH_WORKFLOW_ACTION = "courses.workflow_finish.publish_approved_revision"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # httpx logs every request at INFO; the hub's feed reader logs what matters itself.
    "loggers": {"httpx": {"level": "WARNING"}},
}

# Demo content (with published passwords) may be loaded only where a settings file allows it.
POSTWISE_ALLOW_DEMO_CONTENT = False

# The social hub's feed reader (community.hub). Feeds at private addresses are refused (SSRF), except a
# `host:port` listed here: leave it empty in production; the tests set one per local test server.
POSTWISE_HUB_PRIVATE_FEED_HOSTS: list[str] = []
POSTWISE_HUB_FEED_TIMEOUT = 10.0  # seconds for a whole feed
POSTWISE_HUB_FEED_MAX_BYTES = 2 * 1024 * 1024
