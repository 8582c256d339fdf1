import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def test_creates_a_staff_account_in_the_role_and_prints_a_generated_password():
    output = run("layla", "--role", "reporter")
    user = get_user_model().objects.get(username="layla")
    password = output.split("Password: ", 1)[1].strip()
    assert user.is_staff
    assert user.check_password(password)
    assert list(user.groups.values_list("name", flat=True)) == ["Reporter"]
    assert not user.has_perm("timeline.publish_event")


def test_running_again_updates_the_role_and_keeps_the_password_unless_given():
    run("layla", "--role", "reporter", "--password", "first-password-1")
    output = run("layla", "--role", "chief")
    user = get_user_model().objects.get(username="layla")
    assert "Updated layla as Chief" in output
    assert "Password" not in output
    assert user.check_password("first-password-1")
    assert list(user.groups.values_list("name", flat=True)) == ["Chief"]
    assert get_user_model().objects.filter(username="layla").count() == 1


def test_other_groups_are_kept():
    from django.contrib.auth.models import Group

    run("layla", "--role", "editor")
    user = get_user_model().objects.get(username="layla")
    user.groups.add(Group.objects.create(name="Night desk"))
    run("layla", "--role", "reporter")
    assert set(user.groups.values_list("name", flat=True)) == {"Night desk", "Reporter"}


def test_an_unknown_role_is_refused():
    with pytest.raises(CommandError, match="invalid choice"):
        run("layla", "--role", "intern")


def test_an_invalid_username_is_a_clear_error():
    with pytest.raises(CommandError, match="username"):
        run("not a valid name!", "--role", "editor")
