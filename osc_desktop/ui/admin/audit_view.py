"""The audit trail (manager only): filter the events, check the hash chain, export to CSV.

Nothing is read until the view is first shown: each search is itself recorded in the trail
("audit trail viewed"), so building the view must not count as a look.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, SessionEnded
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit import export as audit_export
from osc_desktop.services.audit import listing as audit_listing
from osc_desktop.services.audit.dto import AuditFilter, AuditRow, ChainReport
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.progress import Progress
from osc_desktop.ui.admin.audit_filters import AuditFilterFields
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.item_models.audit_table_model import AuditTableModel
from osc_desktop.ui.service_calls import call_long_service, call_service
from osc_desktop.ui.widgets.outcome_label import OutcomeLabel
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")

MAX_COLUMN_WIDTH = 260
INTACT_STYLE = "color: #1b5e20; font-weight: bold;"
BROKEN_STYLE = "color: #b3261e; font-weight: bold;"


def default_export_name(today: date | None = None) -> str:
    """The file name offered for an export: the date only, never anything about a case."""
    return f"audit-trail-{(today or centre_today()).isoformat()}.csv"


class AuditView(Retranslating, QWidget):
    """Filters in a row, the events (newest first), and the chain check and export below."""

    # The signed-in account was deactivated meanwhile: the session should end.
    session_ended = Signal()

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self._loaded = False
        self._filter = AuditFilter()
        self._newest_id: int | None = None
        self._total = 0
        # One row of filters, each label above its field
        self.filters = AuditFilterFields(self.search)
        fields = self.filters
        self.user_label, self.user_combo = fields.user_label, fields.user_combo
        self.action_label, self.action_combo = fields.action_label, fields.action_combo
        self.from_label, self.from_date = fields.from_label, fields.from_date
        self.to_label, self.to_date = fields.to_label, fields.to_date
        self.record_label, self.record_edit = fields.record_label, fields.record_edit
        self.search_button = fields.search_button

        # The events, or a word that there are none
        self.model = AuditTableModel(self._fetch_page, self)
        self.table = make_record_table(self.model, "audit_table")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(
            AuditTableModel.Column.TIME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("audit_empty")
        self.empty_label.setStyleSheet(
            "QLabel#audit_empty { color: palette(placeholder-text); background: palette(base);"
            " border: 1px solid palette(mid); }"
        )
        self.results = QStackedLayout()
        self.results.addWidget(self.table)
        self.results.addWidget(self.empty_label)

        # Count, chain check, export
        self.count_label = QLabel()
        self.verify_button = QPushButton()
        self.export_button = QPushButton()
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.outcome_label = OutcomeLabel()
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(fields.layout)
        layout.addLayout(self.results, 1)
        layout.addLayout(actions)
        layout.addWidget(self.outcome_label)
        self.setTabOrder(self.record_edit, self.search_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.user_label.setText(self.tr("&Staff:"))
        self.user_combo.setItemText(0, self.tr("All staff"))
        self.action_label.setText(self.tr("&Action:"))
        self.action_combo.setItemText(0, self.tr("All actions"))
        self.filters.retranslate_actions()
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.record_label.setText(self.tr("&Case number:"))
        self.record_edit.setPlaceholderText(self.tr("all records"))
        self.record_edit.setToolTip(
            self.tr("A whole case number, or its beginning: PAT/2026-27/ finds that year's cases.")
        )
        self.search_button.setText(self.tr("S&earch"))
        self.empty_label.setText(self.tr("No events match these filters."))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.verify_button.setToolTip(
            self.tr(
                "Checks that no event has been changed, removed or slipped in since it was "
                "recorded."
            )
        )
        self.export_button.setText(self.tr("E&xport CSV…"))
        self.model.retranslate()
        self._fit_columns()
        self._show_count()
        self.outcome_label.refresh()

    # -- searching ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load()

    def load(self) -> None:
        """Fill the staff list and show the events of the default filter (the last 30 days)."""
        choices = self._call(lambda uow: audit_listing.list_staff_choices(uow, self.actor))
        if choices is None:
            return
        self.model.set_staff_names(dict(choices))
        self.filters.set_staff_choices(choices)
        self.search()

    def current_filter(self) -> AuditFilter:
        """The filter as the fields now stand (the dates put in order if given backwards)."""
        return self.filters.current_filter()

    def search(self) -> None:
        """Show the first page of events matching the filters (a new look, recorded)."""
        flt = self.current_filter()

        def first_look(uow: Any) -> tuple[list[AuditRow], int]:
            rows = audit_listing.list_events(uow, self.actor, flt)
            if not rows:
                return rows, 0
            total = audit_listing.count_events(uow, self.actor, flt, newest_id=rows[0].id)
            return rows, total

        found = self._call(first_look)
        if found is None:
            return
        rows, total = found
        self._filter = flt
        self._newest_id = rows[0].id if rows else None
        self._total = total
        self.model.set_rows(rows)
        self.table.scrollToTop()
        self._fit_columns()
        self.results.setCurrentWidget(self.table if rows else self.empty_label)
        self._show_count()

    def _fit_columns(self) -> None:
        """Widen the name, action and record columns to what the loaded rows need (capped, so
        the details keep room); the user can still drag them."""
        for column in (
            AuditTableModel.Column.USER,
            AuditTableModel.Column.ACTION,
            AuditTableModel.Column.RECORD,
        ):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)

    def _fetch_page(self, offset: int, limit: int) -> list[AuditRow]:
        """The model's next page, from the same look (pinned to its newest event)."""
        rows = self._call(
            lambda uow: audit_listing.list_events(
                uow, self.actor, self._filter, limit=limit, offset=offset, newest_id=self._newest_id
            )
        )
        return rows or []

    def _show_count(self) -> None:
        if not self._loaded:
            self.count_label.clear()
        elif self._total == 1:
            self.count_label.setText(self.tr("1 event"))
        else:
            self.count_label.setText(
                self.tr("%1 events").replace("%1", QLocale().toString(self._total))
            )

    # -- the chain check ------------------------------------------------------------------

    def _on_verify_button_clicked(self) -> None:
        report = call_long_service(
            self.centre,
            lambda uow, progress: audit_chain.verify_chain(uow, self.actor, progress),
            self._refused,
            title=self.tr("Verifying the audit trail…"),
            parent=self,
        )
        if report is not None:
            self.show_report(report)

    def show_report(self, report: ChainReport) -> None:
        """Say under the table whether the chain is intact, in words."""
        self.outcome_label.set_outcome(lambda: self._report_text(report))

    def _report_text(self, report: ChainReport) -> tuple[str, str]:
        if report.ok:
            text = self.tr("The audit trail is intact: %1 events checked.")
            return text.replace("%1", QLocale().toString(report.rows_checked)), INTACT_STYLE
        if report.problem == "not_anchored":
            text = self.tr(
                "The audit trail cannot be fully checked: its %1 events are intact, but the "
                "file that records the newest event (audit-head.json) is missing or unreadable, "
                "so removed newest events would not be noticed. Ask who removed it."
            )
            return text.replace("%1", QLocale().toString(report.rows_checked)), BROKEN_STYLE
        problems = {
            "altered": self.tr("an event was changed after it was recorded"),
            "broken_link": self.tr("an event before it was removed, or this one was slipped in"),
            "gap": self.tr("an event before it was deleted"),
            "truncated": self.tr("the newest events, from this one on, were removed"),
        }
        text = self.tr("The audit trail has been tampered with at event %1 (%2).")
        text = text.replace("%1", str(report.first_broken_id)).replace(
            "%2", problems.get(report.problem, report.problem)
        )
        return text, BROKEN_STYLE

    # -- export ---------------------------------------------------------------------------

    def _on_export_button_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_export_name()) if folder else default_export_name()
        path, _chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> int | None:
        """Write the events of the current search to `path` as CSV; how many, or None if not.

        Written beside it first and renamed into place, so a failed export leaves no
        half-written file under the chosen name.
        """
        target = Path(path)
        partial = target.with_name(target.name + ".part")

        flt = self._filter

        def write(uow: Any, progress: Progress) -> int:
            with partial.open("w", encoding="utf-8", newline="") as out:
                written = audit_export.export_csv(uow, self.actor, flt, out, progress)
            os.replace(partial, target)
            return written

        try:
            written = call_long_service(
                self.centre,
                write,
                self._refused,
                title=self.tr("Exporting the audit trail…"),
                parent=self,
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export CSV"),
                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or str(exc)),
            )
            written = None
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
        if written is not None:
            name = target.name
            self.outcome_label.set_outcome(
                lambda: (
                    (
                        self.tr("1 event exported to %1.").replace("%1", name)
                        if written == 1
                        else self.tr("%1 events exported to %2.")
                        .replace("%1", QLocale().toString(written))
                        .replace("%2", name)
                    ),
                    "",
                )
            )
        return written

    # -- helpers --------------------------------------------------------------------------

    def _call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)` with a busy cursor; a refusal is explained and gives None."""
        return call_service(self.centre, action, self._refused, busy=True)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()
