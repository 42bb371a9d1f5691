"""The Cases area: find a case (`case_list_panel`), follow-ups due, and each opened case in
its own closable tab beside the list.

Tabs: "All cases" and "Follow-ups" stay; every case opened gets one tab titled with its case
number (opening it again brings that tab forward). Ctrl+F goes to the search box, Down from
there into the list, Enter opens the selected case, Ctrl+W closes the case tab in front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QTabBar, QTabWidget, QVBoxLayout, QWidget

from osc_desktop.services.core.dto import Actor
from osc_desktop.ui.cases.case_list_panel import CaseListPanel
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.ui.cases.case_record_view import CaseRecordView


class CasesView(Retranslating, QWidget):
    """The Cases area: the list, the follow-ups, and a tab for each case opened."""

    session_ended = Signal()
    # A case was changed in its tab (the dashboard's counts may differ now).
    case_changed = Signal(int)

    FIXED_TABS = 2  # "All cases" and "Follow-ups" cannot be closed

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from osc_desktop.ui.cases.follow_ups_view import FollowUpsView

        self.centre = centre
        self.actor = actor
        self.list_panel = CaseListPanel(centre, actor)
        self.list_panel.open_case_requested.connect(self.open_case)
        self.list_panel.session_ended.connect(self.session_ended)
        self.follow_ups = FollowUpsView(centre, actor)
        self.follow_ups.open_case_requested.connect(self.open_case)
        self.follow_ups.session_ended.connect(self.session_ended)
        self._case_tabs: dict[int, CaseRecordView] = {}

        self.tabs = QTabWidget()
        self.tabs.setObjectName("cases_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(False)
        self.tabs.addTab(self.list_panel, "")
        self.tabs.addTab(self.follow_ups, "")
        for index in range(self.FIXED_TABS):
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, None)
            self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.LeftSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        close = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_current_case)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("All cases"))
        self.tabs.setTabText(1, self.tr("Follow-ups"))
        self.tabs.setTabToolTip(0, self.tr("Find a case (Ctrl+F)"))
        self.tabs.setTabToolTip(1, self.tr("Follow-ups due in the coming week, and overdue ones"))
        for index in range(self.FIXED_TABS, self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tr("Close with Ctrl+W"))

    # -- cases in tabs --------------------------------------------------------------------

    def open_case(self, case_id: int) -> CaseRecordView | None:
        """Bring case `case_id`'s tab forward, opening it first if it is not open."""
        record = self._case_tabs.get(case_id)
        if record is None:
            record = self._make_record_view(case_id)
            if record is None:
                return None
            self._case_tabs[case_id] = record
            index = self.tabs.addTab(record, self._case_number_of(record))
            self.tabs.setTabToolTip(index, self.tr("Close with Ctrl+W"))
        self.tabs.setCurrentWidget(record)
        record.setFocus(Qt.FocusReason.OtherFocusReason)
        return record

    def case_tab(self, case_id: int) -> CaseRecordView | None:
        """The open tab of case `case_id`, if any."""
        return self._case_tabs.get(case_id)

    def open_case_ids(self) -> list[int]:
        """The cases open in tabs, left to right."""
        ids = {id(widget): case_id for case_id, widget in self._case_tabs.items()}
        return [
            ids[id(self.tabs.widget(index))]
            for index in range(self.FIXED_TABS, self.tabs.count())
            if id(self.tabs.widget(index)) in ids
        ]

    def close_tab(self, index: int) -> None:
        """Close the case tab at `index` (the list and follow-ups tabs stay)."""
        if index < self.FIXED_TABS or index >= self.tabs.count():
            return
        widget = self.tabs.widget(index)
        if getattr(widget, "editing", False) and not self._confirm_discard(index):
            return  # the unsaved changes stay
        self.tabs.removeTab(index)
        for case_id, open_widget in list(self._case_tabs.items()):
            if open_widget is widget:
                del self._case_tabs[case_id]
        widget.deleteLater()
        if self.tabs.currentIndex() == 0:
            self.list_panel.table.setFocus()

    def _confirm_discard(self, index: int) -> bool:
        self.tabs.setCurrentIndex(index)
        answer = QMessageBox.question(
            self,
            self.tr("Close the case"),
            self.tr("The changes to case %1 are not saved. Close it and lose them?").replace(
                "%1", self.tabs.tabText(index)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def close_current_case(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def focus_search(self) -> None:
        """Ctrl+F: the list tab, cursor in the search box."""
        self.tabs.setCurrentIndex(0)
        self.list_panel.focus_search()

    def focus_first_field(self) -> None:
        """The area was chosen from the navigation: the cursor to the search box, unless a
        case tab is in front (then it stays as its user left it)."""
        if self.tabs.currentIndex() == 0:
            self.list_panel.focus_search()

    def show_follow_ups(self) -> None:
        self.tabs.setCurrentWidget(self.follow_ups)

    def refresh(self) -> None:
        """Something changed: the list and the follow-ups ask again (now if on screen)."""
        self.list_panel.refresh()
        self.follow_ups.refresh()

    def _make_record_view(self, case_id: int) -> CaseRecordView | None:
        from osc_desktop.ui.cases.case_record_view import CaseRecordView

        record = CaseRecordView(self.centre, self.actor, case_id)
        if record.detail is None:
            record.deleteLater()  # it said why (no such case, or not allowed)
            return None
        record.case_changed.connect(self._on_record_case_changed)
        record.open_case_requested.connect(self.open_case)
        record.session_ended.connect(self.session_ended)
        return record

    @staticmethod
    def _case_number_of(record: CaseRecordView) -> str:
        return record.detail.case_number if record.detail is not None else ""

    def _on_record_case_changed(self, case_id: int) -> None:
        self.refresh()
        self.case_changed.emit(case_id)
