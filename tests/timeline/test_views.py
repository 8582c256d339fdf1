"""The public reading site, page by page: only published bulletins ever show."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
)
from timeline import services, views
from timeline.models import Event

pytestmark = pytest.mark.django_db
PUBLISHED, DRAFT = Event.Status.PUBLISHED, Event.Status.DRAFT
SECRETS = ("مسودة سرية", "قيد المراجعة", "نشرة مسحوبة", "كلام لم ينشر", "شخص المسودة", "قصة لم تنشر")


@pytest.fixture
def story():
    timeline = TimelineFactory(slug="geneva", title="محادثات جنيف", summary="تسلسل المحادثات", language="ar")
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي")
    official = AnonymousPersonFactory(slug="senior-official")
    cnn = SourceFactory(name="CNN", slug="cnn")
    seventeen = EventFactory(
        timeline=timeline,
        number=17,
        headline="منفتحون على النقاش",
        status=PUBLISHED,
        date=datetime.date(2022, 1, 8),
        body="قال مسئول إن الإدارة منفتحة.",
    )
    eighteen = EventFactory(
        timeline=timeline,
        number=18,
        headline="بلينكن لا يتوقع اختراقات",
        status=PUBLISHED,
        date=datetime.date(2022, 1, 9),
        is_key=True,
        body="فقرة أولى\nفقرة <b>ثانية</b>",
    )
    StatementFactory(event=seventeen, speaker=official, kind="paraphrase", text="الإدارة منفتحة على النقاش", position=1)
    StatementFactory(
        event=eighteen,
        speaker=blinken,
        role=minister,
        source=cnn,
        kind="direct",
        position=1,
        text="من الصعب رؤية تقدم فعلي",
    )
    draft = EventFactory(timeline=timeline, number=19, headline="مسودة سرية", status=DRAFT)
    StatementFactory(event=draft, speaker=PersonFactory(name="شخص المسودة", slug="draft-person"), text="كلام لم ينشر")
    EventFactory(timeline=timeline, number=20, headline="قيد المراجعة", status=Event.Status.IN_REVIEW)
    EventFactory(timeline=timeline, number=21, headline="نشرة مسحوبة", status=Event.Status.RETRACTED)
    TimelineFactory(slug="unpublished", title="قصة لم تنشر")
    for event in Event.objects.all():
        services.event_statements_sync(event=event)
    return timeline


def page(client, url, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


# --- pages -----------------------------------------------------------------------------------------------------


def test_home_lists_public_timelines_live_first_with_their_latest_bulletin(client, story):
    ended = TimelineFactory(slug="old", title="قصة انتهت", is_live=False)
    EventFactory(timeline=ended, number=1, headline="الخاتمة", status=PUBLISHED)
    content = page(client, "/")
    assert content.index("محادثات جنيف") < content.index("قصة انتهت")
    assert "(18)</span> بلينكن لا يتوقع اختراقات" in content
    assert "قصة لم تنشر" not in content


def test_the_timeline_shows_numbered_bulletins_with_attributed_statements(client, story):
    content = page(client, "/timelines/geneva/")
    assert '<article class="event event--key" id="18"' in content
    assert "(18)" in content
    assert "9 يناير 2022" in content
    assert "6 جمادى الآخرة 1443 هـ" in content  # the Hijri date beside the Gregorian one, in the same digits
    assert "فقرة &lt;b&gt;ثانية&lt;/b&gt;" in content
    assert '<bdi lang="ar">أنطوني بلينكن</bdi>' in content
    assert '<bdi lang="ar">وزير الخارجية الأمريكي</bdi>' in content
    assert 'href="/sources/cnn/"' in content
    assert 'class="statement statement--paraphrase"' in content
    assert 'class="statement statement--direct"' in content
    assert content.index('id="18"') < content.index('id="17"')  # newest first


def test_oldest_first_and_stable_pages_of_fifty(client):
    timeline = TimelineFactory(slug="long")
    for number in range(1, 121):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED, headline=f"نشرة {number}")
    newest = page(client, "/timelines/long/")
    assert re.findall(r'<article class="event" id="(\d+)"', newest)[:2] == ["120", "119"]
    assert len(re.findall(r'<article class="event"', newest)) == 20  # the last page holds 101..120
    oldest = page(client, "/timelines/long/?order=oldest")
    assert re.findall(r'<article class="event" id="(\d+)"', oldest)[:2] == ["1", "2"]
    second = page(client, "/timelines/long/?page=2")
    ids = [int(n) for n in re.findall(r'<article class="event" id="(\d+)"', second)]
    assert sorted(ids) == list(range(51, 101))
    EventFactory(timeline=timeline, number=121, status=PUBLISHED)
    again = [int(n) for n in re.findall(r'<article class="event" id="(\d+)"', page(client, "/timelines/long/?page=2"))]
    assert sorted(again) == list(range(51, 101))  # a new bulletin does not move an old page


def test_a_long_timeline_gets_a_navigation_of_the_same_size(client, monkeypatch):
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    timeline = TimelineFactory(slug="long")
    for number in range(1, 41):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED)
    nav = re.search(r'<nav class="pagination".*?</nav>', page(client, "/timelines/long/?page=10"), re.S).group()
    linked = [int(n) for n in re.findall(r'\?page=(\d+)"', nav)]
    assert linked == [20, 13, 12, 11, 9, 8, 7, 1]  # newest first: the ends and three either side of page 10
    assert nav.count("…") == 2
    assert '<span aria-current="page">10</span>' in nav


def test_page_links():
    assert views.page_links(1, 3, newest_first=False) == [1, 2, 3]
    assert views.page_links(1, 200, newest_first=False) == [1, 2, 3, 4, None, 200]
    assert views.page_links(200, 200, newest_first=True) == [200, 199, 198, 197, None, 1]


def test_a_long_story_is_charted_in_periods_not_in_thousands_of_days(client):
    timeline = TimelineFactory(slug="long")
    first = datetime.date(2020, 1, 1)
    for number in range(1, 31):
        day = first + datetime.timedelta(days=number * 40)  # three years and more
        EventFactory(timeline=timeline, number=number, status=PUBLISHED, date=day)
    content = page(client, "/timelines/long/")
    svg = re.search(r"<svg.*?</svg>", content, re.S).group()
    assert len(re.findall(r"<rect ", svg)) == 30
    assert 'viewBox="0 0 640 120"' in svg
    chart = views.chart(list(views._bulletins_per_day(timeline)))
    assert len(chart["bars"]) <= views.CHART_MOST_BARS
    assert chart["period"] == 10  # 1,161 days in bars of 10 days
    assert sum(bar["count"] for bar in chart["bars"]) == 30
    assert "في فترات من 10 أيام" in svg


def test_each_charted_day_says_its_date_and_count_in_the_pages_language_and_digits(client, settings):
    """A bar with bulletins is drawn with its day and count as its title (what a pointer or a screen reader gets);
    a day with none is not drawn. In Arabic with the site's Arabic-Indic digits, in English with Western ones."""
    settings.TASALSUL_ARABIC_INDIC_DIGITS = True
    timeline = TimelineFactory(slug="days")
    for number, day in enumerate((9, 9, 9, 11), start=1):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED, date=datetime.date(2022, 1, day))
    svg = re.search(r"<svg.*?</svg>", page(client, "/timelines/days/"), re.S).group()
    titles = re.findall(r"<rect [^>]*><title>(.*?)</title></rect>", svg)
    assert titles == ["٩ يناير ٢٠٢٢: ٣", "١١ يناير ٢٠٢٢: ١"]  # 10 January had none
    heights = [int(h) for h in re.findall(r'<rect [^>]*height="(\d+)"', svg)]
    assert heights == [100, 33]  # in proportion to their counts, the highest 100 px
    english = re.search(r"<svg.*?</svg>", page(client, "/en/timelines/days/"), re.S).group()
    assert re.findall(r"<title>([^<]*)</title></rect>", english) == ["9 January 2022: 3", "11 January 2022: 1"]


def test_go_to_number_redirects_to_its_page_and_anchor(client):
    timeline = TimelineFactory(slug="long")
    for number in range(1, 121):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED)
    response = client.get("/timelines/long/", {"number": "57"})
    assert response.status_code == 302
    assert response["Location"] == "/timelines/long/?page=2#57"
    assert client.get("/timelines/long/", {"number": "999"}).status_code == 404
    assert client.get("/timelines/long/", {"number": "x"}).status_code == 404


def test_permalink_with_previous_and_next(client, story):
    content = page(client, "/timelines/geneva/17/")
    assert 'href="/timelines/geneva/18/" rel="next"' in content
    assert 'rel="prev"' not in content
    content = page(client, "/timelines/geneva/18/")
    assert 'href="/timelines/geneva/17/" rel="prev"' in content
    assert 'rel="next"' not in content  # 19 and 20 are not public


def test_drafts_in_review_and_retracted_never_appear(client, story):
    for url in [
        "/",
        "/timelines/geneva/",
        "/timelines/geneva/18/",
        "/people/antony-blinken/",
        "/sources/cnn/",
        "/search/?q=مسودة",
        "/search/?q=سرية",
        "/timelines/geneva/feed/rss/",
        "/timelines/geneva/feed/atom/",
        "/timelines/geneva/feed.json",
        "/sitemap.xml",
        "/en/timelines/geneva/",
    ]:
        content = client.get(url).content.decode()
        for secret in SECRETS:
            assert secret not in content, (url, secret)
    for url in [
        "/timelines/geneva/19/",
        "/timelines/geneva/20/",
        "/people/draft-person/",
        "/timelines/unpublished/",
        "/timelines/unpublished/feed/rss/",
    ]:
        assert client.get(url).status_code == 404, url


def test_a_retracted_bulletin_shows_a_notice_and_keeps_its_number(client, story):
    response = client.get("/timelines/geneva/21/")
    assert response.status_code == 410
    content = response.content.decode()
    assert "(21)" in content
    assert "نشرة مسحوبة" not in content
    assert 'name="robots" content="noindex"' in content


def test_person_pages_list_statements_newest_first_with_roles(client, story):
    later = EventFactory(timeline=story, number=30, status=PUBLISHED, date=datetime.date(2022, 2, 1))
    StatementFactory(event=later, speaker=story.events.get(number=18).statements.get().speaker, text="تصريح لاحق")
    content = page(client, "/people/antony-blinken/")
    assert content.index("تصريح لاحق") < content.index("من الصعب رؤية تقدم فعلي")
    assert '<bdi lang="ar">وزير الخارجية الأمريكي</bdi>' in content
    anonymous = page(client, "/people/senior-official/")
    assert "الإدارة منفتحة على النقاش" in anonymous


def test_person_and_source_pages_come_in_pages_of_fifty(client, monkeypatch):
    monkeypatch.setattr(views, "SOURCE_LATEST_BULLETINS", 3)
    timeline = TimelineFactory(slug="long")
    speaker, source = PersonFactory(slug="talker"), SourceFactory(slug="wire")
    for number in range(1, 61):
        event = EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            date=datetime.date(2022, 1, 1) + datetime.timedelta(number),
        )
        StatementFactory(event=event, speaker=speaker, source=source, text=f"قول رقم {number}.")
        event.sources.add(source)
    for path in ("/people/talker/", "/sources/wire/"):
        first = page(client, path)
        said = [int(n) for n in re.findall(r"قول رقم (\d+)\.", first)]
        assert said == list(range(60, 10, -1))  # the newest 50
        assert '<a href="?page=2">2</a>' in first
        rest = [int(n) for n in re.findall(r"قول رقم (\d+)\.", page(client, path + "?page=2"))]
        assert rest == list(range(10, 0, -1))
    source_page = page(client, "/sources/wire/")
    assert len(re.findall(r'<li lang="ar" dir="rtl"><a href="/timelines/long/\d+/">', source_page)) == 3
    assert "آخر 3 من 60." in source_page


def test_source_pages_list_bulletins_and_statements(client, story):
    content = page(client, "/sources/cnn/")
    assert "من الصعب رؤية تقدم فعلي" in content
    assert "(18)" in content


def test_search_ranks_highlights_and_filters(client, story, monkeypatch):
    content = page(client, "/search/", data={"q": "اختراق"})
    assert "<mark>اختراقات</mark>" in content
    assert "(18)" in content
    content = page(client, "/search/", data={"q": "مسؤول"})  # the text says مسئول
    assert "<mark>مسئول</mark>" in content
    assert "(17)" in content
    assert "(18)" not in page(client, "/search/", data={"q": "منفتحة", "speaker": "antony-blinken"})
    # A speaker is typed: an address or a part of a name.
    monkeypatch.setattr(views, "SEARCH_RANK_WINDOW", 1)
    assert "أحدث 1 نشرة مطابقة" in page(client, "/search/", data={"q": "اختراقات"})
    monkeypatch.undo()
    assert "(18)" in page(client, "/search/", data={"q": "اختراقات", "speaker": "بلينكن"})
    assert "(18)" not in page(client, "/search/", data={"q": "اختراقات", "speaker": "شيرمان"})
    assert "(17)" not in page(client, "/search/", data={"q": "منفتحة", "to": "2022-01-01"})
    assert "not a date" in page(
        client, "/search/", data={"q": "منفتحة", "from": "soon"}
    ).lower() or "ليس تاريخًا" in page(client, "/search/", data={"q": "منفتحة", "from": "soon"})


def test_the_live_endpoint_counts_newer_bulletins(client, story):
    assert client.get("/timelines/geneva/updates/", {"after": 17}).json()["count"] == 1
    assert client.get("/timelines/geneva/updates/", {"after": 18}).json()["count"] == 0
    assert client.get("/timelines/geneva/updates/", {"after": "x"}).status_code == 400


# --- Arabic first ----------------------------------------------------------------------------------------------


def test_language_and_direction_on_every_page(client, story):
    for url in ["/", "/timelines/geneva/", "/timelines/geneva/18/", "/people/antony-blinken/", "/search/?q=x"]:
        assert '<html lang="ar" dir="rtl">' in page(client, url)
        assert '<html lang="en" dir="ltr">' in page(client, f"/en{url}")
    english = page(client, "/en/timelines/geneva/")
    assert 'lang="ar" dir="rtl"' in english  # the Arabic story keeps its direction inside the English page
    # The same Arabic story, not a translation: no hreflang alternate, and the Arabic page is the canonical one.
    assert 'hreflang="en" href="http://testserver/en/timelines/geneva/"' not in english
    assert '<link rel="canonical" href="http://testserver/timelines/geneva/">' in english


@override_settings(TASALSUL_ARABIC_INDIC_DIGITS=True)
def test_arabic_indic_digits_setting(client, story):
    content = page(client, "/timelines/geneva/")
    assert "(١٨)" in content
    assert "٩ يناير ٢٠٢٢" in content
    assert "(18)" in page(client, "/en/timelines/geneva/")


# --- for machines ----------------------------------------------------------------------------------------------


def _json_ld(content: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    return json.loads(match.group(1))


def test_timeline_json_ld_is_a_live_blog_posting(client, story):
    data = _json_ld(page(client, "/timelines/geneva/"))
    assert (data["@context"], data["@type"], data["headline"]) == (
        "https://schema.org",
        "LiveBlogPosting",
        "محادثات جنيف",
    )
    assert data["coverageStartTime"].startswith("2022-01-08")
    updates = data["liveBlogUpdate"]
    assert [u["@type"] for u in updates] == ["BlogPosting", "BlogPosting"]
    assert updates[0]["url"] == "http://testserver/timelines/geneva/#18"
    assert {"headline", "datePublished", "articleBody"} <= set(updates[0])
    assert "مسودة" not in json.dumps(data, ensure_ascii=False)


def test_bulletin_json_ld_quotes_its_speakers(client, story):
    data = _json_ld(page(client, "/timelines/geneva/18/"))
    assert data["@type"] == "BlogPosting"
    [quote] = data["citation"]
    assert quote["@type"] == "Quotation"
    assert quote["spokenByCharacter"] == quote["creator"]
    assert quote["spokenByCharacter"]["@type"] == "Person"
    assert quote["spokenByCharacter"]["name"] == "أنطوني بلينكن"
    assert quote["spokenByCharacter"]["jobTitle"] == "وزير الخارجية الأمريكي"
    assert quote["isBasedOn"]["name"] == "CNN"


def test_json_ld_cannot_be_broken_out_of(client):
    timeline = TimelineFactory(slug="x", title="</script><script>alert(1)</script>")
    EventFactory(timeline=timeline, status=PUBLISHED)
    content = page(client, "/timelines/x/")
    assert "</script><script>alert(1)" not in content
    assert _json_ld(content)["headline"] == "</script><script>alert(1)</script>"


def test_open_graph_canonical_and_feeds_are_linked(client, story):
    content = page(client, "/timelines/geneva/18/")
    assert '<meta property="og:title" content="(18) بلينكن لا يتوقع اختراقات">' in content
    assert '<meta name="twitter:card" content="summary">' in content
    timeline_page = page(client, "/timelines/geneva/")
    assert '<link rel="canonical" href="http://testserver/timelines/geneva/">' in timeline_page
    assert 'type="application/rss+xml"' in timeline_page
    assert 'type="application/feed+json"' in timeline_page


def test_the_chart_is_a_server_rendered_svg(client, story):
    content = page(client, "/timelines/geneva/")
    svg = re.search(r"<svg.*?</svg>", content, re.S).group()
    bars = re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg)
    assert len(bars) == 2  # two days with bulletins
    assert all("," not in value for bar in bars for value in bar)  # numbers are not localised


def test_robots_and_sitemap(client, story):
    robots = page(client, "/robots.txt")
    assert "Disallow: /admin/" in robots
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = page(client, "/sitemap.xml")
    assert "http://testserver/timelines/geneva/18/" in sitemap
    assert "http://testserver/people/antony-blinken/" in sitemap
    assert "/timelines/geneva/19/" not in sitemap
    assert "/people/draft-person/" not in sitemap


# --- caching and query counts ----------------------------------------------------------------------------------


def test_pages_are_revalidated_so_changes_show_at_once(client, story):
    first = client.get("/timelines/geneva/18/")
    assert "no-cache" in first["Cache-Control"]
    assert "public" in first["Cache-Control"]
    assert client.get("/timelines/geneva/18/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    services.event_update(event=Event.objects.get(number=18), user=None, headline="عنوان مصحح")
    changed = client.get("/timelines/geneva/18/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert "عنوان مصحح" in changed.content.decode()


def _grow(timeline, count, start):
    # As one import would write them: one transaction, so purges and renderings happen once, at its commit (not
    # once per row, as the suite's default of purging at once would have it: minutes for a few hundred bulletins).
    with override_settings(TASALSUL_PURGE_AFTER_COMMIT=True), TestCase.captureOnCommitCallbacks(execute=True):
        _write(timeline, count, start)


def _write(timeline, count, start):
    speaker, source = PersonFactory(), SourceFactory()
    role = RoleFactory(person=speaker)
    for number in range(start, start + count):
        event = EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            date=datetime.date(2022, 1, 1) + datetime.timedelta(days=number % 40),
        )
        StatementFactory(event=event, speaker=speaker, source=source, role=role)
        StatementFactory(event=event, speaker=speaker, kind="paraphrase")


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/timelines/big/",
        "/timelines/big/?order=oldest",
        "/timelines/big/5/",
        "/search/?q=عنوان",
        "/timelines/big/feed/rss/",
        "/timelines/big/feed.json",
        "/sitemap.xml",
    ],
)
def test_query_counts_are_the_same_at_10_and_130_bulletins(client, path):
    # 130: more than two pages of a timeline (50 a page) and more than a feed's 50 items, on 40 days.
    from django.db import connection

    timeline = TimelineFactory(slug="big")
    _grow(timeline, 10, 1)
    with CaptureQueriesContext(connection) as small:
        assert client.get(path).status_code == 200
    _grow(timeline, 120, 11)
    # Rendered again, not read from the response cache: a permalink far from the new bulletins is not purged.
    cache.clear()
    with CaptureQueriesContext(connection) as large:
        assert client.get(path).status_code == 200
    assert len(large) == len(small), [query["sql"][:120] for query in large.captured_queries]


# --- bad input (#17) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["²", "①", "¹⁸", "-18", "18.0", "99999999999999999999", "eighteen"])
def test_go_to_number_with_what_is_no_bulletin_number_is_a_404_naming_it(client, typed):
    timeline = TimelineFactory(slug="long")
    EventFactory(timeline=timeline, number=18, status=PUBLISHED)
    response = client.get("/timelines/long/", {"number": typed})
    assert response.status_code == 404
    assert typed in response.content.decode()


def test_go_to_number_reads_arabic_indic_digits(client):
    EventFactory(timeline=TimelineFactory(slug="long"), number=18, status=PUBLISHED)
    response = client.get("/timelines/long/", {"number": "١٨"})
    assert response.status_code == 302
    assert response["Location"] == "/timelines/long/?page=1#18"


@pytest.mark.parametrize("after", ["²", "①", "-1", "1.5", "99999999999999999999", ""])
def test_updates_after_what_is_no_bulletin_number_is_a_400(client, after):
    EventFactory(timeline=TimelineFactory(slug="live"), number=1, status=PUBLISHED)
    response = client.get("/timelines/live/updates/", {"after": after})
    assert response.status_code == 400
    assert list(response.json()) == ["error"]


@pytest.mark.parametrize(
    "days",
    [
        [datetime.date.max],
        [datetime.date(2022, 1, 9), datetime.date.max],
        [datetime.date.min, datetime.date(2022, 1, 9)],
        [datetime.date.min, datetime.date.max],
        [datetime.date(9999, 9, 1), datetime.date(9999, 12, 30), datetime.date.max],
    ],
    ids=["alone", "after a real day", "before a real day", "both ends", "a long last period"],
)
def test_a_bulletin_dated_at_the_ends_of_the_calendar_does_not_take_its_timeline_down(client, days):
    timeline = TimelineFactory(slug="far", language="ar")
    for number, day in enumerate(days, start=1):
        EventFactory(timeline=timeline, number=number, status=PUBLISHED, date=day, headline=f"نشرة {number}")
    content = page(client, "/timelines/far/")
    assert "نشرة 1" in content
    chart = views.chart(views._bulletins_per_day(timeline))
    assert chart["last"] == days[-1]
    assert all(bar["until"] is None or bar["until"] <= days[-1] for bar in chart["bars"])
    assert sum(bar["count"] for bar in chart["bars"]) == len(days)
    page(client, "/en/timelines/far/?order=oldest")
    page(client, f"/timelines/far/{len(days)}/")


@pytest.mark.parametrize("query", [".", "؟", "\u064e", "\u200b", "-"])
def test_a_search_for_nothing_searchable_finds_nothing_rather_than_failing(client, story, query):
    content = page(client, "/search/", data={"q": query})
    assert "بلينكن لا يتوقع اختراقات" not in content


# --- the reader's page (#16) -----------------------------------------------------------------------------------

STATEMENT = re.compile(r'<li class="statement statement--(\w+)"[^>]*data-kind="(\w+)">(.*?)</li>', re.S)


def _statements(content: str) -> list[tuple[str, str]]:
    """Each statement of a page: (its kind, its HTML)."""
    found = []
    for css_kind, data_kind, html in STATEMENT.findall(content):
        assert css_kind == data_kind
        found.append((css_kind, html))
    return found


def test_a_statement_shows_its_kind_the_same_way_on_every_page(client, story):
    for url in ["/timelines/geneva/", "/timelines/geneva/18/", "/timelines/geneva/17/", "/search/?q=منفتحة"]:
        for prefix in ("", "/en"):
            statements = _statements(page(client, prefix + url))
            assert statements, prefix + url
            for kind, html in statements:
                assert 'class="statement-kind"' in html, (prefix + url, html)
                if kind == "direct":
                    assert "<blockquote" in html, (prefix + url, html)
                    assert "«" in html, (prefix + url, html)
                else:  # a paraphrase never sits in quotation marks, on any page
                    assert "<blockquote" not in html, (prefix + url, html)
                    assert not {"«", "“"} & set(html), (prefix + url, html)
    for url in ["/people/antony-blinken/", "/sources/cnn/", "/people/senior-official/"]:
        statements = _statements(page(client, url))
        assert statements, url
        assert all('class="statement-kind"' in html for _kind, html in statements), url
        assert all('class="statement-context"' in html for _kind, html in statements), url  # its date and bulletin
    paraphrase = _statements(page(client, "/search/?q=منفتحة"))
    assert [kind for kind, _html in paraphrase] == ["paraphrase"]
    assert "«الإدارة منفتحة" not in page(client, "/search/?q=منفتحة")


def test_an_english_quote_sits_in_english_quotation_marks_and_its_original_in_its_own_direction(client):
    timeline = TimelineFactory(slug="talks", language="en", title="The talks")
    event = EventFactory(timeline=timeline, number=1, status=PUBLISHED, headline="Talks end")
    StatementFactory(
        event=event,
        speaker=PersonFactory(name="سيرغي ريابكوف", name_latin="Sergei Ryabkov", slug="ryabkov"),
        kind="direct",
        text="We are disappointed",
        original_text="Мы разочарованы",
        original_language="ru",
    )
    [(kind, html)] = _statements(page(client, "/timelines/talks/1/"))
    assert kind == "direct"
    assert "“We are disappointed”" in html
    assert '<p class="original-text" lang="ru" dir="auto">Мы разочарованы</p>' in html
    assert '<bdi lang="ar">سيرغي ريابكوف</bdi>' in html  # an Arabic name inside English text is isolated


def test_a_permalink_has_the_headline_as_its_only_h1_and_arrows_that_follow_the_page(client, story):
    content = page(client, "/timelines/geneva/18/")
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", content, re.S) == [
        '<span class="event-number">(18)</span> بلينكن لا يتوقع اختراقات'
    ]
    previous = re.search(r'<a class="prev"[^>]*rel="prev"><span class="prev-next-label">(.*?)</span>', content)[1]
    assert previous.startswith("→")  # earlier bulletins lie to the right on an Arabic page
    english = page(client, "/en/timelines/geneva/18/")
    previous = re.search(r'<a class="prev"[^>]*rel="prev"><span class="prev-next-label">(.*?)</span>', english)[1]
    assert previous == "← Previous"


def test_a_bulletin_gives_its_time_with_its_zone_in_one_digit_system(client, story, settings):
    settings.TIME_ZONE = "Asia/Beirut"
    services.event_update(event=Event.objects.get(number=18), user=None, time=datetime.time(14, 30))
    content = page(client, "/timelines/geneva/18/")
    assert '<time class="event-moment" datetime="2022-01-09T14:30+02:00">' in content
    assert "9 يناير 2022" in content
    assert "6 جمادى الآخرة 1443 هـ" in content
    assert '<bdi class="clock">14:30' in content
    assert "+2</bdi>" in content
    assert "14:30 بتوقيت غرينتش+2" in content
    # An Arabic bulletin keeps its date line in Arabic on the English interface too.
    assert "14:30 بتوقيت غرينتش+2" in page(client, "/en/timelines/geneva/18/")
    assert not re.search(r"[٠-٩]", re.sub(r"<script.*?</script>", "", content, flags=re.S))
    assert 'datetime="2022-01-08"' in page(client, "/timelines/geneva/17/")  # no time: the day alone


def test_the_timeline_opens_on_its_bulletins_with_a_summary_of_key_ones(client, story):
    content = page(client, "/timelines/geneva/")
    summary = re.search(r'<details class="key-events">(.*?)</details>', content, re.S)[1]
    assert re.findall(r'href="(/timelines/geneva/\d+/)"', summary) == ["/timelines/geneva/18/"]
    # The bulletins come before the chart, the feeds and the embed code.
    assert content.index('<article class="event') < content.index('<figure class="chart"')
    assert content.index('<article class="event') < content.index('class="embed-code"')


def test_a_corrected_bulletin_is_marked_updated(client, story):
    eighteen = Event.objects.get(number=18)
    correction = services.event_correct(event=eighteen, user=None, note="صُحّح التاريخ")
    content = page(client, "/timelines/geneva/")
    assert f'<a class="badge updated-badge" href="#correction-{correction.pk}"' in content
    assert f'id="correction-{correction.pk}"' in content
    assert content.count("updated-badge") == 1  # only the corrected bulletin
    english = page(client, "/en/timelines/geneva/18/")
    # The interface's words inside the Arabic bulletin are English, isolated and marked so.
    assert '<bdi lang="en" dir="ltr">Corrected on' in english
    assert 'lang="en" dir="ltr">updated</a>' in english


def test_every_published_bulletin_offers_its_link(client, story):
    content = page(client, "/timelines/geneva/")
    assert re.findall(r'<a class="share-link" href="([^"]+)"', content) == [
        "/timelines/geneva/18/",
        "/timelines/geneva/17/",
    ]


def test_no_form_posts_or_gets_to_an_empty_address(client, story):
    for url in ["/", "/timelines/geneva/", "/timelines/geneva/18/", "/search/?q=x", "/people/antony-blinken/"]:
        for prefix in ("", "/en"):
            content = page(client, prefix + url)
            forms = re.findall(r"<form\b[^>]*>", content)
            assert forms, prefix + url
            for form in forms:
                action = re.search(r'action="([^"]*)"', form)
                assert action, (prefix + url, form)
                assert action[1], (prefix + url, form)


@pytest.mark.parametrize("query", ["?", "...", "-"])
def test_a_query_of_punctuation_says_what_to_type(client, story, query):
    content = page(client, "/search/", data={"q": query})
    assert 'class="problem" role="status"' in content
    assert 'class="result-count"' not in content


def test_a_person_page_shows_both_spellings_of_the_name_together(client, story):
    content = page(client, "/people/antony-blinken/")
    assert '<h1><bdi lang="ar">أنطوني بلينكن</bdi></h1>' in content
    assert '<p class="other-name"><bdi lang="en" dir="ltr">Antony Blinken</bdi></p>' in content
    english = page(client, "/en/people/antony-blinken/")
    assert '<h1><bdi lang="en">Antony Blinken</bdi></h1>' in english
    assert '<p class="other-name"><bdi lang="ar">أنطوني بلينكن</bdi></p>' in english


@pytest.mark.parametrize(
    ("credit", "shown"),
    [("أ ف ب", "Photo: أ ف ب"), ("رسم: تسلسل", "رسم: تسلسل"), ("Illustration: Tasalsul", "Illustration: Tasalsul")],
)
def test_a_photo_credit_is_labelled_once(credit, shown):
    from django.utils import translation

    from timeline.templatetags.newsroom import credit_line

    with translation.override("en"):
        assert credit_line(credit) == shown


@override_settings(DEBUG=False)
@pytest.mark.parametrize(("prefix", "language"), [("", "ar"), ("/en", "en")])
def test_errors_are_pages_in_our_style_and_the_page_language(client, story, prefix, language):
    from django.utils import translation

    with translation.override(language):
        expected = translation.gettext("Page not found")
    response = client.get(f"{prefix}/no-such-page/")
    assert response.status_code == 404
    content = response.content.decode()
    assert f'<html lang="{language}"' in content
    assert f"<h1>{expected}</h1>" in content
    assert "css/site" in content
    gone = client.get(f"{prefix}/timelines/geneva/21/")
    assert gone.status_code == 410
    assert f'<html lang="{language}"' in gone.content.decode()
    assert 'class="error-page"' in gone.content.decode()


def test_a_server_error_is_our_page_in_the_page_language(rf):
    from django.utils import translation

    from newsroom.views import server_error

    with translation.override("en"):
        response = server_error(rf.get("/en/timelines/x/"))
    assert response.status_code == 500
    content = response.content.decode()
    assert '<html lang="en" dir="ltr">' in content
    assert "<h1>Something went wrong</h1>" in content
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_card_of_the_other_language_keeps_its_date_whole_and_every_page_has_the_icon(client, story):
    english = TimelineFactory(slug="talks", title="The talks", language="en")
    EventFactory(timeline=english, number=1, status=PUBLISHED, date=datetime.date(2022, 1, 10), headline="Talks end")
    arabic_home, english_home = page(client, "/"), page(client, "/en/")
    assert '<time datetime="2022-01-10">10 January 2022</time>' in arabic_home
    assert '<time datetime="2022-01-09">9 يناير 2022</time>' in english_home
    for content in (arabic_home, english_home, page(client, "/timelines/geneva/18/")):
        assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in content
