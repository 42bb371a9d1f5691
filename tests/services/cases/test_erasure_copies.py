"""Erasure leaves no copy behind: not in the planner's statistics, not in the file's free pages,
and not in an older backup restored on this computer."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select, text

from tests.services.cases.test_erasure import STRINGS, _erase, _full_case, _leftovers
from tests.services.progress_support import case_row, new_case

NAME = "Zarina Qamarunnisa"  # as typed by `_full_case`
# The same, as the raw bytes of any page would hold them (indexes keep the lower case).
RAW_NEEDLES = (b"Zarina", b"zarina", b"Qamarunnisa", b"qamarunnisa", b"9876501234")
SQLCIPHER_RESERVE = 80  # per page: a 16-byte IV and a 64-byte HMAC (SQLCipher 4's defaults)
SALT_BYTES = 16


def _analyze(centre) -> None:
    with centre.database.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def _stat4_rows(centre) -> int:
    with centre.database.unit_of_work() as uow:
        return int(uow.session.execute(text("SELECT count(*) FROM sqlite_stat4")).scalar_one())


def _decrypted_pages(path: Path, key: bytes, page_size: int) -> bytes:
    """Every page of the SQLCipher file at `path`, decrypted (used pages and free ones)."""
    data = path.read_bytes()
    plain = []
    for start in range(0, len(data), page_size):
        page = data[start : start + page_size]
        iv = page[page_size - SQLCIPHER_RESERVE : page_size - SQLCIPHER_RESERVE + 16]
        body = page[SALT_BYTES if start == 0 else 0 : page_size - SQLCIPHER_RESERVE]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(body) + decryptor.finalize())
    return b"".join(plain)


def _raw_hits(centre) -> set[bytes]:
    """Which of her words the database file holds anywhere, once decrypted page by page."""
    with centre.database.engine.connect() as conn:
        page_size = int(conn.exec_driver_sql("PRAGMA page_size").scalar_one())
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = _decrypted_pages(centre.paths.database, centre.database_key, page_size)
    return {needle for needle in RAW_NEEDLES if needle in plain}


def test_the_raw_scan_reads_her_words_before_the_erasure(centre, people):
    _full_case(centre, people)
    assert _raw_hits(centre) == set(RAW_NEEDLES)


def test_after_analyze_the_statistics_keep_no_sample_of_her(centre, people):
    case_id = _full_case(centre, people)
    for _ in range(3):
        new_case(centre, people.operator)  # other women's cases stay
    _analyze(centre)
    assert _stat4_rows(centre) > 0
    assert any(table == "sqlite_stat4" for table, _, _ in _leftovers(centre))  # samples of her

    _erase(centre, case_id, people.boss)

    assert _leftovers(centre) == []
    assert _stat4_rows(centre) > 0  # rebuilt, not just dropped: the planner keeps its figures
    assert _raw_hits(centre) == set()
    assert case_row(centre, case_id).full_name == ""


def test_nothing_of_her_is_left_in_the_file_without_statistics_either(centre, people):
    case_id = _full_case(centre, people)
    _erase(centre, case_id, people.boss)
    assert _raw_hits(centre) == set()
    with centre.database.unit_of_work() as uow:
        names = uow.session.execute(text("SELECT name FROM sqlite_master")).scalars().all()
    assert "sqlite_stat1" not in names  # statistics are not made where nobody asked for them


def test_a_phone_number_corrected_before_the_erasure_leaves_no_trace_either(centre, people):
    """Space freed by any connection is overwritten (secure_delete on every connection), not
    only what the erasure itself frees: an old phone number corrected months before is gone."""
    case_id = _full_case(centre, people)
    with centre.database.unit_of_work() as uow:  # an ordinary connection, as any service
        uow.session.execute(
            text("UPDATE survivor_case SET phone = '', alias = '' WHERE id = :id"), {"id": case_id}
        )
        uow.commit()
    _erase(centre, case_id, people.boss)
    assert _raw_hits(centre) == set()


# -- a restore of an older backup -----------------------------------------------------------


def _backup(centre, folder: Path) -> Path:
    from osc_desktop.services.backups.create import create_backup

    return create_backup(centre, folder, by=None).path


def _reopened(centre):
    from osc_desktop.services.centre import storage

    return storage.open_with_keyring(centre.paths)


def _erasure_events(opened, case_id: int) -> list[tuple[int | None, dict]]:
    import json

    from osc_desktop.models import AuditEvent

    with opened.database.unit_of_work() as uow:
        events = uow.session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "case_erased", AuditEvent.entity_id == str(case_id))
            .order_by(AuditEvent.id)
        ).all()
        return [(e.user_id, json.loads(e.details)) for e in events]


def test_erasures_are_kept_beside_the_database_by_id_never_by_name(centre, people):
    case_id = _full_case(centre, people)
    _erase(centre, case_id, people.boss)
    kept = centre.paths.erased_cases.read_text(encoding="utf-8")
    assert f'"case_id": {case_id}' in kept
    assert case_row(centre, case_id).case_number in kept
    assert not any(s.casefold() in kept.casefold() for s in STRINGS)


def test_a_restore_of_a_backup_from_before_the_erasure_erases_her_again(centre, people, tmp_path):
    from osc_desktop.services.audit.chain import verify_chain
    from osc_desktop.services.backups.restore import restore_backup

    case_id = _full_case(centre, people)
    other = new_case(centre, people.operator)
    _analyze(centre)
    before = _backup(centre, tmp_path / "usb")
    _erase(centre, case_id, people.boss)
    centre.close()

    restore_backup(centre.paths, before, database_key=centre.database_key, by_user_id=None)

    opened = _reopened(centre)
    try:
        assert _leftovers(opened) == []  # statistics included
        assert _raw_hits(opened) == set()
        assert case_row(opened, case_id).erased_at is not None
        assert case_row(opened, other).full_name == "Sunita Devi"
        # The backup's trail ends before the manager's erasure: the machine's is recorded.
        assert _erasure_events(opened, case_id) == [
            (None, {"follow_ups_cancelled": 2, "links_deleted": 0, "reapplied": True})
        ]
        with opened.database.unit_of_work() as uow:
            assert verify_chain(uow, None).ok
    finally:
        opened.close()


def test_a_backup_made_after_the_erasure_is_restored_without_a_second_event(
    centre, people, tmp_path
):
    from osc_desktop.services.backups.restore import restore_backup

    case_id = _full_case(centre, people)
    _erase(centre, case_id, people.boss)
    after = _backup(centre, tmp_path / "usb")
    centre.close()
    restore_backup(centre.paths, after, database_key=centre.database_key, by_user_id=None)
    opened = _reopened(centre)
    try:
        assert [user for user, _ in _erasure_events(opened, case_id)] == [people.boss.user_id]
    finally:
        opened.close()


def test_erasures_of_another_set_up_are_not_applied_to_its_cases(centre, people, tmp_path):
    """The list names the centre's set-up: the same case id and number in another centre's
    records (or a centre set up anew with the same code) are someone else."""
    from osc_desktop.services.backups.restore import restore_backup

    case_id = _full_case(centre, people)
    before = _backup(centre, tmp_path / "usb")
    _erase(centre, case_id, people.boss)
    kept = centre.paths.erased_cases.read_text(encoding="utf-8")
    centre.paths.erased_cases.write_text(
        kept.replace('"centre_set_up": "', '"centre_set_up": "1999'), encoding="utf-8"
    )
    centre.close()
    restore_backup(centre.paths, before, database_key=centre.database_key, by_user_id=None)
    opened = _reopened(centre)
    try:
        assert case_row(opened, case_id).full_name == NAME
    finally:
        opened.close()


def test_the_command_line_restore_erases_her_again(centre, people, tmp_path, capsys):
    from osc_desktop import cli

    case_id = _full_case(centre, people)
    before = _backup(centre, tmp_path / "usb")
    _erase(centre, case_id, people.boss)
    centre.close()
    args = ["backup", "restore", "--data-dir", str(centre.paths.root), "--yes", str(before)]
    assert cli.main(args) == 0
    opened = _reopened(centre)
    try:
        assert _leftovers(opened) == []
        assert [details["reapplied"] for _, details in _erasure_events(opened, case_id)] == [True]
    finally:
        opened.close()


def test_when_the_list_cannot_be_written_nothing_is_erased(centre, people, monkeypatch):
    import errno

    import pytest

    from osc_desktop.db import erased_cases
    from osc_desktop.errors import DiskFull

    case_id = _full_case(centre, people)

    def full(_path, _data) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(erased_cases, "write_atomically", full)
    with pytest.raises(DiskFull):
        _erase(centre, case_id, people.boss)
    assert case_row(centre, case_id).full_name == NAME
    assert not centre.paths.erased_cases.exists()
