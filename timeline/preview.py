"""Previews of unpublished bulletins, for staff only, at addresses nobody can guess: a signed token, not an id."""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from timeline import services
from timeline.models import Event, sees_drafts

SALT = "timeline.preview"


def preview_token(event: Event) -> str:
    return signing.dumps(event.pk, salt=SALT, compress=True)


def _previewed_event(request: HttpRequest, token: str) -> Event:
    """The bulletin behind `token`, for a staff user who may view bulletins; a 404 for anyone else, so that a
    preview address reveals nothing, not even that it exists."""
    user = request.user
    if not sees_drafts(user):
        raise Http404
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        raise Http404 from None
    event = Event.objects.with_statements().filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


@never_cache
def preview(request: HttpRequest, token: str) -> HttpResponse:
    """The bulletin exactly as its public page will show it, with a banner and, for editors, a publish button."""
    event = _previewed_event(request, token)
    siblings = Event.objects.published().for_timeline(event.timeline)
    context = {
        "event": event,
        "timeline": event.timeline,
        "previous_event": siblings.filter(number__lt=event.number).order_by("-number").first(),
        "next_event": siblings.filter(number__gt=event.number).order_by("number").first(),
        "preview": True,
        "can_publish": services.user_can_publish(request.user) and event.status != Event.Status.PUBLISHED,
        "token": token,
    }
    response = render(request, "timeline/event_detail.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
def preview_publish(request: HttpRequest, token: str) -> HttpResponse:
    event = _previewed_event(request, token)
    try:
        services.event_publish(event=event, user=request.user, summary=_("Published from the preview"))
    except ValidationError as error:
        messages.error(request, "; ".join(error.messages))
        return HttpResponseRedirect(reverse("timeline:preview", kwargs={"token": token}))
    return HttpResponseRedirect(event.get_absolute_url())
