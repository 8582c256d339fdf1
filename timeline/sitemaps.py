"""/sitemap.xml: public timelines, published bulletins, and the people and sources in them."""

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from timeline.models import Event, Person, Source, Timeline


class TimelineSitemap(Sitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self) -> QuerySet[Timeline]:
        return Timeline.objects.public().order_by("pk")

    def lastmod(self, timeline: Timeline):
        return timeline.updated_at


class EventSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6
    limit = 5000

    def items(self) -> QuerySet[Event]:
        return Event.objects.published().select_related("timeline").order_by("pk")

    def lastmod(self, event: Event):
        return event.updated_at


class PersonSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self) -> QuerySet[Person]:
        return Person.objects.public().order_by("pk")

    def lastmod(self, person: Person):
        return person.updated_at


class SourceSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.3

    def items(self) -> QuerySet[Source]:
        return Source.objects.public().order_by("pk")


SITEMAPS = {"timelines": TimelineSitemap, "events": EventSitemap, "people": PersonSitemap, "sources": SourceSitemap}
