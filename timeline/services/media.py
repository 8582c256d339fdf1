"""Photos and embeds in a bulletin."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from timeline import images
from timeline.embeds import embed_for
from timeline.models import (
    Event,
    Media,
)
from timeline.services.bulletins import _refresh_derived, unschedule_unreviewed
from timeline.services.permissions import User, user_can_edit_event

__all__ = [
    "_next_media_position",
    "_require_media_permission",
    "_save_media",
    "media_add_embed",
    "media_add_image",
    "media_check",
    "media_remove",
    "media_update",
]

logger = logging.getLogger(__name__)


def _require_media_permission(user: User | None, event: Event, action: str) -> None:
    if user is not None and not user.has_perm(f"timeline.{action}_media"):
        raise PermissionDenied(_("You may not change the photos and embeds of bulletins."))
    if not user_can_edit_event(user, event):
        raise PermissionDenied(_("Only editors may change a bulletin that has been published or retracted."))
    unschedule_unreviewed(event=event, user=user)


def media_check(*, kind: str, alt_text: str = "", embed_url: str = "", upload: Any = None) -> str:
    """The rules a photo or an embed must meet, raised together by field: for the services below, and for forms
    that show each problem beside its field. An embed's link gives its platform, which is returned ("" for a photo).
    `upload`, when given, is checked by content and size (images.checked_image) and rewound."""
    errors: dict[str, list[str]] = {}
    provider = ""
    if kind == Media.Kind.IMAGE:
        if upload is not None:
            try:
                images.checked_image(upload)
            except ValidationError as error:
                errors["image"] = error.messages
            upload.seek(0)
        if not alt_text.strip():
            errors["alt_text"] = [_("Describe the photo for readers who cannot see it.")]
    elif not embed_url.strip():
        errors["embed_url"] = [_("Paste the address of the video or post.")]
    else:
        try:
            provider = embed_for(embed_url).provider
        except ValidationError as error:
            errors["embed_url"] = error.messages
    if errors:
        raise ValidationError(errors)
    return provider


def _next_media_position(event: Event) -> int:
    return (event.media.aggregate(last=Max("position"))["last"] or 0) + 1


def _save_media(media: Media, written: list[dict[str, Any]]) -> Media:
    """Validate and save; if the row cannot be saved, the files just written for it are removed again. (Should an
    enclosing transaction roll back later, its files stay behind unserved: the media view answers only for a row.)"""
    try:
        media.full_clean()
        media.save()
    except BaseException:
        images.delete_stored(written)
        raise
    return media


@transaction.atomic
def media_add_image(
    *,
    event: Event,
    user: User | None,
    upload: Any,
    alt_text: str,
    caption: str = "",
    credit: str = "",
    position: int | None = None,
) -> Media:
    """Add a photo to a bulletin: checked by content, re-encoded without its metadata, stored in several widths."""
    _require_media_permission(user, event, "add")
    media_check(kind=Media.Kind.IMAGE, alt_text=alt_text)  # the file itself is checked as it is stored
    stored = images.store_image(upload)
    media = Media(
        event=event,
        kind=Media.Kind.IMAGE,
        position=position or _next_media_position(event),
        image=stored.name,
        folder=stored.folder,
        width=stored.width,
        height=stored.height,
        renditions=stored.renditions,
        alt_text=alt_text.strip(),
        caption=caption.strip(),
        credit=credit.strip(),
    )
    _save_media(media, stored.renditions)
    _refresh_derived(event)
    return media


@transaction.atomic
def media_add_embed(
    *, event: Event, user: User | None, url: str, caption: str = "", credit: str = "", position: int | None = None
) -> Media:
    """Add a video or post from YouTube, X, Facebook or Instagram, shown to readers as a click-to-load placeholder."""
    _require_media_permission(user, event, "add")
    provider = media_check(kind=Media.Kind.EMBED, embed_url=url)
    media = Media(
        event=event,
        kind=Media.Kind.EMBED,
        position=position or _next_media_position(event),
        embed_url=url.strip(),
        provider=provider,
        caption=caption.strip(),
        credit=credit.strip(),
    )
    _save_media(media, [])
    _refresh_derived(event)
    return media


@transaction.atomic
def media_update(*, media: Media, user: User | None, upload: Any = None, **changes: Any) -> Media:
    """Change a photo's or embed's text (alt_text, caption, credit, position, embed_url), or replace the photo."""
    _require_media_permission(user, media.event, "change")
    allowed = {"alt_text", "caption", "credit", "position", "embed_url"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"media_update cannot change {sorted(unknown)}")
    for name, value in changes.items():
        setattr(media, name, value.strip() if isinstance(value, str) else value)
    provider = media_check(kind=media.kind, alt_text=media.alt_text, embed_url=media.embed_url)
    if media.kind == Media.Kind.EMBED:
        media.provider = provider
    replaced: list[dict[str, Any]] = []
    written: list[dict[str, Any]] = []
    if upload is not None:
        stored = images.store_image(upload)
        replaced, written = media.renditions, stored.renditions
        media.image, media.folder, media.renditions = stored.name, stored.folder, written
        media.width, media.height = stored.width, stored.height
    _save_media(media, written)
    if replaced:
        # Only once the new photo is committed: a rolled-back replacement keeps the old files in use.
        transaction.on_commit(lambda: images.delete_stored(replaced))
    _refresh_derived(media.event)
    return media


@transaction.atomic
def media_remove(*, media: Media, user: User | None) -> None:
    _require_media_permission(user, media.event, "delete")
    event, renditions = media.event, list(media.renditions)
    media.delete()
    transaction.on_commit(lambda: images.delete_stored(renditions))
    _refresh_derived(event)
