"""timeline.services.accounts: editor accounts and their roles."""

import datetime

import pytest

from timeline import services
from timeline.roles import NewsroomRole

pytestmark = pytest.mark.django_db
DAY = datetime.date(2022, 1, 9)


class TestEditorAccounts:
    def test_create_then_update_keeps_one_role(self):
        user, created, generated = services.editor_account_save(username="salma", role=NewsroomRole.REPORTER)
        assert created
        assert user.check_password(generated)
        assert user.is_staff
        user, created, generated = services.editor_account_save(
            username="salma", role=NewsroomRole.EDITOR, password="new-password-123"
        )
        assert not created
        assert generated is None
        assert list(user.groups.values_list("name", flat=True)) == ["Editor"]
        assert user.check_password("new-password-123")
        assert user.has_perm("timeline.publish_event")
