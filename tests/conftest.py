"""Shared fixtures: an in-memory keyring, a throw-away data folder, set-up inputs, a centre.

Qt-free: the UI tests share this file, so the offscreen platform is chosen here, before any test
module can import PySide6.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
import pytest
from hypothesis import HealthCheck, settings
from keyring.backend import KeyringBackend

from osc_desktop.db import unit_of_work
from osc_desktop.db.engine import open_database
from osc_desktop.db.migrate import upgrade_to_head
from osc_desktop.db.unit_of_work import Database
from osc_desktop.paths import DataPaths
from osc_desktop.security.recovery_key import new_database_key
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
from osc_desktop.services.core.clock import DEFAULT_TIME_ZONE, use_centre_time_zone
from tests.helpers import insert_staff

# Argon2 and SQLCipher make single examples slow now and then; no example database in the tree.
settings.register_profile(
    "osc",
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("osc")

# Every write of every test must be made under the write lock (see UnitOfWork), or it would
# fail beside another process's writes.
unit_of_work.REQUIRE_WRITE_LOCK = True

MANAGER_PASSWORD = "sahi-password-42"
PASSPHRASE = "centre passphrase 2026"


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring that keeps its entries in a dict, for one test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the machine's own is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def default_centre_clock() -> Iterator[None]:
    """Every test starts and ends with the default centre time zone (Asia/Kolkata)."""
    use_centre_time_zone(DEFAULT_TIME_ZONE)
    yield
    use_centre_time_zone(DEFAULT_TIME_ZONE)


@pytest.fixture
def pc_time_zone() -> Iterator[Callable[[str], None]]:
    """`pc_time_zone("America/New_York")` sets this process's own (the PC's) time zone, as a
    centre PC whose clock is set to another zone has it; restored after the test."""
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def no_secure_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    """A computer without a secure keyring (keyring's fail backend, as on a headless Linux)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(memory_keyring)


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    """A data folder that does not exist yet."""
    return DataPaths(tmp_path / "data")


@pytest.fixture
def make_profile() -> Callable[..., CentreProfileInput]:
    """A valid centre profile; keyword arguments replace single fields."""

    def make(**overrides: str) -> CentreProfileInput:
        values = {
            "name": "One Stop Centre, Patna",
            "code": "PAT",
            "district": "Patna",
            "state": "Bihar",
            "address": "Sadar Hospital campus\nPatna 800001",
            "phone": "0612 2345678",
        }
        values.update(overrides)
        return CentreProfileInput(**values)

    return make


@pytest.fixture
def make_manager() -> Callable[..., ManagerAccountInput]:
    """A valid first manager account; keyword arguments replace single fields."""

    def make(**overrides: str) -> ManagerAccountInput:
        values = {
            "full_name": "Asha Kumari",
            "username": "asha.kumari",
            "password": MANAGER_PASSWORD,
            "password_repeat": MANAGER_PASSWORD,
        }
        values.update(overrides)
        return ManagerAccountInput(**values)

    return make


@pytest.fixture
def profile(make_profile: Callable[..., CentreProfileInput]) -> CentreProfileInput:
    return make_profile()


@pytest.fixture
def manager(make_manager: Callable[..., ManagerAccountInput]) -> ManagerAccountInput:
    return make_manager()


@pytest.fixture
def recovery() -> storage.NewRecoveryKey:
    return storage.new_recovery_key()


@pytest.fixture
def centre(
    data_paths: DataPaths,
    recovery: storage.NewRecoveryKey,
    profile: CentreProfileInput,
    manager: ManagerAccountInput,
) -> Iterator[storage.OpenCentre]:
    """A centre set up with its key in the (in-memory) keyring, open; closed afterwards."""
    opened = storage.create_centre(data_paths, recovery, profile, manager)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture(scope="session")
def _empty_database_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One encrypted database at the current schema, with no centre yet, made once a session."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    key = new_database_key()
    engine = open_database(path, key)
    try:
        upgrade_to_head(engine, path, path.parent / "pre-migration")
    finally:
        engine.dispose()  # the last connection closing folds the WAL into the file
    return path, key


@pytest.fixture
def fresh_database(
    _empty_database_template: tuple[Path, bytes], tmp_path: Path
) -> Iterator[Callable[[], Database]]:
    """Makes private copies of the template database, open (one per hypothesis example)."""
    template, key = _empty_database_template
    opened: list[Database] = []

    def make() -> Database:
        path = tmp_path / f"empty-{len(opened)}.db"
        shutil.copyfile(template, path)
        opened.append(Database(open_database(path, key, key_recognised=True)))
        return opened[-1]

    try:
        yield make
    finally:
        for database in opened:
            database.close()


@pytest.fixture
def empty_database(fresh_database: Callable[[], Database]) -> Database:
    """A private copy of the template database, open."""
    return fresh_database()


@pytest.fixture
def make_staff(centre: storage.OpenCentre) -> Callable[..., int]:
    """Adds a staff account to `centre` straight through the ORM; returns its id."""

    def make(
        username: str, role: str = "operator", password: str = MANAGER_PASSWORD, **extra: object
    ) -> int:
        return insert_staff(centre.database, username, role, password, **extra)

    return make
