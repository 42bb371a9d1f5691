"""A form field with its label, an optional hint, and its error shown right beneath it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSizePolicy,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
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
    """An input and its error label, stacked; `set_error("")` clears the error.

    The input is usually a QLineEdit or QPlainTextEdit (then `text()`/`set_text()` work); a
    combo box, check box or list, or any other widget, may be given too. Editing clears the
    error: typing, choosing another item, toggling, checking an item of a list.
    """

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
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
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(lambda: self.set_error(""))
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _index: self.set_error(""))
        elif isinstance(editor, QAbstractButton):
            editor.toggled.connect(lambda _on: self.set_error(""))
        elif isinstance(editor, (QListWidget, QTreeWidget)):
            editor.itemChanged.connect(lambda *_item: self.set_error(""))

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        if isinstance(self.editor, QComboBox):
            data = self.editor.currentData()
            return data if isinstance(data, str) else self.editor.currentText()
        raise TypeError(f"{type(self.editor).__name__} holds no text")

    def set_text(self, text: str) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(text)
        elif isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            raise TypeError(f"{type(self.editor).__name__} holds no text")

    def has_error(self) -> bool:
        return bool(self.error.text()) and not self.error.isHidden()

    def set_error(self, message: str) -> None:
        if message == self.error.text() and self.error.isHidden() == (not message):
            return  # unchanged: do not restyle on every keystroke
        self.error.show_message(message)
        if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self.editor.setStyleSheet(INVALID_STYLE if message else "")
        else:
            # Only the frame of the editor itself, not its popups or child items: a type
            # selector of its Qt class (subclasses match it too).
            name = next(
                c.__name__ for c in type(self.editor).__mro__ if c.__module__.startswith("PySide6")
            )
            self.editor.setStyleSheet(
                f"{name} {{ border: 1px solid #b3261e; border-radius: 3px; }}" if message else ""
            )
        self.editor.setAccessibleDescription(message)


class FieldForm:
    """A QFormLayout of named FormFields whose labels can be retranslated and errors shown."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.fields: dict[str, FormField] = {}
        self.labels: dict[str, QLabel] = {}
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def add(self, name: str, editor: QWidget) -> FormField:
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

    def show_errors(self, messages: dict[str, str], *, focus: bool = True) -> FormField | None:
        """Show each field's message (fields not named are cleared); focus the first bad one
        (in the order the fields were added) unless `focus` is False. Returns that field."""
        first = None
        for name, field in self.fields.items():
            message = messages.get(name, "")
            field.set_error(message)
            if message and first is None:
                first = field
        if first is not None and focus:
            first.editor.setFocus()
        if first is not None:
            _grow_dialog_to_fit(first.editor)
        return first


def _grow_dialog_to_fit(widget: QWidget) -> None:
    """A dialog grows to make room for the messages now shown, instead of squashing its fields.

    Only dialogs: a page inside the main window scrolls or is laid out by its own parent.
    """
    window = widget.window()
    if isinstance(window, QDialog) and not isinstance(window, QWizard) and window.isVisible():
        window.resize(window.size().expandedTo(window.sizeHint()))
