"""The public reading site. Every query starts from a published-only QuerySet method: drafts, bulletins in review and
retracted bulletins never show (a retracted bulletin's permalink answers with a notice, nothing more)."""

from __future__ import annotations

import datetime
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.files.storage import default_storage
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet, prefetch_related_objects
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import dates, timezone
from django.utils.decorators import method_decorator
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from timeline import aggregates, publisher, translations
from timeline.arabic import search_query
from timeline.bulletin_fragments import rendered_bulletins
from timeline.embedding import EMBED_HEIGHT, EMBED_WIDTH, embed_html, oembed_discovery_url
from timeline.models import (
    Correction,
    Event,
    EventRedirect,
    Media,
    Person,
    Place,
    Source,
    Statement,
    Timeline,
    Topic,
)
from timeline.parameters import whole_number
from timeline.share_image import default_card
from timeline.templatetags.newsroom import digits

PAGE_SIZE = 50
# A bulletin's columns a reader's page never shows (search text, the newsroom's notes), left in the database when
# a page loads its bulletins: as long as the body again, for each of them.
NOT_READ = ("search_headline", "search_body", "search_statements", "editor_note")
KEY_EVENTS_SHOWN = aggregates.KEY_EVENTS_SHOWN
SOURCE_LATEST_BULLETINS = 20
SEARCH_PAGE_SIZE = 20
# The search page ranks the most recent matches, this many (see EventQuerySet.search).
SEARCH_RANK_WINDOW = 500

# Readers' browsers and proxies keep pages but ask again each time (ETag from ConditionalGetMiddleware):
# an editor's change shows on the very next request.
public_page = method_decorator(cache_control(public=True, no_cache=True), name="dispatch")


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


# --- Home ------------------------------------------------------------------------------------------------------


@public_page
class TimelineListView(ListView):
    template_name = "timeline/timeline_list.html"
    context_object_name = "timelines"

    def get_queryset(self) -> QuerySet[Timeline]:
        return Timeline.objects.public().with_latest_bulletin().order_by("-is_live", "-updated_at", "pk")


# --- A timeline ------------------------------------------------------------------------------------------------


def _bulletins_per_day(timeline: Timeline) -> list[dict[str, Any]]:
    """Counts of published bulletins per day, for the chart: kept with the timeline's other aggregates."""
    return aggregates.facts(timeline).days


def long_dates(days: list[datetime.date]) -> dict[datetime.date, str]:
    """The `long_date` filter's text ("9 January 2022", in the page's language and digits) for many dates at once:
    the filter looks up its format and the month's name again for each date, a quarter of a cold timeline page's
    time when the chart has 120 bars. Month names are translated once here."""
    months: dict[int, str] = {}
    labels = {}
    for day in days:
        if day not in labels:
            month = months.get(day.month)
            if month is None:
                month = months[day.month] = str(dates.MONTHS[day.month])
            labels[day] = digits(f"{day.day} {month} {day.year:04d}")
    return labels


CHART_MOST_BARS = 120


def chart(days: list[dict[str, Any]], width: int = 640, height: int = 120) -> dict[str, Any] | None:
    """Bars for a server-rendered SVG from the first bulletin to the last, empty stretches included: one a day, or,
    for a story longer than CHART_MOST_BARS days, one per period of equal days, so that the chart (and the page)
    stays the same size however long the story runs."""
    if not days:
        return None
    first, last = days[0]["date"], days[-1]["date"]
    span = (last - first).days + 1
    period = -(-span // CHART_MOST_BARS)  # days per bar, rounded up
    counts: dict[int, int] = {}
    for row in days:
        slot = (row["date"] - first).days // period
        counts[slot] = counts.get(slot, 0) + row["count"]
    slots = -(-span // period)
    highest = max(counts.values())
    step = width / slots
    bars = []
    for slot in range(slots):
        count = counts.get(slot, 0)
        bar_height = 0 if not count else max(2, round((height - 20) * count / highest))
        start = first + datetime.timedelta(days=slot * period)
        bars.append(
            {
                "x": round(slot * step, 2),
                "y": height - 16 - bar_height,
                "width": max(1, round(step * 0.8, 2)),
                "height": bar_height,
                "day": start,
                "until": _period_end(start, period, last) if period > 1 else None,
                "count": count,
            }
        )
    # Only the bars drawn are labelled (an empty one is not drawn).
    labels = long_dates([day for bar in bars if bar["count"] for day in (bar["day"], bar["until"]) if day])
    for bar in bars:
        if bar["count"]:
            bar["day_label"] = labels[bar["day"]]
            bar["until_label"] = labels[bar["until"]] if bar["until"] else ""
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "drawn": _drawn_bars(bars),
        "first": first,
        "last": last,
        "highest": highest,
        "period": period,
        "total": sum(counts.values()),
    }


def _drawn_bars(bars: list[dict[str, Any]]) -> SafeString:
    """The SVG rectangles of the bars with bulletins, each titled with its day (or period) and count. Written here,
    not by a template loop: with 120 bars the loop's nodes were a tenth of a cold timeline page's time."""
    # Safe: numbers computed here, and the labels escaped here.
    return mark_safe(
        "".join(
            f'<rect x="{bar["x"]}" y="{bar["y"]}" width="{bar["width"]}" height="{bar["height"]}"><title>'
            f"{escape(bar['day_label'])}{' – ' + escape(bar['until_label']) if bar['until'] else ''}: "
            f"{digits(str(bar['count']))}</title></rect>"
            for bar in bars
            if bar["count"]
        )
    )


def _period_end(start: datetime.date, period: int, last: datetime.date) -> datetime.date:
    """The last day of the bar from `start`, `period` days long, not past `last`. Compared before adding: a bar
    that ends with a bulletin dated 9999-12-31 would otherwise reach past the last date Python knows."""
    return last if (last - start).days < period - 1 else start + datetime.timedelta(days=period - 1)


PAGE_LINKS_AROUND = 3


def page_links(current: int, count: int, *, newest_first: bool) -> list[int | None]:
    """Page numbers to link to: the first and last, and a few either side of the current one; None where numbers
    are skipped. A timeline of any length gets a navigation of the same size."""
    shown = {1, count} | set(range(current - PAGE_LINKS_AROUND, current + PAGE_LINKS_AROUND + 1))
    numbers = sorted(number for number in shown if 1 <= number <= count)
    links: list[int | None] = []
    for number in numbers:
        if links and number - links[-1] > 1:  # type: ignore[operator]
            links.append(None)
        links.append(number)
    return links[::-1] if newest_first else links


@public_page
class TimelineDetailView(TemplateView):
    """The numbered timeline. Pages are cut in number order (page 1 holds the first 50 bulletins), so a page's
    address always shows the same bulletins; newest first (the default) starts at the last page and reads each
    page backwards, oldest first (`order=oldest`) starts at page 1."""

    template_name = "timeline/timeline_detail.html"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.timeline = get_object_or_404(Timeline.objects.public(), slug=kwargs["slug"])
        self.events = Event.objects.published().for_timeline(self.timeline).order_by("number")
        # ?topic=<slug> or ?place=<slug>: the timeline's bulletins about one topic, or in one place.
        self.topic = self.place = None
        if request.GET.get("topic"):
            self.topic = get_object_or_404(Topic.objects.public(), slug=request.GET["topic"])
            self.events = self.events.about([self.topic])
        if request.GET.get("place"):
            self.place = get_object_or_404(Place.objects.public(), slug=request.GET["place"])
            self.events = self.events.located_in([self.place])
        number = request.GET.get("number", "").strip()
        if number:
            return self.go_to_number(number)
        return super().get(request, *args, **kwargs)

    def go_to_number(self, typed: str) -> HttpResponse:
        """“Go to number”: the page that holds that bulletin, at its anchor."""
        number = whole_number(typed, least=1)
        if number is None or not self.events.filter(number=number).exists():
            return render(
                self.request,
                "timeline/number_not_found.html",
                {"timeline": self.timeline, "number": typed},
                status=404,
            )
        position = self.events.filter(number__lt=number).count()
        page = position // PAGE_SIZE + 1
        order = "oldest" if self.request.GET.get("order") == "oldest" else ""
        query = f"?page={page}" + (f"&order={order}" if order else "")
        return HttpResponseRedirect(f"{self.timeline.get_absolute_url()}{query}#{number}")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        oldest_first = self.request.GET.get("order") == "oldest"
        # What the page says of the whole timeline (counts, chart, dates, key bulletins, photo): kept until the
        # timeline's next publication, edit, retraction or deletion (timeline/aggregates.py).
        facts = aggregates.facts(self.timeline)
        filtered = self.topic is not None or self.place is not None
        paginator = Paginator(self.events.values_list("pk", flat=True), PAGE_SIZE)
        if not filtered:
            paginator.count = facts.published  # (a cached_property: the count query is not made)
        default_page = 1 if oldest_first else paginator.num_pages
        page = paginator.get_page(self.request.GET.get("page") or default_page)
        ids = _page_ids(self.events, paginator, page)
        events = Event.objects.filter(pk__in=ids).select_related("timeline").defer(*NOT_READ)
        events = list(events.order_by("number" if oldest_first else "-number"))
        # Photos only where the timeline has any (its JSON-LD shows them).
        if facts.photo_id is not None:
            prefetch_related_objects(events, "media")
        pages = page_links(page.number, paginator.num_pages, newest_first=not oldest_first)
        translation_links = translations.timeline_links(self.timeline) if facts.translation_ids else []
        photo = Media.objects.filter(pk=facts.photo_id).first() if facts.photo_id is not None else None
        context = super().get_context_data(**kwargs)
        context.update(
            timeline=self.timeline,
            events=events,
            bulletins=rendered_bulletins(events),
            page=page,
            pages=pages,
            oldest_first=oldest_first,
            chart=chart(facts.days),
            # The live page's summary: its key bulletins, newest first, whatever the page shown.
            key_events=facts.key_events,
            latest_number=facts.latest_number,
            topic=self.topic,
            place=self.place,
            filter_query=urlencode(
                {name: value.slug for name, value in (("topic", self.topic), ("place", self.place)) if value}
            ),
            # Those of its published bulletins, read by id (their names as they are now).
            topics=Topic.objects.filter(pk__in=facts.topic_ids) if facts.topic_ids else [],
            places=Place.objects.filter(pk__in=facts.place_ids) if facts.place_ids else [],
            embed_code=embed_html(self.request, self.timeline, width=EMBED_WIDTH, height=EMBED_HEIGHT),
            oembed_url=oembed_discovery_url(self.request, self.timeline),
            poll_seconds=settings.TASALSUL_LIVE_POLL_SECONDS,
            json_ld=self.json_ld(events, photo, facts),
            translation_links=translation_links,
            # A page, an order or a filter of the timeline has no counterpart in the translation: the translation is
            # announced on the timeline's own address only.
            hreflang_links=translations.page_alternates(self.timeline, [] if self.request.GET else translation_links),
            og_image=share_image(self.request, photo),
            # In the story's own language's interface: the English interface's copy of an Arabic story is the same
            # page, not a translation.
            canonical=translations.link_to(self.timeline, self.timeline.language).url
            + (f"?page={page.number}" if page.number != default_page else ""),
        )
        return context

    def json_ld(self, events: list[Event], photo: Media | None, facts: aggregates.TimelineFacts) -> dict[str, Any]:
        """The timeline as a schema.org LiveBlogPosting with this page's bulletins as its updates: what Google lists
        as required or recommended for articles and live blogs (headline, image, dates with a time zone, author
        with name and address, publisher with its logo). Its dates are the whole story's, whatever the page or
        filter, so that every page describes the same LiveBlogPosting (@id)."""
        language = self.timeline.language
        url = publisher.canonical_url(self.request, self.timeline)
        credits = _Credits(self.request, language)
        if settings.TASALSUL_SIGNED_BULLETINS:
            prefetch_related_objects(events, "created_by")  # their bylines
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "@id": url,
            "url": url,
            "mainEntityOfPage": url,
            "headline": self.timeline.title,
            "description": self.timeline.summary or self.timeline.title,
            "inLanguage": language,
            "image": [_image_object(self.request, photo) if photo else credits.default_image],
            "datePublished": (facts.first_published or self.timeline.created_at).isoformat(),
            "dateModified": (facts.last_changed or self.timeline.updated_at).isoformat(),
            "coverageStartTime": _moment_of(facts.first_moment),
            "author": credits.newsroom_author,
            "publisher": credits.publisher,
            # Every bulletin here is in this timeline: its canonical address is worked out once, not per bulletin.
            "liveBlogUpdate": [
                _blog_posting(
                    self.request, event, credits, in_list=True, timeline_url=url, photos=facts.photo_id is not None
                )
                for event in events
            ],
        }
        if not self.timeline.is_live:
            data["coverageEndTime"] = _moment_of(facts.last_moment)
        return data


def _page_ids(events: QuerySet[Event], paginator: Paginator, page: Page) -> list[int]:
    """The ids of the bulletins on `page`, in number order. A page in the second half of a long timeline (the
    default page, newest first, is the last) is read from the end, so the database skips few rows, not thousands."""
    count = paginator.count
    ids = events.values_list("pk", flat=True)
    start = (page.number - 1) * paginator.per_page
    end = min(start + paginator.per_page, count)
    if start <= count - end:
        return list(ids.order_by("number")[start:end])
    return list(ids.order_by("-number")[count - end : count - start])[::-1]


def _moment_of(moment: tuple[datetime.date, datetime.time | None] | None) -> str | None:
    """When a bulletin's event happened (its date, at its time if known), in the site's time zone, as ISO 8601."""
    if moment is None:
        return None
    day, at = moment
    return timezone.make_aware(datetime.datetime.combine(day, at or datetime.time())).isoformat()


class _Credits:
    """What every bulletin's JSON-LD on a page shares, built once a page: the newsroom (the author unless
    bulletins are signed, and the publisher, in full once and by name and @id in a list), and the card standing in
    for a photo."""

    def __init__(self, request: HttpRequest, language: str) -> None:
        self.request = request
        self.language = language
        self.newsroom = publisher.newsroom(request, language)
        self.newsroom_author = publisher.author_json_ld(request, self.newsroom, language)
        self.publisher = publisher.organization(request, language)
        self.publisher_in_list = publisher.organization(request, language, with_logo=False)
        card = default_card(request)
        self.default_image = {
            "@type": "ImageObject",
            "url": card["url"],
            "width": card["width"],
            "height": card["height"],
        }

    def author(self, event: Event) -> dict[str, Any]:
        author = publisher.byline(event, self.newsroom)
        if author is self.newsroom:
            return self.newsroom_author
        return publisher.author_json_ld(self.request, author, self.language)


def _blog_posting(
    request: HttpRequest,
    event: Event,
    credits: _Credits,
    *,
    in_list: bool,
    timeline_url: str | None = None,
    photos: bool = True,
) -> dict[str, Any]:
    """A bulletin as a schema.org BlogPosting (a liveBlogUpdate, or its own page). `event.media` should be
    prefetched for a list; so should `event.created_by` when bulletins are signed. `timeline_url`: its timeline's
    canonical address, when the caller knows it already; `photos=False`: the caller knows it has none."""
    published = event.published_at or event.created_at
    timeline_url = timeline_url or publisher.canonical_url(request, event.timeline)
    posting: dict[str, Any] = {
        "@type": "BlogPosting",
        "headline": f"({event.number}) {event.headline}",
        # Its place in the timeline's canonical page (its own page's JSON-LD gives its own address).
        "url": f"{timeline_url}#{event.number}",
        "datePublished": published.isoformat(),
        "dateModified": max(event.updated_at, published).isoformat(),
        "author": credits.author(event),
        "publisher": credits.publisher_in_list if in_list else credits.publisher,
        "articleBody": "\n".join(event.paragraphs),
        "inLanguage": event.timeline.language,
    }
    images = [_image_object(request, item) for item in event.media.all() if item.is_image] if photos else []
    posting["image"] = images or [credits.default_image]
    return posting


SHARE_IMAGE_WIDTH = 1200  # what Facebook, X and LinkedIn cards show best


def _image_object(request: HttpRequest, media: Media) -> dict[str, Any]:
    size = media.size_for(SHARE_IMAGE_WIDTH)
    image = {
        "@type": "ImageObject",
        "url": absolute(request, size["url"]),
        "width": size["width"],
        "height": size["height"],
        "description": media.alt_text,
    }
    if media.caption:
        image["caption"] = media.caption
    if media.credit:
        image["creditText"] = media.credit
    return image


def share_image(request: HttpRequest, media: Media | None) -> dict[str, Any] | None:
    """A photo for base.html's og:image (and a large X card); without one the page shows the drawn card."""
    if media is None:
        return None
    size = media.size_for(SHARE_IMAGE_WIDTH)
    return {
        "url": absolute(request, size["url"]),
        "width": size["width"],
        "height": size["height"],
        "alt": media.alt_text,
    }


def _permalink_json_ld(request: HttpRequest, event: Event) -> dict[str, Any]:
    """A bulletin's page: its BlogPosting at its own address, part of its timeline's LiveBlogPosting (by @id),
    citing what was said in it."""
    language = event.timeline.language
    url = publisher.canonical_url(request, event)
    timeline_url = publisher.canonical_url(request, event.timeline)
    data = {
        "@context": "https://schema.org",
        **_blog_posting(request, event, _Credits(request, language), in_list=False),
    }
    data.update(
        {
            "@id": url,
            "url": url,
            "mainEntityOfPage": url,
            "isPartOf": {
                "@type": "LiveBlogPosting",
                "@id": timeline_url,
                "url": timeline_url,
                "headline": event.timeline.title,
            },
            "citation": [_quotation(request, statement) for statement in event.statements.all()],
        }
    )
    return data


@require_safe
@cache_control(no_cache=True, public=True)
def timeline_updates(request: HttpRequest, slug: str) -> JsonResponse:
    """For the live timeline: how many bulletins were published after number `after`. Light: one count query."""
    timeline = get_object_or_404(Timeline.objects.public(), slug=slug)
    after = whole_number(request.GET.get("after", "0"))
    if after is None:
        return JsonResponse({"error": _("after must be a bulletin number")}, status=400)
    newer = Event.objects.published().for_timeline(timeline).filter(number__gt=after)
    return JsonResponse({"count": newer.count(), "url": timeline.get_absolute_url()})


# --- A bulletin ------------------------------------------------------------------------------------------------


@public_page
class EventDetailView(DetailView):
    template_name = "timeline/event_detail.html"
    context_object_name = "event"

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        events = Event.objects.published_or_retracted().for_timeline(kwargs["slug"]).with_statements()
        self.object = events.filter(number=kwargs["number"]).first()
        if self.object is None:
            # A number the bulletin used to have, before a chief renumbered it: its old address still leads there.
            moved = (
                EventRedirect.objects.filter(timeline__slug=kwargs["slug"], number=kwargs["number"])
                .select_related("event__timeline")
                .order_by("-created_at")
                .first()
            )
            if moved is not None and moved.event.status == Event.Status.PUBLISHED:
                return HttpResponsePermanentRedirect(moved.event.get_absolute_url())
            raise Http404
        return self.render_to_response(self.get_context_data(object=self.object))

    def render_to_response(self, context: dict[str, Any], **kwargs: Any) -> HttpResponse:
        if self.object.status == Event.Status.RETRACTED:
            # The number stays taken and its address answers; what it said does not.
            return render(self.request, "timeline/event_retracted.html", {"event": self.object}, status=410)
        return super().render_to_response(context, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        siblings = Event.objects.published().for_timeline(self.object.timeline)
        event = self.object
        translation_links = translations.event_links(event)
        return super().get_context_data(
            timeline=event.timeline,
            previous_event=siblings.filter(number__lt=event.number).order_by("-number").first(),
            next_event=siblings.filter(number__gt=event.number).order_by("number").first(),
            json_ld=_permalink_json_ld(self.request, event),
            translation_links=translation_links,
            hreflang_links=translations.page_alternates(event, translation_links),
            og_image=share_image(self.request, next((item for item in event.media.all() if item.is_image), None)),
            canonical=translations.link_to(event, event.timeline.language).url,
            **kwargs,
        )


def _quotation(request: HttpRequest, statement: Statement) -> dict[str, Any]:
    speaker: dict[str, Any] = {
        "@type": "Person",
        "name": statement.speaker.display_name,
        "url": absolute(request, statement.speaker.get_absolute_url()),
    }
    if statement.role is not None:
        speaker["jobTitle"] = statement.role.title
    quotation: dict[str, Any] = {
        "@type": "Quotation",
        "text": statement.text,
        "spokenByCharacter": speaker,
        "creator": speaker,
        "inLanguage": statement.event.timeline.language,
    }
    if statement.source is not None:
        quotation["isBasedOn"] = {
            "@type": "CreativeWork",
            "name": statement.source.name,
            **({"url": statement.source.url} if statement.source.url else {}),
        }
    return quotation


@public_page
class CorrectionsView(ListView):
    """Every public correction of a timeline, newest first."""

    template_name = "timeline/corrections.html"
    context_object_name = "corrections"
    paginate_by = 50

    def get_queryset(self) -> QuerySet[Correction]:
        self.timeline = get_object_or_404(Timeline.objects.public(), slug=self.kwargs["slug"])
        return Correction.objects.filter(
            event__in=Event.objects.published().for_timeline(self.timeline)
        ).select_related("event__timeline")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(timeline=self.timeline, **kwargs)


# --- People and sources ----------------------------------------------------------------------------------------


@public_page
class PersonDetailView(DetailView):
    template_name = "timeline/person_detail.html"
    context_object_name = "person"
    slug_url_kwarg = "slug"

    def get_queryset(self) -> QuerySet[Person]:
        return Person.objects.public()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        statements = (
            Statement.objects.published()
            .by(self.object)
            .select_related("event__timeline", "source", "role")
            .newest_first()
        )
        return super().get_context_data(**_paged(self.request, statements, "statements"), **kwargs)


@public_page
class SourceDetailView(DetailView):
    template_name = "timeline/source_detail.html"
    context_object_name = "source"

    def get_queryset(self) -> QuerySet[Source]:
        return Source.objects.public()

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        events = Event.objects.published().filter(sources=self.object)
        latest = events.select_related("timeline").order_by("-date", "-pk")[:SOURCE_LATEST_BULLETINS]
        statements = (
            Statement.objects.published()
            .filter(source=self.object)
            .select_related("event__timeline", "speaker", "role")
            .newest_first()
        )
        return super().get_context_data(
            events=latest, events_total=events.count(), **_paged(self.request, statements, "statements"), **kwargs
        )


def _paged(request: HttpRequest, items: QuerySet, name: str) -> dict[str, Any]:
    """A page of `items` (newest first, PAGE_SIZE a page, `?page=N`) and the links to the others, for lists that
    grow with the newsroom: a person's statements, a source's citations."""
    paginator = Paginator(items, PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    return {
        name: page.object_list,
        "page": page,
        "pages": page_links(page.number, paginator.num_pages, newest_first=False),
    }


# --- Search ----------------------------------------------------------------------------------------------------


@public_page
class SearchView(TemplateView):
    """Search across timelines, ranked, with filters by timeline, speaker and dates. The same search as the API."""

    template_name = "timeline/search.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        query = self.request.GET.get("q", "").strip()
        filters = {name: self.request.GET.get(name, "").strip() for name in ("timeline", "speaker", "from", "to")}
        results = Event.objects.none()
        problems = []
        # A query of punctuation alone (?, ..., -) has nothing to look for: the page says so instead of searching.
        has_words = bool(search_query(query)[1])
        if has_words:
            results = Event.objects.published()
            if filters["timeline"]:
                results = results.for_timeline(filters["timeline"])
            if filters["speaker"]:
                results = results.quoting(Person.objects.called(filters["speaker"]))
            for name, lookup in (("from", "date__gte"), ("to", "date__lte")):
                if filters[name]:
                    try:
                        results = results.filter(**{lookup: datetime.date.fromisoformat(filters[name])})
                    except ValueError:
                        problems.append(_("“%(value)s” is not a date (YYYY-MM-DD).") % {"value": filters[name]})
            results = results.search(query, recent=SEARCH_RANK_WINDOW)
            results = results.with_statements().order_by("-search_rank", "-date", "-number")
        page = Paginator(results, SEARCH_PAGE_SIZE).get_page(self.request.GET.get("page"))
        context = super().get_context_data(**kwargs)
        context.update(
            query=query,
            has_words=has_words,
            filters=filters,
            problems=problems,
            page=page,
            window=SEARCH_RANK_WINDOW,
            # Speakers are typed, not chosen from a list: a newsroom's thousands of names would weigh on every search.
            timelines=Timeline.objects.public().order_by("title"),
        )
        return context


# --- Machines --------------------------------------------------------------------------------------------------


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /en/admin/",
        "Disallow: /search/",
        "Disallow: /en/search/",
        "Allow: /",
        f"Sitemap: {absolute(request, reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# --- Photos ----------------------------------------------------------------------------------------------------

MEDIA_TYPES = {"jpg": "image/jpeg", "png": "image/png"}


@require_safe
def media_file(request: HttpRequest, folder: str, name: str) -> FileResponse:
    """A stored size of a photo, served only while its bulletin is published (staff also see drafts' photos).

    Files are not served straight from MEDIA_ROOT: a draft's photo has an address before the bulletin is public,
    and unpublishing or retracting a bulletin must take its photos down with it."""
    media = get_object_or_404(Media.objects.visible_to(request.user).stored_in(folder))
    wanted = f"bulletins/{folder}/{name}"
    if wanted not in {size["name"] for size in media.renditions}:
        raise Http404
    response = FileResponse(default_storage.open(wanted, "rb"), content_type=MEDIA_TYPES[name.rsplit(".", 1)[1]])
    # A file's content never changes (a replaced photo gets a new folder), but a bulletin can be unpublished:
    # caches keep it an hour at most; a draft's photo is kept by no one.
    public = media.event.is_public
    response["Cache-Control"] = "public, max-age=3600" if public else "private, no-store"
    return response
