"""`osc-desktop demo-data`: makes a demo centre, refuses a folder holding one, no survivor data
on the terminal, exit codes as documented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from osc_desktop import cli
from osc_desktop.models import Case
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.demo import DEMO_ACCOUNTS
from tests.conftest import PASSPHRASE
from tests.helpers import folder_fingerprint

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        # Never the real keyring of the machine running the tests: as on a headless computer.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("OSC_DESKTOP_DATA_DIR", None)
    env.pop("OSC_DESKTOP_PASSPHRASE_FILE", None)
    return subprocess.run(
        [sys.executable, "-m", "osc_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_the_command_line_is_parsed():
    options = cli.parse_args(["demo-data", "--data-dir", "D", "--cases", "120", "--seed", "5"])
    assert options.command == ("demo-data",)
    assert (options.data_dir, options.cases, options.seed) == ("D", 120, 5)
    assert cli.parse_args(["demo-data", "--cases", "3"]).seed == 2026
    assert ("demo-data",) in cli.COMMANDS


@pytest.mark.parametrize("cases", ["-1", "many", "2000000"])
def test_a_bad_case_count_is_a_usage_error(cases, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.parse_args(["demo-data", "--cases", cases])
    assert exit_info.value.code == 2
    assert "--cases" in capsys.readouterr().err


def test_makes_a_demo_centre_and_prints_no_survivor_data(tmp_path, passphrase_file):
    folder = tmp_path / "demo"
    result = _run(
        "demo-data",
        "--data-dir",
        str(folder),
        "--cases",
        "40",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.returncode == 0, result.stderr
    assert "cases: 40 (" in result.stdout
    assert "key kept: behind the passphrase" in result.stdout
    for account in DEMO_ACCOUNTS:
        assert f"{account.username}" in result.stdout and account.password in result.stdout
    assert "40 of 40 cases written" in result.stderr
    assert "search index" in result.stderr

    centre = storage.open_with_passphrase(DataPaths(folder), PASSPHRASE)
    try:
        with centre.database.unit_of_work() as uow:
            cases = [
                (c.full_name, c.alias, c.phone, c.address, c.narrative)
                for c in uow.session.scalars(select(Case))
            ]
    finally:
        centre.close()
    assert len(cases) == 40
    shown = result.stdout + result.stderr
    for values in cases:
        for value in values:
            if value:
                assert value not in shown
    # Made private, as every data folder (umask 077).
    assert (folder / "osc-desktop.db").stat().st_mode & 0o077 == 0

    verify = _run(
        "audit", "verify", "--data-dir", str(folder), "--passphrase-file", str(passphrase_file)
    )
    assert verify.returncode == 0, verify.stderr


def test_a_folder_holding_a_centre_is_refused_with_exit_2(
    data_paths, recovery, profile, manager, passphrase_file
):
    storage.create_centre(data_paths, recovery, profile, manager, passphrase=PASSPHRASE).close()
    before = folder_fingerprint(data_paths.root)
    result = _run(
        "demo-data",
        "--data-dir",
        str(data_paths.root),
        "--cases",
        "5",
        "--passphrase-file",
        str(passphrase_file),
    )
    assert result.returncode == 2
    assert "already holds a centre" in result.stderr
    assert result.stdout == ""
    assert folder_fingerprint(data_paths.root) == before


def test_without_a_key_store_a_passphrase_file_is_asked_for(tmp_path):
    result = _run("demo-data", "--data-dir", str(tmp_path / "demo"), "--cases", "5")
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr
    assert not (tmp_path / "demo" / "osc-desktop.db").exists()


def test_a_short_or_missing_passphrase_file_is_refused(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("too short\n", encoding="utf-8")
    for path, message in ((short, "too short"), (tmp_path / "absent.txt", "--passphrase-file")):
        result = _run(
            "demo-data",
            "--data-dir",
            str(tmp_path / "demo"),
            "--cases",
            "5",
            "--passphrase-file",
            str(path),
        )
        assert result.returncode == 2
        assert message in result.stderr
    assert not (tmp_path / "demo" / "osc-desktop.db").exists()


def test_the_default_data_folder_is_never_used(tmp_path, passphrase_file):
    result = _run("demo-data", "--cases", "5", "--passphrase-file", str(passphrase_file))
    assert result.returncode == 2
    assert "--data-dir" in result.stderr
