"""Screenshots of the Cases area (list, search, filters, empty states, follow-ups, a case tab)
and of the dashboard's "Today" panel, in English and Hindi, on a made-up demo centre.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_cases.py OUT_DIR [--cases N]
        [--preview-translations DIR]

`--preview-translations DIR` also reads `T = {English: Hindi}` dictionaries from DIR/hi*.py,
for looking at Hindi strings not yet compiled into the .qm catalogue. No real data is shown.
"""

from __future__ import annotations

import argparse
import os
import runpy
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from keyring.backend import KeyringBackend

WINDOW_SIZE = (1360, 780)


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _preview_words(folder: Path) -> dict[str, str]:
    words: dict[str, str] = {}
    for path in sorted(folder.glob("hi*.py")):
        if path.name == "hi.py":
            words.update(runpy.run_path(str(path)).get("T", {}))
    for path in sorted(folder.glob("hi_*.py")):
        words.update(runpy.run_path(str(path), init_globals={"T": {}}).get("T", {}))
    return words


def main(out: Path, cases: int, preview: Path | None) -> None:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication, QWidget

    from osc_desktop.app import create_application
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.accounts import auth
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
    from osc_desktop.services.demo import DEMO_ACCOUNTS, make_demo_centre
    from osc_desktop.ui.cases.cases_view import CasesView
    from osc_desktop.ui.language import LanguageSwitcher
    from osc_desktop.ui.workspace import Area, Workspace

    keyring.set_keyring(_MemoryKeyring())
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    switcher = LanguageSwitcher(app)
    words = _preview_words(preview) if preview else {}

    class PreviewTranslator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1) -> str:  # noqa: ANN001
            return words.get(source, "")

        def isEmpty(self) -> bool:
            return False

    preview_translator = PreviewTranslator(app)

    def set_language(language: str) -> None:
        QApplication.removeTranslator(preview_translator)
        switcher.set_language(language)
        if language == "hi" and words:
            QApplication.installTranslator(preview_translator)  # consulted first

    def shoot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(4):  # layouts settle over a few turns of the event loop
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))

    with tempfile.TemporaryDirectory() as tmp:
        demo_paths = DataPaths(Path(tmp) / "demo")
        make_demo_centre(demo_paths, cases=cases)
        centre = storage.open_with_keyring(demo_paths)
        manager = DEMO_ACCOUNTS[0]
        with centre.database.unit_of_work() as uow:
            actor = auth.log_in(uow, manager.username, manager.password)

        empty_paths = DataPaths(Path(tmp) / "empty")
        empty = storage.create_centre(
            empty_paths,
            storage.new_recovery_key(),
            CentreProfileInput(name="वन स्टॉप सेंटर, गया", code="GAY", district="Gaya", state="Bihar"),
            ManagerAccountInput("Meena Devi", "meena", "x" * 12, "x" * 12),
        )
        with empty.database.unit_of_work() as uow:
            empty_actor = auth.log_in(uow, "meena", "x" * 12)

        for language in ("en", "hi"):
            set_language(language)
            view = CasesView(centre, actor)
            view.resize(*WINDOW_SIZE)
            shoot(view, f"{language}-cases-list")
            panel = view.list_panel
            panel.search_edit.setText("सपना")
            panel.search()
            shoot(view, f"{language}-cases-search-devanagari")
            panel.search_edit.setText("sapna")
            panel.search()
            shoot(view, f"{language}-cases-search-latin")
            panel.search_edit.setText("xyzzy")
            panel.search()
            shoot(view, f"{language}-cases-no-match")
            panel.clear_filters()
            panel.violence_combo.setCurrentIndex(panel.violence_combo.findData("domestic"))
            panel.period_combo.setCurrentIndex(panel.period_combo.findData("last_fy"))
            shoot(view, f"{language}-cases-filters")
            panel.period_combo.setCurrentIndex(panel.period_combo.findData("custom"))
            shoot(view, f"{language}-cases-filters-custom-dates")
            panel.clear_filters()
            view.show_follow_ups()
            shoot(view, f"{language}-cases-follow-ups")
            if panel.model.rowCount():
                view.open_case(panel.model.row_at(0).id)
                view.open_case(panel.model.row_at(1).id)
                shoot(view, f"{language}-cases-case-tab")
            view.close()
            view.deleteLater()

            empty_view = CasesView(empty, empty_actor)
            empty_view.resize(*WINDOW_SIZE)
            shoot(empty_view, f"{language}-cases-empty")
            empty_view.show_follow_ups()
            shoot(empty_view, f"{language}-cases-follow-ups-empty")
            empty_view.close()
            empty_view.deleteLater()

            workspace = Workspace(centre, actor)
            workspace.resize(*WINDOW_SIZE)
            shoot(workspace, f"{language}-dashboard-today")
            workspace.show_area(Area.CASES)
            shoot(workspace, f"{language}-workspace-cases")
            workspace.close()
            workspace.deleteLater()
            app.processEvents()
        set_language("en")
        centre.close()
        empty.close()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--preview-translations", type=Path, default=None)
    arguments = parser.parse_args()
    main(arguments.out, arguments.cases, arguments.preview_translations)
