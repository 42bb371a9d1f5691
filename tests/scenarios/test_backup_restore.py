"""The centre's computer dies: the manager restores last night's backup on a new one.

A demo centre of 50 cases is backed up twice to a USB drive; one of the two backups is then
damaged on the drive. Verifying both finds exactly that one. The good one is restored into an
empty data folder on a "new computer" with only the printed recovery key, and every case is
found again, with the audit trail intact.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from osc_desktop.models import Case
from osc_desktop.paths import DataPaths
from osc_desktop.security.recovery_key import format_recovery_key, parse_recovery_key
from osc_desktop.services.audit.chain import verify_chain
from osc_desktop.services.backups.create import create_backup
from osc_desktop.services.backups.format import read_header
from osc_desktop.services.backups.restore import restore_backup
from osc_desktop.services.backups.verify import list_backups, verify_backup
from osc_desktop.services.cases.dto import CaseQuery
from osc_desktop.services.cases.search import search_cases
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.storage import open_with_recovery_key
from osc_desktop.services.demo import make_demo_centre
from tests.case_factory import actor_of

CASES = 50


@pytest.fixture
def old_pc(tmp_path) -> DataPaths:
    paths = DataPaths(tmp_path / "old-pc")
    make_demo_centre(paths, cases=CASES, seed=5)
    return paths


def test_back_up_damage_one_verify_restore_on_a_new_computer(
    old_pc, tmp_path, memory_keyring
) -> None:
    usb = tmp_path / "usb" / "OSC-backups"
    usb.parent.mkdir()
    night = datetime(2026, 11, 22, 21, 0, tzinfo=UTC)

    # Two nightly backups; the old computer's case numbers are noted for later.
    centre = storage.open_with_keyring(old_pc)
    try:
        printed = format_recovery_key(centre.database_key)  # the sheet in the locked drawer
        with centre.database.unit_of_work() as uow:
            case_numbers = set(uow.session.scalars(select(Case.case_number)))
        older = create_backup(centre, usb, by=None, now=night)
        newer = create_backup(centre, usb, by=None, now=night + timedelta(days=1))
        key = centre.database_key
    finally:
        centre.close()
    assert len(case_numbers) == CASES
    assert [b.path for b in list_backups(usb)] == [newer.path, older.path]

    # The newer backup is damaged on the drive: one byte in its last chunk.
    with newer.path.open("rb") as source:
        chunks = read_header(source).chunk_count
    data = bytearray(newer.path.read_bytes())
    data[-40] ^= 0x20
    newer.path.write_bytes(bytes(data))

    # "Verify all backups", as the centre does with its own key: one failure, named as damage.
    results = [
        verify_backup(b.path, database_key=key, expected_centre="PAT") for b in (older, newer)
    ]
    assert [(r.path, r.ok, r.problem) for r in results] == [
        (older.path, True, ""),
        (newer.path, False, "damaged"),
    ]
    # With only the recovery key (no centre to compare with), it fails too.
    alone = verify_backup(newer.path, database_key=key)
    assert not alone.ok
    assert alone.problem == ("damaged" if chunks > 1 else "wrong_key")

    # A new computer: empty data folder, nothing in its keyring, only the printed key.
    memory_keyring.entries.clear()
    new_pc = DataPaths(tmp_path / "new-pc")
    restored = restore_backup(
        new_pc, older.path, database_key=parse_recovery_key(printed), by_user_id=None
    )
    assert restored.created_at == night and restored.centre_code == "PAT"

    # Opens with the key saved again on this computer; every case is found.
    opened = storage.open_with_keyring(new_pc)
    try:
        manager = actor_of(opened.database, "manager")
        found: set[str] = set()
        offset = 0
        while True:
            with opened.database.unit_of_work() as uow:
                page = search_cases(uow, CaseQuery(), offset=offset, limit=20, by=manager)
            found.update(row.case_number for row in page.rows)
            offset += len(page.rows)
            if not page.rows or offset >= page.total:
                break
        assert page.total == CASES
        assert found == case_numbers
        with opened.database.unit_of_work() as uow:
            one = next(iter(sorted(case_numbers)))
            page = search_cases(uow, CaseQuery(text=one), offset=0, limit=5, by=manager)
        assert [row.case_number for row in page.rows] == [one]
        with opened.database.unit_of_work() as uow:
            chain = verify_chain(uow, None)
        assert chain.ok and chain.rows_checked > 0
    finally:
        opened.close()

    # The recovery key still opens it, as on the old computer.
    open_with_recovery_key(new_pc, printed).close()
