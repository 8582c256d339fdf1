"""Suite-wide fixtures, and the rules for tests that need PostgreSQL or a browser.

A test marked `postgresql` needs the real server (locking, full-text search). On SQLite it is skipped with the
reason, so a user without PostgreSQL still gets a green suite; under CI (CI=true) it is deselected in the SQLite
pass instead, because .ci/run runs the whole suite again against PostgreSQL, where nothing may skip.

A test marked `browser` drives Debian's Chromium through Playwright (which never downloads a browser of its own).
Without Chromium it is skipped with the reason; under CI a missing Chromium is an error, since .ci/run installs it.
"""

import os
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from tests.factories import UserFactory
from timeline.roles import NewsroomRole

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
UNDER_CI = os.environ.get("CI", "").lower() == "true"
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


def pytest_report_header(config: pytest.Config) -> str:
    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} ({database.get('HOST') or database['NAME']})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ON_POSTGRESQL:
        return
    needs_postgresql = [item for item in items if item.get_closest_marker("postgresql")]
    if UNDER_CI:
        if needs_postgresql:
            config.hook.pytest_deselected(items=needs_postgresql)
            items[:] = [item for item in items if not item.get_closest_marker("postgresql")]
        return
    reason = (
        "needs PostgreSQL: run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/tasalsul "
        "(CI does, in its second pass)"
    )
    for item in needs_postgresql:
        item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(autouse=True)
def _empty_caches() -> None:
    """Each test starts with empty caches. Cached responses are labelled with the ids of what they show and purged by
    them; on PostgreSQL ids are never reused between tests (sequences do not roll back), so a page an earlier test
    cached under the same address would outlive every purge of the next test's rows."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def _purge_after_commit_where_tests_commit(request: pytest.FixtureRequest) -> None:
    """A test whose transactions really commit (transaction=True, the browser tests' live server) purges after
    commit, as production does. Purging at once (the test settings' default, for tests inside a transaction that never
    commits) would open a window between the purge and the commit: a reader's request made in it reads the old rows,
    starts after the purge, and is kept as fresh. The embed's live poll once met it and kept answering "0 new"."""
    marker = request.node.get_closest_marker("django_db")
    committing = (marker is not None and marker.kwargs.get("transaction")) or "transactional_db" in (
        request.fixturenames
    )
    if committing:
        request.getfixturevalue("settings").TASALSUL_PURGE_AFTER_COMMIT = True


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request in English must not leak into the next test."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


def _client_for(role: NewsroomRole) -> Client:
    client = Client(headers={"accept-language": "ar"})
    client.force_login(UserFactory(role=role))
    return client


@pytest.fixture
def reporter_user(db):
    return UserFactory(role=NewsroomRole.REPORTER)


@pytest.fixture
def reporter_client(db) -> Client:
    return _client_for(NewsroomRole.REPORTER)


@pytest.fixture
def editor_client(db) -> Client:
    return _client_for(NewsroomRole.EDITOR)


@pytest.fixture
def chief_client(db) -> Client:
    return _client_for(NewsroomRole.CHIEF)


@pytest.fixture(scope="session")
def chromium() -> Iterator:
    if not CHROMIUM.exists():
        message = f"needs Chromium at {CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)"
        if UNDER_CI:
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the tests' own ORM calls are still synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    """A fresh browser tab; console errors and failed page scripts are collected in `page.problems`."""
    context = chromium.new_context(base_url=live_server.url, locale="ar", viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda message: message.type == "error" and tab.problems.append(message.text))
    tab.on("pageerror", lambda error: tab.problems.append(str(error)))
    yield tab
    context.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


@pytest.fixture
def other_site(tmp_path) -> Iterator[tuple[Path, str]]:
    """Another origin: its own static server on the loopback address, serving `folder`, for pages that embed ours.
    Yields (folder, origin)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def axe() -> Path:
    """axe-core's script, to inject into a page (in a context opened with bypass_csp=True: our CSP refuses it)."""
    if not AXE.exists():
        message = f"needs axe-core at {AXE}: run `npm ci` (make setup does when npm is installed)"
        if UNDER_CI:
            pytest.fail(message)
        pytest.skip(message)
    return AXE
