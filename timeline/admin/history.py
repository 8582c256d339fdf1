"""Revisions, merges and the audit log: pages several admins share."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from timeline import revisions
from timeline.admin.bulletin_form import bulletin_label
from timeline.models import AuditEntry, Event


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
        "title": _("History of %(name)s") % {"name": bulletin_label(obj) if isinstance(obj, Event) else obj},
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
