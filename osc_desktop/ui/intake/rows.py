"""Rows the operator adds and removes in the intake form: children with her, perpetrators."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from osc_desktop.services.cases.dto import ChildInput, ChildRow, PerpetratorInput, PerpetratorRow
from osc_desktop.services.cases.vocabulary import CHILD_SEX_LABELS, RELATIONSHIP_LABELS
from osc_desktop.ui.intake.widgets import CodeCombo
from osc_desktop.ui.widgets.form_field import FieldError, FormField


class _Row(QWidget):
    """One row: a number, its cells (each a FormField showing its own error), Remove."""

    removed = Signal(QWidget)
    edited = Signal()

    def __init__(self, cells: dict[str, FormField], stretch: dict[str, int]) -> None:
        super().__init__()
        self.cells = cells
        # One message line under the whole row (each cell's own would wrap in a narrow
        # column); the cell itself still gets its red frame.
        self.error = FieldError()
        self.error.setObjectName("row_error")
        self.number = QLabel()
        self.number.setMinimumWidth(28)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.number.setContentsMargins(0, 5, 0, 0)
        self.remove_button = QPushButton()
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        cells_layout = QHBoxLayout()
        cells_layout.setContentsMargins(0, 0, 0, 0)
        cells_layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        for name, cell in cells.items():
            cells_layout.addWidget(cell, stretch.get(name, 1), Qt.AlignmentFlag.AlignTop)
            editor = cell.editor
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t: self._on_cell_edited())
            elif isinstance(editor, CodeCombo):
                editor.currentIndexChanged.connect(lambda _i: self._on_cell_edited())
        cells_layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(cells_layout)
        error_row = QHBoxLayout()
        error_row.addSpacing(self.number.minimumWidth() + cells_layout.spacing())
        error_row.addWidget(self.error, 1)
        layout.addLayout(error_row)

    def editors(self) -> list[QWidget]:
        return [cell.editor for cell in self.cells.values()] + [self.remove_button]

    def show_errors(self, messages: dict[str, str]) -> FormField | None:
        first = None
        for name, cell in self.cells.items():
            cell.set_error(messages.get(name, ""))
            cell.error.hide()
            if messages.get(name) and first is None:
                first = cell
        self._show_row_error()
        return first

    def _show_row_error(self) -> None:
        self.error.show_message(
            "\n".join(
                f"{cell.editor.accessibleName()}: {cell.error.text()}"
                for cell in self.cells.values()
                if cell.error.text()
            )
        )

    def _on_cell_edited(self) -> None:
        self._show_row_error()  # the cell cleared its own message as it was edited
        self.edited.emit()


class RowsEditor(QWidget):
    """A list of rows with an Add button below; errors keyed `<prefix>.<index>.<field>`."""

    changed = Signal()  # a row added or removed, or edited

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.rows: list[_Row] = []
        self.empty_note = QLabel()
        self.empty_note.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add_{prefix}")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_note)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.on_structure_changed: Callable[[], None] = lambda: None

    # subclasses
    def _make_row(self) -> _Row:
        raise NotImplementedError

    def _retranslate_row(self, row: _Row) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    # rows
    def add_row(self) -> _Row:
        row = self._make_row()
        row.removed.connect(self._on_row_removed)
        row.edited.connect(self.changed)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._retranslate_row(row)
        self._renumber()
        self.on_structure_changed()
        return row

    def clear_rows(self) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        self._renumber()
        self.on_structure_changed()

    def editors(self) -> list[QWidget]:
        """Every focusable widget, in tab order."""
        return [w for row in self.rows for w in row.editors()] + [self.add_button]

    def show_errors(self, messages: dict[str, str]) -> FormField | None:
        """`messages` keyed by the full field name; returns the first row cell with one."""
        first = None
        for index, row in enumerate(self.rows):
            own = {
                key.removeprefix(f"{self.prefix}.{index}."): text
                for key, text in messages.items()
                if key.startswith(f"{self.prefix}.{index}.")
            }
            shown = row.show_errors(own)
            if first is None:
                first = shown
        return first

    def _renumber(self) -> None:
        for index, row in enumerate(self.rows, start=1):
            row.number.setText(f"{index}.")
        self.empty_note.setVisible(not self.rows)

    def _on_add_button_clicked(self) -> None:
        row = self.add_row()
        row.editors()[0].setFocus()
        self.changed.emit()

    def _on_row_removed(self, row: QWidget) -> None:
        index = self.rows.index(row)  # type: ignore[arg-type]
        self.rows.pop(index)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        self.on_structure_changed()
        # Keep the keyboard nearby: the row that took its place, the one before, or Add.
        if index < len(self.rows):
            self.rows[index].editors()[0].setFocus()
        elif self.rows:
            self.rows[-1].editors()[0].setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()


class ChildrenEditor(RowsEditor):
    """Children who came with her: girl or boy, age in years, name (optional)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("children", parent)
        self.retranslate_ui()

    def _make_row(self) -> _Row:
        sex = CodeCombo(CHILD_SEX_LABELS, blank=False)
        sex.setObjectName("child_sex")
        age = QLineEdit()
        age.setObjectName("child_age_years")
        age.setMaximumWidth(110)
        name = QLineEdit()
        name.setObjectName("child_name")
        cells = {"sex": FormField(sex), "age_years": FormField(age), "name": FormField(name)}
        return _Row(cells, {"sex": 0, "age_years": 0, "name": 1})

    def _retranslate_row(self, row: _Row) -> None:
        sex = row.cells["sex"].editor
        assert isinstance(sex, CodeCombo)
        sex.retranslate(placeholder=QCoreApplication.translate("IntakeRows", "Girl or boy?"))
        sex.setAccessibleName(QCoreApplication.translate("IntakeRows", "Girl or boy"))
        age = row.cells["age_years"].editor
        assert isinstance(age, QLineEdit)
        age.setPlaceholderText(QCoreApplication.translate("IntakeRows", "Age in years"))
        age.setAccessibleName(QCoreApplication.translate("IntakeRows", "Child's age in years"))
        name = row.cells["name"].editor
        assert isinstance(name, QLineEdit)
        name.setPlaceholderText(QCoreApplication.translate("IntakeRows", "Name (if she tells it)"))
        name.setAccessibleName(QCoreApplication.translate("IntakeRows", "Child's name"))
        row.remove_button.setText(QCoreApplication.translate("IntakeRows", "Remove"))
        row.remove_button.setAccessibleName(
            QCoreApplication.translate("IntakeRows", "Remove this child")
        )

    def retranslate_ui(self) -> None:
        self.empty_note.setText(QCoreApplication.translate("IntakeRows", "No children with her."))
        self.add_button.setText(QCoreApplication.translate("IntakeRows", "Add a &child"))
        for row in self.rows:
            self._retranslate_row(row)

    def values(self) -> tuple[ChildInput, ...]:
        result = []
        for row in self.rows:
            sex, age, name = (row.cells[k].editor for k in ("sex", "age_years", "name"))
            assert isinstance(sex, CodeCombo)
            assert isinstance(age, QLineEdit) and isinstance(name, QLineEdit)
            result.append(ChildInput(sex=sex.value(), age_years=age.text(), name=name.text()))
        return tuple(result)

    def set_values(self, children: tuple[ChildRow, ...] | tuple[ChildInput, ...]) -> None:
        self.clear_rows()
        for child in children:
            row = self.add_row()
            sex, age, name = (row.cells[k].editor for k in ("sex", "age_years", "name"))
            assert isinstance(sex, CodeCombo)
            assert isinstance(age, QLineEdit) and isinstance(name, QLineEdit)
            sex.set_value(child.sex)
            age.setText(str(child.age_years))
            name.setText(child.name)


class PerpetratorsEditor(RowsEditor):
    """Who did it: the relationship to her, and a name if she gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("perpetrators", parent)
        self.retranslate_ui()

    def _make_row(self) -> _Row:
        relationship = CodeCombo(RELATIONSHIP_LABELS, blank=False)
        relationship.setObjectName("perpetrator_relationship")
        name = QLineEdit()
        name.setObjectName("perpetrator_name")
        cells = {"relationship": FormField(relationship), "name": FormField(name)}
        return _Row(cells, {"relationship": 0, "name": 1})

    def _retranslate_row(self, row: _Row) -> None:
        relationship = row.cells["relationship"].editor
        assert isinstance(relationship, CodeCombo)
        relationship.retranslate(
            placeholder=QCoreApplication.translate("IntakeRows", "Relationship to her?")
        )
        relationship.setAccessibleName(
            QCoreApplication.translate("IntakeRows", "Relationship to her")
        )
        name = row.cells["name"].editor
        assert isinstance(name, QLineEdit)
        name.setPlaceholderText(QCoreApplication.translate("IntakeRows", "Name (if she tells it)"))
        name.setAccessibleName(QCoreApplication.translate("IntakeRows", "Perpetrator's name"))
        row.remove_button.setText(QCoreApplication.translate("IntakeRows", "Remove"))
        row.remove_button.setAccessibleName(
            QCoreApplication.translate("IntakeRows", "Remove this perpetrator")
        )

    def retranslate_ui(self) -> None:
        self.empty_note.setText(QCoreApplication.translate("IntakeRows", "None recorded."))
        self.add_button.setText(QCoreApplication.translate("IntakeRows", "Add a perpetrator"))
        for row in self.rows:
            self._retranslate_row(row)

    def values(self) -> tuple[PerpetratorInput, ...]:
        result = []
        for row in self.rows:
            relationship, name = (row.cells[k].editor for k in ("relationship", "name"))
            assert isinstance(relationship, CodeCombo) and isinstance(name, QLineEdit)
            result.append(PerpetratorInput(relationship=relationship.value(), name=name.text()))
        return tuple(result)

    def set_values(
        self, perpetrators: tuple[PerpetratorRow, ...] | tuple[PerpetratorInput, ...]
    ) -> None:
        self.clear_rows()
        for perpetrator in perpetrators:
            row = self.add_row()
            relationship, name = (row.cells[k].editor for k in ("relationship", "name"))
            assert isinstance(relationship, CodeCombo) and isinstance(name, QLineEdit)
            relationship.set_value(perpetrator.relationship)
            name.setText(perpetrator.name)
