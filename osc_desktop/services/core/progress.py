"""How long work says how far it has got, and how it is stopped (no Qt).

A service that takes a while accepts `progress: Progress = no_progress` and calls it now and
then with (done, total). The caller's callback may raise `Cancelled` when the user pressed
Cancel: the service then stops at that point, its unit of work is rolled back, and nothing it
was doing is left half-made (each service says what stopping leaves, if anything).
"""

from __future__ import annotations

from collections.abc import Callable

from osc_desktop.errors import OscError
from osc_desktop.i18n import QT_TRANSLATE_NOOP

Progress = Callable[[int, int], None]


class Cancelled(OscError):
    """The user stopped the work before it finished."""

    message = QT_TRANSLATE_NOOP("errors", "Stopped before it finished.")


def no_progress(done: int, total: int) -> None:
    """The progress callback of a caller that does not show progress."""
