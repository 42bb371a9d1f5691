"""One survivor's case: its header, its details (edited by permitted roles), the services given,
referrals out, follow-ups, and a timeline of everything; the status actions, printing, copying
her phone or address, linking, and erasure on request.

The view shows and hides what the signed-in role may do (`services.permissions.role_allows`);
the services check again. Every list is read when its tab is first shown after a change, so a
counsellor's confidential notes are read (and that read audited) only when she opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import (
    CaseChangedMeanwhile,
    CaseNotFound,
    OscError,
    SessionEnded,
    ValidationError,
)
from osc_desktop.services.cases import erasure, follow_up_plan, follow_ups, intake, referrals
from osc_desktop.services.cases import matching as case_matching
from osc_desktop.services.cases import record as case_record
from osc_desktop.services.cases import search as case_search
from osc_desktop.services.cases import services as case_services
from osc_desktop.services.cases import status as case_status
from osc_desktop.services.cases import timeline as case_timeline
from osc_desktop.services.cases.dto import CaseDetail, CaseQuery
from osc_desktop.services.cases.vocabulary import CaseStatus, FollowUpResult
from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.ui import pdf_preview
from osc_desktop.ui.cases.record_dialogs import (
    DisposeDialog,
    FollowUpDialog,
    RecordDialog,
    ReferralDialog,
    ReferralStatusDialog,
    ReopenDialog,
    ServiceDialog,
)
from osc_desktop.ui.cases.record_erase_dialog import EraseDialog
from osc_desktop.ui.cases.record_header import RecordHeader
from osc_desktop.ui.cases.record_link_dialog import LinkCaseDialog
from osc_desktop.ui.cases.record_models import (
    CaseFollowUpsTableModel,
    ReferralsTableModel,
    ServicesTableModel,
    TimelineTableModel,
    erased_figures_html,
)
from osc_desktop.ui.clipboard import SensitiveClipboard
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.service_calls import call_service
from osc_desktop.ui.widgets.form_field import ERROR_STYLE
from osc_desktop.ui.widgets.record_table import make_record_table
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import ResumesDialogs

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

T = TypeVar("T")
LINK_SEARCH_LIMIT = 20
NOTICE_STYLE = "color: #1b5e20;"
_DISABLED_HERE = "record_disabled_here"
_PLACEHOLDER_ALPHA = "record_placeholder_alpha"


class RecordTab(IntEnum):
    DETAILS = 0
    SERVICES = 1
    REFERRALS = 2
    FOLLOW_UPS = 3
    TIMELINE = 4


def _fit(table: QTableView, *stretch: int) -> None:
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )


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
        self.editing = False
        self._edit_base: datetime | None = None
        self.missing_case = False
        self._stale: set[RecordTab] = set(RecordTab)
        self._notice: Callable[[], str] | None = None
        self._suspended: tuple[str, int | None, dict[str, Any]] | None = None
        self._own_clipboard: SensitiveClipboard | None = None
        self.may = {p: role_allows(actor.role, p) for p in Permission}

        # -- header and actions
        self.header = RecordHeader()
        self.header.complete_intake_requested.connect(self._on_header_complete_intake_requested)
        self.header.open_case_requested.connect(self.open_case_requested)
        self.header.unlink_requested.connect(self._on_header_unlink_requested)

        self.start_button = QPushButton()
        self.start_button.setObjectName("start_work")
        self.dispose_button = QPushButton()
        self.dispose_button.setObjectName("dispose")
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.dispose_button.clicked.connect(lambda: self._on_dispose_button_clicked())
        self.reopen_button.clicked.connect(lambda: self._on_reopen_button_clicked())

        self.print_button = QToolButton()
        self.print_button.setObjectName("print")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        print_menu = QMenu(self.print_button)
        self.print_registration_action = print_menu.addAction("")
        self.print_consent_action = print_menu.addAction("")
        self.print_button.setMenu(print_menu)
        self.print_registration_action.triggered.connect(lambda: self.print_form("registration"))
        self.print_consent_action.triggered.connect(lambda: self.print_form("consent"))

        self.copy_button = QToolButton()
        self.copy_button.setObjectName("copy")
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        copy_menu = QMenu(self.copy_button)
        self.copy_phone_action = copy_menu.addAction("")
        self.copy_address_action = copy_menu.addAction("")
        self.copy_button.setMenu(copy_menu)
        self.copy_phone_action.triggered.connect(self._on_copy_phone_triggered)
        self.copy_address_action.triggered.connect(self._on_copy_address_triggered)

        self.link_button = QPushButton()
        self.link_button.setObjectName("link_case")
        self.link_button.clicked.connect(self._on_link_button_clicked)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("erase")
        self.erase_button.clicked.connect(self._on_erase_button_clicked)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        for widget in (
            self.start_button,
            self.dispose_button,
            self.reopen_button,
            self.print_button,
            self.copy_button,
            self.link_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.erase_button)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()

        # -- the tabs
        self.tabs = QTabWidget()
        self.tabs.setObjectName("record_tabs")
        self.tabs.setDocumentMode(True)
        self._build_details_tab()
        self._build_services_tab()
        self._build_referrals_tab()
        self._build_follow_ups_tab()
        self._build_timeline_tab()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.reload()

    # -- building the tabs ------------------------------------------------------------------------

    def _build_details_tab(self) -> None:
        page = QWidget()
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("edit_details")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_details")
        self.cancel_edit_button = QPushButton()
        self.cancel_edit_button.setObjectName("cancel_edit")
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save_details)
        self.cancel_edit_button.clicked.connect(self.cancel_editing)
        # The same keys save as on the intake screen (only while editing: see save_details).
        self.save_shortcuts = [
            QShortcut(
                QKeySequence(keys),
                page,
                self.save_details,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
            for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")
        ]
        self.details_hint = QLabel()
        self.details_hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.details_hint, 1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.cancel_edit_button)
        self.details_error = QLabel()
        self.details_error.setObjectName("details_error")
        self.details_error.setWordWrap(True)
        self.details_error.setStyleSheet(ERROR_STYLE)
        self.reload_button = QPushButton()
        self.reload_button.setObjectName("load_their_changes")
        self.reload_button.clicked.connect(self._on_reload_button_clicked)
        error_row = QHBoxLayout()
        error_row.addWidget(self.details_error, 1)
        error_row.addWidget(self.reload_button)
        self.details_error.hide()
        self.reload_button.hide()
        self.form = IntakeForm()
        self.form.setObjectName("intake_form")
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(error_row)
        self.figures = QLabel()
        self.figures.setObjectName("erased_figures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.figures.setWordWrap(True)
        self.figures.hide()
        layout.addWidget(self.form_scroll, 1)
        layout.addWidget(self.figures, 1)
        self.tabs.addTab(page, "")
        self._form_editable = True
        self._set_form_editable(False)

    def _list_page(
        self, table: QTableView, buttons: list[QPushButton], hint: QLabel | None = None
    ) -> QWidget:
        page = QWidget()
        bar = QHBoxLayout()
        if hint is not None:
            hint.setWordWrap(True)
            bar.addWidget(hint, 1)
        else:
            bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(table, 1)
        return page

    def _build_services_tab(self) -> None:
        self.services_model = ServicesTableModel(self)
        self.services_table = make_record_table(self.services_model, "services_table")
        _fit(
            self.services_table,
            ServicesTableModel.Column.SUMMARY,
            ServicesTableModel.Column.NOTES,
        )
        self.record_service_button = QPushButton()
        self.record_service_button.setObjectName("record_service")
        self.record_service_button.clicked.connect(lambda: self._on_record_service_clicked())
        self.services_hint = QLabel()
        self.tabs.addTab(
            self._list_page(self.services_table, [self.record_service_button], self.services_hint),
            "",
        )

    def _build_referrals_tab(self) -> None:
        self.referrals_model = ReferralsTableModel(self)
        self.referrals_table = make_record_table(self.referrals_model, "referrals_table")
        _fit(self.referrals_table, ReferralsTableModel.Column.NOTES)
        self.add_referral_button = QPushButton()
        self.add_referral_button.setObjectName("add_referral")
        self.referral_status_button = QPushButton()
        self.referral_status_button.setObjectName("referral_status")
        self.add_referral_button.clicked.connect(lambda: self._on_add_referral_clicked())
        self.referral_status_button.clicked.connect(lambda: self._on_referral_status_clicked())
        self.referrals_table.doubleClicked.connect(self._on_referrals_table_double_clicked)
        self.referrals_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.tabs.addTab(
            self._list_page(
                self.referrals_table, [self.add_referral_button, self.referral_status_button]
            ),
            "",
        )

    def _build_follow_ups_tab(self) -> None:
        self.follow_ups_model = CaseFollowUpsTableModel(self)
        self.follow_ups_table = make_record_table(self.follow_ups_model, "follow_ups_table")
        _fit(self.follow_ups_table, CaseFollowUpsTableModel.Column.NOTES)
        self.record_follow_up_button = QPushButton()
        self.record_follow_up_button.setObjectName("record_follow_up")
        self.record_follow_up_button.clicked.connect(lambda: self._on_record_follow_up_clicked())
        self.follow_ups_table.doubleClicked.connect(self._on_follow_ups_table_double_clicked)
        self.follow_ups_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.follow_ups_hint = QLabel()
        self.tabs.addTab(
            self._list_page(
                self.follow_ups_table, [self.record_follow_up_button], self.follow_ups_hint
            ),
            "",
        )

    def _build_timeline_tab(self) -> None:
        self.timeline_model = TimelineTableModel(self)
        self.timeline_table = make_record_table(self.timeline_model, "timeline_table")
        _fit(self.timeline_table, TimelineTableModel.Column.DETAIL)
        self.tabs.addTab(self._list_page(self.timeline_table, []), "")

    # -- words ------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.services_table.set_empty_text(self.tr("No service recorded yet."))
        self.referrals_table.set_empty_text(self.tr("No referral made yet."))
        self.follow_ups_table.set_empty_text(
            self.tr("No follow-ups yet: they are scheduled when the case is disposed.")
        )
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
        self.edit_button.setText(self.tr("&Edit details"))
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_edit_button.setText(self.tr("Cancel"))
        self.reload_button.setText(self.tr("Load their changes"))
        self.record_service_button.setText(self.tr("&Record a service…"))
        self.services_hint.setText(
            self.tr("Counselling notes are read only by counsellors and the centre manager.")
        )
        self.add_referral_button.setText(self.tr("&Add a referral…"))
        self.referral_status_button.setText(self.tr("C&hange status…"))
        self.record_follow_up_button.setText(self.tr("Record &result…"))
        self.follow_ups_hint.setText(
            self.tr(
                'Follow-ups are scheduled when the case is disposed. Recording "Violence '
                'recurred" reopens the case.'
            )
        )
        titles = {
            RecordTab.DETAILS: self.tr("Details"),
            RecordTab.SERVICES: self.tr("Services given"),
            RecordTab.REFERRALS: self.tr("Referrals"),
            RecordTab.FOLLOW_UPS: self.tr("Follow-ups"),
            RecordTab.TIMELINE: self.tr("Timeline"),
        }
        for tab, title in titles.items():
            self.tabs.setTabText(tab, title)
        for model in (
            self.services_model,
            self.referrals_model,
            self.follow_ups_model,
            self.timeline_model,
        ):
            model.retranslate()
        self._show_details_hint()
        self._show_notice()
        if self.detail is not None and self.detail.erased:
            self.figures.setText(erased_figures_html(self.detail))

    def _show_details_hint(self) -> None:
        if self.detail is not None and self.detail.erased:
            text = self.tr("Erased: only the figures that identify nobody are shown.")
        elif self.editing:
            text = self.tr("Editing. Save changes when done; every change is recorded.")
        elif self.may[Permission.EDIT_CASE]:
            text = self.tr("Read only. Press Edit details to correct or complete the intake.")
        else:
            text = ""
        self.details_hint.setText(text)

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
            detail = self._in_transaction(
                lambda uow: case_record.open_case(uow, self.case_id, by=self.actor)
            )
        except CaseNotFound as error:
            self.missing_case = True
            self.detail = None
            show_service_error(self, error)
            self._update_actions()
            return
        except OscError as error:
            self._refused(error)
            self._update_actions()
            return
        self._show(detail)

    def _show(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.header.show_detail(
            detail,
            can_complete=self.may[Permission.EDIT_CASE] and not detail.erased,
            can_unlink=self.may[Permission.LINK_CASES] and not detail.erased,
        )
        self.form_scroll.setVisible(not detail.erased)
        self.figures.setVisible(detail.erased)
        if detail.erased:
            self.figures.setText(erased_figures_html(detail))
        if not self.editing:
            self._load_form(detail)
        self._stale = set(RecordTab) - {RecordTab.DETAILS}
        self._load_tab(RecordTab(self.tabs.currentIndex()))
        self._show_details_hint()
        self._update_actions()

    def _on_tabs_current_changed(self, index: int) -> None:
        if index >= 0:
            self._load_tab(RecordTab(index))
        self._update_actions()

    def show_tab(self, tab: RecordTab) -> None:
        self.tabs.setCurrentIndex(tab)
        self._load_tab(tab)

    def _load_tab(self, tab: RecordTab) -> None:
        if tab not in self._stale or self.detail is None:
            return
        self._stale.discard(tab)
        loaders: dict[RecordTab, tuple[Callable[[Any], Any], Any, QTableView]] = {
            RecordTab.SERVICES: (
                lambda uow: case_services.list_services(uow, self.case_id, by=self.actor),
                self.services_model,
                self.services_table,
            ),
            RecordTab.REFERRALS: (
                lambda uow: referrals.list_referrals(uow, self.case_id, by=self.actor),
                self.referrals_model,
                self.referrals_table,
            ),
            RecordTab.FOLLOW_UPS: (
                lambda uow: follow_ups.case_follow_ups(uow, self.case_id, by=self.actor),
                self.follow_ups_model,
                self.follow_ups_table,
            ),
            RecordTab.TIMELINE: (
                lambda uow: case_timeline.case_timeline(uow, self.case_id, by=self.actor),
                self.timeline_model,
                self.timeline_table,
            ),
        }
        if tab not in loaders:
            return
        read, model, table = loaders[tab]
        rows = self._call(read)
        if rows is not None:
            model.set_rows(rows)
            _fit(table, *self._stretch(tab))
        self._update_actions()

    @staticmethod
    def _stretch(tab: RecordTab) -> tuple[int, ...]:
        return {
            RecordTab.SERVICES: (
                ServicesTableModel.Column.SUMMARY,
                ServicesTableModel.Column.NOTES,
            ),
            RecordTab.REFERRALS: (ReferralsTableModel.Column.NOTES,),
            RecordTab.FOLLOW_UPS: (CaseFollowUpsTableModel.Column.NOTES,),
            RecordTab.TIMELINE: (TimelineTableModel.Column.DETAIL,),
        }[tab]

    def _update_actions(self, *_args: object) -> None:
        detail = self.detail
        live = detail is not None and not detail.erased
        status = detail.status if detail is not None else ""
        may = self.may
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
        can_edit = live and may[Permission.EDIT_CASE]
        self.header.can_complete = can_edit and not self.editing
        self.header.complete_button.setVisible(self.header.can_complete)
        self.edit_button.setVisible(can_edit and not self.editing)
        self.save_button.setVisible(can_edit and self.editing)
        self.cancel_edit_button.setVisible(can_edit and self.editing)
        records = live and may[Permission.RECORD_SERVICES]
        self.record_service_button.setVisible(records)
        self.add_referral_button.setVisible(records)
        self.referral_status_button.setVisible(records)
        self.referral_status_button.setEnabled(self._selected(self.referrals_table) is not None)
        self.record_follow_up_button.setVisible(records)
        chosen = self._selected(self.follow_ups_table)
        self.record_follow_up_button.setEnabled(
            chosen is not None and chosen.done_at is None and not chosen.cancelled
        )

    @staticmethod
    def _selected(table: QTableView) -> Any:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return table.model().row_at(rows[0].row())

    # -- calling the services ---------------------------------------------------------------------

    def _in_transaction(self, action: Callable[[Any], T]) -> T:
        with self.centre.database.unit_of_work() as uow:
            return action(uow)

    def _call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained to the user and gives None."""
        return call_service(self.centre, action, self._refused)

    def _refused(self, error: OscError) -> None:
        show_service_error(self, error)
        if isinstance(error, SessionEnded):
            self.session_ended.emit()

    def _changed(self, notice: Callable[[], str] | None = None) -> None:
        """After any change: read the case again and tell the cases list."""
        self.reload()
        self.set_notice(notice)
        self.case_changed.emit(self.case_id)

    def _run(self, dialog: RecordDialog, kind: str, key: int | None = None) -> bool:
        """Show `dialog`; True if saved. A dialog the lock closed is kept to resume."""
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
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
            "service": lambda: self._on_record_service_clicked(state),
            "referral": lambda: self._on_add_referral_clicked(state),
            "referral_status": lambda: self._on_referral_status_clicked(state, key),
            "dispose": lambda: self._on_dispose_button_clicked(state),
            "reopen": lambda: self._on_reopen_button_clicked(state),
            "follow_up": lambda: self._on_record_follow_up_clicked(state, key),
        }
        openers[kind]()

    # -- details ----------------------------------------------------------------------------------

    def _set_form_editable(self, editable: bool) -> None:
        """Make the intake form editable, or read-only but fully legible: its texts read-only
        with their placeholders made invisible (an empty field must not seem to hold "Her
        name"; the palette survives the form retranslating its placeholders), its choices
        disabled. What the form itself had disabled stays so."""
        self._form_editable = editable
        for widget in self.form.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                if not isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                    widget.setReadOnly(not editable)
                    palette = widget.palette()
                    colour = palette.color(QPalette.ColorRole.PlaceholderText)
                    if not editable and colour.alpha():
                        widget.setProperty(_PLACEHOLDER_ALPHA, colour.alpha())
                        colour.setAlpha(0)
                    elif editable and widget.property(_PLACEHOLDER_ALPHA):
                        colour.setAlpha(int(widget.property(_PLACEHOLDER_ALPHA)))
                        widget.setProperty(_PLACEHOLDER_ALPHA, 0)
                    palette.setColor(QPalette.ColorRole.PlaceholderText, colour)
                    widget.setPalette(palette)
            elif isinstance(widget, QComboBox | QAbstractButton | QTreeWidget | QAbstractSpinBox):
                if not editable and widget.isEnabled():
                    widget.setEnabled(False)
                    widget.setProperty(_DISABLED_HERE, True)
                elif editable and widget.property(_DISABLED_HERE):
                    widget.setEnabled(True)
                    widget.setProperty(_DISABLED_HERE, False)

    def form_editable(self) -> bool:
        return self._form_editable

    def _load_form(self, detail: CaseDetail) -> None:
        self._set_form_editable(True)  # give back what was disabled here before loading
        self.form.load(detail)
        self._set_form_editable(self.editing)

    def start_editing(self) -> None:
        if self.detail is None or self.detail.erased or not self.may[Permission.EDIT_CASE]:
            return
        workers = self._call(lambda uow: case_record.list_case_workers(uow, by=self.actor))
        if workers is not None:
            self.form.set_case_workers(workers)
            self._load_form(self.detail)
        self.editing = True
        # The intake version this edit starts from: a save checks the case still has it, even
        # if the record is read again meanwhile (after recording a service, say).
        self._edit_base = self.detail.updated_at
        self._clear_details_error()
        set_quick = getattr(self.form, "set_quick", None)
        if callable(set_quick):
            set_quick(False)
        self._set_form_editable(True)
        self.tabs.setCurrentIndex(RecordTab.DETAILS)
        self.form.setFocus()
        self._show_details_hint()
        self._update_actions()

    def cancel_editing(self) -> None:
        self.editing = False
        self._clear_details_error()
        if self.detail is not None:
            self._load_form(self.detail)
        self._set_form_editable(False)
        self._show_details_hint()
        self._update_actions()

    def save_details(self) -> bool:
        """Save the edited intake; True when saved. Field errors show beside the fields."""
        if not self.editing or self.detail is None:
            return False
        expected = self._edit_base or self.detail.updated_at
        try:
            data = self.form.collect()
            saved = self._in_transaction(
                lambda uow: intake.update_intake(
                    uow, self.case_id, data, expected_updated_at=expected, by=self.actor
                )
            )
        except ValidationError as error:
            self.form.show_errors(error)
            return False
        except CaseChangedMeanwhile as error:
            self._show_changed_meanwhile(error)
            return False
        except OscError as error:
            self._refused(error)
            return False
        self.editing = False
        self._clear_details_error()
        self._set_form_editable(False)
        self._show(saved)
        self.set_notice(lambda: self.tr("Changes saved."))
        self.case_changed.emit(self.case_id)
        return True

    def _show_changed_meanwhile(self, error: OscError) -> None:
        """Say so beside the form, keeping what was typed, and offer to load their version."""
        self.details_error.setText(tr_error(error))
        self.details_error.show()
        self.reload_button.show()
        show_service_error(self, error)

    def _clear_details_error(self) -> None:
        self.details_error.hide()
        self.reload_button.hide()

    def _on_reload_button_clicked(self) -> None:
        self.editing = False
        self._clear_details_error()
        self._set_form_editable(False)
        self.reload()

    def _on_header_complete_intake_requested(self) -> None:
        self.start_editing()

    # -- status -----------------------------------------------------------------------------------

    def _on_start_button_clicked(self) -> None:
        detail = self._call(lambda uow: case_status.start_work(uow, self.case_id, by=self.actor))
        if detail is not None:
            self._changed(lambda: self.tr("The case is now in progress."))

    def _on_dispose_button_clicked(self, state: dict[str, Any] | None = None) -> None:
        months = self._call(lambda uow: follow_up_plan.follow_up_months(uow)) or ()

        def save(values: dict[str, Any]) -> object:
            return self._in_transaction(
                lambda uow: case_status.dispose_case(
                    uow, self.case_id, outcome=values["outcome"], note=values["note"], by=self.actor
                )
            )

        dialog = DisposeDialog(save, follow_up_months=tuple(months), parent=self)
        if state:
            dialog.restore_state(state)
        if self._run(dialog, "dispose"):
            self._changed(lambda: self.tr("The case is disposed; its follow-ups are scheduled."))
            self.show_tab(RecordTab.FOLLOW_UPS)

    def _on_reopen_button_clicked(self, state: dict[str, Any] | None = None) -> None:
        def save(values: dict[str, Any]) -> object:
            return self._in_transaction(
                lambda uow: case_status.reopen_case(
                    uow, self.case_id, reason=values["reason"], by=self.actor
                )
            )

        dialog = ReopenDialog(save, parent=self)
        if state:
            dialog.restore_state(state)
        if self._run(dialog, "reopen"):
            self._changed(lambda: self.tr("The case is reopened."))

    # -- services, referrals, follow-ups ----------------------------------------------------------

    def _on_record_service_clicked(self, state: dict[str, Any] | None = None) -> None:
        can_write_notes = self.may[Permission.VIEW_CONFIDENTIAL_NOTES]

        def save(values: dict[str, Any]) -> object:
            data = case_services.ServiceInput(
                kind=values["kind"],
                given_on=values["given_on"],
                summary=values["summary"],
                confidential_notes=values.get("confidential_notes", ""),
            )
            return self._in_transaction(
                lambda uow: case_services.record_service(uow, self.case_id, data, by=self.actor)
            )

        dialog = ServiceDialog(save, can_write_notes=can_write_notes, parent=self)
        if state:
            dialog.restore_state(state)
        if self._run(dialog, "service"):
            self._changed(lambda: self.tr("Service recorded."))
            self.show_tab(RecordTab.SERVICES)

    def _on_add_referral_clicked(self, state: dict[str, Any] | None = None) -> None:
        def save(values: dict[str, Any]) -> object:
            data = referrals.ReferralInput(
                target=values["target"],
                organisation=values["organisation"],
                referred_on=values["referred_on"],
                notes=values["notes"],
            )
            return self._in_transaction(
                lambda uow: referrals.add_referral(uow, self.case_id, data, by=self.actor)
            )

        dialog = ReferralDialog(save, parent=self)
        if state:
            dialog.restore_state(state)
        if self._run(dialog, "referral"):
            self._changed(lambda: self.tr("Referral recorded."))
            self.show_tab(RecordTab.REFERRALS)

    def _on_referral_status_clicked(
        self, state: dict[str, Any] | None = None, referral_id: int | None = None
    ) -> None:
        if referral_id is not None:
            self.show_tab(RecordTab.REFERRALS)
            rows = [r for r in self.referrals_model.rows() if r.id == referral_id]
            chosen = rows[0] if rows else None
        else:
            chosen = self._selected(self.referrals_table)
        if chosen is None:
            return

        def save(values: dict[str, Any]) -> object:
            return self._in_transaction(
                lambda uow: referrals.update_referral(
                    uow, chosen.id, status=values["status"], notes=values["notes"], by=self.actor
                )
            )

        dialog = ReferralStatusDialog(
            save, target=chosen.target, status=chosen.status, notes=chosen.notes, parent=self
        )
        if state:
            dialog.restore_state(state)
        if self._run(dialog, "referral_status", chosen.id):
            self._changed(lambda: self.tr("Referral updated."))
            self.show_tab(RecordTab.REFERRALS)

    def _on_referrals_table_double_clicked(self, index: QModelIndex) -> None:
        if (
            index.isValid()
            and self.may[Permission.RECORD_SERVICES]
            and self.referral_status_button.isVisible()
        ):
            self.referrals_table.selectRow(index.row())
            self._on_referral_status_clicked()

    def _on_record_follow_up_clicked(
        self, state: dict[str, Any] | None = None, follow_up_id: int | None = None
    ) -> None:
        if follow_up_id is not None:
            self.show_tab(RecordTab.FOLLOW_UPS)
            rows = [r for r in self.follow_ups_model.rows() if r.id == follow_up_id]
            chosen = rows[0] if rows else None
        else:
            chosen = self._selected(self.follow_ups_table)
        if chosen is None or chosen.done_at is not None or chosen.cancelled:
            return

        def save(values: dict[str, Any]) -> object:
            return self._in_transaction(
                lambda uow: follow_ups.record_follow_up(
                    uow, chosen.id, result=values["result"], notes=values["notes"], by=self.actor
                )
            )

        dialog = FollowUpDialog(save, due_on=chosen.due_on, parent=self)
        if state:
            dialog.restore_state(state)
        if not self._run(dialog, "follow_up", chosen.id):
            return
        outcome = dialog.outcome
        if getattr(outcome, "result", None) == FollowUpResult.VIOLENCE_RECURRED:
            self._changed(
                lambda: self.tr(
                    "Violence recurred: the case has been reopened and its other follow-ups "
                    "cancelled."
                )
            )
        else:
            self._changed(lambda: self.tr("Follow-up recorded."))
        self.show_tab(RecordTab.FOLLOW_UPS)

    def _on_follow_ups_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.record_follow_up_button.isVisible():
            self.follow_ups_table.selectRow(index.row())
            self._on_record_follow_up_clicked()

    # -- printing and copying ---------------------------------------------------------------------

    def print_form(self, form: str) -> None:
        """Make the filled "registration" or "consent" form and show it to print."""
        from osc_desktop.services.cases import (
            forms as case_forms,  # written beside this screen (PRINT)
        )

        if self.detail is None:
            return
        make_pdf = {
            "registration": case_forms.registration_form_pdf,
            "consent": case_forms.consent_form_pdf,
        }[form]
        pdf = self._call(lambda uow: make_pdf(uow, self.case_id, by=self.actor))
        if pdf is None:
            return
        safe_number = self.detail.case_number.replace("/", "-")
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
        self._stale.add(RecordTab.TIMELINE)
        if self.tabs.currentIndex() == RecordTab.TIMELINE:
            self._load_tab(RecordTab.TIMELINE)

    def clipboard(self) -> SensitiveClipboard:
        """The main window's sensitive clipboard (cleared at lock), else one of this view's."""
        window_clipboard = getattr(self.window(), "clipboard", None)
        if isinstance(window_clipboard, SensitiveClipboard):
            return window_clipboard
        if self._own_clipboard is None:
            self._own_clipboard = SensitiveClipboard(self)
        return self._own_clipboard

    def _on_copy_phone_triggered(self) -> None:
        if self.detail is not None and self.detail.phone:
            self.clipboard().copy(self.detail.phone)
            self.set_notice(
                lambda: self.tr(
                    "Her phone number is copied; it leaves the clipboard after 30 seconds."
                )
            )

    def _on_copy_address_triggered(self) -> None:
        if self.detail is not None and self.detail.address:
            self.clipboard().copy(self.detail.address)
            self.set_notice(
                lambda: self.tr("Her address is copied; it leaves the clipboard after 30 seconds.")
            )

    # -- linking and erasure ----------------------------------------------------------------------

    def _on_link_button_clicked(self) -> None:
        if self.detail is None:
            return

        def find(text: str) -> list[Any] | None:
            page = self._call(
                lambda uow: case_search.search_cases(
                    uow, CaseQuery(text=text), offset=0, limit=LINK_SEARCH_LIMIT, by=self.actor
                )
            )
            if page is None:
                return None
            return [row for row in page.rows if row.id != self.case_id and not row.erased]

        def link(other_id: int) -> object:
            return self._in_transaction(
                lambda uow: case_matching.link_cases(uow, self.case_id, other_id, by=self.actor)
            )

        dialog = LinkCaseDialog(self.detail.case_number, find, link, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            other = getattr(dialog.outcome, "case_id", None)
            self._changed(lambda: self.tr("The cases are linked."))
            if other is not None:
                self.case_changed.emit(other)

    def _on_header_unlink_requested(self, link_id: int, other_number: str) -> None:
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
        done = self._call(
            lambda uow: case_matching.unlink_cases(uow, link_id, by=self.actor) or True
        )
        if done:
            self._changed(lambda: self.tr("The link is removed."))

    def _on_erase_button_clicked(self) -> None:
        detail = self.detail
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
            return self._in_transaction(
                lambda uow: erasure.erase_case(
                    uow, self.case_id, confirm_case_number=typed, by=self.actor
                )
            )

        dialog = EraseDialog(detail.case_number, erase, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if isinstance(dialog.failure, SessionEnded):
            self.session_ended.emit()
        if accepted:
            self._changed(lambda: self.tr("The case is erased."))

    # -- for the cases list -----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether the details are being edited (closing the tab would lose them)."""
        return self.editing
