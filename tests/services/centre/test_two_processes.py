"""Two processes on one data folder (issue 9.2): every writer takes the write lock before it
reads what it will change, so another process's commits never make it fail.

In SQLite's WAL mode a transaction that read before another process committed cannot then
write (SQLITE_BUSY_SNAPSHOT): before the fix a sign-in, which reads the account and spends
~0.1 s in Argon2 before writing, failed whenever the other process committed meanwhile.

The checks are on events, not times: the parent goes on until it has done every kind of
write several times AND the other process has committed a given number of times meanwhile.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from osc_desktop.models import AuditEvent, Case
from osc_desktop.services.accounts import auth
from osc_desktop.services.accounts import staff as staff_accounts
from osc_desktop.services.accounts.staff import NewStaffInput
from osc_desktop.services.audit import chain as audit_chain
from osc_desktop.services.audit import export as audit_export
from osc_desktop.services.audit import listing as audit_listing
from osc_desktop.services.audit.dto import AuditFilter
from osc_desktop.services.centre import settings as machine_settings
from osc_desktop.services.centre import storage
from tests.conftest import MANAGER_PASSWORD

# The other process: opens the same database, with the same audit anchor, as the app does.
_OTHER_PROCESS = """
import os, sys, time
from pathlib import Path
from osc_desktop.db.audit_anchor import AuditAnchor
from osc_desktop.db.engine import open_database
from osc_desktop.db.unit_of_work import Database
from osc_desktop.paths import DataPaths
from tests.case_factory import actor_of, register

paths = DataPaths(Path(sys.argv[1]))
job = sys.argv[2]
key = bytes.fromhex(os.environ.pop("OSC_TEST_KEY"))
stop = Path(sys.argv[3])
database = Database(open_database(paths.database, key, True), AuditAnchor(paths.audit_anchor))
boss = actor_of(database, "asha.kumari")
if job == "backup":
    from osc_desktop.db.migrate import MigrationResult
    from osc_desktop.security.keystore import KeyStorage
    from osc_desktop.services.backups.create import create_backup
    from osc_desktop.services.centre.setup import get_centre_profile
    from osc_desktop.services.centre.storage import OpenCentre
    with database.unit_of_work() as uow:
        profile = get_centre_profile(uow)
    centre = OpenCentre(
        database, paths, profile, KeyStorage.KEYRING, MigrationResult(None, "", None), key
    )
done = 0
while not stop.exists():
    if job == "register":
        register(database, boss, quick=True)
    else:
        create_backup(centre, Path(sys.argv[4]), by=boss)
    done += 1
    if done == 1:
        print("started", flush=True)
    time.sleep(0.02)
database.close()
print(done, flush=True)
"""


def _other_process(centre, job: str, tmp_path: Path, *extra: str) -> Iterator[Callable[[], None]]:
    stop = tmp_path / "stop"
    child = subprocess.Popen(
        [sys.executable, "-c", _OTHER_PROCESS, str(centre.paths.root), job, str(stop), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=os.getcwd(),
        env={**os.environ, "OSC_TEST_KEY": centre.database_key.hex()},
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    if first.strip() != "started":
        child.kill()
        pytest.fail(f"the other process did not start: {first} {child.stderr.read()}")

    def finish() -> None:
        stop.touch()
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        assert int(out.strip()) > 0

    try:
        yield finish
    finally:
        if child.poll() is None:
            stop.touch()
            child.kill()
            child.wait()


def _count(centre, what) -> int:
    with centre.database.unit_of_work() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(what)) or 0)


def _every_kind_of_write(centre, round_number: int) -> None:
    """Sign in, lock the screen, sign in again, change the password, add and reset a member of
    staff, save settings, look at, export and verify the audit trail, sign out."""
    database = centre.database
    password = MANAGER_PASSWORD if round_number % 2 == 0 else f"{MANAGER_PASSWORD}-x"
    changed = f"{MANAGER_PASSWORD}-x" if round_number % 2 == 0 else MANAGER_PASSWORD
    with database.unit_of_work() as uow:
        boss = auth.log_in(uow, "asha.kumari", password)
    with database.unit_of_work() as uow:
        auth.record_screen_lock(uow, boss)
    with database.unit_of_work() as uow:
        boss = auth.log_in(uow, "asha.kumari", password)
    with database.unit_of_work() as uow:
        boss = auth.change_own_password(uow, boss, password, changed, changed)
    with database.unit_of_work() as uow:
        staff_accounts.create_staff(
            uow, boss, NewStaffInput(f"Ravi {round_number}", f"ravi.{round_number}", "operator")
        )
    with database.unit_of_work() as uow:
        rows = staff_accounts.list_staff(uow, boss)
    ravi = next(r for r in rows if r.username == f"ravi.{round_number}")
    with database.unit_of_work() as uow:
        staff_accounts.reset_password(uow, boss, ravi.id)
    with database.unit_of_work() as uow:
        machine_settings.update_settings(
            uow, boss, centre.paths, idle_minutes=5 + round_number % 2, kiosk=False
        )
    with database.unit_of_work() as uow:
        assert audit_listing.list_events(uow, boss, AuditFilter())
    with database.unit_of_work() as uow:
        assert audit_export.export_csv(uow, boss, AuditFilter(), io.StringIO()) > 0
    with database.unit_of_work() as uow:
        assert audit_chain.verify_chain(uow, boss).ok
    with database.unit_of_work() as uow:
        auth.log_out(uow, boss)


def test_signing_in_and_out_beside_a_process_that_registers_never_fails(
    centre: storage.OpenCentre, tmp_path: Path
) -> None:
    other = _other_process(centre, "register", tmp_path)
    finish = next(other)
    before = _count(centre, Case)
    rounds = 0
    while rounds < 4 or _count(centre, Case) - before < 40:
        _every_kind_of_write(centre, rounds)
        rounds += 1
    finish()
    assert _count(centre, Case) - before >= 40


def test_signing_in_beside_a_backup_in_another_process_never_fails(
    centre: storage.OpenCentre, tmp_path: Path
) -> None:
    other = _other_process(centre, "backup", tmp_path, str(tmp_path / "backups"))
    finish = next(other)

    def backups_made() -> int:
        with centre.database.unit_of_work() as uow:
            return int(
                uow.session.scalar(
                    select(func.count())
                    .select_from(AuditEvent)
                    .where(AuditEvent.action == "backup_created")
                )
                or 0
            )

    before = backups_made()
    signed_in = 0
    while signed_in < 20 or backups_made() - before < 5:
        with centre.database.unit_of_work() as uow:
            boss = auth.log_in(uow, "asha.kumari", MANAGER_PASSWORD)
        with centre.database.unit_of_work() as uow:
            auth.log_out(uow, boss)
        signed_in += 1
    finish()
