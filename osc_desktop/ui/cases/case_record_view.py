"""One survivor's case: its header, its actions (`record_actions`), and its tabs: details
(edited by permitted roles), the services given, referrals out, follow-ups, and a timeline of
everything (`record_*_tab`).

The view holds the case and the signed-in actor, and is the one way its parts call the
services (`RecordHost`): a refusal is explained the same way everywhere. It shows and hides what
the signed-in role may do (`services.permissions.role_allows`); the services check again. Every
list is read when its tab is first shown after a change, so a counsellor's confidential notes
are read (and that read audited) only when she opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from osc_desktop.errors import CaseNotFound, OscError, SessionEnded
from osc_desktop.services.cases import record as case_record
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.ui import tasks
from osc_desktop.ui.cases.record_actions import RecordActionBar
from osc_desktop.ui.cases.record_details_tab import RecordDetailsTab
from osc_desktop.ui.cases.record_dialogs import RecordDialog
from osc_desktop.ui.cases.record_follow_ups_tab import RecordFollowUpsTab
from osc_desktop.ui.cases.record_header import RecordHeader
from osc_desktop.ui.cases.record_referrals_tab import RecordReferralsTab
from osc_desktop.ui.cases.record_services_tab import RecordServicesTab
from osc_desktop.ui.cases.record_tab import RecordListTab, RecordTab
from osc_desktop.ui.cases.record_timeline_tab import RecordTimelineTab
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import ResumesDialogs

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")
NOTICE_STYLE = "color: #1b5e20;"


class CaseRecordView(ResumesDialogs, Retranslating, QWidget):
    """The record of case `case_id`, as `actor` may see and change it."""

    # Anything about the case changed (the cases list refreshes its row).
    case_changed = Signal(int)
    # A linked case was clicked: open it beside this one.
    open_case_requested = Signal(int)
    # The signed-in account was deactivated meanwhile.
    session_ended = Signal()

    def __init__(
        self, centre: OpenCentre, actor: Actor, case_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.missing_case = False
        self._stale: set[RecordTab] = set(RecordTab)
        self._notice: Callable[[], str] | None = None
        self._suspended: tuple[str, int | None, dict[str, Any]] | None = None
        self._finished_dialogs: list[QDialog] = []
        self.may = {p: role_allows(actor.role, p) for p in Permission}

        self.header = RecordHeader()
        self.header.open_case_requested.connect(self.open_case_requested)
        self.action_bar = RecordActionBar(self)
        self.header.unlink_requested.connect(self.action_bar.unlink)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        self.tabs.setDocumentMode(True)
        self.details_tab = RecordDetailsTab(self)
        self.header.complete_intake_requested.connect(self.details_tab.start_editing)
        self.services_tab = RecordServicesTab(self)
        self.referrals_tab = RecordReferralsTab(self)
        self.follow_ups_tab = RecordFollowUpsTab(self)
        self.timeline_tab = RecordTimelineTab(self)
        self._lists: dict[RecordTab, RecordListTab] = {
            RecordTab.SERVICES: self.services_tab,
            RecordTab.REFERRALS: self.referrals_tab,
            RecordTab.FOLLOW_UPS: self.follow_ups_tab,
            RecordTab.TIMELINE: self.timeline_tab,
        }
        self.tabs.addTab(self.details_tab, "")
        for page in self._lists.values():
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._name_the_parts()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.reload()

    def _name_the_parts(self) -> None:
        """The parts by the names they had before the tabs were split out of this view (the
        tests and the screenshot tools reach them through the view)."""
        actions, details = self.action_bar, self.details_tab
        self.start_button = actions.start_button
        self.dispose_button = actions.dispose_button
        self.reopen_button = actions.reopen_button
        self.print_button = actions.print_button
        self.print_registration_action = actions.print_registration_action
        self.print_consent_action = actions.print_consent_action
        self.copy_button = actions.copy_button
        self.copy_phone_action = actions.copy_phone_action
        self.copy_address_action = actions.copy_address_action
        self.link_button = actions.link_button
        self.erase_button = actions.erase_button
        self.form = details.form
        self.form_scroll = details.form_scroll
        self.figures = details.figures
        self.edit_button = details.edit_button
        self.save_button = details.save_button
        self.cancel_edit_button = details.cancel_edit_button
        self.details_error = details.details_error
        self.reload_button = details.reload_button
        self.services_model = self.services_tab.model
        self.services_table = self.services_tab.table
        self.record_service_button = self.services_tab.record_service_button
        self.referrals_model = self.referrals_tab.model
        self.referrals_table = self.referrals_tab.table
        self.add_referral_button = self.referrals_tab.add_referral_button
        self.referral_status_button = self.referrals_tab.referral_status_button
        self.follow_ups_model = self.follow_ups_tab.model
        self.follow_ups_table = self.follow_ups_tab.table
        self.record_follow_up_button = self.follow_ups_tab.record_follow_up_button
        self.timeline_model = self.timeline_tab.model

    # -- words ------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        titles = {
            RecordTab.DETAILS: self.tr("Details"),
            RecordTab.SERVICES: self.tr("Services given"),
            RecordTab.REFERRALS: self.tr("Referrals"),
            RecordTab.FOLLOW_UPS: self.tr("Follow-ups"),
            RecordTab.TIMELINE: self.tr("Timeline"),
        }
        for tab, title in titles.items():
            self.tabs.setTabText(tab, title)
        self._show_notice()

    def set_notice(self, notice: Callable[[], str] | None) -> None:
        """A short confirmation under the actions (kept across a language switch)."""
        self._notice = notice
        self._show_notice()

    def _show_notice(self) -> None:
        self.notice.setVisible(self._notice is not None)
        self.notice.setText(self._notice() if self._notice is not None else "")

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the case again (audited as a view) and mark every list to be read again."""
        try:
            detail = self.in_transaction(
                lambda uow: case_record.open_case(uow, self.case_id, by=self.actor)
            )
        except CaseNotFound as error:
            self.missing_case = True
            self.detail = None
            show_service_error(self, error)
            self.update_actions()
            return
        except OscError as error:
            self.refused(error)
            self.update_actions()
            return
        self.show_detail(detail)

    def show_detail(self, detail: CaseDetail) -> None:
        """Show `detail` as the case now stands; every list is read again when next shown."""
        self.detail = detail
        self.header.show_detail(
            detail,
            can_complete=self.may[Permission.EDIT_CASE] and not detail.erased,
            can_unlink=self.may[Permission.LINK_CASES] and not detail.erased,
        )
        self.details_tab.show_detail(detail)
        self._stale = set(RecordTab) - {RecordTab.DETAILS}
        self._load_tab(RecordTab(self.tabs.currentIndex()))
        self.details_tab.show_hint()
        self.update_actions()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index >= 0:
            self._load_tab(RecordTab(index))
        self.update_actions()

    def show_tab(self, tab: RecordTab) -> None:
        self.tabs.setCurrentIndex(tab)
        self._load_tab(tab)

    def reread(self, tab: RecordTab) -> None:
        """Read `tab` again when next shown (now, if it is in front)."""
        self._stale.add(tab)
        if self.tabs.currentIndex() == tab:
            self._load_tab(tab)

    def _load_tab(self, tab: RecordTab) -> None:
        if tab not in self._stale or self.detail is None:
            return
        self._stale.discard(tab)
        page = self._lists.get(tab)
        if page is None:
            return
        page.load()
        self.update_actions()

    def update_actions(self, *_args: object) -> None:
        """Show and enable what the role may do with the case as it now stands."""
        detail = self.detail
        live = detail is not None and not detail.erased
        self.action_bar.update_actions(detail)
        can_edit = live and self.may[Permission.EDIT_CASE]
        self.header.can_complete = can_edit and not self.editing
        self.header.complete_button.setVisible(self.header.can_complete)
        self.details_tab.update_actions(can_edit)
        records = live and self.may[Permission.RECORD_SERVICES]
        for page in self._lists.values():
            page.update_actions(records)

    # -- calling the services ---------------------------------------------------------------------

    def in_transaction(self, action: Callable[[Any], T]) -> T:
        """Run `action(uow)` in one unit of work; a refusal is raised (for a dialog to show)."""
        return tasks.call(self.centre, action, parent=self)

    def call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained to the user and gives None."""
        return call_service(self.centre, action, self.refused)

    def refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()

    def changed(self, notice: Callable[[], str] | None = None) -> None:
        """After any change: read the case again and tell the cases list."""
        self.reload()
        self.set_notice(notice)
        self.case_changed.emit(self.case_id)

    def run_dialog(self, dialog: RecordDialog, kind: str, key: int | None = None) -> bool:
        """Show `dialog`; True if saved. A dialog the lock closed is kept to resume."""
        # The dialog before this one is deleted now, this one at the next: the caller still
        # reads it after service calls, which wait in a local event loop where a deleteLater()
        # could take effect. (Not unparented either: Python's collector might then free it.)
        for finished in self._finished_dialogs:
            finished.deleteLater()
        self._finished_dialogs = [dialog]
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if dialog.suspended_state is not None:
            self._suspended = (kind, key, dialog.suspended_state)
            return False
        if isinstance(dialog.failure, SessionEnded):
            self.session_ended.emit()
        return accepted

    def resume_suspended(self) -> None:
        """Open again the dialog the lock screen closed, filled in as it was."""
        if self._suspended is None:
            return
        kind, key, state = self._suspended
        self._suspended = None
        openers: dict[str, Callable[[], None]] = {
            "service": lambda: self.services_tab.record_service(state),
            "referral": lambda: self.referrals_tab.add_referral(state),
            "referral_status": lambda: self.referrals_tab.change_status(state, key),
            "dispose": lambda: self.action_bar.dispose(state),
            "reopen": lambda: self.action_bar.reopen(state),
            "follow_up": lambda: self.follow_ups_tab.record_result(state, key),
        }
        openers[kind]()

    # -- the details and the clipboard, as the tab and the action bar have them -------------------

    @property
    def editing(self) -> bool:
        """Whether the details are being edited."""
        return self.details_tab.editing

    @editing.setter
    def editing(self, editing: bool) -> None:
        self.details_tab.editing = editing

    def form_editable(self) -> bool:
        return self.details_tab.form_editable()

    def start_editing(self) -> None:
        self.details_tab.start_editing()

    def cancel_editing(self) -> None:
        self.details_tab.cancel_editing()

    def save_details(self) -> bool:
        """Save the edited intake; True when saved. Field errors show beside the fields."""
        return self.details_tab.save_details()

    def print_form(self, form: str) -> None:
        """Make the filled "registration" or "consent" form and show it to print."""
        self.action_bar.print_form(form)

    def clipboard(self) -> SensitiveClipboard:
        """The main window's sensitive clipboard (cleared at lock), else one of this record's."""
        return self.action_bar.clipboard()

    # -- for the cases list -----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether the details are being edited (closing the tab would lose them)."""
        return self.editing
