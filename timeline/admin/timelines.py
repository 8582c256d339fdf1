"""Timelines in the admin."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from timeline import services
from timeline.models import Timeline


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
