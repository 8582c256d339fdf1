"""The editors' admin, one module per subject: the desk (the home page), bulletins (their form and list), timelines,
people and sources, history. Importing the package registers every model admin, as Django's autodiscovery expects.

Every write that carries a newsroom rule goes through `timeline.services`."""

from django.contrib import admin

from timeline.admin.bulletin_form import EventAdminForm, MediaInline, MediaInlineForm, StatementInline
from timeline.admin.bulletins import EventAdmin, NeedsAttentionFilter
from timeline.admin.history import AuditEntryAdmin
from timeline.admin.people import PersonAdmin, PlaceAdmin, RoleAdmin, SourceAdmin, TopicAdmin
from timeline.admin.timelines import TimelineAdmin

# The home page is the desk (templates/admin/desk.html, its lists from timeline.desk through the desk tag).
admin.site.index_template = "admin/desk.html"

__all__ = [
    "AuditEntryAdmin",
    "EventAdmin",
    "EventAdminForm",
    "MediaInline",
    "MediaInlineForm",
    "NeedsAttentionFilter",
    "PersonAdmin",
    "PlaceAdmin",
    "RoleAdmin",
    "SourceAdmin",
    "StatementInline",
    "TimelineAdmin",
    "TopicAdmin",
]
