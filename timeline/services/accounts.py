"""Newsroom accounts and their roles."""

from __future__ import annotations

import logging
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.db import transaction

from timeline.roles import NewsroomRole, sync_role_groups

__all__ = [
    "editor_account_save",
]

logger = logging.getLogger(__name__)


@transaction.atomic
def editor_account_save(
    *, username: str, role: NewsroomRole, password: str | None = None, email: str = ""
) -> tuple[AbstractBaseUser, bool, str | None]:
    """Create or update a staff account in exactly one newsroom role (other groups are kept).

    Returns the user, whether it was created, and the password generated for a new account given none.
    """
    user_model = get_user_model()
    sync_role_groups(Group, Permission)
    user, created = user_model.objects.get_or_create(username=username)
    user.is_staff = True
    user.is_active = True
    if email:
        user.email = email
    generated = None
    if password:
        user.set_password(password)
    elif created:
        generated = secrets.token_urlsafe(12)
        user.set_password(generated)
    user.full_clean(exclude=["password"])
    user.save()
    role_groups = Group.objects.filter(name__in=[r.group_name for r in NewsroomRole])
    user.groups.remove(*role_groups.exclude(name=role.group_name))
    user.groups.add(role_groups.get(name=role.group_name))
    return user, created, generated
