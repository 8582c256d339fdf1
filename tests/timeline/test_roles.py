import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import UserFactory
from timeline.roles import NewsroomRole, permission_codenames, sync_role_groups

pytestmark = pytest.mark.django_db


def test_the_migration_created_the_three_groups_with_their_permissions():
    for role in NewsroomRole:
        group = Group.objects.get(name=role.group_name)
        assert set(group.permissions.values_list("codename", flat=True)) == permission_codenames(role)


@pytest.mark.parametrize(
    ("role", "may_publish", "may_merge", "may_delete_people"),
    [
        (NewsroomRole.REPORTER, False, False, False),
        (NewsroomRole.EDITOR, True, False, False),
        (NewsroomRole.CHIEF, True, True, True),
    ],
)
def test_what_each_role_may_do(role, may_publish, may_merge, may_delete_people):
    user = UserFactory(role=role)
    assert user.has_perm("timeline.add_event")
    assert user.has_perm("timeline.publish_event") is may_publish
    assert user.has_perm("timeline.merge_person") is may_merge
    assert user.has_perm("timeline.delete_person") is may_delete_people


def test_sync_restores_a_group_someone_edited():
    editor = Group.objects.get(name="Editor")
    editor.permissions.remove(Permission.objects.get(codename="publish_event"))
    sync_role_groups(Group, Permission)
    assert editor.permissions.filter(codename="publish_event").exists()
