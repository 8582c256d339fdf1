"""A timeline on other sites: a light page made to be framed (/embed/timelines/<slug>/), the HTML that frames it,
and an oEmbed provider (/oembed?url=...) so that platforms reading oEmbed embed a timeline from its address.

The embed page alone may be framed, by any site (its own CSP frame-ancestors); every other page keeps
X-Frame-Options: DENY and frame-ancestors 'none'. Like every public surface it shows published bulletins only, and
a timeline with nothing published does not exist for it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_safe

from timeline.bulletin_fragments import rendered_bulletins
from timeline.models import Event, Timeline
from timeline.parameters import MOST_DIGITS, whole_number

EMBED_COUNT = 10
EMBED_MOST = 50
EMBED_WIDTH = 480
EMBED_HEIGHT = 640
OEMBED_CACHE_SECONDS = 3600

# Any site may frame the embed page; nothing else about the policy changes.
embeddable = csp_override({**settings.SECURE_CSP, "frame-ancestors": ["*"]})


def embed_path(timeline: Timeline) -> str:
    """In the timeline's own language: the frame's few words (its header, its link) then match its bulletins."""
    with translation.override(timeline.language):
        return reverse("timeline:timeline-embed", kwargs={"slug": timeline.slug})


def embed_html(request: HttpRequest, timeline: Timeline, *, width: int, height: int) -> str:
    """The <iframe> another site pastes (or gets from oEmbed): sized, titled for screen readers, lazy."""
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" style="border:0;max-width:100%" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        request.build_absolute_uri(embed_path(timeline)),
        width,
        height,
        timeline.title,
    )


def _count(request: HttpRequest) -> int:
    raw = request.GET.get("count", "")
    if not raw:
        return EMBED_COUNT
    count = whole_number(raw, least=1, most=EMBED_MOST)
    if count is None:
        raise ValueError
    return count


@require_safe
@xframe_options_exempt
@embeddable
@cache_control(public=True, no_cache=True)
def timeline_embed(request: HttpRequest, slug: str) -> HttpResponse:
    """The latest bulletins of a timeline, newest first, without the site around them; a live timeline offers
    its new bulletins as they are published (the same script as the timeline page)."""
    timeline = get_object_or_404(Timeline.objects.public(), slug=slug)
    try:
        count = _count(request)
    except ValueError:
        return HttpResponse(
            _("count must be a whole number from 1 to %(most)s.") % {"most": EMBED_MOST},
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    events = list(
        Event.objects.published().for_timeline(timeline).select_related("timeline").order_by("-number")[:count]
    )
    context: dict[str, Any] = {
        "timeline": timeline,
        "bulletins": rendered_bulletins(events),
        "latest_number": events[0].number if events else 0,
        "poll_seconds": settings.TASALSUL_LIVE_POLL_SECONDS,
        "reload_url": request.get_full_path(),
    }
    return render(request, "timeline/embed.html", context)


class OEmbedError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


def _timeline_for(request: HttpRequest, url: str) -> Timeline:
    """The public timeline a page address on this site shows: its timeline page or its embed page."""
    try:
        parts = urlsplit(url)
    except ValueError as error:  # an unclosed [ of an IPv6 address, a port that is not a number...
        raise OEmbedError(400, _("url is not a web address.")) from error
    if parts.scheme not in ("http", "https") or parts.netloc != request.get_host():
        raise OEmbedError(404, _("That address is not a page of this site."))
    try:
        # /en/... resolves only with English active (the language prefix follows the active language).
        with translation.override(translation.get_language_from_path(parts.path) or settings.LANGUAGE_CODE):
            match = resolve(parts.path)
    except Resolver404 as error:
        raise OEmbedError(404, _("That address is not a timeline.")) from error
    if match.url_name not in ("timeline-detail", "timeline-embed") or "slug" not in match.kwargs:
        raise OEmbedError(404, _("That address is not a timeline."))
    timeline = Timeline.objects.public().filter(slug=match.kwargs["slug"]).first()
    if timeline is None:
        raise OEmbedError(404, _("That address is not a timeline."))
    return timeline


def _dimension(request: HttpRequest, name: str, default: int) -> int:
    raw = request.GET.get(name, "")
    if not raw:
        return default
    # Any size above the default asks for the default: a very large one is as good as unlimited.
    value = whole_number(raw, least=1, most=10**MOST_DIGITS)
    if value is None:
        raise OEmbedError(400, _("%(name)s must be a positive whole number.") % {"name": name})
    return min(default, value)


@require_safe
def oembed(request: HttpRequest) -> JsonResponse:
    """oEmbed 1.0 for a timeline's address: a `rich` response whose html frames the embed page, sized within
    maxwidth and maxheight. JSON only (501 for other formats, as the specification asks)."""
    try:
        if (request.GET.get("format") or "json") != "json":  # an empty format is the default, JSON
            raise OEmbedError(501, _("Only the JSON format is provided."))
        url = request.GET.get("url", "").strip()
        if not url:
            raise OEmbedError(400, _("Give the address of a timeline as url."))
        timeline = _timeline_for(request, url)
        width = _dimension(request, "maxwidth", EMBED_WIDTH)
        height = _dimension(request, "maxheight", EMBED_HEIGHT)
    except OEmbedError as error:
        return JsonResponse({"detail": error.message}, status=error.status)
    response = JsonResponse(
        {
            "version": "1.0",
            "type": "rich",
            "title": timeline.title,
            "provider_name": _("Tasalsul"),
            "provider_url": request.build_absolute_uri("/"),
            "html": embed_html(request, timeline, width=width, height=height),
            "width": width,
            "height": height,
            "cache_age": OEMBED_CACHE_SECONDS,
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, no-cache"
    return response


def oembed_discovery_url(request: HttpRequest, timeline: Timeline) -> str:
    page = request.build_absolute_uri(timeline.get_absolute_url())
    return request.build_absolute_uri(reverse("oembed")) + "?" + urlencode({"url": page, "format": "json"})
