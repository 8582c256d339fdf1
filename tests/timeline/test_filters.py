"""The API's filters, on values at the edges of what ISO 8601 allows: a 400 naming the parameter, never a 500."""

import datetime

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory
from timeline.filters import UTCIsoDateTimeField
from timeline.models import Event

pytestmark = pytest.mark.django_db
LISTS = ["/api/v1/events/", "/api/v1/timelines/geneva/events/", "/api/v1/statements/", "/api/v1/persons/"]


@pytest.fixture
def api() -> APIClient:
    cache.clear()
    event = EventFactory(
        timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, 9)
    )
    StatementFactory(event=event, speaker=PersonFactory())
    yield APIClient()
    cache.clear()


@pytest.mark.parametrize("address", LISTS)
@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00+00:01"])
def test_a_time_beyond_the_calendar_once_in_utc_is_a_400_naming_the_parameter(api, address, value):
    response = api.get(address, {"updated_since": value})
    assert response.status_code == 400
    assert response.json() == {"updated_since": [str(UTCIsoDateTimeField.default_error_messages["out_of_range"])]}


@pytest.mark.parametrize("address", LISTS)
def test_the_extreme_offsets_that_stay_within_the_calendar_are_read(api, address):
    assert api.get(address, {"updated_since": "9999-12-31T23:59:59+14:00"}).json()["results"] == []
    assert len(api.get(address, {"updated_since": "0001-01-01T00:00:00-14:00"}).json()["results"]) == 1


def test_an_offset_is_compared_in_utc(api):
    updated = Event.objects.get().updated_at
    just_before = (updated - datetime.timedelta(seconds=1)).astimezone(datetime.timezone(datetime.timedelta(hours=-14)))
    just_after = (updated + datetime.timedelta(seconds=1)).astimezone(datetime.timezone(datetime.timedelta(hours=14)))
    assert len(api.get("/api/v1/events/", {"updated_since": just_before.isoformat()}).json()["results"]) == 1
    assert api.get("/api/v1/events/", {"updated_since": just_after.isoformat()}).json()["results"] == []
