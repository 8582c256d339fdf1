"""Exact, scoped invalidation of cached responses: surrogate keys on responses (keys.py), purges after commit
(invalidation.py) to the app's own cache and to any shared tier: Varnish, Fastly, Cloudflare (backends.py)."""

from __future__ import annotations

from timeline.frontend_cache.invalidation import bulletins_changed

__all__ = ["bulletins_changed", "connect"]


def connect() -> None:
    """Connect the receivers (TimelineConfig.ready)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

    from timeline import models as m
    from timeline.frontend_cache import invalidation as inv
    from timeline.frontend_cache import keys

    keys.connect([m.Event, m.Timeline, m.Person, m.Source, m.Topic, m.Place])

    def hook(signal, receiver, sender) -> None:
        signal.connect(receiver, sender=sender, dispatch_uid=f"purge-{receiver.__name__}-{sender._meta.label}")

    hook(pre_save, inv.on_event_pre_save, m.Event)
    hook(post_save, inv.on_event_saved, m.Event)
    hook(pre_delete, inv.on_event_pre_delete, m.Event)
    hook(post_delete, inv.on_event_deleted, m.Event)
    for part in (m.Statement, m.Media, m.Correction, m.EventRedirect):
        hook(pre_save, inv.on_part_pre_change, part)
        hook(pre_delete, inv.on_part_pre_change, part)
        hook(post_save, inv.on_part_changed, part)
        hook(post_delete, inv.on_part_changed, part)
    for through in (
        m.Event.persons.through,
        m.Event.sources.through,
        m.Event.topics.through,
        m.Event.places.through,
        m.Event.translations.through,
        m.Timeline.translations.through,
    ):
        hook(m2m_changed, inv.on_event_m2m, through)
    for named in (m.Person, m.Source, m.Topic, m.Place):
        hook(pre_save, inv.on_named_pre_save, named)
        hook(post_save, inv.on_named_saved, named)
        hook(pre_delete, inv.on_named_pre_delete, named)
    hook(pre_save, inv.on_timeline_pre_save, m.Timeline)
    hook(post_save, inv.on_timeline_changed, m.Timeline)
    hook(post_delete, inv.on_timeline_changed, m.Timeline)
    hook(post_save, inv.on_bulletin_recorded, m.Revision)
    hook(post_save, inv.on_bulletin_recorded, m.AuditEntry)
    for part in (m.Role, m.PersonAlias):
        hook(post_save, inv.on_person_part_changed, part)
        hook(post_delete, inv.on_person_part_changed, part)
