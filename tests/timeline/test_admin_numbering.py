"""The admin keeps the numbering rules of #15 (services.numbering): a number by hand and renumbering are a chief's.
Only outcomes are asserted (status below 500, what the database holds), so that the desk's layout may change."""

import pytest
from django.urls import reverse

from tests.factories import EventFactory, TimelineFactory
from tests.timeline.test_admin import ADD_URL, bulletin_form
from timeline.models import Event, EventRedirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def timeline():
    timeline = TimelineFactory()
    for number in (1, 2, 3):
        EventFactory(timeline=timeline, number=number, status=Event.Status.PUBLISHED)
    return timeline


def published_numbers(timeline):
    return sorted(Event.objects.published().for_timeline(timeline).values_list("number", flat=True))


@pytest.mark.parametrize("client_fixture", ["reporter_client", "editor_client"])
def test_a_number_by_hand_on_a_new_bulletin_is_refused(request, timeline, client_fixture):
    client = request.getfixturevalue(client_fixture)
    response = client.post(ADD_URL, bulletin_form(timeline, number=1))
    assert response.status_code < 500
    assert published_numbers(timeline) == [1, 2, 3]
    # Whatever the form answers, no new bulletin holds a number given by hand.
    assert not Event.objects.filter(timeline=timeline, headline__startswith="بلينكن").exclude(number=None).exists()
    assert not EventRedirect.objects.exists()


def test_a_draft_saved_in_the_admin_has_no_number(timeline, reporter_client):
    response = reporter_client.post(ADD_URL, bulletin_form(timeline))
    assert response.status_code < 500
    created = Event.objects.get(timeline=timeline, headline__startswith="بلينكن")
    assert created.number is None
    change = reporter_client.get(reverse("admin:timeline_event_change", args=[created.pk]))
    assert change.status_code == 200
    changelist = reporter_client.get(reverse("admin:timeline_event_changelist"))
    assert changelist.status_code == 200
