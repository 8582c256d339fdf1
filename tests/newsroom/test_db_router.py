"""Reads to the replica, except where they must see a write: inside a write transaction, during a request that
wrote, and for a few seconds after the client's own write (a cookie pins it to the primary). The decisions are
tested here, and on PostgreSQL against a live second alias that lags behind; with DATABASE_REPLICA_URL unset (as in
the rest of the suite), every read stays on the primary."""

import datetime

import pytest
from django.db import connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from newsroom.db_router import PIN_COOKIE, PinAfterWriteMiddleware, PrimaryReplicaRouter
from tests.factories import TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

router = PrimaryReplicaRouter()


def test_without_a_replica_everything_uses_the_primary():
    assert router.db_for_read(Event) == "default"


@override_settings(DATABASE_REPLICA_ALIAS="replica")
def test_reads_go_to_the_replica_and_writes_to_the_primary():
    assert router.db_for_read(Event) == "replica"
    assert router.db_for_write(Event) == "default"
    assert router.allow_migrate("replica", "timeline") is False
    assert router.allow_migrate("default", "timeline") is True


@override_settings(DATABASE_REPLICA_ALIAS="replica")
def test_accounts_tokens_and_sessions_are_always_read_from_the_primary():
    from django.contrib.auth.models import User
    from django.contrib.sessions.models import Session

    assert router.db_for_read(User) == "default"
    assert router.db_for_read(Token) == "default"
    assert router.db_for_read(Session) == "default"


@pytest.mark.django_db
@override_settings(DATABASE_REPLICA_ALIAS="replica")
def test_reads_inside_a_write_transaction_use_the_primary():
    with transaction.atomic():
        assert router.db_for_read(Event) == "default"


@override_settings(DATABASE_REPLICA_ALIAS="replica")
def test_a_request_that_writes_reads_from_the_primary_and_pins_the_client():
    seen = []

    def view_that_writes(request):
        seen.append(router.db_for_read(Event))
        router.db_for_write(Event)
        seen.append(router.db_for_read(Event))
        return HttpResponse("ok")

    response = PinAfterWriteMiddleware(view_that_writes)(RequestFactory().post("/api/v1/timelines/x/events/"))
    assert seen == ["replica", "default"]
    assert response.cookies[PIN_COOKIE]["max-age"] == 10

    def view_that_reads(request):
        seen.append(router.db_for_read(Event))
        return HttpResponse("ok")

    pinned = RequestFactory().get("/api/v1/events/")
    pinned.COOKIES[PIN_COOKIE] = "1"
    PinAfterWriteMiddleware(view_that_reads)(pinned)
    later = PinAfterWriteMiddleware(view_that_reads)(RequestFactory().get("/api/v1/events/"))
    assert seen[2:] == ["default", "replica"]
    assert PIN_COOKIE not in later.cookies
    assert router.db_for_read(Event) == "replica"  # outside any request, nothing is pinned


# --- Against a real second alias (PostgreSQL) -------------------------------------------------------------------


class LaggingReplica:
    """The `replica` alias (its own connection to the test database) frozen in a REPEATABLE READ snapshot: it keeps
    showing the data as it was, as a replica that has not caught up yet would, until `catch_up()`."""

    def __init__(self) -> None:
        self.connection = connections["replica"]

    def freeze(self) -> None:
        self.connection.ensure_connection()
        with self.connection.cursor() as cursor:
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT count(*) FROM timeline_event")  # the snapshot is taken at the first query

    def catch_up(self) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute("COMMIT")


@pytest.fixture
def lagging_replica():
    replica = LaggingReplica()
    yield replica
    replica.catch_up()
    replica.connection.close()
    if hasattr(replica.connection, "close_pool"):
        replica.connection.close_pool()  # or its pooled connections would keep the test database from being dropped


def _numbers(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["number"] for row in response.json()["results"]]


@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
# As settings make it with DATABASE_REPLICA_URL: a page made within a second of a purge is kept by no cache (it may
# come from a replica that has not replayed the change yet).
@override_settings(DATABASE_REPLICA_ALIAS="replica", TASALSUL_PURGE_CLOCK_SKEW=1.0)
def test_with_a_live_replica_readers_read_it_and_a_writer_reads_its_own_write(lagging_replica):
    chief = UserFactory(role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="geneva")
    services.event_create(
        timeline=timeline, user=chief, headline="الأولى", date=datetime.date(2022, 1, 9), status="published"
    )
    lagging_replica.freeze()
    writer = APIClient()
    writer.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=chief).key}")
    reader = APIClient()
    path = "/api/v1/timelines/geneva/events/"

    with CaptureQueriesContext(connections["replica"]) as on_replica:
        created = writer.post(path, {"headline": "الثانية", "date": "2022-01-10", "status": "published"}, format="json")
    assert created.status_code == 201, created.content
    assert not [q for q in on_replica if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writer.cookies[PIN_COOKIE].value == "1"

    # The writer, pinned to the primary, sees its bulletin at once; a reader, on the lagging replica, does not yet.
    assert _numbers(writer.get(path)) == [1, 2]
    with CaptureQueriesContext(connections["replica"]) as on_replica:
        assert _numbers(reader.get(path)) == [1]
    assert any("timeline_event" in q["sql"] for q in on_replica)

    lagging_replica.catch_up()
    assert _numbers(reader.get(path)) == [1, 2]
