"""`osc-desktop audit verify`: exit codes, one-line answers, no Qt, no survivor data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from osc_desktop import cli
from osc_desktop.db.engine import open_database
from osc_desktop.paths import DataPaths
from osc_desktop.security.keystore import KeyStore
from osc_desktop.services.centre import storage
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        # Never the real keyring of the machine running the tests.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("OSC_DESKTOP_DATA_DIR", None)
    env.pop("OSC_DESKTOP_PASSPHRASE_FILE", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
        check=False,
    )


def _verify(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return _run("-m", "osc_desktop", "audit", "verify", *args, **kwargs)


@pytest.fixture
def passphrase_centre(data_paths, recovery, profile, manager) -> DataPaths:
    """A centre whose key is kept behind the passphrase (as on a computer with no keyring)."""
    storage.create_centre(data_paths, recovery, profile, manager, passphrase=PASSPHRASE).close()
    return data_paths


@pytest.fixture
def passphrase_file(tmp_path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _tamper(paths: DataPaths, *statements: str) -> None:
    """What someone with the key and the sqlcipher shell could do."""
    key = KeyStore(paths.keystore).unlock_with_passphrase(PASSPHRASE)
    engine = open_database(paths.database, key)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def test_an_intact_trail_exits_0(passphrase_centre, passphrase_file):
    result = _verify(
        "--data-dir", str(passphrase_centre.root), "--passphrase-file", str(passphrase_file)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "audit trail: ok (1 rows)\n"
    assert result.stderr == ""


def test_an_edited_row_exits_3_naming_the_row(passphrase_centre, passphrase_file):
    _tamper(
        passphrase_centre,
        "DROP TRIGGER audit_event_no_update",
        "UPDATE audit_event SET action = 'login' WHERE id = 1",
    )
    result = _verify(
        "--data-dir", str(passphrase_centre.root), "--passphrase-file", str(passphrase_file)
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout == "audit trail: BROKEN at row 1 (altered), 1 rows checked\n"


def test_the_passphrase_file_may_come_from_the_environment_and_options_before_the_command(
    passphrase_centre, passphrase_file
):
    result = _run(
        "-m",
        "osc_desktop",
        "--data-dir",
        str(passphrase_centre.root),
        "audit",
        "verify",
        env_extra={"OSC_DESKTOP_PASSPHRASE_FILE": str(passphrase_file)},
    )
    assert result.returncode == 0, result.stderr
    assert "audit trail: ok" in result.stdout


def test_a_wrong_passphrase_exits_7_with_one_line(passphrase_centre, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the centre passphrase", encoding="utf-8")
    result = _verify("--data-dir", str(passphrase_centre.root), "--passphrase-file", str(wrong))
    assert result.returncode == 7
    assert result.stdout == ""
    assert result.stderr == (
        f"osc-desktop: the passphrase in --passphrase-file ({wrong}) is not correct\n"
    )


def test_no_passphrase_at_all_exits_2_saying_how_to_give_one(passphrase_centre):
    result = _verify("--data-dir", str(passphrase_centre.root))
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_the_command_never_loads_qt(passphrase_centre, passphrase_file):
    script = (
        "import sys\n"
        "from osc_desktop.cli import main\n"
        f"code = main(['audit', 'verify', '--data-dir', {str(passphrase_centre.root)!r},"
        f" '--passphrase-file', {str(passphrase_file)!r}])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "sys.exit(code)\n"
    )
    result = _run("-c", script)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "no qt"


# In-process: the keyring (this test's in-memory one) and the folders that hold no centre.


def test_a_centre_keeping_its_key_in_the_keyring_opens_without_a_passphrase(centre, capsys):
    assert cli.main(["audit", "verify", "--data-dir", str(centre.paths.root)]) == 0
    assert capsys.readouterr().out == "audit trail: ok (1 rows)\n"


def test_a_trail_whose_anchor_file_is_gone_exits_8_as_not_anchored(centre, capsys):
    centre.close()
    centre.paths.audit_anchor.unlink()
    assert cli.main(["audit", "verify", "--data-dir", str(centre.paths.root)]) == 8
    out = capsys.readouterr().out
    assert out.startswith("audit trail: NOT ANCHORED (") and out.count("\n") == 1
    assert "audit-head.json" in out


def test_a_keyring_that_lost_the_key_exits_2(centre, memory_keyring, capsys):
    memory_keyring.entries.clear()
    assert cli.main(["audit", "verify", "--data-dir", str(centre.paths.root)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("osc-desktop: This computer no longer holds the key")


def test_an_empty_folder_exits_2(tmp_path, capsys):
    assert cli.main(["audit", "verify", "--data-dir", str(tmp_path / "nothing")]) == 2
    assert "there is no centre" in capsys.readouterr().err


def test_a_missing_database_exits_2(centre, capsys):
    centre.close()
    centre.paths.database.rename(centre.paths.database.with_suffix(".moved"))
    assert cli.main(["audit", "verify", "--data-dir", str(centre.paths.root)]) == 2
    assert "database file is missing" in capsys.readouterr().err


def test_audit_without_an_action_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["audit"])
    assert exit_info.value.code == 2
    assert "ACTION" in capsys.readouterr().err


def test_without_a_command_the_app_options_are_as_before():
    options = cli.parse_args(["--data-dir", "D", "--language", "hi", "--kiosk"])
    assert options.command == ()
    assert (options.data_dir, options.language, options.kiosk) == ("D", "hi", True)
    assert cli.parse_args(["--smoke-test"]).smoke_test
    verify = cli.parse_args(["--data-dir", "A", "audit", "verify", "--passphrase-file", "p"])
    assert verify.command == ("audit", "verify")
    assert (verify.data_dir, verify.passphrase_file) == ("A", Path("p"))
