"""People's name skeletons made anew: ch written تش by some desks and ج or چ by others is now one sound
(عراقتشي and عراقجي share a key)."""

import importlib

from django.db import migrations

fill_name_keys = importlib.import_module("timeline.migrations.0011_person_name_keys").fill_name_keys


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0013_event_published_day_facts"),
    ]

    operations = [
        migrations.RunPython(fill_name_keys, migrations.RunPython.noop),
    ]
