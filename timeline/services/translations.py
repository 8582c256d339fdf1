"""Translations: timelines and bulletins in another language."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from timeline.models import (
    Event,
    Timeline,
)
from timeline.services.permissions import User, user_can_edit_event

__all__ = [
    "_require_event_editor",
    "_require_timeline_editor",
    "_touch_timelines",
    "event_link_translation",
    "event_translations_check",
    "event_translations_set",
    "event_unlink_translation",
    "lock_timelines",
    "timeline_link_translation",
    "timeline_translations_check",
    "timeline_translations_set",
    "timeline_unlink_translation",
]

logger = logging.getLogger(__name__)


# Which page readers are sent to is worked out in timeline.translations; these write the links, and keep the rules
# that make the answer unambiguous: one translation per language, one explicit link per translated timeline.


def _touch_timelines(*timeline_ids: int) -> None:
    # Readers' cached pages follow the timelines' updated_at (content_changed_at): both pages show the link.
    Timeline.objects.filter(pk__in=timeline_ids).update(updated_at=timezone.now())


def lock_timelines(*timeline_ids: int) -> None:
    # Two editors linking at once must not both pass the one-per-language checks (in pk order: no deadlock).
    list(Timeline.objects.select_for_update().filter(pk__in=timeline_ids).order_by("pk").values_list("pk"))


def _require_timeline_editor(user: User | None) -> None:
    if user is not None and not user.has_perm("timeline.change_timeline"):
        raise PermissionDenied(_("You may not change timelines."))


def timeline_translations_check(
    *, timeline: Timeline, translations: Iterable[Timeline], language: str | None = None
) -> None:
    """Refuse `translations` as the whole set of `timeline`'s translations (in `language`, when the timeline's is
    being changed too): not itself, not in its own language, one per language, and none that already has another
    translation in this timeline's language."""
    language = language or timeline.language
    translations = list(translations)
    labels = dict(Timeline._meta.get_field("language").choices)
    problems: list[str] = []
    by_language: dict[str, Timeline] = {}
    for translation in translations:
        if timeline.pk is not None and translation.pk == timeline.pk:
            problems.append(_("A timeline cannot be its own translation."))
        elif translation.language == language:
            problems.append(
                _("“%(title)s” is in the same language as this timeline; a translation is in another language.")
                % {"title": translation}
            )
        elif translation.language in by_language:
            problems.append(
                _("A timeline has one translation per language: “%(first)s” and “%(second)s” are both in %(language)s.")
                % {
                    "first": by_language[translation.language],
                    "second": translation,
                    "language": labels.get(translation.language, translation.language),
                }
            )
        else:
            by_language[translation.language] = translation
    taken = (
        Timeline.translations.through.objects.filter(
            from_timeline__in=[translation.pk for translation in by_language.values()], to_timeline__language=language
        )
        .exclude(to_timeline_id=timeline.pk)
        .select_related("from_timeline", "to_timeline")
    )
    for row in taken:
        problems.append(
            _("“%(title)s” already has a translation in %(language)s: “%(other)s”.")
            % {"title": row.from_timeline, "other": row.to_timeline, "language": labels.get(language, language)}
        )
    if problems:
        raise ValidationError({"translations": problems})


@transaction.atomic
def timeline_translations_set(*, timeline: Timeline, translations: Iterable[Timeline], user: User | None) -> None:
    """Make `translations` exactly the timeline's translations (the admin's form): links removed, then added."""
    _require_timeline_editor(user)
    wanted = {translation.pk: translation for translation in translations}
    timeline_translations_check(timeline=timeline, translations=wanted.values())
    current = {translation.pk: translation for translation in timeline.translations.all()}
    for pk in current.keys() - wanted.keys():
        timeline_unlink_translation(timeline=timeline, translation=current[pk], user=user)
    for pk in wanted.keys() - current.keys():
        timeline_link_translation(timeline=timeline, translation=wanted[pk], user=user)


@transaction.atomic
def timeline_link_translation(*, timeline: Timeline, translation: Timeline, user: User | None) -> None:
    """Link two timelines as translations of each other (both ways); their bulletins are then linked by number,
    or as editors link them (event_link_translation)."""
    _require_timeline_editor(user)
    lock_timelines(timeline.pk, translation.pk)
    current = list(timeline.translations.all())
    if translation in current:
        return
    for other in current:
        if other.language == translation.language:
            raise ValidationError(
                {
                    "translations": _(
                        "This timeline already has a translation in that language: “%(title)s”. Unlink it first."
                    )
                    % {"title": other}
                }
            )
    timeline_translations_check(timeline=timeline, translations=[*current, translation])
    timeline.translations.add(translation)
    _touch_timelines(timeline.pk, translation.pk)


@transaction.atomic
def timeline_unlink_translation(*, timeline: Timeline, translation: Timeline, user: User | None) -> None:
    """Undo a link between two timelines, with the explicit links between their bulletins, which meant nothing
    without it."""
    _require_timeline_editor(user)
    timeline.translations.remove(translation)
    Event.translations.through.objects.filter(
        models.Q(from_event__timeline=timeline, to_event__timeline=translation)
        | models.Q(from_event__timeline=translation, to_event__timeline=timeline)
    ).delete()
    _touch_timelines(timeline.pk, translation.pk)


def _require_event_editor(user: User | None, event: Event) -> None:
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))


def event_translations_check(*, event: Event, translations: Iterable[Event], timeline: Timeline | None = None) -> None:
    """Refuse `translations` as the whole set of `event`'s explicit links (with the bulletin in `timeline`, when it
    is moving there): each in a timeline linked as a translation of the bulletin's, at most one per timeline, and
    none already linked to another bulletin of this timeline."""
    timeline = timeline or event.timeline
    translations = list(translations)
    linked = set(timeline.translations.values_list("pk", flat=True)) if timeline.pk else set()
    problems: list[str] = []
    by_timeline: dict[int, Event] = {}
    for translation in translations:
        if event.pk is not None and translation.pk == event.pk:
            problems.append(_("A bulletin cannot be its own translation."))
        elif translation.timeline_id not in linked:
            problems.append(
                _(
                    "“%(bulletin)s” is in “%(timeline)s”, which is not a translation of this timeline. "
                    "Link the timelines first."
                )
                % {"bulletin": translation, "timeline": translation.timeline}
            )
        elif translation.timeline_id in by_timeline:
            problems.append(
                _("One translated bulletin per timeline: “%(first)s” and “%(second)s” are both in “%(timeline)s”.")
                % {
                    "first": by_timeline[translation.timeline_id],
                    "second": translation,
                    "timeline": translation.timeline,
                }
            )
        else:
            by_timeline[translation.timeline_id] = translation
    taken = Event.translations.through.objects.filter(
        from_event__in=[translation.pk for translation in by_timeline.values()], to_event__timeline=timeline
    ).select_related("from_event", "to_event")
    if event.pk is not None:
        taken = taken.exclude(to_event_id=event.pk)
    for row in taken:
        problems.append(
            _("“%(bulletin)s” is already linked to “%(other)s”.") % {"bulletin": row.from_event, "other": row.to_event}
        )
    if problems:
        raise ValidationError({"translations": problems})


@transaction.atomic
def event_translations_set(*, event: Event, translations: Iterable[Event], user: User | None) -> None:
    """Make `translations` exactly the bulletin's explicit links (the admin's form): links removed, then added."""
    _require_event_editor(user, event)
    wanted = {translation.pk: translation for translation in translations}
    event_translations_check(event=event, translations=wanted.values())
    current = {translation.pk: translation for translation in event.translations.all()}
    for pk in current.keys() - wanted.keys():
        event_unlink_translation(event=event, translation=current[pk], user=user)
    for pk in wanted.keys() - current.keys():
        event_link_translation(event=event, translation=wanted[pk], user=user)


@transaction.atomic
def event_link_translation(*, event: Event, translation: Event, user: User | None) -> None:
    """Link a bulletin to its translation when the numbers differ (the same number needs no link), both ways."""
    _require_event_editor(user, event)
    lock_timelines(event.timeline_id, translation.timeline_id)
    current = list(event.translations.select_related("timeline"))
    if translation in current:
        return
    for other in current:
        if other.timeline_id == translation.timeline_id:
            raise ValidationError(
                {
                    "translations": _(
                        "This bulletin is already linked to “%(bulletin)s” in that timeline. Unlink it first."
                    )
                    % {"bulletin": other}
                }
            )
    event_translations_check(event=event, translations=[*current, translation])
    event.translations.add(translation)
    _touch_timelines(event.timeline_id, translation.timeline_id)


@transaction.atomic
def event_unlink_translation(*, event: Event, translation: Event, user: User | None) -> None:
    """Undo an explicit link: both bulletins fall back to the bulletins with their numbers."""
    _require_event_editor(user, event)
    event.translations.remove(translation)
    _touch_timelines(event.timeline_id, translation.timeline_id)
