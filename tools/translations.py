"""Keep the Qt translations in step with the code.

python tools/translations.py update    # refresh the .ts sources from the code (pyside6-lupdate)
python tools/translations.py compile   # build the .qm files the app loads (pyside6-lrelease)
python tools/translations.py check     # fail if a string lacks a real translation or the
                                       # .ts sources are out of date with the code
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("hi",)
APP_CATALOGUE = "osc_desktop"
# Hand-kept catalogue of Qt's own strings (standard buttons, text-field menu) in Hindi.
QT_EXTRA_CATALOGUE = "qt_extra"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(BIN)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run ./test or ./run to set up")
    return found


def _sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "osc_desktop").rglob("*.py"))


def _lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            _tool("lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *_sources(),
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
    )


def update() -> None:
    for language in LANGUAGES:
        _lupdate(TRANSLATIONS / f"{APP_CATALOGUE}_{language}.ts")


def compile_all() -> None:
    for ts_file in sorted(TRANSLATIONS.glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if qm_file.exists() and qm_file.stat().st_mtime >= ts_file.stat().st_mtime:
            continue
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
        )
        print(f"built {qm_file.relative_to(ROOT)}")


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def check() -> int:
    problems: list[str] = []
    for language in LANGUAGES:
        ts_file = TRANSLATIONS / f"{APP_CATALOGUE}_{language}.ts"
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / ts_file.name
            _lupdate(fresh)
            wanted = set(_messages(fresh))
        have = _messages(ts_file)
        for key in sorted(wanted - set(have)):
            problems.append(f"{ts_file.name}: not in the .ts (run update): {key}")
        for key in sorted(set(have) - wanted):
            problems.append(f"{ts_file.name}: no longer in the code (run update): {key}")
        for catalogue in (ts_file, TRANSLATIONS / f"{QT_EXTRA_CATALOGUE}_{language}.ts"):
            for key, message in _messages(catalogue).items():
                translation = message.find("translation")
                text = (translation.text or "").strip() if translation is not None else ""
                if not text or (translation is not None and translation.get("type")):
                    problems.append(f"{catalogue.name}: untranslated: {key}")
    for line in problems:
        print(line)
    print(f"translations: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        sys.exit(check())
    else:
        raise SystemExit(__doc__)
