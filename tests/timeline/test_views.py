"""The public pages in this issue's scope: only published bulletins ever show."""

import pytest

from tests.factories import EventFactory, PersonFactory, SourceFactory, StatementFactory, TimelineFactory
from timeline.models import Event

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف")
    published = EventFactory(
        timeline=timeline, number=18, headline="بلينكن لا يتوقع اختراقات", status=Event.Status.PUBLISHED
    )
    draft = EventFactory(timeline=timeline, number=19, headline="مسودة سرية", status=Event.Status.DRAFT)
    in_review = EventFactory(timeline=timeline, number=20, headline="قيد المراجعة", status=Event.Status.IN_REVIEW)
    return timeline, published, draft, in_review


def test_the_timeline_shows_published_bulletins_only(client, story):
    timeline = story[0]
    content = client.get(timeline.get_absolute_url()).content.decode()
    assert "بلينكن لا يتوقع اختراقات" in content
    assert "(18)" in content
    assert "مسودة سرية" not in content
    assert "قيد المراجعة" not in content


def test_a_draft_permalink_is_not_found(client, story):
    _timeline, published, draft, in_review = story
    assert client.get(published.get_absolute_url()).status_code == 200
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(in_review.get_absolute_url()).status_code == 404


def test_the_permalink_shows_statements_with_speaker_role_and_source_and_links_neighbours(client, story):
    timeline, published, _draft, _review = story
    EventFactory(timeline=timeline, number=17, headline="السابقة", status=Event.Status.PUBLISHED)
    speaker = PersonFactory(name="أنطوني بلينكن")
    StatementFactory(event=published, speaker=speaker, source=SourceFactory(name="CNN"), text="لا اختراقات")
    content = client.get(published.get_absolute_url()).content.decode()
    assert "لا اختراقات" in content
    assert "<bdi>أنطوني بلينكن</bdi>" in content
    assert "<bdi>CNN</bdi>" in content
    assert 'href="/timelines/geneva/17/" rel="prev"' in content
    assert 'rel="next"' not in content  # 19 and 20 are not public


def test_pages_declare_language_and_direction(client, story):
    timeline = story[0]
    assert '<html lang="ar" dir="rtl">' in client.get(timeline.get_absolute_url()).content.decode()
    assert '<html lang="en" dir="ltr">' in client.get(f"/en{timeline.get_absolute_url()}").content.decode()


def test_a_person_page_lists_only_published_statements(client, story):
    _timeline, published, draft, _review = story
    speaker = PersonFactory()
    StatementFactory(event=published, speaker=speaker, text="علني")
    StatementFactory(event=draft, speaker=speaker, text="غير منشور")
    content = client.get(speaker.get_absolute_url()).content.decode()
    assert "علني" in content
    assert "غير منشور" not in content


def test_a_source_page_lists_only_published_bulletins(client, story):
    _timeline, published, draft, _review = story
    source = SourceFactory()
    published.sources.add(source)
    draft.sources.add(source)
    content = client.get(source.get_absolute_url()).content.decode()
    assert published.headline in content
    assert draft.headline not in content


def test_the_home_page_lists_timelines_with_published_bulletins(client, story):
    TimelineFactory(title="قصة بلا نشرات منشورة")
    content = client.get("/").content.decode()
    assert "محادثات جنيف" in content
    assert "قصة بلا نشرات منشورة" not in content
