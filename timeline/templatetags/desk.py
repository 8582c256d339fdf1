"""The desk on the admin's home page: `{% load desk %}{% desk as desk %}` gives the signed-in user's desk."""

from typing import Any

from django import template

from timeline import desk as desk_reads

register = template.Library()


@register.simple_tag(takes_context=True)
def desk(context: dict[str, Any]) -> desk_reads.Desk:
    return desk_reads.desk_for(context["request"].user)
