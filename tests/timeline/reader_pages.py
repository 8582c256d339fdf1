"""A small story with every public page type in it, for the tests that look at the reading site as a whole: in the
browser (tests/timeline/test_pages_browser.py) and through the Nu Html Checker (tests/timeline/test_pages_html.py).

It is made to be hard on a page: a long Arabic title and summary, a live timeline whose newest bulletin was
published minutes ago with a time of day, a key bulletin, a corrected one with a photo and a video, direct and
reported statements, an English original inside an Arabic statement, a long Latin source address, an unnamed
speaker, a retracted bulletin, and an English story whose Arabic speaker's name sits inside English text."""

from __future__ import annotations

import datetime
import io

from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from tests.factories import (
    AnonymousPersonFactory,
    EventFactory,
    PersonFactory,
    RoleFactory,
    SourceFactory,
    StatementFactory,
    TimelineFactory,
)
from timeline import services
from timeline.models import Event

PUBLISHED = Event.Status.PUBLISHED
# Each public page type and its address without the language prefix (Arabic at the root, English under /en/).
# 500 is reached by making the source page fail (see the tests).
PAGES: dict[str, str] = {
    "home": "/",
    "timeline": "/timelines/geneva/",
    "permalink": "/timelines/geneva/5/",
    "person": "/people/antony-blinken/",
    "source": "/sources/us-state-department/",
    "search": "/search/?q=%D8%A8%D9%84%D9%8A%D9%86%D9%83%D9%86",  # بلينكن
    "corrections": "/timelines/geneva/corrections/",
    "embed": "/embed/timelines/geneva/",
    "english-story": "/timelines/talks/1/",
    "404": "/no-such-page/",
    "410": "/timelines/geneva/7/",
}
ERROR_STATUS = {"404": 404, "410": 410, "500": 500}
LANGUAGES = {"ar": "", "en": "/en"}


def _photo() -> SimpleUploadedFile:
    data = io.BytesIO()
    Image.new("RGB", (1600, 1000), (40, 90, 150)).save(data, "JPEG")
    return SimpleUploadedFile("geneva.jpg", data.getvalue(), content_type="image/jpeg")


def build_story() -> dict[str, Event]:
    """The story; returns its bulletins by name. Starts from an empty response cache: responses cached by an earlier
    test outlive its database (on PostgreSQL the ids go on counting, so that test's keys are never purged)."""
    cache.clear()
    timeline = TimelineFactory(
        slug="geneva",
        title="المحادثات الأمنية بين روسيا والولايات المتحدة في جنيف",
        summary="تسلسل زمني لجولة المحادثات الأمريكية الروسية في جنيف مطلع عام 2022 على وقع الحشود العسكرية الروسية.",
        language="ar",
        is_live=True,
    )
    blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken", slug="antony-blinken")
    minister = RoleFactory(person=blinken, title="وزير الخارجية الأمريكي")
    official = AnonymousPersonFactory(slug="senior-official")
    cnn = SourceFactory(
        name="CNN", slug="cnn", url="https://edition.cnn.com/2022/01/09/politics/blinken-russia-ukraine"
    )
    department = SourceFactory(
        name="وزارة الخارجية الأمريكية",
        slug="us-state-department",
        url="https://www.state.gov/secretary-antony-j-blinken-on-cnns-state-of-the-union-with-jake-tapper/",
    )
    today = timezone.localdate()
    bulletins = {}
    for number in range(1, 7):
        newest = number == 6
        moment = timezone.localtime() - datetime.timedelta(minutes=5)
        bulletins[number] = EventFactory(
            timeline=timeline,
            number=number,
            status=PUBLISHED,
            is_key=number in (2, 5),
            headline=(
                "بلينكن يستبعد تحقيق اختراقات في المحادثات مع روسيا في جنيف ويدعو إلى خفض التصعيد"
                if number == 5
                else f"الوفدان الأمريكي والروسي يواصلان المحادثات في جنيف، الجولة {number}"
            ),
            date=today if newest else datetime.date(2022, 1, 5 + number),
            time=moment.time().replace(second=0, microsecond=0) if newest else datetime.time(9 + number, 15),
            body=(
                "استبعد وزير الخارجية الأمريكي أنطوني بلينكن أن تسفر اجتماعات هذا الأسبوع مع روسيا عن اختراقات.\n"
                "وقال Antony Blinken لشبكة CNN إن التقدم يتطلب خفض التصعيد على حدود أوكرانيا."
            ),
        )
    five = bulletins[5]
    StatementFactory(
        event=five,
        speaker=blinken,
        role=minister,
        source=cnn,
        kind="direct",
        position=1,
        text="يصعب أن نرى تقدمًا حقيقيًا، لا مجرد كلام، في أجواء تصعيد",
        original_text="It's very hard to see actual progress, as opposed to talking, in an atmosphere of escalation",
        original_language="en",
    )
    StatementFactory(
        event=five,
        speaker=official,
        source=department,
        kind="paraphrase",
        position=2,
        text="الإدارة منفتحة على النقاش بشأن نشر الصواريخ والمناورات العسكرية",
    )
    StatementFactory(
        event=bulletins[6],
        speaker=blinken,
        role=minister,
        source=department,
        kind="paraphrase",
        position=1,
        text="بلينكن يرى أن المسألة ليست تقديم تنازلات",
    )
    services.media_add_image(
        event=five, user=None, upload=_photo(), alt_text="قاعة المحادثات في جنيف", caption="جنيف", credit="رويترز"
    )
    services.media_add_embed(
        event=five, user=None, url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", caption="المؤتمر"
    )
    services.event_correct(event=five, user=None, note="صُحّح اسم المدينة في الفقرة الأولى.")
    bulletins[7] = EventFactory(
        timeline=timeline, number=7, status=Event.Status.RETRACTED, headline="نشرة سحبت", retraction_reason="خطأ"
    )
    talks = TimelineFactory(
        slug="talks", title="The Geneva talks", summary="Russia and the US in Geneva.", language="en"
    )
    english = EventFactory(
        timeline=talks,
        number=1,
        status=PUBLISHED,
        headline="Blinken expects no breakthroughs in Geneva",
        date=datetime.date(2022, 1, 9),
        time=datetime.time(14, 30),
        body="The Secretary of State said progress needs de-escalation on Ukraine's border.",
    )
    StatementFactory(
        event=english,
        speaker=PersonFactory(name="سيرغي ريابكوف", name_latin="", slug="ryabkov"),
        kind="direct",
        position=1,
        text="We are disappointed",
    )
    StatementFactory(event=english, speaker=blinken, kind="paraphrase", position=2, text="Talks must go on")
    bulletins["english"] = english
    for event in Event.objects.all():
        services.event_statements_sync(event=event)
    return bulletins
