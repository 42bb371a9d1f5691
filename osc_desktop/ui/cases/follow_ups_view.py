"""Follow-ups due in the coming week and those overdue (overdue first, highlighted); Enter or a
double-click opens the case, where the follow-up is recorded.

Nothing is read until the tab is first shown; after a case changes, the list asks again when it
is next on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.item_models.follow_up_table_model import FollowUpTableModel
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")

DUE_WITHIN_DAYS = 7


class FollowUpsView(Retranslating, QWidget):
    open_case_requested = Signal(int)
    session_ended = Signal()
    # The list was read again: (how many are listed, how many of them are overdue).
    loaded = Signal(int, int)

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self._loaded = False
        self._stale = False
        self._today: Callable[[], date] = centre_today

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(self.explanation, 1)
        top.addWidget(self.refresh_button)

        self.model = FollowUpTableModel(self)
        self.table = make_record_table(self.model, "follow_up_table")
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in (
            FollowUpTableModel.Column.DUE_ON,
            FollowUpTableModel.Column.WHEN,
            FollowUpTableModel.Column.CASE_NUMBER,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.installEventFilter(self)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("follow_ups_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(
            "QLabel#follow_ups_empty { color: palette(placeholder-text); background: palette(base);"
            " border: 1px solid palette(mid); font-size: 11pt; }"
        )
        self.results = QStackedLayout()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty_label)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.count_label)
        layout.addLayout(self.results, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.explanation.setText(
            self.tr(
                "Follow-ups due in the next %1 days, and those overdue. Open the case to record "
                "how she is."
            ).replace("%1", str(DUE_WITHIN_DAYS))
        )
        self.refresh_button.setText(self.tr("&Refresh"))
        self.empty_label.setText(
            self.tr("No follow-up is due in the next %1 days, and none is overdue.").replace(
                "%1", str(DUE_WITHIN_DAYS)
            )
        )
        self.model.retranslate()
        self._show_count()

    def set_today(self, today: Callable[[], date]) -> None:
        """What counts as today (for tests)."""
        self._today = today

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.load()

    def refresh(self) -> None:
        """Read again now if on screen, else when next shown."""
        if not self._loaded:
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def load(self) -> None:
        from osc_desktop.services.cases import follow_ups

        today = self._today()
        self._loaded = True
        self._stale = False
        rows = self._call(
            lambda uow: follow_ups.list_due_follow_ups(
                uow, by=self.actor, today=today, within_days=DUE_WITHIN_DAYS
            )
        )
        if rows is None:
            return
        self.model.set_rows(rows, today=today)
        self.table.resizeColumnToContents(FollowUpTableModel.Column.NAME)
        self.results.setCurrentWidget(self.table if rows else self.empty_label)
        self._show_count()
        self.loaded.emit(self.model.rowCount(), self.model.overdue_count())

    def _show_count(self) -> None:
        if not self._loaded:
            self.count_label.clear()
            return
        total = self.model.rowCount()
        overdue = self.model.overdue_count()
        locale = QLocale()
        if total == 1:
            text = self.tr("1 follow-up")
        else:
            text = self.tr("%1 follow-ups").replace("%1", locale.toString(total))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", locale.toString(overdue))
        self.count_label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            index = self.table.currentIndex()
            if index.isValid():
                self.open_case_requested.emit(self.model.row_at(index.row()).case_id)
            return True
        return super().eventFilter(watched, event)

    def _on_table_double_clicked(self, index: Any) -> None:
        if index.isValid():
            self.open_case_requested.emit(self.model.row_at(index.row()).case_id)

    def _call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained and gives None."""
        return call_service(self.centre, action, self._refused)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()
