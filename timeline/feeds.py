"""A timeline's feeds: RSS 2.0 and Atom through Django's syndication framework, and JSON Feed 1.1.
Published bulletins only, newest first."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from timeline.models import Correction, Event, Timeline

FEED_SIZE = 50


def _latest(timeline: Timeline) -> list[Event]:
    return list(Event.objects.published().for_timeline(timeline).with_statements().order_by("-number")[:FEED_SIZE])


def _when(event: Event) -> datetime.datetime:
    return event.published_at or event.updated_at


def _content(event: Event) -> str:
    quotes = "".join(
        format_html(
            "<blockquote><p>{}</p><footer>— {}</footer></blockquote>", statement.text, statement.speaker.display_name
        )
        for statement in event.statements.all()
    )
    return event.body_html + quotes


class TimelineRssFeed(Feed):
    def get_object(self, request: HttpRequest, slug: str) -> Timeline:
        return get_object_or_404(Timeline.objects.public(), slug=slug)

    def title(self, timeline: Timeline) -> str:
        return timeline.title

    def link(self, timeline: Timeline) -> str:
        return timeline.get_absolute_url()

    def description(self, timeline: Timeline) -> str:
        return timeline.summary or timeline.title

    def language(self, timeline: Timeline) -> str:
        return timeline.language

    def items(self, timeline: Timeline) -> list[Event]:
        return _latest(timeline)

    def item_title(self, event: Event) -> str:
        return f"({event.number}) {event.headline}"

    def item_description(self, event: Event) -> str:
        return _content(event)

    def item_link(self, event: Event) -> str:
        return event.get_absolute_url()

    def item_guid(self, event: Event) -> str:
        return event.get_absolute_url()

    def item_pubdate(self, event: Event) -> datetime.datetime:
        return _when(event)

    def item_updateddate(self, event: Event) -> datetime.datetime:
        return event.updated_at


class TimelineAtomFeed(TimelineRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, timeline: Timeline) -> str:
        return timeline.summary or timeline.title


@require_GET
@cache_control(public=True, no_cache=True)
def timeline_json_feed(request: HttpRequest, slug: str) -> JsonResponse:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    timeline = get_object_or_404(Timeline.objects.public(), slug=slug)
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": timeline.title,
        "home_page_url": request.build_absolute_uri(timeline.get_absolute_url()),
        "feed_url": request.build_absolute_uri(request.path),
        "description": timeline.summary,
        "language": timeline.language,
        "items": [_json_feed_item(request, timeline, event) for event in _latest(timeline)],
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False})


def _json_feed_item(request: HttpRequest, timeline: Timeline, event: Event) -> dict[str, Any]:
    item = {
        "id": request.build_absolute_uri(event.get_absolute_url()),
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "title": f"({event.number}) {event.headline}",
        "content_html": _content(event),
        "date_published": timezone.localtime(_when(event)).isoformat(),
        "date_modified": timezone.localtime(event.updated_at).isoformat(),
        "authors": [{"name": statement.speaker.display_name} for statement in event.statements.all()][:1]
        or [{"name": timeline.title}],
    }
    photo = next((media for media in event.media.all() if media.is_image), None)
    if photo is not None:
        # Feed readers show it beside the item: the size a share card would use.
        item["image"] = request.build_absolute_uri(photo.size_for(1200)["url"])
    return item


class CorrectionsFeed(Feed):
    """A timeline's corrections, for readers who want to know what changed."""

    def get_object(self, request: HttpRequest, slug: str) -> Timeline:
        return get_object_or_404(Timeline.objects.public(), slug=slug)

    def title(self, timeline: Timeline) -> str:
        return _("Corrections: %(title)s") % {"title": timeline.title}

    def link(self, timeline: Timeline) -> str:
        return reverse("timeline:corrections", kwargs={"slug": timeline.slug})

    def description(self, timeline: Timeline) -> str:
        return _("Corrections to the bulletins of “%(title)s”.") % {"title": timeline.title}

    def items(self, timeline: Timeline) -> list[Correction]:
        published = Event.objects.published().for_timeline(timeline)
        return list(Correction.objects.filter(event__in=published).select_related("event__timeline")[:FEED_SIZE])

    def item_title(self, correction: Correction) -> str:
        return f"({correction.event.number}) {correction.event.headline}"

    def item_description(self, correction: Correction) -> str:
        return correction.note

    def item_link(self, correction: Correction) -> str:
        return correction.get_absolute_url()

    def item_pubdate(self, correction: Correction) -> datetime.datetime:
        return correction.created_at
