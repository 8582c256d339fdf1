"""The JSON API at /api/v1/: read-only views over the published-only QuerySet methods, exports, and a
token-authenticated write API over the same services as the admin."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import APIException, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from timeline import exports, services
from timeline.api.parsers import NewsroomJSONParser
from timeline.api.policy import NewsroomPagination, ReadOrStaffWrite, StrictFilterBackend, is_staff_reader
from timeline.api.schema import ERROR, NewsroomSchema
from timeline.filters import EventFilter, PersonFilter, SourceFilter, StatementFilter, TimelineFilter
from timeline.models import Event, Person, Source, Statement, Timeline, content_changed_at
from timeline.serializers import (
    EventSerializer,
    EventWriteSerializer,
    PersonSerializer,
    SourceSerializer,
    SpeakerField,
    StatementListSerializer,
    TimelineSerializer,
)

ANONYMOUS_MAX_AGE = 60

# --- Conditional GETs ------------------------------------------------------------------------------------------


def representation_etag(data: Any) -> str:
    encoded = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str).encode()
    return quote_etag(hashlib.sha256(encoded).hexdigest()[:40])


class ConditionalReadMixin:
    """ETag (a hash of the representation) and Last-Modified on every read, 304 when the client's copy is current,
    Cache-Control public for anonymous readers and private for staff, who may see drafts."""

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        if isinstance(response, Response):
            etag = representation_etag(response.data)
        else:
            etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:40])
        changed = content_changed_at()
        response["ETag"] = etag
        if changed is not None:
            response["Last-Modified"] = http_date(changed.timestamp())
        response["Cache-Control"] = (
            "private, no-cache" if is_staff_reader(request) else f"public, max-age={ANONYMOUS_MAX_AGE}"
        )
        patch_vary_headers(response, ["Accept", "Authorization", "Cookie"])
        not_modified = get_conditional_response(
            request._request,
            etag=etag,
            last_modified=int(changed.timestamp()) if changed is not None else None,
            response=response,
        )
        return not_modified


class NewsroomAPIView(ConditionalReadMixin):
    schema = NewsroomSchema()
    permission_classes = [ReadOrStaffWrite]
    filter_backends = [StrictFilterBackend]
    pagination_class = NewsroomPagination

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "show_status": is_staff_reader(self.request)}


def _visible_events(request: Request, *, listing: bool = False) -> QuerySet[Event]:
    events = Event.objects.visible_to(request.user)
    # A list's serializer fetches statements and people itself, for the bulletins not in the fragment cache only.
    return events.select_related("timeline") if listing else events.with_everything()


def _published_count() -> Coalesce:
    """A timeline's published bulletins, counted in a subquery on the index of its published numbers (index only,
    one timeline at a time), not by joining every timeline to all its bulletins, drafts included, and grouping."""
    counted = (
        Event.objects.published()
        .filter(timeline=OuterRef("pk"))
        .order_by()
        .values("timeline")
        .annotate(count=Count("*"))  # not the ids: COUNT(*) reads the index alone
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _visible_timelines(request: Request, *, counted: bool = True) -> QuerySet[Timeline]:
    """The timelines this reader may see; `counted`: with their published bulletins' count (what the timelines'
    own representation shows; a lookup of a timeline's bulletins does not need it)."""
    timelines = Timeline.objects.all()
    if not is_staff_reader(request):
        # A timeline with nothing published yet is a story in preparation: not even its title is public.
        timelines = timelines.public()
    return timelines.annotate(published_event_count=_published_count()) if counted else timelines


_RETRACTED = {
    "type": "object",
    "properties": {
        "detail": {"type": "string"},
        "number": {"type": "integer"},
        "retraction_reason": {"type": "string", "description": "Why the newsroom withdrew it; may be empty."},
        "url": {"type": "string", "format": "uri", "description": "Its permalink, which answers 410 too."},
    },
    "required": ["detail", "number", "retraction_reason", "url"],
}
RETRACTED_RESPONSE = OpenApiResponse(
    _RETRACTED, description="Retracted: the number stays taken and its address answers, but what it said does not."
)


def retracted_notice(request: Request, timeline: Timeline, number: int | str) -> Response | None:
    """A retracted bulletin's address answers 410 Gone, as its permalink on the site does; None if the number was
    never published (a 404)."""
    event = Event.objects.retracted().for_timeline(timeline).filter(number=number).first()
    if event is None:
        return None
    data = {
        "detail": _("This bulletin was retracted"),
        "number": event.number,
        "retraction_reason": event.retraction_reason,
        "url": request.build_absolute_uri(event.get_absolute_url()),
    }
    return Response(data, status=status.HTTP_410_GONE)


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The ETag you read (`*` for any); a stale one is refused with 412 and changes nothing.",
)


# --- Read API --------------------------------------------------------------------------------------------------


@extend_schema(tags=["timelines"])
class TimelineViewSet(NewsroomAPIView, viewsets.ReadOnlyModelViewSet):
    """Timelines: running stories, each a numbered chronology of bulletins."""

    serializer_class = TimelineSerializer
    filterset_class = TimelineFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    def get_queryset(self) -> QuerySet[Timeline]:
        return _visible_timelines(self.request).order_by("-is_live", "-updated_at", "pk")


EVENT_EXAMPLE = OpenApiExample(
    "Bulletin 18",
    value={
        "number": 18,
        "date": "2022-01-09",
        "time": None,
        "headline": "بلينكن لا يتوقع اختراقات في المحادثات مع روسيا في جنيف",
        "body": "<p>قال وزير الخارجية الأمريكي، أنطوني بلينكن، إنه لا يتوقع ...</p>",
        "url": "https://news.example/timelines/geneva-talks/18/",
        "timeline": "geneva-talks",
        "statements": [
            {
                "position": 1,
                "kind": "paraphrase",
                "text": "لا يتوقع أن يرى أي اختراقات ...",
                "original_text": "",
                "original_language": "",
                "said_on": "2022-01-09",
                "speaker": {
                    "name": "أنطوني بلينكن",
                    "slug": "antony-blinken",
                    "anonymous": False,
                    "role": "وزير الخارجية الأمريكي",
                },
                "source": None,
            }
        ],
        "persons": [{"name": "أنطوني بلينكن", "slug": "antony-blinken", "anonymous": False}],
        "sources": [],
        "is_key": True,
        "published_at": "2022-01-09T18:00:00Z",
        "updated_at": "2022-01-09T18:00:00Z",
    },
    response_only=True,
)
EVENT_WRITE_EXAMPLE = OpenApiExample(
    "A new bulletin",
    value={
        "headline": "شيرمان: رفضنا مقترحات روسية",
        "date": "2022-01-10",
        "body": "<p>قالت ...</p>",
        "status": "review",
        "statements": [
            {"kind": "paraphrase", "text": "رفضنا مقترحات لا يمكن قبولها", "speaker": "wendy-sherman"},
            {"kind": "direct", "text": "...", "speaker": {"name": "مسؤول كبير في الخارجية", "anonymous": True}},
        ],
    },
    request_only=True,
)


@extend_schema(tags=["bulletins"], examples=[EVENT_EXAMPLE])
class TimelineEventViewSet(
    NewsroomAPIView,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """A timeline's bulletins in number order. Staff with a token also see drafts (and a `status` key), create
    bulletins and change them; the same role rules as the admin apply."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    parser_classes = [NewsroomJSONParser]
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"
    cursor_ordering = ("updated_at", "pk")

    def get_timeline(self) -> Timeline:
        return get_object_or_404(_visible_timelines(self.request, counted=False), slug=self.kwargs["slug"])

    def get_queryset(self) -> QuerySet[Event]:
        if getattr(self, "swagger_fake_view", False):  # drf-spectacular reading the view, without a URL
            return Event.objects.none()
        events = _visible_events(self.request, listing=self.action == "list")
        return events.for_timeline(self.get_timeline()).order_by("number")

    @extend_schema(responses={200: EventSerializer, 410: RETRACTED_RESPONSE})
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        try:
            return super().retrieve(request, *args, **kwargs)
        except Http404:
            notice = retracted_notice(request, self.get_timeline(), kwargs["number"])
            if notice is None:
                raise
            return notice

    @extend_schema(request=EventWriteSerializer, responses={201: EventSerializer}, examples=[EVENT_WRITE_EXAMPLE])
    def create(self, request: Request, slug: str) -> Response:
        timeline = get_object_or_404(Timeline, slug=slug)
        data = self._validated(request, partial=False)
        with transaction.atomic(), ServiceErrorsAsBadRequest():
            statements = data.pop("statements", [])
            data.pop("version", None)
            data.pop("correction_note", None)
            event = services.event_create(timeline=timeline, user=request.user, **data)
            services.event_statements_replace(
                event=event, user=request.user, statements=_statement_fields(statements, request)
            )
            services.event_revision(event=event, user=request.user, summary=_("Created through the API"))
        return self._written(event, status.HTTP_201_CREATED)

    @extend_schema(request=EventWriteSerializer, responses={200: EventSerializer}, parameters=[IF_MATCH])
    def update(self, request: Request, *args: Any, partial: bool = False, **kwargs: Any) -> Response:
        data = self._validated(request, partial=partial)
        with transaction.atomic(), ServiceErrorsAsBadRequest():
            event = self._locked_event()
            expected = request.headers.get("If-Match")
            if expected is not None and not _etag_matches(expected, self._etag_of(event)):
                return Response(
                    {"detail": _("The bulletin changed since you read it: read it again, then resend your change.")},
                    status=status.HTTP_412_PRECONDITION_FAILED,
                )
            version = data.pop("version", None)
            if version is not None and version != event.version:
                return Response(
                    {
                        "detail": _("The bulletin changed since you read it: read it again, then resend your change."),
                        "version": event.version,
                    },
                    status=status.HTTP_409_CONFLICT,
                )
            note = data.pop("correction_note", "").strip()
            was_published = event.status == Event.Status.PUBLISHED
            statements = data.pop("statements", None)
            number = data.pop("number", None)
            if number is not None and number != event.number:
                services.event_renumber(event=event, user=request.user, number=number)
                event.refresh_from_db()
            services.event_update(event=event, user=request.user, **data)
            if statements is not None:
                services.event_statements_replace(
                    event=event, user=request.user, statements=_statement_fields(statements, request)
                )
            if was_published and note:
                services.event_correct(event=event, user=request.user, note=note)
            summary = (
                _("Corrected: %(note)s") % {"note": note} if was_published and note else _("Saved through the API")
            )
            services.event_revision(event=event, user=request.user, summary=summary)
        return self._written(event, status.HTTP_200_OK)

    @extend_schema(request=EventWriteSerializer, responses={200: EventSerializer}, parameters=[IF_MATCH])
    def partial_update(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return self.update(request, *args, partial=True, **kwargs)

    def _locked_event(self) -> Event:
        """The bulletin this request changes, locked until the transaction ends."""
        events = Event.objects.visible_to(self.request.user).with_everything().select_for_update(of=("self",))
        return get_object_or_404(events.for_timeline(self.kwargs["slug"]), number=self.kwargs["number"])

    def _validated(self, request: Request, partial: bool) -> dict[str, Any]:
        serializer = EventWriteSerializer(data=request.data, partial=partial)
        problems = body_problems(request.data, serializer)
        if problems:
            raise ValidationError(problems)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def _etag_of(self, event: Event) -> str:
        return representation_etag(EventSerializer(event, context=self.get_serializer_context()).data)

    def _written(self, event: Event, code: int) -> Response:
        event = Event.objects.with_everything().get(pk=event.pk)
        response = Response(EventSerializer(event, context=self.get_serializer_context()).data, status=code)
        response["ETag"] = representation_etag(response.data)
        address = (
            f"/api/v1/events/{event.pk}/"
            if event.number is None
            else f"/api/v1/timelines/{event.timeline.slug}/events/{event.number}/"
        )
        response["Location"] = self.request.build_absolute_uri(address)
        return response


@extend_schema(tags=["bulletins"], examples=[EVENT_EXAMPLE])
class EventByIdViewSet(TimelineEventViewSet):
    """One bulletin by its id: how staff address a draft, a bulletin in review or a scheduled one, which have no
    number until they are published (readers see published bulletins here too). Same rules as by number."""

    lookup_field = "pk"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self) -> QuerySet[Event]:
        if getattr(self, "swagger_fake_view", False):
            return Event.objects.none()
        return _visible_events(self.request).select_related("timeline")

    @extend_schema(responses={200: EventSerializer})
    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return mixins.RetrieveModelMixin.retrieve(self, request, *args, **kwargs)

    def _locked_event(self) -> Event:
        events = Event.objects.visible_to(self.request.user).with_everything().select_for_update(of=("self",))
        return get_object_or_404(events, pk=self.kwargs["pk"])


# A speaker given as an object: what timeline.serializers.SpeakerField reads of it, and the JSON type of each.
SPEAKER_OBJECT_FIELDS = {"name": serializers.CharField(), "anonymous": serializers.BooleanField()}
UNKNOWN_FIELD = gettext_lazy("Unknown field.")


# The JSON type of each kind of field, and DRF's own (translated) message for a value of another.
_JSON_TYPES: tuple[tuple[tuple[type, ...], type, type[serializers.Field]], ...] = (
    ((serializers.BooleanField,), bool, serializers.BooleanField),
    ((serializers.IntegerField,), int, serializers.IntegerField),
    (
        (
            serializers.CharField,
            serializers.ChoiceField,
            serializers.DateField,
            serializers.TimeField,
            serializers.RelatedField,
        ),
        str,
        serializers.CharField,
    ),
)


def _json_type_problem(value: Any, field: serializers.Field) -> list | None:
    """DRF reads 12 for "12", "yes" for true and "12" for 12; the schema (and so every generated client) says which
    JSON type each field is, and that is what the API takes. None is left to DRF (allow_null decides)."""
    if value is None:
        return None
    for kinds, expected, message in _JSON_TYPES:
        if isinstance(field, kinds):
            # bool is an int in Python, not in JSON.
            if isinstance(value, expected) and (expected is bool or not isinstance(value, bool)):
                return None
            return [message.default_error_messages["invalid"]]
    return None


def body_problems(data: Any, field: Any) -> dict[str, Any]:
    """What the schema refuses in a body and DRF would let through, at every level (the bulletin, each statement, a
    speaker given as an object), in DRF's shape for errors ({"statements": {"0": {"speeker": ["Unknown field."]}}}):

    - a field nobody declared, a 400 naming it as for query parameters, not silently dropped: a misspelt field would
      otherwise lose what the client sent;
    - a value of another JSON type than the field's (a number for text, "true" for true)."""
    if isinstance(field, serializers.ListSerializer) and isinstance(data, list):
        return {str(index): errors for index, item in enumerate(data) if (errors := body_problems(item, field.child))}
    if isinstance(field, serializers.Serializer | SpeakerField) and isinstance(data, dict):
        fields = SPEAKER_OBJECT_FIELDS if isinstance(field, SpeakerField) else field.fields
        found: dict[str, Any] = {name: [UNKNOWN_FIELD] for name in sorted(set(data) - set(fields))}
        for name, inner in fields.items():
            if name in data and (errors := body_problems(data[name], inner) or _json_type_problem(data[name], inner)):
                found[name] = errors
        return found
    return {}


def _etag_matches(header: str, etag: str) -> bool:
    candidates = [candidate.strip().removeprefix("W/") for candidate in header.split(",")]
    return "*" in candidates or etag in candidates


class NumberConflict(APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = gettext_lazy("That bulletin number is taken.")
    default_code = "number_taken"


class ServiceErrorsAsBadRequest:
    """Django's ValidationError from the services becomes a 400 with the same field messages; a taken bulletin
    number, a conflict with the timeline's current state, a 409."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type | None, error: BaseException | None, traceback: Any) -> bool:
        if isinstance(error, services.NumberTakenError):
            raise NumberConflict(error.message_dict) from error
        if isinstance(error, DjangoValidationError):
            detail = error.message_dict if hasattr(error, "error_dict") else {"non_field_errors": error.messages}
            raise ValidationError(detail) from error
        return False


def _statement_fields(statements: list[dict[str, Any]], request: Request) -> list[dict[str, Any]]:
    resolved = []
    for statement in statements:
        fields = dict(statement)
        speaker = fields.pop("speaker")
        fields["speaker"] = speaker.get("person") or services.speaker_find_or_create(
            name=speaker["name"], anonymous=speaker["anonymous"], user=request.user
        )
        resolved.append(fields)
    return resolved


@extend_schema(tags=["bulletins"], examples=[EVENT_EXAMPLE])
class EventViewSet(NewsroomAPIView, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Bulletins across timelines (filter with `timeline`), newest first."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    cursor_ordering = ("updated_at", "pk")

    def get_queryset(self) -> QuerySet[Event]:
        return _visible_events(self.request, listing=self.action == "list").order_by("-date", "timeline_id", "-number")


@extend_schema(tags=["statements"])
class StatementViewSet(NewsroomAPIView, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Statements, one by one, with their speaker, role at the time and source."""

    serializer_class = StatementListSerializer
    filterset_class = StatementFilter
    cursor_ordering = ("pk",)

    def get_queryset(self) -> QuerySet[Statement]:
        statements = Statement.objects.filter(event__in=Event.objects.visible_to(self.request.user))
        return statements.select_related("event__timeline", "speaker", "source", "role").order_by(
            "event__timeline_id", "event__number", "position", "pk"
        )


@extend_schema(tags=["people"])
class PersonViewSet(NewsroomAPIView, viewsets.ReadOnlyModelViewSet):
    """People who speak or are mentioned in published bulletins, anonymous speakers included."""

    serializer_class = PersonSerializer
    filterset_class = PersonFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    cursor_ordering = ("updated_at", "pk")

    def get_queryset(self) -> QuerySet[Person]:
        people = Person.objects.all() if is_staff_reader(self.request) else Person.objects.public()
        return people.prefetch_related("roles", "aliases").order_by("is_anonymous", "name", "description", "pk")


@extend_schema(tags=["sources"])
class SourceViewSet(NewsroomAPIView, viewsets.ReadOnlyModelViewSet):
    """Sources cited in published bulletins."""

    serializer_class = SourceSerializer
    filterset_class = SourceFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    cursor_ordering = ("updated_at", "pk")

    def get_queryset(self) -> QuerySet[Source]:
        sources = Source.objects.all() if is_staff_reader(self.request) else Source.objects.public()
        return sources.order_by("name", "pk")


# --- Exports ---------------------------------------------------------------------------------------------------


class ExportView(NewsroomAPIView, APIView):
    """Exports read published bulletins only, whoever asks: they are made to be published elsewhere."""

    filter_backends: list = []

    def check_no_parameters(self, request: Request) -> None:
        unknown = sorted(set(request.query_params) - {"format"})
        if unknown:
            raise ValidationError({name: [_("Unknown parameter.")] for name in unknown})

    def published_timeline(self, slug: str) -> Timeline:
        return get_object_or_404(Timeline.objects.public(), slug=slug)


@extend_schema(tags=["exports"], responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="TimelineJS3 JSON")})
class TimelineJSExportView(ExportView):
    """The timeline in TimelineJS3's JSON format: a title slide and a slide per published bulletin."""

    def get(self, request: Request, slug: str) -> Response:
        self.check_no_parameters(request)
        timeline = self.published_timeline(slug)
        events = Event.objects.published().for_timeline(timeline).with_statements().order_by("number")
        return Response(exports.timelinejs(timeline, events, request.build_absolute_uri))


@extend_schema(
    tags=["exports"],
    responses={
        200: OpenApiResponse(OpenApiTypes.OBJECT, description="IPTC ninjs 2.2"),
        409: OpenApiResponse(ERROR, description="Staff only: the bulletin exists but is not published yet"),
        410: RETRACTED_RESPONSE,
    },
)
class NinjsExportView(ExportView):
    """A published bulletin as an IPTC ninjs 2.2 news item."""

    def get(self, request: Request, slug: str, number: str) -> Response:
        self.check_no_parameters(request)
        # Staff find the timeline of a draft too, to be told why there is no export (anyone else: a 404).
        timeline = get_object_or_404(_visible_timelines(request, counted=False), slug=slug)
        event = Event.objects.published().for_timeline(timeline).with_everything().filter(number=number).first()
        if event is not None:
            return Response(exports.ninjs(event, request.build_absolute_uri))
        notice = retracted_notice(request, timeline, number)
        if notice is not None:
            return notice
        if Event.objects.visible_to(request.user).for_timeline(timeline).filter(number=number).exists():
            # Only staff who may see drafts get here: the bulletin they just wrote exists, its export does not yet.
            return Response(
                {"detail": _("Not published yet: exports show published bulletins only.")},
                status=status.HTTP_409_CONFLICT,
            )
        raise Http404


@extend_schema(
    tags=["exports"],
    responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="CSV, UTF-8 with a byte-order mark")},
)
class StatementsCSVExportView(ExportView):
    """Every statement of the timeline's published bulletins, a row each: number, date, speaker, role, kind, text,
    source."""

    def perform_content_negotiation(self, request: Request, force: bool = False) -> tuple:
        # The export is CSV whatever the client accepts (`Accept: text/csv` included); only its errors are rendered,
        # and they are JSON, as everywhere in the API.
        return super().perform_content_negotiation(request, force=True)

    def get(self, request: Request, slug: str) -> HttpResponse:
        self.check_no_parameters(request)
        timeline = self.published_timeline(slug)
        statements = (
            Statement.objects.published()
            .for_timeline(timeline)
            .select_related("event__timeline", "speaker", "source", "role")
            .order_by("event__number", "position", "pk")
        )
        response = HttpResponse(
            exports.statements_csv(statements, request.build_absolute_uri), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{timeline.pk}-statements.csv"'
        return response
