"""How a view calls a service: one unit of work, and a refusal handed back to be explained."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from osc_desktop.errors import OscError
from osc_desktop.ui import tasks

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")


def call_service(
    centre: OpenCentre,
    action: Callable[[Any], T],
    refused: Callable[[OscError], object],
    *,
    busy: bool = False,
) -> T | None:
    """Run `action(uow)` in one unit of work of `centre` and return what it returns; a refusal
    (an OscError) goes to `refused` and gives None.

    It runs on the task runner's worker thread (`ui/tasks.py`), the window alive meanwhile.
    With `busy`, a wait cursor shows while it runs, put back before the refusal is explained.
    """
    refusal: OscError | None = None
    if busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return tasks.call(centre, action)
    except OscError as error:
        refusal = error
        return None
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
        if refusal is not None:
            refused(refusal)
