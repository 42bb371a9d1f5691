"""Schema migrations: in step with the app, from the first schema on, copied aside first."""

from __future__ import annotations

import errno
import re
import sqlite3
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Index, inspect, select, text
from sqlalchemy.exc import OperationalError as SAOperationalError
from sqlalchemy.schema import CreateIndex

from osc_desktop.db import migrate
from osc_desktop.db.engine import open_database
from osc_desktop.db.migrate import (
    MIGRATIONS_DIR,
    alembic_revisions,
    current_revision,
    upgrade_to_head,
)
from osc_desktop.db.schema_version import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SEARCH_INDEX_TABLE,
    include_name,
)
from osc_desktop.db.unit_of_work import Database
from osc_desktop.errors import DiskFull, SchemaTooNew
from osc_desktop.models import Base, Role, StaffUser
from osc_desktop.paths import DataPaths
from osc_desktop.security.keystore import KeyStorage, KeyStore
from osc_desktop.security.passwords import hash_password, verify_password
from osc_desktop.security.recovery_key import new_database_key
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import get_centre_profile
from tests.helpers import folder_fingerprint, sha256_of

FIRST_REVISION = "0001"


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def test_known_revisions_match_the_migration_scripts():
    assert tuple(alembic_revisions()) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[0] == FIRST_REVISION
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION
    assert migrate.HEAD_REVISION == HEAD_REVISION


def test_the_migrations_form_one_line():
    scripts = ScriptDirectory.from_config(_alembic_config())
    assert scripts.get_heads() == [HEAD_REVISION]
    previous = None
    for revision in KNOWN_REVISIONS:
        script = scripts.get_revision(revision)
        assert script.down_revision == previous
        previous = revision


def test_upgrading_an_empty_database_builds_the_models_tables(tmp_path):
    path = tmp_path / "new.db"
    engine = open_database(path, new_database_key())
    try:
        result = upgrade_to_head(engine, path, tmp_path / "pre-migration")
        assert result.from_revision is None
        assert result.to_revision == HEAD_REVISION
        assert result.copy_aside is None, "an empty database is not copied aside"
        assert not (tmp_path / "pre-migration").exists()
        assert current_revision(engine) == HEAD_REVISION
        with engine.connect() as conn:
            inspector = inspect(conn)
            tables = set(inspector.get_table_names())
            for table in Base.metadata.sorted_tables:
                assert table.name in tables
                columns = {c["name"]: c for c in inspector.get_columns(table.name)}
                for column in table.columns:
                    assert column.name in columns, f"{table.name}.{column.name}"
                    assert columns[column.name]["nullable"] == column.nullable, column.name
            # Nothing in the models that the migrations leave out, nor the other way round
            # (expression indexes aside: SQLAlchemy cannot reflect them, see the next test).
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=".*expression-based index")
                assert compare_metadata(context, Base.metadata) == []
            # ...and the search index, which the models do not describe, is there.
            assert SEARCH_INDEX_TABLE in tables
    finally:
        engine.dispose()


def _expression_indexes() -> list[Index]:
    return [
        index
        for table in Base.metadata.sorted_tables
        for index in table.indexes
        if any(not isinstance(e, Column) for e in index.expressions)
    ]


def _normalised(sql: str) -> str:
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").split()).lower()


def test_the_models_expression_indexes_are_the_migrations(tmp_path):
    """Compared as SQL, which autogenerate cannot do. The cases list orders by these
    expressions (services/case_search.py), and SQLite uses an index only for the same one."""
    indexes = _expression_indexes()
    assert {index.name for index in indexes} >= {
        "ix_survivor_case_listed_name",
        "ix_survivor_case_case_worker_listed_name",
    }
    path = tmp_path / "new.db"
    engine = open_database(path, new_database_key())
    try:
        upgrade_to_head(engine, path, tmp_path / "pre-migration")
        with engine.connect() as conn:
            made = dict(
                conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all()
            )
        for index in indexes:
            modelled = str(CreateIndex(index).compile(dialect=engine.dialect))
            assert _normalised(made[index.name]) == _normalised(modelled), index.name
    finally:
        engine.dispose()


def test_the_case_list_indexes_revision_goes_down_and_up_again(tmp_path):
    path = tmp_path / "cases.db"
    engine = open_database(path, new_database_key())
    try:
        config = _alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            command.downgrade(config, "0004")
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert "ix_survivor_case_status" in names
            assert "ix_survivor_case_listed_name" not in names
            command.upgrade(config, "0005")
            names = set(conn.execute(text("SELECT name FROM sqlite_master")).scalars())
            assert "ix_survivor_case_status" not in names
            assert {"ix_survivor_case_listed_name", "ix_case_violence_kind"} <= names
    finally:
        engine.dispose()


def test_the_search_index_revision_indexes_cases_already_registered(tmp_path):
    from osc_desktop.services.cases.search_index import BARE_FTS_QUERY, match_expression

    path = tmp_path / "cases.db"
    engine = open_database(path, new_database_key())
    try:
        config = _alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            conn.execute(
                text(
                    "INSERT INTO staff_user (id, username, full_name, role, password_hash, "
                    "is_active, must_change_password, created_at) VALUES (1, 'asha', 'Asha', "
                    "'manager', 'x', 1, 0, '2026-11-01 09:31:00.000000')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO survivor_case (id, case_number, financial_year, sequence, "
                    "registered_at, registered_by_id, updated_at, intake_complete, arrival, "
                    "referred_by, full_name, alias, name_withheld, is_minor, address, phone, "
                    "occupation, disability, language, incident_place, narrative, "
                    "police_report_number, police_station, status) VALUES (7, "
                    "'PAT/2026-27/0007', '2026-27', 7, '2026-11-02 10:00:00.000000', 1, "
                    "'2026-11-02 10:00:00.000000', 0, 'walk_in', '', 'सुनीता Devi', 'Guddi', 0, "
                    "0, '', '9876543210', '', '', '', '', '', '45/2026', '', 'registered')"
                )
            )
        upgrade_to_head(engine, path, tmp_path / "pre-migration")
        with engine.connect() as conn:
            for typed in ("सुनी", "devi", "guddi", "d", "सु", "0007", "7", "43210", "45/2026"):
                rows = conn.execute(text(BARE_FTS_QUERY), {"match": match_expression(typed)})
                assert [row[0] for row in rows] == [7], typed
    finally:
        engine.dispose()


def test_upgrading_a_database_at_head_changes_nothing(tmp_path):
    path = tmp_path / "head.db"
    engine = open_database(path, new_database_key())
    try:
        upgrade_to_head(engine, path, tmp_path / "pre-migration")
        again = upgrade_to_head(engine, path, tmp_path / "pre-migration")
    finally:
        engine.dispose()
    assert again.from_revision == HEAD_REVISION
    assert again.copy_aside is None
    assert not (tmp_path / "pre-migration").exists()


# -- a database made by the first schema -------------------------------------------------------

FIRST_SCHEMA_CENTRE = {
    "name": "वन स्टॉप सेंटर, गया",
    "code": "GAY",
    "district": "गया",
    "state": "बिहार",
    "address": "Sadar Hospital\nGaya",
    "phone": "06312234567",
    "women_helpline": "181",
    "emergency_number": "112",
}


def _make_first_schema_database(paths: DataPaths, key: bytes, password_hash: str) -> None:
    """A centre as the first released version wrote it: schema 0001, its own SQL."""
    paths.root.mkdir(parents=True)
    engine = open_database(paths.database, key)
    try:
        config = _alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, FIRST_REVISION)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO centre (id, name, code, district, state, address, phone, "
                    "women_helpline, emergency_number, created_at) VALUES (1, :name, :code, "
                    ":district, :state, :address, :phone, :women_helpline, :emergency_number, "
                    "'2026-04-01 09:30:00.000000')"
                ),
                FIRST_SCHEMA_CENTRE,
            )
            conn.execute(
                text(
                    "INSERT INTO staff_user (id, username, full_name, role, password_hash, "
                    "is_active, must_change_password, created_at) VALUES (1, 'sunita.devi', "
                    "'सुनीता देवी', 'manager', :hash, 1, 0, '2026-04-01 09:31:00.000000')"
                ),
                {"hash": password_hash},
            )
        assert current_revision(engine) == FIRST_REVISION
    finally:
        engine.dispose()


def test_a_database_made_by_the_first_schema_opens_with_its_data(data_paths):
    key = new_database_key()
    password_hash = hash_password("pehla-password-1")
    _make_first_schema_database(data_paths, key, password_hash)
    KeyStore(data_paths.keystore).create(key, KeyStorage.KEYRING)

    opened = storage.open_with_keyring(data_paths)
    try:
        assert opened.migration.from_revision == FIRST_REVISION
        assert opened.migration.to_revision == HEAD_REVISION
        if HEAD_REVISION != FIRST_REVISION:
            copy = opened.migration.copy_aside
            assert copy is not None
            assert copy.parent == data_paths.pre_migration_dir
        assert current_revision(opened.database.engine) == HEAD_REVISION
        profile = opened.profile
        for field, value in FIRST_SCHEMA_CENTRE.items():
            assert getattr(profile, field) == value, field
        assert profile.created_at == datetime(2026, 4, 1, 9, 30, tzinfo=UTC)
        with opened.database.unit_of_work() as uow:
            (staff,) = uow.session.scalars(select(StaffUser)).all()
            assert staff.username == "sunita.devi"
            assert staff.full_name == "सुनीता देवी"
            assert staff.role is Role.MANAGER
            assert staff.is_active is True
            assert verify_password(staff.password_hash, "pehla-password-1")
    finally:
        opened.close()


# -- a database from a newer version -----------------------------------------------------------


def _set_revision(path: Path, key: bytes, revision: str) -> None:
    engine = open_database(path, key)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def test_a_database_from_a_newer_version_is_left_alone(data_paths, centre, recovery):
    centre.close()
    _set_revision(data_paths.database, recovery.key, "9999")
    before = folder_fingerprint(data_paths.root)

    with pytest.raises(SchemaTooNew) as caught:
        storage.open_with_keyring(data_paths)
    assert "9999" in str(caught.value)

    assert folder_fingerprint(data_paths.root) == before
    assert not data_paths.pre_migration_dir.exists()


def test_upgrade_to_head_refuses_a_newer_schema(tmp_path):
    path, key = tmp_path / "newer.db", new_database_key()
    engine = open_database(path, key)
    upgrade_to_head(engine, path, tmp_path / "copies")
    engine.dispose()
    _set_revision(path, key, "9999")
    before = sha256_of(path)
    engine = open_database(path, key)
    try:
        with pytest.raises(SchemaTooNew):
            upgrade_to_head(engine, path, tmp_path / "copies")
        assert current_revision(engine) == "9999"
    finally:
        engine.dispose()
    assert sha256_of(path) == before
    assert not (tmp_path / "copies").exists()


# -- copying aside before an upgrade -----------------------------------------------------------


@pytest.fixture
def pretend_newer_app(monkeypatch):
    """This app's head is one revision past the database's; the upgrade itself is recorded."""
    fake_head = "0002-test"
    calls: list[object] = []
    monkeypatch.setattr(migrate, "HEAD_REVISION", fake_head)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, fake_head))
    monkeypatch.setattr(migrate, "_run_alembic_upgrade", calls.append)
    return calls


def test_an_upgrade_copies_the_file_aside_first(data_paths, centre, recovery, pretend_newer_app):
    centre.close()
    before = sha256_of(data_paths.database)

    opened = storage.open_with_keyring(data_paths)
    try:
        assert pretend_newer_app == [opened.database.engine]
        copy = opened.migration.copy_aside
        assert opened.migration.from_revision == HEAD_REVISION
    finally:
        opened.close()

    assert copy is not None and copy.exists()
    assert copy.parent == data_paths.pre_migration_dir
    assert list(data_paths.pre_migration_dir.iterdir()) == [copy], "no partial copies left"
    assert (data_paths.pre_migration_dir.stat().st_mode & 0o777) == 0o700
    assert sha256_of(copy) == before, "a byte-for-byte copy of the checkpointed database"
    assert sha256_of(data_paths.database) == before

    # The name says what and when, and nothing about the centre or anybody in it.
    assert re.fullmatch(rf"before-upgrade-from-{HEAD_REVISION}-\d{{8}}T\d{{6}}Z\.db", copy.name)
    for word in ("patna", "pat", "bihar", "asha", "kumari"):
        assert word not in copy.name.lower()

    # Still encrypted, and it opens with the same key.
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT * FROM sqlite_master").fetchall()
    database = Database(open_database(copy, recovery.key, key_recognised=True))
    try:
        with database.unit_of_work() as uow:
            assert get_centre_profile(uow) == centre.profile
    finally:
        database.close()


def test_the_copy_holds_writes_still_in_the_wal(tmp_path, pretend_newer_app):
    """The WAL is checkpointed first: rows not yet in the main file are in the copy."""
    path, key = tmp_path / "wal.db", new_database_key()
    engine = open_database(path, key)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
            conn.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": HEAD_REVISION})
            conn.execute(text("CREATE TABLE note (body TEXT)"))
            conn.execute(text("INSERT INTO note VALUES ('kept')"))
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        result = upgrade_to_head(engine, path, tmp_path / "copies")
    finally:
        engine.dispose()
    assert result.copy_aside is not None
    copy_engine = open_database(result.copy_aside, key, key_recognised=True)
    try:
        with copy_engine.connect() as conn:
            assert conn.execute(text("SELECT body FROM note")).scalar_one() == "kept"
    finally:
        copy_engine.dispose()


def test_a_failed_upgrade_leaves_the_database_and_the_copy(data_paths, centre, monkeypatch):
    centre.close()
    before = sha256_of(data_paths.database)

    def full_disk(engine):
        raise SAOperationalError(
            "ALTER TABLE", {}, sqlcipher.OperationalError("database or disk is full")
        )

    monkeypatch.setattr(migrate, "HEAD_REVISION", "0002-test")
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "0002-test"))
    monkeypatch.setattr(migrate, "_run_alembic_upgrade", full_disk)
    with pytest.raises(DiskFull):
        storage.open_with_keyring(data_paths)
    assert sha256_of(data_paths.database) == before
    (copy,) = data_paths.pre_migration_dir.iterdir()
    assert sha256_of(copy) == before


def _copy_that_fills_the_disk(source, target):
    Path(target).write_bytes(Path(source).read_bytes()[:4096])
    raise OSError(errno.ENOSPC, "No space left on device", str(target))


def test_a_copy_that_fills_the_disk_stops_the_upgrade(
    data_paths, centre, pretend_newer_app, monkeypatch
):
    centre.close()
    before = sha256_of(data_paths.database)
    monkeypatch.setattr(migrate.shutil, "copyfile", _copy_that_fills_the_disk)
    with pytest.raises(DiskFull):
        storage.open_with_keyring(data_paths)
    assert pretend_newer_app == [], "no upgrade without a copy"
    assert sha256_of(data_paths.database) == before


def test_a_failed_copy_leaves_no_partial_file(data_paths, centre, pretend_newer_app, monkeypatch):
    centre.close()
    monkeypatch.setattr(migrate.shutil, "copyfile", _copy_that_fills_the_disk)
    with pytest.raises(DiskFull):
        storage.open_with_keyring(data_paths)
    leftovers = (
        list(data_paths.pre_migration_dir.glob("*"))
        if data_paths.pre_migration_dir.exists()
        else []
    )
    assert leftovers == []


def test_a_centre_made_before_the_time_zone_revision_keeps_india_time(tmp_path):
    path = tmp_path / "centre.db"
    engine = open_database(path, new_database_key())
    try:
        config = _alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            conn.execute(
                text(
                    "INSERT INTO centre (id, name, code, district, state, address, phone, "
                    "women_helpline, emergency_number, created_at) VALUES (1, 'OSC', 'PAT', "
                    "'Patna', 'Bihar', '', '', '181', '112', '2026-04-01 09:30:00.000000')"
                )
            )
            command.upgrade(config, "0006")
            assert conn.execute(text("SELECT time_zone FROM centre")).scalar_one() == (
                "Asia/Kolkata"
            )
            command.downgrade(config, "0005")
            columns = {row[1] for row in conn.execute(text("PRAGMA table_info(centre)"))}
            assert "time_zone" not in columns
    finally:
        engine.dispose()
