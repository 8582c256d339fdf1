"""Topics and places: editors tag bulletins; readers filter a timeline by them; the API shows and filters them;
ninjs carries them as subjects and places; a topic or place used only in drafts shows nowhere."""

import datetime
import json
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

import jsonschema
import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError

from tests.factories import EventFactory, TimelineFactory
from timeline.models import Event, Place, Topic

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT
SCHEMA = Path(__file__).resolve().parent.parent / "data" / "ninjs-schema_2.2.json"


@pytest.fixture
def story():
    cache.clear()
    timeline = TimelineFactory(slug="geneva", language="ar")
    sanctions = Topic.objects.create(name="العقوبات")
    secret = Topic.objects.create(name="خطة سرية", slug="secret-plan")
    geneva = Place.objects.create(
        name="جنيف", name_en="Geneva", latitude=Decimal("46.20222"), longitude=Decimal("6.14569")
    )
    vienna = Place.objects.create(name="فيينا", name_en="Vienna")
    events = {}
    for number in (1, 2, 3):
        events[number] = EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            headline=f"نشرة رقم {number}",
            date=datetime.date(2022, 1, number),
        )
    events[1].topics.add(sanctions)
    events[1].places.add(geneva)
    events[2].places.add(geneva)
    events[3].places.add(vienna)
    draft = EventFactory(timeline=timeline, number=4, status=DRAFT, headline="مسودة", date=datetime.date(2022, 1, 4))
    draft.topics.add(secret)
    yield {"timeline": timeline, "sanctions": sanctions, "geneva": geneva, "vienna": vienna, "events": events}
    cache.clear()


def numbers(content: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r'<article class="event[^"]*" id="(\d+)"', content))


def test_a_reader_filters_a_timeline_by_place_and_by_topic(client, story):
    page = client.get("/timelines/geneva/").content.decode()
    assert numbers(page) == [1, 2, 3]
    assert f'href="?place={story["geneva"].slug}"' in page  # the filters offered
    assert 'class="tag tag--place" href="/timelines/geneva/?place=geneva">جنيف</a>' in page  # on the bulletin
    in_geneva = client.get("/timelines/geneva/", {"place": "geneva"}).content.decode()
    assert numbers(in_geneva) == [1, 2]
    assert "النشرات في جنيف." in in_geneva
    about = client.get("/timelines/geneva/", {"topic": story["sanctions"].slug}).content.decode()
    assert numbers(about) == [1]
    assert client.get("/timelines/geneva/", {"place": "nowhere"}).status_code == 404


def test_topics_of_drafts_show_nowhere(client, story):
    page = client.get("/timelines/geneva/").content.decode()
    assert "خطة سرية" not in page
    assert client.get("/timelines/geneva/", {"topic": "secret-plan"}).status_code == 404
    assert "خطة سرية" not in client.get("/api/v1/events/").content.decode()
    assert client.get("/api/v1/events/", {"topic": "secret-plan"}).json()["results"] == []


def test_an_english_timeline_names_places_in_english(client, story):
    timeline = TimelineFactory(slug="talks", language="en")
    event = EventFactory(timeline=timeline, number=1, status=PUBLISHED, date=datetime.date(2022, 1, 5))
    event.places.add(story["geneva"])
    page = client.get("/en/timelines/talks/").content.decode()
    assert ">Geneva</a>" in page


def test_the_api_shows_and_filters_topics_and_places(client, story):
    rows = client.get("/api/v1/timelines/geneva/events/").json()["results"]
    first = rows[0]
    assert first["topics"] == [{"slug": story["sanctions"].slug, "name": "العقوبات"}]
    assert first["places"] == [
        {"slug": "geneva", "name": "جنيف", "name_en": "Geneva", "latitude": 46.20222, "longitude": 6.14569}
    ]
    assert rows[2]["places"][0]["latitude"] is None
    in_geneva = client.get("/api/v1/events/", {"place": "geneva"}).json()["results"]
    assert sorted(row["number"] for row in in_geneva) == [1, 2]
    about = client.get("/api/v1/events/", {"topic": story["sanctions"].slug}).json()["results"]
    assert [row["number"] for row in about] == [1]


def test_ninjs_carries_subjects_and_places_and_still_validates(client, story):
    item = client.get("/api/v1/timelines/geneva/events/1/ninjs/").json()
    assert item["subjects"] == [
        {
            "name": "العقوبات",
            "literal": story["sanctions"].slug,
            "uri": "http://testserver/timelines/geneva/?topic=" + quote(story["sanctions"].slug),
        }
    ]
    assert item["places"][0]["name"] == "جنيف"
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(item, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_a_place_has_both_coordinates_or_none():
    place = Place(name="مكان", latitude=Decimal("10"))
    with pytest.raises(ValidationError, match="خط العرض وخط الطول معًا"):
        place.full_clean()
    with pytest.raises(ValidationError):
        Place(name="مكان", latitude=Decimal("91"), longitude=Decimal("0")).full_clean()
    Place(name="مكان", latitude=Decimal("-33.9"), longitude=Decimal("18.4")).full_clean()
