"""Bulletins in the admin: the list, the form's saving through the services, the bulk actions, the import."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from timeline import desk, editing_presence, revisions, services
from timeline.admin.bulletin_form import (
    PUBLISH,
    REVIEW,
    SAVE,
    SCHEDULE,
    UNSCHEDULE,
    EventAdminForm,
    MediaInline,
    StatementInline,
    bulletin_label,
    is_scheduled,
    quiet_related_links,
    scheduled_label,
)
from timeline.admin.history import _revision_history
from timeline.forms import BulletinImportForm, corrections_from
from timeline.importing import writing
from timeline.importing.lines import WireTextError
from timeline.models import Event, Media, Person, Statement, Timeline
from timeline.parameters import whole_number
from timeline.preview import preview_token


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


TIMELINE_PARAM = "timeline__id__exact"
ALL_TIMELINES = "all"


class RememberedTimelineFilter(admin.RelatedFieldListFilter):
    """The timeline filter, remembered for the session (EventAdmin.changelist_view): its "All" says so explicitly,
    so that choosing it forgets the remembered timeline instead of bringing it back."""

    def choices(self, changelist: Any):
        choices = list(super().choices(changelist))
        choices[0]["query_string"] = changelist.get_query_string(
            {"timeline": ALL_TIMELINES}, [self.lookup_kwarg, self.lookup_kwarg_isnull]
        )
        return choices


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    form = EventAdminForm
    inlines = [StatementInline, MediaInline]
    list_display = ["number_label", "headline_label", "status_badge", "date_label", "timeline_title", "statement_count"]
    list_display_links = ["number_label", "headline_label"]
    list_filter = [("timeline", RememberedTimelineFilter), "status", "is_key", NeedsAttentionFilter, "date"]
    list_select_related = ["timeline"]
    list_per_page = 50
    search_fields = ["headline", "body", "statements__text", "statements__speaker__name"]
    search_help_text = gettext_lazy(
        "Searches headlines, bodies, statements and speakers; a number, 18 or (18), finds that bulletin."
    )
    date_hierarchy = "date"
    ordering = ["-date", "-number"]
    autocomplete_fields = ["persons", "sources", "topics", "places", "translations"]
    actions = ["publish_selected", "unpublish_selected", "retract_selected", "submit_selected_for_review"]
    readonly_fields = ["created_by", "updated_by", "created_at", "updated_at", "published_at"]

    class Media:
        js = ["admin-tasalsul/bulletin-form.js"]

    def formfield_for_dbfield(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        return quiet_related_links(super().formfield_for_dbfield(db_field, request, **kwargs))

    def get_fieldsets(self, request: HttpRequest, obj: Event | None = None) -> list:
        """What a breaking story needs on one screen: where, when, the headline and the body, then the statements and
        photos (inlines); the rest (tags, translation, the number for back-filling, history) folded away."""
        published = obj is not None and obj.status not in services.WORKING_STATUSES
        # A number by hand is a chief's (renumbering, or filling in an older chronology); everyone else's bulletins
        # take theirs when first published.
        by_hand = request.user.has_perm(services.RENUMBER_PERMISSION)
        first_row = ("timeline", "date", "time", "is_key")
        if published and by_hand:
            first_row = ("timeline", "number", "date", "time", "is_key")
        fieldsets: list = [(None, {"fields": ["opened_version", first_row, "headline", "body", "editor_note"]})]
        if published:
            fieldsets.append((gettext_lazy("Correction"), {"fields": ["change_kind", "correction_note"]}))
        more = ["number"] if by_hand and not published else []
        more += [("persons", "sources"), ("topics", "places"), "translations"]
        if obj is not None:
            more += [("created_by", "created_at"), ("updated_by", "updated_at"), "published_at"]
        fieldsets.append(
            (
                gettext_lazy("People, sources, topics, places, translation, history"),
                {"classes": ["collapse"], "fields": more},
            )
        )
        return fieldsets

    def get_queryset(self, request: HttpRequest) -> QuerySet[Event]:
        return super().get_queryset(request).annotate(statement_count=Count("statements"))

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view(self.import_view)
        restore = self.admin_site.admin_view(self.restore_view)
        return [
            path("import/", view, name="timeline_event_import"),
            path("desk/counts/", self.admin_site.admin_view(self.desk_counts_view), name="timeline_event_desk_counts"),
            path("role-on/", self.admin_site.admin_view(self.role_on_view), name="timeline_event_role_on"),
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
        # A subclass per request carries the user and the button pressed into validation without touching the shared
        # class.
        action = request.POST.get("_action", SAVE) if request.method == "POST" else SAVE
        return type(form.__name__, (form,), {"user": request.user, "action": action})

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        """A new bulletin is about today, in the timeline the desk's button named (or the latest live one)."""
        initial = super().get_changeform_initial_data(request)
        if "timeline" not in initial:
            latest = desk.live_timelines().first()
            if latest is not None:
                initial["timeline"] = latest.pk
        initial.setdefault("date", timezone.localdate())
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
        """Save the fields as they are, the status untouched: the button's action runs once the statements and photos
        are saved too (save_related), so that what is published is the whole bulletin."""
        if not change:
            obj.status = Event.Status.DRAFT
            services.event_insert(event=obj, user=request.user)
            return
        changes = {field: form.cleaned_data[field] for field in form.changed_data if field in services.EDITABLE_FIELDS}
        changes.pop("status", None)
        changes.pop("publish_at", None)
        number = changes.pop("number", None)
        if number is not None and obj.status not in services.WORKING_STATUSES:
            renumbered = services.event_renumber(event=obj, user=request.user, number=number)
            obj.number = renumbered.number
        elif number is not None:
            changes["number"] = number  # an explicit number for a bulletin filling in an older chronology
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
        request.bulletin_action_done = self._run_action(request, form)

    def _run_action(self, request: HttpRequest, form: forms.ModelForm) -> tuple[str, bool]:
        """The button's action, through its service. A refusal leaves the bulletin saved as it was and says why."""
        event, action = form.instance, form.action
        try:
            with transaction.atomic():
                if action == PUBLISH:
                    services.event_publish(event=event, user=request.user)
                elif action == REVIEW:
                    services.event_submit_for_review(event=event, user=request.user)
                elif action == SCHEDULE:
                    services.event_schedule(event=event, user=request.user, publish_at=form.cleaned_data["schedule_at"])
                elif action == UNSCHEDULE:
                    services.event_update(event=event, user=request.user, publish_at=None)
        except (ValidationError, PermissionDenied) as error:
            problem = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
            self.message_user(request, _("Saved, but not done: %(problem)s") % {"problem": problem}, messages.ERROR)
            return action, False
        event.refresh_from_db()
        return action, True

    def _done_message(self, event: Event, action: str) -> str:
        label = bulletin_label(event)
        if action == PUBLISH:
            return _("Published: %(bulletin)s. Readers see it now.") % {"bulletin": label}
        if action == REVIEW:
            return _("Sent for review: %(bulletin)s. It waits on the desk for an editor.") % {"bulletin": label}
        if action == SCHEDULE:
            return _("%(scheduled)s: %(bulletin)s.") % {"scheduled": scheduled_label(event), "bulletin": label}
        if action == UNSCHEDULE:
            return _("Unscheduled: %(bulletin)s. It stays unpublished.") % {"bulletin": label}
        if event.status in services.WORKING_STATUSES:
            return _("Draft saved: %(bulletin)s.") % {"bulletin": label}
        return _("Changes saved: %(bulletin)s.") % {"bulletin": label}

    def _after_save(self, request: HttpRequest, obj: Event) -> HttpResponse:
        """Saving a draft keeps the editor in the form; publishing, sending and scheduling return to the desk."""
        action, done = getattr(request, "bulletin_action_done", (SAVE, True))
        if done:
            self.message_user(request, self._done_message(obj, action), messages.SUCCESS)
        if action == SAVE or not done:
            return HttpResponseRedirect(reverse("admin:timeline_event_change", args=[obj.pk]))
        return HttpResponseRedirect(reverse("admin:index"))

    def response_add(self, request: HttpRequest, obj: Event, post_url_continue: str | None = None) -> HttpResponse:
        if IS_POPUP_VAR in request.POST or "_addanother" in request.POST:
            return super().response_add(request, obj, post_url_continue)
        return self._after_save(request, obj)

    def response_change(self, request: HttpRequest, obj: Event) -> HttpResponse:
        if IS_POPUP_VAR in request.POST or "_saveasnew" in request.POST or "_addanother" in request.POST:
            return super().response_change(request, obj)
        return self._after_save(request, obj)

    def change_view(self, request: HttpRequest, object_id: str, form_url: str = "", extra_context=None):
        event = self.get_object(request, object_id)
        extra = dict(extra_context or {})
        if event is not None:
            extra["others_editing"] = editing_presence.others(event, request.user)
            if request.method == "GET":
                editing_presence.arrive(event, request.user)
            extra["preview_url"] = reverse("timeline:preview", kwargs={"token": preview_token(event)})
            extra["subtitle"] = bulletin_label(event)
        return super().change_view(request, object_id, form_url, extra_context=extra)

    def render_change_form(self, request: HttpRequest, context: dict[str, Any], *args: Any, **kwargs: Any):
        form = context.get("adminform").form if context.get("adminform") else None
        if form is not None and getattr(form, "conflict", None) is not None:
            context["conflict"] = form.conflict
        if form is not None:
            event = form.instance if form.instance.pk else None
            context["bulletin_actions"] = form.actions
            context["schedule_field"] = form["schedule_at"] if "schedule_at" in form.fields else None
            context["scheduled_label"] = scheduled_label(event) if is_scheduled(event) else ""
            context["bulletin_label"] = bulletin_label(event) if event else ""
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
        if event.number is None:
            return format_html('<span class="draft-id">{}</span>', _("draft #%(id)s") % {"id": event.pk})
        return f"({event.number})"

    @admin.display(description=gettext_lazy("headline"), ordering="headline")
    def headline_label(self, event: Event) -> str:
        return Truncator(event.headline or _("untitled")).chars(90)

    @admin.display(description=gettext_lazy("date"), ordering="date")
    def date_label(self, event: Event) -> str:
        return date_format(event.date, "j F Y") if event.date else "—"

    def get_list_display(self, request: HttpRequest) -> list[str]:
        # Filtered to one timeline, its title on every row would say nothing and take a column's width.
        columns = list(super().get_list_display(request))
        if request.GET.get(TIMELINE_PARAM):
            columns.remove("timeline_title")
        return columns

    def view_on_site(self, event: Event) -> str | None:
        """Only what readers can see: a draft has no public page (and no number to make one from)."""
        return event.get_absolute_url() if event.is_public else None

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Event], search_term: str
    ) -> tuple[QuerySet[Event], bool]:
        """A number alone, `18` or `(18)`, finds that bulletin (in every timeline, or in the one filtered), as well as
        text containing it."""
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        number = whole_number((search_term or "").strip().strip("()[]").strip(), least=1)
        if number is not None:
            results = results | queryset.filter(number=number)
        return results, may_have_duplicates

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        """The timeline filter is remembered for the session: an editor on one story comes back to that story. The
        filter's "All" link says so explicitly (timeline=all) and forgets it."""
        chosen = request.GET.get(TIMELINE_PARAM)
        remembered = request.session.get("bulletins_timeline")
        if request.GET.get("timeline") == ALL_TIMELINES:
            request.session.pop("bulletins_timeline", None)
            query = request.GET.copy()
            del query["timeline"]
            return HttpResponseRedirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        if chosen:
            request.session["bulletins_timeline"] = chosen
        elif remembered and not request.GET and Timeline.objects.filter(pk=remembered).exists():
            return HttpResponseRedirect(f"{request.path}?{urlencode({TIMELINE_PARAM: remembered})}")
        extra = {
            "title": _("Choose a bulletin to edit"),
            **(extra_context or {}),
        }
        return super().changelist_view(request, extra_context=extra)

    def desk_counts_view(self, request: HttpRequest) -> JsonResponse:
        """The desk's counts, polled by its page (desk.js): staff only, like every admin view, and never cached."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        response = JsonResponse(desk.counts_for(request.user))
        response["Cache-Control"] = "no-store"
        return response

    def role_on_view(self, request: HttpRequest) -> JsonResponse:
        """The role a person held on a day, for the statement form to fill in when a speaker is chosen."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        person = Person.objects.filter(pk=whole_number(request.GET.get("person", "")) or 0).first()
        try:
            day = datetime.date.fromisoformat(request.GET.get("date", ""))
        except ValueError:
            day = timezone.localdate()
        role = person.role_on(day) if person is not None else None
        if role is None:
            return JsonResponse({"role": None})
        return JsonResponse({"role": {"id": role.pk, "text": str(role)}})

    @admin.display(description=gettext_lazy("statements"), ordering="statement_count")
    def statement_count(self, event: Event) -> int:
        return event.statement_count

    @admin.display(description=gettext_lazy("timeline"), ordering="timeline__title")
    def timeline_title(self, event: Event) -> str:
        return Truncator(event.timeline.title).chars(32)

    @admin.display(description=gettext_lazy("status"), ordering="status")
    def status_badge(self, event: Event) -> str:
        if is_scheduled(event):
            # Scheduled is what the desk calls it: a status with a time, the time in words.
            return format_html('<span class="status status--scheduled">{}</span>', scheduled_label(event))
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
                self.message_user(request, f"{bulletin_label(event)}: {problem}", messages.ERROR)
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
