"""The "Follow-ups" tab of a case record: the follow-ups scheduled at disposal, and recording
one's result (also by double-clicking it). "Violence recurred" reopens the case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from osc_desktop.services.cases import follow_ups
from osc_desktop.services.cases.vocabulary import FollowUpResult
from osc_desktop.ui.cases.record_dialogs import FollowUpDialog
from osc_desktop.ui.cases.record_models import CaseFollowUpsTableModel
from osc_desktop.ui.cases.record_tab import RecordHost, RecordListTab, RecordTab, selected_row
from osc_desktop.ui.widgets.record_table import make_record_table


class RecordFollowUpsTab(RecordListTab):
    """The case's follow-ups, with "Record result…" for one still due."""

    STRETCH = (CaseFollowUpsTableModel.Column.NOTES,)

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = CaseFollowUpsTableModel(self)
        self.table = make_record_table(self.model, "follow_ups_table")
        self.record_follow_up_button = QPushButton()
        self.record_follow_up_button.setObjectName("record_follow_up")
        self.record_follow_up_button.clicked.connect(lambda: self.record_result())
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(host.update_actions)
        self.hint = QLabel()
        self._lay_out([self.record_follow_up_button], self.hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.set_empty_text(
            self.tr("No follow-ups yet: they are scheduled when the case is disposed.")
        )
        self.record_follow_up_button.setText(self.tr("Record &result…"))
        self.hint.setText(
            self.tr(
                'Follow-ups are scheduled when the case is disposed. Recording "Violence '
                'recurred" reopens the case.'
            )
        )
        super().retranslate_ui()

    def read(self, uow: Any) -> Any:
        host = self.host
        return follow_ups.case_follow_ups(uow, host.case_id, by=host.actor)

    def update_actions(self, records: bool) -> None:
        self.record_follow_up_button.setVisible(records)
        chosen = selected_row(self.table)
        self.record_follow_up_button.setEnabled(
            chosen is not None and chosen.done_at is None and not chosen.cancelled
        )

    def record_result(
        self, state: dict[str, Any] | None = None, follow_up_id: int | None = None
    ) -> None:
        """Record the chosen follow-up's result (or follow-up `follow_up_id`'s, when resumed)."""
        host = self.host
        if follow_up_id is not None:
            host.show_tab(RecordTab.FOLLOW_UPS)
            rows = [r for r in self.model.rows() if r.id == follow_up_id]
            chosen = rows[0] if rows else None
        else:
            chosen = selected_row(self.table)
        if chosen is None or chosen.done_at is not None or chosen.cancelled:
            return

        def save(values: dict[str, Any]) -> object:
            return host.in_transaction(
                lambda uow: follow_ups.record_follow_up(
                    uow, chosen.id, result=values["result"], notes=values["notes"], by=host.actor
                )
            )

        dialog = FollowUpDialog(save, due_on=chosen.due_on, parent=self)
        if state:
            dialog.restore_state(state)
        if not host.run_dialog(dialog, "follow_up", chosen.id):
            return
        outcome = dialog.outcome
        if getattr(outcome, "result", None) == FollowUpResult.VIOLENCE_RECURRED:
            host.changed(
                lambda: self.tr(
                    "Violence recurred: the case has been reopened and its other follow-ups "
                    "cancelled."
                )
            )
        else:
            host.changed(lambda: self.tr("Follow-up recorded."))
        host.show_tab(RecordTab.FOLLOW_UPS)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.record_follow_up_button.isVisible():
            self.table.selectRow(index.row())
            self.record_result()
