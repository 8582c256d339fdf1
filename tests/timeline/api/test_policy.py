"""Paging parameters a client made up: a 400 naming the parameter, never a 500 nor a page that pretends."""

import base64
import datetime

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from tests.factories import EventFactory, PersonFactory, StatementFactory, TimelineFactory
from timeline.api.policy import INVALID_CURSOR
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def api() -> APIClient:
    cache.clear()
    timeline = TimelineFactory(slug="geneva")
    for number in range(1, 4):
        event = EventFactory(
            timeline=timeline, number=number, status=Event.Status.PUBLISHED, date=datetime.date(2022, 1, number)
        )
        StatementFactory(event=event, speaker=PersonFactory())
    yield APIClient()
    cache.clear()


def cursor(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


CRAFTED = {
    "not base64": "abc",
    "a NUL as position": cursor("p=\x00"),
    "a date without a time zone": cursor("p=2022-01-09"),
    "a time past the year 9999 in UTC": cursor("p=9999-12-31 23:59:59-14:00"),
    "words as position": cursor("p=yesterday"),
    "a superscript offset": cursor("o=²&p=2022-01-09 00:00:00%2B00:00"),
    "a reverse flag that is no number": cursor("r=x"),
}


@pytest.mark.parametrize("crafted", list(CRAFTED.values()), ids=list(CRAFTED))
@pytest.mark.parametrize("address", ["/api/v1/events/", "/api/v1/timelines/geneva/events/", "/api/v1/persons/"])
def test_a_crafted_cursor_is_a_400_naming_it(api, address, crafted):
    response = api.get(address, {"pagination": "cursor", "cursor": crafted})
    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]
    assert response.json()["cursor"] == [str(INVALID_CURSOR)]


@pytest.mark.parametrize("position", ["abc", "\x00", "99999999999999999999999", "1.5"])
def test_a_crafted_position_in_a_list_ordered_by_id_is_a_400(api, position):
    response = api.get("/api/v1/statements/", {"pagination": "cursor", "cursor": cursor(f"p={position}")})
    assert response.status_code == 400
    assert list(response.json()) == ["cursor"]


def test_the_cursors_the_api_gives_still_lead_through_every_page(api):
    seen, address = [], "/api/v1/events/?pagination=cursor&page_size=1&ordering=number"
    while address:
        page = api.get(address)
        assert page.status_code == 200
        seen += [event["number"] for event in page.json()["results"]]
        address = page.json()["next"]
    assert sorted(seen) == [1, 2, 3]
    statements = api.get("/api/v1/statements/?pagination=cursor&page_size=2").json()
    assert api.get(statements["next"]).status_code == 200


@pytest.mark.parametrize("name", ["page", "page_size"])
@pytest.mark.parametrize("value", ["²", "①", "-1", "0", "1.0", "99999999999999999999999"])
def test_page_numbers_that_are_no_whole_number_are_a_400_naming_them(api, name, value):
    response = api.get("/api/v1/events/", {name: value})
    assert response.status_code == 400
    assert list(response.json()) == [name]


def test_arabic_indic_digits_are_whole_numbers(api):
    response = api.get("/api/v1/events/", {"page_size": "٢"})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 2
