"""The "Referrals" tab of a case record: where she was referred, adding a referral, and
changing a referral's status (also by double-clicking it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QPushButton, QWidget

from osc_desktop.services.cases import referrals
from osc_desktop.services.core.permissions import Permission
from osc_desktop.ui.cases.record_dialogs import ReferralDialog, ReferralStatusDialog
from osc_desktop.ui.cases.record_models import ReferralsTableModel
from osc_desktop.ui.cases.record_tab import RecordHost, RecordListTab, RecordTab, selected_row
from osc_desktop.ui.widgets.record_table import make_record_table


class RecordReferralsTab(RecordListTab):
    """The referrals out, with "Add a referral…" and "Change status…"."""

    STRETCH = (ReferralsTableModel.Column.NOTES,)

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = ReferralsTableModel(self)
        self.table = make_record_table(self.model, "referrals_table")
        self.add_referral_button = QPushButton()
        self.add_referral_button.setObjectName("add_referral")
        self.referral_status_button = QPushButton()
        self.referral_status_button.setObjectName("referral_status")
        self.add_referral_button.clicked.connect(lambda: self.add_referral())
        self.referral_status_button.clicked.connect(lambda: self.change_status())
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(host.update_actions)
        self._lay_out([self.add_referral_button, self.referral_status_button])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.set_empty_text(self.tr("No referral made yet."))
        self.add_referral_button.setText(self.tr("&Add a referral…"))
        self.referral_status_button.setText(self.tr("C&hange status…"))
        super().retranslate_ui()

    def read(self, uow: Any) -> Any:
        host = self.host
        return referrals.list_referrals(uow, host.case_id, by=host.actor)

    def update_actions(self, records: bool) -> None:
        self.add_referral_button.setVisible(records)
        self.referral_status_button.setVisible(records)
        self.referral_status_button.setEnabled(selected_row(self.table) is not None)

    def add_referral(self, state: dict[str, Any] | None = None) -> None:
        """Open the referral dialog (filled in with `state`, when resumed after the lock)."""
        host = self.host

        def save(values: dict[str, Any]) -> object:
            data = referrals.ReferralInput(
                target=values["target"],
                organisation=values["organisation"],
                referred_on=values["referred_on"],
                notes=values["notes"],
            )
            return host.in_transaction(
                lambda uow: referrals.add_referral(uow, host.case_id, data, by=host.actor)
            )

        dialog = ReferralDialog(save, parent=self)
        if state:
            dialog.restore_state(state)
        if host.run_dialog(dialog, "referral"):
            host.changed(lambda: self.tr("Referral recorded."))
            host.show_tab(RecordTab.REFERRALS)

    def change_status(
        self, state: dict[str, Any] | None = None, referral_id: int | None = None
    ) -> None:
        """Change the chosen referral's status (or referral `referral_id`'s, when resumed)."""
        host = self.host
        if referral_id is not None:
            host.show_tab(RecordTab.REFERRALS)
            rows = [r for r in self.model.rows() if r.id == referral_id]
            chosen = rows[0] if rows else None
        else:
            chosen = selected_row(self.table)
        if chosen is None:
            return

        def save(values: dict[str, Any]) -> object:
            return host.in_transaction(
                lambda uow: referrals.update_referral(
                    uow, chosen.id, status=values["status"], notes=values["notes"], by=host.actor
                )
            )

        dialog = ReferralStatusDialog(
            save, target=chosen.target, status=chosen.status, notes=chosen.notes, parent=self
        )
        if state:
            dialog.restore_state(state)
        if host.run_dialog(dialog, "referral_status", chosen.id):
            host.changed(lambda: self.tr("Referral updated."))
            host.show_tab(RecordTab.REFERRALS)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if (
            index.isValid()
            and self.host.may[Permission.RECORD_SERVICES]
            and self.referral_status_button.isVisible()
        ):
            self.table.selectRow(index.row())
            self.change_status()
