"""A NUL character in an address or a query is a 400 naming it, on every page, filter and API address: PostgreSQL
cannot compare text holding one, so each lookup it reached was a 500."""

import pytest
from django.conf import settings
from django.utils import translation

from newsroom.request_checks import NUL_IN_ADDRESS
from tests.factories import PersonFactory, TimelineFactory

pytestmark = pytest.mark.django_db

ADDRESSES = [
    "/people/%00/",
    "/sources/%00/",
    "/timelines/%00/",
    "/timelines/story/?topic=%00",
    "/timelines/story/?place=%00",
    "/timelines/story/%00/",
    "/search/?q=blinken&timeline=%00",
    "/search/?q=%00",
    "/embed/timelines/%00/",
    "/oembed?url=http://testserver/timelines/%00/",
    "/api/v1/persons/%00/",
    "/api/v1/timelines/%00/events/",
    "/api/v1/events/?timeline=%00",
    "/api/v1/events/?speaker=x&%00=1",
    "/en/people/%00/",
    "/admin/timeline/person/?q=%00",
]


def test_the_check_runs_once_the_language_is_known():
    middleware = settings.MIDDLEWARE
    check = "newsroom.request_checks.RefuseNulCharacterMiddleware"
    language = [name for name in middleware if name.endswith(("PathLanguageMiddleware", "LocaleMiddleware"))]
    assert check in middleware
    assert middleware.index(check) > middleware.index(language[0])


def message_in(language: str) -> str:
    with translation.override(language):
        return str(NUL_IN_ADDRESS)


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_nul_character_anywhere_in_the_address_is_a_400_naming_it(client, address):
    TimelineFactory(slug="story")
    response = client.get(address)
    assert response.status_code == 400
    assert message_in("en" if address.startswith("/en/") else "ar") in response.content.decode()


def test_api_clients_get_json(client):
    response = client.get("/api/v1/events/?timeline=%00")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": message_in("ar")}


def test_readers_get_plain_text_in_the_pages_language(client):
    PersonFactory(slug="blinken")
    english = client.get("/en/people/blinken/?page=%00")
    assert english.status_code == 400
    assert english["Content-Type"] == "text/plain; charset=utf-8"
    assert english.content.decode() == message_in("en")
    assert "NUL character" in english.content.decode()


def test_addresses_without_one_are_untouched(client):
    assert client.get("/search/?q=blinken").status_code == 200
    assert client.get("/api/v1/events/?timeline=story").status_code == 200
