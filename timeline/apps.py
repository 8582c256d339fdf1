from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def sync_role_groups_after_migrate(**kwargs) -> None:
    """Keep the Reporter, Editor and Chief groups in step with `timeline.roles` after every migrate (and after a
    test flush, which empties them): a permission added to the mapping reaches existing installations."""
    from django.contrib.auth.models import Group, Permission

    from timeline.roles import sync_role_groups

    sync_role_groups(Group, Permission)


class TimelineConfig(AppConfig):
    name = "timeline"
    verbose_name = _("Newsroom")

    def ready(self) -> None:
        # Connected for this app only, so it runs after auth has created this app's permissions.
        post_migrate.connect(sync_role_groups_after_migrate, sender=self)
        # Purges of cached responses after commit, exact to what changed (timeline/frontend_cache/, #18).
        from timeline.frontend_cache import connect

        connect()
