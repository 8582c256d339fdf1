"""What the write API's serializers refuse, as a writer sees it: a 400 naming the field and the limit."""

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline.models import INVISIBLE_HEADLINE, Event
from timeline.roles import NewsroomRole
from timeline.services import MAX_STATEMENTS_PER_BULLETIN

pytestmark = pytest.mark.django_db
URL = "/api/v1/timelines/geneva/events/"


@pytest.fixture
def writer() -> APIClient:
    TimelineFactory(slug="geneva")
    PersonFactory(slug="antony-blinken")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory(role=NewsroomRole.CHIEF)).key}")
    return api


def bulletin(statements: int) -> dict:
    return {
        "headline": "بلينكن لا يتوقع اختراقات",
        "date": "2022-01-09",
        "statements": [{"text": f"قال {n}", "speaker": "antony-blinken"} for n in range(statements)],
    }


def test_more_statements_than_a_bulletin_holds_are_a_400_naming_the_cap(writer):
    response = writer.post(URL, bulletin(10_000), format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["statements"]
    assert str(MAX_STATEMENTS_PER_BULLETIN) in response.json()["statements"]["non_field_errors"][0]
    assert not Event.objects.exists()


def test_a_bulletin_with_as_many_as_it_holds_is_written(writer):
    response = writer.post(URL, bulletin(MAX_STATEMENTS_PER_BULLETIN), format="json")
    assert response.status_code == 201
    assert [s["position"] for s in response.json()["statements"]] == list(range(1, MAX_STATEMENTS_PER_BULLETIN + 1))


def test_a_headline_of_zero_width_characters_is_a_400_naming_the_headline(writer):
    response = writer.post(URL, {**bulletin(0), "headline": "\u200b\u200c\u200d"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"headline": [str(INVISIBLE_HEADLINE)]}
