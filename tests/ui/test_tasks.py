"""ui/tasks.py: service calls run off the GUI thread, one after another, and the window keeps
answering meanwhile; a progress dialog comes only for slow work; Cancel stops work that can
stop. No test here measures time: each waits on events the GUI thread must process."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from osc_desktop.errors import CaseNotFound
from osc_desktop.services.core.progress import Cancelled
from osc_desktop.ui import tasks

LONG_ENOUGH_S = 20  # only ever reached when the code under test is broken


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _every(ms: int, action) -> QTimer:
    timer = QTimer()
    timer.timeout.connect(action)
    timer.start(ms)
    return timer


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back(window):
    gui = QThread.currentThread()

    def work(progress) -> object:
        return QThread.currentThread()

    assert tasks.run(work, parent=window) is not gui


def test_the_window_keeps_answering_while_a_slow_service_runs(window):
    """The service waits until the GUI thread has run a timer ten times: were the service on
    the GUI thread, or the GUI thread blocked waiting for it, this would never happen."""
    ticks: list[int] = []
    answered = threading.Event()

    def tick() -> None:
        ticks.append(1)
        window.update()  # a repaint asked for, and done, while the service runs
        if len(ticks) >= 10:
            answered.set()

    timer = _every(10, tick)

    def slow_service(progress) -> str:
        return "done" if answered.wait(LONG_ENOUGH_S) else "the window did not answer"

    try:
        assert tasks.run(slow_service, parent=window) == "done"
    finally:
        timer.stop()


def test_what_the_service_raises_is_raised_on_the_gui_thread(window):
    def refused(progress) -> None:
        raise CaseNotFound()

    with pytest.raises(CaseNotFound):
        tasks.run(refused, parent=window)
    with pytest.raises(ZeroDivisionError):  # a bug is not swallowed either
        tasks.run(lambda progress: 1 / 0, parent=window)


def test_calls_run_one_after_another_in_the_order_asked(window):
    """One writer: a call asked while another waits runs after it, never beside it."""
    order: list[str] = []
    first_running = threading.Event()
    inside = threading.Lock()

    def first(progress) -> None:
        with inside:
            first_running.set()
            order.append("first starts")
            # The GUI thread asks for the second call meanwhile (a timer, as the idle lock).
            threading.Event().wait(0.2)
            order.append("first ends")

    def second(progress) -> None:
        assert inside.acquire(blocking=False), "the second ran beside the first"
        inside.release()
        order.append("second")

    nested: list[object] = []
    asked: list[bool] = []

    def start_second_when_first_runs() -> None:
        if first_running.is_set() and not asked:
            asked.append(True)
            nested.append(tasks.run(second, parent=window))

    timer = _every(5, start_second_when_first_runs)
    try:
        tasks.run(first, parent=window)
        while not nested:  # the nested call returns within the first's wait, or just after
            QApplication.processEvents()
    finally:
        timer.stop()
    assert order == ["first starts", "first ends", "second"]


def test_slow_work_shows_a_progress_dialog_with_how_far_it_got(window):
    runner = tasks.runner()
    seen: list[tuple[int, int, bool]] = []
    dialog_shown = threading.Event()

    def look() -> None:
        dialog = runner.progress_dialog
        if dialog is not None and dialog.isVisible():
            seen.append((dialog.value(), dialog.maximum(), dialog.labelText() == "Verifying"))
            dialog_shown.set()

    timer = _every(20, look)

    def work(progress) -> str:
        progress(3, 10)
        return "ok" if dialog_shown.wait(LONG_ENOUGH_S) else "no dialog"

    try:
        assert tasks.run(work, title="Verifying", parent=window) == "ok"
    finally:
        timer.stop()
    assert seen[0] == (3, 10, True)
    assert runner.progress_dialog is None  # gone with the work


def test_quick_work_shows_no_dialog(window, monkeypatch):
    made: list[object] = []
    real = tasks.TaskRunner._progress_dialog
    monkeypatch.setattr(tasks.TaskRunner, "_progress_dialog", lambda *a: made.append(1) or real(*a))
    assert tasks.run(lambda progress: 42, parent=window) == 42
    assert made == []


def test_cancel_stops_work_that_can_stop(window):
    runner = tasks.runner()
    steps: list[int] = []

    def press_cancel() -> None:
        dialog = runner.progress_dialog
        if dialog is not None and dialog.isVisible():
            (button,) = dialog.findChildren(QPushButton)
            button.click()

    timer = _every(20, press_cancel)

    def long_work(progress) -> str:
        for step in range(LONG_ENOUGH_S * 100):
            progress(step, LONG_ENOUGH_S * 100)
            steps.append(step)
            threading.Event().wait(0.01)
        return "ran to the end"

    try:
        with pytest.raises(Cancelled):
            tasks.run(long_work, title="Exporting", cancellable=True, parent=window)
    finally:
        timer.stop()
    assert len(steps) < LONG_ENOUGH_S * 100


def test_work_that_cannot_stop_offers_no_cancel(window):
    runner = tasks.runner()
    buttons: list[bool] = []
    still_there: list[bool] = []
    looked = threading.Event()

    def look() -> None:
        dialog = runner.progress_dialog
        if dialog is not None and dialog.isVisible() and not looked.is_set():
            buttons.append(any(b.isVisible() for b in dialog.findChildren(QPushButton)))
            QTest.keyClick(dialog, Qt.Key.Key_Escape)  # neither Esc nor closing stops it
            dialog.close()
            still_there.append(dialog.isVisible())
            looked.set()

    timer = _every(20, look)
    try:
        result = tasks.run(
            lambda progress: "finished" if looked.wait(LONG_ENOUGH_S) else "no dialog",
            parent=window,
        )
    finally:
        timer.stop()
    assert result == "finished"
    assert buttons == [False]
    assert still_there == [True]


def test_start_does_not_wait_and_delivers_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    delivered: list[tuple[str, bool]] = []
    release = threading.Event()

    tasks.runner().start(
        lambda progress: "made" if release.wait(LONG_ENOUGH_S) else "timed out",
        on_done=lambda result: delivered.append((result, QThread.currentThread() is gui)),
    )
    assert delivered == []  # it returned before the work ran
    release.set()
    qtbot.waitUntil(lambda: delivered == [("made", True)], timeout=LONG_ENOUGH_S * 1000)

    errors: list[BaseException] = []
    tasks.runner().start(lambda progress: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=LONG_ENOUGH_S * 1000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_service_call_gets_its_own_unit_of_work_on_the_worker(open_centre, window):
    from osc_desktop.services.centre import setup as centre_setup

    gui = QThread.currentThread()

    def read(uow) -> tuple[str, bool]:
        profile = centre_setup.get_centre_profile(uow)
        return profile.code, QThread.currentThread() is gui

    assert tasks.call(open_centre, read, parent=window) == (open_centre.profile.code, False)


def test_python_s_collector_runs_on_the_gui_thread_only(window):
    """A Qt object caught in a reference cycle must never be freed on the worker."""
    import gc

    runner = tasks.runner()
    assert not gc.isenabled()  # the worker never triggers a collection itself

    class Holder:
        pass

    freed_on: list[object] = []

    class Widget(QWidget):
        def __del__(self) -> None:
            freed_on.append(QThread.currentThread())

    def make_cycle() -> None:
        holder = Holder()
        holder.widget = Widget()  # type: ignore[attr-defined]
        holder.widget.holder = holder  # type: ignore[attr-defined]

    make_cycle()

    def allocate_a_lot(progress) -> int:
        return len([[n] for n in range(200_000)])  # automatic collection would run here

    tasks.run(allocate_a_lot, parent=window)
    assert freed_on == []  # still there: nobody collected on the worker
    # Objects alive count towards the next collection (freed ones do not): pass the threshold.
    kept = [[n] for n in range(gc.get_threshold()[0] + 100)]
    assert gc.get_count()[0] > gc.get_threshold()[0]
    runner.collector.collect_if_due()
    assert gc.get_count()[0] < len(kept)  # it collected, here on the GUI thread
    gc.collect()  # the cycle may have moved to an older generation: free it for the check
    assert freed_on == [QThread.currentThread()]
