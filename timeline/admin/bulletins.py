"""The editors' admin. Every write that carries a newsroom rule goes through `timeline.services`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Model, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from timeline import editing_presence, revisions, services
from timeline.forms import BulletinImportForm, corrections_from
from timeline.importing import writing
from timeline.importing.lines import WireTextError
from timeline.models import (
    AuditEntry,
    Event,
    Media,
    Person,
    PersonAlias,
    Place,
    Role,
    Source,
    Statement,
    Timeline,
    Topic,
)
from timeline.preview import preview_token

# --- Bulletins -------------------------------------------------------------------------------------------------


class EventAdminForm(forms.ModelForm):
    """Shows each user only the statuses they may set, and checks an explicit number while holding the timeline's
    lock, which the admin's request transaction keeps until the bulletin is saved."""

    user: Any = None

    class Meta:
        model = Event
        fields = [
            "timeline",
            "number",
            "status",
            "headline",
            "date",
            "time",
            "is_key",
            "body",
            "editor_note",
            "publish_at",
            "persons",
            "sources",
            "topics",
            "places",
        ]
        widgets = {"headline": forms.TextInput(attrs={"size": 80})}

    # The version of the bulletin this form was opened at (not the model's field: it travels with the form).
    opened_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
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
        if "number" in self.fields:
            self.fields["number"].required = False
            self.fields["number"].widget.attrs["placeholder"] = _("next")
        if "status" in self.fields:
            allowed = services.allowed_statuses(user=self.user)
            self.fields["status"].choices = [(s.value, s.label) for s in allowed]
        if self.instance.pk:
            self.fields["opened_version"].initial = self.instance.version
        if not (self.instance.pk and self.instance.status == Event.Status.PUBLISHED):
            del self.fields["change_kind"]
            del self.fields["correction_note"]
        if "publish_at" in self.fields and not services.user_can_publish(self.user):
            del self.fields["publish_at"]

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
        if timeline is not None and number is not None and not may_shift:
            try:
                services.event_number_check(timeline=timeline, number=number, exclude=self.instance)
            except ValidationError as error:
                self.add_error(None, error)
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


class NeedsAttentionFilter(admin.SimpleListFilter):
    """Bulletins with a note to editors: imported fragments to complete, doubts to resolve."""

    title = gettext_lazy("note to editors")
    parameter_name = "note"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("yes", _("with a note")), ("no", _("without"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> QuerySet[Event]:
        if self.value() == "yes":
            return queryset.exclude(editor_note="")
        if self.value() == "no":
            return queryset.filter(editor_note="")
        return queryset


class StatementInline(admin.StackedInline):
    max_num = services.MAX_STATEMENTS_PER_BULLETIN  # the cap the services keep, shown in the form too
    model = Statement
    extra = 0
    autocomplete_fields = ["speaker", "source", "role"]
    fieldsets = [
        (None, {"fields": [("speaker", "kind", "source"), "text"]}),
        (
            gettext_lazy("Role, date, original language, order"),
            {
                "classes": ["collapse"],
                "fields": [("role", "said_on", "position"), ("original_text", "original_language")],
            },
        ),
    ]
    formfield_overrides = {
        # Long enough for a paragraph, short enough that three statements fit on one screen.
        Statement._meta.get_field("text").__class__: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 90})},
    }

    def get_extra(self, request: HttpRequest, obj: Event | None = None, **kwargs: Any) -> int:
        return 3 if obj is None else 1


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
    verbose_name = gettext_lazy("photo or embed")
    verbose_name_plural = gettext_lazy("Photos and embeds")
    fieldsets = [
        (None, {"fields": [("kind", "position"), "image", "alt_text", ("caption", "credit"), "embed_url"]}),
    ]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    inlines = [StatementInline, MediaInline]
    list_display = [
        "number_label",
        "headline",
        "date",
        "status_badge",
        "timeline_title",
        "statement_count",
    ]
    list_display_links = ["number_label", "headline"]
    list_filter = ["timeline", "status", "is_key", NeedsAttentionFilter, "date"]
    list_select_related = ["timeline"]
    search_fields = ["headline", "body", "statements__text", "statements__speaker__name"]
    search_help_text = gettext_lazy("Searches headlines, bodies, the statements' text and their speakers.")
    date_hierarchy = "date"
    ordering = ["-date", "-number"]
    autocomplete_fields = ["persons", "sources", "topics", "places", "translations"]
    save_on_top = True
    actions = ["publish_selected", "unpublish_selected", "retract_selected", "submit_selected_for_review"]
    readonly_fields = ["created_by", "updated_by", "created_at", "updated_at", "published_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    ("timeline", "number", "status"),
                    "headline",
                    ("date", "time", "is_key"),
                    "body",
                    "editor_note",
                ]
            },
        ),
        (gettext_lazy("People and sources"), {"fields": ["persons", "sources"]}),
        (gettext_lazy("Topics and places"), {"fields": ["topics", "places"]}),
        (gettext_lazy("Translation"), {"fields": ["translations"]}),
        (
            gettext_lazy("History"),
            {
                "classes": ["collapse"],
                "fields": [("created_by", "created_at"), ("updated_by", "updated_at"), "published_at"],
            },
        ),
    ]

    def get_fieldsets(self, request: HttpRequest, obj: Event | None = None) -> list:
        """The form as each user may use it: the schedule for those who may publish, the correction question when
        a published bulletin changes, and the version the form was opened at (hidden)."""
        main = [
            "opened_version",
            ("timeline", "number", "status"),
            "headline",
            ("date", "time", "is_key"),
            "body",
            "editor_note",
        ]
        fieldsets = [(None, {"fields": main})]
        if obj is not None and obj.status == Event.Status.PUBLISHED:
            fieldsets.append((gettext_lazy("Correction"), {"fields": ["change_kind", "correction_note"]}))
        if services.user_can_publish(request.user):
            fieldsets.append((gettext_lazy("Scheduled publishing"), {"fields": ["publish_at"]}))
        return [*fieldsets, *self.fieldsets[1:]]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.import_view)
        restore = self.admin_site.admin_view(self.restore_view)
        return [
            path("import/", view, name="timeline_event_import"),
            path("<path:object_id>/history/<int:number>/restore/", restore, name="timeline_event_restore"),
            *super().get_urls(),
        ]

    def import_view(self, request: HttpRequest) -> HttpResponse:
        """Paste or upload a chronology, check what was read (correcting speakers and kinds), then import it."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        can_publish = services.user_can_publish(request.user)
        form = BulletinImportForm(request.POST or None, request.FILES or None, can_publish=can_publish)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import bulletins"),
            "opts": self.model._meta,
            "form": form,
        }
        if request.method == "POST" and form.is_valid():
            confirm = "confirm" in request.POST
            try:
                report = writing.bulletins_import(
                    lines=form.lines(),
                    user=request.user,
                    timeline=form.cleaned_data["timeline"],
                    create_timeline=form.create_timeline(),
                    publish=form.cleaned_data.get("publish", False),
                    update=form.cleaned_data["update"],
                    dry_run=not confirm,
                    corrections=corrections_from(request.POST) if confirm else None,
                    details=not confirm,
                    date_order=form.cleaned_data["date_order"],
                )
            except writing.BulletinImportError as error:
                context["import_errors"] = error.errors
            except WireTextError as error:
                context["import_errors"] = [error]
            else:
                if not confirm:
                    context.update(report=report, kinds=Statement.Kind.choices)
                else:
                    self.message_user(
                        request,
                        _(
                            "Imported into “%(timeline)s”: %(created)d created, %(updated)d updated, %(unchanged)d "
                            "unchanged, %(statements)d statements."
                        )
                        % {
                            "timeline": report.timeline,
                            "created": report.created,
                            "updated": report.updated,
                            "unchanged": report.unchanged,
                            "statements": report.statements,
                        },
                        messages.SUCCESS,
                    )
                    for warning in report.warnings:
                        self.message_user(request, warning, messages.WARNING)
                    changelist = reverse("admin:timeline_event_changelist")
                    return HttpResponseRedirect(
                        f"{changelist}?{urlencode({'timeline__id__exact': report.timeline.pk})}"
                    )
        return TemplateResponse(request, "admin/timeline/event/import.html", context)

    def get_form(self, request: HttpRequest, obj: Event | None = None, change: bool = False, **kwargs: Any):
        form = super().get_form(request, obj, change=change, **kwargs)
        # A subclass per request carries the user into validation without touching the shared class.
        return type(form.__name__, (form,), {"user": request.user})

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        initial = super().get_changeform_initial_data(request)
        if "timeline" not in initial:
            latest = Timeline.objects.live().first()
            if latest is not None:
                initial["timeline"] = latest.pk
        return initial

    def has_change_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        if obj is None:
            return super().has_change_permission(request)
        return super().has_change_permission(request, obj) and services.user_can_edit_event(request.user, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Event | None = None) -> bool:
        if obj is None:
            return super().has_delete_permission(request)
        return super().has_delete_permission(request, obj) and services.user_can_edit_event(request.user, obj)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return services.user_can_publish(request.user)

    def save_model(self, request: HttpRequest, obj: Event, form: forms.ModelForm, change: bool) -> None:
        if not change:
            services.event_insert(event=obj, user=request.user)
            return
        changes = {field: form.cleaned_data[field] for field in form.changed_data if field in services.EDITABLE_FIELDS}
        number = changes.pop("number", None)
        if number is not None:
            renumbered = services.event_renumber(event=obj, user=request.user, number=number)
            obj.number = renumbered.number
        services.event_update(event=obj, user=request.user, **changes)
        if form.cleaned_data.get("change_kind") == "correction":
            services.event_correct(event=obj, user=request.user, note=form.cleaned_data["correction_note"])

    def save_formset(self, request: HttpRequest, form: forms.ModelForm, formset: Any, change: bool) -> None:
        if formset.model is not Media:
            super().save_formset(request, form, formset, change)
            return
        event = form.instance
        # What the admin's history message lists (ModelAdmin.construct_change_message reads these).
        formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        for inline in formset.deleted_forms:
            if inline.instance.pk is not None:
                formset.deleted_objects.append(inline.instance)
                services.media_remove(media=inline.instance, user=request.user)
        for inline in formset.forms:
            if inline in formset.deleted_forms or not inline.has_changed():
                continue
            data = inline.cleaned_data
            text = {name: data.get(name) or "" for name in ("alt_text", "caption", "credit")}
            position = data.get("position") or None
            if inline.instance.pk is None and data["kind"] == Media.Kind.IMAGE:
                added = services.media_add_image(
                    event=event, user=request.user, upload=data["image"], position=position, **text
                )
                formset.new_objects.append(added)
            elif inline.instance.pk is None:
                added = services.media_add_embed(
                    event=event,
                    user=request.user,
                    url=data["embed_url"],
                    caption=text["caption"],
                    credit=text["credit"],
                    position=position,
                )
                formset.new_objects.append(added)
            else:
                changes = {name: value for name, value in text.items() if name in inline.changed_data}
                if "position" in inline.changed_data:
                    changes["position"] = data.get("position") or 0
                if "embed_url" in inline.changed_data and inline.instance.kind == Media.Kind.EMBED:
                    changes["embed_url"] = data["embed_url"]
                upload = data["image"] if "image" in inline.changed_data else None
                services.media_update(media=inline.instance, user=request.user, upload=upload, **changes)
                formset.changed_objects.append((inline.instance, inline.changed_data))

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets: Any, change: bool) -> None:
        # Translation links are written by their service (both ways, with the timelines touched), not by save_m2m.
        translations = form.cleaned_data.pop("translations", None)
        super().save_related(request, form, formsets, change)
        if translations is not None and "translations" in form.changed_data:
            services.event_translations_set(event=form.instance, translations=translations, user=request.user)
        services.event_statements_sync(event=form.instance)
        kind = form.cleaned_data.get("change_kind")
        summary = (
            _("Corrected: %(note)s") % {"note": form.cleaned_data["correction_note"]}
            if kind == "correction"
            else _("Silent update")
            if kind == "update"
            else _("Saved")
            if change
            else _("Created")
        )
        services.event_revision(event=form.instance, user=request.user, summary=summary)
        editing_presence.leave(form.instance, request.user)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):
        event = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if event is not None:
            extra["others_editing"] = editing_presence.others(event, request.user)
            if request.method == "GET":
                editing_presence.arrive(event, request.user)
            extra["preview_url"] = reverse("timeline:preview", kwargs={"token": preview_token(event)})
        return super().change_view(request, object_id, form_url, extra_context=extra)

    def render_change_form(self, request: HttpRequest, context: dict[str, Any], *args: Any, **kwargs: Any):
        form = context.get("adminform").form if context.get("adminform") else None
        if form is not None and getattr(form, "conflict", None) is not None:
            context["conflict"] = form.conflict
        return super().render_change_form(request, context, *args, **kwargs)

    def history_view(self, request: HttpRequest, object_id: str, extra_context=None) -> HttpResponse:
        """The bulletin's revisions: who, when, what; a diff between any two; restore one."""
        return _revision_history(self, request, object_id, restorable=True)

    def restore_view(self, request: HttpRequest, object_id: str, number: str) -> HttpResponse:
        event = self.get_object(request, object_id)
        if request.method != "POST" or event is None or not self.has_change_permission(request, event):
            raise PermissionDenied
        revision = revisions.revisions_of(event).filter(number=number).first()
        if revision is None:
            raise PermissionDenied
        try:
            services.revision_restore(revision=revision, user=request.user)
        except ValidationError as error:
            self.message_user(request, "; ".join(error.messages), messages.ERROR)
        else:
            self.message_user(
                request, _("Restored revision %(number)s as a new revision.") % {"number": number}, messages.SUCCESS
            )
        return HttpResponseRedirect(reverse("admin:timeline_event_history", args=[event.pk]))

    def delete_model(self, request: HttpRequest, obj: Event) -> None:
        services.event_delete(event=obj, user=request.user)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        for event in queryset:
            services.event_delete(event=event, user=request.user)

    @admin.display(description=gettext_lazy("number"), ordering="number")
    def number_label(self, event: Event) -> str:
        return f"({event.number})"

    @admin.display(description=gettext_lazy("statements"), ordering="statement_count")
    def statement_count(self, event: Event) -> int:
        return event.statement_count

    @admin.display(description=gettext_lazy("timeline"), ordering="timeline__title")
    def timeline_title(self, event: Event) -> str:
        return Truncator(event.timeline.title).chars(32)

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def status_badge(self, event: Event) -> str:
        return format_html('<span class="status status--{}">{}</span>', event.status, event.get_status_display())

    def _apply(
        self,
        request: HttpRequest,
        queryset: QuerySet[Event],
        change: Callable[..., Event],
        done_message: Callable[[int], str],
    ) -> None:
        done = 0
        for event in queryset.select_related("timeline"):
            try:
                with transaction.atomic():
                    change(event=event, user=request.user)
            except (ValidationError, PermissionDenied) as error:
                problem = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                self.message_user(request, f"{event}: {problem}", messages.ERROR)
            else:
                done += 1
        if done:
            self.message_user(request, done_message(done), messages.SUCCESS)

    @admin.action(description=gettext_lazy("Publish selected bulletins"), permissions=["publish"])
    def publish_selected(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._apply(
            request,
            queryset,
            services.event_publish,
            lambda n: ngettext("%(count)d bulletin published.", "%(count)d bulletins published.", n) % {"count": n},
        )

    @admin.action(description=gettext_lazy("Unpublish selected bulletins (back to draft)"), permissions=["publish"])
    def unpublish_selected(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._apply(
            request,
            queryset,
            services.event_unpublish,
            lambda n: ngettext("%(count)d bulletin unpublished.", "%(count)d bulletins unpublished.", n) % {"count": n},
        )

    @admin.action(description=gettext_lazy("Retract selected bulletins (with a reason)…"), permissions=["publish"])
    def retract_selected(self, request: HttpRequest, queryset: QuerySet[Event]) -> HttpResponse | None:
        reason = request.POST.get("retraction_reason", "").strip()
        if "confirm" in request.POST:
            if reason:
                self._apply(
                    request,
                    queryset,
                    lambda event, user: services.event_retract(event=event, user=user, reason=reason),
                    lambda n: (
                        ngettext("%(count)d bulletin retracted.", "%(count)d bulletins retracted.", n) % {"count": n}
                    ),
                )
                return None
            self.message_user(request, _("Say why the bulletins are retracted; readers will see it."), messages.ERROR)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Retract bulletins"),
            "opts": self.model._meta,
            "events": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/timeline/retract.html", context)

    @admin.action(description=gettext_lazy("Submit selected bulletins for review"), permissions=["change"])
    def submit_selected_for_review(self, request: HttpRequest, queryset: QuerySet[Event]) -> None:
        self._apply(
            request,
            queryset.filter(status=Event.Status.DRAFT),
            services.event_submit_for_review,
            lambda n: (
                ngettext("%(count)d bulletin submitted for review.", "%(count)d bulletins submitted for review.", n)
                % {"count": n}
            ),
        )


# --- Timelines -------------------------------------------------------------------------------------------------


class TimelineAdminForm(forms.ModelForm):
    """Checks the translations with the services' rules (one per language, never the timeline's own language)."""

    class Meta:
        model = Timeline
        fields = ["slug", "title", "summary", "language", "is_live", "translations"]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if "translations" in self.changed_data and "translations" in cleaned:
            try:
                services.timeline_translations_check(
                    timeline=self.instance,
                    translations=cleaned["translations"],
                    language=cleaned.get("language") or self.instance.language,
                )
            except ValidationError as error:
                self.add_error(None, error)
        return cleaned


@admin.register(Timeline)
class TimelineAdmin(admin.ModelAdmin):
    form = TimelineAdminForm
    list_display = [
        "title",
        "language",
        "is_live",
        "event_count_link",
        "published_event_count",
        "add_event_link",
        "updated_at",
    ]
    list_filter = ["is_live", "language"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    ordering = ["-is_live", "-updated_at"]
    autocomplete_fields = ["translations"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Timeline]:
        return super().get_queryset(request).with_event_counts()

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets: Any, change: bool) -> None:
        # Through the service: the link goes both ways and both timelines' readers see it at once.
        translations = form.cleaned_data.pop("translations", None)
        super().save_related(request, form, formsets, change)
        if translations is not None and "translations" in form.changed_data:
            services.timeline_translations_set(timeline=form.instance, translations=translations, user=request.user)

    @admin.display(description=gettext_lazy("bulletins"), ordering="event_count")
    def event_count_link(self, timeline: Timeline) -> str:
        url = reverse("admin:timeline_event_changelist") + "?" + urlencode({"timeline__id__exact": timeline.pk})
        return format_html('<a href="{}">{}</a>', url, timeline.event_count)

    @admin.display(description=gettext_lazy("published"), ordering="published_event_count")
    def published_event_count(self, timeline: Timeline) -> int:
        return timeline.published_event_count

    @admin.display(description="")
    def add_event_link(self, timeline: Timeline) -> str:
        url = reverse("admin:timeline_event_add") + "?" + urlencode({"timeline": timeline.pk})
        return format_html('<a class="addlink" href="{}">{}</a>', url, _("Add bulletin"))


# --- People and sources ----------------------------------------------------------------------------------------


def _merge_view(
    modeladmin: admin.ModelAdmin,
    request: HttpRequest,
    queryset: QuerySet[Model],
    merge: Callable[..., Model],
) -> HttpResponse | None:
    """An intermediate page: pick the record to keep, then fold the others into it through `merge`."""
    records = list(queryset)
    if len(records) < 2:
        modeladmin.message_user(request, _("Select at least two records to merge."), messages.WARNING)
        return None
    keep_pk = request.POST.get("keep")
    if keep_pk:
        keep = next((r for r in records if str(r.pk) == keep_pk), None)
        if keep is None:
            modeladmin.message_user(request, _("The record to keep must be one of those selected."), messages.ERROR)
            return None
        try:
            merge(keep=keep, duplicates=[r for r in records if r.pk != keep.pk], user=request.user)
        except (ValidationError, PermissionDenied) as error:
            problem = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            modeladmin.message_user(request, problem, messages.ERROR)
            return None
        modeladmin.message_user(
            request,
            _("Merged %(count)d records into “%(keep)s”.") % {"count": len(records) - 1, "keep": keep},
            messages.SUCCESS,
        )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("Merge duplicates"),
        "records": records,
        "opts": modeladmin.model._meta,
        "action_name": request.POST.get("action"),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/timeline/merge.html", context)


def _revision_history(
    modeladmin: admin.ModelAdmin, request: HttpRequest, object_id: str, *, restorable: bool = False
) -> HttpResponse:
    """An object's revisions, and what changed between any two (the newest and the one before, unless chosen).
    Bulletins' revisions can be restored by those who may change the bulletin."""
    obj = modeladmin.get_object(request, object_id)
    if obj is None or not modeladmin.has_view_or_change_permission(request, obj):
        raise PermissionDenied
    history = list(revisions.revisions_of(obj).order_by("-number"))
    by_number = {str(r.number): r for r in history}
    newer = by_number.get(request.GET.get("b", "")) or (history[0] if history else None)
    older = by_number.get(request.GET.get("a", "")) or next(
        (r for r in history if newer and r.number < newer.number), None
    )
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": _("History of %(name)s") % {"name": obj},
        "opts": modeladmin.model._meta,
        "object": obj,
        "revisions": history,
        "newer": newer,
        "older": older,
        "changes": revisions.diff(older.data, newer.data) if older and newer else [],
        "can_restore": restorable and modeladmin.has_change_permission(request, obj),
    }
    return TemplateResponse(request, "admin/timeline/history.html", context)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Who published, unpublished, retracted, renumbered, deleted or restored what, and when. Read-only, for chiefs."""

    list_display = ["created_at", "action", "description", "user"]
    list_filter = ["action", "user"]
    search_fields = ["description"]
    date_hierarchy = "created_at"
    list_select_related = ["user"]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("timeline.audit_event")

    def has_view_permission(self, request: HttpRequest, obj: AuditEntry | None = None) -> bool:
        return request.user.has_perm("timeline.audit_event")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AuditEntry | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AuditEntry | None = None) -> bool:
        return False


class RoleInline(admin.TabularInline):
    model = Role
    extra = 1


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    inlines = [RoleInline, PersonAliasInline]
    list_display = ["display_name", "name_latin", "is_anonymous", "current_role", "statement_count"]
    list_filter = ["is_anonymous"]
    search_fields = ["name", "name_latin", "description", "aliases__name"]
    search_help_text = gettext_lazy(
        "Searches names, Latin names, aliases and descriptions, across spellings: بلنكن finds بلينكن."
    )
    ordering = ["is_anonymous", "name", "description"]
    actions = ["merge_selected"]

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Person], search_term: str
    ) -> tuple[QuerySet[Person], bool]:
        """The admin's search, and the statement form's speaker picker (autocomplete), also find people by how
        their names sound across transliterations (PersonQuerySet.called)."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        if search_term.strip():
            results = results | queryset.filter(pk__in=Person.objects.called(search_term).values("pk"))
        return results, may_have_duplicates

    fields = [("name", "name_latin"), "is_anonymous", "description", ("slug", "wikidata_id")]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Person]:
        return super().get_queryset(request).annotate(statement_count=Count("statements")).prefetch_related("roles")

    @admin.display(description=gettext_lazy("name"), ordering="name")
    def display_name(self, person: Person) -> str:
        return person.display_name

    @admin.display(description=gettext_lazy("role"))
    def current_role(self, person: Person) -> str:
        roles = [role for role in person.roles.all() if role.end_date is None]
        return str(roles[0]) if roles else "—"

    @admin.display(description=gettext_lazy("statements"), ordering="statement_count")
    def statement_count(self, person: Person) -> int:
        return person.statement_count

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perms(["timeline.merge_person", "timeline.delete_person"])

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if change:
            services.person_changed(person=form.instance)
        revisions.record(form.instance, user=request.user, summary=_("Saved") if change else _("Created"))

    def history_view(self, request: HttpRequest, object_id: str, extra_context=None) -> HttpResponse:
        return _revision_history(self, request, object_id)

    @admin.action(description=gettext_lazy("Merge selected people"), permissions=["merge"])
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Person]) -> HttpResponse | None:
        return _merge_view(self, request, queryset, services.person_merge)


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    """Registered for the statements' role autocomplete; roles are edited inside their person."""

    search_fields = ["title", "organisation", "person__name", "person__name_latin"]
    list_display = ["title", "organisation", "person", "start_date", "end_date"]
    list_select_related = ["person"]

    def get_model_perms(self, request: HttpRequest) -> dict[str, bool]:
        return {}


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "url", "statement_count"]
    list_filter = ["kind"]
    search_fields = ["name", "url"]
    fields = [("name", "kind"), "url", "slug"]
    ordering = ["name"]
    actions = ["merge_selected"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Source]:
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    def save_model(self, request: HttpRequest, obj: Source, form: forms.ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        revisions.record(obj, user=request.user, summary=_("Saved") if change else _("Created"))

    def history_view(self, request: HttpRequest, object_id: str, extra_context=None) -> HttpResponse:
        return _revision_history(self, request, object_id)

    @admin.display(description=gettext_lazy("statements"), ordering="statement_count")
    def statement_count(self, source: Source) -> int:
        return source.statement_count

    def has_merge_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perms(["timeline.merge_source", "timeline.delete_source"])

    @admin.action(description=gettext_lazy("Merge selected sources"), permissions=["merge"])
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Source]) -> HttpResponse | None:
        return _merge_view(self, request, queryset, services.source_merge)


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "bulletin_count"]
    search_fields = ["name", "slug"]
    fields = ["name", "slug"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Topic]:
        return super().get_queryset(request).annotate(bulletin_count=Count("events"))

    @admin.display(description=gettext_lazy("bulletins"), ordering="bulletin_count")
    def bulletin_count(self, topic: Topic) -> int:
        return topic.bulletin_count


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "latitude", "longitude", "bulletin_count"]
    search_fields = ["name", "name_en", "slug"]
    fields = [("name", "name_en"), "slug", ("latitude", "longitude")]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Place]:
        return super().get_queryset(request).annotate(bulletin_count=Count("events"))

    @admin.display(description=gettext_lazy("bulletins"), ordering="bulletin_count")
    def bulletin_count(self, place: Place) -> int:
        return place.bulletin_count
