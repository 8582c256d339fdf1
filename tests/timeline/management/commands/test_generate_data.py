"""generate_data: a deterministic Arabic chronology, written through the importer, for benchmarks."""

import re
from collections import Counter
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from tests.factories import EventFactory, TimelineFactory
from timeline import revisions
from timeline.arabic import fold
from timeline.importing.chronology import parse_chronology
from timeline.models import Event, Person, Revision, Source, Statement, Timeline
from timeline.synthetic_chronology import SyntheticChronology


def generate(*args: str) -> str:
    out = StringIO()
    call_command("generate_data", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def texts(slug: str) -> list[tuple[str, list[str]]]:
    """Each bulletin's headline and statement texts, in order."""
    events = Event.objects.filter(timeline__slug=slug).order_by("number").prefetch_related("statements")
    return [(event.headline, [statement.text for statement in event.statements.all()]) for event in events]


# --- The command -------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_sizes_follow_the_bulletin_count():
    output = generate("--bulletins", "100")

    timeline = Timeline.objects.get(slug="generated")
    events = Event.objects.for_timeline(timeline)
    assert sorted(events.published().values_list("number", flat=True)) == list(range(1, 101))
    assert set(events.annotate(said=Count("statements")).values_list("said", flat=True)) == {5}
    statements = Statement.objects.for_timeline(timeline)
    assert statements.count() == 500
    assert Person.objects.filter(statements__event__timeline=timeline).distinct().count() == 20
    assert Source.objects.filter(statements__event__timeline=timeline).distinct().count() == 2
    assert not statements.filter(source=None).exists()
    assert "100 bulletins, 500 statements, 20 people, 2 sources" in output


@pytest.mark.django_db
def test_statements_carry_the_intended_speakers_and_sources():
    generate("--bulletins", "50", "--seed", "3")
    chronology = SyntheticChronology(bulletins=50, seed=3)

    people: dict[int, int] = {}  # each person speaks as one row, and each row is one person
    for bulletin in chronology.bulletins():
        event = Event.objects.get(timeline__slug="generated", number=bulletin.number)
        said = list(event.statements.select_related("speaker", "source").order_by("position"))
        assert [fold(s.speaker.display_name) for s in said] == [
            fold(chronology.people[key].label) for key in bulletin.speakers
        ]
        assert [s.source.name for s in said] == [chronology.sources[index].name for index in bulletin.sources]
        for statement, key in zip(said, bulletin.speakers, strict=True):
            assert people.setdefault(statement.speaker_id, key) == key
        # The bulletin lists its sources, and its first revision records them as the importer would have.
        assert set(event.sources.all()) == {s.source for s in said}
        snapshot = Revision.objects.get(object_id=event.pk, content_type__model="event").data
        assert [s["source_name"] for s in snapshot["statements"]] == [s.source.name for s in said]
        assert snapshot == revisions.event_snapshot(event)
    assert len(set(people.values())) == len(people) == 10


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_data_and_another_seed_other_data():
    generate("--bulletins", "50", "--timeline", "first")
    generate("--bulletins", "50", "--timeline", "again")
    generate("--bulletins", "50", "--timeline", "other", "--seed", "2")

    assert texts("first") == texts("again")
    assert texts("first") != texts("other")
    different = sum(a != b for a, b in zip(texts("first"), texts("other"), strict=True))
    assert different > 40


@pytest.mark.django_db
def test_search_finds_a_bulletin_written_in_another_spelling():
    generate("--bulletins", "100")
    events = list(Event.objects.published())

    # Egyptian desks write مسئول, Levantine ones مسؤول; a reader types either. (Whole words: PostgreSQL matches
    # words, not beginnings, so "المسئولية" is not an "مسؤول".)
    egyptian = re.compile(r"\b(?:ال)?مسئول(?:ين|ون)?\b")
    only_egyptian = {e.pk for e in events if egyptian.search(e.body) and "مسؤول" not in e.body + e.headline}
    assert only_egyptian
    assert only_egyptian <= set(Event.objects.published().search("مسؤول").values_list("pk", flat=True))
    # Hamza dropped in the text, typed by the reader (with a harakah and a tatweel for good measure).
    hamzaless = {e.pk for e in events if re.search(r"\bالامن\b", e.body) and "الأمن" not in e.body + e.headline}
    assert hamzaless
    assert hamzaless <= set(Event.objects.published().search("الأمـنُ").values_list("pk", flat=True))


@pytest.mark.django_db
def test_refuses_a_timeline_with_bulletins_unless_replacing():
    generate("--bulletins", "50")
    before = texts("generated")

    with pytest.raises(CommandError, match=r"already has 50 bulletins: add --replace"):
        generate("--bulletins", "50", "--seed", "2")
    assert texts("generated") == before

    output = generate("--bulletins", "50", "--seed", "2", "--replace")
    assert "50 bulletins, 250 statements, 10 people, 1 sources" in output
    assert texts("generated") != before
    timeline = Timeline.objects.get(slug="generated")
    assert Event.objects.for_timeline(timeline).count() == 50
    # The old bulletins' revisions went with them.
    assert Revision.objects.filter(content_type__model="event").count() == 50


@pytest.mark.django_db
def test_refuses_a_timeline_with_bulletins_of_its_own():
    EventFactory(timeline=TimelineFactory(slug="geneva"))
    with pytest.raises(CommandError, match="already has 1 bulletins"):
        generate("--bulletins", "50", "--timeline", "geneva")
    assert Event.objects.count() == 1


@pytest.mark.django_db
def test_draft_leaves_everything_unpublished():
    output = generate("--bulletins", "50", "--draft")
    assert "draft" in output
    assert Event.objects.count() == 50
    assert not Event.objects.published().exists()


def test_at_least_one_bulletin():
    with pytest.raises(CommandError, match="at least 1"):
        generate("--bulletins", "0")


# --- The text ----------------------------------------------------------------------------------------------------


def test_the_importer_reads_five_statements_by_the_intended_speakers():
    """Across a longer chronology than the database tests afford: surnames shared by several people, titles
    referring back, continuations and anonymous speakers all resolve to the person meant."""
    chronology = SyntheticChronology(bulletins=1000, seed=7)
    assert max(Counter(person.surname for person in chronology.people if person.surname).values()) > 2
    written = list(chronology.bulletins())
    lines = enumerate((line for bulletin in written for line in bulletin.lines), start=1)
    mentions: dict[int, int] = {}
    for bulletin, parsed in zip(written, parse_chronology(lines), strict=True):
        assert not parsed.errors
        assert (parsed.number, parsed.headline, parsed.date) == (bulletin.number, bulletin.headline, bulletin.date)
        assert len(parsed.statements) == 5
        for statement, key in zip(parsed.statements, bulletin.speakers, strict=True):
            person = chronology.people[key]
            assert fold(statement.speaker.name or statement.speaker.description) == fold(person.label)
            assert mentions.setdefault(id(statement.speaker), key) == key
    assert len(set(mentions.values())) == len(chronology.people) == 200
    assert len({index for bulletin in written for index in bulletin.sources}) == len(chronology.sources) == 20


def test_the_text_is_spelt_the_ways_newsrooms_spell():
    written = list(SyntheticChronology(bulletins=100, seed=1).bulletins())
    text = "\n".join(line for bulletin in written for line in bulletin.lines)
    headers = [bulletin.lines[0] for bulletin in written]

    assert "مسؤول" in text
    assert "مسئول" in text
    assert "الأمن" in text
    assert re.search(r"\bالامن\b", text)
    assert re.search(r"\bفي\b", text)
    assert re.search(r"\bفى\b", text)  # Egyptian ى for a final ي
    assert re.search(r"\w\u0640\w", text)  # tatweel
    assert re.search(r"[\u064b-\u0652]", text.replace("ًا", ""))  # harakat beyond the accusative's alif
    assert any(re.match(r"\([٠-٩]+\)", header) for header in headers)
    assert any(re.match(r"\([0-9]+\)", header) for header in headers)
    months = " ".join(headers)
    assert "يناير" in months  # Egyptian and Gulf
    assert "كانون الثاني" in months  # Levantine
    # Not the same sentence again and again: search benchmarks run over it.
    paragraphs = [line for bulletin in written for line in bulletin.lines[1:]]
    assert len(set(paragraphs)) > 0.95 * len(paragraphs)
    assert len({bulletin.headline for bulletin in written}) > 90


def test_names_are_distinct_and_titled():
    people = SyntheticChronology(bulletins=20_000, seed=1).people
    assert len(people) == 4_000
    named = [person for person in people if not person.is_anonymous]
    assert len({fold(person.name) for person in named}) == len(named)
    assert all(person.title for person in named)
    anonymous = [person for person in people if person.is_anonymous]
    assert anonymous
    assert len({fold(person.description) for person in anonymous}) == len(anonymous)
