"""Local development: debug on, a fixed throw-away secret, localhost only."""

from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.base import LOGGING
from newsroom.settings.environment import env_bool, env_list, env_str

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or "dev-only-insecure-key-never-used-in-production-0123456789"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

# Static files come straight from the apps and static/ (no collectstatic while developing).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

LOGGING["loggers"]["newsroom.requests"]["level"] = env_str("DJANGO_REQUEST_LOG_LEVEL", "WARNING")
