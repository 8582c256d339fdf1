"""The bulletin form, built for a breaking story: its action buttons (Publish, Send for review, Schedule, Save draft)
instead of a status drop-down, statements text first, photos with their thumbnail.

The buttons a user sees are those their role may use (`bulletin_actions`); the form refuses any other, and the
services refuse it again. Every write goes through `timeline.services` (see EventAdmin)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext

from timeline import services
from timeline.models import Event, Media, Statement

# The buttons' values (the POST field `_action`).
SAVE, PUBLISH, REVIEW, SCHEDULE, UNSCHEDULE = "save", "publish", "review", "schedule", "unschedule"


@dataclass(frozen=True)
class BulletinAction:
    value: str
    label: str
    explanation: str  # what the button does, said beside it (title and screen readers)
    primary: bool = False
    shortcut: str = ""  # "enter" (Ctrl/Cmd+Enter) or "s" (Ctrl/Cmd+S)


def is_scheduled(event: Event | None) -> bool:
    return bool(event and event.pk and event.publish_at and event.status in services.WORKING_STATUSES)


def bulletin_label(event: Event) -> str:
    """How the admin names a bulletin: its public number, or, for one that has none yet, its id as a draft; the
    date written in words (9 يناير 2022), never ISO."""
    marker = (
        f"({event.number})"
        if event.number is not None
        else pgettext("bulletin without a number", "draft #%(id)s") % {"id": event.pk}
    )
    headline = event.headline or _("untitled")
    when = f" — {date_format(event.date, 'j F Y')}" if event.date else ""
    return f"{marker} {headline}{when}"


def bulletin_actions(user: Any, event: Event | None) -> list[BulletinAction]:
    """The buttons `user` may use on `event` (None: a new bulletin), the primary one first."""
    can_publish = services.user_can_publish(user)
    status = event.status if event is not None and event.pk else Event.Status.DRAFT
    if status not in services.WORKING_STATUSES:
        return [
            BulletinAction(
                SAVE,
                _("Save changes"),
                _("Readers see the change at once; say above whether it is a correction."),
                primary=True,
                shortcut="s",
            )
        ]
    actions: list[BulletinAction] = []
    if can_publish:
        actions.append(
            BulletinAction(
                PUBLISH,
                _("Publish now"),
                _("Readers see it at once; it takes the next number in its timeline."),
                primary=True,
                shortcut="enter",
            )
        )
    if status == Event.Status.DRAFT:
        actions.append(
            BulletinAction(
                REVIEW,
                _("Send for review"),
                _("An editor checks it and publishes it; it waits on the desk."),
                primary=not can_publish,
                shortcut="" if can_publish else "enter",
            )
        )
    if can_publish:
        actions.append(BulletinAction(SCHEDULE, _("Schedule"), _("Published by itself at the time given beside.")))
        if is_scheduled(event):
            actions.append(
                BulletinAction(UNSCHEDULE, _("Unschedule"), _("It stays unpublished until someone publishes it."))
            )
    if is_scheduled(event) and not can_publish:
        save_label, save_help = (
            pgettext("button", "Save"),
            _("Your change unschedules it until an editor schedules it again."),
        )
    elif is_scheduled(event):
        save_label, save_help = pgettext("button", "Save"), _("It stays scheduled.")
    elif status == Event.Status.IN_REVIEW:
        save_label, save_help = pgettext("button", "Save"), _("It stays in review; readers do not see it.")
    else:
        save_label, save_help = _("Save draft"), _("Only the newsroom sees it; keep writing.")
    actions.append(BulletinAction(SAVE, save_label, save_help, shortcut="s"))
    return actions


class EventAdminForm(forms.ModelForm):
    """The bulletin's fields, checked for the action the user chose. The user and the action travel with the form
    class, made per request by EventAdmin.get_form."""

    user: Any = None
    action: str = SAVE

    class Meta:
        model = Event
        fields = [
            "timeline",
            "number",
            "headline",
            "date",
            "time",
            "is_key",
            "body",
            "editor_note",
            "persons",
            "sources",
            "topics",
            "places",
        ]
        widgets = {
            "headline": forms.TextInput(attrs={"class": "headline-input", "autocomplete": "off"}),
            "body": forms.Textarea(attrs={"rows": 5}),
            "editor_note": forms.Textarea(attrs={"rows": 1}),
        }

    # The version of the bulletin this form was opened at (not the model's field: it travels with the form).
    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    schedule_at = forms.DateTimeField(
        label=gettext_lazy("publish at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    change_kind = forms.ChoiceField(
        label=gettext_lazy("This change to a published bulletin is"),
        choices=[
            ("correction", gettext_lazy("a correction: readers are told, with the note below")),
            ("update", gettext_lazy("a silent update (a typo): recorded in the history only")),
        ],
        widget=forms.RadioSelect,
        required=False,
    )
    correction_note = forms.CharField(
        label=gettext_lazy("Correction note"),
        max_length=300,
        required=False,
        help_text=gettext_lazy("Shown to readers: “Corrected on 10 January: the date of the talks was wrong.”"),
    )
    conflict: Any = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        instance = self.instance if self.instance.pk else None
        published = instance is not None and instance.status not in services.WORKING_STATUSES
        if "number" in self.fields:
            self.fields["number"].required = False
            self.fields["number"].widget.attrs["placeholder"] = _("given at publication")
            if published and not (self.user and self.user.has_perm("timeline.renumber_event")):
                self.fields["number"].disabled = True
        if instance is not None:
            self.fields["opened_version"].initial = instance.version
            if instance.publish_at:
                self.fields["schedule_at"].initial = timezone.localtime(instance.publish_at)
        if not published:
            del self.fields["change_kind"]
            del self.fields["correction_note"]
        self.actions = bulletin_actions(self.user, instance)
        if not any(action.value == SCHEDULE for action in self.actions):
            del self.fields["schedule_at"]

    MERGED_FIELDS = ("headline", "body", "date", "time", "editor_note")

    def merge_untouched_fields(self, conflict: Any) -> None:
        if not conflict.seen or not conflict.now:
            return
        for name in self.MERGED_FIELDS:
            key = self.add_prefix(name)
            typed = (self.data.get(key) or "").replace("\r\n", "\n").strip()
            seen, now = conflict.seen.get(name) or "", conflict.now.get(name) or ""
            if typed == str(seen).strip() and seen != now:
                self.data[key] = now

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self._check_action(cleaned)
        if self.instance.pk and cleaned.get("opened_version") is not None:
            try:
                services.event_version_check(event=self.instance, version=cleaned["opened_version"])
            except services.StaleVersionError as error:
                self.conflict = error
                self.add_error(None, error.message)
                # The next save, made knowing the other change, goes through: the form now holds the new version,
                # and takes the other editor's change in every field this editor left as it was.
                self.data = self.data.copy()
                self.data[self.add_prefix("opened_version")] = str(error.current.version)
                self.merge_untouched_fields(error)
        timeline, number = cleaned.get("timeline"), cleaned.get("number")
        renumbering = self.instance.pk and number is not None and number != self.instance.number
        may_shift = renumbering and self.user is not None and self.user.has_perm("timeline.renumber_event")
        self.shifting = bool(may_shift and self.instance.status not in services.WORKING_STATUSES)
        if timeline is not None and number is not None and not may_shift and "number" in self.changed_data:
            try:
                services.event_number_check(timeline=timeline, number=number, exclude=self.instance)
            except ValidationError as error:
                self.add_error("number", error.messages)
        if timeline is not None and "translations" in self.changed_data and "translations" in cleaned:
            try:
                services.event_translations_check(
                    event=self.instance, translations=cleaned["translations"], timeline=timeline
                )
            except ValidationError as error:
                self.add_error(None, error)
        if "change_kind" in self.fields:
            if not cleaned.get("change_kind"):
                self.add_error("change_kind", _("Say whether readers should be told about this change."))
            elif cleaned["change_kind"] == "correction" and not cleaned.get("correction_note", "").strip():
                self.add_error("correction_note", _("A correction needs a note for readers."))
        return cleaned

    shifting = False

    def _get_validation_exclusions(self) -> set[str]:
        # A chief moving a published bulletin to a taken number shifts the others (services.event_renumber): the
        # model's "one number per timeline" check would refuse what the service is about to make room for.
        exclusions = super()._get_validation_exclusions()
        if self.shifting:
            exclusions.add("number")
        return exclusions

    def _check_action(self, cleaned: dict[str, Any]) -> None:
        """The action must be one of this user's buttons; publishing now or later needs what readers will see."""
        if self.action not in {action.value for action in self.actions}:
            self.add_error(None, _("You may not do this to this bulletin; use one of the buttons below."))
            return
        if self.action in (PUBLISH, SCHEDULE):
            if not (cleaned.get("headline") or "").strip():
                self.add_error("headline", _("A bulletin needs a headline before it can be published."))
            if not cleaned.get("date"):
                self.add_error("date", _("A bulletin needs a date before it can be published."))
        if self.action == SCHEDULE:
            when = cleaned.get("schedule_at")
            if when is None:
                self.add_error(None, _("Give the time to publish it at, beside the Schedule button."))
            elif when <= timezone.now():
                self.add_error(None, _("The time to publish it at has passed: give a later one, or publish now."))


# --- Statements ------------------------------------------------------------------------------------------------


class KindSwitch(forms.RadioSelect):
    """Direct quote or paraphrase: two buttons side by side, one always pressed (admin.css draws the radio pair)."""

    def __init__(self, attrs: dict[str, Any] | None = None, choices: Any = ()) -> None:
        super().__init__({"class": "kind-switch", **(attrs or {})}, choices)


class StatementInlineForm(forms.ModelForm):
    class Meta:
        model = Statement
        fields = [
            "text",
            "speaker",
            "kind",
            "source",
            "role",
            "said_on",
            "position",
            "original_text",
            "original_language",
        ]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 2, "class": "statement-text"}),
            "kind": KindSwitch,
            "original_text": forms.Textarea(attrs={"rows": 1}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A radio pair has no empty choice: a new statement is a direct quote until switched.
        self.fields["kind"].choices = Statement.Kind.choices
        self.fields["kind"].initial = Statement.Kind.DIRECT


def quiet_related_links(formfield: Any) -> Any:
    """Keep a picker's "add" link (a new speaker is common in breaking news) and drop its edit, delete and view
    icons, which take a line of their own on a statement's row."""
    widget = getattr(formfield, "widget", None)
    if isinstance(widget, RelatedFieldWidgetWrapper):
        widget.can_change_related = widget.can_delete_related = widget.can_view_related = False
    return formfield


class StatementInline(admin.StackedInline):
    max_num = services.MAX_STATEMENTS_PER_BULLETIN  # the cap the services keep, shown in the form too
    model = Statement
    form = StatementInlineForm
    extra = 0
    autocomplete_fields = ["speaker", "source", "role"]
    classes = ["statements"]
    fieldsets = [
        (None, {"fields": ["text", ("speaker", "kind", "source", "role")]}),
        (
            gettext_lazy("Date, original language, order"),
            {
                "classes": ["collapse"],
                "fields": [("said_on", "position"), ("original_text", "original_language")],
            },
        ),
    ]

    def get_extra(self, request: Any, obj: Event | None = None, **kwargs: Any) -> int:
        return 1 if obj is None or not obj.statements.exists() else 0

    def formfield_for_dbfield(self, db_field: Any, request: Any, **kwargs: Any) -> Any:
        return quiet_related_links(super().formfield_for_dbfield(db_field, request, **kwargs))

    def view_on_site(self, statement: Statement) -> str | None:
        # A statement of a draft has no public page yet.
        return statement.get_absolute_url() if statement.event.is_public else None


# --- Photos and embeds -----------------------------------------------------------------------------------------


class MediaInlineForm(forms.ModelForm):
    """A photo (file, alternative text, caption, credit) or a link to embed. The checks are the services' own, run
    here too so that a wrong file shows beside its field rather than as a failed save."""

    class Meta:
        model = Media
        fields = ["kind", "image", "alt_text", "caption", "credit", "embed_url", "position"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # A photo stays a photo: to show a video instead, delete it and add the embed.
            self.fields["kind"].disabled = True

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        kind = cleaned.get("kind") or self.instance.kind
        upload = cleaned.get("image")
        if kind == Media.Kind.IMAGE and not upload:
            self.add_error("image", _("Choose the photo to upload."))
        new_upload = upload if "image" in self.changed_data and hasattr(upload, "content_type") else None
        try:
            services.media_check(
                kind=kind,
                alt_text=cleaned.get("alt_text") or "",
                embed_url=cleaned.get("embed_url") or "",
                upload=new_upload,
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                if field in self.fields:
                    self.add_error(field, problems)
        return cleaned

    def _post_clean(self) -> None:
        # The model's own validation would see the raw upload; the services validate what is actually stored.
        pass


class MediaInline(admin.StackedInline):
    model = Media
    form = MediaInlineForm
    extra = 0
    classes = ["media-inline"]
    verbose_name = gettext_lazy("photo or embed")
    verbose_name_plural = gettext_lazy("Photos and embeds")
    readonly_fields = ["thumbnail"]
    view_on_site = False
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("thumbnail", "image"),
                    ("kind", "position"),
                    "alt_text",
                    ("caption", "credit"),
                    "embed_url",
                ]
            },
        ),
    ]

    @admin.display(description=gettext_lazy("photo"))
    def thumbnail(self, media: Media) -> str:
        if media.pk is None or not media.is_image or not media.thumbnail_url:
            return "—"
        return format_html(
            '<img class="media-thumbnail" src="{}" alt="{}" width="160" loading="lazy">',
            media.thumbnail_url,
            media.alt_text,
        )


def scheduled_label(event: Event) -> str:
    """“Scheduled for 9 January 2022 at 10:00”, in the newsroom's time zone."""
    when: datetime.datetime = timezone.localtime(event.publish_at)
    return _("Scheduled for %(day)s at %(time)s") % {"day": date_format(when, "j F Y"), "time": when.strftime("%H:%M")}
