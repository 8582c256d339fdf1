"""The desk on the admin's home page: `{% load desk %}{% desk as desk %}` gives the signed-in user's desk."""

from typing import Any

from django import template

from timeline import desk as desk_reads
from timeline.models import sees_drafts

register = template.Library()


@register.simple_tag(takes_context=True)
def desk(context: dict[str, Any]) -> desk_reads.Desk | None:
    """None for a staff account without a newsroom role: it sees what readers see, and no drafts' headlines."""
    user = context["request"].user
    return desk_reads.desk_for(user) if sees_drafts(user) else None
