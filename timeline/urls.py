from django.urls import path

from timeline import embedding, feeds, preview, views

app_name = "timeline"

urlpatterns = [
    path("", views.TimelineListView.as_view(), name="timeline-list"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("timelines/<str:slug>/", views.TimelineDetailView.as_view(), name="timeline-detail"),
    path("timelines/<str:slug>/updates/", views.timeline_updates, name="timeline-updates"),
    path("embed/timelines/<str:slug>/", embedding.timeline_embed, name="timeline-embed"),
    path("timelines/<str:slug>/feed/rss/", feeds.TimelineRssFeed(), name="timeline-rss"),
    path("timelines/<str:slug>/feed/atom/", feeds.TimelineAtomFeed(), name="timeline-atom"),
    path("timelines/<str:slug>/feed.json", feeds.timeline_json_feed, name="timeline-json-feed"),
    path("timelines/<str:slug>/<int:number>/", views.EventDetailView.as_view(), name="event-detail"),
    path("timelines/<str:slug>/corrections/", views.CorrectionsView.as_view(), name="corrections"),
    path("timelines/<str:slug>/corrections/feed/", feeds.CorrectionsFeed(), name="corrections-feed"),
    path("preview/<str:token>/", preview.preview, name="preview"),
    path("preview/<str:token>/publish/", preview.preview_publish, name="preview-publish"),
    path("people/<str:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("sources/<str:slug>/", views.SourceDetailView.as_view(), name="source-detail"),
]
