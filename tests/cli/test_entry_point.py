"""The `osc-desktop` command the README shows exists in the set-up's environment and runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from osc_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(sys.executable).parent


def _console_script() -> Path:
    for name in ("osc-desktop", "osc-desktop.exe"):
        candidate = SCRIPTS / name
        if candidate.exists():
            return candidate
    pytest.fail(f"no osc-desktop command in {SCRIPTS}: the set-up did not install the project")


def test_the_osc_desktop_command_is_installed_and_runs_this_checkout():
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [str(_console_script()), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path.home() if Path.home().is_dir() else "/",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"osc-desktop {__version__}"


def test_the_installed_package_is_this_checkout_not_a_copy():
    # Editable: the command runs the code in the checkout, so a change is what runs.
    probe = "import osc_desktop, pathlib; print(pathlib.Path(osc_desktop.__file__).resolve())"
    env = {**os.environ}
    env.pop("PYTHONPATH", None)
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd="/",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == (ROOT / "osc_desktop" / "__init__.py").resolve()
