"""How a view calls a service: one unit of work, and a refusal handed back to be explained."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from osc_desktop.errors import OscError
from osc_desktop.services.core.progress import Cancelled, Progress
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
    return _called(lambda: tasks.call(centre, action), refused, busy)


def call_long_service(
    centre: OpenCentre,
    action: Callable[[Any, Progress], T],
    refused: Callable[[OscError], object],
    *,
    title: str,
    parent: QWidget,
) -> T | None:
    """As `call_service`, for long work that reports progress: `action(uow, progress)`.

    A progress dialog titled `title` shows how far it has got (after about half a second)
    with Cancel; a cancelled call gives None and nothing is explained (she asked for it).
    """

    def work(progress: Progress) -> T:
        with centre.database.unit_of_work() as uow:
            return action(uow, progress)

    return _called(
        lambda: tasks.run(work, title=title, cancellable=True, parent=parent), refused, False
    )


def _called(run: Callable[[], T], refused: Callable[[OscError], object], busy: bool) -> T | None:
    refusal: OscError | None = None
    if busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return run()
    except Cancelled:
        return None
    except OscError as error:
        refusal = error
        return None
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()
        if refusal is not None:
            refused(refusal)
