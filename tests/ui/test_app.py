"""The composition root: a second copy on the same data folder says so and exits."""

from __future__ import annotations

from osc_desktop import app as app_module
from osc_desktop.cli import parse_args
from osc_desktop.services.instance_lock import InstanceLock


def test_a_second_copy_on_the_same_folder_says_so_and_exits(qtbot, ui_paths, monkeypatch):
    first = InstanceLock(ui_paths)
    first.acquire()
    said = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(
        app_module.StartupFlow, "run", lambda self: (_ for _ in ()).throw(AssertionError)
    )
    try:
        code = app_module.run_gui(parse_args(["--data-dir", str(ui_paths.root)]))
    finally:
        first.release()
    assert code == 1
    assert said and "already open" in said[0]


def test_the_language_choice_is_remembered_for_the_machine(qtbot, ui_paths, monkeypatch):
    monkeypatch.setattr(app_module.StartupFlow, "run", lambda self: None)
    app_module.run_gui(parse_args(["--data-dir", str(ui_paths.root)]))
    from osc_desktop.settings import load_settings

    assert load_settings(ui_paths.settings).language == "en"
    switcher = app_module.LanguageSwitcher(app_module.create_application())
    preference = app_module.LanguagePreference(switcher, ui_paths, load_settings(ui_paths.settings))
    preference.choose("hi")
    assert load_settings(ui_paths.settings).language == "hi"
    switcher.set_language("en")
