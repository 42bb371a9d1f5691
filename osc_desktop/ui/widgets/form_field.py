"""A form field with its label, an optional hint, and its error shown right beneath it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import ValidationError
from osc_desktop.ui.language import tr_field_problem

ERROR_STYLE = "color: #b3261e;"
INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px; padding: 2px;"


class FieldError(QLabel):
    """The red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormField(QWidget):
    """An input and its error label, stacked; `set_error("")` clears the error."""

    def __init__(self, editor: QLineEdit | QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = FieldError(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self.set_error(""))
        else:
            editor.textChanged.connect(lambda: self.set_error(""))

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
        else:
            self.editor.setPlainText(text)

    def set_error(self, message: str) -> None:
        self.error.show_message(message)
        self.editor.setStyleSheet(INVALID_STYLE if message else "")
        self.editor.setAccessibleDescription(message)


class FieldForm:
    """A QFormLayout of named FormFields whose labels can be retranslated and errors shown."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.fields: dict[str, FormField] = {}
        self.labels: dict[str, QLabel] = {}
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add(self, name: str, editor: QLineEdit | QPlainTextEdit) -> FormField:
        field = FormField(editor)
        label = QLabel()
        label.setBuddy(editor)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        label.setContentsMargins(0, 4, 0, 0)
        self.layout.addRow(label, field)
        self.fields[name] = field
        self.labels[name] = label
        editor.setObjectName(name)
        return field

    def add_secret(self, name: str) -> FormField:
        """A password or passphrase field: typed characters are not shown."""
        editor = QLineEdit()
        editor.setEchoMode(QLineEdit.EchoMode.Password)
        return self.add(name, editor)

    def check(self, action: Callable[[], object]) -> bool:
        """Run `action`; on ValidationError show each field's message and return False."""
        try:
            action()
        except ValidationError as error:
            self.show_errors(
                {name: tr_field_problem(problem) for name, problem in error.field_errors.items()}
            )
            return False
        self.show_errors({})
        return True

    def set_label(self, name: str, text: str) -> None:
        self.labels[name].setText(text)

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each field's message (fields not named are cleared); focus the first bad one."""
        first = None
        for name, field in self.fields.items():
            message = messages.get(name, "")
            field.set_error(message)
            if message and first is None:
                first = field
        if first is not None:
            first.editor.setFocus()
