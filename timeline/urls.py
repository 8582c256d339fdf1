from django.urls import path

from timeline import views

app_name = "timeline"

urlpatterns = [
    path("", views.TimelineListView.as_view(), name="timeline-list"),
    path("timelines/<str:slug>/", views.TimelineDetailView.as_view(), name="timeline-detail"),
    path("timelines/<str:slug>/<int:number>/", views.EventDetailView.as_view(), name="event-detail"),
    path("people/<str:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path("sources/<str:slug>/", views.SourceDetailView.as_view(), name="source-detail"),
]
