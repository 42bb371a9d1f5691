"""The recovery-key sheet: its data, its text read back with poppler, and no file written.

test_shaping checks the Hindi is shaped, test_text_layer that it reads back as typed.
"""

from __future__ import annotations

import builtins
import io
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from osc_desktop import resources
from osc_desktop.printing import fonts
from osc_desktop.printing.recovery_key_sheet import (
    PDF_TITLE,
    RecoveryKeySheet,
    build_context,
    format_created_at,
    render,
)
from osc_desktop.security.recovery_key import format_recovery_key

KEY = format_recovery_key(bytes(range(32)))
CREATED = datetime(2025, 11, 23, 14, 5)
PRIVATE_USE = range(0xE000, 0xF900)


def make_sheet(**changes: object) -> RecoveryKeySheet:
    values: dict[str, object] = {
        "centre_name": "One Stop Centre (Sakhi), Patna Sadar",
        "centre_code": "BR-PAT-01",
        "district": "Patna",
        "state": "Bihar",
        "recovery_key": KEY,
        "created_at": CREATED,
        "app_version": "0.1.0",
    }
    values.update(changes)
    return build_context(**values)  # type: ignore[arg-type]


def pdftotext(pdf: bytes) -> str:
    """The text of ``pdf``; the PDF goes through a pipe, so the key never touches the disk."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")


def pdfinfo(pdf: bytes) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode("utf-8")
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }


# --- build_context ---------------------------------------------------------------------------


def test_build_context_keeps_every_field():
    sheet = make_sheet()
    assert sheet == RecoveryKeySheet(
        centre_name="One Stop Centre (Sakhi), Patna Sadar",
        centre_code="BR-PAT-01",
        district="Patna",
        state="Bihar",
        recovery_key=KEY,
        created_at=CREATED,
        app_version="0.1.0",
    )
    assert len(sheet.key_groups) == 14
    assert "-".join(sheet.key_groups) == KEY


@pytest.mark.parametrize(
    "bad_key",
    ["", KEY.replace("-", ""), KEY.lower(), KEY + "-", KEY.replace(KEY[0], "O"), "ABC-DEFG"],
)
def test_build_context_refuses_a_key_not_in_printed_form(bad_key):
    with pytest.raises(ValueError):
        make_sheet(recovery_key=bad_key)


def test_created_at_does_not_depend_on_the_locale():
    assert format_created_at(datetime(2025, 1, 5, 9, 7)) == "5 Jan 2025, 09:07"


# --- render ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render(make_sheet())


def test_render_makes_a_pdf(pdf):
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")


def test_sheet_is_one_page(pdf):
    assert pdfinfo(pdf)["Pages"] == "1"
    assert pdfinfo(pdf)["Page size"].endswith("(A4)")


def test_key_groups_are_printed_whole_and_in_order(pdf):
    text = pdftotext(pdf)
    positions = [text.index(group) for group in KEY.split("-")]
    assert positions == sorted(positions)


def test_centre_details_are_printed(pdf):
    text = pdftotext(pdf)
    for value in ("One Stop Centre (Sakhi), Patna Sadar", "BR-PAT-01", "Patna", "Bihar"):
        assert value in text
    assert "23 Nov 2025, 14:05" in text
    assert "0.1.0" in text


@pytest.mark.parametrize(
    "english",
    [
        "Recovery key",
        "Centre code",
        "District",
        "State",
        "Key made on",
        "The key",
        "Type the 14 groups in order",
        "What this key is for",
        "Keep it safe",
        "restore a backup",
        "can read every survivor’s record",
        "tell the centre manager",
        "Stored by (name, signature)",
        "Date",
        "Confidential",
        "Page 1 of 1",
    ],
)
def test_english_headings_and_instructions_are_printed(pdf, english):
    assert english in " ".join(pdftotext(pdf).split())


def test_hindi_reads_back_as_typed(pdf):
    text = pdftotext(pdf)
    assert "रिकवरी कुंजी" in text
    assert "इस पन्ने की फ़ोटो न खींचें" in text
    assert not any(ord(ch) in PRIVATE_USE for ch in text)


def test_metadata_is_only_the_title(pdf):
    info = pdfinfo(pdf)
    assert info["Title"] == PDF_TITLE == "Recovery key"
    assert info["Author"] == ""
    assert info["Subject"] == ""
    assert info["Keywords"] == ""
    assert "Patna" not in "".join(info.values())


def test_markup_characters_in_data_are_printed_as_typed():
    text = pdftotext(render(make_sheet(centre_name="Sakhi <One Stop> Centre & Helpline")))
    assert "Sakhi <One Stop> Centre & Helpline" in text


def test_wide_key_groups_do_not_wrap():
    key = "-".join(["WMWM"] * 13 + ["MWMW"])
    text = pdftotext(render(make_sheet(recovery_key=key)))
    assert text.count("WMWM") == 13
    assert "MWMW" in text


def test_long_hindi_names_still_fit_one_page():
    sheet = make_sheet(
        centre_name=(
            "वन स्टॉप सेंटर (सखी), ज़िला अस्पताल परिसर, पटना सदर, पटना — महिला एवं बाल विकास निगम, "
            "बिहार सरकार द्वारा संचालित"
        ),
        district="श्री पोट्टि श्रीरामुलु नेल्लोर",
        state="अंडमान और निकोबार द्वीपसमूह",
    )
    assert pdfinfo(render(sheet))["Pages"] == "1"


def test_render_writes_no_file(tmp_path, monkeypatch):
    """The key opens the database: the PDF exists only in memory."""
    monkeypatch.chdir(tmp_path)
    writes: list[str] = []
    real_open = builtins.open
    real_os_open = os.open

    def spy_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def spy_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    pdf = render(make_sheet())
    assert pdf.startswith(b"%PDF-")
    assert writes == []
    assert list(tmp_path.iterdir()) == []


# --- fonts and resources ---------------------------------------------------------------------


def test_register_fonts_is_idempotent():
    family = fonts.register_fonts()
    regular = pdfmetrics.getFont(fonts.REGULAR)
    bold = pdfmetrics.getFont(fonts.BOLD)
    assert fonts.register_fonts() == family == fonts.FAMILY
    assert pdfmetrics.getFont(fonts.REGULAR) is regular
    assert pdfmetrics.getFont(fonts.BOLD) is bold
    assert tt2ps(family, 0, 0) == fonts.REGULAR
    assert tt2ps(family, 1, 0) == fonts.BOLD
    assert regular.shapable and bold.shapable


def test_fonts_cover_latin_and_devanagari():
    fonts.register_fonts()
    for name in (fonts.REGULAR, fonts.BOLD):
        face = pdfmetrics.getFont(name).face
        for ch in "AZaz09-/()&₹कषि्ं":
            assert ord(ch) in face.charToGlyph, (name, ch)


def test_fonts_ship_with_their_licence():
    licence = (resources.fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Noto Project Authors" in licence


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.fonts_dir() == tmp_path / "resources" / "fonts"
    assert resources.translations_dir() == tmp_path / "resources" / "translations"


def test_printing_does_not_import_qt():
    code = (
        "import sys, osc_desktop.printing.recovery_key_sheet as m; "
        "m.render; print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken'))))"
    )
    repo_root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
