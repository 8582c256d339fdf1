"""Surrogate keys: the labels a cached response carries, so that a change can find (and purge) exactly the responses
that show it.

A response's keys come from two places:

* what it loaded: every bulletin, timeline, person, source, topic or place instance built while the response was
  made (`collecting()`, a `post_init` receiver) labels it `bulletin-12`, `timeline-3`, `person-7`... The view need
  not declare them; a bulletin shown on a person's page, a timeline page or an API list is known by being loaded.
* what it lists: a page whose *set* of bulletins can grow (a timeline's page, feeds, exports and API lists; a
  person's or a source's page; the home page; the cross-timeline lists) is labelled with a list key
  (`timeline-3-bulletins`, `person-7-bulletins`, `home`, `bulletins`), chosen by its URL name (LIST_KEYS) from the
  instance its address names. A new bulletin is in no cached response yet, so its lists are how it gets in.

* what it searched for: a search (the search page, the API's bulletin and statement lists with `q`) lists the
  bulletins whose search vector matches its query, so on PostgreSQL it is labelled with a key per word its query
  needs (`s-<hash of the lexeme>`, from the query's indexable part, `querytree`): every bulletin it lists, or will,
  holds one of those words, and a bulletin's change purges the keys of every word its vector holds, before and
  after the change (invalidation.py). A publication that does not contain a search's words leaves it cached.
  Searches also carry `searches`, purged by the changes that reach every list (a person renamed, a timeline
  changed), and fall back to `bulletins` where the words cannot be known (a query of exclusions only; SQLite).

Keys are short ASCII tokens (slugs may be Arabic; ids never are), space-separated in `Surrogate-Key` (Fastly, and
Varnish's xkey through the VCL) and comma-separated in `Cache-Tag` (Cloudflare).
"""

from __future__ import annotations

import contextvars
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import models
from django.db.models.signals import post_init
from django.http import HttpRequest

HOME = "home"
# Lists across timelines (search, the API's bulletin, statement, person and source lists, the sitemap), and the
# label of any cacheable page this module does not know: purged by every public change, so never stale.
ALL_BULLETINS = "bulletins"
# The API's lists of people and of sources: who is in them changes only with a public bulletin that names people
# (or cites sources); each entry's own changes reach it by the entry's key (`person-7`). A publication without
# statements leaves them cached.
PEOPLE = "people"
SOURCES = "sources"
# More keys than this on one response (a person quoted in hundreds of bulletins, all on one page) would outgrow
# the tier's header limits: the response is labelled ALL_BULLETINS instead, purged by any change, which is safe.
MAX_KEYS = 400
# The searches, beside their words' keys: purged with ALL_BULLETINS by every change but a bulletin's own (which
# purges its words instead).
SEARCHES = "searches"
# The addresses that search when given `q`.
SEARCHING = frozenset({"search", "api-event-list", "api-statement-list"})
_LEXEME = re.compile(r"'((?:[^']|'')*)'")

_PREFIX = {
    "event": "bulletin",
    "timeline": "timeline",
    "person": "person",
    "source": "source",
    "topic": "topic",
    "place": "place",
}


def key_for(model_name: str, pk: Any) -> str:
    return f"{_PREFIX[model_name]}-{pk}"


def bulletin(pk: Any) -> str:
    return key_for("event", pk)


def instance_key(instance: models.Model) -> str:
    return key_for(instance._meta.model_name, instance.pk)


def list_key(model_name: str, pk: Any) -> str:
    """The key of the pages listing the bulletins of a timeline, person, source, topic or place."""
    return f"{key_for(model_name, pk)}-bulletins"


def timeline_of_list_key(key: str) -> int | None:
    """The timeline whose list key `key` is (list_key("timeline", pk)), or None."""
    found = re.fullmatch(r"timeline-(\d+)-bulletins", key)
    return int(found.group(1)) if found else None


def search_key(lexeme: str) -> str:
    """The key of the searches that need `lexeme` (a word as the search vector holds it: folded and stemmed)."""
    return "s-" + hashlib.blake2b(lexeme.encode(), digest_size=6).hexdigest()


def search_keys(query: str) -> list[str]:
    """The keys of a search for `query`: one per word every bulletin it finds must hold, and SEARCHES; or
    ALL_BULLETINS when that cannot be known (only exclusions or alternatives with one, or no full-text search)."""
    from django.db import connections, router

    from timeline.arabic import search_query
    from timeline.models import Event

    websearch, required, _excluded = search_query(query)
    connection = connections[router.db_for_read(Event)]
    if not required or connection.vendor != "postgresql":
        return [ALL_BULLETINS]
    with connection.cursor() as cursor:
        # The same tsquery as EventQuerySet.search; its indexable part names words every match holds ("a -b": a).
        cursor.execute("SELECT querytree(websearch_to_tsquery('arabic'::regconfig, %s))", [websearch])
        tree = cursor.fetchone()[0] or ""
    lexemes = {found.replace("''", "'") for found in _LEXEME.findall(tree)}
    if not lexemes or "T" in _LEXEME.sub("", tree).split():
        return [ALL_BULLETINS]
    return [SEARCHES, *sorted(search_key(lexeme) for lexeme in lexemes)]


def bulletin_search_keys(event_pks: Iterable[int], using: str) -> set[str]:
    """The keys of the searches these bulletins match, or may: one per word of their search vectors (PostgreSQL)."""
    from django.db import connections

    from timeline.models import Event

    connection = connections[using]
    pks = list(event_pks)
    if not pks or connection.vendor != "postgresql":
        return set()
    table = connection.ops.quote_name(Event._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM {table} WHERE id = ANY(%s)",
            [pks],
        )
        return {search_key(row[0]) for row in cursor.fetchall()}


# --- Collecting what a response loaded ---------------------------------------------------------------------------

_loaded: contextvars.ContextVar[set[tuple[str, Any]] | None] = contextvars.ContextVar("surrogate_keys", default=None)
# (model name, slug) -> pk of the instances loaded, so the page named by an address finds its object without a query.
_slugs: contextvars.ContextVar[dict[tuple[str, str], Any] | None] = contextvars.ContextVar(
    "surrogate_slugs", default=None
)


def _note(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    loaded = _loaded.get()
    if loaded is None or instance.pk is None:
        return
    name = sender._meta.model_name
    loaded.add((name, instance.pk))
    slug = instance.__dict__.get("slug")
    if slug is not None:
        _slugs.get()[(name, slug)] = instance.pk  # type: ignore[index]


def connect(models_to_track: Iterable[type[models.Model]]) -> None:
    for model in models_to_track:
        post_init.connect(_note, sender=model, dispatch_uid=f"surrogate-keys-{model._meta.label}")


class Collected:
    def __init__(self, loaded: set[tuple[str, Any]], slugs: dict[tuple[str, str], Any]) -> None:
        self.loaded = loaded
        self.slugs = slugs

    def keys(self, request: HttpRequest) -> list[str]:
        keys = {key_for(name, pk) for name, pk in self.loaded}
        match = getattr(request, "resolver_match", None)
        query = request.GET.get("q", "").strip()
        if match and match.url_name in SEARCHING and query:
            keys.update(search_keys(query))
        else:
            rule = LIST_KEYS.get(match.url_name if match else "", _unknown)
            keys.update(rule(self, match.kwargs if match else {}))
        if len(keys) > MAX_KEYS:
            keys = {key for key in keys if not key.startswith("bulletin-")} | {ALL_BULLETINS}
        return sorted(keys)

    def named(self, model_name: str, kwargs: dict[str, Any]) -> list[str]:
        """The list key of the object the address names (by slug), if the response loaded it."""
        pk = self.slugs.get((model_name, kwargs.get("slug")))
        # Not loaded (a 404, or a view that found it otherwise): the broad key keeps the response exact.
        return [list_key(model_name, pk)] if pk is not None else [ALL_BULLETINS]


@contextmanager
def collecting() -> Iterator[Collected]:
    collected = Collected(set(), {})
    loaded = _loaded.set(collected.loaded)
    slugs = _slugs.set(collected.slugs)
    try:
        yield collected
    finally:
        _loaded.reset(loaded)
        _slugs.reset(slugs)


# --- The list keys of each address --------------------------------------------------------------------------------

Rule = Callable[[Collected, dict[str, Any]], list[str]]


def _timeline(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return collected.named("timeline", kwargs)


def _person(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return collected.named("person", kwargs)


def _source(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return collected.named("source", kwargs)


def _home(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return [HOME]


def _everything(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return [ALL_BULLETINS]


def _loaded_only(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return []


def _people(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return [PEOPLE]


def _sources(collected: Collected, kwargs: dict[str, Any]) -> list[str]:
    return [SOURCES]


_unknown = _everything

LIST_KEYS: dict[str, Rule] = {
    # Lists of timelines, with their latest bulletins and counts.
    "timeline-list": _home,
    "api-timeline-list": _home,
    # A timeline's pages, feeds, exports and API lists: its set of bulletins.
    "timeline-detail": _timeline,
    "timeline-updates": _timeline,
    "timeline-embed": _timeline,
    "timeline-rss": _timeline,
    "timeline-atom": _timeline,
    "timeline-json-feed": _timeline,
    "corrections": _timeline,
    "corrections-feed": _timeline,
    "api-timeline-detail": _timeline,
    "api-timeline-event-list": _timeline,
    "api-timelinejs": _timeline,
    "api-statements-csv": _timeline,
    # One bulletin: its own key (loaded); its neighbours' links are purged with it (timeline/signals.py).
    "event-detail": _loaded_only,
    "api-timeline-event-detail": _loaded_only,
    "api-event-ninjs": _loaded_only,
    # A person's or a source's bulletins.
    "person-detail": _person,
    "api-person-detail": _person,
    "source-detail": _source,
    "api-source-detail": _source,
    # Everything at once.
    "search": _everything,
    "api-event-list": _everything,
    "api-statement-list": _everything,
    # Who is in them: bulletins that name people or cite sources (and each entry by its own key).
    "api-person-list": _people,
    "api-source-list": _sources,
}
