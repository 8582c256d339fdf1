"""Writes that touch more than one row, or carry a newsroom rule. The admin, the API, the importer and the
management commands all call these, so that each rule lives in one place.

Every function is keyword-only and atomic, and runs `full_clean()` before saving. `user=None` means a trusted
system caller (a management command); any other caller passes the acting user, whose permissions are checked.

One module per subject (as Zulip keeps zerver/actions/); this package re-exports them all, so callers read
`from timeline import services` and `services.event_publish(...)`, or import the module they need.
"""

from timeline.services import (
    accounts,
    audit,
    bulletins,
    media,
    numbering,
    people,
    permissions,
    revisions,
    statements,
    translations,
)
from timeline.services.accounts import *  # noqa: F403
from timeline.services.audit import *  # noqa: F403
from timeline.services.bulletins import *  # noqa: F403
from timeline.services.media import *  # noqa: F403
from timeline.services.numbering import *  # noqa: F403
from timeline.services.people import *  # noqa: F403
from timeline.services.permissions import *  # noqa: F403
from timeline.services.revisions import *  # noqa: F403
from timeline.services.statements import *  # noqa: F403
from timeline.services.translations import *  # noqa: F403

__all__ = [
    *permissions.__all__,
    *numbering.__all__,
    *audit.__all__,
    *bulletins.__all__,
    *statements.__all__,
    *people.__all__,
    *media.__all__,
    *accounts.__all__,
    *revisions.__all__,
    *translations.__all__,
]
