"""Production: everything secret or host-specific must come from the environment."""

import logging

from django.core.exceptions import ImproperlyConfigured

from newsroom.settings.base import *  # noqa: F403
from newsroom.settings.environment import env_bool, env_str

DEBUG = False
LOGGING["handlers"]["console"]["formatter"] = env_str("DJANGO_LOG_FORMAT", "json")  # noqa: F405
SECRET_KEY = env_str("DJANGO_SECRET_KEY")
if len(SECRET_KEY) < 50 or SECRET_KEY.startswith("django-insecure-"):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random value of at least 50 characters in production "
        '(python -c "import secrets; print(secrets.token_urlsafe(64))").'
    )
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must list the site's host names in production.")

# Hashed, compressed static files, served by whitenoise (collectstatic first: make serve does).
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}  # noqa: F405

if not REDIS_URL:  # noqa: F405
    logging.getLogger("newsroom").warning(
        "REDIS_URL is not set: caching in each process's memory. Set REDIS_URL when running more than one process."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Secure cookies and the https redirect can be turned off only to try the production stack over plain http on
# one's own machine (make serve does); never in a real deployment.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
