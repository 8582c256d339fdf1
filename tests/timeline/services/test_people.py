"""timeline.services.people: merging people and sources (chiefs only)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.factories import (
    AnonymousPersonFactory,
    PersonFactory,
    SourceFactory,
    StatementFactory,
)
from timeline import services
from timeline.models import Person, Source

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


class TestMerging:
    def test_a_chief_merges_duplicate_people(self, chief):
        blinken = PersonFactory(name="أنطوني بلينكن", name_latin="Antony Blinken")
        duplicate = PersonFactory(name="انتوني بلنكن", name_latin="A. Blinken", wikidata_id="Q123")
        duplicate.aliases.create(name="بلنكن")
        statement = StatementFactory(speaker=duplicate)
        statement.event.persons.add(duplicate)
        services.person_merge(keep=blinken, duplicates=[duplicate], user=chief)
        statement.refresh_from_db()
        blinken.refresh_from_db()
        assert statement.speaker == blinken
        assert list(statement.event.persons.all()) == [blinken]
        assert set(blinken.aliases.values_list("name", flat=True)) == {"انتوني بلنكن", "A. Blinken", "بلنكن"}
        assert blinken.wikidata_id == "Q123"
        assert not Person.objects.filter(pk=duplicate.pk).exists()

    def test_an_editor_may_not_merge(self, editor):
        keep, duplicate = PersonFactory(), PersonFactory()
        with pytest.raises(PermissionDenied):
            services.person_merge(keep=keep, duplicates=[duplicate], user=editor)
        assert Person.objects.count() == 2

    def test_a_named_person_and_an_anonymous_speaker_do_not_merge(self, chief):
        with pytest.raises(ValidationError):
            services.person_merge(keep=PersonFactory(), duplicates=[AnonymousPersonFactory()], user=chief)

    def test_a_chief_merges_sources(self, chief):
        keep, duplicate = SourceFactory(name="Reuters"), SourceFactory(name="رويترز")
        statement = StatementFactory(source=duplicate)
        statement.event.sources.add(duplicate)
        services.source_merge(keep=keep, duplicates=[duplicate], user=chief)
        statement.refresh_from_db()
        assert statement.source == keep
        assert list(statement.event.sources.all()) == [keep]
        assert list(Source.objects.all()) == [keep]


def test_a_person_created_without_constraint_queries_still_meets_the_constraints_in_the_database(
    django_assert_max_num_queries,
):
    from django.db import IntegrityError, transaction

    # The importer's way: fields checked in Python, the table's constraints left to the database.
    with django_assert_max_num_queries(4):  # savepoint, the slug's uniqueness, the insert, release
        person = services.person_create(user=None, name="هدى العامري", validate_constraints=False)
    assert person.pk
    with pytest.raises(IntegrityError), transaction.atomic():
        services.person_create(user=None, name="", validate_constraints=False)
    with pytest.raises(ValidationError):  # the default: checked, and told as a validation error
        services.person_create(user=None, name="")
