"""Composition root: data folder, language, single instance, start-up flow, main window."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from osc_desktop import __version__
from osc_desktop.cli import Options
from osc_desktop.errors import OscError
from osc_desktop.paths import DataPaths, ensure_private_dir, make_files_private, resolve_data_dir
from osc_desktop.services.instance_lock import InstanceLock
from osc_desktop.services.storage import read_passphrase_file
from osc_desktop.settings import MachineSettings, load_settings, save_settings
from osc_desktop.ui.language import LanguageSwitcher, load_fonts, tr_error
from osc_desktop.ui.main_window import MainWindow
from osc_desktop.ui.startup import StartupFlow

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


def run_gui(options: Options) -> int:
    """Start the app; returns the process exit code."""
    make_files_private()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    paths = resolve_data_dir(options.data_dir)
    app = create_application()
    settings = load_settings(paths.settings)
    switcher = LanguageSwitcher(app)
    preference = LanguagePreference(switcher, paths, settings)
    switcher.set_language(options.language or settings.language)

    lock = InstanceLock(paths)
    try:
        lock.acquire()
    except OscError as error:
        QMessageBox.warning(None, "OSC Desktop", tr_error(error))
        return 1
    try:
        passphrase = None
        if options.passphrase_file is not None:
            try:
                passphrase = read_passphrase_file(options.passphrase_file)
            except OSError:
                QMessageBox.warning(
                    None,
                    "OSC Desktop",
                    app.translate("app", "The passphrase file could not be read."),
                )
        flow = StartupFlow(paths, switcher.language, preference.choose, passphrase)
        centre = flow.run()
        if centre is None:
            return 0
        try:
            window = MainWindow(centre, switcher.language)

            def on_language(language: str) -> None:
                preference.choose(language)
                window.set_language_checked(language)

            window.language_requested.connect(on_language)
            window.show()
            return app.exec()
        finally:
            centre.close()
    finally:
        lock.release()
