"""The desk (the admin's home page): what it lists for whom, and its counts endpoint."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import desk, services
from timeline.models import Event
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DESK_URL = reverse("admin:index")
COUNTS_URL = reverse("admin:timeline_event_desk_counts")


@pytest.fixture
def newsroom():
    """A live story with one bulletin in each state of the day."""
    reporter = UserFactory(username="reem", role=NewsroomRole.REPORTER)
    timeline = TimelineFactory(title="المحادثات في جنيف", is_live=True)
    TimelineFactory(title="أرشيف قديم", is_live=False)
    in_the_future = timezone.now() + datetime.timedelta(hours=2)
    states = {
        "mine": EventFactory(timeline=timeline, number=None, headline="مسودة ريم", created_by=reporter),
        "theirs": EventFactory(timeline=timeline, number=None, headline="مسودة زميل"),
        "review": EventFactory(timeline=timeline, number=None, headline="بانتظار محرر", status="in_review"),
        "scheduled": EventFactory(
            timeline=timeline, number=None, headline="تُنشر بعد ساعتين", status="in_review", publish_at=in_the_future
        ),
        "published": EventFactory(
            timeline=timeline, number=7, headline="منشورة", status="published", published_at=timezone.now()
        ),
    }
    services.event_correct(event=states["published"], user=None, note="صُحّح اسم المدينة")
    return reporter, timeline, states


def test_each_list_holds_what_its_title_says(newsroom):
    reporter, _timeline, states = newsroom
    assert list(desk.waiting_for_review()) == [states["review"]]
    assert list(desk.scheduled()) == [states["scheduled"]]
    assert list(desk.drafts_of(reporter)) == [states["mine"]]
    assert list(desk.latest_published()) == [states["published"]]
    assert [c.note for c in desk.recent_corrections()] == ["صُحّح اسم المدينة"]
    assert [t.title for t in desk.live_timelines()] == ["المحادثات في جنيف"]


def test_the_admin_home_is_the_desk(client, newsroom):
    reporter, timeline, states = newsroom
    client.force_login(reporter)
    content = client.get(DESK_URL).content.decode()
    assert f"{reverse('admin:timeline_event_add')}?timeline={timeline.pk}" in content  # a new bulletin, there
    assert "أرشيف قديم" not in content  # only live timelines get a button
    for shown in ("مسودة ريم", "بانتظار محرر", "تُنشر بعد ساعتين", "منشورة", "صُحّح اسم المدينة"):
        assert shown in content
    assert "مسودة زميل" not in content  # "my drafts" are mine
    assert "(7)" in content
    assert f"مسودة #{states['review'].pk}" in content  # a bulletin without a number is named by its id
    assert reverse("admin:timeline_event_import") in content
    assert "admin-tasalsul/desk.js" in content


def test_the_desk_says_when_a_scheduled_bulletin_goes_out_in_arabic(client, newsroom, settings):
    reporter, _timeline, states = newsroom
    states["scheduled"].publish_at = datetime.datetime(2022, 1, 10, 9, 30, tzinfo=datetime.UTC)
    states["scheduled"].save()
    client.force_login(reporter)
    content = client.get(DESK_URL).content.decode()
    local = timezone.localtime(states["scheduled"].publish_at)
    assert f"الساعة {local:%H:%M}، 10 يناير" in content
    assert "2022-01-10" not in content


def test_the_counts_endpoint_gives_numbers_to_staff_only(client, newsroom):
    reporter, _timeline, _states = newsroom
    assert client.get(COUNTS_URL).status_code == 302  # to the login page
    client.force_login(reporter)
    response = client.get(COUNTS_URL)
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    assert response.json() == {
        "review": 1,
        "drafts": 1,
        "scheduled": 1,
        "published": 1,
        "published_today": 1,
        "corrections": 1,
    }


def test_the_counts_follow_the_newsroom(client, newsroom):
    reporter, _timeline, states = newsroom
    client.force_login(reporter)
    services.event_submit_for_review(event=states["mine"], user=reporter)
    counts = client.get(COUNTS_URL).json()
    assert (counts["drafts"], counts["review"]) == (0, 2)


def test_a_reader_without_a_newsroom_role_has_no_desk(client, newsroom):
    client.force_login(UserFactory(username="visitor", is_staff=False))
    assert client.get(COUNTS_URL).status_code == 302
    assert Event.objects.count() == 5


def test_a_staff_account_without_a_newsroom_role_sees_no_drafts_on_the_home_page(client, newsroom):
    client.force_login(UserFactory(username="intern"))  # staff, no group
    content = client.get(DESK_URL).content.decode()
    assert "بانتظار محرر" not in content
    assert "مسودة ريم" not in content
    assert 'class="desk"' not in content
