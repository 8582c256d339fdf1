"""Suite-wide fixtures, and the rule for tests that need PostgreSQL.

A test marked `postgresql` needs the real server (locking, full-text search). On SQLite it is skipped with the
reason, so a user without PostgreSQL still gets a green suite; under CI (CI=true) it is deselected in the SQLite
pass instead, because .ci/run runs the whole suite again against PostgreSQL, where nothing may skip.
"""

import os

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation

from tests.factories import UserFactory
from timeline.roles import NewsroomRole

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
UNDER_CI = os.environ.get("CI", "").lower() == "true"


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
def _default_language():
    """Each test starts in the default language: a request in English must not leak into the next test."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


def _client_for(role: NewsroomRole) -> Client:
    client = Client(headers={"accept-language": "ar"})
    client.force_login(UserFactory(role=role))
    return client


@pytest.fixture
def reporter_client(db) -> Client:
    return _client_for(NewsroomRole.REPORTER)


@pytest.fixture
def editor_client(db) -> Client:
    return _client_for(NewsroomRole.EDITOR)


@pytest.fixture
def chief_client(db) -> Client:
    return _client_for(NewsroomRole.CHIEF)
