"""The intake form's section on what happened (4): the kinds of violence (and the GBVIMS core
type they are counted under), when and where, her account, the perpetrators, and any police
report."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.cases.intake_validation import TEXT_LIMITS
from osc_desktop.services.cases.vocabulary import (
    CASE_CONTEXT,
    GBV_TYPE_LABELS,
    GBV_TYPE_OF,
    POLICE_REPORT_LABELS,
    VIOLENCE_LABELS,
    ViolenceKind,
    core_gbv_type,
)
from osc_desktop.ui.intake.intake_section import IntakeSection
from osc_desktop.ui.intake.rows import PerpetratorsEditor
from osc_desktop.ui.intake.widgets import CodeCombo, DateLine
from osc_desktop.ui.widgets.form_field import ERROR_STYLE, FormField
from osc_desktop.ui.widgets.labels import HINT_STYLE

# The counter under the narrative turns red beyond what the services accept; nothing is ever
# cut short (the save then says "Too long" beside it).
NARRATIVE_MAX_LENGTH = TEXT_LIMITS["narrative"]
# The fields of this section before the perpetrators' rows, in tab order.
_BEFORE_ROWS = ("violence", "incident_date", "incident_place", "narrative")


class WhatHappenedSection(IntakeSection):
    """4. What happened: violence, incident, narrative, perpetrators, police report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("what_happened", parent)
        form = self.form
        self.violence = QTreeWidget()
        self.violence.setColumnCount(2)
        self.violence.setRootIsDecorated(False)
        self.violence.setUniformRowHeights(True)
        self.violence.setAllColumnsShowFocus(True)
        # Ticks say what is chosen; a highlighted row would look chosen too.
        self.violence.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        self.violence.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for kind in VIOLENCE_LABELS:
            item = QTreeWidgetItem(self.violence)
            item.setData(0, Qt.ItemDataRole.UserRole, str(kind))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setForeground(1, self.palette().placeholderText())
        self.violence.setCurrentItem(self.violence.topLevelItem(0))
        self.violence.itemChanged.connect(self._on_violence_item_changed)
        form.add("violence", self.violence)
        self.core_type = QLabel()
        self.core_type.setStyleSheet(HINT_STYLE)
        form.layout.addRow("", self.core_type)
        self.incident_date = DateLine()
        form.add("incident_date", self.incident_date)
        self.incident_place = QLineEdit()
        form.add("incident_place", self.incident_place)
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setMinimumHeight(140)
        self.narrative.textChanged.connect(self._update_narrative_count)
        narrative_field = form.add("narrative", self.narrative)
        self.narrative_count = QLabel()
        self.narrative_count.setObjectName("narrative_count")
        self.narrative_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        narrative_field.layout().addWidget(self.narrative_count)
        self.perpetrators = PerpetratorsEditor()
        self.perpetrators.changed.connect(self._on_edited)
        self.perpetrators_label = QLabel()
        self.perpetrators_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.perpetrators_label.setContentsMargins(0, 4, 0, 0)
        self.perpetrators_label.setBuddy(self.perpetrators.add_button)
        form.layout.addRow(self.perpetrators_label, self.perpetrators)
        self.police_report_kind = CodeCombo(POLICE_REPORT_LABELS, blank=True)
        form.add("police_report_kind", self.police_report_kind)
        self.police_report_number = QLineEdit()
        self.police_report_number.setFixedWidth(260)
        form.add("police_report_number", self.police_report_number)
        self.police_station = QLineEdit()
        form.add("police_station", self.police_station)
        self._connect_edits()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&4  What happened"))
        labels = {
            "violence": self.tr("&Kinds of violence:"),
            "incident_date": self.tr("&Incident date:"),
            "incident_place": self.tr("Place of inci&dent:"),
            "narrative": self.tr("Narrati&ve (her account):"),
            "police_report_kind": self.tr("Police report (FIR, NCR, DIR):"),
            "police_report_number": self.tr("Report number:"),
            "police_station": self.tr("Police station:"),
        }
        for name in self.form.fields:
            self.form.set_label(name, labels[name])
        self.perpetrators_label.setText(self.tr("Perpetrators:"))
        self.incident_date.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.police_report_kind.retranslate(self.tr("None"))
        self.violence.setHeaderLabels([self.tr("Kind of violence"), self.tr("GBVIMS core type")])
        for index in range(self.violence.topLevelItemCount()):
            item = self.violence.topLevelItem(index)
            kind = ViolenceKind(item.data(0, Qt.ItemDataRole.UserRole))
            item.setText(0, QCoreApplication.translate(CASE_CONTEXT, VIOLENCE_LABELS[kind]))
            gbv = GBV_TYPE_LABELS[GBV_TYPE_OF[kind]]
            item.setText(1, QCoreApplication.translate(CASE_CONTEXT, gbv))
        self.violence.resizeColumnToContents(0)
        self._fit_violence_height()
        self.perpetrators.retranslate_ui()
        self._update_core_type()
        self._update_narrative_count()

    def _fit_violence_height(self) -> None:
        rows = self.violence.topLevelItemCount()
        row_height = self.violence.sizeHintForRow(0) or self.fontMetrics().height() + 8
        header = self.violence.header().sizeHint().height()
        self.violence.setFixedHeight(header + rows * row_height + 2 * self.violence.frameWidth())

    # -- values -----------------------------------------------------------------------------------

    def load(self, detail: CaseDetail) -> None:
        self.set_violence(detail.violence)
        self.incident_date.set_date(detail.incident_date)
        self.incident_place.setText(detail.incident_place)
        self.narrative.setPlainText(detail.narrative)
        self.perpetrators.set_values(detail.perpetrators)
        self.police_report_kind.set_value(detail.police_report_kind)
        self.police_report_number.setText(detail.police_report_number)
        self.police_station.setText(detail.police_station)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {
            "violence": frozenset(self._violence()),
            "incident_date": dates["incident_date"],
            "incident_place": self.incident_place.text(),
            "narrative": self.narrative.toPlainText(),
            "perpetrators": self.perpetrators.values(),
            "police_report_kind": self.police_report_kind.value(),
            "police_report_number": self.police_report_number.text(),
            "police_station": self.police_station.text(),
        }

    def clear(self) -> None:
        for editor in (
            self.incident_date,
            self.incident_place,
            self.police_report_number,
            self.police_station,
        ):
            editor.clear()
        self.narrative.clear()
        self.police_report_kind.reset()
        self.perpetrators.clear_rows()
        self.set_violence(())
        self.perpetrators.show_errors({})

    def set_violence(self, kinds: Iterable[str]) -> None:
        """Tick exactly the kinds of violence `kinds`."""
        wanted = set(kinds)
        for i in range(self.violence.topLevelItemCount()):
            item = self.violence.topLevelItem(i)
            on = item.data(0, Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_core_type()

    def _violence(self) -> list[str]:
        return [
            self.violence.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.violence.topLevelItemCount())
            if self.violence.topLevelItem(i).checkState(0) == Qt.CheckState.Checked
        ]

    # -- the form's order, with the perpetrators' rows after the narrative ------------------------

    def labels(self) -> list[QLabel]:
        return [*super().labels(), self.perpetrators_label]

    def editors(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for name, field in self.form.fields.items():
            chain.append(field.editor)
            if name == "narrative":
                chain += self.perpetrators.editors()
        return chain

    def show_errors(self, messages: dict[str, str]) -> FormField | None:
        shown = super().show_errors(messages)
        rows = self.perpetrators.show_errors(messages)
        return self._first_in_order(shown, rows)

    def _first_in_order(
        self, field: FormField | None, row_cell: FormField | None
    ) -> FormField | None:
        """Of a field of this section and a perpetrator row cell, the one met first."""
        if field is None or row_cell is None:
            return field or row_cell
        name = next((n for n, f in self.form.fields.items() if f is field), "")
        return field if name in _BEFORE_ROWS else row_cell

    # -- what follows from what is typed ----------------------------------------------------------

    def _update_core_type(self) -> None:
        kinds = [ViolenceKind(k) for k in self._violence()]
        core = core_gbv_type(kinds)
        if core is None:
            self.core_type.setText(self.tr("Tick every kind that applies (Space ticks)."))
        else:
            label = QCoreApplication.translate(CASE_CONTEXT, GBV_TYPE_LABELS[core])
            self.core_type.setText(self.tr("Counted under GBVIMS as: %1").replace("%1", label))

    def _update_narrative_count(self) -> None:
        length = len(self.narrative.toPlainText())
        self.narrative_count.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", QLocale().toString(length))
            .replace("%2", QLocale().toString(NARRATIVE_MAX_LENGTH))
        )
        over = length > NARRATIVE_MAX_LENGTH
        self.narrative_count.setStyleSheet(ERROR_STYLE if over else HINT_STYLE)

    def _on_violence_item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self._update_core_type()
        self._on_edited()
