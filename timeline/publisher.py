"""The newsroom as other programs name it: the author and publisher of its feeds and of its pages' JSON-LD, from the
settings (TASALSUL_NEWSROOM_NAME, _URL, _LOGO, TASALSUL_SIGNED_BULLETINS), and the one address of each timeline and
bulletin that feeds and search engines identify it by.

A bulletin's author is the newsroom, or, when the newsroom signs its bulletins, the staff member who wrote it.
Never a person quoted in it: a speaker said something, they did not write the bulletin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext, override

from timeline import translations
from timeline.models import Event, Timeline

# The logo drawn here when TASALSUL_NEWSROOM_LOGO is empty (timeline/share_image.py): square, above Google's 112 px.
LOGO_SIZE = 512


@dataclass(frozen=True)
class Author:
    """Who wrote something, as feeds and schema.org name them."""

    name: str
    url: str | None
    kind: Literal["Organization", "Person"]

    def json_ld(self) -> dict[str, Any]:
        data: dict[str, Any] = {"@type": self.kind, "name": self.name}
        if self.url:
            data["url"] = self.url
        return data


def newsroom_name(language: str) -> str:
    """The newsroom's name; by default the product's, in `language`."""
    if settings.TASALSUL_NEWSROOM_NAME:
        return settings.TASALSUL_NEWSROOM_NAME
    with override(language):
        return gettext("Tasalsul")


def newsroom_url(request: HttpRequest) -> str:
    return settings.TASALSUL_NEWSROOM_URL or request.build_absolute_uri("/")


def newsroom(request: HttpRequest, language: str) -> Author:
    return Author(name=newsroom_name(language), url=newsroom_url(request), kind="Organization")


def byline(event: Event, newsroom: Author) -> Author:
    """The bulletin's author: the newsroom, or the staff member who wrote it when the newsroom signs (and they have
    a full name: a login name is not a byline). Reads `event.created_by` only when signing: select it with the
    bulletins then."""
    if settings.TASALSUL_SIGNED_BULLETINS and event.created_by is not None:
        name = event.created_by.get_full_name().strip()
        if name:
            return Author(name=name, url=None, kind="Person")
    return newsroom


def logo(request: HttpRequest) -> dict[str, Any]:
    """The newsroom's logo as a schema.org ImageObject."""
    if settings.TASALSUL_NEWSROOM_LOGO:
        return {"@type": "ImageObject", "url": request.build_absolute_uri(settings.TASALSUL_NEWSROOM_LOGO)}
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(reverse("newsroom-logo")),
        "width": LOGO_SIZE,
        "height": LOGO_SIZE,
    }


def organization(request: HttpRequest, language: str, *, with_logo: bool = True) -> dict[str, Any]:
    """The newsroom as a schema.org Organization: the publisher of every page, the author unless bulletins are
    signed. Its @id tells consumers that every page names the same one; `with_logo=False` for the copies inside
    a list (a timeline's 50 updates), which the page's own publisher already describes in full."""
    url = newsroom_url(request)
    data = {
        "@type": "Organization",
        "@id": f"{url.split('#')[0]}#organization",
        "name": newsroom_name(language),
        "url": url,
    }
    if with_logo:
        data["logo"] = logo(request)
    return data


def author_json_ld(request: HttpRequest, author: Author, language: str) -> dict[str, Any]:
    """`author` for JSON-LD: the newsroom (its Organization, by name, address and @id), or a signing editor."""
    if author.kind == "Organization":
        return organization(request, language, with_logo=False)
    return author.json_ld()


def language_of(target: Timeline | Event) -> str:
    return target.language if isinstance(target, Timeline) else target.timeline.language


def canonical_url(request: HttpRequest, target: Timeline | Event) -> str:
    """The timeline's or bulletin's address in its own language's interface (an Arabic story at the root, an English
    one under /en/), absolute. The same whichever interface a reader, feed or crawler came through, so that it
    identifies the story: a feed's guid and id, JSON-LD's @id, the canonical link."""
    return request.build_absolute_uri(translations.link_to(target, language_of(target)).url)
