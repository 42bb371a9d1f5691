"""`osc-desktop --smoke-test`: the whole stack once, offscreen, on a throw-away centre."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

from osc_desktop import __version__
from osc_desktop.services.core.clock import local_moment, utc_now


def run_smoke_test(data_dir: str | None) -> int:
    """Set up a centre, build the main window offscreen, render the recovery-key PDF.

    `data_dir` must be empty or absent: the smoke test never touches a real centre.
    Prints one line and returns 0 when everything worked.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if data_dir is not None:
        folder = Path(data_dir)
        if folder.exists() and any(folder.iterdir()):
            print("smoke test: the data folder is not empty; give an empty one", file=sys.stderr)
            return 2
        return _run(folder)
    with tempfile.TemporaryDirectory(prefix="osc-smoke-") as tmp:
        return _run(Path(tmp))


def _run(folder: Path) -> int:
    from osc_desktop.app import create_application
    from osc_desktop.paths import DataPaths, make_files_private
    from osc_desktop.printing import recovery_key_sheet
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput
    from osc_desktop.ui.main_window import MainWindow

    make_files_private()
    app = create_application()
    paths = DataPaths(folder)
    recovery = storage.new_recovery_key()
    profile = CentreProfileInput(
        name="वन स्टॉप सेंटर, पटना (smoke test)", code="SMK", district="Patna", state="Bihar"
    )
    password = secrets.token_urlsafe(16)
    manager = ManagerAccountInput("Smoke Test", "smoke.test", password, password)
    centre = storage.create_centre(
        paths, recovery, profile, manager, passphrase=secrets.token_urlsafe(16)
    )
    try:
        window = MainWindow("en")
        window.show()
        window.show_centre(centre)
        app.processEvents()
        shown = window.isVisible()
        window.close()
        pdf = recovery_key_sheet.render(
            recovery_key_sheet.build_context(
                centre_name=profile.name,
                centre_code=profile.code,
                district=profile.district,
                state=profile.state,
                recovery_key=recovery.printable,
                created_at=local_moment(utc_now()),
                app_version=__version__,
            )
        )
    finally:
        centre.close()
    if not shown or not pdf.startswith(b"%PDF"):
        print("smoke test: FAILED", file=sys.stderr)
        return 1
    print(f"smoke test: ok (OSC Desktop {__version__}, PDF {len(pdf)} bytes)")
    return 0
