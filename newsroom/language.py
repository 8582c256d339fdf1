"""The interface language comes from the address alone: Arabic at the root, English under /en/."""

from __future__ import annotations

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.http import HttpRequest, HttpResponseBase
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class PathLanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without `Vary: Accept-Language` where nothing reads that header.

    With i18n_patterns(prefix_default_language=False), LocaleMiddleware takes an unprefixed address's language to be
    LANGUAGE_CODE whatever the request says (Accept-Language, the language cookie), yet still answers
    `Vary: Accept-Language` there: every cache would then keep a copy of the same page per browser language. Here
    the language is the path's, so the answer varies on the path only. Any other URL configuration keeps Django's
    behaviour."""

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
        if not i18n_patterns_used or prefixed_default_language:
            return super().process_response(request, response)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
