"""Linking the case to another record of the same woman (manager): find it by case number."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError
from osc_desktop.services.cases.vocabulary import STATUS_LABELS
from osc_desktop.ui.cases.record_models import case_label
from osc_desktop.ui.formats import format_date, local_date
from osc_desktop.ui.widgets.dialog_actions import button_row, call_from_dialog, problems_text
from osc_desktop.ui.widgets.form_field import FieldError
from osc_desktop.ui.widgets.retranslating import Retranslating


class LinkCaseDialog(Retranslating, QDialog):
    """`find(text)` gives cases (CaseListRow) for the typed number; `link(case_id)` links one."""

    def __init__(
        self,
        case_number: str,
        find: Callable[[str], Sequence[Any] | None],
        link: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_number = case_number
        self._find = find
        self._link = link
        self.failure: OscError | None = None
        self.outcome: object = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setObjectName("link_query")
        self.explanation.setBuddy(self.query)
        self.find_button = QPushButton()
        self.find_button.setAutoDefault(False)
        self.results = QListWidget()
        self.results.setObjectName("link_results")
        self.nothing_found = QLabel()
        self.nothing_found.hide()
        self.error = FieldError()
        self.link_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons = button_row(self, self.link_button, self._on_link_clicked, self.cancel_button)
        self.link_button.setEnabled(False)
        self.find_button.clicked.connect(self.search)
        self.query.returnPressed.connect(self.search)
        self.results.currentRowChanged.connect(lambda row: self.link_button.setEnabled(row >= 0))
        self.results.itemDoubleClicked.connect(lambda _item: self._on_link_clicked())
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.nothing_found)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 360)
        self.query.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Link to another case"))
        self.explanation.setText(
            self.tr(
                "Link case %1 to an earlier record of the same woman. Find the other case by "
                "its number (the last digits are enough). Nothing is merged; the link can be "
                "removed later."
            ).replace("%1", self.case_number)
        )
        self.query.setPlaceholderText(self.tr("Case number, e.g. 0042"))
        self.find_button.setText(self.tr("&Find"))
        self.nothing_found.setText(self.tr("No other case has that number."))
        self.link_button.setText(self.tr("&Link"))
        self.cancel_button.setText(self.tr("Cancel"))

    def search(self) -> None:
        text = self.query.text().strip()
        self.results.clear()
        self.error.show_message("")
        if not text:
            return
        rows = self._find(text) or ()
        for found in rows:
            label = f"{found.case_number}  ·  {found.display_name or '—'}  ·  " + case_label(
                STATUS_LABELS, found.status
            )
            label += f"  ·  {format_date(local_date(found.registered_at))}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, found.id)
            self.results.addItem(item)
        self.nothing_found.setVisible(self.results.count() == 0)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _on_link_clicked(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        linked, outcome = call_from_dialog(
            self,
            lambda: self._link(case_id),
            lambda error: self.error.show_message(problems_text(error)),
        )
        if linked:
            self.outcome = outcome
            self.accept()
