"""Every subcommand, every path argument, every way it can be wrong: one line on stderr
naming the argument, a documented exit code, never a traceback.

Exit codes (README, "The `osc-desktop` command"): 2 for the centre's folder and key files
(--data-dir, --passphrase-file, --recovery-key-file) and for an empty value; 5 for where a
backup is read or written (--to, the backup FILE, the FOLDER listed).
"""

from __future__ import annotations

import errno
import os
import pathlib
from collections.abc import Callable
from pathlib import Path

import pytest

from osc_desktop import cli
from osc_desktop.paths import DATA_DIR_ENV, PASSPHRASE_FILE_ENV
from osc_desktop.security.recovery_key import format_recovery_key, new_database_key

FOLDER, FILE = "folder", "file"

# (command line before the path arguments, the path arguments it takes: name, kind, exit code)
COMMANDS: dict[str, tuple[list[str], list[tuple[str, str, int]]]] = {
    "audit verify": (
        ["audit", "verify"],
        [("--data-dir", FOLDER, 2), ("--passphrase-file", FILE, 2)],
    ),
    "demo-data": (
        ["demo-data", "--cases", "1"],
        [("--data-dir", FOLDER, 2), ("--passphrase-file", FILE, 2)],
    ),
    "backup create": (
        ["backup", "create"],
        [("--data-dir", FOLDER, 2), ("--passphrase-file", FILE, 2), ("--to", FOLDER, 5)],
    ),
    "backup verify": (
        ["backup", "verify"],
        [
            ("--data-dir", FOLDER, 2),
            ("--passphrase-file", FILE, 2),
            ("--recovery-key-file", FILE, 2),
            ("FILE", FILE, 5),
        ],
    ),
    "backup restore": (
        ["backup", "restore", "--yes"],
        [
            ("--data-dir", FOLDER, 2),
            ("--passphrase-file", FILE, 2),
            ("--recovery-key-file", FILE, 2),
            ("FILE", FILE, 5),
        ],
    ),
    "backup list": (
        ["backup", "list"],
        [("--data-dir", FOLDER, 2), ("--passphrase-file", FILE, 2), ("FOLDER", FOLDER, 5)],
    ),
}

BAD_KINDS = ("wrong kind", "missing", "inside a file", "unreadable", "empty")


def _cases() -> list[tuple[str, str, str, str, int]]:
    cases = []
    for command, (_, arguments) in COMMANDS.items():
        for name, kind, code in arguments:
            for bad in BAD_KINDS:
                if bad == "missing" and name in ("--data-dir", "--to"):
                    continue  # a folder made when missing: a new centre, a new backup folder
                cases.append((command, name, kind, bad, 2 if bad == "empty" else code))
    return cases


@pytest.fixture
def make_bad(tmp_path, monkeypatch) -> Callable[[str, str], str]:
    """The value to give for a path argument of `kind` that is wrong in the way `bad` says."""

    def make(kind: str, bad: str) -> str:
        place = tmp_path / "bad"
        if bad == "wrong kind":
            if kind == FOLDER:
                place.write_text("a file, where a folder belongs\n", encoding="utf-8")
            else:
                place.mkdir()
        elif bad == "inside a file":
            place.write_text("a file\n", encoding="utf-8")
            place = place / "below"
        elif bad == "unreadable":
            if kind == FOLDER:
                place.mkdir()
            else:
                place.write_text("secret\n", encoding="utf-8")
            place.chmod(0)
            if os.geteuid() == 0:
                _refuse_as_if_not_root(monkeypatch, place)
        elif bad == "empty":
            return ""
        return str(place)

    return make


def _refuse_as_if_not_root(monkeypatch: pytest.MonkeyPatch, place: Path) -> None:
    """Root reads a chmod 000 path all the same: refuse it the way the OS refuses a user."""
    real_access, real_open = os.access, pathlib.Path.open

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if Path(os.fspath(path)).absolute() == place:  # type: ignore[arg-type]
            return False
        return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        if self.absolute() == place:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(pathlib.Path, "open", open_)


@pytest.fixture
def good(tmp_path) -> dict[str, str]:
    """A usable value for every path argument but the one under test."""
    (tmp_path / "data").mkdir()
    (tmp_path / "usb").mkdir()
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("a centre passphrase of 2026\n", encoding="utf-8")
    key = tmp_path / "recovery-key.txt"
    key.write_text(format_recovery_key(new_database_key()) + "\n", encoding="utf-8")
    backup = tmp_path / "usb" / "osc-TEST-20261206T000000Z.oscbackup"
    backup.write_bytes(b"not a real backup")
    return {
        "--data-dir": str(tmp_path / "data"),
        "--passphrase-file": str(passphrase),
        "--recovery-key-file": str(key),
        "--to": str(tmp_path / "usb"),
        "FILE": str(backup),
        "FOLDER": str(tmp_path / "usb"),
    }


def _command_line(command: str, values: dict[str, str]) -> list[str]:
    prefix, arguments = COMMANDS[command]
    line = list(prefix)
    for name, _, _ in arguments:
        if name not in values:
            continue
        line += [values[name]] if name in ("FILE", "FOLDER") else [name, values[name]]
    return line


@pytest.mark.parametrize(("command", "name", "kind", "bad", "code"), _cases())
def test_a_bad_path_argument_gets_one_line_and_its_exit_code(
    command, name, kind, bad, code, make_bad, good, capsys, monkeypatch
):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(PASSPHRASE_FILE_ENV, raising=False)
    # Only what this command needs to get as far as the argument under test.
    values = {"--data-dir": good["--data-dir"], name: make_bad(kind, bad)}
    if command in ("backup verify", "backup restore"):
        values.setdefault("FILE", good["FILE"])
    if name == "FILE" and command == "backup verify":
        values["--recovery-key-file"] = good["--recovery-key-file"]

    assert cli.main(_command_line(command, values)) == code

    out, err = capsys.readouterr()
    said = [line for line in (out + err).splitlines() if line.strip()]
    assert len(said) == 1, said
    assert "Traceback" not in said[0]
    if bad == "empty":
        assert f"{name} is empty" in said[0]
    else:
        assert values[name] in said[0]
    if name not in ("FILE", "FOLDER"):
        assert name in said[0]
    # A demo centre is never made in a folder the command line did not name well.
    assert not any(Path(good["--data-dir"]).iterdir())


@pytest.mark.parametrize(
    ("variable", "kind"), [(DATA_DIR_ENV, FOLDER), (PASSPHRASE_FILE_ENV, FILE)]
)
@pytest.mark.parametrize("bad", ["wrong kind", "inside a file"])
def test_a_bad_path_in_the_environment_is_named_too(
    variable, kind, bad, make_bad, capsys, monkeypatch
):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    value = make_bad(kind, bad)
    monkeypatch.setenv(variable, value)

    assert cli.main(["audit", "verify"]) == 2

    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1
    assert f"${variable}" in said[0]
    assert value in said[0]


def test_the_app_itself_refuses_a_file_as_its_data_folder(make_bad, capsys, monkeypatch):
    """Without a command the app would start: a file as --data-dir is said before any window."""
    monkeypatch.setattr("osc_desktop.app.run_gui", lambda options: pytest.fail("the app started"))
    value = make_bad(FOLDER, "wrong kind")

    assert cli.main(["--data-dir", value]) == 2

    assert f"--data-dir {value}: a file, not a folder" in capsys.readouterr().err
