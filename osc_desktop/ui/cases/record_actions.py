"""The row of actions under a case record's header: the status actions (start work, dispose,
reopen), printing her forms, copying her phone or address, linking to another case, and
erasure on request. Each is shown only to the roles that may do it; the services check again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from osc_desktop.errors import SessionEnded
from osc_desktop.services.cases import erasure, follow_up_plan
from osc_desktop.services.cases import matching as case_matching
from osc_desktop.services.cases import search as case_search
from osc_desktop.services.cases import status as case_status
from osc_desktop.services.cases.dto import CaseDetail, CaseQuery
from osc_desktop.services.cases.vocabulary import CaseStatus
from osc_desktop.services.core.permissions import Permission
from osc_desktop.ui import pdf_preview
from osc_desktop.ui.cases.record_dialogs import DisposeDialog, ReopenDialog
from osc_desktop.ui.cases.record_erase_dialog import EraseDialog
from osc_desktop.ui.cases.record_link_dialog import LinkCaseDialog
from osc_desktop.ui.cases.record_tab import RecordHost, RecordTab
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.widgets.retranslating import Retranslating

LINK_SEARCH_LIMIT = 20


def _menu_button(name: str) -> QToolButton:
    button = QToolButton()
    button.setObjectName(name)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setMenu(QMenu(button))
    return button


class RecordActionBar(Retranslating, QWidget):
    """The case's actions, in a row; erasure apart at its end."""

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._own_clipboard: SensitiveClipboard | None = None

        self.start_button = QPushButton()
        self.start_button.setObjectName("start_work")
        self.dispose_button = QPushButton()
        self.dispose_button.setObjectName("dispose")
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.dispose_button.clicked.connect(lambda: self.dispose())
        self.reopen_button.clicked.connect(lambda: self.reopen())

        self.print_button = _menu_button("print")
        self.print_registration_action = self.print_button.menu().addAction("")
        self.print_consent_action = self.print_button.menu().addAction("")
        self.print_registration_action.triggered.connect(lambda: self.print_form("registration"))
        self.print_consent_action.triggered.connect(lambda: self.print_form("consent"))

        self.copy_button = _menu_button("copy")
        self.copy_phone_action = self.copy_button.menu().addAction("")
        self.copy_address_action = self.copy_button.menu().addAction("")
        self.copy_phone_action.triggered.connect(self._on_copy_phone_triggered)
        self.copy_address_action.triggered.connect(self._on_copy_address_triggered)

        self.link_button = QPushButton()
        self.link_button.setObjectName("link_case")
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("erase")
        self.erase_button.clicked.connect(self._on_erase_button_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (
            self.start_button,
            self.dispose_button,
            self.reopen_button,
            self.print_button,
            self.copy_button,
            self.link_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.erase_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.start_button.setText(self.tr("Start &work"))
        self.start_button.setToolTip(self.tr("Mark the case as in progress."))
        self.dispose_button.setText(self.tr("&Dispose…"))
        self.reopen_button.setText(self.tr("Re&open…"))
        self.print_button.setText(self.tr("&Print"))
        self.print_registration_action.setText(self.tr("Registration form"))
        self.print_consent_action.setText(self.tr("Consent form"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_phone_action.setText(self.tr("Her phone number"))
        self.copy_address_action.setText(self.tr("Her address"))
        self.link_button.setText(self.tr("&Link to another case…"))
        self.erase_button.setText(self.tr("&Erase on request…"))
        self.erase_button.setToolTip(
            self.tr("Anonymise her record for ever, keeping only the figures for the counts.")
        )

    def update_actions(self, detail: CaseDetail | None) -> None:
        """Show what the role may do with the case as it now stands."""
        live = detail is not None and not detail.erased
        status = detail.status if detail is not None else ""
        may = self.host.may
        self.start_button.setVisible(
            live and may[Permission.EDIT_CASE] and status == CaseStatus.REGISTERED
        )
        self.dispose_button.setVisible(
            live and may[Permission.DISPOSE_CASE] and status != CaseStatus.DISPOSED
        )
        self.reopen_button.setVisible(
            live and may[Permission.EDIT_CASE] and status == CaseStatus.DISPOSED
        )
        self.print_button.setVisible(live and may[Permission.PRINT_CASE_FORMS])
        self.copy_button.setVisible(live and bool(detail.phone or detail.address))
        if live:
            self.copy_phone_action.setEnabled(bool(detail.phone))
            self.copy_address_action.setEnabled(bool(detail.address))
        self.link_button.setVisible(live and may[Permission.LINK_CASES])
        self.erase_button.setVisible(live and may[Permission.ERASE_CASE])

    # -- status -----------------------------------------------------------------------------------

    def _on_start_button_clicked(self) -> None:
        host = self.host
        detail = host.call(lambda uow: case_status.start_work(uow, host.case_id, by=host.actor))
        if detail is not None:
            host.changed(lambda: self.tr("The case is now in progress."))

    def dispose(self, state: dict[str, Any] | None = None) -> None:
        """Ask the outcome and dispose the case (`state` fills the dialog in, when resumed)."""
        host = self.host
        months = host.call(lambda uow: follow_up_plan.follow_up_months(uow)) or ()

        def save(values: dict[str, Any]) -> object:
            return host.in_transaction(
                lambda uow: case_status.dispose_case(
                    uow, host.case_id, outcome=values["outcome"], note=values["note"], by=host.actor
                )
            )

        dialog = DisposeDialog(save, follow_up_months=tuple(months), parent=self)
        if state:
            dialog.restore_state(state)
        if host.run_dialog(dialog, "dispose"):
            host.changed(lambda: self.tr("The case is disposed; its follow-ups are scheduled."))
            host.show_tab(RecordTab.FOLLOW_UPS)

    def reopen(self, state: dict[str, Any] | None = None) -> None:
        """Ask why and reopen the case (`state` fills the dialog in, when resumed)."""
        host = self.host

        def save(values: dict[str, Any]) -> object:
            return host.in_transaction(
                lambda uow: case_status.reopen_case(
                    uow, host.case_id, reason=values["reason"], by=host.actor
                )
            )

        dialog = ReopenDialog(save, parent=self)
        if state:
            dialog.restore_state(state)
        if host.run_dialog(dialog, "reopen"):
            host.changed(lambda: self.tr("The case is reopened."))

    # -- printing and copying ---------------------------------------------------------------------

    def print_form(self, form: str) -> None:
        """Make the filled "registration" or "consent" form and show it to print."""
        from osc_desktop.services.cases import (
            forms as case_forms,  # written beside this screen (PRINT)
        )

        host = self.host
        if host.detail is None:
            return
        make_pdf = {
            "registration": case_forms.registration_form_pdf,
            "consent": case_forms.consent_form_pdf,
        }[form]
        pdf = host.call(lambda uow: make_pdf(uow, host.case_id, by=host.actor))
        if pdf is None:
            return
        safe_number = host.detail.case_number.replace("/", "-")
        dialog = pdf_preview.PdfPreviewDialog(
            pdf,
            f"{form}-form-{safe_number}.pdf",
            self,
            save_warning=self.tr(
                "This form holds her personal details. Print it; save a copy only to a drive "
                "that is kept locked away."
            ),
        )
        dialog.exec()
        dialog.deleteLater()
        host.reread(RecordTab.TIMELINE)

    def clipboard(self) -> SensitiveClipboard:
        """The main window's sensitive clipboard (cleared at lock), else one of this record's."""
        window_clipboard = getattr(self.window(), "clipboard", None)
        if isinstance(window_clipboard, SensitiveClipboard):
            return window_clipboard
        if self._own_clipboard is None:
            self._own_clipboard = SensitiveClipboard(self)
        return self._own_clipboard

    def _on_copy_phone_triggered(self) -> None:
        detail = self.host.detail
        if detail is not None and detail.phone:
            self.clipboard().copy(detail.phone)
            self.host.set_notice(
                lambda: self.tr(
                    "Her phone number is copied; it leaves the clipboard after 30 seconds."
                )
            )

    def _on_copy_address_triggered(self) -> None:
        detail = self.host.detail
        if detail is not None and detail.address:
            self.clipboard().copy(detail.address)
            self.host.set_notice(
                lambda: self.tr("Her address is copied; it leaves the clipboard after 30 seconds.")
            )

    # -- linking and erasure ----------------------------------------------------------------------

    def _on_link_button_clicked(self) -> None:
        host = self.host
        if host.detail is None:
            return

        def find(text: str) -> list[Any] | None:
            page = host.call(
                lambda uow: case_search.search_cases(
                    uow, CaseQuery(text=text), offset=0, limit=LINK_SEARCH_LIMIT, by=host.actor
                )
            )
            if page is None:
                return None
            return [row for row in page.rows if row.id != host.case_id and not row.erased]

        def link(other_id: int) -> object:
            return host.in_transaction(
                lambda uow: case_matching.link_cases(uow, host.case_id, other_id, by=host.actor)
            )

        dialog = LinkCaseDialog(host.detail.case_number, find, link, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            other = getattr(dialog.outcome, "case_id", None)
            host.changed(lambda: self.tr("The cases are linked."))
            if other is not None:
                host.case_changed.emit(other)

    def unlink(self, link_id: int, other_number: str) -> None:
        """Remove link `link_id` to case `other_number`, once she confirms it."""
        answer = QMessageBox.question(
            self,
            self.tr("Remove link"),
            self.tr(
                "Remove the link to case %1? Both records stay as they are; the link can be "
                "made again."
            ).replace("%1", other_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        host = self.host
        done = host.call(
            lambda uow: case_matching.unlink_cases(uow, link_id, by=host.actor) or True
        )
        if done:
            host.changed(lambda: self.tr("The link is removed."))

    def _on_erase_button_clicked(self) -> None:
        host = self.host
        detail = host.detail
        if detail is None or detail.erased:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase on request"),
            self.tr(
                "Erase case %1 at her request?\n\nHer name, alias, phone, address, date of birth, "
                "the narrative, names of children and perpetrators, and every note are wiped for "
                "ever. Only figures that identify nobody stay (age, kinds of violence, services "
                "given, dates), so the centre's counts remain right.\n\nThis cannot be undone, "
                "not even from a backup made afterwards. The erasure is recorded in the audit "
                "trail."
            ).replace("%1", detail.case_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def erase(typed: str) -> object:
            return host.in_transaction(
                lambda uow: erasure.erase_case(
                    uow, host.case_id, confirm_case_number=typed, by=host.actor
                )
            )

        dialog = EraseDialog(detail.case_number, erase, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if isinstance(dialog.failure, SessionEnded):
            host.session_ended.emit()
        if accepted:
            host.changed(lambda: self.tr("The case is erased."))
