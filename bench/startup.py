"""Cold start to the main window shown, as a ratio to a bare PySide6 window (target <= 2.0 x).

    .venv/bin/python bench/startup.py [--runs N]

Each run starts fresh Python processes (offscreen Qt): a bare `QMainWindow`, and the app's real
start-up path on a throw-away centre kept behind a passphrase (a headless machine has no secure
keyring). Each is timed from just before the process is spawned until it reports its window
shown. Baseline and app runs are interleaved (alternating which goes first) so machine noise
falls on both alike; the figures are medians. See bench/README.md for what each line means.

The same file is the child: `startup.py --child KIND ...`. At module level it imports only what
a PySide6 window loads anyway, so the baseline child pays for nothing it would not load itself.
"""

from __future__ import annotations

# Only modules that importing PySide6 loads anyway; the parent's others are inside its functions.
import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

from _common import ROOT, info_line, median, target_line

MARKER = "BENCH-SHOWN"
OPEN_MARKER = "BENCH-OPEN"
# Modules start-up must not import: only printing (reportlab, harfbuzz) and schema upgrades
# (alembic) need them.
DEFERRED_MODULES = ("reportlab", "alembic", "uharfbuzz")


# --------------------------------------------------------------------------- children


def _say(key: str, value: object = "") -> None:
    print(f"{key} {value}".rstrip(), flush=True)


def child_bare() -> int:
    """The baseline: a bare PySide6 QMainWindow shown."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.show()
    app.processEvents()
    _say(MARKER)
    window.close()
    return 0


def child_app(data_dir: str, passphrase_file: str) -> int:
    """The app's own start-up (`osc_desktop.app.Application`, as `run_gui` drives it): the main
    window shown, then the records opened into it. It stops instead of running the event loop.

    The centre is kept behind a passphrase given with `--passphrase-file`, as on a machine
    without a secure keyring, so opening the records includes the Argon2id key derivation.
    """
    from osc_desktop.app import Application
    from osc_desktop.cli import parse_args

    application = Application(
        parse_args(["--data-dir", data_dir, "--passphrase-file", passphrase_file])
    )
    try:
        if not application.show_window():
            return 1
        application.qt.processEvents()
        _say(MARKER)
        loaded = [name for name in DEFERRED_MODULES if name in sys.modules]
        _say("BENCH-DEFERRED", ",".join(loaded))
        opened = application.open_records()
        application.qt.processEvents()
        _say(OPEN_MARKER)
        return 0 if opened and application.window is not None else 1
    finally:
        application.close()


def child_kdf(data_dir: str, passphrase_file: str) -> int:
    """The passphrase key unwrapping alone (Argon2id), first call in a fresh process."""
    from osc_desktop.paths import DataPaths, read_passphrase_file
    from osc_desktop.security.keystore import KeyStore

    paths = DataPaths(Path(data_dir))
    passphrase = read_passphrase_file(Path(passphrase_file))
    keystore = KeyStore(paths.keystore)
    start = time.perf_counter()
    keystore.unlock_with_passphrase(passphrase)
    _say("BENCH-MS", (time.perf_counter() - start) * 1000)
    return 0


def child_deferred_cost() -> int:
    """What importing the deferred modules would add once start-up's own modules are loaded."""
    import importlib

    import osc_desktop.app  # noqa: F401  (everything start-up imports)

    start = time.perf_counter()
    importlib.import_module("osc_desktop.printing.recovery_key_sheet")  # reportlab, fonts
    importlib.import_module("uharfbuzz")  # reportlab's text shaping
    importlib.import_module("alembic.command")  # schema upgrades
    importlib.import_module("alembic.config")
    _say("BENCH-MS", (time.perf_counter() - start) * 1000)
    return 0


def run_child(argv: list[str]) -> int:
    """Dispatch `--child KIND [ARGS...]`."""
    kind, rest = argv[0], argv[1:]
    if kind == "bare":
        return child_bare()
    if kind == "app":
        return child_app(*rest)
    if kind == "kdf":
        return child_kdf(*rest)
    if kind == "deferred-cost":
        return child_deferred_cost()
    print(f"unknown child {kind!r}", file=sys.stderr)
    return 2


# --------------------------------------------------------------------------- parent

TARGET_RATIO = 2.0


class ChildFailed(Exception):
    """A child process crashed, timed out or never reported its window shown."""


class ChildResult(NamedTuple):
    """One child run: milliseconds until the marker (if any) and its `BENCH-*` lines."""

    shown_ms: float | None
    values: dict[str, str]
    open_ms: float | None = None


def spawn(
    kind: str,
    args: list[str],
    env: dict[str, str],
    timeout: float,
    *,
    python_flags: tuple[str, ...] = (),
) -> tuple[ChildResult, str]:
    """Run one child; time from just before the spawn until its marker line is read.

    Returns the result and the child's stderr. Raises ChildFailed.
    """
    import subprocess

    command = [sys.executable, *python_flags, __file__, "--child", kind, *args]
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=ROOT
        )
        watchdog = threading.Timer(timeout, process.kill)
        watchdog.start()
        try:
            assert process.stdout is not None
            shown_ms = open_ms = None
            values: dict[str, str] = {}
            for line in process.stdout:
                if shown_ms is None and line.rstrip("\n") == MARKER:
                    shown_ms = (time.perf_counter() - start) * 1000
                    continue
                if open_ms is None and line.rstrip("\n") == OPEN_MARKER:
                    open_ms = (time.perf_counter() - start) * 1000
                    continue
                key, _, value = line.rstrip("\n").partition(" ")
                if key.startswith("BENCH-"):
                    values[key] = value
            code = process.wait()
        finally:
            watchdog.cancel()
        errors.seek(0)
        stderr = errors.read()
    if code != 0:
        tail = "\n".join(stderr.splitlines()[-25:])
        raise ChildFailed(f"child {kind!r} exited with {code}\n{tail}")
    return ChildResult(shown_ms, values, open_ms), stderr


def make_centre(folder: Path) -> tuple[Path, Path]:
    """A throw-away centre behind a passphrase; returns its data folder and passphrase file."""
    import secrets

    sys.path.insert(0, str(ROOT))
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import CentreProfileInput, ManagerAccountInput

    data_dir = folder / "data"
    passphrase = secrets.token_urlsafe(16)
    passphrase_file = folder / "passphrase.txt"
    passphrase_file.write_text(passphrase + "\n", encoding="utf-8")
    profile = CentreProfileInput(
        name="वन स्टॉप सेंटर, पटना (benchmark)", code="BEN", district="Patna", state="Bihar"
    )
    password = secrets.token_urlsafe(16)
    manager = ManagerAccountInput("Bench Mark", "bench.mark", password, password)
    centre = storage.create_centre(
        DataPaths(data_dir), storage.new_recovery_key(), profile, manager, passphrase
    )
    centre.close()
    return data_dir, passphrase_file


def import_chain(importtime_log: str, module: str) -> list[str]:
    """From `python -X importtime` output, the chain of imports that first loaded `module`.

    importtime prints a module after its own imports, indented two spaces per level, so a
    module's importer is the next line below it with less indentation.
    """
    entries: list[tuple[int, str]] = []
    for line in importtime_log.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        name_column = line.rsplit("|", 1)[1]
        name = name_column.strip()
        if name == "imported package":
            continue
        entries.append((len(name_column) - len(name_column.lstrip()) - 1, name))

    def own(name: str) -> bool:
        return name == module or name.startswith(module + ".")

    first = next((i for i, (_, name) in enumerate(entries) if name == module), None)
    if first is None:
        first = next((i for i, (_, name) in enumerate(entries) if own(name)), None)
    if first is None:
        return []
    depth = entries[first][0]
    importers: list[str] = []
    for later_depth, later_name in entries[first + 1 :]:
        if later_depth < depth:
            depth = later_depth
            if not own(later_name):  # skip the package's own submodules
                importers.append(later_name)
    return [*reversed(importers), module]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs first (default 1)")
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds before a child is killed"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="each run on stderr")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    return args


def main(argv: list[str]) -> int:
    """Measure and print the figures; 0 even when over a target, 1 if a child failed."""
    args = parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    bare: list[float] = []
    app: list[float] = []
    opened: list[float] = []
    kdf: list[float] = []
    deferred_cost: list[float] = []
    loaded: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="osc-bench-startup-") as tmp:
        data_dir, passphrase_file = make_centre(Path(tmp))
        app_args = [str(data_dir), str(passphrase_file)]
        try:
            for run in range(args.warmup + args.runs):
                order = ["bare", "app"] if run % 2 == 0 else ["app", "bare"]
                shown: dict[str, float] = {}
                for kind in order:
                    result, _ = spawn(kind, app_args if kind == "app" else [], env, args.timeout)
                    if result.shown_ms is None:
                        raise ChildFailed(f"child {kind!r} never reported its window shown")
                    shown[kind] = result.shown_ms
                    if kind == "app":
                        if result.open_ms is None:
                            raise ChildFailed("the app never reported its records open")
                        shown["open"] = result.open_ms
                        names = result.values.get("BENCH-DEFERRED", "")
                        loaded.update(filter(None, names.split(",")))
                kdf_result, _ = spawn("kdf", app_args, env, args.timeout)
                cost_result, _ = spawn("deferred-cost", [], env, args.timeout)
                if run < args.warmup:
                    continue
                bare.append(shown["bare"])
                app.append(shown["app"])
                opened.append(shown["open"])
                kdf.append(float(kdf_result.values["BENCH-MS"]))
                deferred_cost.append(float(cost_result.values["BENCH-MS"]))
                if args.verbose:
                    print(
                        f"run {run - args.warmup + 1}: bare {bare[-1]:.0f} ms, "
                        f"app {app[-1]:.0f} ms, open {opened[-1]:.0f} ms, kdf {kdf[-1]:.0f} ms, "
                        f"deferred imports {deferred_cost[-1]:.0f} ms",
                        file=sys.stderr,
                    )
            chains: dict[str, list[str]] = {}
            if loaded:
                _, log = spawn(
                    "app", app_args, env, args.timeout, python_flags=("-X", "importtime")
                )
                chains = {name: import_chain(log, name) for name in sorted(loaded)}
        except ChildFailed as failure:
            print(f"startup benchmark failed: {failure}", file=sys.stderr)
            return 1

    bare_ms, app_ms, kdf_ms = median(bare), median(app), median(kdf)
    open_ms = median(opened)
    lines = [
        info_line("bare window median", bare_ms, "ms"),
        info_line("main window shown median", app_ms, "ms"),
        info_line("records open median (from process start, incl. KDF)", open_ms, "ms"),
        info_line("passphrase KDF median", kdf_ms, "ms"),
        info_line(
            "records open excluding KDF, as a ratio to the bare window",
            (open_ms - kdf_ms) / bare_ms,
            "x",
        ),
        info_line("deferred imports cost", median(deferred_cost), "ms"),
        target_line("startup ratio", app_ms / bare_ms, "x", "<=", TARGET_RATIO)[0],
        target_line("deferred imports", len(loaded), "modules", "==", 0, decimals=0)[0],
    ]
    print("\n".join(lines))
    for name, chain in chains.items():
        via = " -> ".join(chain) if chain else "(chain not found)"
        print(f"note: start-up imports {name}: {via}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.exit(run_child(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
