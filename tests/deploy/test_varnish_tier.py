"""The shared cache tier (#18): Varnish with deploy/varnish/tasalsul.vcl, started on a free port in front of the test
live server. A hit, an exact purge after an edit, staff and token requests passing, drafts never kept, compression
at the tier, and the last good page while the app is down (grace)."""

from __future__ import annotations

import datetime
import gzip
import http.server
import os
import threading
import urllib.error
import urllib.request

import pytest
from django.core.cache import cache
from django.db import DatabaseError
from rest_framework.authtoken.models import Token

from bench.tier import Varnish, free_port, varnishd
from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = [pytest.mark.django_db(transaction=True)]

if varnishd() is None:
    if os.environ.get("CI") == "true":
        raise RuntimeError("CI needs varnishd (.ci/run installs varnish and varnish-modules)")
    pytest.skip("needs varnishd with the xkey vmod (apt-get install varnish varnish-modules)", allow_module_level=True)


class Reply:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode()

    @property
    def tier(self) -> str | None:
        return self.headers.get("x-tier")


def get(url: str, **headers: str) -> Reply:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


@pytest.fixture
def tier(live_server, settings):
    cache.clear()
    varnish = Varnish(backend_port=int(live_server.url.rsplit(":", 1)[1])).start()
    settings.TASALSUL_FRONTEND_CACHE = {
        "varnish": {"BACKEND": "timeline.frontend_cache.backends.VarnishBackend", "LOCATIONS": [varnish.url]}
    }
    settings.TASALSUL_PURGE_AFTER_COMMIT = True
    varnish.wait_healthy()
    yield varnish
    varnish.stop()
    cache.clear()


@pytest.fixture
def newsroom():
    editor = UserFactory(role=NewsroomRole.CHIEF)
    speaker = PersonFactory(name="أنطوني بلينكن", slug="antony-blinken")
    stories = {}
    for slug, headline in (("geneva", "بلينكن لا يتوقع اختراقا في جنيف"), ("sudan", "اشتباكات في الخرطوم")):
        timeline = TimelineFactory(slug=slug)
        event = services.event_create(
            timeline=timeline,
            user=editor,
            headline=headline,
            date=datetime.date(2022, 1, 9),
            status=Event.Status.PUBLISHED,
        )
        services.statement_add(event=event, user=editor, speaker=speaker, text="لا نتوقع اختراقا")
        stories[slug] = event
    return {"editor": editor, **stories}


def test_a_second_reader_is_served_by_the_tier_compressed(tier, newsroom):
    first = get(tier.url + "/timelines/geneva/")
    assert first.status == 200
    assert first.tier == "miss"
    assert get(tier.url + "/timelines/geneva/", **{"Accept-Encoding": "gzip"}).tier == "miss"
    again = get(tier.url + "/timelines/geneva/", **{"Accept-Encoding": "gzip, deflate, br"})
    assert again.tier == "hit"
    assert again.headers["content-encoding"] == "gzip"
    assert "Accept-Encoding" in again.headers["vary"]
    assert "بلينكن لا يتوقع" in gzip.decompress(again.body).decode()
    # The keys are the tier's business, not the reader's.
    assert "surrogate-key" not in again.headers
    assert "xkey" not in again.headers


def test_plain_and_gzip_readers_each_get_their_own_copy_and_a_purge_takes_both(tier, newsroom):
    page = tier.url + "/timelines/geneva/"
    for _ in range(2):
        plain, zipped = get(page), get(page, **{"Accept-Encoding": "gzip"})
    assert (plain.tier, zipped.tier) == ("hit", "hit")
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert gzip.decompress(zipped.body) == plain.body
    services.event_update(event=newsroom["geneva"], user=newsroom["editor"], headline="بلينكن: لا اختراق في جنيف")
    plain, zipped = get(page), get(page, **{"Accept-Encoding": "gzip"})
    assert (plain.tier, zipped.tier) == ("miss", "miss")
    assert "بلينكن: لا اختراق في جنيف" in plain.text
    assert "بلينكن: لا اختراق في جنيف" in gzip.decompress(zipped.body).decode()


def test_an_edit_purges_exactly_its_timeline(tier, newsroom):
    for path in ("/timelines/geneva/", "/timelines/sudan/", "/api/v1/timelines/sudan/events/"):
        get(tier.url + path)
        assert get(tier.url + path).tier == "hit", path
    services.event_update(event=newsroom["geneva"], user=newsroom["editor"], headline="بلينكن: لا اختراق في جنيف")
    fresh = get(tier.url + "/timelines/geneva/")
    assert fresh.tier == "miss"
    assert "بلينكن: لا اختراق في جنيف" in fresh.text
    assert get(tier.url + "/timelines/sudan/").tier == "hit"
    assert get(tier.url + "/api/v1/timelines/sudan/events/").tier == "hit"


def test_a_publication_is_visible_to_the_next_reader_through_the_tier(tier, newsroom):
    get(tier.url + "/timelines/geneva/")
    assert get(tier.url + "/timelines/geneva/").tier == "hit"
    draft = services.event_create(
        timeline=newsroom["geneva"].timeline,
        user=newsroom["editor"],
        headline="خبر عاجل",
        date=datetime.date(2022, 1, 10),
    )
    assert "خبر عاجل" not in get(tier.url + "/timelines/geneva/").text
    services.event_publish(event=draft, user=newsroom["editor"])
    assert "خبر عاجل" in get(tier.url + "/timelines/geneva/").text


def test_staff_and_tokens_pass_and_drafts_are_never_kept(tier, newsroom):
    services.event_create(
        timeline=newsroom["geneva"].timeline,
        user=newsroom["editor"],
        headline="مسودة سرية",
        date=datetime.date(2022, 1, 10),
    )
    token = Token.objects.create(user=newsroom["editor"]).key
    api = tier.url + "/api/v1/timelines/geneva/events/"
    for _ in range(2):
        staff = get(api, Authorization=f"Token {token}")
        assert staff.tier == "miss"
        assert "مسودة سرية" in staff.text
    public = get(api)
    assert "مسودة سرية" not in public.text
    session = get(tier.url + "/timelines/geneva/", Cookie="sessionid=abc")
    assert session.tier == "miss"
    assert get(tier.url + "/timelines/geneva/", Cookie="sessionid=abc").tier == "miss"
    assert get(tier.url + "/admin/login/").tier == "miss"


def test_a_failing_app_gets_the_last_good_page_and_503_for_pages_never_kept(tier, newsroom, monkeypatch):
    page = tier.url + "/timelines/geneva/"
    assert get(page).status == 200
    # An edit purged the page, then the database went away before anyone read it again.
    tier.purge(f"timeline-{newsroom['geneva'].timeline_id}-bulletins")

    def down(*args, **kwargs):
        raise DatabaseError("the database is down")

    monkeypatch.setattr("timeline.views.TimelineDetailView.get", down)
    stale = get(page)
    assert stale.status == 200
    assert "بلينكن لا يتوقع" in stale.text
    never = get(tier.url + "/timelines/sudan/")
    assert never.status == 503


class _Proxy(http.server.ThreadingHTTPServer):
    """A stand-in app server that can be switched off: forwards to the live server."""

    def __init__(self, target: str) -> None:
        target_url = target

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                reply = get(target_url + self.path, **{k: v for k, v in self.headers.items() if k.lower() != "host"})
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    if name not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", free_port()), Handler)


def test_grace_while_the_app_server_is_unreachable(live_server, newsroom, settings):
    proxy = _Proxy(live_server.url)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    varnish = Varnish(backend_port=proxy.server_address[1]).start()
    try:
        varnish.wait_healthy()
        page = varnish.url + "/timelines/geneva/"
        assert get(page).status == 200
        varnish.purge(f"timeline-{newsroom['geneva'].timeline_id}-bulletins")
        proxy.shutdown()
        proxy.server_close()
        stale = get(page)
        assert stale.status == 200
        assert "بلينكن لا يتوقع" in stale.text
        assert get(varnish.url + "/timelines/sudan/").status == 503
    finally:
        varnish.stop()
