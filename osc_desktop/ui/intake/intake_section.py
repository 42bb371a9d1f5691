"""One section of the intake form: a card with a heading (Alt+digit jumps to its first field)
over a form of named fields, each named as its `IntakeInput` attribute.

A section builds its own fields and knows how to load, collect and clear them, and its words;
the form (`intake_form.IntakeForm`) puts the sections together, retranslates them in order and
lines up their labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.ui.widgets.form_field import FieldForm, FormField
from osc_desktop.ui.widgets.labels import make_bold

# Fields shown on the quick register path: how she came, who she is, and the two things that
# help find her earlier record (age and phone). Everything else can follow later.
QUICK_FIELDS = frozenset(
    {"arrival", "referred_by", "full_name", "name_withheld", "alias", "age_years", "phone"}
)


class IntakeSection(QFrame):
    """A card of the intake form. A subclass adds its fields to `form`, then calls
    `_connect_edits()`; the form calls `retranslate_ui()` (it is not retranslated on its own, so
    that the form can line up every label once all are in the new language)."""

    # The operator changed something here (not while the section itself follows a value).
    edited = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._quiet = False
        self.setObjectName(f"section_{key}")
        self.setStyleSheet(
            f"QFrame#section_{key} {{ background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.heading = QLabel()
        self.heading.setObjectName(f"heading_{key}")
        make_bold(self.heading, 1.1)
        form_layout = QFormLayout()
        form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form_layout.setVerticalSpacing(6)
        box_layout = QVBoxLayout(self)
        box_layout.setContentsMargins(16, 10, 16, 12)
        box_layout.addWidget(self.heading)
        box_layout.addLayout(form_layout)
        self.form = FieldForm(form_layout)

    @property
    def box(self) -> QFrame:
        """The card itself (shown or hidden as a whole on the quick path)."""
        return self

    # -- building ---------------------------------------------------------------------------------

    def _add_composite(self, name: str, editor: QWidget, shown: QWidget) -> FormField:
        """A field whose error goes under `shown` (a row holding `editor` and more)."""
        field = self.form.add(name, shown)
        field.editor = editor  # errors style the editor itself; focus goes to it
        field.setFocusProxy(editor)
        if isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(lambda _i: field.set_error(""))
        return field

    def _connect_edits(self) -> None:
        for field in self.form.fields.values():
            editor = field.editor
            if isinstance(editor, QComboBox) or editor.maximumWidth() < 10_000:
                # Short answers stay short, at the left, instead of spanning the form.
                field.layout().setAlignment(editor, Qt.AlignmentFlag.AlignLeft)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(self._on_edited)
            elif isinstance(editor, QPlainTextEdit):
                editor.textChanged.connect(self._on_edited)
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(self._on_edited)
            elif isinstance(editor, QAbstractButton):
                editor.toggled.connect(self._on_edited)

    def _on_edited(self, *_args: object) -> None:
        if not self._quiet:
            self.edited.emit()

    # -- what the form asks of each section -------------------------------------------------------

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def load(self, detail: CaseDetail) -> None:
        """Show the section's part of `detail` (the form is cleared first)."""
        raise NotImplementedError

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        """The section's `IntakeInput` fields as typed; `dates` holds the typed dates read."""
        raise NotImplementedError

    def clear(self) -> None:
        """Empty every field of the section and its errors."""
        raise NotImplementedError

    def labels(self) -> list[QLabel]:
        """The labels in the form's one label column."""
        return list(self.form.labels.values())

    def editors(self) -> list[QWidget]:
        """The section's focusable widgets in tab order (visible or not)."""
        return [field.editor for field in self.form.fields.values()]

    def first_editor(self) -> QWidget:
        """Where Alt+digit on the heading goes."""
        return next(iter(self.form.fields.values())).editor

    def show_errors(self, messages: dict[str, str]) -> FormField | None:
        """Show each field's message beside it; the first field with one, in tab order."""
        return self.form.show_errors(messages, focus=False)

    def set_quick(self, quick: bool) -> None:
        """Show only the quick register fields (True), or all (False)."""
        if not quick or set(self.form.fields) & QUICK_FIELDS:
            self.setVisible(True)
            for name, field in self.form.fields.items():
                self.form.layout.setRowVisible(field, not quick or name in QUICK_FIELDS)
        else:
            self.setVisible(False)
