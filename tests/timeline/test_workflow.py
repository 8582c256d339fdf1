"""The editorial workflow: states per role, preview, scheduled publishing, revisions, conflict-safe editing,
corrections, renumbering and the audit log. (Services, admin and API; the browser test is in
test_workflow_browser.py.)"""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import EventFactory, PersonFactory, TimelineFactory, UserFactory
from timeline import revisions, services
from timeline.models import AuditEntry, Correction, Event, Revision
from timeline.preview import preview_token
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


@pytest.fixture
def users():
    return {role: UserFactory(role=role, username=role.value) for role in NewsroomRole}


@pytest.fixture
def bulletin(users):
    timeline = TimelineFactory(slug="geneva")
    # A reporter's draft, numbered by hand by a chief (back-filling), so that staff can address it as (18).
    event = services.event_create(
        timeline=timeline,
        user=users[NewsroomRole.CHIEF],
        number=18,
        headline="بلينكن لا يتوقع اختراقات",
        date=DAY,
        body="فقرة أولى",
    )
    services.statement_add(
        event=event, user=users[NewsroomRole.REPORTER], speaker=PersonFactory(name="بلينكن"), text="من الصعب رؤية تقدم"
    )
    services.event_revision(event=event, user=users[NewsroomRole.REPORTER], summary="Created")
    return event


def client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


# --- states and roles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "may_publish"),
    [(NewsroomRole.REPORTER, False), (NewsroomRole.EDITOR, True), (NewsroomRole.CHIEF, True)],
)
def test_publishing_and_retracting_per_role_in_the_services(users, bulletin, role, may_publish):
    user = users[role]
    if not may_publish:
        with pytest.raises(PermissionDenied):
            services.event_publish(event=bulletin, user=user)
        services.event_submit_for_review(event=bulletin, user=user)
        assert Event.objects.get(pk=bulletin.pk).status == Event.Status.IN_REVIEW
        return
    services.event_publish(event=bulletin, user=user)
    with pytest.raises(ValidationError, match="retract"):
        services.event_retract(event=bulletin, user=user, reason="")
    services.event_retract(event=bulletin, user=user, reason="The quote was misattributed.")
    bulletin.refresh_from_db()
    assert (bulletin.status, bulletin.retraction_reason) == (Event.Status.RETRACTED, "The quote was misattributed.")
    actions = list(AuditEntry.objects.filter(event=bulletin).values_list("action", "user__username"))
    assert ("publish", role.value) in actions
    assert ("retract", role.value) in actions


def test_the_admin_offers_each_role_only_its_actions(users, bulletin):
    changelist = reverse("admin:timeline_event_changelist")
    reporter_page = client_for(users[NewsroomRole.REPORTER]).get(changelist).content.decode()
    editor_page = client_for(users[NewsroomRole.EDITOR]).get(changelist).content.decode()
    for action in ("publish_selected", "unpublish_selected", "retract_selected"):
        assert action not in reporter_page
        assert action in editor_page
    assert "submit_selected_for_review" in reporter_page


def test_retracting_from_the_admin_asks_for_a_reason(users, bulletin):
    services.event_publish(event=bulletin, user=users[NewsroomRole.EDITOR])
    editor = client_for(users[NewsroomRole.EDITOR])
    changelist = reverse("admin:timeline_event_changelist")
    ask = editor.post(changelist, {"action": "retract_selected", "_selected_action": [bulletin.pk]})
    assert "retraction_reason" in ask.content.decode()
    editor.post(
        changelist,
        {
            "action": "retract_selected",
            "_selected_action": [bulletin.pk],
            "confirm": "1",
            "retraction_reason": "Wrong speaker.",
        },
    )
    bulletin.refresh_from_db()
    assert bulletin.status == Event.Status.RETRACTED
    notice = client_for(users[NewsroomRole.EDITOR]).get(bulletin.get_absolute_url())
    assert notice.status_code == 410
    assert "Wrong speaker." in notice.content.decode()


def test_a_reporter_publishing_through_the_api_is_refused(users, bulletin):
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=users[NewsroomRole.REPORTER]).key}")
    response = api.patch("/api/v1/timelines/geneva/events/18/", {"status": "published"}, format="json")
    assert response.status_code == 403


# --- preview ---------------------------------------------------------------------------------------------------


def test_preview_shows_a_draft_to_permitted_staff_and_404_to_everyone_else(users, bulletin, client):
    url = reverse("timeline:preview", kwargs={"token": preview_token(bulletin)})
    assert client.get(url).status_code == 404
    outsider = client_for(UserFactory(is_staff=False))
    assert outsider.get(url).status_code == 404
    assert client.get(bulletin.get_absolute_url()).status_code == 404
    reporter_view = client_for(users[NewsroomRole.REPORTER]).get(url)
    assert reporter_view.status_code == 200
    content = reporter_view.content.decode()
    assert "بلينكن لا يتوقع اختراقات" in content
    assert "من الصعب رؤية تقدم" in content
    assert "/publish/" not in content  # a reporter cannot publish
    guessed = reverse("timeline:preview", kwargs={"token": str(bulletin.pk)})
    assert client_for(users[NewsroomRole.EDITOR]).get(guessed).status_code == 404


def test_publish_from_the_preview(users, bulletin):
    editor = client_for(users[NewsroomRole.EDITOR])
    token = preview_token(bulletin)
    assert "/publish/" in editor.get(reverse("timeline:preview", kwargs={"token": token})).content.decode()
    response = editor.post(reverse("timeline:preview-publish", kwargs={"token": token}))
    assert response.status_code == 302
    assert Event.objects.published().filter(pk=bulletin.pk).exists()
    assert (
        client_for(users[NewsroomRole.REPORTER])
        .post(reverse("timeline:preview-publish", kwargs={"token": token}))
        .status_code
        == 403
    )


# --- scheduled publishing --------------------------------------------------------------------------------------


def test_publish_scheduled_with_frozen_time(users, bulletin):
    at = timezone.make_aware(datetime.datetime(2030, 5, 1, 9, 0))
    with pytest.raises(PermissionDenied):
        services.event_schedule(event=bulletin, user=users[NewsroomRole.REPORTER], publish_at=at)
    services.event_schedule(event=bulletin, user=users[NewsroomRole.EDITOR], publish_at=at)
    with mock.patch("django.utils.timezone.now", return_value=at - datetime.timedelta(minutes=1)):
        out = StringIO()
        call_command("publish_scheduled", stdout=out)
        assert "Nothing was due" in out.getvalue()
    assert not Event.objects.published().exists()
    with mock.patch("django.utils.timezone.now", return_value=at + datetime.timedelta(seconds=5)):
        out = StringIO()
        call_command("publish_scheduled", stdout=out)
        assert "(18)" in out.getvalue()
        call_command("publish_scheduled", stdout=StringIO())  # running again publishes nothing twice
    bulletin.refresh_from_db()
    assert bulletin.status == Event.Status.PUBLISHED
    assert bulletin.publish_at is None
    assert AuditEntry.objects.filter(event=bulletin, action="publish").count() == 1


def test_the_same_job_through_the_tasks_framework(users, bulletin):
    from timeline.tasks import publish_scheduled

    services.event_schedule(
        event=bulletin, user=users[NewsroomRole.EDITOR], publish_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    result = publish_scheduled.enqueue()
    assert result.return_value == [bulletin.pk]
    assert Event.objects.published().filter(pk=bulletin.pk).exists()


# --- revisions -------------------------------------------------------------------------------------------------


def test_each_admin_save_records_a_revision_with_a_readable_diff_and_restore(users, bulletin):
    editor = client_for(users[NewsroomRole.EDITOR])
    url = reverse("admin:timeline_event_change", args=[bulletin.pk])
    form = editor.get(url).context["adminform"].form
    data = {
        "opened_version": form["opened_version"].value(),
        "timeline": bulletin.timeline_id,
        "number": 18,
        "status": "draft",
        "headline": "بلينكن يستبعد الاختراقات",
        "date": "2022-01-09",
        "time": "",
        "body": "فقرة أولى معدلة",
        "editor_note": "",
        "statements-TOTAL_FORMS": "1",
        "statements-INITIAL_FORMS": "1",
        "media-TOTAL_FORMS": "0",
        "media-INITIAL_FORMS": "0",
        "statements-MIN_NUM_FORMS": "0",
        "statements-MAX_NUM_FORMS": "1000",
    }
    statement = bulletin.statements.get()
    data.update(
        {
            "statements-0-id": statement.pk,
            "statements-0-event": bulletin.pk,
            "statements-0-speaker": statement.speaker_id,
            "statements-0-kind": "paraphrase",
            "statements-0-text": "لا يتوقع تقدمًا",
            "statements-0-position": "1",
        }
    )
    assert editor.post(url, data).status_code == 302
    history = list(revisions.revisions_of(bulletin).order_by("number"))
    assert [r.number for r in history] == [1, 2]
    assert history[1].created_by == users[NewsroomRole.EDITOR]
    changes = {change.key: str(change.html) for change in revisions.diff(history[0].data, history[1].data)}
    assert "<del>لا</del>" in changes["headline"] or "<ins>يستبعد" in changes["headline"]
    assert "<ins>معدلة</ins>" in changes["body"]
    assert "<ins>" in changes["statement-1"]

    page = editor.get(reverse("admin:timeline_event_history", args=[bulletin.pk]))
    assert "<ins>معدلة</ins>" in page.content.decode()
    editor.post(reverse("admin:timeline_event_restore", args=[bulletin.pk, 1]))
    bulletin.refresh_from_db()
    assert bulletin.headline == "بلينكن لا يتوقع اختراقات"
    assert [s.text for s in bulletin.statements.all()] == ["من الصعب رؤية تقدم"]
    assert revisions.revisions_of(bulletin).count() == 3  # restoring is itself a revision
    assert AuditEntry.objects.filter(event=bulletin, action="restore").exists()


def test_people_and_sources_have_revisions_too(users):
    chief = client_for(users[NewsroomRole.CHIEF])
    person = PersonFactory(name="ويندي شيرمان")
    url = reverse("admin:timeline_person_change", args=[person.pk])
    data = {
        "name": "ويندي شيرمان",
        "name_latin": "Wendy Sherman",
        "description": "",
        "slug": person.slug,
        "wikidata_id": "",
        "roles-TOTAL_FORMS": "0",
        "roles-INITIAL_FORMS": "0",
        "roles-MIN_NUM_FORMS": "0",
        "roles-MAX_NUM_FORMS": "1000",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "aliases-MIN_NUM_FORMS": "0",
        "aliases-MAX_NUM_FORMS": "1000",
    }
    assert chief.post(url, data).status_code == 302
    assert chief.post(url, {**data, "name_latin": "W. Sherman"}).status_code == 302
    history = chief.get(reverse("admin:timeline_person_history", args=[person.pk])).content.decode()
    assert "<ins>W.</ins>" in history or "<del>Wendy</del>" in history
    assert Revision.objects.filter(object_id=person.pk).count() == 2


def test_imports_record_a_first_revision():
    from timeline.importing import writing
    from timeline.importing.lines import numbered_lines

    timeline = TimelineFactory()
    writing.bulletins_import(
        lines=numbered_lines("(1) عنوان - 9 يناير 2022\nقال سامي نعمان إن الوضع هادئ.\n"), user=None, timeline=timeline
    )
    [revision] = revisions.revisions_of(timeline.events.get())
    assert revision.data["statements"][0]["speaker_name"] == "سامي نعمان"


# --- conflict-safe editing -------------------------------------------------------------------------------------


def _form_data(client, event):
    response = client.get(reverse("admin:timeline_event_change", args=[event.pk]))
    form = response.context["adminform"].form
    statement = event.statements.get()
    return {
        "opened_version": form["opened_version"].value(),
        "timeline": event.timeline_id,
        "number": event.number,
        "status": event.status,
        "headline": event.headline,
        "date": "2022-01-09",
        "time": "",
        "body": event.body,
        "editor_note": "",
        "statements-TOTAL_FORMS": "1",
        "statements-INITIAL_FORMS": "1",
        "media-TOTAL_FORMS": "0",
        "media-INITIAL_FORMS": "0",
        "statements-MIN_NUM_FORMS": "0",
        "statements-MAX_NUM_FORMS": "1000",
        "statements-0-id": statement.pk,
        "statements-0-event": event.pk,
        "statements-0-speaker": statement.speaker_id,
        "statements-0-kind": "direct",
        "statements-0-text": statement.text,
        "statements-0-position": "1",
    }, response


def test_a_stale_save_is_refused_showing_the_other_change_and_keeping_the_text(users, bulletin):
    alice, bob = client_for(users[NewsroomRole.EDITOR]), client_for(users[NewsroomRole.CHIEF])
    url = reverse("admin:timeline_event_change", args=[bulletin.pk])
    alice_data, _page = _form_data(alice, bulletin)
    bob_data, bob_page = _form_data(bob, bulletin)
    assert "Being edited by" in bob_page.content.decode() or "يحررها" in bob_page.content.decode()

    assert alice.post(url, {**alice_data, "headline": "عنوان أليس"}).status_code == 302
    refused = bob.post(url, {**bob_data, "body": "نص بوب الذي لا يضيع"})
    assert refused.status_code == 200
    content = refused.content.decode()
    assert "نص بوب الذي لا يضيع" in content  # Bob's typing is still in the form
    assert "<ins>" in content  # Alice's change is shown
    assert "أليس" in content
    bulletin.refresh_from_db()
    assert bulletin.headline == "عنوان أليس"  # nothing overwritten
    assert bulletin.body == "فقرة أولى"

    # Having seen it, Bob saves again: the form now carries the current version, and Alice's headline, which Bob
    # had not touched; his body text stays his.
    again = refused.context["adminform"].form.data.copy()
    assert again["headline"] == "عنوان أليس"
    assert bob.post(url, again).status_code == 302
    bulletin.refresh_from_db()
    assert bulletin.body == "نص بوب الذي لا يضيع"
    assert bulletin.headline == "عنوان أليس"


def test_the_api_refuses_a_stale_version_with_409(users, bulletin):
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=users[NewsroomRole.EDITOR]).key}")
    version = api.get("/api/v1/timelines/geneva/events/18/").json()["version"]
    assert (
        api.patch(
            "/api/v1/timelines/geneva/events/18/", {"headline": "أول", "version": version}, format="json"
        ).status_code
        == 200
    )
    stale = api.patch("/api/v1/timelines/geneva/events/18/", {"headline": "ثان", "version": version}, format="json")
    assert stale.status_code == 409
    assert Event.objects.get(pk=bulletin.pk).headline == "أول"


# --- corrections -----------------------------------------------------------------------------------------------


def test_changing_a_published_bulletin_asks_and_a_correction_is_shown_publicly_and_in_the_feed(users, bulletin, client):
    import feedparser

    services.event_publish(event=bulletin, user=users[NewsroomRole.EDITOR])
    editor = client_for(users[NewsroomRole.EDITOR])
    url = reverse("admin:timeline_event_change", args=[bulletin.pk])
    data, _page = _form_data(editor, bulletin)
    unanswered = editor.post(url, {**data, "headline": "عنوان مصحح"})
    assert "change_kind" in unanswered.context["adminform"].form.errors
    data, _page = _form_data(editor, bulletin)
    response = editor.post(
        url,
        {
            **data,
            "headline": "عنوان مصحح",
            "change_kind": "correction",
            "correction_note": "كان العنوان ينسب التصريح إلى غير قائله.",
        },
    )
    assert response.status_code == 302
    public = client.get(bulletin.get_absolute_url()).content.decode()
    assert "كان العنوان ينسب التصريح إلى غير قائله." in public
    assert "كان العنوان ينسب التصريح" in client.get("/timelines/geneva/").content.decode()
    assert "كان العنوان ينسب التصريح" in client.get("/timelines/geneva/corrections/").content.decode()
    feed = feedparser.parse(client.get("/timelines/geneva/corrections/feed/").content)
    assert feed.bozo == 0
    assert feed.entries[0].description == "كان العنوان ينسب التصريح إلى غير قائله."

    data, _page = _form_data(editor, bulletin)
    editor.post(url, {**data, "body": "فقرة أولى، بلا خطأ إملائي", "change_kind": "update"})
    assert Correction.objects.count() == 1  # a silent update is in the revisions only
    latest = revisions.revisions_of(bulletin).order_by("-number").first()
    assert latest.data["body"] == "فقرة أولى، بلا خطأ إملائي"


# --- renumbering -----------------------------------------------------------------------------------------------


def test_renumbering_keeps_numbers_unique_and_old_addresses_redirect(users, client):
    timeline = TimelineFactory(slug="story")
    events = {
        n: EventFactory(timeline=timeline, number=n, status=Event.Status.PUBLISHED, headline=f"نشرة {n}")
        for n in (1, 2, 3, 5)
    }
    late = EventFactory(timeline=timeline, number=9, status=Event.Status.PUBLISHED, headline="حدث وجد متأخرًا")
    with pytest.raises(PermissionDenied):
        services.event_renumber(event=late, user=users[NewsroomRole.EDITOR], number=2)
    services.event_renumber(event=late, user=users[NewsroomRole.CHIEF], number=2)
    numbers = dict(Event.objects.for_timeline(timeline).values_list("headline", "number"))
    assert numbers == {"نشرة 1": 1, "حدث وجد متأخرًا": 2, "نشرة 2": 3, "نشرة 3": 4, "نشرة 5": 5}
    assert len(set(numbers.values())) == len(numbers)
    moved = client.get("/timelines/story/9/")
    assert moved.status_code == 301
    assert moved["Location"] == "/timelines/story/2/"
    assert client.get("/timelines/story/3/").content.decode().count("نشرة 2") >= 1
    entry = AuditEntry.objects.get(action="renumber", event=late)
    assert "(9) → (2)" in entry.description
    assert entry.user == users[NewsroomRole.CHIEF]
    assert events[5].pk in Event.objects.filter(number=5).values_list("pk", flat=True)


def test_the_audit_log_is_for_chiefs(users, bulletin):
    services.event_publish(event=bulletin, user=users[NewsroomRole.EDITOR])
    url = reverse("admin:timeline_auditentry_changelist")
    assert client_for(users[NewsroomRole.EDITOR]).get(url).status_code == 403
    page = client_for(users[NewsroomRole.CHIEF]).get(url)
    assert page.status_code == 200
    assert "بلينكن لا يتوقع اختراقات" in page.content.decode()
