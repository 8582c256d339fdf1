"""The share card of a page, as Open Graph and X read it: the page's photo, or else the newsroom's drawn card."""

from __future__ import annotations

from typing import Any

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from timeline import publisher
from timeline.share_image import default_card

register = template.Library()


@register.simple_tag(takes_context=True)
def share_card_meta(context: template.Context, image: dict[str, Any] | None = None) -> SafeString:
    """og:image with its size and alternative text on every page; a photo makes the X card a large one, the drawn
    card (the same on every page) a small one."""
    card = image or default_card(context["request"])
    return format_html(
        '<meta property="og:image" content="{}">\n'
        '  <meta property="og:image:width" content="{}">\n'
        '  <meta property="og:image:height" content="{}">\n'
        '  <meta property="og:image:alt" content="{}">\n'
        '  <meta name="twitter:card" content="{}">',
        card["url"],
        card["width"],
        card["height"],
        card["alt"],
        "summary_large_image" if image else "summary",
    )


@register.simple_tag
def newsroom_name() -> str:
    """The newsroom's name in the page's language (og:site_name)."""
    return publisher.newsroom_name(get_language() or settings.LANGUAGE_CODE)
