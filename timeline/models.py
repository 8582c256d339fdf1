"""The newsroom's data: a Timeline (a running story) of numbered Events (bulletins), each carrying Statements
said by People through Sources.

Reads go through the QuerySet methods defined here (`Event.objects.published()`, `.for_timeline(t)`, ...);
writes that touch more than one row go through `timeline.services`.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Iterable
from typing import Any, Self

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connections, models, router
from django.db.models import Count, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from timeline.arabic import name_key, name_keys, search_query, search_terms
from timeline.embeds import Provider, embed_for

language_code_validator = RegexValidator(
    r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
    _("Use a language code such as “ar”, “en” or “ru”."),
)
wikidata_id_validator = RegexValidator(r"^Q[1-9][0-9]*$", _("A Wikidata id looks like “Q23308” (Q, then digits)."))


# Characters that take no room on screen: controls, format characters (zero-width spaces and joiners, direction
# marks, the byte-order mark), separators, combining marks alone (harakat with no letter), and the blank letters
# and symbols used to look empty (Hangul fillers, the blank Braille pattern).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"})
_BLANK_LOOKING = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def has_visible_character(text: str) -> bool:
    """Whether `text` shows anything: str.strip() keeps a zero-width space, which would count as a headline."""
    return any(char not in _BLANK_LOOKING and unicodedata.category(char) not in _INVISIBLE_CATEGORIES for char in text)


INVISIBLE_HEADLINE = _(
    "The headline holds only invisible characters (such as zero-width spaces): write a headline, or leave it empty "
    "in a draft."
)


def unique_slug(model: type[models.Model], text: str, *, exclude_pk: int | None = None, max_length: int = 80) -> str:
    """A slug made from `text` (Arabic letters kept) that no other row of `model` uses yet."""
    base = slugify(text, allow_unicode=True)[:max_length].strip("-") or "item"
    candidate, suffix = base, 2
    taken = model._default_manager.exclude(pk=exclude_pk)
    while taken.filter(slug=candidate).exists():
        tail = f"-{suffix}"
        candidate = f"{base[: max_length - len(tail)]}{tail}"
        suffix += 1
    return candidate


class SlugFromName:
    """For a model whose empty `slug` is made from its name when saved (unique in its table): `slug_text()` says
    which name."""

    def slug_text(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        if not self.slug:
            self.slug = unique_slug(type(self), self.slug_text(), exclude_pk=self.pk)
        super().save(*args, **kwargs)


class Language(models.TextChoices):
    ARABIC = "ar", _("Arabic")
    ENGLISH = "en", _("English")


# --- Timeline -------------------------------------------------------------------------------------------------


class TimelineQuerySet(models.QuerySet):
    def live(self) -> Self:
        return self.filter(is_live=True)

    def public(self) -> Self:
        """Timelines with at least one published bulletin; one with none is a story in preparation."""
        return self.filter(models.Exists(Event.objects.published().filter(timeline=models.OuterRef("pk"))))

    def with_latest_bulletin(self) -> Self:
        """Annotates the latest published bulletin's number, headline and date, in the same query."""
        latest = Event.objects.published().filter(timeline=models.OuterRef("pk")).order_by("-number")
        return self.annotate(
            latest_number=models.Subquery(latest.values("number")[:1]),
            latest_headline=models.Subquery(latest.values("headline")[:1]),
            latest_date=models.Subquery(latest.values("date")[:1]),
        )

    def with_event_counts(self) -> Self:
        return self.annotate(
            event_count=Count("events", distinct=True),
            published_event_count=Count("events", filter=Event.published_q(prefix="events__"), distinct=True),
        )


class Timeline(models.Model):
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        help_text=_("The story's address on the site, e.g. “russia-ukraine-talks-2022”. Keep it short."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("The story's name as readers see it."))
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences that say what the story is about.")
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=Language,
        default=Language.ARABIC,
        help_text=_("The language the bulletins are written in; it sets the reading direction."),
    )
    is_live = models.BooleanField(
        _("live"), default=True, help_text=_("Still being updated. Live stories are listed first.")
    )
    translations = models.ManyToManyField(
        "self",
        symmetrical=True,
        blank=True,
        verbose_name=_("translations"),
        help_text=_(
            "The same story told in another language (the English chronology of an Arabic one). The link goes "
            "both ways, and its bulletins are linked to the bulletins with the same numbers."
        ),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Indexed: readers' caches are keyed by the latest change (content_changed_at), asked on every request.
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    objects = TimelineQuerySet.as_manager()

    class Meta:
        ordering = ["-is_live", "-updated_at"]
        verbose_name = _("timeline")
        verbose_name_plural = _("timelines")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("timeline:timeline-detail", kwargs={"slug": self.slug})

    @property
    def direction(self) -> str:
        """The writing direction of the timeline's text, for `dir` attributes."""
        return "rtl" if get_language_info(self.language)["bidi"] else "ltr"


# --- People and their roles ------------------------------------------------------------------------------------


class PersonQuerySet(models.QuerySet):
    def named(self) -> Self:
        return self.filter(is_anonymous=False)

    def anonymous(self) -> Self:
        return self.filter(is_anonymous=True)

    def public(self) -> Self:
        """People readers may see: those who speak or are mentioned in a published bulletin. Someone who appears
        only in drafts stays unknown: their name alone could reveal a story in preparation."""
        published = Event.objects.published()
        return self.filter(
            models.Exists(published.filter(statements__speaker=models.OuterRef("pk")))
            | models.Exists(published.filter(persons=models.OuterRef("pk")))
        )

    def called(self, text: str) -> Self:
        """People a reader means by `text` in a search: their address (slug), or a part of their name, Latin name or
        an alias, however it is transliterated (بلنكن finds بلينكن, Guterres finds Gutteres)."""
        text = text.strip()
        condition = (
            Q(slug=text) | Q(name__icontains=text) | Q(name_latin__icontains=text) | Q(aliases__name__icontains=text)
        )
        key = name_key(text)
        if len(key.replace(" ", "")) >= 3:
            condition |= Q(name_keys__contains=key)
        return self.filter(condition).distinct()

    def matching_name(self, name: str) -> Self:
        """People whose display name, Latin name or one of whose aliases is exactly `name`."""
        name = name.strip()
        return self.filter(Q(name=name) | Q(name_latin__iexact=name) | Q(aliases__name=name)).distinct()


class Person(SlugFromName, models.Model):
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name as readers see it, in the site's language, e.g. “أنطوني بلينكن”. Empty for an anonymous speaker."
        ),
    )
    name_latin = models.CharField(
        _("name in Latin script"),
        max_length=200,
        blank=True,
        help_text=_("e.g. “Antony Blinken”. Used for the address and for English readers."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("Leave empty to make one from the name."),
    )
    is_anonymous = models.BooleanField(
        _("anonymous speaker"),
        default=False,
        help_text=_("A source quoted without a name, such as “a senior official in the US administration”."),
    )
    description = models.CharField(
        _("description"),
        max_length=300,
        blank=True,
        help_text=_(
            "Who this is, in a phrase. For an anonymous speaker this is what readers see: "
            "“مسئول كبير في الإدارة الأمريكية”."
        ),
    )
    wikidata_id = models.CharField(
        _("Wikidata id"),
        max_length=20,
        blank=True,
        validators=[wikidata_id_validator],
        help_text=_("Optional, e.g. “Q23308”. Links the person to a shared identity."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Indexed: readers' caches are keyed by the latest change (content_changed_at), asked on every request.
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)
    # The consonant skeletons of the name, Latin name and aliases ("|انتن بلنكن|antn blnkn|"), so that search and the
    # speaker picker find بلينكن when a reader or editor types بلنكن (timeline.arabic.name_key). Kept by save().
    name_keys = models.TextField(blank=True, editable=False)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["is_anonymous", "name", "description"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [("merge_person", _("Can merge duplicate people"))]
        constraints = [
            models.CheckConstraint(
                condition=(Q(is_anonymous=False) & ~Q(name=""))
                | (Q(is_anonymous=True) & Q(name="") & ~Q(description="")),
                name="person_named_or_described",
                violation_error_message=_(
                    "A named person needs a name; an anonymous speaker has no name but needs a description."
                ),
            ),
            models.UniqueConstraint(
                fields=["wikidata_id"],
                condition=~Q(wikidata_id=""),
                name="person_unique_wikidata_id",
                violation_error_message=_("Another person already has this Wikidata id."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def save(self, *args, **kwargs) -> None:
        self.name_keys = name_keys(self.spellings())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name_keys" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "name_keys"]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("timeline:person-detail", kwargs={"slug": self.slug})

    def slug_text(self) -> str:
        return self.name_latin or self.name or self.description

    def refresh_name_keys(self) -> None:
        Person.objects.filter(pk=self.pk).update(name_keys=name_keys(self.spellings()))

    def spellings(self) -> list[str]:
        aliases = list(self.aliases.values_list("name", flat=True)) if self.pk else []
        return [self.name, self.name_latin, *aliases]

    @property
    def display_name(self) -> str:
        return self.description if self.is_anonymous else self.name

    def role_on(self, day: datetime.date | None) -> Role | None:
        """The role this person held on `day` (the most recently started one if several overlap)."""
        if day is None:
            return None
        return self.roles.held_on(day).first()


class PersonAlias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases", verbose_name=_("person"))
    name = models.CharField(
        _("alias"),
        max_length=200,
        help_text=_(
            "Another way the text names this person: a surname (“بلينكن”), another spelling, or the Latin form."
        ),
    )

    class Meta:
        ordering = ["person", "name"]
        verbose_name = _("alias")
        verbose_name_plural = _("aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "name"],
                name="alias_unique_per_person",
                violation_error_message=_("This person already has this alias."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        self.person.refresh_name_keys()

    def delete(self, *args, **kwargs):
        person, deleted = self.person, super().delete(*args, **kwargs)
        person.refresh_name_keys()
        return deleted


class RoleQuerySet(models.QuerySet):
    def held_on(self, day: datetime.date) -> Self:
        return self.filter(
            Q(start_date__isnull=True) | Q(start_date__lte=day),
            Q(end_date__isnull=True) | Q(end_date__gte=day),
        ).order_by(models.F("start_date").desc(nulls_last=True), "-pk")


class Role(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles", verbose_name=_("person"))
    title = models.CharField(
        _("title"), max_length=200, help_text=_("As the text gives it, e.g. “وزير الخارجية الأمريكي”.")
    )
    organisation = models.CharField(
        _("organisation"), max_length=200, blank=True, help_text=_("e.g. “U.S. Department of State”.")
    )
    start_date = models.DateField(_("from"), null=True, blank=True, help_text=_("Empty if unknown."))
    end_date = models.DateField(_("to"), null=True, blank=True, help_text=_("Empty while the role is held."))

    objects = RoleQuerySet.as_manager()

    class Meta:
        ordering = ["person", models.F("start_date").desc(nulls_last=True)]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="role_ends_after_it_starts",
                violation_error_message=_("A role cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.organisation})" if self.organisation else self.title

    def is_held_on(self, day: datetime.date) -> bool:
        """The Python twin of `RoleQuerySet.held_on`, for roles already in memory."""
        return (self.start_date is None or self.start_date <= day) and (self.end_date is None or self.end_date >= day)


# --- Sources ---------------------------------------------------------------------------------------------------


class SourceQuerySet(models.QuerySet):
    def public(self) -> Self:
        """Sources cited by a published bulletin or one of its statements."""
        published = Event.objects.published()
        return self.filter(
            models.Exists(published.filter(statements__source=models.OuterRef("pk")))
            | models.Exists(published.filter(sources=models.OuterRef("pk")))
        )


class Source(SlugFromName, models.Model):
    class Kind(models.TextChoices):
        NEWS_AGENCY = "news_agency", _("news agency")
        BROADCASTER = "broadcaster", _("broadcaster")
        NEWSPAPER = "newspaper", _("newspaper")
        PRESS_BRIEFING = "press_briefing", _("press briefing")
        OFFICIAL_STATEMENT = "official_statement", _("official statement")
        INTERVIEW = "interview", _("interview")
        SOCIAL_MEDIA = "social_media", _("social media")
        OTHER = "other", _("other")

    name = models.CharField(
        _("name"), max_length=200, help_text=_("e.g. “Reuters”, “CNN”, “State Department press briefing”.")
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("Leave empty to make one from the name."),
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind, default=Kind.NEWS_AGENCY)
    url = models.URLField(_("address"), blank=True, help_text=_("The outlet's site or the page of the statement."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Indexed: readers' caches are keyed by the latest change (content_changed_at), asked on every request.
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        permissions = [("merge_source", _("Can merge duplicate sources"))]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("timeline:source-detail", kwargs={"slug": self.slug})


# --- Topics and places -----------------------------------------------------------------------------------------


class TopicQuerySet(models.QuerySet):
    def public(self) -> Self:
        """Topics of a published bulletin: a topic used only in drafts could reveal a story in preparation."""
        return self.filter(models.Exists(Event.objects.published().filter(topics=models.OuterRef("pk"))))


class Topic(SlugFromName, models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. “Sanctions”, “Arms control”."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("Leave empty to make one from the name."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class PlaceQuerySet(models.QuerySet):
    def public(self) -> Self:
        """Places of a published bulletin (as for topics, drafts reveal nothing)."""
        return self.filter(models.Exists(Event.objects.published().filter(places=models.OuterRef("pk"))))


class Place(SlugFromName, models.Model):
    name = models.CharField(_("name in Arabic"), max_length=120, help_text=_("e.g. “جنيف”."))
    name_en = models.CharField(_("name in English"), max_length=120, blank=True, help_text=_("e.g. “Geneva”."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("Leave empty to make one from the name."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional, in degrees: 46.20222 for Geneva."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Optional, in degrees: 6.14569 for Geneva."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True, db_index=True)

    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="place_both_coordinates_or_none",
                violation_error_message=_("Give both the latitude and the longitude, or neither."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def slug_text(self) -> str:
        return self.name_en or self.name

    def name_in(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name


# --- Events (bulletins) ----------------------------------------------------------------------------------------


def sees_drafts(user) -> bool:
    """Staff who may view bulletins see drafts and their photos (the admin, previews, the API); no one else does."""
    return bool(user is not None and user.is_authenticated and user.is_staff and user.has_perm("timeline.view_event"))


def bulletin_prefetches() -> list[models.Prefetch | str]:
    """What a rendered bulletin needs besides its own row: statements with their speakers, sources and roles, and
    its corrections (two queries, whatever the number of bulletins)."""
    return [
        models.Prefetch("statements", queryset=Statement.objects.select_related("speaker", "source", "role")),
        "corrections",
        "topics",
        "places",
        "media",
    ]


class EventQuerySet(models.QuerySet):
    def published(self) -> Self:
        """What readers, the API, feeds and sitemaps may show: published bulletins only."""
        return self.filter(Event.published_q())

    def drafts(self) -> Self:
        return self.filter(status=Event.Status.DRAFT)

    def retracted(self) -> Self:
        return self.filter(status=Event.Status.RETRACTED)

    def published_or_retracted(self) -> Self:
        """What a permalink may answer: a published bulletin, or the notice that a retracted one was withdrawn."""
        return self.filter(status__in=[Event.Status.PUBLISHED, Event.Status.RETRACTED])

    def in_review(self) -> Self:
        return self.filter(status=Event.Status.IN_REVIEW)

    def for_timeline(self, timeline: Timeline | str) -> Self:
        if isinstance(timeline, Timeline):
            return self.filter(timeline=timeline)
        return self.filter(timeline__slug=timeline)

    def with_statements(self) -> Self:
        """Prefetches what a rendered bulletin needs, in two queries whatever the number of statements."""
        return self.select_related("timeline").prefetch_related(*bulletin_prefetches())

    def newest_first(self) -> Self:
        return self.order_by("-number")

    # Bulletins by who speaks in them and what they are tagged with: the reading site and the API filter alike.
    # Each is an EXISTS, so a bulletin with several matching rows is listed once, without DISTINCT.

    def quoting(self, people: models.QuerySet | Iterable[Person]) -> Self:
        return self.filter(models.Exists(Statement.objects.filter(event=models.OuterRef("pk"), speaker__in=people)))

    def about(self, topics: models.QuerySet | Iterable[Topic]) -> Self:
        links = Event.topics.through.objects.filter(event=models.OuterRef("pk"), topic__in=topics)
        return self.filter(models.Exists(links))

    def located_in(self, places: models.QuerySet | Iterable[Place]) -> Self:
        links = Event.places.through.objects.filter(event=models.OuterRef("pk"), place__in=places)
        return self.filter(models.Exists(links))

    def visible_to(self, user) -> Self:
        """Published bulletins for everyone; staff who may view bulletins see drafts too."""
        return self.all() if sees_drafts(user) else self.published()

    def with_everything(self) -> Self:
        """All a bulletin's representation needs, in a constant number of queries whatever the page holds."""
        return self.with_statements().prefetch_related("persons", "sources")

    def search(self, query: str, *, recent: int | None = None) -> Self:
        """Bulletins matching every word of `query` however either is spelt: hamza forms, alef, ya, ta marbuta,
        harakat, attached particles and endings (timeline.arabic.search_terms). Annotated with `search_rank`:
        a headline match weighs more than the body, the body more than the statements. PostgreSQL uses the stored,
        GIN-indexed search vector with the `arabic` configuration; elsewhere each word must begin a word.

        `recent=N` keeps the N most recent matches (by date, then number) before ranking: a common word matches
        thousands of bulletins, and ranking them all costs a reader a tenth of a second, ranking the latest few
        hundred a few milliseconds (docs/benchmarks.md). Filters applied before `search` apply before the cut."""
        matching = self._matching(query)
        if recent is None or matching.query.is_empty():
            return matching
        latest = matching.order_by("-date", "-number").values("pk")[:recent]
        return self.model.objects.filter(pk__in=latest)._matching(query, rank_only=True)

    def _matching(self, query: str, *, rank_only: bool = False) -> Self:
        websearch, terms, excluded = search_query(query)
        if not terms:
            # Nothing to look for (punctuation, harakat alone): no match, still ranked as the docstring promises.
            return self.none().annotate(search_rank=models.Value(0.0, output_field=models.FloatField()))
        if connections[self.db].vendor == "postgresql":
            matched = RawSQL(f"search_vector @@ {_TSQUERY}", [websearch], output_field=models.BooleanField())
            rank = RawSQL(f"ts_rank(search_vector, {_TSQUERY})", [websearch], output_field=models.FloatField())
            return (self if rank_only else self.filter(matched)).annotate(search_rank=rank)

        def anywhere(term: str) -> Q:
            return (
                Q(search_headline__contains=f" {term}")
                | Q(search_body__contains=f" {term}")
                | Q(search_statements__contains=f" {term}")
            )

        matching = self
        if not rank_only:
            for term in terms:
                matching = matching.filter(anywhere(term))
            for term in excluded:
                matching = matching.exclude(anywhere(term))
        first = f" {terms[0]}"
        return matching.annotate(
            search_rank=models.Case(
                models.When(search_headline__contains=first, then=models.Value(1.0)),
                models.When(search_body__contains=first, then=models.Value(0.4)),
                default=models.Value(0.1),
                output_field=models.FloatField(),
            )
        )


# The query side of the stored vector (see migration 0005): our folded, stemmed words, web-search style.
_TSQUERY = "websearch_to_tsquery('arabic'::regconfig, %s)"


# The highest bulletin number. Five digits: the longest chronologies we know run to a few thousand bulletins, and
# a cap far above that keeps one mistyped or hostile number (2147483647) from taking the end of the range, after
# which no bulletin could be numbered automatically.
HIGHEST_NUMBER = 99_999


class Event(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        IN_REVIEW = "in_review", _("in review")
        PUBLISHED = "published", _("published")
        RETRACTED = "retracted", _("retracted")

    timeline = models.ForeignKey(Timeline, on_delete=models.PROTECT, related_name="events", verbose_name=_("timeline"))
    # Readers count on consecutive numbers, so a bulletin takes one when it is first published (the next in its
    # timeline); until then drafts, bulletins in review and scheduled ones have none, unless one is given to fill
    # in an older bulletin. Once shown, a number stays: a retracted or unpublished bulletin keeps it.
    number = models.PositiveIntegerField(
        pgettext_lazy("bulletin number", "number"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, _("Bulletin numbers start at 1.")),
            MaxValueValidator(
                HIGHEST_NUMBER,
                _("A bulletin number is at most %(limit_value)s: leave it empty to take the next one."),
            ),
        ],
        help_text=_(
            "The bulletin's number in the timeline, shown as (18). Leave empty: it takes the next one when it is "
            "published; give one only to fill in an older bulletin."
        ),
    )
    headline = models.CharField(
        _("headline"),
        max_length=300,
        blank=True,
        help_text=_("Without the number or the date; they are added."),
    )
    body = models.TextField(
        _("body"), blank=True, help_text=_("The bulletin's paragraphs, one per line. Plain text: no HTML.")
    )
    date = models.DateField(
        _("date"), null=True, blank=True, help_text=_("The day the bulletin is about (9 January 2022).")
    )
    time = models.TimeField(_("time"), null=True, blank=True, help_text=_("Optional: when in the day, if known."))
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.DRAFT)
    is_key = models.BooleanField(
        _("key bulletin"),
        default=False,
        help_text=_("A turning point in the story; highlighted for readers."),
    )
    editor_note = models.TextField(
        _("note to editors"),
        blank=True,
        help_text=_("Internal, never shown to readers: what is left to do, doubts about a source, ..."),
    )
    persons = models.ManyToManyField(
        Person,
        blank=True,
        related_name="mentioned_in",
        verbose_name=_("people mentioned"),
        help_text=_("People the bulletin is about. Speakers of its statements are added automatically."),
    )
    sources = models.ManyToManyField(
        Source,
        blank=True,
        related_name="cited_in",
        verbose_name=_("sources cited"),
        help_text=_("Sources of its statements are added automatically."),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="events", verbose_name=_("topics"), help_text=_("What the bulletin is about.")
    )
    places = models.ManyToManyField(
        Place, blank=True, related_name="events", verbose_name=_("places"), help_text=_("Where it happened.")
    )
    translations = models.ManyToManyField(
        "self",
        symmetrical=True,
        blank=True,
        verbose_name=_("translated bulletins"),
        help_text=_(
            "Only when the translation has another number: by default a bulletin is linked to the bulletin with "
            "the same number in the timeline's translation."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("created by"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last changed by"),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, editable=False)
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("Publish automatically at this time (an editor's decision). Empty: publish by hand."),
    )
    retraction_reason = models.TextField(
        _("retraction reason"), blank=True, help_text=_("Why the bulletin was withdrawn; shown to readers.")
    )
    # Raised by every save: a form or client that read an older version may not overwrite a newer one.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    # What search reads, as timeline.arabic.search_terms spells it (folded and stemmed, with a space before each
    # word): the headline, the body, and the statements with their speakers' names. On PostgreSQL a stored,
    # generated, weighted tsvector column (search_vector) is made from them by migration 0005.
    search_headline = models.TextField(blank=True, editable=False)
    search_body = models.TextField(blank=True, editable=False)
    search_statements = models.TextField(blank=True, editable=False)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["timeline_id", "number"]
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")
        permissions = [
            ("publish_event", _("Can publish, unpublish and retract bulletins")),
            ("renumber_event", _("Can move a published bulletin to another number")),
            ("audit_event", _("Can read the audit log")),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["timeline", "number"],
                name="event_unique_number_per_timeline",
                violation_error_message=_("This timeline already has a bulletin with this number."),
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1, number__lte=HIGHEST_NUMBER),
                name="event_number_range",
                violation_error_message=_("A bulletin number is from 1 to 99999."),
            ),
            # A number readers have seen is never given up: what is or was published keeps it (unpublishing keeps
            # published_at, so the number is reserved for when the bulletin returns).
            models.CheckConstraint(
                condition=Q(number__isnull=False) | Q(status__in=["draft", "in_review"], published_at__isnull=True),
                name="event_shown_has_number",
                violation_error_message=_("A published, retracted or unpublished bulletin keeps its number."),
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "in_review"]) | (Q(date__isnull=False) & ~Q(headline="")),
                name="event_public_needs_headline_and_date",
                violation_error_message=_("A bulletin needs a headline and a date before it can be published."),
            ),
        ]
        indexes = [
            models.Index(fields=["status", "date"], name="event_status_date"),
            # A timeline page counts, pages through and charts a timeline's published bulletins: from these, index
            # only, whatever the timeline's length (docs/benchmarks.md, "Growth").
            models.Index(fields=["timeline", "number"], condition=Q(status="published"), name="event_published_number"),
            # Covering (on PostgreSQL): a timeline's facts per day (timeline/aggregates.py) read the index alone.
            models.Index(
                fields=["timeline", "date"],
                include=["id", "published_at", "updated_at", "number", "time", "is_key"],
                condition=Q(status="published"),
                name="event_published_day_facts",
            ),
        ]

    def __str__(self) -> str:
        # A bulletin without a number yet (a draft) is named by its id, never by a number readers might look for.
        marker = f"({self.number})" if self.number is not None else f"#{self.pk}" if self.pk else ""
        label = f"{marker} {self.headline or _('untitled')}".strip()
        return f"{label} - {self.date:%Y-%m-%d}" if self.date else label

    def get_absolute_url(self) -> str:
        if self.number is None:
            # No public address before its number: staff reach a draft through its preview (which checks them).
            from timeline.preview import preview_token

            return reverse("timeline:preview", kwargs={"token": preview_token(self)})
        return reverse("timeline:event-detail", kwargs={"slug": self.timeline.slug, "number": self.number})

    def clean(self) -> None:
        # The constraint below asks a published bulletin for a headline that is not empty; this, that a headline
        # be one at all, for drafts too: zero-width spaces alone would be an invisible link on every page.
        if self.headline and not has_visible_character(self.headline):
            raise ValidationError({"headline": INVISIBLE_HEADLINE})

    @staticmethod
    def published_q(prefix: str = "") -> Q:
        """The condition for a public bulletin, usable across relations (`prefix="events__"`)."""
        return Q(**{f"{prefix}status": Event.Status.PUBLISHED})

    @property
    def is_public(self) -> bool:
        return self.status == Event.Status.PUBLISHED

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.body.splitlines() if line.strip()]

    @property
    def body_html(self) -> str:
        """The body as HTML: a <p> per paragraph, every character of the text escaped."""
        return "".join(format_html("<p>{}</p>", paragraph) for paragraph in self.paragraphs)

    def search_fields(self, statements: Iterable[Statement]) -> dict[str, str]:
        """The values of the search_* fields for this bulletin with these statements."""
        spoken = []
        for statement in statements:
            spoken += [statement.text, statement.speaker.display_name, statement.speaker.name_latin]

        def words(*texts: str) -> str:
            return "".join(f" {term}" for text in texts for term in search_terms(text)) + " "

        return {
            "search_headline": words(self.headline),
            "search_body": words(self.body),
            "search_statements": words(*spoken),
        }


# --- Statements ------------------------------------------------------------------------------------------------


class StatementQuerySet(models.QuerySet):
    def published(self) -> Self:
        return self.filter(Event.published_q(prefix="event__"))

    def by(self, person: Person) -> Self:
        return self.filter(speaker=person)

    def for_timeline(self, timeline: Timeline | str) -> Self:
        if isinstance(timeline, Timeline):
            return self.filter(event__timeline=timeline)
        return self.filter(event__timeline__slug=timeline)

    def chronological(self) -> Self:
        return self.order_by(Coalesce("said_on", "event__date"), "event__number", "position")

    def newest_first(self) -> Self:
        return self.order_by(Coalesce("said_on", "event__date").desc(nulls_last=True), "-event__number", "-position")


class Statement(models.Model):
    class Kind(models.TextChoices):
        DIRECT = "direct", _("direct quote")
        PARAPHRASE = "paraphrase", _("paraphrase")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="statements", verbose_name=_("bulletin"))
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order within the bulletin; leave 0 to keep the order entered.")
    )
    speaker = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="statements", verbose_name=_("speaker"))
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=Kind,
        default=Kind.DIRECT,
        help_text=_(
            "Direct: the speaker's own words, in quotation marks. Paraphrase: reported speech (“said that …”)."
        ),
    )
    text = models.TextField(_("text"), help_text=_("What was said, without the quotation marks."))
    original_text = models.TextField(
        _("original text"), blank=True, help_text=_("The words as said, if the text above is a translation.")
    )
    original_language = models.CharField(
        _("original language"),
        max_length=16,
        blank=True,
        validators=[language_code_validator],
        help_text=_("Language code of the original text, e.g. “en”."),
    )
    said_on = models.DateField(
        _("said on"), null=True, blank=True, help_text=_("Leave empty when it is the bulletin's date.")
    )
    source = models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statements",
        verbose_name=_("source"),
        help_text=_("Where it was said or reported. Optional."),
    )
    role = models.ForeignKey(
        Role,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        verbose_name=_("role at the time"),
        help_text=_("Leave empty to use the role the speaker held on that date."),
    )

    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = ["event_id", "position", "pk"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        constraints = [
            models.CheckConstraint(
                condition=~Q(original_text="") | Q(original_language=""),
                name="statement_language_needs_original_text",
                violation_error_message=_("Give the original text, or leave its language empty."),
            ),
            models.CheckConstraint(
                condition=~Q(text=""),
                name="statement_text_not_empty",
                violation_error_message=_("A statement needs its text."),
            ),
        ]

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= 60 else f"{self.text[:59]}…"
        return f"{self.speaker}: {excerpt}"

    def get_absolute_url(self) -> str:
        return f"{self.event.get_absolute_url()}#statement-{self.pk}"

    @property
    def effective_date(self) -> datetime.date | None:
        return self.said_on or self.event.date

    def clean(self) -> None:
        if self.role_id and self.speaker_id and self.role.person_id != self.speaker_id:
            raise ValidationError(
                {"role": _("This role belongs to %(person)s, not to the speaker.") % {"person": self.role.person}}
            )


# --- Editorial history -----------------------------------------------------------------------------------------


# --- Media: photos and embedded posts in bulletins -----------------------------------------------------------


class MediaQuerySet(models.QuerySet):
    def public(self) -> Self:
        """Media of published bulletins: a draft's photo is not served to anyone who guesses its address."""
        return self.filter(Event.published_q(prefix="event__"))

    def visible_to(self, user) -> Self:
        """Staff see the photos of drafts they are editing (in the admin and in previews); readers only public ones."""
        return self.all() if sees_drafts(user) else self.public()

    def for_timeline(self, timeline: Timeline) -> Self:
        return self.filter(event__timeline=timeline)

    def images(self) -> Self:
        return self.filter(kind=Media.Kind.IMAGE)

    def latest_first(self) -> Self:
        return self.order_by("-event__number", "-position", "-pk")

    def stored_in(self, folder: str) -> Self:
        """The photo whose files are in this folder (each upload has its own, named at random)."""
        return self.filter(folder=folder)


class Media(models.Model):
    """A photo uploaded into a bulletin, or a link to a post or video elsewhere shown as a click-to-load embed.

    Photos are stored re-encoded (timeline.images): `image` is the largest size, `renditions` every size made,
    for `srcset`."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("photo")
        EMBED = "embed", _("embedded post or video")

    Provider = Provider

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="media", verbose_name=_("bulletin"))
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Order within the bulletin; leave 0 to keep the order entered.")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind, default=Kind.IMAGE)
    image = models.ImageField(
        _("photo"),
        upload_to="bulletins/",
        max_length=200,
        blank=True,
        help_text=_("JPEG, PNG, WebP or GIF. Its metadata (camera, place taken) is removed when it is stored."),
    )
    width = models.PositiveIntegerField(_("width"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("height"), null=True, blank=True, editable=False)
    # [{"width": 480, "height": 270, "name": "bulletins/<folder>/480.jpg"}, ...], smallest first; the last is `image`.
    renditions = models.JSONField(_("sizes"), default=list, blank=True, editable=False)
    # The random name of the folder holding its files: how a request for one of them finds its row (indexed).
    folder = models.CharField(_("folder"), max_length=64, blank=True, db_index=True, editable=False)
    embed_url = models.URLField(
        _("link to embed"),
        max_length=500,
        blank=True,
        help_text=_(
            "A YouTube video, or a post on X, Facebook or Instagram. Readers see a placeholder and load it with "
            "a click, so the platform learns nothing about readers who do not."
        ),
    )
    provider = models.CharField(_("platform"), max_length=16, choices=Provider, blank=True, editable=False)
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the photo shows, for readers who cannot see it: “Blinken and Lavrov shake hands in Geneva”. "
            "Required for photos."
        ),
    )
    caption = models.CharField(_("caption"), max_length=500, blank=True, help_text=_("Shown under the photo."))
    credit = models.CharField(
        _("credit"), max_length=200, blank=True, help_text=_("Who took it or owns it: “Reuters / Denis Balibouse”.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = MediaQuerySet.as_manager()

    class Meta:
        ordering = ["event_id", "position", "pk"]
        verbose_name = _("photo or embed")
        verbose_name_plural = _("photos and embeds")
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="image") | (~Q(image="") & ~Q(alt_text="")),
                name="media_image_needs_file_and_alt_text",
                violation_error_message=_("A photo needs its file and an alternative text."),
            ),
            models.CheckConstraint(
                condition=~Q(kind="embed") | ~Q(embed_url=""),
                name="media_embed_needs_link",
                violation_error_message=_("An embed needs its link."),
            ),
        ]

    def __str__(self) -> str:
        if self.kind == Media.Kind.EMBED:
            return f"{self.get_provider_display() or _('embed')}: {self.embed_url}"
        return self.alt_text or self.caption or str(_("photo"))

    @property
    def is_image(self) -> bool:
        return self.kind == Media.Kind.IMAGE

    @property
    def sizes(self) -> list[dict[str, Any]]:
        """Each stored size with its address: [{"width", "height", "url"}], smallest first."""
        return [
            {"width": size["width"], "height": size["height"], "url": default_storage.url(size["name"])}
            for size in self.renditions
        ]

    @property
    def srcset(self) -> str:
        return ", ".join(f"{size['url']} {size['width']}w" for size in self.sizes)

    def size_for(self, width: int) -> dict[str, Any]:
        """The smallest stored size at least `width` wide, else the largest (a share card wants about 1200)."""
        sizes = self.sizes
        return next((size for size in sizes if size["width"] >= width), sizes[-1])

    @property
    def thumbnail_url(self) -> str:
        """The smallest size, for lists and other formats' thumbnails."""
        return default_storage.url(self.renditions[0]["name"]) if self.renditions else ""

    @property
    def frame_url(self) -> str:
        """Where the click-to-load placeholder of an embed points its frame."""
        return embed_for(self.embed_url).frame_url if self.embed_url else ""


class Revision(models.Model):
    """A snapshot of a bulletin (with its statements), a person or a source, taken at each save."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    number = models.PositiveIntegerField(_("revision"))
    data = models.JSONField(_("content"))
    summary = models.CharField(_("what happened"), max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["content_type", "object_id", "-number"]
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "number"], name="revision_unique_number"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="revision_object")]

    def __str__(self) -> str:
        return f"#{self.number} {self.summary}"


class Correction(models.Model):
    """A change to a published bulletin that readers are told about."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="corrections", verbose_name=_("bulletin"))
    note = models.CharField(
        _("correction note"), max_length=300, help_text=_("Shown to readers: what was wrong, in a sentence.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("corrected at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self) -> str:
        return self.note

    def get_absolute_url(self) -> str:
        return f"{self.event.get_absolute_url()}#correction-{self.pk}"


class EventRedirect(models.Model):
    """A number a bulletin used to have: its old permalink redirects to the bulletin wherever it went."""

    timeline = models.ForeignKey(Timeline, on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="former_numbers")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["timeline_id", "number", "-created_at"]
        verbose_name = _("former number")
        verbose_name_plural = _("former numbers")

    def __str__(self) -> str:
        return f"({self.number}) → ({self.event.number})"


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        PUBLISH = "publish", _("published")
        UNPUBLISH = "unpublish", _("unpublished")
        RETRACT = "retract", _("retracted")
        SCHEDULE = "schedule", _("scheduled")
        RENUMBER = "renumber", _("renumbered")
        DELETE = "delete", _("deleted")
        RESTORE = "restore", _("restored a revision")

    action = models.CharField(_("action"), max_length=16, choices=Action)
    event = models.ForeignKey(
        Event,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
        verbose_name=_("bulletin"),
    )
    description = models.CharField(_("description"), max_length=400)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    created_at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.description}"


def content_changed_at() -> datetime.datetime | None:
    """When anything a reader may see last changed: every edit of a bulletin touches its timeline, and people and
    sources their own rows. (Drafts touch their timeline too: at worst a needless refresh, never a stale page.)

    Asked on every cached read, so in one round trip (three index lookups) rather than three ORM aggregates."""
    return latest_change(Timeline, Person, Source, Topic, Place)


def latest_change(*changed: type[models.Model]) -> datetime.datetime | None:
    """The latest `updated_at` among these models' rows, in one round trip."""
    tables = [model._meta.db_table for model in changed]
    connection = connections[router.db_for_read(Timeline)]
    quote = connection.ops.quote_name
    columns = ", ".join(f"(SELECT MAX({quote('updated_at')}) FROM {quote(table)})" for table in tables)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        stamps = cursor.fetchone()
    field = Timeline._meta.get_field("updated_at")
    converted = [_as_datetime(stamp, field, connection) for stamp in stamps if stamp is not None]
    return max(converted, default=None)


def _as_datetime(value: Any, field: models.DateTimeField, connection: Any) -> datetime.datetime:
    """A raw column value as the ORM would give it (SQLite hands back text; PostgreSQL a datetime)."""
    for converter in connection.ops.get_db_converters(models.expressions.Col("", field)):
        value = converter(value, models.expressions.Col("", field), connection)
    return value
