"""People, their roles and aliases, sources, topics and places."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from timeline import revisions, services
from timeline.admin.history import _merge_view, _revision_history
from timeline.models import Person, PersonAlias, Place, Role, Source, Topic


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
