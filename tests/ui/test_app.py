"""The composition root: a second copy on the same data folder says so and exits."""

from __future__ import annotations

from osc_desktop import app as app_module
from osc_desktop.cli import parse_args
from osc_desktop.services.centre.instance_lock import InstanceLock


def test_a_second_copy_on_the_same_folder_says_so_and_exits(qtbot, ui_paths, monkeypatch):
    first = InstanceLock(ui_paths)
    first.acquire()
    said = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(
        "osc_desktop.ui.startup.StartupFlow.run",
        lambda self: (_ for _ in ()).throw(AssertionError),
    )
    try:
        code = app_module.run_gui(parse_args(["--data-dir", str(ui_paths.root)]))
    finally:
        first.release()
    assert code == 1
    assert said and "already open" in said[0]


def test_the_language_choice_is_remembered_for_the_machine(qtbot, ui_paths):
    # Not through run_gui: once QApplication.exec() has returned, Qt stops delivering the
    # posted LanguageChange events later tests rely on.
    from osc_desktop.settings import load_settings

    options = parse_args(["--data-dir", str(ui_paths.root)])
    application = app_module.Application(options)
    try:
        assert application.switcher.language == "en"
        assert application.show_window()
        application.window.language_actions["hi"].trigger()
        assert load_settings(ui_paths.settings).language == "hi"
        assert application.window.language_actions["hi"].isChecked()
    finally:
        application.switcher.set_language("en")
        application.close()
    # The next start comes up in Hindi.
    again = app_module.Application(options)
    try:
        assert again.switcher.language == "hi"
    finally:
        again.switcher.set_language("en")
        again.close()


def test_the_window_shows_before_the_records_open_and_then_shows_the_centre(
    qtbot, switcher, open_centre, monkeypatch
):
    open_centre.close()
    application = app_module.Application(parse_args(["--data-dir", str(open_centre.paths.root)]))
    try:
        assert application.show_window()
        assert application.window.isVisible()
        assert application.window.centre is None
        assert application.open_records()
        assert application.window.centre.profile.code == "PAT"
    finally:
        application.close()


def test_starting_the_app_does_not_load_the_database_layer_before_the_window(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; import osc_desktop.app; "
        "heavy = [m for m in ('sqlalchemy', 'reportlab', 'alembic', 'keyring') "
        "if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_in_kiosk_mode_quitting_the_passphrase_dialog_asks_again(
    qtbot, switcher, ui_paths, passphrase_centre, monkeypatch
):
    from osc_desktop.ui.unlock import PassphraseDialog
    from tests.ui.conftest import PASSPHRASE

    tries = []

    def answer(dialog):
        tries.append(1)
        if len(tries) == 1:
            return 0  # "Quit"
        dialog.form.fields["passphrase"].set_text(PASSPHRASE)
        dialog.open_button.click()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    application = app_module.Application(parse_args(["--data-dir", str(ui_paths.root), "--kiosk"]))
    try:
        assert application.show_window()
        assert application.open_records()
        assert len(tries) == 2
    finally:
        application.window.allow_close()
        application.close()


def test_the_start_removes_what_an_interrupted_backup_left(qtbot, ui_paths):
    ui_paths.root.mkdir(parents=True, exist_ok=True)
    left = [
        ui_paths.root / ".snapshot-00ff00ff00ff00ff.db",
        ui_paths.root / ".audit-head.json-x.tmp",
    ]
    for path in left:
        path.write_bytes(b"\x00" * 1024)
    application = app_module.Application(parse_args(["--data-dir", str(ui_paths.root)]))
    try:
        assert application.show_window()
        assert [p for p in left if p.exists()] == []
    finally:
        application.close()
