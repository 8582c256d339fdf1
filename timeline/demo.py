"""Demo newsroom content for a first run: a short Arabic timeline of the January 2022 US-Russia security talks,
and the beginning of its English translation, linked to it.

The text is our own retelling of public facts. Loading creates what is missing and leaves what exists alone, so it
can run any number of times, and never overwrites an editor's changes.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from PIL import Image, ImageDraw

from timeline import services
from timeline.models import Event, Person, Place, Source, Statement, Timeline, Topic

D = datetime.date

TIMELINE = {
    "slug": "russia-us-security-talks-2022",
    "title": "المحادثات الأمنية بين روسيا والولايات المتحدة",
    "summary": "تسلسل زمني لجولة المحادثات الأمريكية الروسية في جنيف مطلع عام 2022 على وقع الحشود العسكرية الروسية "
    "قرب الحدود مع أوكرانيا.",
    "language": "ar",
    "is_live": True,
}

PEOPLE = [
    {
        "slug": "antony-blinken",
        "name": "أنطوني بلينكن",
        "name_latin": "Antony Blinken",
        "description": "دبلوماسي أمريكي",
        "aliases": ["بلينكن", "Blinken"],
        "roles": [
            {
                "title": "وزير الخارجية الأمريكي",
                "organisation": "وزارة الخارجية الأمريكية",
                "start_date": D(2021, 1, 26),
                "end_date": D(2025, 1, 20),
            },
        ],
    },
    {
        "slug": "wendy-sherman",
        "name": "ويندي شيرمان",
        "name_latin": "Wendy Sherman",
        "description": "دبلوماسية أمريكية",
        "aliases": ["شيرمان", "Sherman"],
        "roles": [
            {
                "title": "نائبة وزير الخارجية الأمريكي",
                "organisation": "وزارة الخارجية الأمريكية",
                "start_date": D(2021, 4, 14),
                "end_date": D(2023, 7, 28),
            },
        ],
    },
    {
        "slug": "sergei-ryabkov",
        "name": "سيرغي ريابكوف",
        "name_latin": "Sergei Ryabkov",
        "description": "دبلوماسي روسي",
        "aliases": ["ريابكوف", "سيرجي ريابكوف", "Ryabkov"],
        "roles": [
            {
                "title": "نائب وزير الخارجية الروسي",
                "organisation": "وزارة الخارجية الروسية",
                "start_date": D(2008, 8, 1),
                "end_date": None,
            },
        ],
    },
    {
        "slug": "joe-biden",
        "name": "جو بايدن",
        "name_latin": "Joe Biden",
        "description": "سياسي أمريكي",
        "wikidata_id": "Q6279",
        "aliases": ["بايدن", "Biden"],
        "roles": [
            {
                "title": "الرئيس الأمريكي",
                "organisation": "البيت الأبيض",
                "start_date": D(2021, 1, 20),
                "end_date": D(2025, 1, 20),
            },
        ],
    },
    {
        "slug": "vladimir-putin",
        "name": "فلاديمير بوتين",
        "name_latin": "Vladimir Putin",
        "description": "سياسي روسي",
        "wikidata_id": "Q7747",
        "aliases": ["بوتين", "Putin"],
        "roles": [
            {
                "title": "الرئيس الروسي",
                "organisation": "الكرملين",
                "start_date": D(2012, 5, 7),
                "end_date": None,
            }
        ],
    },
    {
        "slug": "senior-us-administration-official",
        "is_anonymous": True,
        "description": "مسؤول كبير في الإدارة الأمريكية",
        "aliases": ["مسئول كبير في الإدارة الأمريكية", "المسؤول الأمريكي"],
        "roles": [],
    },
]

SOURCES = [
    {"slug": "cnn", "name": "سي إن إن", "kind": Source.Kind.BROADCASTER, "url": "https://edition.cnn.com/"},
    {
        "slug": "abc-news",
        "name": "إيه بي سي نيوز",
        "kind": Source.Kind.BROADCASTER,
        "url": "https://abcnews.go.com/",
    },
    {
        "slug": "us-background-briefing",
        "name": "إحاطة هاتفية للصحفيين",
        "kind": Source.Kind.PRESS_BRIEFING,
        "url": "",
    },
    {
        "slug": "geneva-press-conference",
        "name": "مؤتمر صحفي في جنيف",
        "kind": Source.Kind.PRESS_BRIEFING,
        "url": "",
    },
]


@dataclass
class DemoStatement:
    speaker: str
    kind: str
    text: str
    source: str | None = None
    original_text: str = ""
    original_language: str = ""


@dataclass
class DemoEvent:
    number: int
    headline: str
    date: datetime.date
    status: str
    body: list[str]
    statements: list[DemoStatement] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    is_key: bool = False


DIRECT, PARAPHRASE = Statement.Kind.DIRECT, Statement.Kind.PARAPHRASE
PUBLISHED, IN_REVIEW = Event.Status.PUBLISHED, Event.Status.IN_REVIEW

EVENTS = [
    DemoEvent(
        number=16,
        headline="وفدا واشنطن وموسكو يصلان إلى جنيف قبل حوار الاستقرار الاستراتيجي",
        date=D(2022, 1, 8),
        status=PUBLISHED,
        body=[
            "وصل الوفدان الأمريكي والروسي إلى جنيف استعدادًا لجولة من حوار الاستقرار الاستراتيجي تبدأ يوم الاثنين.",
            "وترأس الوفد الأمريكي نائبة وزير الخارجية ويندي شيرمان، فيما ترأس الوفد الروسي نائب وزير الخارجية "
            "سيرغي ريابكوف.",
        ],
        mentions=["wendy-sherman", "sergei-ryabkov"],
    ),
    DemoEvent(
        number=17,
        headline="واشنطن مستعدة لبحث نشر الصواريخ والمناورات بشرط المعاملة بالمثل",
        date=D(2022, 1, 8),
        status=PUBLISHED,
        body=[
            "أبلغ مسؤول كبير في الإدارة الأمريكية الصحفيين أن إدارة بايدن مستعدة لمناقشة نشر الصواريخ في أوكرانيا "
            "وأوروبا، وتقييد المناورات الأمريكية ومناورات حلف الأطلسي، إذا التزمت روسيا بخطوات مماثلة.",
            "وأوضح أن بايدن أكد لبوتين أن بلاده لا تعتزم نشر صواريخ هجومية في أوكرانيا.",
            "وقال المسؤول إن الوفد الأمريكي يذهب إلى جنيف بواقعية لا بتفاؤل.",
        ],
        statements=[
            DemoStatement(
                "senior-us-administration-official",
                PARAPHRASE,
                "الإدارة الأمريكية منفتحة على مناقشة نشر الصواريخ وتقييد المناورات العسكرية إذا قدمت روسيا "
                "التزامات متبادلة.",
                source="us-background-briefing",
            ),
            DemoStatement(
                "senior-us-administration-official",
                PARAPHRASE,
                "لن تخرج المحادثات المقبلة بأي اتفاق ملموس، وكل ما يُطرح فيها سيعود إلى واشنطن للتشاور مع الحلفاء.",
                source="us-background-briefing",
            ),
            DemoStatement(
                "senior-us-administration-official",
                DIRECT,
                "نتوجه إلى هذه الاجتماعات بعين واقعية، لا بروح متفائلة.",
                source="us-background-briefing",
            ),
        ],
        mentions=["joe-biden", "vladimir-putin"],
    ),
    DemoEvent(
        number=18,
        headline="بلينكن يستبعد تحقيق اختراقات في المحادثات مع روسيا في جنيف",
        date=D(2022, 1, 9),
        status=PUBLISHED,
        is_key=True,
        body=[
            "استبعد وزير الخارجية الأمريكي أنطوني بلينكن أن تسفر اجتماعات هذا الأسبوع مع روسيا عن اختراقات، "
            "مؤكدًا أن بلاده مستعدة للاستماع إلى مخاوف موسكو لكن التقدم يتطلب خفض التصعيد على حدود أوكرانيا.",
            "ورأى بلينكن أن المسألة ليست تقديم تنازلات، بل البحث عما يمكن للطرفين فعله عبر الحوار لخفض التوتر.",
        ],
        statements=[
            DemoStatement(
                "antony-blinken",
                PARAPHRASE,
                "لا يتوقع أي اختراقات في اجتماعات هذا الأسبوع مع روسيا.",
                source="cnn",
            ),
            DemoStatement(
                "antony-blinken",
                DIRECT,
                "يصعب أن نرى تقدمًا حقيقيًا، لا مجرد كلام، في أجواء تصعيد وفوهة مسدس مصوبة إلى رأس أوكرانيا.",
                source="cnn",
                original_text="It's very hard to see making actual progress, as opposed to talking, in an "
                "atmosphere of escalation with a gun to Ukraine's head.",
                original_language="en",
            ),
            DemoStatement(
                "antony-blinken",
                PARAPHRASE,
                "الأمر لا يتعلق بتقديم تنازلات، بل بما يستطيع الجانبان فعله عبر الدبلوماسية لتخفيف التوترات.",
                source="abc-news",
            ),
        ],
    ),
    DemoEvent(
        number=19,
        headline="شيرمان: رفضنا مقترحات روسية لا يمكن قبولها",
        date=D(2022, 1, 10),
        status=IN_REVIEW,
        body=[
            "قالت نائبة وزير الخارجية الأمريكي ويندي شيرمان بعد نحو ثماني ساعات من المحادثات في جنيف إن واشنطن "
            "رفضت مقترحات أمنية روسية، بينها وقف توسع حلف الأطلسي.",
            "ووصف نائب وزير الخارجية الروسي سيرغي ريابكوف المحادثات بأنها صعبة وطويلة ومهنية.",
        ],
        statements=[
            DemoStatement(
                "wendy-sherman",
                PARAPHRASE,
                "الولايات المتحدة رفضت بحزم مقترحات روسية لا يمكن البدء بها، ومنها إغلاق باب الحلف أمام أعضاء جدد.",
                source="geneva-press-conference",
            ),
            DemoStatement(
                "sergei-ryabkov",
                PARAPHRASE,
                "روسيا تحتاج إلى ضمانات ملزمة قانونًا بألا تنضم أوكرانيا إلى حلف الأطلسي أبدًا.",
                source="geneva-press-conference",
            ),
        ],
    ),
]


ENGLISH_TIMELINE = {
    "slug": "russia-us-security-talks-2022-en",
    "title": "The Russia-US security talks",
    "summary": "A chronology of the US-Russian talks in Geneva in early 2022, held as Russian forces massed near "
    "Ukraine's borders.",
    "language": "en",
    "is_live": True,
}

# The same bulletins, numbered as in the Arabic chronology so that each is linked to its original by its number.
# Without statements: the people's names are kept in Arabic, for the Arabic pages.
ENGLISH_EVENTS = [
    DemoEvent(
        number=16,
        headline="US and Russian delegations arrive in Geneva for strategic stability talks",
        date=D(2022, 1, 8),
        status=PUBLISHED,
        body=[
            "The US and Russian delegations arrived in Geneva for a round of the Strategic Stability Dialogue that "
            "opens on Monday.",
            "Deputy Secretary of State Wendy Sherman leads the US delegation; Deputy Foreign Minister Sergei Ryabkov "
            "leads Russia's.",
        ],
    ),
    DemoEvent(
        number=17,
        headline="Washington ready to discuss missiles and exercises if Moscow does the same",
        date=D(2022, 1, 8),
        status=PUBLISHED,
        body=[
            "A senior US administration official told reporters that the Biden administration is prepared to discuss "
            "missile deployments in Ukraine and Europe, and limits on US and NATO exercises, if Russia commits to "
            "similar steps.",
            "Nothing concrete will be agreed in Geneva, the official said: whatever is discussed will be taken back "
            "to Washington and to the allies. The delegation goes with realism rather than optimism.",
        ],
    ),
    DemoEvent(
        number=18,
        headline="Blinken expects no breakthroughs in the Geneva talks with Russia",
        date=D(2022, 1, 9),
        status=PUBLISHED,
        is_key=True,
        body=[
            "Secretary of State Antony Blinken said he did not expect this week's meetings with Russia to produce "
            "breakthroughs: Washington is ready to hear Moscow's concerns, but progress needs de-escalation on "
            "Ukraine's border.",
            "“It's very hard to see making actual progress, as opposed to talking, in an atmosphere of escalation "
            "with a gun to Ukraine's head,” he told CNN.",
            "The question is not one of concessions, he said, but of what both sides can do through diplomacy to "
            "reduce tensions.",
        ],
    ),
]


def geneva_illustration() -> bytes:
    """A picture for the demo's bulletin 18, drawn here (so no one's photo is copied): Lake Geneva, its fountain
    and the Alps behind, in flat shapes."""
    width, height = 1600, 900
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):  # the sky, paler towards the horizon
        shade = y / height
        draw.line([(0, y), (width, y)], fill=(int(120 + 100 * shade), int(170 + 70 * shade), int(225 + 25 * shade)))
    draw.polygon(
        [(0, 560), (260, 330), (420, 450), (640, 260), (900, 470), (1120, 300), (1600, 520), (1600, 600), (0, 600)],
        fill=(92, 110, 140),
    )
    for peak_x, peak_y in ((260, 330), (640, 260), (1120, 300)):
        draw.polygon([(peak_x, peak_y), (peak_x - 60, peak_y + 55), (peak_x + 60, peak_y + 55)], fill=(240, 244, 250))
    draw.rectangle([(0, 600), (width, height)], fill=(28, 78, 128))
    for row, y in enumerate(range(625, height, 28)):  # the lake's ripples
        for x in range(-80 + (row % 2) * 60, width, 160):
            draw.line([(x, y), (x + 70, y)], fill=(70, 125, 175), width=3)
    for x, top in ((40, 520), (130, 480), (210, 540), (300, 500), (1380, 530), (1470, 490)):  # the shores
        draw.rectangle([(x, top), (x + 70, 600)], fill=(215, 200, 180))
        for window in range(top + 15, 590, 22):
            draw.rectangle([(x + 12, window), (x + 24, window + 10)], fill=(120, 100, 80))
            draw.rectangle([(x + 44, window), (x + 56, window + 10)], fill=(120, 100, 80))
    # The Jet d'Eau: a thin column, and its spray drifting downwind in the light wind.
    spray = Image.new("RGBA", (width, height))
    mist = ImageDraw.Draw(spray)
    for step in range(14):
        x, y, size = 800 + step * 14, 160 + step * 26, 26 + step * 4
        mist.ellipse([(x - size, y - size // 2), (x + size, y + size // 2)], fill=(245, 248, 255, 150 - step * 8))
    image.paste(spray, (0, 0), spray)
    draw.polygon([(793, 600), (807, 600), (802, 150), (798, 150)], fill=(250, 252, 255))
    draw.ellipse([(750, 585), (850, 612)], fill=(225, 236, 248))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


@dataclass
class DemoReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1


def _bulletin(timeline: Timeline, spec: DemoEvent, *, persons: list[Person] | None = None) -> Event:
    return services.event_create(
        timeline=timeline,
        user=None,
        number=spec.number,
        headline=spec.headline,
        body="\n".join(spec.body),
        date=spec.date,
        status=spec.status,
        is_key=spec.is_key,
        persons=persons or [],
    )


@transaction.atomic
def load_demo() -> DemoReport:
    report = DemoReport()
    timeline, created = Timeline.objects.get_or_create(slug=TIMELINE["slug"], defaults=TIMELINE)
    if created:
        report.count("timelines")

    people: dict[str, Person] = {}
    for spec in PEOPLE:
        person = Person.objects.filter(slug=spec["slug"]).first()
        if person is None:
            person = services.person_create(
                user=None,
                name=spec.get("name", ""),
                name_latin=spec.get("name_latin", ""),
                slug=spec["slug"],
                is_anonymous=spec.get("is_anonymous", False),
                description=spec.get("description", ""),
                wikidata_id=spec.get("wikidata_id", ""),
                aliases=spec["aliases"],
                roles=spec["roles"],
            )
            report.count("people")
        people[spec["slug"]] = person

    sources: dict[str, Source] = {}
    for spec in SOURCES:
        source, created = Source.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if created:
            report.count("sources")
        sources[spec["slug"]] = source

    # Every demo bulletin is about the talks in Geneva: a place and a topic readers can filter by.
    geneva, _created = Place.objects.get_or_create(
        slug="geneva",
        defaults={"name": "جنيف", "name_en": "Geneva", "latitude": "46.20222", "longitude": "6.14569"},
    )
    guarantees, _created = Topic.objects.get_or_create(
        slug="security-guarantees", defaults={"name": "الضمانات الأمنية"}
    )

    for spec in EVENTS:
        if Event.objects.for_timeline(timeline).filter(number=spec.number).exists():
            continue
        event = _bulletin(timeline, spec, persons=[people[slug] for slug in spec.mentions])
        event.places.add(geneva)
        event.topics.add(guarantees)
        for statement in spec.statements:
            services.statement_add(
                event=event,
                user=None,
                speaker=people[statement.speaker],
                kind=statement.kind,
                text=statement.text,
                source=sources[statement.source] if statement.source else None,
                original_text=statement.original_text,
                original_language=statement.original_language,
            )
        if spec.number == 18:
            services.media_add_image(
                event=event,
                user=None,
                upload=io.BytesIO(geneva_illustration()),
                alt_text="رسم توضيحي: بحيرة جنيف ونافورتها أمام جبال الألب",
                caption="جنيف، حيث التقى الوفدان الأمريكي والروسي",
                credit="رسم: تسلسل",
            )
        report.count("bulletins")

    english, created = Timeline.objects.get_or_create(slug=ENGLISH_TIMELINE["slug"], defaults=ENGLISH_TIMELINE)
    if created:
        report.count("timelines")
    for spec in ENGLISH_EVENTS:
        if Event.objects.for_timeline(english).filter(number=spec.number).exists():
            continue
        event = _bulletin(english, spec)
        event.places.add(geneva)
        report.count("bulletins")
    if created:
        # Linked once, when made: an editor who unlinks them is not overruled by the next run.
        services.timeline_link_translation(timeline=timeline, translation=english, user=None)
    return report
