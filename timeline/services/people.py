"""People and sources: creating, finding a speaker, merging duplicates."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from timeline.models import (
    Event,
    Person,
    PersonAlias,
    Role,
    Source,
    Statement,
)
from timeline.services.bulletins import _refresh_derived
from timeline.services.permissions import User

__all__ = [
    "person_changed",
    "person_create",
    "person_merge",
    "source_merge",
    "speaker_find_or_create",
]

logger = logging.getLogger(__name__)


@transaction.atomic
def person_changed(*, person: Person) -> None:
    """A person was renamed or re-described: the bulletins quoting them are found under the new name."""
    events = Event.objects.filter(statements__speaker=person).distinct()
    if events:
        _refresh_derived(*events)


@transaction.atomic
def speaker_find_or_create(*, name: str, anonymous: bool, user: User | None) -> Person:
    """The person a writer names: by name, Latin name or alias (an anonymous speaker by description); created when
    no one matches. Refused when several people match."""
    if anonymous:
        found = list(Person.objects.anonymous().filter(description=name)[:2])
    else:
        found = list(Person.objects.named().matching_name(name)[:2])
    if len(found) > 1:
        raise ValidationError(
            _("Several people are called “%(name)s”: give the speaker's slug instead.") % {"name": name}
        )
    if found:
        return found[0]
    if anonymous:
        return person_create(user=user, is_anonymous=True, description=name)
    return person_create(user=user, name=name, name_latin=name if name.isascii() else "")


@transaction.atomic
def person_create(
    *,
    user: User | None,
    name: str = "",
    name_latin: str = "",
    slug: str = "",
    is_anonymous: bool = False,
    description: str = "",
    wikidata_id: str = "",
    aliases: Iterable[str] = (),
    roles: Iterable[dict[str, Any]] = (),
    validate_constraints: bool = True,
) -> Person:
    """Create a person with aliases and roles (`{"title", "organisation", "start_date", "end_date"}`).

    `validate_constraints=False` leaves the table's constraints (a name or a description; one person per Wikidata id)
    to the database, for a caller that builds people it cannot break them with: Django checks each constraint with
    a query and two savepoints, most of the cost of creating a person, and the importer creates thousands."""
    if user is not None and not user.has_perm("timeline.add_person"):
        raise PermissionDenied(_("You may not add people."))
    person = Person(
        name=name.strip(),
        name_latin=name_latin.strip(),
        slug=slug.strip(),
        is_anonymous=is_anonymous,
        description=description.strip(),
        wikidata_id=wikidata_id.strip(),
    )
    person.full_clean(exclude=[] if slug else ["slug"], validate_constraints=validate_constraints)
    person.save()
    for alias in {a.strip() for a in aliases if a.strip()}:
        PersonAlias.objects.create(person=person, name=alias)
    for role_fields in roles:
        role = Role(person=person, **role_fields)
        role.full_clean()
        role.save()
    return person


@transaction.atomic
def person_merge(*, keep: Person, duplicates: Iterable[Person], user: User | None) -> Person:
    """Fold duplicate records of one person into `keep`: their statements, roles, mentions and aliases move over,
    their names become aliases, and the duplicates are deleted. For chiefs only."""
    if user is not None and not (user.has_perm("timeline.merge_person") and user.has_perm("timeline.delete_person")):
        raise PermissionDenied(_("Only a chief may merge people."))
    duplicates = [d for d in duplicates if d.pk != keep.pk]
    if any(d.is_anonymous != keep.is_anonymous for d in duplicates):
        raise ValidationError(_("A named person and an anonymous speaker cannot be merged."))
    known_aliases = set(keep.aliases.values_list("name", flat=True)) | {keep.name, keep.name_latin}
    for duplicate in duplicates:
        Statement.objects.filter(speaker=duplicate).update(speaker=keep)
        Role.objects.filter(person=duplicate).update(person=keep)
        for event in Event.objects.filter(persons=duplicate):
            event.persons.add(keep)
        names = {duplicate.name, duplicate.name_latin, *duplicate.aliases.values_list("name", flat=True)}
        for name in sorted(n for n in names if n and n not in known_aliases):
            PersonAlias.objects.create(person=keep, name=name)
            known_aliases.add(name)
        if not keep.wikidata_id and duplicate.wikidata_id:
            keep.wikidata_id = duplicate.wikidata_id
            duplicate.wikidata_id = ""
            duplicate.save(update_fields=["wikidata_id"])
        duplicate.delete()
    keep.full_clean()
    keep.save()
    return keep


@transaction.atomic
def source_merge(*, keep: Source, duplicates: Iterable[Source], user: User | None) -> Source:
    """Fold duplicate sources into `keep`; statements and citations move over. For chiefs only."""
    if user is not None and not (user.has_perm("timeline.merge_source") and user.has_perm("timeline.delete_source")):
        raise PermissionDenied(_("Only a chief may merge sources."))
    for duplicate in (d for d in duplicates if d.pk != keep.pk):
        Statement.objects.filter(source=duplicate).update(source=keep)
        for event in Event.objects.filter(sources=duplicate):
            event.sources.add(keep)
        duplicate.delete()
    return keep
