"""Reads to the replica, except where they must see a write: inside a write transaction, during a request that
wrote, and for a few seconds after the client's own write (a cookie pins it to the primary). The decisions are
tested here; with DATABASE_REPLICA_URL unset (as in the suite), every read stays on the primary."""

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from newsroom.db_router import PIN_COOKIE, PinAfterWriteMiddleware, PrimaryReplicaRouter
from timeline.models import Event

router = PrimaryReplicaRouter()


def test_without_a_replica_everything_uses_the_primary():
    assert router.db_for_read(Event) == "default"


@override_settings(DATABASE_REPLICA_ALIAS="replica")
def test_reads_go_to_the_replica_and_writes_to_the_primary():
    assert router.db_for_read(Event) == "replica"
    assert router.db_for_write(Event) == "default"
    assert router.allow_migrate("replica", "timeline") is False
    assert router.allow_migrate("default", "timeline") is True


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
