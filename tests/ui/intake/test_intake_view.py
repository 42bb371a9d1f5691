"""The Intake area: quick and full registration, errors beside fields, earlier cases, keyboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from osc_desktop.models import Case
from osc_desktop.services.accounts.auth import log_in
from osc_desktop.services.cases import matching as case_matching
from osc_desktop.services.cases.dto import ChildInput, IntakeInput, PerpetratorInput, PossibleMatch
from osc_desktop.services.cases.record import open_case
from osc_desktop.services.core.clock import local_today
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.intake.intake_view import IntakeView
from tests.case_factory import register

MANAGER_PASSWORD = "a long password"
TODAY = local_today()


@pytest.fixture
def boss(open_centre):
    with open_centre.database.unit_of_work() as uow:
        return log_in(uow, "asha.kumari", MANAGER_PASSWORD)


@pytest.fixture
def view(qtbot, switcher, open_centre, boss):
    widget = IntakeView(open_centre, boss)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def _case_count(centre) -> int:
    with centre.database.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Case))


def _detail(centre, actor, case_id):
    with centre.database.unit_of_work() as uow:
        return open_case(uow, case_id, by=actor)


def _type(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest cannot type Devanagari, so the key events are made here)."""
    widget.setFocus()
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


def _fill(form: IntakeForm, data: IntakeInput, *, dob: str = "", incident: str = "") -> None:
    """Put `data` into the form as an operator would leave it."""
    form.arrival.set_value(data.arrival)
    form.referred_by.setText(data.referred_by)
    form.full_name.setText(data.full_name)
    form.name_withheld.setChecked(data.name_withheld)
    form.alias.setText(data.alias)
    form.age_years.setText(data.age_years)
    form.date_of_birth.setText(dob)
    form.marital_status.set_value(data.marital_status)
    form.address.setPlainText(data.address)
    form.phone.setText(data.phone)
    form.safe_to_call.set_value(data.safe_to_call)
    form.education.set_value(data.education)
    form.occupation.setText(data.occupation)
    form.disability.setText(data.disability)
    form.pregnant.set_value(data.pregnant)
    form.language.setText(data.language)
    for child in data.children:
        row = form.children.add_row()
        row.cells["sex"].editor.set_value(child.sex)
        row.cells["age_years"].editor.setText(child.age_years)
        row.cells["name"].editor.setText(child.name)
    form._set_violence(data.violence)
    form.incident_date.setText(incident)
    form.incident_place.setText(data.incident_place)
    form.narrative.setPlainText(data.narrative)
    for perpetrator in data.perpetrators:
        row = form.perpetrators.add_row()
        row.cells["relationship"].editor.set_value(perpetrator.relationship)
        row.cells["name"].editor.setText(perpetrator.name)
    form.police_report_kind.set_value(data.police_report_kind)
    form.police_report_number.setText(data.police_report_number)
    form.police_station.setText(data.police_station)
    for service, check in form.needs.items():
        check.setChecked(service in data.needs)
    form.consent_services.set_value(data.consent_services)
    form.consent_sharing.set_value(data.consent_sharing)
    form.consent_statistics.set_value(data.consent_statistics)
    form.case_worker.setCurrentIndex(form.case_worker.findData(data.case_worker_id))


FULL = IntakeInput(
    arrival="police",
    referred_by="Mahila thana, Gandhi Maidan",
    full_name="सुनीता देवी",
    alias="Sunnu",
    age_years="29",
    marital_status="married",
    address="Ward 12, Phulwari Sharif\nPatna",
    phone="9876543210",
    safe_to_call=False,
    education="primary",
    occupation="Tailor",
    disability="Hearing, left ear",
    pregnant=True,
    language="Bhojpuri",
    children=(
        ChildInput(sex="girl", age_years="6", name="Priya"),
        ChildInput(sex="boy", age_years="3", name=""),
    ),
    violence=frozenset({"domestic", "dowry"}),
    incident_place="At her in-laws' house",
    narrative="He beat her after an argument about dowry.\nShe left with both children.",
    perpetrators=(
        PerpetratorInput(relationship="husband", name="Ramesh"),
        PerpetratorInput(relationship="in_laws", name=""),
    ),
    police_report_kind="dir",
    police_report_number="DIR 41/2026",
    police_station="Phulwari Sharif",
    needs=frozenset({"counselling", "legal_aid", "short_stay"}),
    consent_services=True,
    consent_sharing=False,
    consent_statistics=True,
)


# --- quick register ------------------------------------------------------------------------


def test_quick_register_saves_with_just_a_name_and_how_she_came(qtbot, view, open_centre, boss):
    assert view.form.is_quick()
    assert not view.form.sections["what_happened"].box.isVisibleTo(view)
    assert not view.form.address.isVisibleTo(view)
    view.form.arrival.setFocus()
    view.form.arrival.setCurrentIndex(view.form.arrival.findData("helpline_181"))
    _type(qtbot, view.form.full_name, "Rekha")
    with qtbot.waitSignal(view.case_registered) as registered:
        qtbot.keyClick(view.form.full_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    case_id = registered.args[0]
    detail = _detail(open_centre, boss, case_id)
    assert (detail.full_name, detail.arrival) == ("Rekha", "helpline_181")
    assert "what_happened" in detail.missing
    # The number, large, and the way into the case; the form is ready for the next woman.
    assert view.banner.isVisible()
    assert view.case_number_label.text() == detail.case_number
    assert detail.case_number.startswith("PAT/")
    assert not view.form.has_input()
    assert view.form.full_name.text() == ""
    assert QApplication.focusWidget() is view.form.arrival
    with qtbot.waitSignal(view.open_case_requested) as opened:
        qtbot.mouseClick(view.open_case_button, Qt.MouseButton.LeftButton)
    assert opened.args == [case_id]
    qtbot.keyClick(view.form.arrival, Qt.Key.Key_Escape)
    assert not view.banner.isVisible()


def test_ctrl_enter_saves_even_from_the_narrative(qtbot, view, open_centre):
    view.set_quick(False)
    view.form.arrival.set_value("walk_in")
    view.form.alias.setText("Guddi")
    view.form.name_withheld.setChecked(True)
    _type(qtbot, view.form.narrative, "She came at night.")
    with qtbot.waitSignal(view.case_registered):
        qtbot.keyClick(view.form.narrative, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _case_count(open_centre) == 1


# --- full intake ---------------------------------------------------------------------------


def test_full_intake_with_two_children_saves_and_round_trips_through_load(
    qtbot, view, open_centre, boss
):
    view.set_quick(False)
    data = replace(FULL, case_worker_id=boss.user_id)
    _fill(view.form, data, dob="", incident="०३-११-2026")
    assert view.form.collect().incident_date == date(2026, 11, 3)
    assert view.form.is_minor.value() is False and not view.form.is_minor.isEnabled()
    with qtbot.waitSignal(view.case_registered) as registered:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    detail = _detail(open_centre, boss, registered.args[0])
    assert len(detail.children) == 2
    assert detail.missing == ()

    again = IntakeForm()
    qtbot.addWidget(again)
    again.set_case_workers([])  # a case worker no longer listed is still shown
    again.load(detail)
    assert not again.has_input()
    expected = replace(data, incident_date=date(2026, 11, 3))
    assert again.collect() == expected
    assert again.case_worker.currentText() == detail.case_worker_name


def test_unreadable_and_wrong_fields_are_shown_beside_them_and_nothing_is_saved(
    qtbot, view, open_centre
):
    view.set_quick(False)
    form = view.form
    form.arrival.set_value("walk_in")
    form.name_withheld.setChecked(True)  # but no alias
    form.age_years.setText("abc")
    form.date_of_birth.setText("31-02-1990")  # no such day
    form.phone.setText("12345")
    form.incident_date.setText("01-01-2099")
    row = form.children.add_row()
    row.cells["sex"].editor.set_value("girl")
    row.cells["age_years"].editor.setText("25")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)

    assert _case_count(open_centre) == 0
    for name in ("alias", "age_years", "date_of_birth", "phone", "incident_date"):
        assert form.fields[name].has_error(), name
    assert "day-month-year" in form.fields["date_of_birth"].error.text()
    # A row's messages go on one line under the row, each named by its cell.
    assert "Child's age in years: " in row.error.text() and not row.error.isHidden()
    assert row.cells["age_years"].error.text()  # the cell keeps its red frame
    assert not form.fields["full_name"].has_error()
    assert view.summary.isVisible()
    assert QApplication.focusWidget() is form.alias  # the first field with a message
    # Typing in a field takes its message away.
    qtbot.keyClicks(form.alias, "G")
    assert not form.fields["alias"].has_error()


def test_quick_path_errors_name_the_missing_name_and_arrival(qtbot, view, open_centre):
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _case_count(open_centre) == 0
    assert view.form.fields["arrival"].has_error()
    assert view.form.fields["full_name"].has_error()
    assert QApplication.focusWidget() is view.form.arrival


def test_pasted_control_characters_and_long_narratives_get_a_message_not_a_cut(
    qtbot, view, open_centre
):
    view.set_quick(False)
    form = view.form
    form.arrival.set_value("walk_in")
    form.full_name.setText("Meena\x07")
    long_text = "अ" * 20_001
    form.narrative.setPlainText(long_text)
    assert "20,001" in form.narrative_count.text()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert _case_count(open_centre) == 0
    assert "control characters" in form.fields["full_name"].error.text()
    assert "20000" in form.fields["narrative"].error.text()
    assert form.narrative.toPlainText() == long_text  # nothing cut short


def test_an_error_in_a_hidden_field_opens_the_full_form(qtbot, view):
    view.form.incident_date.setText("not a date")
    view.form.arrival.set_value("walk_in")
    view.form.full_name.setText("Rani")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert not view.form.is_quick()
    assert view.form.incident_date.isVisibleTo(view)
    assert QApplication.focusWidget() is view.form.incident_date
    # The buttons and the hint say so too.
    assert view.full_button.isChecked() and not view.quick_button.isChecked()
    assert "Only her name" not in view.mode_hint.text()


def test_a_second_save_right_after_registering_does_nothing(qtbot, view, open_centre):
    view.form.arrival.set_value("walk_in")
    view.form.full_name.setText("Rani")
    with qtbot.waitSignal(view.case_registered):
        view.save()
    assert view.save() is None
    assert view.banner.isVisible()
    assert not view.summary.isVisible()
    assert not view.form.fields["full_name"].error.isVisible()
    assert _case_count(open_centre) == 1


# --- earlier cases -------------------------------------------------------------------------


def test_typing_सुनीता_suggests_the_earlier_sunita_and_links_the_new_case(
    qtbot, view, open_centre, boss
):
    earlier = register(open_centre.database, boss, full_name="Sunita", age_years="30")
    register(open_centre.database, boss, full_name="Kamla", age_years="55", phone="9123456780")
    _type(qtbot, view.form.full_name, "सुनीता")
    qtbot.waitUntil(lambda: len(view.matches.cards) == 1, timeout=15000)
    card = view.matches.cards[0]
    assert card.number.text() == earlier.case_number
    assert "similar name" in card.why.text()
    qtbot.mouseClick(card.link_button, Qt.MouseButton.LeftButton)
    assert view.matches.linked_label.isVisible()
    assert earlier.case_number in view.link_note.text()
    view.form.arrival.set_value("walk_in")
    with qtbot.waitSignal(view.case_registered) as registered:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    detail = _detail(open_centre, boss, registered.args[0])
    assert [linked.case_id for linked in detail.linked_cases] == [earlier.id]
    assert view.matches.linked is None and not view.matches.cards  # nothing carried over


def _fake_match(case_id: int = 7) -> PossibleMatch:
    return PossibleMatch(
        case_id=case_id,
        case_number=f"PAT/2025-26/{case_id:04d}",
        display_name="Sunita",
        age_years=30,
        registered_at=datetime(2025, 6, 1, 10, 0, tzinfo=UTC),
        status="disposed",
        same_phone=True,
        similar_name=True,
        similar_age=False,
    )


@pytest.fixture
def fake_matches(monkeypatch):
    """find_possible_matches replaced: records its calls, suggests one case."""
    calls: list[dict] = []

    def find(uow, **kwargs):
        calls.append(kwargs)
        return (_fake_match(),)

    monkeypatch.setattr(case_matching, "find_possible_matches", find)
    return calls


def test_matches_wait_for_a_pause_and_nothing_stays_when_the_fields_are_emptied(
    qtbot, view, fake_matches
):
    _type(qtbot, view.form.phone, "98765")
    _type(qtbot, view.form.age_years, "30")
    assert fake_matches == []  # not on every keystroke
    qtbot.waitUntil(lambda: len(view.matches.cards) == 1, timeout=15000)
    assert len(fake_matches) == 1
    assert fake_matches[0]["phone"] == "98765" and fake_matches[0]["age_years"] == "30"
    assert "same phone" in view.matches.cards[0].why.text()
    view.form.phone.selectAll()
    qtbot.keyClick(view.form.phone, Qt.Key.Key_Backspace)
    assert view.matches.cards == []  # at once, not after the pause
    qtbot.waitUntil(lambda: not view.match_timer.isActive(), timeout=15000)
    QApplication.processEvents()
    assert len(fake_matches) == 1  # an age alone suggests nobody


def test_a_chosen_link_can_be_undone_and_is_not_passed(qtbot, view, fake_matches, monkeypatch):
    from osc_desktop.services.cases import intake

    passed: list[int | None] = []
    real = intake.register_case

    def spy(uow, data, *, by, link_to_case_id=None, now=None):
        passed.append(link_to_case_id)
        return real(uow, data, by=by, now=now)

    monkeypatch.setattr(intake, "register_case", spy)
    view.form.arrival.set_value("walk_in")
    _type(qtbot, view.form.full_name, "Sunita")
    qtbot.waitUntil(lambda: len(view.matches.cards) == 1, timeout=15000)
    qtbot.mouseClick(view.matches.cards[0].link_button, Qt.MouseButton.LeftButton)
    assert view.matches.linked_case_id() == 7
    qtbot.mouseClick(view.matches.unlink_button, Qt.MouseButton.LeftButton)
    assert view.matches.linked_case_id() is None and not view.link_note.isVisible()
    with qtbot.waitSignal(view.case_registered):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert passed == [None]


# --- clearing, keyboard, language ----------------------------------------------------------


def test_clearing_a_half_filled_form_asks_first(qtbot, view):
    _type(qtbot, view.form.full_name, "Rani")
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.confirmation.isVisible()
    assert QApplication.focusWidget() is view.keep_button
    qtbot.keyClick(view.keep_button, Qt.Key.Key_Escape)  # Esc keeps it
    assert not view.confirmation.isVisible()
    assert view.form.full_name.text() == "Rani"
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.confirm_clear_button, Qt.MouseButton.LeftButton)
    assert view.form.full_name.text() == "" and not view.form.has_input()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)  # empty: nothing to ask
    assert not view.confirmation.isVisible()


def test_typing_stays_when_the_view_is_hidden_and_shown_again(qtbot, view):
    """The workspace (and this view in it) is kept while the screen is locked."""
    view.set_quick(False)
    _type(qtbot, view.form.narrative, "She said")
    view.hide()
    view.show()
    assert view.form.narrative.toPlainText() == "She said"
    assert view.has_unsaved_input()


def test_tab_goes_through_every_field_in_order(qtbot, view):
    view.set_quick(False)
    view.form.children.add_row()
    view.form.perpetrators.add_row()
    qtbot.wait(20)  # new rows are shown on the next turn of the event loop
    view.full_button.setFocus()
    seen: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is view.save_button:
            break
        seen.append(widget)
    expected = view.form.focus_chain()
    assert seen == expected
    names = {w.objectName() for w in seen}
    assert {"arrival", "full_name", "narrative", "child_age_years", "case_worker_id"} <= names


def test_quick_register_tab_order_skips_hidden_fields(qtbot, view):
    view.quick_button.setFocus()
    order = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is view.save_button:
            break
        order.append(QApplication.focusWidget().objectName())
    # Of the two mode buttons only the checked one takes Tab (arrows move between them).
    assert order == [
        "arrival",
        "referred_by",
        "full_name",
        "name_withheld",
        "alias",
        "age_years",
        "phone",
    ]


def test_labels_have_accelerators_and_sections_have_alt_digits(qtbot, view):
    view.set_quick(False)
    form = view.form
    letters = {}
    for name, label in ((n, f) for s in form.sections.values() for n, f in s.form.labels.items()):
        text = label.text()
        if "&" in text:
            letters.setdefault(text[text.index("&") + 1].lower(), []).append(name)
    assert all(len(names) == 1 for names in letters.values()), letters
    assert len(letters) >= 18
    qtbot.keyClick(view.form.full_name, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.violence


class _Hindi(QTranslator):
    WORDS: ClassVar[dict[str, str]] = {
        "&Name:": "नाम(&N):",
        "Came by herself": "स्वयं आई",
        "&Quick register": "त्वरित पंजीकरण(&Q)",
        "Add a &child": "बच्चा जोड़ें(&C)",
        "Has she been here before?": "क्या वह पहले आ चुकी है?",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source)  # None: not translated here

    def isEmpty(self):
        return False


def test_a_language_switch_retranslates_the_form_and_the_view(qtbot, view):
    translator = _Hindi()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(
            lambda: view.form.sections["about_her"].form.labels["full_name"].text() == "नाम(&N):"
        )
        assert view.form.arrival.itemText(view.form.arrival.findData("walk_in")) == "स्वयं आई"
        assert view.quick_button.text() == "त्वरित पंजीकरण(&Q)"
        assert view.form.children.add_button.text() == "बच्चा जोड़ें(&C)"
        assert view.matches.heading.text() == "क्या वह पहले आ चुकी है?"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: view.quick_button.text() == "&Quick register")


def test_minor_follows_the_age_and_is_asked_only_without_one(qtbot, view):
    view.set_quick(False)
    form = view.form
    form.set_today(date(2026, 11, 23))
    assert form.is_minor.isEnabled()
    form.age_years.setText("१६")  # Devanagari digits
    assert form.is_minor.value() is True and not form.is_minor.isEnabled()
    form.age_years.setText("")
    form.date_of_birth.setText("24-11-2008")  # 18 tomorrow
    assert form.is_minor.value() is True
    form.date_of_birth.setText("23/11/2008")
    assert form.is_minor.value() is False
    assert form.collect().is_minor is None  # follows: the service works it out
    form.date_of_birth.setText("")
    form.is_minor.set_value(True)
    assert form.collect().is_minor is True
