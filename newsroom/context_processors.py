"""Template context shared by every page."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


def language_links(request: HttpRequest) -> dict[str, list[LanguageLink]]:
    """The current page's address in each interface language, for the language switch.

    Translated here, while the request's own language is active: Django's set_language view translates `next`
    under the default language, which cannot resolve an /en/ address.
    """
    current = get_language()
    path = request.get_full_path()
    return {
        "language_links": [
            LanguageLink(code, get_language_info(code)["name_local"], translate_url(path, code), code == current)
            for code, _name in settings.LANGUAGES
        ]
    }
