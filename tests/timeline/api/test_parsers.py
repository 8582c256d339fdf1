"""What the write API refuses while reading the JSON, with a 400 that says why: JSON nested deeper than any request
of ours (Python's decoder gave up with a RecursionError, a 500), and text holding a NUL character (which PostgreSQL
cannot compare: a speaker's slug or name holding one was a 500)."""

import io
import json

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import ParseError
from rest_framework.test import APIClient

from tests.factories import PersonFactory, SourceFactory, TimelineFactory, UserFactory
from timeline.api.parsers import HOLDS_NUL, HOLDS_SURROGATE, MAX_DEPTH, TOO_DEEP, NewsroomJSONParser
from timeline.models import Event, Person
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
URL = "/api/v1/timelines/geneva/events/"


@pytest.fixture
def writer() -> APIClient:
    TimelineFactory(slug="geneva")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory(role=NewsroomRole.CHIEF)).key}")
    return api


def post(api: APIClient, body: str):
    return api.post(URL, body, content_type="application/json")


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        json.dumps({"headline": "h", "date": "2022-01-09", "statements": [[[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]]]}),
    ],
    ids=["100,000 arrays", "100,000 objects", "deep inside a bulletin"],
)
def test_json_nested_too_deep_is_a_400_naming_the_limit(writer, body):
    response = post(writer, body)
    assert response.status_code == 400
    assert response.json() == {"detail": TOO_DEEP % {"most": MAX_DEPTH}}
    assert not Event.objects.exists()


@pytest.mark.parametrize(
    "statement",
    [
        {"text": "نص", "speaker": "antony-blinken\u0000"},
        {"text": "نص", "speaker": {"name": "أنطوني\u0000بلينكن", "anonymous": False}},
        {"text": "نص", "speaker": {"name": "مسؤول\u0000", "anonymous": True}},
        {"text": "نص", "speaker": "antony-blinken", "source": "cnn\u0000"},
        {"text": "نص\u0000", "speaker": "antony-blinken"},
        {"text": "نص", "speaker": "antony-blinken", "said\u0000on": "2022-01-09"},
    ],
    ids=["slug", "name", "anonymous", "source", "text", "key"],
)
def test_a_nul_character_anywhere_in_a_write_is_a_400_naming_it(writer, statement):
    PersonFactory(slug="antony-blinken")
    SourceFactory(slug="cnn")
    people = Person.objects.count()
    response = post(writer, json.dumps({"headline": "h", "date": "2022-01-09", "statements": [statement]}))
    assert response.status_code == 400
    assert response.json() == {"detail": str(HOLDS_NUL)}
    assert not Event.objects.exists()
    assert Person.objects.count() == people


@pytest.mark.parametrize(
    "statement",
    [
        '{"text": "نص", "speaker": "\\ud800"}',
        '{"text": "نص", "speaker": {"name": "أنطوني\\udfff", "anonymous": false}}',
        '{"text": "نص", "speaker": {"name": "\\udc00مسؤول", "anonymous": true}}',
        '{"text": "نص\\ud800", "speaker": "antony-blinken"}',
    ],
    ids=["slug", "name", "anonymous", "text"],
)
def test_half_a_surrogate_pair_anywhere_in_a_write_is_a_400_naming_it(writer, statement):
    PersonFactory(slug="antony-blinken")
    response = post(writer, '{"headline": "h", "date": "2022-01-09", "statements": [' + statement + "]}")
    assert response.status_code == 400
    assert response.json() == {"detail": str(HOLDS_SURROGATE)}
    assert not Event.objects.exists()


def test_a_whole_surrogate_pair_is_a_character_like_any_other(writer):
    response = post(writer, '{"headline": "\\ud83d\\udcf0 بلينكن", "date": "2022-01-09"}')
    assert response.status_code == 201
    assert response.json()["headline"] == "\U0001f4f0 بلينكن"


def test_ordinary_requests_are_read_as_before(writer):
    PersonFactory(slug="antony-blinken")
    body = {
        "headline": "بلينكن لا يتوقع اختراقات",
        "date": "2022-01-09",
        "statements": [{"text": "لا نتوقع اختراقات", "speaker": {"name": "مسؤول كبير", "anonymous": True}}],
    }
    assert post(writer, json.dumps(body)).status_code == 201


def test_the_depth_allowed_is_what_our_requests_need_and_a_little_more():
    parser = NewsroomJSONParser()
    deep_enough = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert parser.parse(io.BytesIO(deep_enough.encode())) is not None
    with pytest.raises(ParseError):
        parser.parse(io.BytesIO(("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)).encode()))
