"""The "Services given" tab of a case record: the services recorded, and recording one.

Counselling notes are confidential: the list holds them only for the roles that may read them
(the services read, and audit, them only then).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from osc_desktop.services.cases import services as case_services
from osc_desktop.services.core.permissions import Permission
from osc_desktop.ui.cases.record_dialogs import ServiceDialog
from osc_desktop.ui.cases.record_models import ServicesTableModel
from osc_desktop.ui.cases.record_tab import RecordHost, RecordListTab, RecordTab
from osc_desktop.ui.widgets.record_table import make_record_table


class RecordServicesTab(RecordListTab):
    """The services given to her, and "Record a service…" for the roles that record them."""

    STRETCH = (ServicesTableModel.Column.SUMMARY, ServicesTableModel.Column.NOTES)

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = ServicesTableModel(self)
        self.table = make_record_table(self.model, "services_table")
        self.record_service_button = QPushButton()
        self.record_service_button.setObjectName("record_service")
        self.record_service_button.clicked.connect(lambda: self.record_service())
        self.hint = QLabel()
        self._lay_out([self.record_service_button], self.hint)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.set_empty_text(self.tr("No service recorded yet."))
        self.record_service_button.setText(self.tr("&Record a service…"))
        self.hint.setText(
            self.tr("Counselling notes are read only by counsellors and the centre manager.")
        )
        super().retranslate_ui()

    def read(self, uow: Any) -> Any:
        host = self.host
        return case_services.list_services(uow, host.case_id, by=host.actor)

    def update_actions(self, records: bool) -> None:
        self.record_service_button.setVisible(records)

    def record_service(self, state: dict[str, Any] | None = None) -> None:
        """Open the service dialog (filled in with `state`, when resumed after the lock)."""
        host = self.host
        can_write_notes = host.may[Permission.VIEW_CONFIDENTIAL_NOTES]

        def save(values: dict[str, Any]) -> object:
            data = case_services.ServiceInput(
                kind=values["kind"],
                given_on=values["given_on"],
                summary=values["summary"],
                confidential_notes=values.get("confidential_notes", ""),
            )
            return host.in_transaction(
                lambda uow: case_services.record_service(uow, host.case_id, data, by=host.actor)
            )

        dialog = ServiceDialog(save, can_write_notes=can_write_notes, parent=self)
        if state:
            dialog.restore_state(state)
        if host.run_dialog(dialog, "service"):
            host.changed(lambda: self.tr("Service recorded."))
            host.show_tab(RecordTab.SERVICES)
