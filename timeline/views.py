"""The public reading pages. Every query starts from a published-only QuerySet method: drafts never show."""

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from timeline.models import Event, Person, Source, Statement, Timeline


class TimelineListView(ListView):
    template_name = "timeline/timeline_list.html"
    context_object_name = "timelines"

    def get_queryset(self) -> QuerySet[Timeline]:
        return Timeline.objects.with_event_counts().filter(published_event_count__gt=0)


class TimelineDetailView(ListView):
    template_name = "timeline/timeline_detail.html"
    context_object_name = "events"
    paginate_by = 50

    def get_queryset(self) -> QuerySet[Event]:
        self.timeline = get_object_or_404(Timeline, slug=self.kwargs["slug"])
        return Event.objects.published().for_timeline(self.timeline).with_statements().newest_first()

    def get_context_data(self, **kwargs):
        return super().get_context_data(timeline=self.timeline, **kwargs)


class EventDetailView(DetailView):
    template_name = "timeline/event_detail.html"
    context_object_name = "event"

    def get_object(self, queryset=None) -> Event:
        events = Event.objects.published().for_timeline(self.kwargs["slug"]).with_statements()
        return get_object_or_404(events, number=self.kwargs["number"])

    def get_context_data(self, **kwargs):
        siblings = Event.objects.published().for_timeline(self.object.timeline)
        return super().get_context_data(
            timeline=self.object.timeline,
            previous_event=siblings.filter(number__lt=self.object.number).order_by("-number").first(),
            next_event=siblings.filter(number__gt=self.object.number).order_by("number").first(),
            **kwargs,
        )


class PersonDetailView(DetailView):
    template_name = "timeline/person_detail.html"
    context_object_name = "person"
    model = Person

    def get_context_data(self, **kwargs):
        statements = (
            Statement.objects.published()
            .by(self.object)
            .select_related("event__timeline", "source", "role")
            .chronological()
        )
        return super().get_context_data(statements=statements, **kwargs)


class SourceDetailView(DetailView):
    template_name = "timeline/source_detail.html"
    context_object_name = "source"
    model = Source

    def get_context_data(self, **kwargs):
        events = Event.objects.published().filter(sources=self.object).select_related("timeline").order_by("-date")
        return super().get_context_data(events=events, **kwargs)
