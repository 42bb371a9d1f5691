"""`python -m osc_desktop`: --version and the smoke test, as CI and the installer run them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from osc_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        # Never the real keyring of the machine running the tests.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("OSC_DESKTOP_DATA_DIR", None)
    env.pop("OSC_DESKTOP_PASSPHRASE_FILE", None)
    return subprocess.run(
        [sys.executable, "-m", "osc_desktop", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_version():
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"osc-desktop {__version__}"


@pytest.mark.parametrize("exists", [False, True])
def test_smoke_test_on_a_fresh_data_folder(tmp_path, exists):
    folder = tmp_path / "smoke"
    if exists:
        folder.mkdir()
    result = _run("--smoke-test", "--data-dir", str(folder))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: ok" in result.stdout
    assert (folder / "osc-desktop.db").exists()
    assert not (folder / "osc-desktop.db").read_bytes().startswith(b"SQLite format 3")


def test_smoke_test_refuses_a_folder_that_holds_anything(tmp_path):
    folder = tmp_path / "real-centre"
    folder.mkdir()
    precious = folder / "osc-desktop.db"
    precious.write_bytes(b"a centre's records")
    result = _run("--smoke-test", "--data-dir", str(folder))
    assert result.returncode == 2
    assert "smoke test: ok" not in result.stdout
    assert "not empty" in result.stderr
    assert precious.read_bytes() == b"a centre's records"
    assert [p.name for p in folder.iterdir()] == ["osc-desktop.db"]
