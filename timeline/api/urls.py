"""The API's addresses under /api/v1/. The paths are a contract: add, never change."""

from django.conf import settings
from django.urls import path
from django.utils.csp import CSP
from django.views.decorators.csp import csp_override
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from timeline.api.views import (
    EventByIdViewSet,
    EventViewSet,
    NinjsExportView,
    PersonViewSet,
    SourceViewSet,
    StatementsCSVExportView,
    StatementViewSet,
    TimelineEventViewSet,
    TimelineJSExportView,
    TimelineViewSet,
)

_list = {"get": "list"}
_detail = {"get": "retrieve"}

# Swagger UI sets style attributes as it renders: its page alone allows inline styles (never inline scripts; its
# start-up script is a separate file, which is why this is the "split" view).
swagger_ui = csp_override({**settings.SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]})(
    SpectacularSwaggerSplitView.as_view(url_name="api-schema")
)

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", swagger_ui, name="api-docs"),
    path("timelines/", TimelineViewSet.as_view(_list), name="api-timeline-list"),
    path("timelines/<str:slug>/", TimelineViewSet.as_view(_detail), name="api-timeline-detail"),
    path(
        "timelines/<str:slug>/events/",
        TimelineEventViewSet.as_view({"get": "list", "post": "create"}),
        name="api-timeline-event-list",
    ),
    path(
        "timelines/<str:slug>/events/<int:number>/",
        TimelineEventViewSet.as_view({"get": "retrieve", "put": "update", "patch": "partial_update"}),
        name="api-timeline-event-detail",
    ),
    path("timelines/<str:slug>/events/<int:number>/ninjs/", NinjsExportView.as_view(), name="api-event-ninjs"),
    path("timelines/<str:slug>/timelinejs.json", TimelineJSExportView.as_view(), name="api-timelinejs"),
    path("timelines/<str:slug>/statements.csv", StatementsCSVExportView.as_view(), name="api-statements-csv"),
    path("events/", EventViewSet.as_view(_list), name="api-event-list"),
    path(
        "events/<int:pk>/",
        EventByIdViewSet.as_view({"get": "retrieve", "put": "update", "patch": "partial_update"}),
        name="api-event-detail",
    ),
    path("statements/", StatementViewSet.as_view(_list), name="api-statement-list"),
    path("persons/", PersonViewSet.as_view(_list), name="api-person-list"),
    path("persons/<str:slug>/", PersonViewSet.as_view(_detail), name="api-person-detail"),
    path("sources/", SourceViewSet.as_view(_list), name="api-source-list"),
    path("sources/<str:slug>/", SourceViewSet.as_view(_detail), name="api-source-detail"),
]
