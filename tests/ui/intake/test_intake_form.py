"""The intake form alone: typed dates, the edited signal, quick mode, rows."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from osc_desktop.errors import FieldInvalid, ValidationError
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.intake.widgets import DATE_INVALID, format_date, parse_typed_date

TO_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_a_shown_date_reads_back_the_same_in_either_script(day: date, devanagari: bool):
    text = format_date(day)
    assert parse_typed_date(text.translate(TO_DEVANAGARI) if devanagari else text) == day


@pytest.mark.parametrize("text", ["25/12/2026", "25.12.2026", " 25 - 12 - 2026 ", "२५-१२-२०२६"])
def test_the_usual_separators_are_read(text):
    assert parse_typed_date(text) == date(2026, 12, 25)


@pytest.mark.parametrize("text", ["31-02-2026", "2026-12-25", "25-12-26", "yesterday", "0-1-2026"])
def test_what_is_not_a_day_month_year_date_gets_the_message(text):
    with pytest.raises(FieldInvalid) as raised:
        parse_typed_date(text)
    assert raised.value.message == DATE_INVALID


def test_an_empty_date_is_unknown():
    assert parse_typed_date("  ") is None


@pytest.fixture
def form(qtbot, switcher):
    widget = IntakeForm()
    qtbot.addWidget(widget)
    return widget


def test_collect_refuses_an_unreadable_date_unless_lenient(form):
    form.incident_date.setText("31-02-2026")
    with pytest.raises(ValidationError) as raised:
        form.collect()
    assert set(raised.value.field_errors) == {"incident_date"}
    assert form.collect(lenient=True).incident_date is None


def test_edited_comes_from_the_operator_not_from_load_or_clear(qtbot, form):
    edits = []
    form.edited.connect(lambda: edits.append(1))
    form.clear()
    assert edits == []
    form.full_name.setFocus()
    qtbot.keyClicks(form.full_name, "Ra")
    form.needs["counselling"].click()
    assert len(edits) == 3
    assert form.has_input()
    form.clear()
    assert not form.has_input()


def test_quick_mode_keeps_what_was_typed_in_hidden_fields(form):
    form.narrative.setPlainText("She said")
    form.set_quick(True)
    assert form.collect().narrative == "She said"
    assert not form.sections["what_happened"].box.isVisibleTo(form)
    form.set_quick(False)
    assert form.sections["what_happened"].box.isVisibleTo(form)


def test_removing_a_row_keeps_the_others_in_order(form):
    for age in ("6", "3", "1"):
        form.children.add_row().cells["age_years"].editor.setText(age)
    form.children.rows[1].remove_button.click()
    assert [c.age_years for c in form.collect(lenient=True).children] == ["6", "1"]
    assert [r.number.text() for r in form.children.rows] == ["1.", "2."]


def test_row_errors_are_matched_by_index(form):
    form.perpetrators.add_row()
    form.perpetrators.add_row()
    form.show_errors(
        ValidationError({"perpetrators.1.relationship": FieldInvalid("This field is required.")})
    )
    first, second = form.perpetrators.rows
    assert first.error.text() == ""
    assert "This field is required." in second.error.text()
