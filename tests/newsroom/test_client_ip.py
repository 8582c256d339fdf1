"""Who is asking: exactly TASALSUL_TRUSTED_PROXIES proxies are believed, so that a client cannot escape the API's
throttle with a new X-Forwarded-For each time, nor lock an editor out of the admin for everyone behind the proxy."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse
from rest_framework.settings import api_settings
from rest_framework.test import APIClient
from rest_framework.throttling import SimpleRateThrottle

from newsroom.client_ip import client_ip
from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline.api.throttles import AnonRateThrottle, ClientIPMixin
from timeline.models import Event
from timeline.roles import NewsroomRole

PROXY = "10.0.0.5"


def request_from(remote: str = PROXY, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    request = RequestFactory().get("/", **headers)
    request.user = AnonymousUser()
    return request


def test_without_proxies_the_header_is_ignored(settings):
    settings.TASALSUL_TRUSTED_PROXIES = 0
    assert client_ip(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_the_setting_defaults_to_no_proxy(settings):
    del settings.TASALSUL_TRUSTED_PROXIES
    assert client_ip(request_from("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_one_proxy_the_address_it_appended_is_the_client(settings):
    settings.TASALSUL_TRUSTED_PROXIES = 1
    assert client_ip(request_from(PROXY, "203.0.113.7")) == "203.0.113.7"
    # What the client wrote itself, to the left of what our proxy appended, is not believed.
    assert client_ip(request_from(PROXY, "1.1.1.1, 2.2.2.2, 203.0.113.7")) == "203.0.113.7"


def test_two_proxies_count_from_the_right(settings):
    settings.TASALSUL_TRUSTED_PROXIES = 2
    # client -> CDN (appends the client) -> load balancer (appends the CDN) -> us (REMOTE_ADDR: the balancer)
    assert client_ip(request_from(PROXY, "6.6.6.6, 203.0.113.7, 192.0.2.10")) == "203.0.113.7"


def test_a_request_that_came_past_fewer_proxies_than_configured_takes_the_leftmost(settings):
    settings.TASALSUL_TRUSTED_PROXIES = 3
    assert client_ip(request_from(PROXY, "203.0.113.7")) == "203.0.113.7"
    assert client_ip(request_from("203.0.113.9")) == "203.0.113.9"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.7:51234", "203.0.113.7"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("2001:DB8:0::1", "2001:db8::1"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("unknown", PROXY),  # not an address: the proxy's own is all we know
        ("<script>", PROXY),
        ("", PROXY),
    ],
)
def test_addresses_are_read_as_proxies_write_them_and_junk_is_not_an_address(settings, forwarded, expected):
    settings.TASALSUL_TRUSTED_PROXIES = 1
    assert client_ip(request_from(PROXY, forwarded)) == expected


def test_a_request_without_an_address_still_has_an_ident(settings):
    settings.TASALSUL_TRUSTED_PROXIES = 0
    request = RequestFactory().get("/")
    del request.META["REMOTE_ADDR"]
    assert client_ip(request) == "0.0.0.0"


# --- the API's throttle ----------------------------------------------------------------------------------------


class TwoAMinute(AnonRateThrottle):
    rate = "2/minute"


def test_the_anonymous_throttle_is_not_escaped_with_a_new_forwarded_for_each_time(settings, db):
    settings.TASALSUL_TRUSTED_PROXIES = 0
    cache.clear()
    throttle_allows = [
        TwoAMinute().allow_request(request_from("203.0.113.7", f"198.51.100.{n}"), None) for n in range(3)
    ]
    cache.clear()
    assert throttle_allows == [True, True, False]


def test_behind_a_proxy_each_client_has_its_own_count(settings, db):
    settings.TASALSUL_TRUSTED_PROXIES = 1
    cache.clear()
    first = [TwoAMinute().allow_request(request_from(PROXY, "203.0.113.7"), None) for _ in range(3)]
    other = TwoAMinute().allow_request(request_from(PROXY, "203.0.113.8"), None)
    cache.clear()
    assert first == [True, True, False]
    assert other is True


def test_the_apis_throttles_count_clients_this_way():
    """The settings name these throttles (not DRF's own, which believe any X-Forwarded-For)."""
    for throttle in api_settings.DEFAULT_THROTTLE_CLASSES:
        assert issubclass(throttle, ClientIPMixin), throttle


@pytest.mark.django_db
def test_an_anonymous_client_changing_its_forwarded_for_is_throttled_by_the_api(monkeypatch, settings):
    settings.TASALSUL_TRUSTED_PROXIES = 0
    monkeypatch.setattr(
        SimpleRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "user": "100/minute", "write": "100/minute"}
    )
    EventFactory(timeline=TimelineFactory(slug="geneva"), number=1, status=Event.Status.PUBLISHED)
    cache.clear()
    api = APIClient(REMOTE_ADDR="203.0.113.7")
    codes = [api.get("/api/v1/timelines/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(4)]
    cache.clear()
    assert codes == [200, 200, 200, 429]


# --- the admin's lockout ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_admin_lockout_keys_on_the_client_behind_the_proxy_not_on_the_proxy(client, settings):
    settings.TASALSUL_TRUSTED_PROXIES = 1
    UserFactory(username="salma", role=NewsroomRole.EDITOR)
    url = reverse("admin:login")

    def login(client_address: str, password: str) -> int:
        return client.post(
            url,
            {"username": "salma", "password": password},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=client_address,
        ).status_code

    guesses = [login("198.51.100.66", f"guess{n}") for n in range(5)]
    assert guesses == [200] * 4 + [429]
    # Salma, at her own desk behind the same proxy, is not locked out by someone else's guesses.
    assert login("203.0.113.7", "correct horse battery staple") == 302
    # The guesser stays locked out, whatever the proxy's address.
    assert login("198.51.100.66", "correct horse battery staple") == 429
