"""Bring a database's schema up to date, copying the file aside first.

Alembic is imported only when an upgrade is needed, keeping it out of ordinary start-up.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from osc_desktop.db.engine import classify_database_error, classify_os_error
from osc_desktop.db.schema_version import HEAD_REVISION, KNOWN_REVISIONS
from osc_desktop.errors import SchemaTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    copy_aside: Path | None


def current_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the database, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(engine: Engine, database_file: Path, copies_dir: Path) -> MigrationResult:
    """Upgrade the schema to this version's head.

    A database that already holds data is first copied, byte for byte (still encrypted), into
    `copies_dir`, so a failed or unwanted upgrade can be undone by hand.

    Raises:
        SchemaTooNew: the database comes from a newer version of the app.
        DiskFull, DataFolderNotWritable, DatabaseDamaged: the copy or the upgrade failed; the
            upgrade runs in one transaction, so the database is left as it was.
    """
    before = current_revision(engine)
    if before == HEAD_REVISION:
        return MigrationResult(before, HEAD_REVISION, None)
    if before is not None and before not in KNOWN_REVISIONS:
        raise SchemaTooNew(before)
    copy = None
    if before is not None:
        try:
            copy = _copy_aside(engine, database_file, copies_dir, before)
        except OSError as exc:
            raise classify_os_error(exc) from None
    try:
        _run_alembic_upgrade(engine)
    except DBAPIError as exc:
        raise classify_database_error(exc, True) from None
    return MigrationResult(before, HEAD_REVISION, copy)


def _copy_aside(engine: Engine, database_file: Path, copies_dir: Path, revision: str) -> Path:
    with engine.connect() as conn:
        # Move everything from the WAL into the main file so one file is a whole copy.
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.commit()
    copies_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = copies_dir / f"before-upgrade-from-{revision}-{stamp}.db"
    partial = target.with_suffix(".partial")
    try:
        shutil.copyfile(database_file, partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _run_alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def alembic_revisions() -> list[str]:
    """Every revision in the migration scripts, oldest first (for the consistency test)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]
