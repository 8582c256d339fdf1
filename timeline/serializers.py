"""The API's representations. The read shapes are a contract (see the README's API section): add keys, change none."""

from __future__ import annotations

import html
from typing import Any

import nh3
from django.db.models import prefetch_related_objects
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from timeline import translations
from timeline.bulletin_fragments import serialized_bulletins
from timeline.models import (
    HIGHEST_NUMBER,
    Event,
    Media,
    Person,
    Place,
    Role,
    Source,
    Statement,
    Timeline,
    Topic,
    bulletin_prefetches,
)
from timeline.services import MAX_STATEMENTS_PER_BULLETIN

# The API's names for statuses: "review" reads better in a URL or a JSON body than "in_review".
STATUS_TO_API = {
    Event.Status.DRAFT: "draft",
    Event.Status.IN_REVIEW: "review",
    Event.Status.PUBLISHED: "published",
    Event.Status.RETRACTED: "retracted",
}
STATUS_FROM_API = {value: key for key, value in STATUS_TO_API.items()}


def absolute(request, path: str) -> str:
    return request.build_absolute_uri(path) if request is not None else path


class SourceSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Its address on this site and in the API.")
    url = serializers.CharField(help_text="The outlet's own address, or empty if unknown.")
    page = serializers.SerializerMethodField(help_text="The source's page on this site.")

    class Meta:
        model = Source
        fields = ["slug", "name", "kind", "url", "page"]

    def get_page(self, source: Source) -> str:
        return absolute(self.context.get("request"), source.get_absolute_url())


class TopicSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Filter bulletins by it: ?topic=<slug>.")

    class Meta:
        model = Topic
        fields = ["slug", "name"]


class PlaceSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Filter bulletins by it: ?place=<slug>.")
    latitude = serializers.FloatField(allow_null=True, help_text="Degrees north, if known.")
    longitude = serializers.FloatField(allow_null=True, help_text="Degrees east, if known.")

    class Meta:
        model = Place
        fields = ["slug", "name", "name_en", "latitude", "longitude"]


class MediaSizeSerializer(serializers.Serializer):
    url = serializers.URLField(help_text="The photo at this width.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class MediaSerializer(serializers.ModelSerializer):
    type = serializers.ChoiceField(source="kind", choices=Media.Kind.values, help_text="image or embed.")
    url = serializers.SerializerMethodField(
        help_text="image: the photo at its largest stored width. embed: the post or video on its platform."
    )
    sizes = serializers.SerializerMethodField(help_text="image: every stored width, smallest first, for srcset.")
    alt = serializers.CharField(source="alt_text", help_text="image: what it shows, for readers who cannot see it.")
    provider = serializers.CharField(help_text="embed: youtube, x, facebook or instagram; empty for a photo.")
    player_url = serializers.SerializerMethodField(
        help_text="embed: the platform's embed page, to put in a frame (load it only when the reader asks)."
    )

    class Meta:
        model = Media
        fields = ["type", "url", "width", "height", "sizes", "alt", "caption", "credit", "provider", "player_url"]

    @extend_schema_field({"type": "string", "format": "uri"})
    def get_url(self, media: Media) -> str:
        if media.is_image:
            return absolute(self.context.get("request"), media.image.url)
        return media.embed_url

    @extend_schema_field(MediaSizeSerializer(many=True))
    def get_sizes(self, media: Media) -> list[dict[str, Any]]:
        request = self.context.get("request")
        return [{**size, "url": absolute(request, size["url"])} for size in media.sizes]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_player_url(self, media: Media) -> str | None:
        return media.frame_url or None


class RoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["title", "organisation", "start_date", "end_date"]


class PersonSummarySerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Its address on this site and in the API.")
    name = serializers.CharField(source="display_name", help_text="The name, or an anonymous speaker's description.")
    anonymous = serializers.BooleanField(source="is_anonymous")

    class Meta:
        model = Person
        fields = ["name", "slug", "anonymous"]


class PersonSerializer(PersonSummarySerializer):
    roles = RoleSerializer(many=True)
    aliases = serializers.SlugRelatedField(many=True, read_only=True, slug_field="name")
    url = serializers.SerializerMethodField(help_text="The person's page on this site.")

    class Meta:
        model = Person
        fields = [
            "name",
            "slug",
            "anonymous",
            "name_latin",
            "description",
            "wikidata_id",
            "roles",
            "aliases",
            "url",
            "updated_at",
        ]

    def get_url(self, person: Person) -> str:
        return absolute(self.context.get("request"), person.get_absolute_url())


class SpeakerSerializer(PersonSummarySerializer):
    role = serializers.SerializerMethodField(help_text="The role the speaker held when it was said, if known.")

    class Meta:
        model = Person
        fields = ["name", "slug", "anonymous", "role"]

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_role(self, person: Person) -> str | None:
        role = self.context.get("statement_role")
        return role.title if role is not None else None


class StatementSerializer(serializers.ModelSerializer):
    speaker = serializers.SerializerMethodField()
    source = SourceSerializer(allow_null=True)
    said_on = serializers.DateField(source="effective_date", help_text="The day it was said.")

    class Meta:
        model = Statement
        fields = ["position", "kind", "text", "original_text", "original_language", "speaker", "source", "said_on"]

    @extend_schema_field(SpeakerSerializer)
    def get_speaker(self, statement: Statement) -> dict[str, Any]:
        # What SpeakerSerializer gives, built directly: a serializer made per statement cost a third of a page's
        # serialization (its fields are deep-copied each time), 250 statements on a page of 50 bulletins.
        speaker = statement.speaker
        return {
            "name": speaker.display_name,
            "slug": speaker.slug,
            "anonymous": speaker.is_anonymous,
            "role": statement.role.title if statement.role is not None else None,
        }


class StatementListSerializer(StatementSerializer):
    """A statement on its own: with the bulletin it belongs to."""

    timeline = serializers.SlugRelatedField(source="event.timeline", slug_field="slug", read_only=True)
    number = serializers.IntegerField(source="event.number", help_text="The bulletin's number.")
    url = serializers.SerializerMethodField(help_text="The statement on the bulletin's public page.")

    class Meta(StatementSerializer.Meta):
        fields = [*StatementSerializer.Meta.fields, "timeline", "number", "url"]

    def get_url(self, statement: Statement) -> str:
        return absolute(self.context.get("request"), statement.get_absolute_url())


class CachedEventListSerializer(serializers.ListSerializer):
    """A page of bulletins. Anonymous readers' bulletins come from the fragment cache, keyed by version (see
    timeline.bulletin_fragments), and only the bulletins not found there have their statements fetched; staff, who
    may see drafts and statuses, always get them freshly made."""

    def to_representation(self, data: Any) -> list[dict[str, Any]]:
        events = list(data.all() if hasattr(data, "all") else data)
        # Translations for the whole page at once; never part of a cached bulletin, which a translation published or
        # unpublished later does not change.
        self.context["event_translations"] = translations.for_events(events)
        if self.context.get("show_status"):
            prefetch_related_objects(events, *bulletin_prefetches(), "persons", "sources")  # topics, places within
            return [self.child.to_representation(event) for event in events]
        request = self.context.get("request")
        site = request.build_absolute_uri("/") if request is not None else ""
        cached = serialized_bulletins(events, self._without_translations, site=site)
        return [
            {**bulletin, "translations": self.child.get_translations(event)}
            for bulletin, event in zip(cached, events, strict=True)
        ]

    def _without_translations(self, event: Event) -> dict[str, Any]:
        representation = self.child.to_representation(event)
        representation.pop("translations", None)
        return representation


class EventTranslationSerializer(serializers.Serializer):
    language = serializers.CharField(help_text="The translation's language code, e.g. en.")
    timeline = serializers.CharField(help_text="The slug of the timeline it is in.")
    number = serializers.IntegerField(help_text="Its number there (usually the same).")
    headline = serializers.CharField()
    url = serializers.URLField(help_text="Its public permalink, in its language's interface.")


class TimelineTranslationSerializer(serializers.Serializer):
    language = serializers.CharField(help_text="The translation's language code, e.g. en.")
    slug = serializers.CharField()
    title = serializers.CharField()
    url = serializers.URLField(help_text="Its public page, in its language's interface.")
    api_url = serializers.URLField(help_text="The timeline in the API.")


class EventSerializer(serializers.ModelSerializer):
    body = serializers.CharField(source="body_html", help_text="Sanitised HTML: a <p> per paragraph.")
    url = serializers.SerializerMethodField(help_text="The bulletin's public permalink.")
    timeline = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    statements = StatementSerializer(many=True)
    persons = PersonSummarySerializer(many=True)
    sources = SourceSerializer(many=True)
    topics = TopicSerializer(many=True)
    places = PlaceSerializer(many=True)
    translations = serializers.SerializerMethodField(
        help_text="The same bulletin in other languages: the published bulletin linked to it, or else the one with "
        "its number, in each timeline linked as a translation of its timeline."
    )
    media = MediaSerializer(many=True, help_text="Photos and embedded posts or videos, in order.")

    class Meta:
        model = Event
        list_serializer_class = CachedEventListSerializer
        fields = [
            "number",
            "date",
            "time",
            "headline",
            "body",
            "url",
            "timeline",
            "statements",
            "persons",
            "sources",
            "topics",
            "places",
            "media",
            "is_key",
            "published_at",
            "updated_at",
            "translations",
        ]

    def get_url(self, event: Event) -> str:
        return absolute(self.context.get("request"), event.get_absolute_url())

    @extend_schema_field(EventTranslationSerializer(many=True))
    def get_translations(self, event: Event) -> list[dict[str, Any]]:
        found = self.context.get("event_translations", {})
        links = found[event.pk] if event.pk in found else translations.event_links(event)
        request = self.context.get("request")
        return [
            {
                "language": link.language,
                "timeline": link.target.timeline.slug,
                "number": link.target.number,
                "headline": link.target.headline,
                "url": absolute(request, link.url),
            }
            for link in links
        ]

    def to_representation(self, event: Event) -> dict[str, Any]:
        data = super().to_representation(event)
        if self.context.get("show_status"):
            # Staff address a bulletin without a number yet (a draft) by its id: /api/v1/events/{id}/.
            data["id"] = event.pk
            data["status"] = STATUS_TO_API[event.status]
            data["version"] = event.version
        return data


class TimelineListSerializer(serializers.ListSerializer):
    """A page of timelines, with their translations found for the whole page at once."""

    def to_representation(self, data: Any) -> list[dict[str, Any]]:
        timelines = list(data.all() if hasattr(data, "all") else data)
        self.context["timeline_translations"] = translations.for_timelines(timelines)
        return super().to_representation(timelines)


class TimelineSerializer(serializers.ModelSerializer):
    slug = serializers.CharField(read_only=True, help_text="Its address on this site and in the API.")
    direction = serializers.CharField(help_text="rtl or ltr, from the language.")
    url = serializers.SerializerMethodField(help_text="The timeline's public page.")
    events = serializers.SerializerMethodField(help_text="Its bulletins in the API.")
    published_event_count = serializers.IntegerField(help_text="How many bulletins are published.")
    translations = serializers.SerializerMethodField(
        help_text="The same story in other languages: published timelines linked as its translations."
    )

    class Meta:
        model = Timeline
        list_serializer_class = TimelineListSerializer
        fields = [
            "slug",
            "title",
            "summary",
            "language",
            "direction",
            "is_live",
            "url",
            "events",
            "published_event_count",
            "created_at",
            "updated_at",
            "translations",
        ]

    def get_url(self, timeline: Timeline) -> str:
        return absolute(self.context.get("request"), timeline.get_absolute_url())

    def get_events(self, timeline: Timeline) -> str:
        return absolute(self.context.get("request"), f"/api/v1/timelines/{timeline.slug}/events/")

    @extend_schema_field(TimelineTranslationSerializer(many=True))
    def get_translations(self, timeline: Timeline) -> list[dict[str, Any]]:
        found = self.context.get("timeline_translations", {})
        links = found[timeline.pk] if timeline.pk in found else translations.timeline_links(timeline)
        request = self.context.get("request")
        return [
            {
                "language": link.language,
                "slug": link.target.slug,
                "title": link.target.title,
                "url": absolute(request, link.url),
                "api_url": absolute(request, f"/api/v1/timelines/{link.target.slug}/"),
            }
            for link in links
        ]


# --- Writing ---------------------------------------------------------------------------------------------------


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "description": "A person's slug."},
            {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "minLength": 1}, "anonymous": {"type": "boolean"}},
            },
        ]
    }
)
class SpeakerField(serializers.Field):
    """A person's slug, or {"name": ..., "anonymous": false} (found by name or alias, or created)."""

    default_error_messages = {
        "unknown": _("No person has the slug “{value}”."),
        "invalid": _('Give a person\'s slug, or {{"name": ..., "anonymous": true|false}}.'),
    }

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        if isinstance(data, str):
            person = Person.objects.filter(slug=data).first()
            if person is None:
                self.fail("unknown", value=data)
            return {"person": person}
        if isinstance(data, dict) and isinstance(data.get("name"), str) and data["name"].strip():
            anonymous = data.get("anonymous", False)
            if not isinstance(anonymous, bool):
                self.fail("invalid")
            return {"name": data["name"].strip(), "anonymous": anonymous}
        self.fail("invalid")
        return {}

    def to_representation(self, value: Any) -> Any:
        return value


class StatementWriteSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Statement.Kind.choices, default=Statement.Kind.DIRECT)
    text = serializers.CharField(max_length=20000)
    speaker = SpeakerField()
    source = serializers.SlugRelatedField(
        slug_field="slug", queryset=Source.objects.all(), required=False, allow_null=True
    )
    original_text = serializers.CharField(required=False, allow_blank=True, default="", max_length=20000)
    original_language = serializers.RegexField(
        r"^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$",
        required=False,
        allow_blank=True,
        default="",
        max_length=16,
        help_text="Language code of original_text (ignored without it), e.g. en.",
    )
    said_on = serializers.DateField(required=False, allow_null=True, default=None)


def sanitised_paragraphs(value: str) -> str:
    """A body given as text or HTML, as our stored form: paragraphs of plain text, one per line. HTML passes
    through nh3 first, so nothing executable survives even before the tags are dropped."""
    if "<" not in value:
        return "\n".join(line.strip() for line in value.splitlines() if line.strip())
    cleaned = nh3.clean(value, tags={"p", "br", "div", "li"}, attributes={})
    for closing in ("</p>", "<br>", "</div>", "</li>"):
        cleaned = cleaned.replace(closing, "\n")
    text = strip_tags(cleaned)
    return "\n".join(line.strip() for line in html.unescape(text).splitlines() if line.strip())


class EventWriteSerializer(serializers.Serializer):
    headline = serializers.CharField(max_length=300, help_text="Without the number or the date.")
    date = serializers.DateField(help_text="The day the bulletin is about, YYYY-MM-DD.")
    time = serializers.TimeField(required=False, allow_null=True, default=None)
    body = serializers.CharField(required=False, allow_blank=True, default="", max_length=200000)
    number = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=HIGHEST_NUMBER,
        help_text="Leave it out: a bulletin takes the next number when it is published. Chiefs only: a number given "
        "by hand (back-filling an older bulletin), or a change of number (renumbering; later bulletins move up to "
        "make room). Others get 403.",
    )
    status = serializers.ChoiceField(
        choices=[("draft", "draft"), ("review", "review"), ("published", "published")], default="draft"
    )
    is_key = serializers.BooleanField(required=False, default=False)
    statements = StatementWriteSerializer(many=True, required=False, max_length=MAX_STATEMENTS_PER_BULLETIN)
    version = serializers.IntegerField(
        required=False,
        min_value=1,
        write_only=True,
        help_text="The version you read (staff see it): a bulletin changed since is refused with 409.",
    )
    correction_note = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=300,
        write_only=True,
        help_text="Changing a published bulletin: a note makes the change a public correction; without one it is "
        "a silent update, recorded in the revisions only.",
    )

    def validate_time(self, value):
        # Bulletin times are wall-clock times of the story; an offset, if given, is not kept.
        return value.replace(tzinfo=None) if value is not None and value.tzinfo is not None else value

    def validate_body(self, value: str) -> str:
        return sanitised_paragraphs(value)

    def validate_status(self, value: str) -> str:
        return STATUS_FROM_API[value]
