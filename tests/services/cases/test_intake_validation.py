"""Intake validation: every rule, all errors at once, hypothesis properties for the validators."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from osc_desktop.errors import ValidationError
from osc_desktop.models import Arrival, ChildSex, Relationship, ServiceKind, ViolenceKind
from osc_desktop.services.cases import intake_validation as iv
from osc_desktop.services.cases.dto import ChildInput, IntakeInput, PerpetratorInput
from osc_desktop.services.core.validation import CONTROL_CHARS, PHONE_INVALID, REQUIRED, TOO_LONG

TODAY = date(2026, 11, 23)
TEXT_FIELDS = tuple(
    name for name in iv.TEXT_LIMITS if name not in ("child_name", "perpetrator_name")
)


def quick(**changes) -> IntakeInput:
    return replace(IntakeInput(arrival="walk_in", full_name="Sunita Devi"), **changes)


def errors_of(data: IntakeInput, today: date = TODAY) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        iv.clean_intake(data, today=today)
    return {name: problem.message for name, problem in caught.value.field_errors.items()}


def test_a_quick_intake_needs_only_a_name_and_how_she_came():
    clean = iv.clean_intake(quick(), today=TODAY)
    assert clean.arrival is Arrival.WALK_IN
    assert clean.full_name == "Sunita Devi"
    assert clean.age_years is None and clean.is_minor is False


def test_an_alias_is_enough():
    assert iv.clean_intake(quick(full_name="", alias="Didi"), today=TODAY).alias == "Didi"


def test_neither_name_nor_alias_is_refused():
    assert errors_of(quick(full_name="  ")) == {"full_name": iv.NAME_OR_ALIAS_REQUIRED}


def test_a_withheld_name_needs_an_alias():
    assert errors_of(quick(name_withheld=True)) == {"alias": iv.ALIAS_REQUIRED_WHEN_WITHHELD}
    clean = iv.clean_intake(quick(full_name="", name_withheld=True, alias="Didi"), today=TODAY)
    assert clean.name_withheld and clean.alias == "Didi"


def test_arrival_is_required_and_must_be_known():
    assert errors_of(quick(arrival="")) == {"arrival": REQUIRED}
    assert errors_of(quick(arrival="by_boat")) == {"arrival": iv.CHOOSE_FROM_LIST}


@pytest.mark.parametrize("typed", ["-1", "121", "thirty", "3.5", "1e2", "٣٢", "32 years"])
def test_bad_ages_are_refused(typed):
    assert errors_of(quick(age_years=typed)) == {"age_years": iv.AGE_INVALID}


@pytest.mark.parametrize(
    ("typed", "years"), [("0", 0), (" 32 ", 32), ("120", 120), ("३२", 32), ("१८", 18)]
)
def test_ages_in_ascii_or_devanagari_digits(typed, years):
    assert iv.clean_intake(quick(age_years=typed), today=TODAY).age_years == years


def test_the_age_message_names_the_limit():
    with pytest.raises(ValidationError) as caught:
        iv.clean_intake(quick(age_years="200"), today=TODAY)
    assert caught.value.field_errors["age_years"].render(iv.AGE_INVALID) == (
        "Give the age in whole years, as a number from 0 to 120."
    )


def test_a_date_of_birth_in_the_future_is_refused():
    assert errors_of(quick(date_of_birth=TODAY + timedelta(days=1))) == {
        "date_of_birth": iv.DATE_OF_BIRTH_IN_FUTURE
    }


def test_a_date_of_birth_over_120_years_ago_is_refused():
    assert errors_of(quick(date_of_birth=date(1900, 1, 1))) == {
        "date_of_birth": iv.DATE_OF_BIRTH_TOO_EARLY
    }


def test_age_and_date_of_birth_that_disagree_are_refused_with_the_age_it_gives():
    with pytest.raises(ValidationError) as caught:
        iv.clean_intake(quick(age_years="40", date_of_birth=date(1996, 1, 1)), today=TODAY)
    problem = caught.value.field_errors["age_years"]
    assert problem.message == iv.AGE_DISAGREES_WITH_BIRTH
    assert problem.args_for_message == (30,)


def test_the_age_comes_from_the_date_of_birth_when_only_that_is_given():
    clean = iv.clean_intake(quick(date_of_birth=date(2000, 11, 24)), today=TODAY)
    assert clean.age_years == 25 and clean.date_of_birth == date(2000, 11, 24)


def test_the_minor_flag_follows_from_the_age():
    assert iv.clean_intake(quick(age_years="16"), today=TODAY).is_minor is True
    assert iv.clean_intake(quick(age_years="18"), today=TODAY).is_minor is False
    assert errors_of(quick(age_years="16", is_minor=False)) == {
        "is_minor": iv.MINOR_FLAG_MUST_BE_SET
    }
    assert errors_of(quick(age_years="30", is_minor=True)) == {
        "is_minor": iv.MINOR_FLAG_MUST_BE_CLEAR
    }


def test_the_minor_flag_follows_from_the_date_of_birth():
    born = date(2010, 1, 1)
    assert iv.clean_intake(quick(date_of_birth=born), today=TODAY).is_minor is True
    assert errors_of(quick(date_of_birth=born, is_minor=False)) == {
        "is_minor": iv.MINOR_FLAG_MUST_BE_SET
    }


def test_without_age_the_minor_flag_is_as_set():
    assert iv.clean_intake(quick(is_minor=True), today=TODAY).is_minor is True
    assert iv.clean_intake(quick(), today=TODAY).is_minor is False


def test_incident_date_not_in_the_future_nor_before_her_birth():
    assert errors_of(quick(incident_date=TODAY + timedelta(days=1))) == {
        "incident_date": iv.INCIDENT_IN_FUTURE
    }
    born = date(1990, 5, 5)
    assert errors_of(quick(date_of_birth=born, incident_date=date(1989, 1, 1))) == {
        "incident_date": iv.INCIDENT_BEFORE_BIRTH
    }
    assert iv.clean_intake(quick(incident_date=TODAY), today=TODAY).incident_date == TODAY


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+91 98765 43210", "9876543210"),
        ("098765-43210", "9876543210"),
        ("0612-2345678", "0612 2345678"),
        ("(0612) 234 5678", "0612 2345678"),
    ],
)
def test_phone_numbers_in_their_usual_spellings(typed, stored):
    assert iv.clean_intake(quick(phone=typed), today=TODAY).phone == stored


def test_a_wrong_phone_number_is_refused():
    assert errors_of(quick(phone="12345")) == {"phone": PHONE_INVALID}


def test_children_are_checked_row_by_row():
    data = quick(
        children=(
            ChildInput(sex="girl", age_years="6"),
            ChildInput(sex="boy", age_years="18"),
            ChildInput(sex="", age_years=""),
            ChildInput(sex="cat", age_years="x", name="a\x00b"),
        )
    )
    assert errors_of(data) == {
        "children.1.age_years": iv.CHILD_AGE_INVALID,
        "children.2.sex": REQUIRED,
        "children.2.age_years": REQUIRED,
        "children.3.sex": iv.CHOOSE_FROM_LIST,
        "children.3.age_years": iv.CHILD_AGE_INVALID,
        "children.3.name": CONTROL_CHARS,
    }


def test_a_boy_over_8_is_allowed_at_intake():
    clean = iv.clean_intake(
        quick(children=(ChildInput(sex="boy", age_years="१२", name="राहुल"),)), today=TODAY
    )
    assert clean.children == (iv.CleanChild(ChildSex.BOY, 12, "राहुल"),)


def test_perpetrators_are_checked_row_by_row():
    data = quick(perpetrators=(PerpetratorInput("husband", "Ramesh"), PerpetratorInput("alien")))
    assert errors_of(data) == {"perpetrators.1.relationship": iv.CHOOSE_FROM_LIST}
    clean = iv.clean_intake(replace(data, perpetrators=data.perpetrators[:1]), today=TODAY)
    assert clean.perpetrators == (iv.CleanPerpetrator(Relationship.HUSBAND, "Ramesh"),)


def test_unknown_coded_values_are_refused():
    data = quick(
        marital_status="complicated",
        education="phd",
        violence=frozenset({"domestic", "bad"}),
        needs=frozenset({"teleport"}),
        police_report_kind="xyz",
    )
    assert errors_of(data) == dict.fromkeys(
        ("marital_status", "education", "violence", "needs", "police_report_kind"),
        iv.CHOOSE_FROM_LIST,
    )


def test_a_report_number_needs_its_kind():
    assert errors_of(quick(police_report_number="123/2026")) == {
        "police_report_kind": iv.POLICE_REPORT_KIND_REQUIRED
    }


def test_every_problem_is_reported_at_once():
    data = IntakeInput(
        arrival="",
        age_years="abc",
        phone="1",
        incident_date=TODAY + timedelta(days=3),
        narrative="x" * 20_001,
        children=(ChildInput("girl", "40"),),
    )
    assert set(errors_of(data)) == {
        "arrival",
        "full_name",
        "age_years",
        "phone",
        "incident_date",
        "narrative",
        "children.0.age_years",
    }


def test_text_is_trimmed_and_normalised():
    clean = iv.clean_intake(quick(full_name="  Sunita  ", occupation="Cafe\u0301"), today=TODAY)
    assert clean.full_name == "Sunita" and clean.occupation == "Café"


def test_the_narrative_and_address_keep_their_lines():
    text = "पहली पंक्ति\nsecond line\n\tindented"
    clean = iv.clean_intake(quick(narrative=text, address="House 4\nPatna"), today=TODAY)
    assert clean.narrative == text and clean.address == "House 4\nPatna"


def test_windows_line_ends_in_a_pasted_narrative_become_newlines():
    clean = iv.clean_intake(quick(narrative="one\r\ntwo"), today=TODAY)
    assert clean.narrative == "one\ntwo"
    assert errors_of(quick(narrative="one\rtwo")) == {"narrative": CONTROL_CHARS}


def test_a_newline_in_a_one_line_field_is_refused():
    assert errors_of(quick(full_name="Sunita\nDevi")) == {"full_name": CONTROL_CHARS}


def test_the_clean_intake_does_not_show_her_data_in_a_repr():
    clean = iv.clean_intake(quick(full_name="Sunita Devi"), today=TODAY)
    assert "Sunita" not in repr(clean)


# --- properties ------------------------------------------------------------------------------

days = st.dates(min_value=date(1910, 1, 1), max_value=date(2030, 12, 31))


@given(born=st.dates(min_value=date(1907, 1, 1), max_value=TODAY), offset=st.integers(-1, 1))
def test_any_age_that_agrees_with_the_date_of_birth_passes(born, offset):
    age = iv.age_on(born, TODAY) + offset
    assume(0 <= age <= iv.MAX_AGE and iv.age_on(born, TODAY) <= iv.MAX_AGE)
    clean = iv.clean_intake(quick(age_years=str(age), date_of_birth=born), today=TODAY)
    assert clean.age_years == age
    assert clean.is_minor == (age < 18 or iv.age_on(born, TODAY) < 18)


@given(born=st.dates(min_value=date(1907, 1, 1), max_value=TODAY), age=st.integers(0, 120))
def test_any_age_that_disagrees_with_the_date_of_birth_fails(born, age):
    actual = iv.age_on(born, TODAY)
    assume(actual <= iv.MAX_AGE and abs(age - actual) > 1)
    assert errors_of(quick(age_years=str(age), date_of_birth=born)) == {
        "age_years": iv.AGE_DISAGREES_WITH_BIRTH
    }


@given(age=st.integers(0, 120), flag=st.none() | st.booleans())
def test_the_minor_flag_must_follow_from_the_age(age, flag):
    data = quick(age_years=str(age), is_minor=flag)
    if flag is None or flag == (age < 18):
        assert iv.clean_intake(data, today=TODAY).is_minor == (age < 18)
    else:
        assert set(errors_of(data)) == {"is_minor"}


@given(day=days)
def test_incident_dates_after_today_always_fail(day):
    if day > TODAY:
        assert set(errors_of(quick(incident_date=day))) == {"incident_date"}
    else:
        assert iv.clean_intake(quick(incident_date=day), today=TODAY).incident_date == day


devanagari = st.characters(min_codepoint=0x0900, max_codepoint=0x097F)
latin = st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.characters(
    min_codepoint=0xC0, max_codepoint=0x17F
)
printable = st.text(devanagari | latin, min_size=1, max_size=60)


@given(name=st.sampled_from(TEXT_FIELDS), text=printable)
def test_devanagari_and_latin_pass_in_every_text_field(name, text):
    expected = unicodedata.normalize("NFC", text).strip()
    assume(expected)
    data = quick(**{name: text})
    if name == "police_report_number":
        data = replace(data, police_report_kind="fir")
    clean = iv.clean_intake(data, today=TODAY)
    assert getattr(clean, name) == expected


@given(
    name=st.sampled_from(TEXT_FIELDS),
    before=printable,
    control=st.characters(whitelist_categories=("Cc",)).filter(lambda ch: ch not in "\n\t"),
    after=printable,
)
def test_control_characters_are_refused_in_every_text_field(name, before, control, after):
    assert errors_of(quick(**{name: before + control + after})) == {name: CONTROL_CHARS}


@given(extra=st.integers(-50, 50))
def test_long_narratives_are_saved_whole_or_refused_never_cut(extra):
    length = 20_000 + extra
    text = ("मैं ठीक हूँ। She is safe.\n" * 1000)[:length]
    text = "n" + text[1:-1] + "n"  # nothing for strip() to take off
    data = quick(narrative=text)
    if len(text) <= 20_000:
        assert iv.clean_intake(data, today=TODAY).narrative == text
    else:
        with pytest.raises(ValidationError) as caught:
            iv.clean_intake(data, today=TODAY)
        problem = caught.value.field_errors["narrative"]
        assert (problem.message, problem.args_for_message) == (TOO_LONG, (20_000,))


@given(
    violence=st.frozensets(st.sampled_from([v.value for v in ViolenceKind])),
    needs=st.frozensets(st.sampled_from([s.value for s in ServiceKind])),
)
def test_known_coded_values_always_pass(violence, needs):
    clean = iv.clean_intake(quick(violence=violence, needs=needs), today=TODAY)
    assert {v.value for v in clean.violence} == violence
    assert {s.value for s in clean.needs} == needs


@given(digits=st.integers(0, 17))
def test_child_ages_0_to_17_pass_in_either_script(digits):
    devanagari_digits = str(digits).translate(str.maketrans("0123456789", "०१२३४५६७८९"))
    for typed in (str(digits), devanagari_digits):
        data = quick(children=(ChildInput(sex="girl", age_years=typed),))
        assert iv.clean_intake(data, today=TODAY).children[0].age_years == digits
