"""Linked translations as readers, API clients, crawlers and editors meet them: "Read in English" / "Read in Arabic"
both ways, `hreflang` once per language, the API's `translations`, the sitemap's alternates, the services' rules and
the admin; and never a draft, in review or unpublished story behind any of them."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import EventFactory, TimelineFactory, UserFactory
from timeline import services, translations
from timeline.models import Event, Timeline
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT, IN_REVIEW = Event.Status.PUBLISHED, Event.Status.DRAFT, Event.Status.IN_REVIEW
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def chronologies() -> tuple[Timeline, Timeline]:
    """The Arabic chronology (17, 18, a draft 19, 20 in review) and its English translation (17, 18, a draft 19 and
    an in-review 20, but published 21), linked."""
    arabic = TimelineFactory(slug="geneva", title="محادثات جنيف", language="ar")
    english = TimelineFactory(slug="geneva-en", title="The Geneva talks", language="en")
    for number, status in [(17, PUBLISHED), (18, PUBLISHED), (19, PUBLISHED), (20, PUBLISHED)]:
        EventFactory(timeline=arabic, number=number, status=status, headline=f"نشرة {number}")
    for number, status in [(17, PUBLISHED), (18, PUBLISHED), (19, DRAFT), (20, IN_REVIEW), (21, PUBLISHED)]:
        headline = "A secret draft" if status == DRAFT else f"Bulletin {number}"
        EventFactory(timeline=english, number=number, status=status, headline=headline)
    services.timeline_link_translation(timeline=arabic, translation=english, user=None)
    return arabic, english


def bulletin(timeline: Timeline, number: int) -> Event:
    return Event.objects.for_timeline(timeline).get(number=number)


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def label(text: str, language: str) -> str:
    """A link's text as readers of `language` see it (the msgid until the catalogue has it)."""
    with translation.override(language):
        return translation.gettext(text)


def reading_links(content: str) -> list[tuple[str, str, str, str]]:
    """The "Read in ..." links of a page: (href, hreflang, lang, text)."""
    paragraph = re.search(r'<p class="translations">(.*?)</p>', content, re.S)
    if paragraph is None:
        return []
    return re.findall(r'<a href="([^"]+)" hreflang="([^"]+)" lang="([^"]+)" rel="alternate">([^<]+)</a>', paragraph[1])


def alternates(content: str) -> list[tuple[str, str]]:
    """The head's <link rel="alternate" hreflang>: (hreflang, href), in order."""
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', content)


# --- pages -----------------------------------------------------------------------------------------------------


def test_the_arabic_timeline_reads_in_english_and_the_english_one_in_arabic(client, chronologies):
    arabic_page = page(client, "/timelines/geneva/")
    assert reading_links(arabic_page) == [("/en/timelines/geneva-en/", "en", "ar", label("Read in English", "ar"))]
    english_page = page(client, "/en/timelines/geneva-en/")
    assert reading_links(english_page) == [("/timelines/geneva/", "ar", "en", "Read in Arabic")]


def test_a_bulletin_reads_in_the_other_language_at_the_same_number(client, chronologies):
    assert reading_links(page(client, "/timelines/geneva/18/")) == [
        ("/en/timelines/geneva-en/18/", "en", "ar", label("Read in English", "ar"))
    ]
    assert reading_links(page(client, "/en/timelines/geneva-en/18/")) == [
        ("/timelines/geneva/18/", "ar", "en", "Read in Arabic")
    ]
    # The English story read with the Arabic interface still leads to the Arabic page, labelled in Arabic.
    assert reading_links(page(client, "/timelines/geneva-en/17/")) == [
        ("/timelines/geneva/17/", "ar", "ar", label("Read in Arabic", "ar"))
    ]


def test_hreflang_goes_both_ways_once_per_language(client, chronologies):
    arabic_pair = {"ar": "http://testserver/timelines/geneva/", "en": "http://testserver/en/timelines/geneva-en/"}
    for url in ["/timelines/geneva/", "/en/timelines/geneva/", "/en/timelines/geneva-en/", "/timelines/geneva-en/"]:
        found = alternates(page(client, url))
        assert len(found) == len({code for code, _href in found}), (url, found)
        assert dict(found) == arabic_pair, url
    for url in ["/timelines/geneva/18/", "/en/timelines/geneva-en/18/"]:
        assert dict(alternates(page(client, url))) == {
            "ar": "http://testserver/timelines/geneva/18/",
            "en": "http://testserver/en/timelines/geneva-en/18/",
        }


def test_the_language_switch_still_changes_the_interface_only(client, chronologies):
    content = page(client, "/timelines/geneva/")
    switch = re.search(r'<nav class="language-switch".*?</nav>', content, re.S)[0]
    assert 'href="/en/timelines/geneva/"' in switch
    assert "geneva-en" not in switch


def test_a_page_or_a_filter_of_a_timeline_announces_no_translation_in_its_head(client, chronologies):
    assert alternates(page(client, "/timelines/geneva/?order=oldest")) == []
    assert reading_links(page(client, "/timelines/geneva/?order=oldest"))  # the reader's link stays


def test_a_story_without_translation_has_no_alternates(client):
    """The English interface's copy of an Arabic story is the same Arabic text, not a translation: no hreflang, and
    its canonical address is the story's own."""
    alone = TimelineFactory(slug="alone", language="ar")
    EventFactory(timeline=alone, number=1, status=PUBLISHED)
    for url in ["/timelines/alone/", "/en/timelines/alone/", "/timelines/alone/1/", "/en/timelines/alone/1/"]:
        content = page(client, url)
        assert reading_links(content) == []
        assert alternates(content) == [], url
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', content)[1]
        assert canonical == f"http://testserver{url.removeprefix('/en')}", url


def test_an_explicit_link_overrides_the_number_and_keeps_links_symmetric(client, chronologies):
    arabic, english = chronologies
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 17), user=None)
    assert reading_links(page(client, "/timelines/geneva/18/"))[0][0] == "/en/timelines/geneva-en/17/"
    assert reading_links(page(client, "/en/timelines/geneva-en/17/"))[0][0] == "/timelines/geneva/18/"
    # Neither (18) in English nor (17) in Arabic is offered the bulletin whose translation is elsewhere.
    assert reading_links(page(client, "/en/timelines/geneva-en/18/")) == []
    assert reading_links(page(client, "/timelines/geneva/17/")) == []
    assert alternates(page(client, "/timelines/geneva/17/")) == []


def test_pages_show_a_new_link_at_once_though_cached(client, chronologies):
    arabic, english = chronologies
    assert client.get("/timelines/geneva/19/")["X-Cache"] == "miss"
    assert client.get("/timelines/geneva/19/")["X-Cache"] == "hit"
    assert reading_links(page(client, "/timelines/geneva/19/")) == []
    services.event_publish(event=bulletin(english, 19), user=None)
    assert reading_links(page(client, "/timelines/geneva/19/"))[0][0] == "/en/timelines/geneva-en/19/"
    services.event_unpublish(event=bulletin(english, 19), user=None)
    assert reading_links(page(client, "/timelines/geneva/19/")) == []
    assert reading_links(page(client, "/timelines/geneva/18/"))
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 21), user=None)
    assert reading_links(page(client, "/timelines/geneva/18/"))[0][0] == "/en/timelines/geneva-en/21/"
    services.event_retract(event=bulletin(english, 21), user=None, reason="Wrong day")
    assert reading_links(page(client, "/timelines/geneva/18/")) == []  # a withdrawn translation is not offered
    services.event_unlink_translation(event=bulletin(english, 21), translation=bulletin(arabic, 18), user=None)
    assert reading_links(page(client, "/timelines/geneva/18/"))[0][0] == "/en/timelines/geneva-en/18/"
    services.timeline_unlink_translation(timeline=english, translation=arabic, user=None)
    assert reading_links(page(client, "/timelines/geneva/18/")) == []
    assert reading_links(page(client, "/timelines/geneva/")) == []
    assert not bulletin(arabic, 18).translations.exists()  # the bulletins' links went with the timelines'


# --- drafts never linked ---------------------------------------------------------------------------------------


def test_a_draft_or_in_review_translation_is_never_linked(client, chronologies):
    for url in ["/timelines/geneva/19/", "/timelines/geneva/20/"]:
        content = page(client, url)
        assert reading_links(content) == []
        assert "geneva-en" not in content
    api = APIClient()
    for number in (19, 20):
        assert api.get(f"/api/v1/timelines/geneva/events/{number}/").json()["translations"] == []
    sitemap = page(client, "/sitemap.xml")
    assert "geneva-en/19/" not in sitemap
    assert "geneva-en/20/" not in sitemap
    assert "A secret draft" not in page(client, "/timelines/geneva/")


def test_an_explicit_link_to_a_draft_shows_nothing_until_it_is_published(client, chronologies):
    arabic, english = chronologies
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 19), user=None)
    assert reading_links(page(client, "/timelines/geneva/18/")) == []  # nor the English (18) in its place
    assert APIClient().get("/api/v1/timelines/geneva/events/18/").json()["translations"] == []
    services.event_publish(event=bulletin(english, 19), user=None)
    assert reading_links(page(client, "/timelines/geneva/18/"))[0][0] == "/en/timelines/geneva-en/19/"


def test_a_story_with_only_drafts_is_never_linked(client):
    arabic = TimelineFactory(slug="talks", language="ar")
    hidden = TimelineFactory(slug="talks-en", title="Unannounced story", language="en")
    EventFactory(timeline=arabic, number=1, status=PUBLISHED)
    EventFactory(timeline=hidden, number=1, status=DRAFT)
    EventFactory(timeline=hidden, number=2, status=IN_REVIEW)
    services.timeline_link_translation(timeline=arabic, translation=hidden, user=None)
    for url in ["/timelines/talks/", "/timelines/talks/1/", "/en/timelines/talks/", "/sitemap.xml"]:
        content = page(client, url)
        assert "talks-en" not in content, url
        assert "Unannounced story" not in content, url
    api = APIClient()
    assert api.get("/api/v1/timelines/talks/").json()["translations"] == []
    assert api.get("/api/v1/timelines/talks/events/1/").json()["translations"] == []
    assert all(timeline["translations"] == [] for timeline in api.get("/api/v1/timelines/").json()["results"])


# --- API -------------------------------------------------------------------------------------------------------


def test_the_api_lists_a_timeline_s_translations(chronologies):
    api = APIClient()
    expected = [
        {
            "language": "en",
            "slug": "geneva-en",
            "title": "The Geneva talks",
            "url": "http://testserver/en/timelines/geneva-en/",
            "api_url": "http://testserver/api/v1/timelines/geneva-en/",
        }
    ]
    assert api.get("/api/v1/timelines/geneva/").json()["translations"] == expected
    listed = {
        timeline["slug"]: timeline["translations"] for timeline in api.get("/api/v1/timelines/").json()["results"]
    }
    assert listed["geneva"] == expected
    assert [link["url"] for link in listed["geneva-en"]] == ["http://testserver/timelines/geneva/"]


def test_the_api_lists_a_bulletin_s_translations_anonymous_and_staff(chronologies):
    arabic, english = chronologies
    expected = {
        "language": "en",
        "timeline": "geneva-en",
        "number": 18,
        "headline": "Bulletin 18",
        "url": "http://testserver/en/timelines/geneva-en/18/",
    }
    anonymous = APIClient()
    assert anonymous.get("/api/v1/timelines/geneva/events/18/").json()["translations"] == [expected]
    staff = APIClient()
    staff.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=UserFactory(role=NewsroomRole.EDITOR))}")
    for client in (anonymous, staff, anonymous):  # the second anonymous read comes from the fragment cache
        listed = {
            item["number"]: item["translations"]
            for item in client.get("/api/v1/timelines/geneva/events/").json()["results"]
        }
        assert listed[18] == [expected]
        assert listed[19] == listed[20] == []
        across = client.get("/api/v1/events/", {"timeline": "geneva-en"}).json()["results"]
        assert {item["number"]: [link["number"] for link in item["translations"]] for item in across} == {
            17: [17],
            18: [18],
            21: [],
            **({19: [19], 20: [20]} if client is staff else {}),
        }
    # A link changed after the bulletins were cached shows at once: translations are never part of the cache.
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 21), user=None)
    listed = {
        item["number"]: item["translations"]
        for item in anonymous.get("/api/v1/timelines/geneva/events/").json()["results"]
    }
    assert [link["number"] for link in listed[18]] == [21]


def test_a_page_of_bulletins_finds_its_translations_in_a_few_queries(chronologies, django_assert_max_num_queries):
    arabic, english = chronologies
    for number in range(100, 150):
        EventFactory(timeline=arabic, number=number, status=PUBLISHED)
        EventFactory(timeline=english, number=number, status=PUBLISHED)
    events = list(Event.objects.for_timeline(arabic).order_by("number"))
    with django_assert_max_num_queries(4):
        found = translations.for_events(events)
    assert sum(len(links) for links in found.values()) == 52  # 17, 18 and 100-149; 19 and 20 are drafts in English


# --- sitemap ---------------------------------------------------------------------------------------------------


def test_the_sitemap_lists_translations_as_alternates(client, chronologies):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    urls = {
        url.findtext("s:loc", namespaces=SITEMAP): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP)
        }
        for url in root.findall("s:url", SITEMAP)
    }
    pair = {"ar": "http://testserver/timelines/geneva/", "en": "http://testserver/en/timelines/geneva-en/"}
    assert urls["http://testserver/timelines/geneva/"] == pair
    assert urls["http://testserver/en/timelines/geneva-en/"] == pair  # an English page at its English address
    eighteen = {"ar": "http://testserver/timelines/geneva/18/", "en": "http://testserver/en/timelines/geneva-en/18/"}
    assert urls["http://testserver/timelines/geneva/18/"] == eighteen
    assert urls["http://testserver/en/timelines/geneva-en/18/"] == eighteen
    assert urls["http://testserver/timelines/geneva/19/"] == {}  # its translation is a draft
    assert urls["http://testserver/en/timelines/geneva-en/21/"] == {}


# --- the services' rules ---------------------------------------------------------------------------------------


def test_a_timeline_is_linked_to_one_translation_per_language_and_never_its_own(chronologies):
    arabic, english = chronologies
    another_english = TimelineFactory(language="en")
    another_arabic = TimelineFactory(language="ar")
    refusals = [
        (arabic, arabic, "its own translation"),
        (arabic, another_arabic, "same language"),
        (arabic, another_english, "already has a translation in that language"),
        (another_arabic, english, "already has a translation in Arabic"),
    ]
    for timeline, other, reason in refusals:
        with translation.override("en"), pytest.raises(ValidationError, match=reason):
            services.timeline_link_translation(timeline=timeline, translation=other, user=None)
    assert list(arabic.translations.all()) == [english]
    assert list(english.translations.all()) == [arabic]  # both ways


def test_only_editors_link_timelines(chronologies):
    arabic, english = chronologies
    with pytest.raises(PermissionDenied):
        services.timeline_unlink_translation(
            timeline=arabic, translation=english, user=UserFactory(role=NewsroomRole.REPORTER)
        )
    services.timeline_unlink_translation(
        timeline=arabic, translation=english, user=UserFactory(role=NewsroomRole.EDITOR)
    )
    assert not english.translations.exists()


def test_a_bulletin_is_linked_into_a_translated_timeline_once(chronologies):
    arabic, english = chronologies
    elsewhere = EventFactory(timeline=TimelineFactory(language="en"), number=18, status=PUBLISHED)
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 17), user=None)
    refusals = [
        (bulletin(arabic, 18), bulletin(arabic, 18), "its own translation"),
        (bulletin(arabic, 18), elsewhere, "not a translation of this timeline"),
        (bulletin(arabic, 18), bulletin(english, 21), "already linked to"),
        (bulletin(arabic, 17), bulletin(english, 17), "already linked to"),
    ]
    for event, other, reason in refusals:
        with translation.override("en"), pytest.raises(ValidationError, match=reason):
            services.event_link_translation(event=event, translation=other, user=None)
    assert list(bulletin(english, 17).translations.all()) == [bulletin(arabic, 18)]


def test_linking_touches_both_timelines_for_readers_caches(chronologies):
    arabic, english = chronologies
    before = {timeline.pk: timeline.updated_at for timeline in Timeline.objects.all()}
    services.event_link_translation(event=bulletin(arabic, 18), translation=bulletin(english, 17), user=None)
    after = {timeline.pk: timeline.updated_at for timeline in Timeline.objects.all()}
    assert after[arabic.pk] > before[arabic.pk]
    assert after[english.pk] > before[english.pk]


# --- admin -----------------------------------------------------------------------------------------------------


def change_form(client, url: str) -> dict:
    """What the change form posts as it stands (inline formsets sent empty: these bulletins have no rows in them)."""
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        data[name] = [str(item) for item in value] if isinstance(value, list) else str(value)
    if "change_kind" in form.fields:
        data["change_kind"] = "update"
    for inline in response.context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    return data


def test_an_editor_links_timelines_in_the_admin(editor_client):
    arabic = TimelineFactory(slug="geneva", language="ar")
    english = TimelineFactory(slug="geneva-en", language="en")
    other_arabic = TimelineFactory(language="ar")
    url = reverse("admin:timeline_timeline_change", args=[english.pk])
    data = change_form(editor_client, url)
    assert editor_client.post(url, {**data, "translations": [str(arabic.pk), str(other_arabic.pk)]}).status_code == 200
    assert not english.translations.exists()
    response = editor_client.post(url, {**data, "translations": [str(english.pk)]})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["translations"]
    assert editor_client.post(url, {**data, "translations": [str(arabic.pk)]}).status_code == 302
    assert list(arabic.translations.all()) == [english]
    assert editor_client.post(url, {**data, "translations": []}).status_code == 302
    assert not arabic.translations.exists()


def test_an_editor_links_a_bulletin_with_another_number_in_the_admin(editor_client, chronologies):
    arabic, english = chronologies
    event = bulletin(arabic, 18)
    url = reverse("admin:timeline_event_change", args=[event.pk])
    data = change_form(editor_client, url)
    unlinked = EventFactory(timeline=TimelineFactory(language="en"), status=PUBLISHED)
    response = editor_client.post(url, {**data, "translations": [str(unlinked.pk)]})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["translations"]
    response = editor_client.post(url, {**data, "translations": [str(bulletin(english, 17).pk)]})
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert [link.target for link in translations.event_links(event)] == [bulletin(english, 17)]
    assert [link.target for link in translations.event_links(bulletin(english, 17))] == [event]
