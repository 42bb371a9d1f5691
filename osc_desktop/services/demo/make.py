"""A synthetic demo centre: staff with known passwords and many realistic, made-up cases.

For benchmarks, screenshots and training. Every name, phone number and story is invented,
drawn from a seeded random generator: the same seed and the same `now` give the same centre.
Cases are written in bulk (SQLAlchemy Core, executemany) inside one transaction, numbered as
`register_case` would number them (`case_numbers.format_case_number`, a `case_sequence` row per
financial year), then the search index is rebuilt once. 100,000 cases take a few minutes."""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from osc_desktop.errors import AlreadySetUp
from osc_desktop.models import Case, CaseSequence
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import ManagerAccountInput
from osc_desktop.services.core.audit_log import AuditAction, record_event
from osc_desktop.services.demo.generator import Generator
from osc_desktop.services.demo.staff import (
    DEMO_ACCOUNTS,
    DEMO_PROFILE,
    DemoAccount,
    add_staff,
    hash_passwords,
)

DEFAULT_SEED = 2026
# Cases are generated and written this many at a time (memory stays small at any size).
CHUNK_CASES = 2_000


@dataclass(frozen=True)
class DemoCentreSummary:
    """What was made: counts and codes only, never a survivor's data."""

    centre_code: str
    cases: int
    financial_years: tuple[tuple[str, int], ...]  # ("2025-26", cases registered), oldest first
    linked_pairs: int
    incomplete: int
    disposed: int
    children: int
    services: int
    referrals: int
    follow_ups: int
    indexed: int
    accounts: tuple[DemoAccount, ...]
    seconds: float


def _check_folder(paths: DataPaths) -> None:
    """Raises AlreadySetUp when the folder holds a centre (or part of one)."""
    from osc_desktop.errors import DatabaseMissing

    try:
        state = storage.folder_state(paths)
    except DatabaseMissing:
        raise AlreadySetUp() from None
    if state is not storage.FolderState.NEW:
        raise AlreadySetUp()


def _remove_centre_files(paths: DataPaths, pre_migration_existed: bool) -> None:
    """Undo a demo centre that could not be finished (the folder held no centre before)."""
    for path in (
        paths.database,
        *paths.database_sidecars(),
        paths.keystore,
        paths.audit_anchor,
    ):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if not pre_migration_existed:
        shutil.rmtree(paths.pre_migration_dir, ignore_errors=True)


def make_demo_centre(
    paths: DataPaths,
    *,
    cases: int,
    seed: int = DEFAULT_SEED,
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> DemoCentreSummary:
    """Set up a new demo centre in `paths` (a folder holding no centre) and fill it.

    The key is kept behind `passphrase`, or in the OS keyring when None. Staff accounts are
    `DEMO_ACCOUNTS` (the first is the centre's manager). `progress(done, total)` is called as
    cases are written; `done == total` once all are written, before the search index is built.
    Everything after the set-up is one transaction: if it fails, the half-made centre's files
    are removed again.

    Raises:
        AlreadySetUp: the folder already holds a centre.
        ValueError: `cases` is negative.
        KeyringUnavailable, DataFolderNotWritable, DiskFull, DatabaseWriteFailed.
    """
    from osc_desktop.services.cases.search_index import rebuild_index

    if cases < 0:
        raise ValueError("cases must not be negative")
    started = time.perf_counter()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    _check_folder(paths)
    pre_migration_existed = paths.pre_migration_dir.exists()
    manager_account = DEMO_ACCOUNTS[0]
    centre = storage.create_centre(
        paths,
        storage.new_recovery_key(),
        DEMO_PROFILE,
        ManagerAccountInput(
            manager_account.full_name,
            manager_account.username,
            manager_account.password,
            manager_account.password,
        ),
        passphrase,
    )
    try:
        summary = _fill(centre, cases, seed, now, progress, rebuild_index)
    except BaseException:
        centre.close()
        _remove_centre_files(paths, pre_migration_existed)
        raise
    centre.close()
    return DemoCentreSummary(**summary, seconds=time.perf_counter() - started)


def _fill(
    centre: storage.OpenCentre,
    count: int,
    seed: int,
    now: datetime,
    progress: Callable[[int, int], None] | None,
    rebuild_index: Callable[..., int],
) -> dict[str, Any]:
    code = centre.profile.code
    hashes = hash_passwords()
    with centre.database.unit_of_work() as uow:
        uow.lock_for_writing()
        session = uow.session
        staff = add_staff(session, hashes)
        first_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        generator = Generator(
            count=count, seed=seed, now=now, staff=staff, first_id=first_id, code=code
        )
        connection = session.connection()
        for start in range(0, count, CHUNK_CASES):
            stop = min(count, start + CHUNK_CASES)
            rows = generator.chunk(start, stop)
            for table, table_rows in rows.tables():
                if table_rows:
                    _insert(connection, table, table_rows)
            if progress is not None:
                progress(stop, count)
        if progress is not None and count == 0:
            progress(0, 0)
        for financial_year, last in generator.sequences.items():
            existing = session.get(CaseSequence, financial_year)
            if existing is None:
                session.add(CaseSequence(financial_year=financial_year, last_sequence=last))
            else:
                existing.last_sequence = max(existing.last_sequence, last)
        session.flush()
        indexed = rebuild_index(session)
        # Statistics for SQLite's query planner (sqlite_stat1), now that the tables are full:
        # it then picks the cases list's indexes knowing how many cases each filter leaves.
        session.connection().exec_driver_sql("ANALYZE")
        record_event(
            session,
            user_id=staff.manager,
            action=AuditAction.CASE_CREATED,
            entity_type="demo",
            entity_id="",
            details={"cases": count, "seed": seed},
        )
        uow.commit()
    with centre.database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {
        "centre_code": code,
        "cases": count,
        "financial_years": tuple(sorted(generator.sequences.items())),
        "indexed": indexed,
        "accounts": DEMO_ACCOUNTS,
        **generator.stats,
    }


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy's SQLite dialect stores it (UtcDateTime: naive UTC text)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _insert(connection: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """One executemany of plain tuples: SQLAlchemy's per-row bind processing would take most
    of the time at 100,000 cases. Columns a row leaves out get their scalar default."""
    given = set().union(*rows)
    everywhere = set(rows[0]).intersection(*rows)
    columns = [c for c in table.columns if c.name in given or not c.primary_key]
    defaults: dict[str, Any] = {}
    for column in columns:
        if column.default is None or column.name in everywhere:
            defaults[column.name] = None
        elif column.default.is_scalar:
            defaults[column.name] = column.default.arg
        else:  # a callable default (a timestamp): every row must give the value
            raise ValueError(f"{table.name}.{column.name} needs a value in every row")
    names = [c.name for c in columns]
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    )
    connection.exec_driver_sql(
        statement,
        [tuple(_stored(row.get(name, defaults[name])) for name in names) for row in rows],
    )
