"""The "Details" tab of a case record: her intake, read only until a permitted role edits it,
and for an erased case only the figures that identify nobody.

An edit is saved against the intake version it started from, so a change someone made
meanwhile is never overwritten: then the form keeps what was typed and offers their version.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import CaseChangedMeanwhile, OscError, ValidationError
from osc_desktop.services.cases import intake
from osc_desktop.services.cases import record as case_record
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.core.permissions import Permission
from osc_desktop.ui.cases.record_models import erased_figures_html
from osc_desktop.ui.cases.record_tab import RecordHost, RecordTab
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.widgets.form_field import ERROR_STYLE
from osc_desktop.ui.widgets.retranslating import Retranslating

_DISABLED_HERE = "record_disabled_here"
_PLACEHOLDER_ALPHA = "record_placeholder_alpha"


class RecordDetailsTab(Retranslating, QWidget):
    """The intake form of the case, with Edit details, Save changes and Cancel."""

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.editing = False
        self._edit_base: datetime | None = None

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
                self,
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
        layout = QVBoxLayout(self)
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
        self._form_editable = True
        self._set_form_editable(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("&Edit details"))
        self.save_button.setText(self.tr("&Save changes"))
        self.cancel_edit_button.setText(self.tr("Cancel"))
        self.reload_button.setText(self.tr("Load their changes"))
        self.show_hint()
        detail = self.host.detail
        if detail is not None and detail.erased:
            self.figures.setText(erased_figures_html(detail))

    def show_hint(self) -> None:
        """Say above the form whether it is read only, being edited, or erased."""
        detail = self.host.detail
        if detail is not None and detail.erased:
            text = self.tr("Erased: only the figures that identify nobody are shown.")
        elif self.editing:
            text = self.tr("Editing. Save changes when done; every change is recorded.")
        elif self.host.may[Permission.EDIT_CASE]:
            text = self.tr("Read only. Press Edit details to correct or complete the intake.")
        else:
            text = ""
        self.details_hint.setText(text)

    def show_detail(self, detail: CaseDetail) -> None:
        """Show the case as read (the form is left alone while it is being edited)."""
        self.form_scroll.setVisible(not detail.erased)
        self.figures.setVisible(detail.erased)
        if detail.erased:
            self.figures.setText(erased_figures_html(detail))
        if not self.editing:
            self._load_form(detail)

    def update_actions(self, can_edit: bool) -> None:
        self.edit_button.setVisible(can_edit and not self.editing)
        self.save_button.setVisible(can_edit and self.editing)
        self.cancel_edit_button.setVisible(can_edit and self.editing)

    # -- the form, read only or editable ----------------------------------------------------------

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

    # -- editing ----------------------------------------------------------------------------------

    def start_editing(self) -> None:
        host = self.host
        detail = host.detail
        if detail is None or detail.erased or not host.may[Permission.EDIT_CASE]:
            return
        workers = host.call(lambda uow: case_record.list_case_workers(uow, by=host.actor))
        if workers is not None:
            self.form.set_case_workers(workers)
            self._load_form(detail)
        self.editing = True
        # The intake version this edit starts from: a save checks the case still has it, even
        # if the record is read again meanwhile (after recording a service, say).
        self._edit_base = detail.updated_at
        self._clear_details_error()
        set_quick = getattr(self.form, "set_quick", None)
        if callable(set_quick):
            set_quick(False)
        self._set_form_editable(True)
        host.show_tab(RecordTab.DETAILS)
        self.form.setFocus()
        self.show_hint()
        host.update_actions()

    def cancel_editing(self) -> None:
        self.editing = False
        self._clear_details_error()
        if self.host.detail is not None:
            self._load_form(self.host.detail)
        self._set_form_editable(False)
        self.show_hint()
        self.host.update_actions()

    def save_details(self) -> bool:
        """Save the edited intake; True when saved. Field errors show beside the fields."""
        host = self.host
        if not self.editing or host.detail is None:
            return False
        expected = self._edit_base or host.detail.updated_at
        try:
            data = self.form.collect()
            saved = host.in_transaction(
                lambda uow: intake.update_intake(
                    uow, host.case_id, data, expected_updated_at=expected, by=host.actor
                )
            )
        except ValidationError as error:
            self.form.show_errors(error)
            return False
        except CaseChangedMeanwhile as error:
            self._show_changed_meanwhile(error)
            return False
        except OscError as error:
            host.refused(error)
            return False
        self.editing = False
        self._clear_details_error()
        self._set_form_editable(False)
        host.show_detail(saved)
        host.set_notice(lambda: self.tr("Changes saved."))
        host.case_changed.emit(host.case_id)
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
        self.host.reload()
