"""What the task runner costs a service call, and how alive the window stays meanwhile.

    .venv/bin/python bench/tasks.py [--calls N]

On a throw-away demo centre of 20,000 cases (offscreen): N small service calls (the centre
profile, one unit of work each) made directly on the GUI thread and through `ui/tasks.py`
(worker thread, local event loop); the extra time per call is the runner's overhead. Then one
slow call (a backup of the centre) through the runner while a 10 ms GUI timer counts its
ticks: the longest gap between ticks is how long the window went without answering.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._common import info_line, median, target_line

OVERHEAD_TARGET_MS = 2.0  # per call: far below what a person notices
GAP_TARGET_MS = 100.0
CASES = 20_000  # the window answers ten times a second while a backup runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()

    import keyring
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from osc_desktop.paths import DataPaths
    from osc_desktop.services.backups.create import create_backup
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import get_centre_profile
    from osc_desktop.services.demo import make_demo_centre
    from osc_desktop.ui import tasks
    from tools.screenshots import _MemoryKeyring

    keyring.set_keyring(_MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "centre")
        make_demo_centre(paths, cases=CASES)
        centre = storage.open_with_keyring(paths)
        try:
            direct: list[float] = []
            through: list[float] = []
            for _ in range(args.calls):
                start = time.perf_counter()
                with centre.database.unit_of_work() as uow:
                    get_centre_profile(uow)
                direct.append(time.perf_counter() - start)
                start = time.perf_counter()
                tasks.call(centre, get_centre_profile)
                through.append(time.perf_counter() - start)
            overhead_ms = (median(through) - median(direct)) * 1000
            print(info_line("service call, direct", median(direct) * 1000, "ms", 3))
            print(info_line("service call, through the runner", median(through) * 1000, "ms", 3))
            line, _ = target_line(
                "runner overhead per call", overhead_ms, "ms", "<=", OVERHEAD_TARGET_MS, 3
            )
            print(line)

            ticks: list[float] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start(10)
            start = time.perf_counter()
            tasks.run(
                lambda progress: create_backup(
                    centre, Path(tmp) / "usb", by=None, progress=progress
                )
            )
            took = time.perf_counter() - start
            timer.stop()
            gaps = [b - a for a, b in itertools.pairwise(ticks)] or [took]
            print(info_line(f"backup of {CASES:,} cases through the runner", took * 1000, "ms", 0))
            print(info_line("GUI timer ticks during it", len(ticks), "ticks", 0))
            line, _ = target_line(
                "longest the window went unanswered", max(gaps) * 1000, "ms", "<=", GAP_TARGET_MS, 1
            )
            print(line)
        finally:
            tasks.runner().wait_until_idle()
            centre.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
