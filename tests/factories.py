"""factory-boy factories for the newsroom models, and staff users in a newsroom role."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from timeline.models import Event, Person, PersonAlias, Role, Source, Statement, Timeline
from timeline.roles import NewsroomRole


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def role(self, create: bool, role: NewsroomRole | None, **kwargs) -> None:
        if create and role is not None:
            self.groups.add(Group.objects.get(name=role.group_name))


class TimelineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Timeline

    slug = factory.Sequence(lambda n: f"story-{n}")
    title = factory.Sequence(lambda n: f"قصة رقم {n}")
    language = "ar"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"شخص {n}")
    name_latin = factory.Sequence(lambda n: f"Person {n}")


class AnonymousPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    is_anonymous = True
    description = "مسئول كبير في الإدارة الأمريكية"


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    person = factory.SubFactory(PersonFactory)
    title = "وزير الخارجية الأمريكي"
    organisation = "وزارة الخارجية الأمريكية"
    start_date = datetime.date(2021, 1, 26)


class PersonAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonAlias

    person = factory.SubFactory(PersonFactory)
    name = factory.Sequence(lambda n: f"لقب {n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = Source.Kind.NEWS_AGENCY


class EventFactory(factory.django.DjangoModelFactory):
    """Saves directly, bypassing the services: for arranging data, not for testing numbering."""

    class Meta:
        model = Event

    timeline = factory.SubFactory(TimelineFactory)
    number = factory.Sequence(lambda n: n + 1)
    headline = factory.Sequence(lambda n: f"عنوان النشرة {n}")
    body = "فقرة أولى.\nفقرة ثانية."
    date = datetime.date(2022, 1, 9)
    status = Event.Status.DRAFT


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    event = factory.SubFactory(EventFactory)
    speaker = factory.SubFactory(PersonFactory)
    kind = Statement.Kind.DIRECT
    text = factory.Sequence(lambda n: f"تصريح رقم {n}")
    position = factory.Sequence(lambda n: n + 1)
