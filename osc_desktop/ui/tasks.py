"""Service calls off the GUI thread: the one place in the app that starts threads.

Every call a screen makes to the database, the disk or a slow computation goes through here:

    counts = tasks.call(centre, lambda uow: today_counts(uow, by=actor))
    report = tasks.run(lambda progress: verify(..., progress=progress),
                       title=..., cancellable=True, parent=self)

The work runs on the one worker thread (SQLite has one writer; every call here may write an
audit event, so all of them queue there, in the order they were asked). While it runs the GUI
thread waits in a local event loop: the window repaints, timers and signals run, the
operating system never sees it hang. The user's clicks and keys wait until the call returns
(so nothing is clicked twice or half-saved), except on the progress dialog, which appears when
the work takes longer than `PROGRESS_AFTER_MS` and shows how far it has got; work that can stop
offers Cancel there, and the service stops with `Cancelled` at its next progress report.

What the work returns is returned; what it raises is raised again on the GUI thread, so a
screen handles an OscError exactly as if it had called the service itself.

`TaskRunner.start` runs work without waiting (the scheduled backups) and hands the result or
the error to callbacks on the GUI thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from osc_desktop.services.core.progress import Cancelled, Progress

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")

PROGRESS_AFTER_MS = 500


class _Signals(QObject):
    """Lives on the GUI thread; emitted from the worker, so the slots run on the GUI thread."""

    progressed = Signal(int, int)
    finished = Signal()


class Task(QObject):
    """One piece of work: its outcome, its progress, whether Cancel was pressed."""

    progressed = Signal(int, int)  # done, total: on the GUI thread
    finished = Signal()  # on the GUI thread, once, after `result` or `error` is set

    def __init__(
        self, work: Callable[[Progress], Any], *, cancellable: bool, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.cancellable = cancellable
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.last_progress = (0, 0)
        self._cancel = threading.Event()
        self._signals = _Signals()
        self._signals.progressed.connect(self.progressed)
        self._signals.finished.connect(self._on_finished)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (only work that can stop)."""
        if self.cancellable:
            self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """The work's progress callback (on the worker thread). Raises Cancelled on Cancel."""
        if self._cancel.is_set():
            raise Cancelled()
        self.last_progress = (done, total)  # for a dialog that appears later
        self._signals.progressed.emit(done, total)

    def run_here(self) -> None:
        """Do the work on this (the worker) thread and keep its outcome."""
        try:
            self.result = self.work(self.report)
        except BaseException as exc:  # handed to the GUI thread, raised again there
            self.error = exc
        self._signals.finished.emit()

    def _on_finished(self) -> None:
        self.done = True
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:  # Qt override, on the worker thread
        self.task.run_here()


class GuiThreadCollector(QObject):
    """Python's cycle collector, run on the GUI thread only.

    Left to itself the collector runs in whichever thread happens to allocate, and the worker
    allocates a lot (SQLAlchemy, reportlab). A widget or signal object caught in a reference
    cycle would then be destroyed on the worker, which Qt does not allow (a crash, at random).
    So automatic collection is switched off, and a timer here collects each generation when
    its threshold is passed, as automatic collection would.
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(interval_ms)

    def collect_if_due(self) -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):  # the oldest due generation collects the younger too
            if counts[generation] > thresholds[generation]:
                gc.collect(generation)
                return


class TaskRunner(QObject):
    """The app's one worker thread and the waiting that goes with it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collector = GuiThreadCollector(self)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer: calls run one after another, in order
        self.pool.setExpiryTimeout(-1)  # keep the thread: starting one per call costs time
        self.progress_dialog: QProgressDialog | None = None
        self.waiting = 0  # calls now waiting (nested when a timer calls while one runs)

    # -- running ---------------------------------------------------------------------------

    def start(
        self,
        work: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = False,
    ) -> Task:
        """Queue `work(progress)` and return at once; `on_done(result)` or `on_error(error)`
        is called on the GUI thread when it has run."""
        task = Task(work, cancellable=cancellable, parent=self)

        def deliver() -> None:
            task.deleteLater()
            if task.error is not None:
                if on_error is None:
                    raise task.error
                on_error(task.error)
            elif on_done is not None:
                on_done(task.result)

        task.finished.connect(deliver)
        self.pool.start(_Runnable(task))
        return task

    def run(
        self,
        work: Callable[[Progress], T],
        *,
        title: str = "",
        cancellable: bool = False,
        parent: QWidget | None = None,
    ) -> T:
        """Run `work(progress)` on the worker thread and wait for it with the window alive.

        Returns what the work returned. Raises what it raised (Cancelled when the user
        pressed Cancel and the work stopped).
        """
        task = Task(work, cancellable=cancellable, parent=self)
        self.pool.start(_Runnable(task))
        self._wait(task, title, parent)
        task.deleteLater()
        if task.error is not None:
            raise task.error
        return task.result  # type: ignore[no-any-return]

    def call(
        self,
        centre: OpenCentre,
        action: Callable[[Any], T],
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> T:
        """Run `action(uow)` in one unit of work of `centre` on the worker thread; as `run`."""

        def work(progress: Progress) -> T:
            with centre.database.unit_of_work() as uow:
                return action(uow)

        return self.run(work, title=title, parent=parent)

    def wait_until_idle(self) -> None:
        """Wait for every queued call to finish (before the records are closed)."""
        self.pool.waitForDone()

    # -- waiting ---------------------------------------------------------------------------

    def _wait(self, task: Task, title: str, parent: QWidget | None) -> None:
        if task.done:
            return
        self.waiting += 1
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        dialog: list[QProgressDialog] = []

        def show_progress() -> None:
            if not task.done:
                dialog.append(self._progress_dialog(task, title, parent))
                loop.quit()  # wait again, now letting the dialog's Cancel be clicked

        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(show_progress)
        timer.start(PROGRESS_AFTER_MS)
        try:
            while not task.done:
                flags = QEventLoop.ProcessEventsFlag.AllEvents
                if not dialog:
                    flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
                loop.exec(flags)
        finally:
            timer.stop()
            self.waiting -= 1
            for shown in dialog:
                shown.hide()
                shown.deleteLater()
            if dialog and self.progress_dialog is dialog[0]:
                self.progress_dialog = None

    def _progress_dialog(self, task: Task, title: str, parent: QWidget | None) -> QProgressDialog:
        owner = parent.window() if parent is not None else QApplication.activeWindow()
        dialog = _ProgressDialog(task, owner)
        dialog.setLabelText(title or self.tr("Working…"))
        if task.cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(lambda: dialog.setLabelText(self.tr("Stopping…")))
        dialog.show_progress(*task.last_progress)
        task.progressed.connect(dialog.show_progress)
        dialog.show()
        self.progress_dialog = dialog
        return dialog

    @property
    def busy(self) -> bool:
        """True while a call is waiting for its work: the main window does not close then
        (a close from the window manager is not held back with the clicks and keys)."""
        return self.waiting > 0


class _ProgressDialog(QProgressDialog):
    """How far the work has got. Closing it or pressing Esc cancels work that can stop, and
    does nothing to work that cannot: the dialog stays until the work is done."""

    def __init__(self, task: Task, owner: QWidget | None) -> None:
        super().__init__(owner)
        self.task = task
        self.setWindowTitle(QCoreApplication.applicationName())
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy, until the work says how far it has got
        self.setMinimumWidth(400)  # room for a Hindi title without a cramped bar
        if task.cancellable:
            self.canceled.connect(task.cancel)
        else:
            self.setCancelButton(None)  # type: ignore[arg-type]

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if not self.task.done:
            event.ignore()
            if self.task.cancellable:
                self.canceled.emit()

    def reject(self) -> None:  # Qt override: Esc
        if self.task.done:
            super().reject()
        elif self.task.cancellable:
            self.canceled.emit()


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The app's task runner (made on first use, owned by the application object)."""
    global _runner
    app = QCoreApplication.instance()
    if _runner is None or _runner.parent() is not app:
        _runner = TaskRunner(app)
    return _runner


def run(
    work: Callable[[Progress], T],
    *,
    title: str = "",
    cancellable: bool = False,
    parent: QWidget | None = None,
) -> T:
    """`TaskRunner.run` on the app's runner."""
    return runner().run(work, title=title, cancellable=cancellable, parent=parent)


def call(
    centre: OpenCentre,
    action: Callable[[Any], T],
    *,
    title: str = "",
    parent: QWidget | None = None,
) -> T:
    """`TaskRunner.call` on the app's runner."""
    return runner().call(centre, action, title=title, parent=parent)
