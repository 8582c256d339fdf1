"""The API's filters. Every value is validated: a bad one is a 400 naming the parameter."""

from __future__ import annotations

import datetime
from typing import Any

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from timeline.models import Event, Language, Person, Place, Source, Statement, Timeline, Topic


@extend_schema_field({"type": "integer", "minimum": 1})
class PositiveIntegerFilter(django_filters.NumberFilter):
    """A whole number from 1: what bulletin numbers are."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, min_value=1, **kwargs)


@extend_schema_field({"type": "boolean"})
class StrictBooleanFilter(django_filters.ChoiceFilter):
    """true or false, and nothing else: django-filter's BooleanFilter quietly ignores a value it cannot read."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, choices=[("true", "true"), ("false", "false")], **kwargs)

    def filter(self, queryset: QuerySet, value: str) -> QuerySet:
        if value in ("", None):
            return queryset
        return queryset.filter(**{self.field_name: value == "true"})


class UTCIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 time, any offset, read as UTC. A time whose UTC form falls outside the years 1 to 9999
    (9999-12-31T23:59:59-14:00 is in the year 10000 in UTC) is refused, naming the parameter, not a 500."""

    default_error_messages = {
        "out_of_range": _("This time is outside the years 1 to 9999 once converted to UTC."),
    }

    def to_python(self, value: Any) -> datetime.datetime | None:
        try:
            parsed = super().to_python(value)
            return parsed.astimezone(datetime.UTC) if parsed is not None and parsed.tzinfo is not None else parsed
        except OverflowError as error:
            raise forms.ValidationError(self.error_messages["out_of_range"], code="out_of_range") from error


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    """An ISO 8601 time, any offset, compared in UTC: some offsets that ISO allows are beyond PostgreSQL's range."""

    field_class = UTCIsoDateTimeField


class StableOrderingFilter(django_filters.OrderingFilter):
    """The order asked for, then the primary key, so that pages never overlap or skip rows of equal keys."""

    def filter(self, queryset: QuerySet, value) -> QuerySet:
        ordered = super().filter(queryset, value)
        return ordered.order_by(*ordered.query.order_by, "pk") if value else ordered


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q",
        help_text="Search headline, body, statements and speakers, "
        "whatever the spelling (hamza, alef, ya, ta marbuta, harakat).",
    )
    timeline = django_filters.CharFilter(field_name="timeline__slug", help_text="A timeline's slug.")
    date_after = django_filters.DateFilter(field_name="date", lookup_expr="gte", help_text="On or after YYYY-MM-DD.")
    date_before = django_filters.DateFilter(field_name="date", lookup_expr="lte", help_text="On or before YYYY-MM-DD.")
    number_min = PositiveIntegerFilter(field_name="number", lookup_expr="gte", help_text="Bulletin number ≥.")
    number_max = PositiveIntegerFilter(field_name="number", lookup_expr="lte", help_text="Bulletin number ≤.")
    speaker = django_filters.CharFilter(method="filter_speaker", help_text="Bulletins quoting this person (slug).")
    source = django_filters.CharFilter(method="filter_source", help_text="Bulletins citing this source (slug).")
    topic = django_filters.CharFilter(method="filter_topic", help_text="Bulletins tagged with this topic (slug).")
    place = django_filters.CharFilter(method="filter_place", help_text="Bulletins tagged with this place (slug).")
    kind = django_filters.ChoiceFilter(
        choices=Statement.Kind.choices, method="filter_kind", help_text="Bulletins with a statement of this kind."
    )
    updated_since = UTCDateTimeFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Changed at or after this ISO 8601 time: for incremental sync (with pagination=cursor).",
    )
    ordering = StableOrderingFilter(
        fields=("number", "date", "updated_at", "published_at"),
        help_text="One of number, date, updated_at, published_at; a leading - reverses.",
    )

    class Meta:
        model = Event
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.filter(pk__in=Event.objects.search(value).values("pk"))

    def filter_speaker(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.quoting(Person.objects.filter(slug=value))

    def filter_topic(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.about(Topic.objects.filter(slug=value))

    def filter_place(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.located_in(Place.objects.filter(slug=value))

    def filter_source(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        cited = Q(Exists(Statement.objects.filter(event=OuterRef("pk"), source__slug=value)))
        return queryset.filter(
            cited | Q(Exists(Event.sources.through.objects.filter(event=OuterRef("pk"), source__slug=value)))
        )

    def filter_kind(self, queryset: QuerySet[Event], name: str, value: str) -> QuerySet[Event]:
        return queryset.filter(Exists(Statement.objects.filter(event=OuterRef("pk"), kind=value)))


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", help_text="Statements of the bulletins matching the search.")
    timeline = django_filters.CharFilter(field_name="event__timeline__slug", help_text="A timeline's slug.")
    date_after = django_filters.DateFilter(method="filter_date_after", help_text="Said on or after YYYY-MM-DD.")
    date_before = django_filters.DateFilter(method="filter_date_before", help_text="Said on or before YYYY-MM-DD.")
    number_min = PositiveIntegerFilter(field_name="event__number", lookup_expr="gte")
    number_max = PositiveIntegerFilter(field_name="event__number", lookup_expr="lte")
    speaker = django_filters.CharFilter(field_name="speaker__slug", help_text="A person's slug.")
    source = django_filters.CharFilter(field_name="source__slug", help_text="A source's slug.")
    kind = django_filters.ChoiceFilter(choices=Statement.Kind.choices)
    updated_since = UTCDateTimeFilter(field_name="event__updated_at", lookup_expr="gte")
    ordering = StableOrderingFilter(
        fields=(("event__number", "number"), ("said_on", "said_on"), ("position", "position")),
    )

    class Meta:
        model = Statement
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet[Statement], name: str, value: str) -> QuerySet[Statement]:
        return queryset.filter(event__in=Event.objects.search(value).values("pk"))

    def filter_date_after(self, queryset: QuerySet[Statement], name: str, value) -> QuerySet[Statement]:
        return queryset.alias(day=Coalesce("said_on", "event__date")).filter(day__gte=value)

    def filter_date_before(self, queryset: QuerySet[Statement], name: str, value) -> QuerySet[Statement]:
        return queryset.alias(day=Coalesce("said_on", "event__date")).filter(day__lte=value)


class PersonFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", help_text="Part of a name, Latin name, alias or description.")
    anonymous = StrictBooleanFilter(field_name="is_anonymous")
    updated_since = UTCDateTimeFilter(field_name="updated_at", lookup_expr="gte")

    class Meta:
        model = Person
        fields: list[str] = []

    def filter_q(self, queryset: QuerySet[Person], name: str, value: str) -> QuerySet[Person]:
        matches = (
            Q(name__icontains=value)
            | Q(name_latin__icontains=value)
            | Q(description__icontains=value)
            | Q(aliases__name__icontains=value)
        )
        return queryset.filter(pk__in=Person.objects.filter(matches).values("pk"))


class SourceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains")
    kind = django_filters.ChoiceFilter(choices=Source.Kind.choices)

    class Meta:
        model = Source
        fields: list[str] = []


class TimelineFilter(django_filters.FilterSet):
    live = StrictBooleanFilter(field_name="is_live")
    language = django_filters.ChoiceFilter(choices=Language.choices)

    class Meta:
        model = Timeline
        fields: list[str] = []
