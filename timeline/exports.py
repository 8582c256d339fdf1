"""Bulletins in other people's formats: TimelineJS3 JSON, IPTC ninjs 2.2 and a CSV of statements.

Each function takes bulletins already read through the published-only QuerySet methods and returns plain data.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode

from django.utils import formats, translation
from django.utils.html import escape, format_html

from timeline.models import Event, Media, Statement, Timeline

CSV_COLUMNS = [
    "number",
    "date",
    "speaker",
    "role",
    "kind",
    "text",
    "source",
    "original_text",
    "original_language",
    "url",
]


def _display_date(event: Event, language: str) -> str:
    with translation.override(language):
        return formats.date_format(event.date, "j F Y")


def _statements_html(event: Event) -> str:
    parts = []
    for statement in event.statements.all():
        quoted = f"“{statement.text}”" if statement.kind == Statement.Kind.DIRECT else statement.text
        role = f"، {statement.role.title}" if statement.role is not None else ""
        parts.append(
            format_html(
                "<blockquote><p>{}</p><footer>— {}{}</footer></blockquote>",
                quoted,
                statement.speaker.display_name,
                role,
            )
        )
    return "".join(parts)


SLIDE_IMAGE_WIDTH = 1440  # TimelineJS shows a slide's media at up to about half a wide screen, at 2x


def _slide_media(event: Event, absolute: Callable[[str], str]) -> dict[str, Any] | None:
    """The bulletin's first photo or embed. TimelineJS recognises YouTube, X, Facebook and Instagram links itself."""
    item = next(iter(event.media.all()), None)
    if item is None:
        return None
    media: dict[str, Any] = {}
    if item.is_image:
        media = {
            "url": absolute(item.size_for(SLIDE_IMAGE_WIDTH)["url"]),
            "thumbnail": absolute(item.thumbnail_url),
            "alt": item.alt_text,
        }
    else:
        media = {"url": item.embed_url}
    # TimelineJS writes caption and credit as HTML (innerHTML); `alt` it sets as an attribute, so it stays text.
    if item.caption:
        media["caption"] = escape(item.caption)
    if item.credit:
        media["credit"] = escape(item.credit)
    return media


def _picture(media: Media, absolute: Callable[[str], str]) -> dict[str, Any]:
    """A photo as a ninjs association: a picture item with a rendition per stored width."""
    picture: dict[str, Any] = {
        "name": f"photo-{media.position}",
        "uri": absolute(media.image.url),
        "type": "picture",
        "renditions": [
            {
                "name": f"w{size['width']}",
                "href": absolute(size["url"]),
                "width": size["width"],
                "height": size["height"],
                "contenttype": "image/png" if size["url"].endswith(".png") else "image/jpeg",
            }
            for size in media.sizes
        ],
        "descriptions": [{"role": "alt", "contenttype": "text/plain", "value": media.alt_text}],
    }
    if media.caption:
        picture["descriptions"].append({"role": "caption", "contenttype": "text/plain", "value": media.caption})
    if media.credit:
        picture["by"] = media.credit
    return picture


def timelinejs(timeline: Timeline, events: Iterable[Event], absolute: Callable[[str], str]) -> dict[str, Any]:
    """TimelineJS3's JSON: a title slide, then a slide per bulletin in number order (TimelineJS sorts by date and
    keeps the given order between bulletins of the same day).

    TimelineJS renders a slide's headline and text, and a media's caption and credit, as HTML: our text (headlines,
    titles, summaries, captions, credits are plain text, whatever characters they hold) is escaped into them, so
    that "<b>" in a headline shows as typed and a "<" does not swallow what follows."""
    slides = []
    for event in events:
        start = {"year": event.date.year, "month": event.date.month, "day": event.date.day}
        if event.time is not None:
            start.update(hour=event.time.hour, minute=event.time.minute)
        slide = {
            "unique_id": str(event.number),
            "start_date": {**start, "display_date": _display_date(event, timeline.language)},
            "display_date": _display_date(event, timeline.language),
            "text": {
                "headline": format_html("({}) {}", event.number, event.headline),
                "text": event.body_html + _statements_html(event),
            },
        }
        if event.is_key:
            slide["group"] = "key"
        media = _slide_media(event, absolute)
        if media is not None:
            slide["media"] = media
        slides.append(slide)
    return {
        "title": {
            "text": {
                "headline": escape(timeline.title),
                "text": format_html("<p>{}</p>", timeline.summary) if timeline.summary else "",
            }
        },
        "events": slides,
    }


def ninjs(event: Event, absolute: Callable[[str], str]) -> dict[str, Any]:
    """IPTC ninjs 2.2 for one bulletin."""
    people = []
    for person in event.persons.all():
        speaks = any(statement.speaker_id == person.pk for statement in event.statements.all())
        entry = {
            "name": person.display_name,
            "uri": absolute(person.get_absolute_url()),
            "rel": "speaker" if speaks else "mentioned",
        }
        if person.wikidata_id:
            entry["literal"] = person.wikidata_id
        people.append(entry)
    item: dict[str, Any] = {
        "uri": absolute(event.get_absolute_url()),
        "type": "text",
        "representationtype": "full",
        "pubstatus": "usable",
        "versioncreated": event.updated_at.isoformat(),
        "firstcreated": (event.published_at or event.created_at).isoformat(),
        "language": event.timeline.language,
        "title": f"({event.number}) {event.headline}",
        "headlines": [{"role": "main", "value": event.headline}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": event.body_html + _statements_html(event)}],
        "people": people,
        "infosources": [
            {"name": source.name, "uri": source.url or absolute(source.get_absolute_url()), "role": "source"}
            for source in event.sources.all()
        ],
        "altids": [{"role": "bulletin-number", "value": f"{event.timeline.slug}/{event.number}"}],
    }
    timeline_url = event.timeline.get_absolute_url()
    topics = list(event.topics.all())
    if topics:
        item["subjects"] = [
            {
                "name": topic.name,
                "literal": topic.slug,
                "uri": absolute(f"{timeline_url}?{urlencode({'topic': topic.slug})}"),
            }
            for topic in topics
        ]
    places = list(event.places.all())
    if places:
        item["places"] = [
            {
                "name": place.name_in(event.timeline.language),
                "literal": place.slug,
                "uri": absolute(f"{timeline_url}?{urlencode({'place': place.slug})}"),
            }
            for place in places
        ]
    photos = [item for item in event.media.all() if item.is_image]
    if photos:
        item["associations"] = [_picture(photo, absolute) for photo in photos]
    return item


def _cell(value: object) -> str:
    """A spreadsheet cell that cannot run as a formula: text starting with = + - @ gets a leading apostrophe."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def statements_csv(statements: Iterable[Statement], absolute: Callable[[str], str]) -> str:
    """One row a statement. The text starts with a byte-order mark so that spreadsheets read Arabic as UTF-8."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for statement in statements:
        writer.writerow(
            _cell(value)
            for value in [
                statement.event.number,
                statement.effective_date.isoformat() if statement.effective_date else "",
                statement.speaker.display_name,
                statement.role.title if statement.role is not None else "",
                statement.kind,
                statement.text,
                statement.source.name if statement.source is not None else "",
                statement.original_text,
                statement.original_language,
                absolute(statement.get_absolute_url()),
            ]
        )
    return out.getvalue()
