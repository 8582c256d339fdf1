from io import StringIO

import pytest
from django.core.management import call_command

from timeline import translations
from timeline.models import Event, Media, Person, PersonAlias, Role, Source, Statement, Timeline

pytestmark = pytest.mark.django_db


def snapshot() -> dict[str, list]:
    return {
        "timelines": list(Timeline.objects.values_list("pk", "slug", "title")),
        "events": list(Event.objects.order_by("pk").values_list("pk", "number", "headline", "status", "date")),
        "statements": list(
            Statement.objects.order_by("pk").values_list(
                "pk", "event", "speaker", "kind", "text", "position", "role", "source"
            )
        ),
        "people": list(Person.objects.order_by("pk").values_list("pk", "slug", "name", "is_anonymous")),
        "aliases": list(PersonAlias.objects.order_by("pk").values_list("pk", "person", "name")),
        "roles": list(Role.objects.order_by("pk").values_list("pk", "person", "title")),
        "sources": list(Source.objects.order_by("pk").values_list("pk", "slug", "kind")),
        "media": list(Media.objects.order_by("pk").values_list("pk", "event", "image", "credit")),
    }


def test_load_demo_twice_gives_the_same_data():
    first_output = StringIO()
    call_command("load_demo", stdout=first_output)
    first = snapshot()
    second_output = StringIO()
    call_command("load_demo", stdout=second_output)
    assert snapshot() == first
    assert "7 bulletins" in first_output.getvalue()  # four in Arabic, three of them translated into English
    assert "nothing changed" in second_output.getvalue()


def test_the_demo_is_a_real_looking_newsroom():
    call_command("load_demo", stdout=StringIO())
    timeline = Timeline.objects.get(language="ar")
    assert Event.objects.published().for_timeline(timeline).count() == 3
    assert Event.objects.in_review().count() == 1
    assert Person.objects.anonymous().count() == 1
    bulletin = Event.objects.for_timeline(timeline).get(number=18)
    direct = bulletin.statements.filter(kind=Statement.Kind.DIRECT).get()
    assert direct.speaker.name_latin == "Antony Blinken"
    assert direct.role.title == "وزير الخارجية الأمريكي"
    assert direct.original_language == "en"
    assert direct.source is not None
    official = Person.objects.anonymous().get()
    assert official.statements.count() == 3
    photo = bulletin.media.get()  # a picture drawn for the demo, with what a reader needs
    assert photo.alt_text
    assert photo.credit
    assert [size["width"] for size in photo.renditions] == [480, 960, 1440, 1600]


def test_an_editor_s_change_survives_a_reload():
    call_command("load_demo", stdout=StringIO())
    arabic = Event.objects.filter(timeline__language="ar", number=18)
    arabic.update(headline="عنوان عدّله المحرر")
    call_command("load_demo", stdout=StringIO())
    assert arabic.get().headline == "عنوان عدّله المحرر"


def test_the_demo_chronology_reads_in_english():
    call_command("load_demo", stdout=StringIO())
    arabic, english = Timeline.objects.get(language="ar"), Timeline.objects.get(language="en")
    assert [link.target for link in translations.timeline_links(arabic)] == [english]
    linked = translations.for_events(list(Event.objects.for_timeline(arabic).order_by("number")))
    assert [[link.target.number for link in links] for links in linked.values()] == [[16], [17], [18], []]
    assert list(english.translations.all()) == [arabic]
