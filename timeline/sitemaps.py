"""/sitemap.xml: public timelines, published bulletins, and the people and sources in them, each at its canonical
address. A timeline or bulletin with a translation lists it as an alternate (`xhtml:link hreflang`), exactly as its
page's head does (translations.page_alternates); nothing else has alternates: the other interface's copy of a page
is not a translation."""

from collections.abc import Sequence
from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from timeline import translations
from timeline.models import Event, Person, Source, Timeline


class TranslatedSitemap(Sitemap):
    """Lists each item at its address in its own language's interface (an English timeline under /en/), and fills
    a translated item's alternates: the item and each translation, in bulk for the whole sitemap page."""

    def translations_of(self, items: Sequence[Any]) -> dict[int, list[translations.TranslationLink]]:
        raise NotImplementedError

    def language_of(self, item: Any) -> str:
        raise NotImplementedError

    def location(self, item: Any) -> str:
        # Each page at its address in its own language's interface, like its alternates.
        return translations.link_to(item, self.language_of(item)).url

    def get_urls(self, page: int = 1, site: Any = None, protocol: str | None = None) -> list[dict[str, Any]]:
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        links = self.translations_of([url["item"] for url in urls])
        root = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            # The same alternates as the page's head: only real translations, none without one.
            alternates = translations.page_alternates(url["item"], links.get(url["item"].pk, []))
            if alternates:
                url["alternates"] = [
                    {"lang_code": alternate.code, "location": f"{root}{alternate.url}"} for alternate in alternates
                ]
        return urls


class TimelineSitemap(TranslatedSitemap):
    changefreq = "hourly"
    priority = 0.8

    def items(self) -> QuerySet[Timeline]:
        return Timeline.objects.public().order_by("pk")

    def lastmod(self, timeline: Timeline):
        return timeline.updated_at

    def translations_of(self, items: Sequence[Timeline]) -> dict[int, list[translations.TranslationLink]]:
        return translations.for_timelines(items)

    def language_of(self, timeline: Timeline) -> str:
        return timeline.language


class EventSitemap(TranslatedSitemap):
    changefreq = "daily"
    priority = 0.6
    limit = 5000

    def items(self) -> QuerySet[Event]:
        return Event.objects.published().select_related("timeline").order_by("pk")

    def lastmod(self, event: Event):
        return event.updated_at

    def translations_of(self, items: Sequence[Event]) -> dict[int, list[translations.TranslationLink]]:
        return translations.for_events(items)

    def language_of(self, event: Event) -> str:
        return event.timeline.language


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
