from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RenderingsConfig(AppConfig):
    """Bulletins as readers get them, rendered when written (timeline/bulletin_fragments.py). Its own app, so its
    table and migrations stand apart from the newsroom's data: it can be emptied at any time and is rebuilt."""

    name = "renderings"
    verbose_name = _("Rendered bulletins")
    default_auto_field = "django.db.models.BigAutoField"
