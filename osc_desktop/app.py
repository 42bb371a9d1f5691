"""Composition root: data folder, language, single instance, main window, then the records.

The main window is shown first, with nothing heavier than Qt loaded; opening the records (which
loads SQLAlchemy, derives or fetches the key and may show the set-up wizard or a passphrase
dialog) happens once the event loop runs, so the centre's PC shows a window at once.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from osc_desktop import __version__
from osc_desktop.errors import OscError
from osc_desktop.options import Options
from osc_desktop.paths import (
    DataPaths,
    ensure_private_dir,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)
from osc_desktop.services.centre.instance_lock import InstanceLock
from osc_desktop.services.centre.leftovers import remove_leftovers
from osc_desktop.settings import MachineSettings, load_settings, save_settings
from osc_desktop.ui.language import LanguageSwitcher, load_fonts, tr_error
from osc_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled fonts (one per process; reused if it exists)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("OSC Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("OSC Desktop")
    load_fonts(app)
    return app


class LanguagePreference:
    """Applies a language choice live and remembers it for this machine."""

    def __init__(self, switcher: LanguageSwitcher, paths: DataPaths, settings: MachineSettings):
        self.switcher = switcher
        self.paths = paths
        self.settings = settings

    def choose(self, language: str) -> None:
        self.switcher.set_language(language)
        self.settings = self.settings.with_language(language)
        try:
            ensure_private_dir(self.paths.root)
            save_settings(self.paths.settings, self.settings)
        except OSError:
            log.warning("could not save the language choice")


class Application:
    """One running OSC Desktop: `show_window()`, then `open_records()`, then `close()`."""

    def __init__(self, options: Options) -> None:
        make_files_private()
        self.options = options
        self.paths = resolve_data_dir(options.data_dir)
        self.qt = create_application()
        self.switcher = LanguageSwitcher(self.qt)
        self.preference = LanguagePreference(
            self.switcher, self.paths, load_settings(self.paths.settings)
        )
        self.switcher.set_language(options.language or self.preference.settings.language)
        self.lock = InstanceLock(self.paths)
        self.kiosk = options.kiosk or self.preference.settings.kiosk
        self.window: MainWindow | None = None
        self.centre: OpenCentre | None = None

    def show_window(self) -> bool:
        """Take the data folder and show the main window; False (having said why) if another
        copy of the app holds the folder or it cannot be used."""
        try:
            self.lock.acquire()
        except OscError as error:
            QMessageBox.warning(None, "OSC Desktop", tr_error(error))
            return False
        remove_leftovers(self.paths)  # of backups and writes that a power cut interrupted
        settings = self.preference.settings
        kiosk = self.kiosk
        self.window = MainWindow(
            self.switcher.language,
            idle_minutes=settings.idle_minutes,
            kiosk=kiosk,
            auto_backup=True,
        )
        self.window.language_requested.connect(self._on_language_requested)
        self.window.centre_reopened.connect(self._on_centre_reopened)
        if kiosk:
            self.window.showFullScreen()
        else:
            self.window.show()
        self.window.raise_()
        self.window.activateWindow()  # keyboard shortcuts need an active window
        return True

    def open_records(self) -> bool:
        """Open the centre (set-up, passphrase or recovery as needed) into the window.

        False when the user chose to quit instead.
        """
        from osc_desktop.ui.startup import StartupFlow

        assert self.window is not None
        passphrase = None
        if self.options.passphrase_file is not None:
            try:
                passphrase = read_passphrase_file(self.options.passphrase_file)
            except (OSError, ValueError):  # missing, unreadable, or not UTF-8 text
                QMessageBox.warning(
                    self.window,
                    "OSC Desktop",
                    self.qt.translate("app", "The passphrase file could not be read."),
                )
        flow = StartupFlow(
            self.paths,
            self.switcher.language,
            self.preference.choose,
            passphrase,
            parent=self.window,
        )
        self.centre = flow.run()
        # In kiosk mode only a manager may leave: "Quit" on the passphrase or set-up dialogs
        # asks again. A problem with the records themselves may still end the app.
        while self.centre is None and self.kiosk and not flow.problem_shown:
            self.centre = flow.run()
        if self.centre is None:
            return False
        self.window.show_centre(self.centre)
        return True

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.centre is not None:
            from osc_desktop.ui import tasks

            tasks.runner().wait_until_idle()  # no call may still be using the records
            self.centre.close()
            self.centre = None
        self.lock.release()

    def _on_centre_reopened(self, centre: OpenCentre | None) -> None:
        """A restore closed the records and opened them again (None: they stay closed)."""
        self.centre = centre

    def _on_language_requested(self, language: str) -> None:
        self.preference.choose(language)
        if self.window is not None:
            self.window.set_language_checked(language)


def run_gui(options: Options) -> int:
    """Start the app; returns the process exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    application = Application(options)
    if not application.show_window():
        application.close()
        return 1

    def open_or_quit() -> None:
        try:
            opened = application.open_records()
        except Exception as exc:
            # Never leave a window that cannot be used (or, in kiosk mode, closed).
            log.error("opening the records failed (%s)", type(exc).__name__)
            QMessageBox.critical(
                application.window,
                "OSC Desktop",
                application.qt.translate(
                    "app",
                    "The records could not be opened. Nothing has been changed.",
                ),
            )
            opened = False
        if not opened:
            if application.window is not None:
                application.window.allow_close()
            application.qt.quit()

    QTimer.singleShot(0, open_or_quit)
    try:
        return application.qt.exec()
    finally:
        application.close()
