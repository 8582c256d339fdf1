"""Two editors in two browsers on one bulletin: the second save is refused, shows the first editor's change, keeps
the second editor's typing, and goes through once they have seen it — with neither change lost."""

import datetime

import pytest

from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery staple"


def signed_in(chromium, live_server, username):
    context = chromium.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.goto("/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    return context, page


def test_two_editors_never_lose_a_word(chromium, live_server):
    UserFactory(username="alice", role=NewsroomRole.EDITOR)
    UserFactory(username="bob", role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="geneva")
    event = services.event_create(
        timeline=timeline,
        user=None,
        number=18,
        headline="العنوان الأول",
        date=datetime.date(2022, 1, 9),
        body="النص الأول",
    )
    services.statement_add(event=event, user=None, speaker=PersonFactory(), text="تصريح")
    services.event_revision(event=event, user=None, summary="Created")
    url = f"/admin/timeline/event/{event.pk}/change/"

    alice_context, alice = signed_in(chromium, live_server, "alice")
    bob_context, bob = signed_in(chromium, live_server, "bob")
    try:
        alice.goto(url)
        bob.goto(url)
        bob.reload()
        assert "alice" in bob.locator(".editing-presence").inner_text()

        alice.fill("#id_headline", "عنوان أليس")
        alice.click('button[name=_action][value="save"]')
        alice.wait_for_selector(".messagelist .success")

        bob.fill("#id_body", "نص بوب الذي كتبه بعناية")
        bob.click('button[name=_action][value="save"]')
        bob.wait_for_selector(".conflict")
        assert "alice" in bob.locator(".conflict").inner_text()
        assert bob.locator(".conflict ins").count() >= 1
        assert bob.input_value("#id_body") == "نص بوب الذي كتبه بعناية"
        assert bob.input_value("#id_headline") == "عنوان أليس"
        event.refresh_from_db()
        assert (event.headline, event.body) == ("عنوان أليس", "النص الأول")

        bob.click('button[name=_action][value="save"]')
        bob.wait_for_selector(".messagelist .success")
        event.refresh_from_db()
        assert (event.headline, event.body) == ("عنوان أليس", "نص بوب الذي كتبه بعناية")
        assert alice.problems == []
        assert bob.problems == []
        assert Event.objects.get(pk=event.pk).version > 1
    finally:
        alice_context.close()
        bob_context.close()
