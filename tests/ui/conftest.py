"""UI fixtures: a QApplication with the bundled fonts, the language switcher, an open centre."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from osc_desktop.app import create_application
from osc_desktop.paths import DataPaths
from osc_desktop.services.centre import storage
from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
from osc_desktop.ui.language import LanguageSwitcher
from tests.helpers import insert_staff


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    return create_application()


@pytest.fixture
def switcher(app: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher(app)
    switcher.set_language("en")
    yield switcher
    switcher.set_language("en")


@pytest.fixture
def ui_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "ui-data")


@pytest.fixture
def open_centre(ui_paths: DataPaths) -> Iterator[storage.OpenCentre]:
    centre = storage.create_centre(
        ui_paths,
        storage.new_recovery_key(),
        CentreProfileInput(name="वन स्टॉप सेंटर, पटना", code="PAT", district="Patna", state="Bihar"),
        ManagerAccountInput("Asha Kumari", "asha.kumari", "a long password", "a long password"),
    )
    yield centre
    centre.close()


PASSPHRASE = "centre passphrase 2026"


@pytest.fixture
def passphrase_centre(ui_paths: DataPaths) -> storage.NewRecoveryKey:
    """A closed centre in `ui_paths` whose key is behind PASSPHRASE; returns its recovery key."""
    recovery = storage.new_recovery_key()
    storage.create_centre(
        ui_paths,
        recovery,
        CentreProfileInput(name="OSC Gaya", code="GAY", district="Gaya", state="Bihar"),
        ManagerAccountInput("Meena Devi", "meena", "a long password", "a long password"),
        passphrase=PASSPHRASE,
    ).close()
    return recovery


@pytest.fixture
def add_staff(open_centre):
    """Adds a staff account straight into the database (the staff screens have their tests)."""

    def add(username: str, role: str, password: str = "another long password", **extra) -> int:
        return insert_staff(open_centre.database, username, role, password, **extra)

    return add


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):
    """A message box nobody expected fails the test instead of waiting for a click forever.

    Tests that expect one patch the QMessageBox function themselves (their patch wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):
        def show(_parent, title, text="", *_args, **_kwargs):
            raise AssertionError(f"unexpected {kind} message box: {title!r}: {text!r}")

        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
