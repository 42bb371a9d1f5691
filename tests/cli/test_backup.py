"""`osc-desktop backup create|verify|restore|list`: exit codes, one line per result, no Qt,
no survivor data and never a key in the output.

Exit codes: 0 ok, 2 cannot open the records / usage / not confirmed / OSC Desktop open,
3 damaged or altered backup, 4 wrong key or another centre's backup, 5 I/O error,
6 made by a newer version.
"""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from osc_desktop import cli
from osc_desktop.paths import DataPaths
from osc_desktop.security.recovery_key import format_recovery_key, new_database_key
from osc_desktop.services.backups import create
from osc_desktop.services.backups.format import decrypt_backup, write_backup
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.instance_lock import InstanceLock
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def _main(*args: str, stdin: str = "") -> int:
    sys.stdin = io.StringIO(stdin)
    try:
        return cli.main(list(args))
    finally:
        sys.stdin = sys.__stdin__


@pytest.fixture
def usb(tmp_path) -> Path:
    path = tmp_path / "usb"
    path.mkdir()
    return path


@pytest.fixture
def made(centre, usb, capsys) -> Path:
    """One backup of `centre` on the USB drive, made through the command line."""
    assert _main("backup", "create", "--data-dir", str(centre.paths.root), "--to", str(usb)) == 0
    capsys.readouterr()
    (path,) = usb.glob("*.oscbackup")
    return path


@pytest.fixture
def key_file(centre, tmp_path) -> Path:
    path = tmp_path / "recovery-key.txt"
    path.write_text("\n" + format_recovery_key(centre.database_key) + "\n", encoding="utf-8")
    return path


def test_create_exits_0_and_prints_the_file(centre, usb, capsys) -> None:
    code = _main("backup", "create", "--data-dir", str(centre.paths.root), "--to", str(usb))
    assert code == 0
    out = capsys.readouterr().out
    (path,) = usb.glob("*.oscbackup")
    assert out.startswith(f"backup made: {path} (") and out.count("\n") == 1
    assert format_recovery_key(centre.database_key) not in out


def test_create_without_to_uses_the_backups_folder_in_the_data_folder(centre, capsys) -> None:
    assert _main("backup", "create", "--data-dir", str(centre.paths.root)) == 0
    assert len(list((centre.paths.root / "backups").glob("*.oscbackup"))) == 1
    assert _main("backup", "list", "--data-dir", str(centre.paths.root)) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("1 backup in ")


def test_create_makes_missing_folders_two_levels_deep_private(centre, tmp_path) -> None:
    target = tmp_path / "backups" / "2026" / "OSC-backups"
    code = _main("backup", "create", "--data-dir", str(centre.paths.root), "--to", str(target))
    assert code == 0
    assert len(list(target.glob("*.oscbackup"))) == 1
    if os.name != "nt":
        for folder in (tmp_path / "backups", tmp_path / "backups" / "2026", target):
            assert folder.stat().st_mode & 0o777 == 0o700


def test_create_to_a_missing_drive_exits_5(centre, tmp_path, monkeypatch, capsys) -> None:
    media = tmp_path / "media" / "asha"  # where the system mounts USB drives
    media.mkdir(parents=True)
    monkeypatch.setattr(create, "_media_roots", lambda: [media.parent])
    target = media / "USB-DRIVE" / "OSC-backups"  # the drive is not plugged in
    code = _main("backup", "create", "--data-dir", str(centre.paths.root), "--to", str(target))
    assert code == 5
    assert "backup folder cannot be reached" in capsys.readouterr().err
    assert not (media / "USB-DRIVE").exists()


def test_create_on_a_full_drive_exits_5(centre, usb, monkeypatch, capsys) -> None:
    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(create, "write_backup", full)
    code = _main("backup", "create", "--data-dir", str(centre.paths.root), "--to", str(usb))
    assert code == 5
    assert "full" in capsys.readouterr().err
    assert not list(usb.iterdir())


def test_create_without_a_centre_exits_2(tmp_path, usb, capsys) -> None:
    code = _main("backup", "create", "--data-dir", str(tmp_path / "none"), "--to", str(usb))
    assert code == 2
    assert "there is no centre" in capsys.readouterr().err


def test_verify_exits_0_for_good_backups(centre, made, capsys) -> None:
    assert _main("backup", "verify", "--data-dir", str(centre.paths.root), str(made)) == 0
    assert capsys.readouterr().out == f"{made}: ok\n"


def test_verify_exits_3_for_a_truncated_backup_and_names_it(centre, made, usb, capsys) -> None:
    good = usb / "good.oscbackup"
    good.write_bytes(made.read_bytes())
    made.write_bytes(made.read_bytes()[:-100])
    code = _main("backup", "verify", "--data-dir", str(centre.paths.root), str(good), str(made))
    assert code == 3
    assert capsys.readouterr().out.splitlines() == [
        f"{good}: ok",
        f"{made}: FAILED (damaged, incomplete or altered)",
    ]


def test_verify_exits_3_for_one_flipped_byte(centre, made, capsys) -> None:
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01
    made.write_bytes(bytes(data))
    assert _main("backup", "verify", "--data-dir", str(centre.paths.root), str(made)) == 3
    assert capsys.readouterr().out == f"{made}: FAILED (damaged, incomplete or altered)\n"


def test_verify_exits_4_for_another_centres_key(centre, made, tmp_path, capsys) -> None:
    other = tmp_path / "other-key.txt"
    other.write_text(format_recovery_key(new_database_key()), encoding="utf-8")
    code = _main("backup", "verify", "--recovery-key-file", str(other), str(made))
    assert code == 4
    assert "FAILED (the key does not open it" in capsys.readouterr().out


def test_verify_exits_5_for_a_missing_file_and_6_for_a_newer_version(
    centre, made, usb, capsys
) -> None:
    root = str(centre.paths.root)
    assert _main("backup", "verify", "--data-dir", root, str(usb / "gone.oscbackup")) == 5
    newer = usb / "newer.oscbackup"
    payload = io.BytesIO()
    with made.open("rb") as source:
        header = decrypt_backup(source, payload, database_key=centre.database_key)
    payload.seek(0)
    with newer.open("wb") as out:
        write_backup(
            payload,
            out,
            database_key=centre.database_key,
            header=replace(header, schema_revision="0099"),
        )
    assert _main("backup", "verify", "--data-dir", root, str(newer)) == 6
    assert "newer version" in capsys.readouterr().out


def test_verify_with_the_recovery_key_needs_no_centre(centre, made, key_file, capsys) -> None:
    centre.close()
    code = _main("backup", "verify", "--recovery-key-file", str(key_file), str(made))
    assert code == 0


def test_restore_into_an_empty_folder_with_the_recovery_key_on_stdin(
    centre, made, tmp_path, memory_keyring, capsys
) -> None:
    printed = format_recovery_key(centre.database_key)
    centre.close()
    memory_keyring.entries.clear()
    new_pc = tmp_path / "new-pc"
    code = _main("backup", "restore", "--data-dir", str(new_pc), str(made), stdin=printed + "\n")
    assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("restored: backup of centre PAT made ")
    assert printed not in out
    assert _main("audit", "verify", "--data-dir", str(new_pc)) == 0


def test_restore_on_a_computer_without_a_keyring_takes_the_new_passphrase(
    centre, made, key_file, tmp_path, no_secure_keyring, capsys
) -> None:
    centre.close()
    new_pc = tmp_path / "new-pc"
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE, encoding="utf-8")
    args = ("backup", "restore", "--data-dir", str(new_pc), "--recovery-key-file", str(key_file))
    assert _main(*args, str(made)) == 2  # no secure key store and no passphrase
    assert "give --passphrase-file" in capsys.readouterr().err
    assert not (new_pc / "osc-desktop.db").exists()
    assert _main(*args, "--passphrase-file", str(passphrase), str(made)) == 0
    storage.open_with_passphrase(DataPaths(new_pc), PASSPHRASE).close()


def test_restore_over_records_needs_yes_when_not_interactive(centre, made, capsys) -> None:
    centre.close()
    root = str(centre.paths.root)
    assert _main("backup", "restore", "--data-dir", root, str(made)) == 2
    assert "--yes" in capsys.readouterr().err
    assert not (centre.paths.root / "before-restore").exists()
    assert _main("backup", "restore", "--data-dir", root, "--yes", str(made)) == 0
    assert len(list((centre.paths.root / "before-restore").iterdir())) == 1


def test_restore_asks_for_the_recovery_key_when_the_records_do_not_open(
    centre, made, memory_keyring, capsys
) -> None:
    printed = format_recovery_key(centre.database_key)
    centre.close()
    memory_keyring.entries.clear()  # Windows account reset: the saved key is gone
    root = str(centre.paths.root)
    assert _main("backup", "restore", "--data-dir", root, "--yes", str(made), stdin="") == 2
    assert "mistyped" in capsys.readouterr().err
    code = _main("backup", "restore", "--data-dir", root, "--yes", str(made), stdin=printed)
    assert code == 0
    storage.open_with_keyring(centre.paths).close()


def test_restore_with_a_wrong_recovery_key_exits_4(centre, made, tmp_path, capsys) -> None:
    centre.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(format_recovery_key(new_database_key()), encoding="utf-8")
    root = str(centre.paths.root)
    args = ("backup", "restore", "--data-dir", root, "--recovery-key-file", str(wrong), "--yes")
    assert _main(*args, str(made)) == 4
    assert "does not open this backup" in capsys.readouterr().err


def test_restore_of_another_centres_backup_exits_4_unless_confirmed(
    centre, tmp_path, make_profile, manager, capsys
) -> None:
    gaya = storage.create_centre(
        DataPaths(tmp_path / "gaya"), storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    gaya_key = gaya.database_key
    gaya_backup = create.create_backup(gaya, tmp_path / "gaya-usb", by=None).path
    gaya.close()
    centre.close()
    key_file = tmp_path / "gaya-key.txt"
    key_file.write_text(format_recovery_key(gaya_key), encoding="utf-8")
    root = str(centre.paths.root)
    args = ("backup", "restore", "--data-dir", root, "--recovery-key-file", str(key_file), "--yes")
    assert _main(*args, str(gaya_backup)) == 4
    assert "belongs to another centre" in capsys.readouterr().err
    assert _main(*args, "--other-centre", str(gaya_backup)) == 0


def test_restore_while_osc_desktop_is_open_exits_2(centre, made, capsys) -> None:
    lock = InstanceLock(centre.paths)
    lock.acquire()
    try:
        code = _main("backup", "restore", "--data-dir", str(centre.paths.root), "--yes", str(made))
    finally:
        lock.release()
    assert code == 2
    assert "while OSC Desktop is open" in capsys.readouterr().err


def test_restore_of_a_damaged_backup_exits_3(centre, made, capsys) -> None:
    made.write_bytes(made.read_bytes()[:-1])
    code = _main("backup", "restore", "--data-dir", str(centre.paths.root), "--yes", str(made))
    assert code == 3


def test_list_exits_0_newest_first_and_5_for_a_missing_folder(centre, usb, capsys) -> None:
    for day in (1, 2):
        create.create_backup(centre, usb, by=None, now=datetime(2026, 11, day, tzinfo=UTC))
    assert _main("backup", "list", str(usb)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("osc-PAT-20261102T000000Z.oscbackup  2026-11-02 00:00:00 UTC")
    assert lines[1].startswith("osc-PAT-20261101T000000Z.oscbackup")
    assert lines[2] == f"2 backups in {usb}"
    assert _main("backup", "list", str(usb / "missing")) == 5


def test_backup_help_documents_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["backup", "restore", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for phrase in ("3 damaged", "4 wrong key", "5 I/O error", "6 made by a newer"):
        assert phrase in text


def test_the_backup_commands_never_load_qt(centre, usb) -> None:
    centre.close()
    script = (
        "import sys\n"
        "from osc_desktop.cli import main\n"
        f"code = main(['backup', 'list', {str(usb)!r}])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "no qt"


def test_verify_expands_wildcards_itself(centre, made, usb, capsys) -> None:
    pattern = str(usb / "*.oscbackup")
    assert _main("backup", "verify", "--data-dir", str(centre.paths.root), pattern) == 0
    assert capsys.readouterr().out == f"{made}: ok\n"
    nothing = str(usb / "nothing-*.oscbackup")
    assert _main("backup", "verify", "--data-dir", str(centre.paths.root), nothing) == 5


def _change_salt(path: Path) -> None:
    """Another salt in a still well-formed header: the first chunk then fails to open."""
    data = bytearray(path.read_bytes())
    length = int.from_bytes(data[8:12], "big")
    header = data[12 : 12 + length].decode("utf-8")
    salt = header.split('"salt":"')[1][:32]
    other = "00" * 16 if salt != "00" * 16 else "11" * 16
    data[12 : 12 + length] = header.replace(salt, other).encode("utf-8")
    path.write_bytes(bytes(data))


def _swap_first_chunks(path: Path) -> None:
    data = path.read_bytes()
    start = 12 + int.from_bytes(data[8:12], "big")
    size = 4 + int.from_bytes(data[start : start + 4], "big")
    first, second = data[start : start + size], data[start + size : start + 2 * size]
    assert len(second) == size
    path.write_bytes(data[:start] + second + first + data[start + 2 * size :])


@pytest.mark.parametrize("alter", [_change_salt, _swap_first_chunks])
def test_verify_and_restore_with_this_computers_key_give_one_diagnosis(
    centre, usb, monkeypatch, capsys, alter
) -> None:
    monkeypatch.setattr(create, "CHUNK_SIZE", 4096)
    root = str(centre.paths.root)
    assert _main("backup", "create", "--data-dir", root, "--to", str(usb)) == 0
    (made,) = usb.glob("*.oscbackup")
    alter(made)
    capsys.readouterr()

    assert _main("backup", "verify", "--data-dir", root, str(made)) == 3
    assert capsys.readouterr().out == f"{made}: FAILED (damaged, incomplete or altered)\n"
    centre.close()
    assert _main("backup", "restore", "--data-dir", root, "--yes", str(made)) == 3
    err = capsys.readouterr().err
    assert "damaged, incomplete or has been altered" in err
    assert "recovery key" not in err


def test_restoring_another_centres_backup_with_this_computers_key_says_whose_it_is(
    centre, tmp_path, make_profile, manager, capsys
) -> None:
    gaya = storage.create_centre(
        DataPaths(tmp_path / "gaya"), storage.new_recovery_key(), make_profile(code="GAY"), manager
    )
    gaya_backup = create.create_backup(gaya, tmp_path / "gaya-usb", by=None).path
    gaya.close()
    root = str(centre.paths.root)
    assert _main("backup", "verify", "--data-dir", root, str(gaya_backup)) == 4
    assert "FAILED (it belongs to another centre)" in capsys.readouterr().out
    centre.close()
    assert _main("backup", "restore", "--data-dir", root, "--yes", str(gaya_backup)) == 4
    err = capsys.readouterr().err
    assert "belongs to another centre" in err and "recovery key does not open" not in err


def test_restore_with_a_wrong_passphrase_says_so_and_asks_for_nothing(
    tmp_path, recovery, profile, manager, capsys
) -> None:
    paths = DataPaths(tmp_path / "centre")
    opened = storage.create_centre(paths, recovery, profile, manager, passphrase=PASSPHRASE)
    made = create.create_backup(opened, tmp_path / "usb", by=None).path
    opened.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the centre passphrase", encoding="utf-8")
    args = ("backup", "restore", "--data-dir", str(paths.root), "--passphrase-file", str(wrong))
    printed = format_recovery_key(recovery.key)

    code = _main(*args, "--yes", str(made), stdin=printed + "\n")

    assert code == cli.EXIT_WRONG_PASSPHRASE == 7
    err = capsys.readouterr().err
    assert err.startswith("osc-desktop: nothing restored: the passphrase in --passphrase-file ")
    assert "is not correct" in err and err.count("\n") == 1
    assert not paths.before_restore_dir.exists()


@pytest.mark.parametrize("existed", [False, True])
def test_a_failed_restore_into_a_new_folder_leaves_nothing_behind(
    centre, made, tmp_path, existed, capsys
) -> None:
    centre.close()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(format_recovery_key(new_database_key()), encoding="utf-8")
    new_pc = tmp_path / "new-pc" / "OSC Desktop"
    if existed:
        new_pc.mkdir(parents=True)
    args = ("backup", "restore", "--data-dir", str(new_pc), "--recovery-key-file", str(wrong))
    assert _main(*args, str(made)) == 4
    if existed:
        assert list(new_pc.iterdir()) == []  # the folder stays, empty, as it was
    else:
        assert not (tmp_path / "new-pc").exists()


def test_verify_and_restore_name_what_is_wrong_with_the_file(centre, made, usb, capsys) -> None:
    root = str(centre.paths.root)
    gone, pattern = usb / "gone.oscbackup", str(usb / "nothing-*.oscbackup")
    cases = [
        (str(gone), f"{gone}: FAILED (no such file)"),
        (str(usb), f"{usb}: FAILED (a folder, not a backup file)"),
        (pattern, f"{pattern}: FAILED (no file matches this pattern)"),
    ]
    for name, line in cases:
        assert _main("backup", "verify", "--data-dir", root, name) == 5
        captured = capsys.readouterr()
        assert captured.out == line + "\n"
        assert "cannot be reached" not in captured.out + captured.err
    centre.close()
    for name, why in [(str(gone), "no such file"), (str(usb), "a folder, not a backup file")]:
        assert _main("backup", "restore", "--data-dir", root, "--yes", name) == 5
        assert capsys.readouterr().err == f"osc-desktop: nothing restored: {name}: {why}\n"
