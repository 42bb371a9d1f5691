"""Verifying and listing encrypted backups: a wrong key, another centre's backup, one flipped
byte, a truncated file, a backup made by a newer version, a label that does not match.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

import pytest

from osc_desktop.errors import (
    BackupTargetMissing,
)
from osc_desktop.security.recovery_key import (
    new_database_key,
)
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.format import MAGIC, read_header, write_backup
from osc_desktop.services.backups.verify import list_backups, verify_backup
from tests.services.backups.backup_support import (
    T0,
    _flip,
    _rewrite,
)


def test_verify_finds_a_wrong_key(centre, backup) -> None:
    result = verify_backup(backup, database_key=new_database_key())
    assert (result.ok, result.problem) == (False, "wrong_key")


def test_verify_finds_another_centres_backup(centre, backup) -> None:
    result = verify_backup(backup, database_key=centre.database_key, expected_centre="GAY")
    assert (result.ok, result.problem) == (False, "other_centre")
    assert verify_backup(backup, database_key=centre.database_key, expected_centre="PAT").ok


@pytest.mark.parametrize("where", ["header", "first chunk", "middle chunk", "last byte"])
def test_verify_finds_one_flipped_byte(centre, folder, small_chunks, where) -> None:
    path = create_backup(centre, folder, by=None, now=T0).path
    size = path.stat().st_size
    header_end = len(MAGIC) + 4 + int.from_bytes(path.read_bytes()[8:12], "big")
    offset = {
        "header": header_end - 20,  # inside the JSON, still well formed or not
        "first chunk": header_end + 100,
        "middle chunk": size // 2,
        "last byte": size - 1,
    }[where]
    _flip(path, offset)
    result = verify_backup(path, database_key=centre.database_key)
    assert not result.ok
    expected = {"damaged", "wrong_key"} if where in ("header", "first chunk") else {"damaged"}
    assert result.problem in expected
    # The centre checking its own backup with its own key: alteration is the one explanation.
    own = verify_backup(path, database_key=centre.database_key, expected_centre="PAT")
    assert (own.ok, own.problem) == (False, "damaged")


def test_one_flipped_byte_in_a_single_chunk_backup_is_damage_to_the_centre_itself(
    centre, backup
) -> None:
    _flip(backup, backup.stat().st_size // 2)
    key = centre.database_key
    assert verify_backup(backup, database_key=key).problem == "wrong_key"  # GCM cannot tell
    assert verify_backup(backup, database_key=key, expected_centre="PAT").problem == "damaged"
    other = verify_backup(backup, database_key=key, expected_centre="GAY")
    assert other.problem == "other_centre"


@pytest.mark.parametrize("keep", [0, 5, 12, 300, -16, -1])
def test_verify_finds_a_truncated_file(centre, backup, keep) -> None:
    data = backup.read_bytes()
    backup.write_bytes(data[:keep])
    result = verify_backup(backup, database_key=centre.database_key)
    assert (result.ok, result.problem) == (False, "damaged")


def test_verify_finds_a_backup_from_a_newer_version(centre, backup, tmp_path) -> None:
    newer_schema = _rewrite(
        backup, centre.database_key, tmp_path / "newer.oscbackup", schema_revision="0099"
    )
    assert verify_backup(newer_schema, database_key=centre.database_key).problem == "too_new"
    newer_format = tmp_path / "format2.oscbackup"
    newer_format.write_bytes(MAGIC[:7] + b"\x02" + backup.read_bytes()[8:])
    assert verify_backup(newer_format, database_key=centre.database_key).problem == "too_new"


def test_verify_compares_the_record_counts_with_the_label(centre, backup, tmp_path) -> None:
    with backup.open("rb") as source:
        manifest = read_header(source).manifest
    altered = _rewrite(
        backup,
        centre.database_key,
        tmp_path / "label.oscbackup",
        manifest={**manifest, "staff_user": 2},
    )
    assert verify_backup(altered, database_key=centre.database_key).problem == "manifest"


def test_verify_runs_the_integrity_check_on_what_it_decrypts(centre, backup, tmp_path) -> None:
    with backup.open("rb") as source:
        header = read_header(source)
    garbage = tmp_path / "garbage.oscbackup"
    payload = bytes(range(256)) * 32
    with garbage.open("wb") as out:
        write_backup(
            io.BytesIO(payload),
            out,
            database_key=centre.database_key,
            header=replace(header, payload_bytes=len(payload)),
        )
    assert verify_backup(garbage, database_key=centre.database_key).problem == "integrity"


def test_verify_of_a_missing_file_is_an_io_error(centre, tmp_path) -> None:
    with pytest.raises(BackupTargetMissing):
        verify_backup(tmp_path / "gone.oscbackup", database_key=centre.database_key)


def test_list_shows_backups_newest_first_and_skips_other_files(centre, folder) -> None:
    older = create_backup(centre, folder, by=None, now=T0).path
    newer = create_backup(centre, folder, by=None, now=T0 + timedelta(days=1)).path
    (folder / "not-a-backup.oscbackup").write_bytes(b"holiday photos")
    (folder / "readme.txt").write_text("x", encoding="utf-8")
    (folder / ".osc-backup-1234.partial").write_bytes(older.read_bytes()[:100])

    found = list_backups(folder)
    assert [b.path for b in found] == [newer, older]
    assert found[0].created_at == T0 + timedelta(days=1) and found[0].schema_revision
    with pytest.raises(BackupTargetMissing):
        list_backups(folder / "missing")
