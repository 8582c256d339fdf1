"""Thirty-odd XSS vectors, submitted through the admin, the write API and the importer, never reach a public page
raw and never execute in Chromium — even with our Content Security Policy switched off for the check, so that it is
the escaping that is proven, not the policy."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PersonFactory, TimelineFactory, UserFactory
from timeline import services
from timeline.importing import writing
from timeline.importing.lines import numbered_lines
from timeline.models import Event
from timeline.roles import NewsroomRole

VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<marquee onstart=alert(1)>x</marquee>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<IMG SRC=JaVaScRiPt:alert(1)>",
    '<img src="x" onerror="&#97;lert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    "<img src=x:alert(alt) onerror=eval(src) alt=1>",
    "<audio src=x onerror=alert(1)>",
]
PAGES = ["/", "/timelines/xss/", "/people/xss-speaker/", "/search/?q=alert", "/en/timelines/xss/"]


def submit_everywhere():
    """Every vector as a headline, a body and a statement, through the three ways text comes in."""
    editor = UserFactory(role=NewsroomRole.CHIEF)
    timeline = TimelineFactory(slug="xss", title="Vectors")
    PersonFactory(name="xss speaker", slug="xss-speaker")
    api = APIClient()
    api.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=editor).key}")
    admin = Client()
    admin.force_login(editor)
    lines = []
    for index, vector in enumerate(VECTORS):
        response = api.post(
            "/api/v1/timelines/xss/events/",
            {
                "headline": vector,
                "date": "2022-01-09",
                "body": f"<p>{vector}</p>",
                "status": "published",
                "statements": [{"kind": "direct", "text": vector, "speaker": "xss-speaker"}],
            },
            format="json",
        )
        assert response.status_code == 201, (vector, response.content)
        lines += [f"({1000 + index}) {vector.replace('-', '–')} alert - 9 يناير 2022", f"قال xss speaker: “{vector}”"]
        data = {
            "timeline": timeline.pk,
            "number": "",
            "_action": "publish",  # the form's Publish button (#15)
            "headline": vector[:300],
            "date": "2022-01-09",
            "time": "",
            "body": vector,
            "editor_note": "",
            "statements-TOTAL_FORMS": "0",
            "statements-INITIAL_FORMS": "0",
            "media-TOTAL_FORMS": "0",
            "media-INITIAL_FORMS": "0",
            "statements-MIN_NUM_FORMS": "0",
            "statements-MAX_NUM_FORMS": "1000",
        }
        assert admin.post(reverse("admin:timeline_event_add"), data).status_code == 302, vector
    writing.bulletins_import(lines=numbered_lines("\n".join(lines)), user=editor, timeline=timeline, publish=True)
    for event in Event.objects.all():
        services.event_statements_sync(event=event)
    return timeline


@pytest.mark.django_db
def test_no_vector_reaches_a_page_raw(client):
    submit_everywhere()
    assert Event.objects.published().count() == 3 * len(VECTORS)
    for page in PAGES:
        content = client.get(page).content.decode()
        for vector in VECTORS:
            assert vector not in content, (page, vector)
    for event in Event.objects.published()[:10]:
        content = client.get(event.get_absolute_url()).content.decode()
        assert all(vector not in content for vector in VECTORS), event.number


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_vector_executes_in_chromium(chromium, live_server):
    submit_everywhere()
    context = chromium.new_context(bypass_csp=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    pages = [*PAGES, *[event.get_absolute_url() for event in Event.objects.published().order_by("number")[:12]]]
    for path in pages:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_timeout(150)
    context.close()
    assert dialogs == []
