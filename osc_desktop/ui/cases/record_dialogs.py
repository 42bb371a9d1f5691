"""The case record's small forms: a service given, a referral and its status, disposal,
reopening, and a follow-up's result.

Each holds what staff type about a survivor, so each is `Suspendable`: the lock screen closes it
and its owner gets it back, filled in as it was. A dialog calls `save(values)` when Save is
pressed (the view turns the values into a service call); field errors are shown under their
fields, any other refusal in a message that closes the dialog (then kept in `failure`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, ValidationError
from osc_desktop.services.cases.vocabulary import (
    FOLLOW_UP_RESULT_LABELS,
    OUTCOME_LABELS,
    REFERRAL_STATUS_LABELS,
    REFERRAL_TARGET_LABELS,
    SERVICE_LABELS,
    FollowUpResult,
)
from osc_desktop.ui.cases.record_models import case_label
from osc_desktop.ui.formats import centre_today, format_date
from osc_desktop.ui.language import tr_field_problem
from osc_desktop.ui.widgets.date_edit import make_date_edit
from osc_desktop.ui.widgets.dialog_actions import button_row, call_from_dialog
from osc_desktop.ui.widgets.form_field import INVALID_STYLE, FieldError
from osc_desktop.ui.widgets.labels import HINT_STYLE
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import Suspendable

Editor = QComboBox | QDateEdit | QLineEdit | QPlainTextEdit


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RecordDialog(Suspendable, Retranslating, QDialog):
    """A form of named editors, each with its label and its error beneath; Save and Cancel."""

    def __init__(
        self, save: Callable[[dict[str, Any]], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.outcome: object = None
        self.failure: OscError | None = None
        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, FieldError] = {}
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.hide()
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = FieldError()
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        self.buttons = button_row(self, self.save_button, self._on_save_clicked, self.cancel_button)
        self.save_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    # -- building -------------------------------------------------------------------------------

    def add_row(self, name: str, editor: Editor) -> Editor:
        editor.setObjectName(name)
        label = QLabel()
        label.setBuddy(editor)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        error = FieldError()
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        self.form_layout.addRow(label, box)
        self.editors[name] = editor
        self.labels[name] = label
        self.errors[name] = error
        return editor

    def add_combo(self, name: str, values: Mapping[Any, str], choose: bool = False) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem("", str(value))
        self._combo_labels = getattr(self, "_combo_labels", {})
        self._combo_labels[name] = values
        if choose:
            combo.setCurrentIndex(-1)
        self.add_row(name, combo)
        return combo

    def add_date(self, name: str, value: date | None) -> QDateEdit:
        editor = make_date_edit(maximum=_qdate(centre_today()))
        editor.setDate(_qdate(value or centre_today()))
        self.add_row(name, editor)
        return editor

    def add_text(self, name: str, lines: int = 1, text: str = "") -> QLineEdit | QPlainTextEdit:
        if lines == 1:
            editor: QLineEdit | QPlainTextEdit = QLineEdit(text)
        else:
            editor = QPlainTextEdit(text)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * lines + 12)
        self.add_row(name, editor)
        return editor

    def retranslate_ui(self) -> None:
        for name, values in getattr(self, "_combo_labels", {}).items():
            combo = self.editors[name]
            assert isinstance(combo, QComboBox)
            for index in range(combo.count()):
                combo.setItemText(index, case_label(values, combo.itemData(index)))
            combo.setPlaceholderText(self.tr("Choose…"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    # -- values ---------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds now: combos give their coded value ("" if none chosen), dates a
        `date`, texts as typed."""
        result: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                result[name] = editor.currentData() or ""
            elif isinstance(editor, QDateEdit):
                result[name] = editor.date().toPython()
            elif isinstance(editor, QLineEdit):
                result[name] = editor.text()
            else:
                result[name] = editor.toPlainText()
        return result

    def capture_state(self) -> dict[str, Any]:
        return self.values()

    def restore_state(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            editor = self.editors.get(name)
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value) if value else -1)
            elif isinstance(editor, QDateEdit):
                editor.setDate(_qdate(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(value)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)

    # -- saving ---------------------------------------------------------------------------------

    def show_errors(self, messages: dict[str, str]) -> None:
        """Each field's message under it; messages for fields not in this form go below them."""
        first: QWidget | None = None
        for name, error in self.errors.items():
            message = messages.get(name, "")
            error.show_message(message)
            editor = self.editors[name]
            editor.setStyleSheet(INVALID_STYLE if message else "")
            editor.setAccessibleDescription(message)
            if message and first is None:
                first = editor
        others = [text for name, text in messages.items() if name not in self.errors]
        self.general_error.show_message("\n".join(others))
        if first is not None:
            first.setFocus()

    def _on_save_clicked(self) -> None:
        values = self.values()
        saved, outcome = call_from_dialog(self, lambda: self._save(values), self._show_invalid)
        if not saved:
            return
        self.outcome = outcome
        self.show_errors({})
        self.accept()

    def _show_invalid(self, error: ValidationError) -> None:
        self.show_errors(
            {name: tr_field_problem(problem) for name, problem in error.field_errors.items()}
        )


class ServiceDialog(RecordDialog):
    """Record a service given: its kind, the day, a summary every case role reads, and (only
    for roles that may read them) confidential counselling notes."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], object],
        *,
        can_write_notes: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.can_write_notes = can_write_notes
        self.kind = self.add_combo("kind", SERVICE_LABELS, choose=True)
        self.given_on = self.add_date("given_on", None)
        self.summary = self.add_text("summary")
        self.notes_hint = QLabel()
        self.notes_hint.setWordWrap(True)
        self.notes_hint.setStyleSheet(HINT_STYLE)
        if can_write_notes:
            self.notes = self.add_text("confidential_notes", lines=6)
            self.form_layout.addRow("", self.notes_hint)
        self.kind.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record a service"))
        self.labels["kind"].setText(self.tr("&Service:"))
        self.labels["given_on"].setText(self.tr("&Given on:"))
        self.labels["summary"].setText(self.tr("S&ummary:"))
        self.summary.setPlaceholderText(
            self.tr("What was done, in a line; every member of staff can read this")
        )
        if self.can_write_notes:
            self.labels["confidential_notes"].setText(self.tr("Counselling &notes:"))
            self.notes_hint.setText(
                self.tr(
                    "Confidential: read only by counsellors and the centre manager, never "
                    "printed on the forms."
                )
            )


class ReferralDialog(RecordDialog):
    """A referral out: to whom, which organisation, the day, notes."""

    def __init__(self, save: Callable[[dict[str, Any]], object], parent: QWidget | None = None):
        super().__init__(save, parent)
        self.target = self.add_combo("target", REFERRAL_TARGET_LABELS, choose=True)
        self.organisation = self.add_text("organisation")
        self.referred_on = self.add_date("referred_on", None)
        self.notes = self.add_text("notes", lines=3)
        self.target.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Add a referral"))
        self.labels["target"].setText(self.tr("Referred &to:"))
        self.labels["organisation"].setText(self.tr("&Organisation:"))
        self.organisation.setPlaceholderText(self.tr("e.g. Swadhar Greh, Danapur"))
        self.labels["referred_on"].setText(self.tr("Referred &on:"))
        self.labels["notes"].setText(self.tr("&Notes:"))


class ReferralStatusDialog(RecordDialog):
    """Change a referral's status (sent, accepted, completed, declined) and its notes."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], object],
        *,
        target: str,
        status: str,
        notes: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.target = target
        self.status = self.add_combo("status", REFERRAL_STATUS_LABELS)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.notes = self.add_text("notes", lines=3, text=notes)
        self.explanation.show()
        self.status.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Change referral status"))
        self.explanation.setText(
            self.tr("Referral to: %1").replace(
                "%1", case_label(REFERRAL_TARGET_LABELS, self.target)
            )
        )
        self.labels["status"].setText(self.tr("S&tatus:"))
        self.labels["notes"].setText(self.tr("&Notes:"))


class DisposeDialog(RecordDialog):
    """Dispose of the case with an outcome and a note; follow-ups are then scheduled."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], object],
        *,
        follow_up_months: tuple[int, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.follow_up_months = follow_up_months
        self.outcome_combo = self.add_combo("outcome", OUTCOME_LABELS, choose=True)
        self.note = self.add_text("note", lines=4)
        self.explanation.show()
        self.outcome_combo.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Dispose of the case"))
        if self.follow_up_months:
            months = ", ".join(str(m) for m in self.follow_up_months)
            text = self.tr(
                "Follow-ups are scheduled after %1 months. The case can be reopened later."
            ).replace("%1", months)
        else:
            text = self.tr("Follow-ups are scheduled. The case can be reopened later.")
        self.explanation.setText(text)
        self.labels["outcome"].setText(self.tr("&Outcome:"))
        self.labels["note"].setText(self.tr("&Note:"))
        self.save_button.setText(self.tr("&Dispose"))


class ReopenDialog(RecordDialog):
    """Reopen a disposed case, saying why; pending follow-ups are cancelled."""

    def __init__(self, save: Callable[[dict[str, Any]], object], parent: QWidget | None = None):
        super().__init__(save, parent)
        self.reason = self.add_text("reason", lines=3)
        self.explanation.show()
        self.reason.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Reopen the case"))
        self.explanation.setText(
            self.tr("Follow-ups not yet done are cancelled; new ones follow the next disposal.")
        )
        self.labels["reason"].setText(self.tr("&Reason:"))
        self.save_button.setText(self.tr("&Reopen"))


class FollowUpDialog(RecordDialog):
    """The result of a follow-up call or visit; "violence recurred" reopens the case."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], object],
        *,
        due_on: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.due_on = due_on
        self.result_combo = self.add_combo("result", FOLLOW_UP_RESULT_LABELS, choose=True)
        self.notes = self.add_text("notes", lines=3)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        self.warning.hide()
        self.form_layout.addRow("", self.warning)
        self.explanation.show()
        self.result_combo.currentIndexChanged.connect(self._on_result_current_index_changed)
        self.result_combo.setFocus()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Record a follow-up"))
        self.explanation.setText(
            self.tr("Follow-up due on %1").replace("%1", format_date(self.due_on))
        )
        self.labels["result"].setText(self.tr("&Result:"))
        self.labels["notes"].setText(self.tr("&Notes:"))
        self.warning.setText(self.tr("Saving this result reopens the case."))

    def _on_result_current_index_changed(self, _index: int) -> None:
        self.warning.setVisible(self.result_combo.currentData() == FollowUpResult.VIOLENCE_RECURRED)
