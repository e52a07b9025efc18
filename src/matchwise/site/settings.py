"""Django settings: local-first, one user, no account."""

from __future__ import annotations

from pathlib import Path

import django_stubs_ext

from matchwise.selection.catalogue_limits import MAX_FILE_BYTES
from matchwise.site.config import Config, database_settings, secret_key
from matchwise.site.data_folder import prepare_database_file, prepare_folder

# Lets forms and querysets be subscripted at run time, as the type hints do.
django_stubs_ext.monkeypatch()

CONFIG = Config.from_environment()
# Private from the start: the folder 0700, the database and the key 0600 (see data_folder).
prepare_folder(CONFIG.data_dir)
if CONFIG.database_url is None:
    prepare_database_file(CONFIG.sqlite_path)

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = secret_key(CONFIG)
DEBUG = CONFIG.debug
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "ninja",
    "matchwise.site",
    "matchwise.network",
    "matchwise.outreach",
    "matchwise.programs",
    "matchwise.rotations",
    "matchwise.season",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "matchwise.site.busy.BusyDatabaseMiddleware",
]

ROOT_URLCONF = "matchwise.site.urls"
WSGI_APPLICATION = "matchwise.site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csrf",
            ],
        },
    }
]

DATABASES = {"default": database_settings(CONFIG)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True
# A request body read whole (JSON, form fields): room for the largest source file a catalogue
# merge takes, base64-encoded in the API's JSON (4 bytes for every 3), with 1 MB to spare.
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_FILE_BYTES * 4 // 3 + 2**20

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False

# Contacts' notes are other people's data: log nothing but warnings from the request layer.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
CSRF_COOKIE_SAMESITE = "Strict"
SESSION_COOKIE_SAMESITE = "Strict"
