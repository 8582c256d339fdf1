"""How the API pages, filters and permits: the classes the REST_FRAMEWORK setting names. Kept apart from the
views, which DRF's settings would otherwise import while DRF itself is still loading."""

from __future__ import annotations

import datetime
from typing import Any

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import Cursor, CursorPagination, PageNumberPagination
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response

from timeline.api.throttles import UserRateThrottle
from timeline.models import sees_drafts
from timeline.parameters import LARGEST, whole_number

MAX_PAGE_SIZE = 200


# --- Pagination ------------------------------------------------------------------------------------------------


def check_page_size(request: Request) -> None:
    """`page` and `page_size` that are not one positive whole number are a 400, not silently the default."""
    for name, message in (
        ("page_size", _("One whole number from 1 to 200 (larger is capped).")),
        ("page", _("One whole number from 1.")),
    ):
        values = request.query_params.getlist(name)
        if len(values) > 1 or (values and whole_number(values[0], least=1) is None):
            raise ValidationError({name: [message]})


class SyncCursorPagination(CursorPagination):
    """For clients that keep a copy: stable pages through everything, oldest change first."""

    ordering = ("updated_at", "pk")
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request: Request) -> int:
        check_page_size(request)
        return super().get_page_size(request)

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list | None:
        self.model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request: Request) -> Cursor | None:
        """DRF's, with a 400 naming `cursor` for one this API did not give (DRF answers 404, or fails with a 500
        when the position inside a well-formed cursor is not a value of the ordering's field)."""
        try:
            cursor = super().decode_cursor(request)
        except NotFound as error:
            raise ValidationError({"cursor": [INVALID_CURSOR]}) from error
        if cursor is None or cursor.position is None:
            return cursor
        return cursor._replace(position=self._position(cursor.position))

    def _position(self, position: str) -> str:
        """The position as DRF writes it (str() of the field's value, times in UTC), or a 400."""
        name = self.ordering[0].lstrip("-")
        field = self.model._meta.pk if name == "pk" else self.model._meta.get_field(name)
        try:
            value = field.to_python(position)
            if isinstance(value, datetime.datetime):
                if timezone.is_naive(value):
                    raise ValueError(position)
                value = value.astimezone(datetime.UTC)  # OverflowError past the year 9999 in UTC
            elif isinstance(value, int) and not -(2**63) <= value < 2**63:
                raise ValueError(position)
        except (DjangoValidationError, ValueError, OverflowError, TypeError) as error:
            raise ValidationError({"cursor": [INVALID_CURSOR]}) from error
        return str(value)


INVALID_CURSOR = gettext_lazy("Not a cursor this API gave: follow a page's next or previous link as it is.")


class NewsroomPagination(PageNumberPagination):
    """Numbered pages (`page`, `page_size` up to 200, larger is capped); `pagination=cursor` switches to cursor
    pages (`cursor`), which do not shift when bulletins are added while a client pages through."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def paginate_queryset(self, queryset: QuerySet, request: Request, view: Any = None) -> list | None:
        mode = request.query_params.get("pagination")
        if mode not in (None, "cursor"):
            raise ValidationError({"pagination": [_("Only “cursor” is known; leave it out for numbered pages.")]})
        if mode == "cursor" or "cursor" in request.query_params:
            self.cursor = SyncCursorPagination()
            if getattr(view, "cursor_ordering", None):
                self.cursor.ordering = view.cursor_ordering
            return self.cursor.paginate_queryset(queryset, request, view)
        self.cursor = None
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data: list) -> Response:
        if self.cursor is not None:
            return Response({"count": None, **self.cursor.get_paginated_response(data).data})
        return super().get_paginated_response(data)

    def get_page_size(self, request: Request) -> int:
        check_page_size(request)
        return super().get_page_size(request)

    def get_paginated_response_schema(self, schema: dict) -> dict:
        page = super().get_paginated_response_schema(schema)
        page["properties"]["count"]["nullable"] = True
        page["properties"]["count"]["description"] = "null in cursor mode"
        return page

    def get_schema_operation_parameters(self, view: Any) -> list[dict]:
        numbered = super().get_schema_operation_parameters(view)
        for parameter in numbered:
            parameter["schema"]["minimum"] = 1
            parameter["schema"]["maximum"] = LARGEST  # a larger page_size is capped at 200; larger still, a 400
        return [
            *numbered,
            {
                "name": "pagination",
                "in": "query",
                "required": False,
                "description": "`cursor` for cursor pages.",
                "schema": {"type": "string", "enum": ["cursor"]},
            },
            {
                "name": "cursor",
                "in": "query",
                "required": False,
                "description": "From a cursor page's next link.",
                "schema": {"type": "string"},
            },
        ]


# --- Filtering -------------------------------------------------------------------------------------------------


class StrictFilterBackend(DjangoFilterBackend):
    """django-filter, plus a 400 for query parameters nobody declared: a typo must not silently widen results."""

    general = {"page", "page_size", "cursor", "pagination", "format"}

    def filter_queryset(self, request: Request, queryset: QuerySet, view: Any) -> QuerySet:
        filterset_class = self.get_filterset_class(view, queryset)
        known = set(filterset_class.base_filters) if filterset_class else set()
        unknown = sorted(set(request.query_params) - known - self.general)
        if unknown:
            raise ValidationError({name: [_("Unknown parameter.")] for name in unknown})
        if filterset_class is not None:
            typed = {
                name
                for name, declared in filterset_class.base_filters.items()
                if not isinstance(declared, django_filters.CharFilter)
            }
            empty = sorted(name for name in typed if request.query_params.get(name, None) == "")
            ordering = request.query_params.get("ordering")
            if ordering is not None and "ordering" in typed and not all(ordering.split(",")):
                empty.append("ordering")
            if empty:
                raise ValidationError({name: [_("Give a value, or leave the parameter out.")] for name in empty})
        return super().filter_queryset(request, queryset, view)


# --- Permissions -----------------------------------------------------------------------------------------------


class ReadOrStaffWrite(BasePermission):
    """Anyone reads (what they may see is the QuerySet's business); only staff write, and the services decide what
    each role may write."""

    def has_permission(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return bool(request.user and request.user.is_authenticated and request.user.is_staff)


def is_staff_reader(request: Request) -> bool:
    """Staff in a newsroom role (who may view bulletins) read what is not public yet; a staff account without a
    role is a reader like any other: no drafts, no draft-only timelines, people or sources."""
    return sees_drafts(request.user)


class WriteRateThrottle(UserRateThrottle):
    """A stricter limit on writes (API_WRITE_RATE), whoever sends them: reads are cheap, writes are not."""

    scope = "write"

    def allow_request(self, request: Request, view: Any) -> bool:
        if request.method in SAFE_METHODS:
            return True
        return super().allow_request(request, view)
