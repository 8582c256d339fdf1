"""Fixtures for the services' tests: a user in each newsroom role."""

import pytest

from tests.factories import UserFactory
from timeline.roles import NewsroomRole


@pytest.fixture
def reporter(db):
    return UserFactory(role=NewsroomRole.REPORTER)


@pytest.fixture
def editor(db):
    return UserFactory(role=NewsroomRole.EDITOR)


@pytest.fixture
def chief(db):
    return UserFactory(role=NewsroomRole.CHIEF)
