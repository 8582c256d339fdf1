"""Interface strings new in Django 6.x that its Arabic catalogue does not translate yet.

Listed here only so that `make messages` extracts them into our catalogue (locale/ takes precedence over Django's);
nothing imports this module. Drop an entry once Django ships its translation.
"""

from django.utils.translation import gettext_noop

MISSING = [
    gettext_noop("Run"),  # the admin's action button
    gettext_noop("Filter by %(field_name)s"),  # the date hierarchy's label
    gettext_noop("- Select an option -"),  # the empty choice of select boxes
]
