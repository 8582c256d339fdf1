"""Newsroom roles: what a Reporter, an Editor and a Chief may do, as Django groups and permissions.

The mapping lives here once; the data migration and `create_editor` both apply it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NewsroomRole(models.TextChoices):
    REPORTER = "reporter", _("Reporter")
    EDITOR = "editor", _("Editor")
    CHIEF = "chief", _("Chief")

    @property
    def group_name(self) -> str:
        # Group names are stored data: keep them in English whatever the interface language.
        return self.name.title()


_REPORTER = {
    "timeline": ["view"],
    "event": ["add", "change", "view"],
    "statement": ["add", "change", "delete", "view"],
    # Like statements: within the bulletins they may edit (services.user_can_edit_event).
    "media": ["add", "change", "delete", "view"],
    "person": ["add", "view"],
    "personalias": ["add", "view"],
    "role": ["add", "view"],
    "source": ["add", "view"],
    "topic": ["add", "view"],
    "place": ["add", "view"],
}
_EDITOR = {
    **_REPORTER,
    "timeline": ["add", "change", "view"],
    "event": ["add", "change", "delete", "view", "publish"],
    "person": ["add", "change", "view"],
    "personalias": ["add", "change", "delete", "view"],
    "role": ["add", "change", "delete", "view"],
    "source": ["add", "change", "view"],
    "topic": ["add", "change", "view"],
    "place": ["add", "change", "view"],
}
_CHIEF = {
    **_EDITOR,
    "event": ["add", "change", "delete", "view", "publish", "renumber", "audit"],
    "timeline": ["add", "change", "delete", "view"],
    "person": ["add", "change", "delete", "view", "merge"],
    "source": ["add", "change", "delete", "view", "merge"],
    "topic": ["add", "change", "delete", "view"],
    "place": ["add", "change", "delete", "view"],
}

ROLE_PERMISSIONS: dict[NewsroomRole, dict[str, list[str]]] = {
    NewsroomRole.REPORTER: _REPORTER,
    NewsroomRole.EDITOR: _EDITOR,
    NewsroomRole.CHIEF: _CHIEF,
}


def permission_codenames(role: NewsroomRole) -> set[str]:
    return {f"{action}_{model}" for model, actions in ROLE_PERMISSIONS[role].items() for action in actions}


def sync_role_groups(
    group_model: type[models.Model], permission_model: type[models.Model], *, strict: bool = True
) -> None:
    """Create the three groups (if missing) and set their permissions to exactly the mapping above.

    Takes the models as arguments so that a migration can pass its historical models; a migration passes
    strict=False, since permissions added by later migrations do not exist yet (the sync after migrate adds them).
    """
    for role in NewsroomRole:
        wanted = permission_codenames(role)
        permissions = list(permission_model.objects.filter(content_type__app_label="timeline", codename__in=wanted))
        missing = wanted - {p.codename for p in permissions}
        if missing and strict:
            raise LookupError(f"Permissions not found for role {role.label}: {sorted(missing)}")
        group, _created = group_model.objects.get_or_create(name=role.group_name)
        group.permissions.set(permissions)
