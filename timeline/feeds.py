"""A timeline's feeds: RSS 2.0 and Atom through Django's syndication framework, JSON Feed 1.1, and the RSS feed of
its corrections. Published bulletins only, newest first.

Each feed is in its story's language (`<language>`, `xml:lang`, its own words), whichever interface serves it.
Its entries' ids (RSS guid, Atom id, JSON Feed id) are the bulletins' canonical addresses, absolute and the same in
the Arabic and the /en/ copy of a feed, so that a reader subscribed to both shows each bulletin once; their links
stay in the interface the reader chose. The author is the newsroom, or the staff member who wrote the bulletin when
the newsroom signs (timeline.publisher): never a person quoted in it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, SyndicationFeed
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.utils.xmlutils import SimplerXMLGenerator, UnserializableContentError
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from timeline import publisher
from timeline.bulletin_fragments import code_version, stored
from timeline.models import Correction, Event, Statement, Timeline
from timeline.views import NOT_READ

FEED_SIZE = 50
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F]")  # not allowed in XML 1.0 (as Django's own check)


class _RssProfileXMLGenerator(SimplerXMLGenerator):
    """Writes &, < and > in text as hexadecimal character references, as the RSS Profile advises: RSS never says
    whether a title is text or HTML, and readers that guess HTML still show a headline's "<" or "&" as written
    (the W3C validator warns otherwise). The same characters to any XML parser."""

    def characters(self, content: str) -> None:
        if content and _CONTROL_CHARACTERS.search(content):
            raise UnserializableContentError
        # Already escaped: written as it is (XMLGenerator's only public way to write text unescaped). Three
        # replace() calls, & first: several times faster than str.translate with a mapping on a feed's 50
        # descriptions (translate goes character by character through Python objects).
        if content:
            content = content.replace("&", "&#x26;").replace("<", "&#x3C;").replace(">", "&#x3E;")
        self.ignorableWhitespace(content)


class RssProfileFeed(Rss201rev2Feed):
    def write(self, outfile: Any, encoding: str) -> None:
        # RssFeed.write (Django 6.1), with our generator.
        handler = _RssProfileXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        self.add_stylesheets(handler)
        handler.startElement("rss", self.rss_attributes())
        handler.startElement("channel", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        self.endChannelElement(handler)
        handler.endElement("rss")


@dataclass(frozen=True)
class Story:
    """A feed's timeline, with what its entries need from the request: absolute ids and the newsroom's address."""

    timeline: Timeline
    request: HttpRequest

    @property
    def language(self) -> str:
        return self.timeline.language

    @property
    def newsroom(self) -> publisher.Author:
        return publisher.newsroom(self.request, self.language)


@dataclass(frozen=True)
class Entry:
    """A bulletin in a feed."""

    event: Event
    id: str  # its canonical address: the same in both interfaces' copies of the feed
    author: publisher.Author
    content: str  # its HTML: the body and the statements quoted in it


@dataclass(frozen=True)
class CorrectionEntry:
    """A correction in the corrections feed."""

    correction: Correction
    id: str  # the canonical address of the note on its bulletin's page


def _story(request: HttpRequest, slug: str) -> Story:
    return Story(timeline=get_object_or_404(Timeline.objects.public(), slug=slug), request=request)


# What an entry's content is made from besides the bulletin's own row: its statements and their speakers.
_CONTENT_PREFETCHES = [Prefetch("statements", queryset=Statement.objects.select_related("speaker"))]


def _latest(story: Story, *, photos: bool = False) -> list[Entry]:
    """The latest bulletins, with their content from the renderings stored when they were written
    (timeline/bulletin_fragments.py, variant "feed"): a feed made after a publication reads 50 stored contents and
    makes one, not 50 bulletins' statements, speakers, corrections, topics and places. `photos`: with their media."""
    events = Event.objects.published().for_timeline(story.timeline).select_related("timeline").defer(*NOT_READ)
    if settings.TASALSUL_SIGNED_BULLETINS:
        events = events.select_related("created_by")  # their bylines
    events = list(events.order_by("-number")[:FEED_SIZE])
    if photos:
        prefetch_related_objects(events, "media")
    contents = stored(events, "feed", code_version(__file__), _content, str, str, _CONTENT_PREFETCHES)
    newsroom = story.newsroom
    canonical_timeline = publisher.canonical_url(story.request, story.timeline)
    return [
        Entry(
            event=event,
            id=_canonical_bulletin_url(story, event, canonical_timeline),
            author=publisher.byline(event, newsroom),
            content=content,
        )
        for event, content in zip(events, contents, strict=True)
    ]


def _canonical_bulletin_url(story: Story, event: Event, canonical_timeline: str) -> str:
    """publisher.canonical_url(request, event), from its timeline's canonical address, worked out once a feed: a
    bulletin's address is its timeline's and its number (`/timelines/<slug>/<number>/`)."""
    return f"{canonical_timeline}{event.number}/"


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


class StoryFeed(Feed):
    """What every feed of a timeline shares: the story's language, the newsroom as author, a stable id."""

    feed_type = RssProfileFeed

    def get_object(self, request: HttpRequest, slug: str) -> Story:
        return _story(request, slug)

    def get_feed(self, obj: Story, request: HttpRequest) -> SyndicationFeed:
        feed = super().get_feed(obj, request)
        # Django's Feed reads `language` as an attribute (a method would print its repr), for every feed alike.
        feed.feed["language"] = obj.language
        return feed

    def author_name(self, story: Story) -> str:
        return story.newsroom.name

    def author_link(self, story: Story) -> str | None:
        return story.newsroom.url

    def feed_guid(self, story: Story) -> str:
        return publisher.canonical_url(story.request, story.timeline)


class TimelineRssFeed(StoryFeed):
    def title(self, story: Story) -> str:
        return story.timeline.title

    def link(self, story: Story) -> str:
        return story.timeline.get_absolute_url()

    def description(self, story: Story) -> str:
        return story.timeline.summary or story.timeline.title

    def items(self, story: Story) -> list[Entry]:
        return _latest(story)

    def item_title(self, entry: Entry) -> str:
        return f"({entry.event.number}) {entry.event.headline}"

    def item_description(self, entry: Entry) -> str:
        return entry.content

    def item_link(self, entry: Entry) -> str:
        return entry.event.get_absolute_url()

    def item_guid(self, entry: Entry) -> str:
        return entry.id

    def item_guid_is_permalink(self, entry: Entry) -> bool:
        return True

    def item_author_name(self, entry: Entry) -> str:
        return entry.author.name

    def item_author_link(self, entry: Entry) -> str | None:
        return entry.author.url

    def item_pubdate(self, entry: Entry) -> datetime.datetime:
        return _when(entry.event)

    def item_updateddate(self, entry: Entry) -> datetime.datetime:
        return max(entry.event.updated_at, _when(entry.event))


class TimelineAtomFeed(TimelineRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, story: Story) -> str:
        return story.timeline.summary or story.timeline.title


@require_safe
@cache_control(public=True, no_cache=True)
def timeline_json_feed(request: HttpRequest, slug: str) -> JsonResponse:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    story = _story(request, slug)
    timeline = story.timeline
    newsroom = story.newsroom
    feed: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": timeline.title,
        "home_page_url": request.build_absolute_uri(timeline.get_absolute_url()),
        "feed_url": request.build_absolute_uri(request.path),
        "description": timeline.summary,
        "language": timeline.language,
        "authors": [_json_feed_author(newsroom)],
        "items": [_json_feed_item(request, entry) for entry in _latest(story, photos=True)],
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False})


def _json_feed_author(author: publisher.Author) -> dict[str, str]:
    return {"name": author.name, **({"url": author.url} if author.url else {})}


def _json_feed_item(request: HttpRequest, entry: Entry) -> dict[str, Any]:
    event = entry.event
    item = {
        "id": entry.id,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "title": f"({event.number}) {event.headline}",
        "content_html": entry.content,
        "date_published": timezone.localtime(_when(event)).isoformat(),
        "date_modified": timezone.localtime(max(event.updated_at, _when(event))).isoformat(),
        "authors": [_json_feed_author(entry.author)],
    }
    photo = next((media for media in event.media.all() if media.is_image), None)
    if photo is not None:
        # Feed readers show it beside the item: the size a share card would use.
        item["image"] = request.build_absolute_uri(photo.size_for(1200)["url"])
    return item


class CorrectionsFeed(StoryFeed):
    """A timeline's corrections, for readers who want to know what changed: in the story's language, whichever
    interface serves it."""

    def title(self, story: Story) -> str:
        with override(story.language):
            return _("Corrections: %(title)s") % {"title": story.timeline.title}

    def link(self, story: Story) -> str:
        return reverse("timeline:corrections", kwargs={"slug": story.timeline.slug})

    def description(self, story: Story) -> str:
        with override(story.language):
            return _("Corrections to the bulletins of “%(title)s”.") % {"title": story.timeline.title}

    def items(self, story: Story) -> list[CorrectionEntry]:
        published = Event.objects.published().for_timeline(story.timeline)
        corrections = Correction.objects.filter(event__in=published).select_related("event__timeline")[:FEED_SIZE]
        return [
            CorrectionEntry(
                correction=correction,
                id=f"{publisher.canonical_url(story.request, correction.event)}#correction-{correction.pk}",
            )
            for correction in corrections
        ]

    def item_title(self, entry: CorrectionEntry) -> str:
        return f"({entry.correction.event.number}) {entry.correction.event.headline}"

    def item_description(self, entry: CorrectionEntry) -> str:
        # The note is plain text, and an RSS description is HTML: a "<" in it is a character, not a tag.
        return escape(entry.correction.note)

    def item_link(self, entry: CorrectionEntry) -> str:
        return entry.correction.get_absolute_url()

    def item_guid(self, entry: CorrectionEntry) -> str:
        return entry.id

    def item_guid_is_permalink(self, entry: CorrectionEntry) -> bool:
        return True

    def item_pubdate(self, entry: CorrectionEntry) -> datetime.datetime:
        return entry.correction.created_at
