"""Whatever a client sends, the answer is never a server error: every public GET address with every parameter it
reads (the site's, in both languages, the API's, the machines'), and every path segment, is tried with generated
values and with the values that used to fail (a NUL, digits isdigit() accepts and int() refuses, times past the
calendar once in UTC, unclosed IPv6 addresses, crafted cursors); and the write API with generated JSON. Each case
that used to fail has its own test beside its module; this is the net for the ones nobody has thought of yet.

Bounded and derandomised: the same examples each run, a few seconds in all."""

from __future__ import annotations

import base64
import datetime
import json
from urllib.parse import quote, urlencode

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
    UserFactory,
)
from timeline import services
from timeline.models import Event, Place, Topic
from timeline.roles import NewsroomRole


def _cursor(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# Values that have made a view fail before, or easily could: each is tried in every parameter and path segment.
TRICKY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "²",
    "①",
    "٣",
    "١٨",
    "-1",
    "0",
    "1.5",
    "1e309",
    "NaN",
    "99999999999999999999",
    "2147483648",
    "9999-12-31",
    "0001-01-01",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2022-13-45",
    "http://[::1/",
    "http://testserver:99999/",
    "//testserver/timelines/geneva/",
    "http://testserver/timelines/geneva/",
    "http://testserver/en/embed/timelines/geneva/",
    "javascript:alert(1)",
    "%",
    "%00",
    "../",
    "/",
    "\u200b",
    "\ufeff",
    "<script>",
    "'\"",
    "-number,",
    ",",
    "true",
    "cursor",
    _cursor("p=\x00"),
    _cursor("p=2022-01-09"),
    _cursor("p=9999-12-31 23:59:59-14:00"),
    _cursor("o=²"),
    "x" * 5000,
]
VALUES = st.one_of(st.sampled_from(TRICKY), st.text(max_size=30), st.integers().map(str))
SLUGS = st.one_of(st.sampled_from(["geneva", "antony-blinken", "cnn", "sanctions", *TRICKY]), st.text(max_size=20))

# Every public GET address (with {slug}, {number} for path segments) and the parameters it reads.
EVENT_FILTERS = ["q", "timeline", "date_after", "date_before", "number_min", "number_max", "speaker", "source"]
EVENT_FILTERS += ["topic", "place", "kind", "updated_since", "ordering"]
PAGING = ["page", "page_size", "pagination", "cursor", "format"]
SITE = {
    "/": ["page"],
    "/search/": ["q", "timeline", "speaker", "from", "to", "page"],
    "/timelines/{slug}/": ["topic", "place", "number", "order", "page"],
    "/timelines/{slug}/updates/": ["after"],
    "/timelines/{slug}/{number}/": [],
    "/timelines/{slug}/corrections/": ["page"],
    "/timelines/{slug}/corrections/feed/": [],
    "/timelines/{slug}/feed/rss/": [],
    "/timelines/{slug}/feed/atom/": [],
    "/timelines/{slug}/feed.json": [],
    "/embed/timelines/{slug}/": ["count"],
    "/people/{slug}/": ["page"],
    "/sources/{slug}/": ["page"],
    "/preview/{slug}/": [],
    "/preview/{slug}/publish/": [],
    "/admin/login/": ["next"],
}
MACHINES = {
    "/oembed": ["url", "maxwidth", "maxheight", "format"],
    "/robots.txt": [],
    "/sitemap.xml": ["p"],
    "/share.png": [],
    "/newsroom-logo.png": [],
    "/healthz": [],
    "/readyz": [],
    "/api/v1/docs/": [],
    "/media/bulletins/{slug}/{number}.jpg": [],
    "/api/v1/schema/": ["format", "lang"],
    "/api/v1/timelines/": ["live", "language", *PAGING],
    "/api/v1/timelines/{slug}/": ["format"],
    "/api/v1/timelines/{slug}/events/": [*EVENT_FILTERS, *PAGING],
    "/api/v1/timelines/{slug}/events/{number}/": ["format"],
    "/api/v1/timelines/{slug}/events/{number}/ninjs/": ["format"],
    "/api/v1/timelines/{slug}/timelinejs.json": ["format"],
    "/api/v1/timelines/{slug}/statements.csv": ["format"],
    "/api/v1/events/": [*EVENT_FILTERS, *PAGING],
    "/api/v1/statements/": [
        *["q", "timeline", "date_after", "date_before", "number_min", "number_max", "speaker", "source", "kind"],
        *["updated_since", "ordering", *PAGING],
    ],
    "/api/v1/persons/": ["q", "anonymous", "updated_since", *PAGING],
    "/api/v1/persons/{slug}/": ["format"],
    "/api/v1/sources/": ["q", "kind", *PAGING],
    "/api/v1/sources/{slug}/": ["format"],
}
ADDRESSES = {**SITE, **{f"/en{path}": names for path, names in SITE.items()}, **MACHINES}


@pytest.fixture(scope="module")
def newsroom(django_db_setup, django_db_blocker):
    """A published story with all that pages link to (people, sources, topics, places, a correction, an embed), a
    draft, and a bulletin dated on the last day of the calendar. Made once for the module, rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar", is_live=True)
        TimelineFactory(slug="vienna", title="Vienna talks", language="en")
        blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
        official = AnonymousPersonFactory(slug="senior-official")
        cnn = SourceFactory(name="CNN", slug="cnn")
        topic = Topic.objects.create(name="العقوبات", slug="sanctions")
        place = Place.objects.create(name="جنيف", name_en="Geneva", slug="geneva-city")
        for number, day in ((17, datetime.date(2022, 1, 8)), (18, datetime.date(2022, 1, 9)), (19, datetime.date.max)):
            event = EventFactory(timeline=timeline, number=number, status=Event.Status.PUBLISHED, date=day)
            StatementFactory(event=event, speaker=blinken, source=cnn, text=f"قال {number}")
            StatementFactory(event=event, speaker=official, kind="paraphrase", text=f"أضاف {number}")
            event.topics.add(topic)
            event.places.add(place)
        eighteen = Event.objects.get(number=18)
        services.event_correct(event=eighteen, user=None, note="صححنا التاريخ")
        services.media_add_embed(event=eighteen, user=None, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ")
        EventFactory(timeline=timeline, number=20, status=Event.Status.DRAFT, date=datetime.date(2022, 1, 10))
        chief = UserFactory(role=NewsroomRole.CHIEF)
        yield {"token": Token.objects.create(user=chief).key}
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture
def client(newsroom, db) -> Client:
    return Client(raise_request_exception=False)


def _not_a_server_error(response) -> bool:
    """Below 500; or oEmbed's 501 for a format it does not provide, which its specification asks for."""
    oembed_format = response.request["PATH_INFO"] == "/oembed" and response.status_code == 501
    return response.status_code < 500 or oembed_format


def _address(template: str, slug: str, number: str) -> str:
    return template.format(slug=quote(slug, safe=""), number=quote(number, safe=""))


FUZZ = hypothesis_settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("template", list(ADDRESSES))
@FUZZ
@given(data=st.data())
def test_no_get_address_answers_with_a_server_error(client, template, data):
    slug = data.draw(SLUGS, label="slug") if "{slug}" in template else ""
    number = data.draw(st.one_of(st.sampled_from(["18", "0", "99999999999999999999"]), st.integers(0).map(str)))
    names = ADDRESSES[template]
    query = data.draw(st.lists(st.tuples(st.sampled_from(names), VALUES), max_size=4), label="query") if names else []
    query += data.draw(st.lists(st.tuples(st.text(max_size=8), VALUES), max_size=1), label="unknown parameter")
    address = _address(template, slug, number) + "?" + urlencode(query)
    response = client.get(address, headers={"accept-language": data.draw(st.sampled_from(["ar", "en", "xx", ""]))})
    assert _not_a_server_error(response), (address, response.status_code)


# The values of the issue (#17), each tried alone in every parameter and path segment of every address.
CORE = ["\x00", "²", "99999999999999999999", "9999-12-31T23:59:59-14:00", "http://[::1/", _cursor("p=\x00")]


@pytest.mark.parametrize("template", list(ADDRESSES))
def test_each_value_of_the_issue_in_each_parameter_and_path_segment(client, template):
    names = ADDRESSES[template]
    for value in CORE:
        addresses = [_address(template, "geneva", "18") + "?" + urlencode({name: value}) for name in names]
        if "{slug}" in template:
            addresses.append(_address(template, value, "18"))
        for address in addresses:
            response = client.get(address)
            assert _not_a_server_error(response), (address, response.status_code)


# --- The write API ---------------------------------------------------------------------------------------------

# Text JSON can carry and a query string cannot: half a surrogate pair.
JSON_TEXT = st.one_of(VALUES, st.sampled_from(["\ud800", "a\udfff", "\ud83d\udcf0"]))
JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), JSON_TEXT),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.sampled_from(["headline", "text", "x"]), children)
    ),
    max_leaves=8,
)
STATEMENT = st.fixed_dictionaries(
    {
        "text": JSON_TEXT,
        "speaker": st.one_of(SLUGS, JSON_TEXT, st.fixed_dictionaries({"name": JSON_TEXT, "anonymous": JSON}), JSON),
    },
    optional={
        "kind": JSON_TEXT,
        "source": st.one_of(SLUGS, JSON_TEXT),
        "said_on": JSON_TEXT,
        "original_text": JSON_TEXT,
        "original_language": JSON_TEXT,
    },
)
BULLETIN = st.fixed_dictionaries(
    {},
    optional={
        "headline": JSON_TEXT,
        "date": JSON_TEXT,
        "time": JSON_TEXT,
        "body": JSON_TEXT,
        "number": st.one_of(JSON_TEXT, st.integers()),
        "status": st.one_of(st.sampled_from(["draft", "review", "published"]), JSON_TEXT),
        "is_key": JSON,
        "statements": st.one_of(st.lists(STATEMENT, max_size=3), JSON),
        "version": st.one_of(st.integers(), JSON_TEXT),
        "correction_note": JSON_TEXT,
    },
)


@FUZZ
@given(body=st.one_of(BULLETIN, JSON), method=st.sampled_from(["post", "put", "patch"]))
def test_no_write_answers_with_a_server_error(client, newsroom, body, method):
    address = "/api/v1/timelines/geneva/events/" + ("" if method == "post" else "18/")
    response = getattr(client, method)(
        address,
        json.dumps(body),
        content_type="application/json",
        headers={"authorization": f"Token {newsroom['token']}"},
    )
    assert response.status_code < 500, (method, body, response.status_code, response.content[:300])
