"""What a user name and a new password or passphrase must be (shared by set-up and staff)."""

from __future__ import annotations

import re

from osc_desktop.errors import FieldInvalid
from osc_desktop.i18n import QT_TRANSLATE_NOOP
from osc_desktop.services.core.validation import FieldErrors

USERNAME_INVALID = QT_TRANSLATE_NOOP(
    "validation",
    "Use 3 to 40 small English letters, digits, dots, dashes or underscores (e.g. asha.kumari).",
)
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP("validation", "Use at least %1 characters.")
REPEAT_DIFFERS = QT_TRANSLATE_NOOP("validation", "The two entries are not the same.")

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,39}$")


def clean_username(value: str) -> str:
    """The user name in small letters. Raises FieldInvalid when it is not a valid one."""
    username = value.strip().lower()
    if not _USERNAME.match(username):
        raise FieldInvalid(USERNAME_INVALID)
    return username


def check_new_secret(value: str, repeat: str, minimum: int, c: FieldErrors, name: str) -> str:
    """`value` as given; a problem is noted in `c` under `name` (too short) or
    `name`_repeat (the two entries differ)."""
    if len(value) < minimum:
        c.add(name, FieldInvalid(PASSWORD_TOO_SHORT, minimum))
    elif value != repeat:
        c.add(f"{name}_repeat", FieldInvalid(REPEAT_DIFFERS))
    return value
