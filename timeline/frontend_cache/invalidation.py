"""What a change reaches, and purging it after commit.

A public bulletin's change (its text, number, status, statements, people, sources, topics, places, photos,
corrections, translations; its deletion) reaches: the bulletin itself (every response that loaded it), the lists
of its timeline, of its people, sources, topics and places, the bulletins next to it (their previous/next links),
its translations, the home page, the cross-timeline lists and the searches its words match (keys.py). Its
footprint is taken twice, when first touched in a transaction (what readers see now) and after commit (what they
will see), so a bulletin moved to another timeline, a person taken off it, or a word taken out of it, purges the
old pages too. A draft that never was public reaches nothing.

A person, source, topic or place reaches its own pages and every public bulletin that shows it; a role or an alias
its person's. Their bulletins' stored renderings are dropped in the same transaction (so no reader gets the old
name after commit) and rebuilt by a task after it.

Signals catch saves, deletes and many-to-many changes; what services write with QuerySet.update() (numbers,
derived fields) is caught by the revision and audit entry each service records of every bulletin it changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

from django.db import models, router, transaction
from django.db.models import Q

from timeline.frontend_cache import keys as k
from timeline.frontend_cache.backends import purge

PUBLIC_STATUSES = ("published", "retracted")

_state = threading.local()


def _new_record() -> dict[str, set]:
    return {"keys": set(), "events": set(), "seen": set(), "renders": set()}


class _TransactionPurge:
    """What one transaction changed, purged when it commits. It is registered with Django's on-commit callbacks at
    the first change recorded inside the transaction (and again with each change, like any on-commit callback), so
    its record lives and dies with them: a transaction, or the savepoint it was first registered in, that rolls back
    takes its record with it. Nothing it wrote is purged, and a bulletin it touched has its readers' footprint taken
    afresh next time (no "seen" left behind in the thread)."""

    __slots__ = ("done", "record")

    def __init__(self) -> None:
        self.record = _new_record()
        self.done = False

    def __call__(self) -> None:
        if self.done:
            return
        self.done = True
        # With whatever autocommitted changes recorded outside any transaction still wait (a save that failed).
        loose = getattr(_state, "pending", None)
        if loose:
            for name, bucket in loose.items():
                self.record[name] |= bucket
                bucket.clear()
        _flush(self.record)


def _after_commit_mode() -> bool:
    """False where TASALSUL_PURGE_AFTER_COMMIT is off (tests inside a transaction that never commits): purge at
    once."""
    from django.conf import settings

    return getattr(settings, "TASALSUL_PURGE_AFTER_COMMIT", True)


def _transaction_purge() -> _TransactionPurge | None:
    """The current transaction's purge, registered on commit the first time it is asked for; None outside a
    transaction (autocommit) or where purges run at once."""
    connection = transaction.get_connection()
    if not (_after_commit_mode() and connection.in_atomic_block):
        return None
    for _savepoints, callback, _robust in reversed(connection.run_on_commit):
        if isinstance(callback, _TransactionPurge) and not callback.done:
            return callback
    purge_on_commit = _TransactionPurge()
    connection.on_commit(purge_on_commit, robust=True)
    return purge_on_commit


def _pending() -> dict[str, set]:
    """The changes recorded so far: those of the current transaction, or, outside one, those waiting for the next
    purge."""
    purge_on_commit = _transaction_purge()
    if purge_on_commit is not None:
        return purge_on_commit.record
    if not hasattr(_state, "pending"):
        _state.pending = _new_record()
    return _state.pending


# --- Footprints --------------------------------------------------------------------------------------------------


def bulletin_footprint(pks: Iterable[int]) -> set[str]:
    """The keys of the responses showing these bulletins as they are in the database now (public ones only)."""
    from timeline.models import Event, Statement

    rows = list(
        Event.objects.filter(pk__in=set(pks), status__in=PUBLIC_STATUSES).values_list("pk", "timeline_id", "number")
    )
    if not rows:
        return set()
    ids = [pk for pk, _timeline, _number in rows]
    keys = {k.HOME, k.ALL_BULLETINS}
    neighbours = Q()
    for pk, timeline_id, number in rows:
        keys |= {k.bulletin(pk), k.list_key("timeline", timeline_id)}
        if number is not None:
            neighbours |= Q(timeline_id=timeline_id, number__in=_adjacent_numbers(timeline_id, number))
    if neighbours:
        keys |= {k.bulletin(pk) for pk in Event.objects.filter(neighbours).values_list("pk", flat=True)}
    keys |= _same_number_in_translations(rows)
    through = Event.persons.through
    people = set(through.objects.filter(event_id__in=ids).values_list("person_id", flat=True))
    statements = Statement.objects.filter(event_id__in=ids)
    people |= set(statements.values_list("speaker_id", flat=True))
    sources = set(Event.sources.through.objects.filter(event_id__in=ids).values_list("source_id", flat=True))
    sources |= set(statements.exclude(source=None).values_list("source_id", flat=True))
    topics = Event.topics.through.objects.filter(event_id__in=ids).values_list("topic_id", flat=True)
    places = Event.places.through.objects.filter(event_id__in=ids).values_list("place_id", flat=True)
    translated = Event.translations.through.objects.filter(Q(from_event_id__in=ids) | Q(to_event_id__in=ids))
    for pair in translated.values_list("from_event_id", "to_event_id"):
        keys |= {k.bulletin(pk) for pk in pair}
    keys |= {k.list_key("person", pk) for pk in people} | ({k.PEOPLE} if people else set())
    keys |= {k.list_key("source", pk) for pk in sources} | ({k.SOURCES} if sources else set())
    keys |= {k.list_key("topic", pk) for pk in topics}
    keys |= {k.list_key("place", pk) for pk in places}
    # The searches they match (their words now: taken before a change and after it, so both old and new words).
    keys |= k.bulletin_search_keys(ids, router.db_for_write(Event))
    return keys


def _same_number_in_translations(rows: list[tuple[int, int, int | None]]) -> set[str]:
    """The bulletins at the same numbers in the timelines' translations: their pages link to these ("Read in
    English") once they are public, and stop linking when they are not."""
    from timeline.models import Event, Timeline

    numbered = [(timeline_id, number) for _pk, timeline_id, number in rows if number is not None]
    if not numbered:
        return set()
    links = Timeline.translations.through.objects.filter(from_timeline_id__in={t for t, _n in numbered})
    linked: dict[int, list[int]] = {}
    for source, target in links.values_list("from_timeline_id", "to_timeline_id"):
        linked.setdefault(source, []).append(target)
    same = Q()
    for timeline_id, number in numbered:
        for other in linked.get(timeline_id, ()):
            same |= Q(timeline_id=other, number=number)
    if not same:
        return set()
    return {k.bulletin(pk) for pk in Event.objects.filter(same).values_list("pk", flat=True)}


def _adjacent_numbers(timeline_id: int, number: int) -> list[int]:
    """The numbers of the published bulletins just before and just after `number` in its timeline."""
    from timeline.models import Event

    published = Event.objects.filter(timeline_id=timeline_id, status="published")
    before = published.filter(number__lt=number).aggregate(models.Max("number"))["number__max"]
    after = published.filter(number__gt=number).aggregate(models.Min("number"))["number__min"]
    return [n for n in (before, after) if n is not None]


def bulletins_showing(model_name: str, pks: Iterable[Any]) -> set[int]:
    """The public bulletins that show these people, sources, topics or places."""
    from timeline.models import Event, Role

    pks = set(pks)
    events = Event.objects.filter(status__in=PUBLIC_STATUSES)
    if model_name == "person":
        found = events.filter(Q(persons__in=pks) | Q(statements__speaker__in=pks))
    elif model_name == "role":
        people = Role.objects.filter(pk__in=pks).values_list("person_id", flat=True)
        found = events.filter(Q(statements__role__in=pks) | Q(statements__speaker__in=people))
    elif model_name == "source":
        found = events.filter(Q(sources__in=pks) | Q(statements__source__in=pks))
    elif model_name == "topic":
        found = events.filter(topics__in=pks)
    elif model_name == "place":
        found = events.filter(places__in=pks)
    else:
        raise ValueError(model_name)
    return set(found.values_list("pk", flat=True).distinct())


def _purge_when_committed() -> None:
    """Inside a transaction its record is purged on commit; outside one, or where purges run at once, now."""
    purge_on_commit = _transaction_purge()
    if purge_on_commit is None:
        _flush(_pending())
    else:
        transaction.on_commit(purge_on_commit, robust=True)


# --- Recording changes -------------------------------------------------------------------------------------------


def _before(event_pks: Iterable[int]) -> None:
    """A bulletin about to change: what readers see of it now is purged at commit."""
    pending = _pending()
    fresh = {pk for pk in event_pks if pk is not None and pk not in pending["seen"]}
    if fresh:
        pending["seen"] |= fresh
        pending["keys"] |= bulletin_footprint(fresh)


def bulletins_changed(*event_pks: int) -> None:
    """These bulletins changed (or will have, at commit): purge what they reach, before and after, once committed."""
    from timeline.bulletin_fragments import forget_renderings

    pks = {pk for pk in event_pks if pk is not None}
    if not pks:
        return
    pending = _pending()
    pending["events"] |= pks
    # Gone in this transaction: a reader after commit never meets the old rendering.
    forget_renderings(pks)
    _purge_when_committed()


def keys_changed(keys: Iterable[str], *, rerender: Iterable[int] = (), searches: bool = True) -> None:
    """Purge `keys` after commit and render `rerender` again. `searches=False`: what reaches every list does not
    reach the searches (a new person is in no bulletin yet)."""
    from timeline.bulletin_fragments import forget_renderings

    keys = set(keys)
    if k.ALL_BULLETINS in keys:
        # What reaches every list reaches the lists of people and sources (a bulletin's own change reaches them
        # only when it names people or cites sources: bulletin_footprint).
        keys |= {k.PEOPLE, k.SOURCES}
    if k.ALL_BULLETINS in keys and searches:
        # What reaches every list reaches the searches too (a bulletin's own change reaches them by its words).
        keys.add(k.SEARCHES)
    pending = _pending()
    pending["keys"] |= keys
    rerender = set(rerender)
    if rerender:
        forget_renderings(rerender)
        pending["renders"] |= rerender
    _purge_when_committed()


def _flush(pending: dict[str, set]) -> None:
    """After commit: purge what was recorded, once."""
    events, recorded, renders = set(pending["events"]), set(pending["keys"]), set(pending["renders"])
    for bucket in pending.values():
        bucket.clear()
    if not events and not recorded:
        return
    recorded |= bulletin_footprint(events)
    purge(recorded)
    from timeline.tasks import render_bulletins

    public = events | renders
    if public:
        render_bulletins.enqueue(sorted(public))


# --- Signal receivers --------------------------------------------------------------------------------------------

# Columns only the machinery writes: a save that changes nothing else changes nothing a reader sees.
BOOKKEEPING = frozenset({"updated_at", "search_document", "search_heading", "name_keys", "version"})


def _visible_change(instance: models.Model) -> bool:
    """Whether saving `instance` changes a column readers may see (a new row always does)."""
    if instance.pk is None or instance._state.adding:
        return True
    old = type(instance)._base_manager.filter(pk=instance.pk).values().first()
    if old is None:
        return True
    return any(
        old.get(field.attname) != getattr(instance, field.attname, None)
        for field in instance._meta.concrete_fields
        if field.attname not in BOOKKEEPING and not field.attname.startswith("search_")
    )


def on_event_pre_save(sender: type, instance: Any, **kwargs: Any) -> None:
    if instance.pk is not None:
        _before([instance.pk])


def on_event_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    if instance.status in PUBLIC_STATUSES or instance.pk in _pending()["seen"]:
        bulletins_changed(instance.pk)


def on_event_pre_delete(sender: type, instance: Any, **kwargs: Any) -> None:
    _before([instance.pk])


def on_event_deleted(sender: type, instance: Any, **kwargs: Any) -> None:
    keys_changed([k.bulletin(instance.pk)])


def on_part_pre_change(sender: type, instance: Any, **kwargs: Any) -> None:
    """A statement, photo, correction or former number about to change: its bulletin as readers see it now."""
    if instance.pk is not None and instance.event_id is not None:
        old = sender._base_manager.filter(pk=instance.pk).values_list("event_id", flat=True).first()
        _before({instance.event_id, old})


def on_part_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    if instance.event_id is not None:
        _before([instance.event_id])
        bulletins_changed(instance.event_id)


def on_event_m2m(sender: type, instance: Any, action: str, model: type, pk_set: set | None, **kwargs: Any) -> None:
    from timeline.models import Event, Timeline

    if isinstance(instance, Timeline):
        _timeline_translations(instance, action, pk_set)
        return
    if isinstance(instance, Event):
        events = {instance.pk}
        if model is Event:
            events |= set(pk_set or ())
    else:  # changed from the other side: person.mentioned_in.add(event)
        events = set(pk_set or ()) if pk_set else _events_linked(sender, instance)
    if action.startswith("pre_"):
        _before(events)
    else:
        bulletins_changed(*events)


def _events_linked(through: type, instance: Any) -> set[int]:
    column = f"{instance._meta.model_name}_id"
    if column not in {f.attname for f in through._meta.concrete_fields}:
        return set()
    return set(through.objects.filter(**{column: instance.pk}).values_list("event_id", flat=True))


def _timeline_translations(timeline: Any, action: str, pk_set: set | None) -> None:
    if action.startswith("post_"):
        pks = {timeline.pk, *(pk_set or ())}
        keys_changed({k.key_for("timeline", pk) for pk in pks} | {k.list_key("timeline", pk) for pk in pks} | {k.HOME})
    elif action == "pre_clear":
        others = type(timeline).translations.through.objects.filter(from_timeline_id=timeline.pk)
        keys_changed({k.key_for("timeline", pk) for pk in others.values_list("to_timeline_id", flat=True)})


def on_named_pre_delete(sender: type, instance: Any, **kwargs: Any) -> None:
    """A person, source, topic or place about to go: its bulletins lose it (the links go with the row)."""
    name = sender._meta.model_name
    shown = bulletins_showing(name, [instance.pk])
    _before(shown)
    _pending()["renders"] |= shown
    keys_changed({k.key_for(name, instance.pk), k.list_key(name, instance.pk), k.ALL_BULLETINS}, rerender=shown)


def on_named_pre_save(sender: type, instance: Any, **kwargs: Any) -> None:
    instance._reader_visible_change = _visible_change(instance)


def on_named_saved(sender: type, instance: Any, created: bool = False, **kwargs: Any) -> None:
    if not getattr(instance, "_reader_visible_change", True):
        return
    name = sender._meta.model_name
    keys = {k.key_for(name, instance.pk), k.list_key(name, instance.pk), k.ALL_BULLETINS}
    shown = set() if created else bulletins_showing(name, [instance.pk])
    keys |= {k.bulletin(pk) for pk in shown}
    # A new one is in the lists of every person, source ... but in no bulletin, so in no search's results yet.
    keys_changed(keys, rerender=shown, searches=not created)


def on_timeline_pre_save(sender: type, instance: Any, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= BOOKKEEPING:
        instance._reader_visible_change = False
        return
    instance._reader_visible_change = _visible_change(instance)


def on_timeline_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    if not getattr(instance, "_reader_visible_change", True):
        return
    from timeline.models import Event

    shown = set(Event.objects.filter(timeline=instance, status__in=PUBLIC_STATUSES).values_list("pk", flat=True))
    keys_changed(
        {k.key_for("timeline", instance.pk), k.list_key("timeline", instance.pk), k.HOME, k.ALL_BULLETINS},
        rerender=shown,
    )


def on_person_part_changed(sender: type, instance: Any, **kwargs: Any) -> None:
    """A role or an alias: its person's pages; a role also every bulletin quoting the person (a statement without
    a role of its own shows the role held that day)."""
    keys = {k.key_for("person", instance.person_id), k.list_key("person", instance.person_id), k.ALL_BULLETINS}
    shown: set[int] = set()
    # A role the importer gives a person it has just created (person_just_created): no public bulletin shows them.
    if sender._meta.model_name == "role" and not getattr(instance, "person_just_created", False):
        shown = bulletins_showing("person", [instance.person_id])
        keys |= {k.bulletin(pk) for pk in shown}
    keys_changed(keys, rerender=shown)


def on_bulletin_recorded(sender: type, instance: Any, created: bool = False, **kwargs: Any) -> None:
    """Every service records a revision (and an audit entry) of each bulletin it changed, however it wrote it
    (QuerySet.update() for numbers and derived fields sends no signal): the one hook that sees them all."""
    if not created:
        return
    if sender._meta.model_name == "revision":
        if instance.content_type.model_class() is not _event_model():
            return
        event_pk = instance.object_id
    else:
        event_pk = instance.event_id
    if event_pk is not None:
        bulletins_changed(event_pk)


def _event_model() -> type:
    from timeline.models import Event

    return Event
