"""timeline.services.statements: positions, roles, the cap, linear cost."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
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
from timeline import services
from timeline.models import Person, Statement

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


class TestStatements:
    def test_statements_get_positions_roles_and_join_the_bulletin_people_and_sources(self, reporter):
        blinken = PersonFactory(name="أنطوني بلينكن")
        minister = RoleFactory(person=blinken, start_date=datetime.date(2021, 1, 26))
        official = AnonymousPersonFactory()
        cnn = SourceFactory(name="CNN")
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        first = services.statement_add(
            event=event,
            user=reporter,
            speaker=blinken,
            text="قال",
            source=cnn,
            kind=Statement.Kind.PARAPHRASE,
        )
        second = services.statement_add(event=event, user=reporter, speaker=official, text="أضاف")
        assert (first.position, second.position) == (1, 2)
        assert first.role == minister
        assert second.role is None
        assert set(event.persons.all()) == {blinken, official}
        assert list(event.sources.all()) == [cnn]

    def test_sync_numbers_unpositioned_statements_after_the_positioned_ones(self):
        event = EventFactory()
        late = StatementFactory(event=event, position=0, text="c")
        second = StatementFactory(event=event, position=7, text="b")
        first = StatementFactory(event=event, position=2, text="a")
        services.event_statements_sync(event=event)
        assert list(event.statements.values_list("text", "position")) == [("a", 1), ("b", 2), ("c", 3)]
        assert {first.pk, second.pk, late.pk} == set(event.statements.values_list("pk", flat=True))

    def test_the_role_follows_the_date_it_was_said(self, reporter):
        person = PersonFactory()
        RoleFactory(
            person=person,
            title="then",
            start_date=datetime.date(2010, 1, 1),
            end_date=datetime.date(2015, 1, 1),
        )
        RoleFactory(person=person, title="now", start_date=datetime.date(2021, 1, 1))
        event = services.event_create(timeline=TimelineFactory(), user=reporter, headline="h", date=DAY)
        recalled = services.statement_add(
            event=event, user=reporter, speaker=person, text="t", said_on=datetime.date(2012, 5, 1)
        )
        assert recalled.role.title == "then"


class TestManyStatements:
    def statements(self, count: int, speakers: list[Person]) -> list[dict]:
        return [{"speaker": speakers[n % len(speakers)], "text": f"قال {n}"} for n in range(count)]

    def test_a_bulletin_holds_at_most_the_cap_and_a_refusal_changes_nothing(self, editor):
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(2, [speaker]))
        too_many = self.statements(services.MAX_STATEMENTS_PER_BULLETIN + 1, [speaker])
        with pytest.raises(ValidationError) as refused:
            services.event_statements_replace(event=event, user=editor, statements=too_many)
        message = refused.value.message_dict["statements"][0]
        assert str(services.MAX_STATEMENTS_PER_BULLETIN) in message
        assert str(services.MAX_STATEMENTS_PER_BULLETIN + 1) in message
        assert event.statements.count() == 2

    def test_adding_one_past_the_cap_is_refused(self, editor, monkeypatch):
        monkeypatch.setattr(services.statements, "MAX_STATEMENTS_PER_BULLETIN", 3)
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(3, [speaker]))
        with pytest.raises(ValidationError) as refused:
            services.statement_add(event=event, user=editor, speaker=speaker, text="واحد أكثر")
        assert "3" in refused.value.message_dict["statements"][0]
        assert event.statements.count() == 3

    def test_replacing_keeps_order_roles_people_and_sources(self, editor):
        event = EventFactory(date=DAY)
        minister = RoleFactory(start_date=datetime.date(2021, 1, 1)).person
        source = SourceFactory()
        unnamed = AnonymousPersonFactory()
        services.event_statements_replace(
            event=event,
            user=editor,
            statements=[
                {"speaker": minister, "text": "أولا", "source": source},
                {"speaker": unnamed, "text": "ثانيا", "original_text": "", "original_language": "en"},
                {"speaker": minister, "text": "ثالثا", "kind": Statement.Kind.PARAPHRASE},
            ],
        )
        saved = list(event.statements.order_by("position"))
        assert [(s.position, s.text) for s in saved] == [(1, "أولا"), (2, "ثانيا"), (3, "ثالثا")]
        assert saved[0].role == saved[2].role == minister.roles.get()
        assert saved[1].original_language == ""  # no original text: its language means nothing
        assert set(event.persons.all()) == {minister, unnamed}
        assert list(event.sources.all()) == [source]

    def test_a_bad_statement_is_refused_before_any_is_written(self, editor):
        event = EventFactory(date=DAY)
        speaker = PersonFactory()
        services.event_statements_replace(event=event, user=editor, statements=self.statements(2, [speaker]))
        with pytest.raises(ValidationError):
            services.event_statements_replace(
                event=event,
                user=editor,
                statements=[{"speaker": speaker, "text": "حسنا"}, {"speaker": speaker, "text": " "}],
            )
        assert [s.text for s in event.statements.all()] == ["قال 0", "قال 1"]

    def test_the_cost_of_replacing_grows_with_the_count_not_its_square(self, editor):
        """Each statement costs the same few queries however many there are (it used to re-read and re-check the
        whole bulletin after each one, with the timeline locked: 400 statements took 95 s)."""
        speakers = PersonFactory.create_batch(3)  # without roles: each needs looking up, once per speaker and day

        def queries(count: int) -> int:
            event = EventFactory(date=DAY)
            with CaptureQueriesContext(connection) as captured:
                services.event_statements_replace(event=event, user=editor, statements=self.statements(count, speakers))
            return len(captured)

        queries(1)  # the user's permissions, read once and kept
        ten, twenty, forty = queries(10), queries(20), queries(40)
        assert forty - twenty == 2 * (twenty - ten)
