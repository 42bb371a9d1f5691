"""The intake form's sections about her: how she came (1), about her (2), and the children
with her (3).

"Minor" follows from a typed age or date of birth (and is then not asked); her name may be
withheld, and then an alias is needed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from osc_desktop.errors import FieldInvalid
from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.services.cases.intake_validation import MINOR_BELOW
from osc_desktop.services.cases.vocabulary import (
    ARRIVAL_LABELS,
    EDUCATION_LABELS,
    MARITAL_STATUS_LABELS,
)
from osc_desktop.services.core.validation import DEVANAGARI_TO_ASCII_DIGITS
from osc_desktop.ui.formats import centre_today
from osc_desktop.ui.intake.intake_section import IntakeSection
from osc_desktop.ui.intake.rows import ChildrenEditor
from osc_desktop.ui.intake.widgets import CodeCombo, DateLine, TriStateCombo
from osc_desktop.ui.widgets.form_field import FormField
from osc_desktop.ui.widgets.labels import HINT_STYLE


def _typed_age(text: str) -> int | None:
    digits = text.strip().translate(DEVANAGARI_TO_ASCII_DIGITS)
    return int(digits) if digits.isdigit() and len(digits) <= 3 else None


def _age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


class HowSheCameSection(IntakeSection):
    """1. How she came, and who referred her."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("how_she_came", parent)
        self.arrival = CodeCombo(ARRIVAL_LABELS, blank=False)
        self.form.add("arrival", self.arrival)
        self.referred_by = QLineEdit()
        self.form.add("referred_by", self.referred_by)
        self._connect_edits()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&1  How she came"))
        labels = {
            "arrival": self.tr("&How she came:"),
            "referred_by": self.tr("&Referred by:"),
        }
        for name in self.form.fields:
            self.form.set_label(name, labels[name])
        self.arrival.retranslate(placeholder=self.tr("Choose how she came"))
        self.referred_by.setPlaceholderText(self.tr("Person or organisation, if any"))

    def load(self, detail: CaseDetail) -> None:
        self.arrival.set_value(detail.arrival)
        self.referred_by.setText(detail.referred_by)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {"arrival": self.arrival.value(), "referred_by": self.referred_by.text()}

    def clear(self) -> None:
        self.arrival.reset()
        self.referred_by.clear()


class AboutHerSection(IntakeSection):
    """2. About her: name (or alias), age, minor, family, contact, education and work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("about_her", parent)
        self._today: date | None = None  # tests set it; otherwise the local date
        form = self.form
        self.full_name = QLineEdit()
        form.add("full_name", self.full_name)
        self.name_withheld = QCheckBox()
        form.add("name_withheld", self.name_withheld)
        self.alias = QLineEdit()
        form.add("alias", self.alias)
        self.age_years = QLineEdit()
        self.age_years.setFixedWidth(110)
        form.add("age_years", self.age_years)
        self.date_of_birth = DateLine()
        form.add("date_of_birth", self.date_of_birth)
        self.is_minor = TriStateCombo()
        self.is_minor.setObjectName("is_minor")
        self.minor_hint = QLabel()
        self.minor_hint.setStyleSheet(HINT_STYLE)
        minor_row = QWidget()
        minor_layout = QHBoxLayout(minor_row)
        minor_layout.setContentsMargins(0, 0, 0, 0)
        minor_layout.addWidget(self.is_minor)
        minor_layout.addWidget(self.minor_hint, 1)
        minor_row.setFocusProxy(self.is_minor)
        self._add_composite("is_minor", self.is_minor, minor_row)
        self.marital_status = CodeCombo(MARITAL_STATUS_LABELS, blank=True)
        form.add("marital_status", self.marital_status)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        form.add("address", self.address)
        self.phone = QLineEdit()
        self.phone.setFixedWidth(260)
        form.add("phone", self.phone)
        self.safe_to_call = TriStateCombo()
        form.add("safe_to_call", self.safe_to_call)
        self.education = CodeCombo(EDUCATION_LABELS, blank=True)
        form.add("education", self.education)
        self.occupation = QLineEdit()
        form.add("occupation", self.occupation)
        self.disability = QLineEdit()
        form.add("disability", self.disability)
        self.pregnant = TriStateCombo()
        form.add("pregnant", self.pregnant)
        self.language = QLineEdit()
        form.add("language", self.language)
        self._connect_edits()
        self.age_years.textChanged.connect(self._update_minor)
        self.date_of_birth.textChanged.connect(self._update_minor)
        self.name_withheld.toggled.connect(self._update_name_hint)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&2  About her"))
        labels = {
            "full_name": self.tr("&Name:"),
            "name_withheld": "",
            "alias": self.tr("Alia&s:"),
            "age_years": self.tr("&Age (years):"),
            "date_of_birth": self.tr("Date of &birth:"),
            "is_minor": self.tr("&Minor (under 18):"),
            "marital_status": self.tr("Marital s&tatus:"),
            "address": self.tr("Addr&ess:"),
            "phone": self.tr("&Phone:"),
            "safe_to_call": self.tr("Safe to call her:"),
            "education": self.tr("Ed&ucation:"),
            "occupation": self.tr("&Occupation:"),
            "disability": self.tr("Disabilit&y:"),
            "pregnant": self.tr("Pre&gnant:"),
            "language": self.tr("&Language she speaks:"),
        }
        for name in self.form.fields:
            self.form.set_label(name, labels[name])
        self.name_withheld.setText(self.tr("She &withholds her name: use an alias"))
        self.alias.setPlaceholderText(self.tr("A name to call her by"))
        self.date_of_birth.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.phone.setPlaceholderText(self.tr("98765 43210 or 0612 2345678"))
        self.disability.setPlaceholderText(self.tr("Leave empty if none"))
        unknown = self.tr("—")
        yes, no = self.tr("Yes"), self.tr("No")
        for combo in (self.is_minor, self.safe_to_call, self.pregnant):
            combo.retranslate(unknown, yes, no)
        for combo in (self.marital_status, self.education):
            combo.retranslate(unknown)
        self._update_minor()
        self._update_name_hint()

    def set_today(self, today: date | None) -> None:
        """Fix "today" (for tests); None: the local date."""
        self._today = today
        self._update_minor()

    def today(self) -> date:
        return self._today or centre_today()

    def load(self, detail: CaseDetail) -> None:
        self.full_name.setText(detail.full_name)
        self.name_withheld.setChecked(detail.name_withheld)
        self.alias.setText(detail.alias)
        self.age_years.setText("" if detail.age_years is None else str(detail.age_years))
        self.date_of_birth.set_date(detail.date_of_birth)
        self.marital_status.set_value(detail.marital_status)
        self.address.setPlainText(detail.address)
        self.phone.setText(detail.phone)
        self.safe_to_call.set_value(detail.safe_to_call)
        self.education.set_value(detail.education)
        self.occupation.setText(detail.occupation)
        self.disability.setText(detail.disability)
        self.pregnant.set_value(detail.pregnant)
        self.language.setText(detail.language)
        self._update_minor()
        if detail.age_years is None and detail.date_of_birth is None:
            self.is_minor.set_value(detail.is_minor if detail.is_minor else None)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        minor_follows = self._minor_follows()
        return {
            "full_name": self.full_name.text(),
            "alias": self.alias.text(),
            "name_withheld": self.name_withheld.isChecked(),
            "age_years": self.age_years.text(),
            "date_of_birth": dates["date_of_birth"],
            "is_minor": None if minor_follows else self.is_minor.value(),
            "marital_status": self.marital_status.value(),
            "address": self.address.toPlainText(),
            "phone": self.phone.text(),
            "safe_to_call": self.safe_to_call.value(),
            "education": self.education.value(),
            "occupation": self.occupation.text(),
            "disability": self.disability.text(),
            "pregnant": self.pregnant.value(),
            "language": self.language.text(),
        }

    def clear(self) -> None:
        for editor in (
            self.full_name,
            self.alias,
            self.age_years,
            self.date_of_birth,
            self.phone,
            self.occupation,
            self.disability,
            self.language,
        ):
            editor.clear()
        self.address.clear()
        self.name_withheld.setChecked(False)
        for combo in (self.marital_status, self.education):
            combo.reset()
        for tri_state in (self.is_minor, self.safe_to_call, self.pregnant):
            tri_state.set_value(None)
        self._update_minor()

    def _minor_follows(self) -> bool:
        """Whether "minor" follows from a typed age or date of birth (then it is not asked)."""
        return bool(self.age_years.text().strip() or self.date_of_birth.text().strip())

    def _update_minor(self) -> None:
        follows = self._minor_follows()
        age = _typed_age(self.age_years.text())
        if age is None:
            try:
                birth = self.date_of_birth.date_value()
            except FieldInvalid:
                birth = None
            if birth is not None:
                age = _age_on(birth, self.today())
        was_quiet = self._quiet
        self._quiet = True  # following the age is not an edit of its own
        try:
            if follows:
                self.is_minor.set_value(None if age is None else age < MINOR_BELOW)
            elif not self.is_minor.isEnabled():
                self.is_minor.set_value(None)
        finally:
            self._quiet = was_quiet
        self.is_minor.setEnabled(not follows)
        self.minor_hint.setText(
            self.tr("Follows from her age.")
            if follows
            else self.tr("Choose only if her age is not known.")
        )

    def _update_name_hint(self) -> None:
        withheld = self.name_withheld.isChecked()
        self.full_name.setPlaceholderText(
            self.tr("Optional when she withholds it") if withheld else self.tr("Her name")
        )
        self.alias.setPlaceholderText(
            self.tr("Needed: a name to call her by")
            if withheld
            else self.tr("A name to call her by")
        )


class ChildrenSection(IntakeSection):
    """3. Children with her, a row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("children", parent)
        self.children_editor = ChildrenEditor()
        self.children_editor.changed.connect(self._on_edited)
        self.form.layout.addRow(self.children_editor)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("&3  Children with her"))
        self.children_editor.retranslate_ui()

    def load(self, detail: CaseDetail) -> None:
        self.children_editor.set_values(detail.children)

    def values(self, dates: dict[str, Any]) -> dict[str, Any]:
        return {"children": self.children_editor.values()}

    def clear(self) -> None:
        self.children_editor.clear_rows()
        self.children_editor.show_errors({})

    def editors(self) -> list[QWidget]:
        return self.children_editor.editors()

    def first_editor(self) -> QWidget:
        rows = self.children_editor.rows
        return rows[0].editors()[0] if rows else self.children_editor.add_button

    def show_errors(self, messages: dict[str, str]) -> FormField | None:
        return self.children_editor.show_errors(messages)

    def set_quick(self, quick: bool) -> None:
        self.setVisible(not quick)
