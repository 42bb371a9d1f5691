"""Backing up a state's volume: create and verify an encrypted backup of 100,000 cases.

    .venv/bin/python bench/backup.py [--cases N] [--db DIR] [--runs N] [--no-restic] [-v]

Works on a private copy of the demo centre that bench/search.py caches (made once if missing,
in `osc-bench-search-<N>/` under the temp folder or `--db DIR`) and times, in each run:
- `backups.create_backup` (snapshot with the SQLite online backup API, row counts, stream
  encryption into a `.partial` file, fsync, rename) into a folder in the temp folder;
- `backups.verify_backup` of that backup (decrypt, integrity_check, cipher_integrity_check,
  row counts against the manifest);
- the plain baseline: sqlcipher3's `Connection.backup` of the open database into a new keyed
  file (what the snapshot does), then a copy of that file into the backup folder, fsynced;
- restic's first backup of the same database file into a new repository (`restic backup`;
  the repository's `init` is not timed).
The kinds take turns going first from run to run. Ratios are medians of the per-run ratios
(each run's figures are taken back to back, under the same load). See bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from _common import ROOT, info_line, median, target_line
from search import PASSPHRASE, cached_centre

sys.path.insert(0, str(ROOT))

CREATE_RATIO = 2.0  # create_backup / plain online backup + copy
RESTIC_RATIO = 1.0  # create_backup / restic's first backup: must be below
RESTIC_PASSWORD = "benchmark restic password"
KINDS = ("plain", "create", "restic")
T = TypeVar("T")


def ensure_restic(wanted: bool) -> tuple[str | None, str]:
    """The restic executable, or None and why not (installed with apt-get when root)."""
    if not wanted:
        return None, "restic skipped (--no-restic)"
    found = shutil.which("restic")
    if found:
        return found, ""
    apt = shutil.which("apt-get")
    if apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        print("restic is missing: apt-get install -y restic ...", file=sys.stderr)
        done = subprocess.run(
            [apt, "install", "-y", "-q", "restic"],
            capture_output=True,
            text=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            check=False,
        )
        found = shutil.which("restic")
        if found:
            return found, ""
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return None, f"restic skipped: apt-get install -y restic failed ({tail[0]})"
    return None, (
        "restic skipped: it is not installed. Install it (Debian/Ubuntu: "
        "`sudo apt-get install restic`; elsewhere https://restic.net) and run again"
    )


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Seconds the call took, and what it returned."""
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def plain_copy(centre, work: Path, folder: Path) -> None:
    """The baseline: online backup into a keyed file, then a copy into `folder`, fsynced."""
    import sqlcipher3.dbapi2 as sqlcipher

    snapshot = work / "plain-snapshot.db"
    target = sqlcipher.connect(str(snapshot), isolation_level=None)
    try:
        target.execute(f"PRAGMA key = \"x'{centre.database_key.hex()}'\"")
        with centre.database.engine.connect() as conn:
            conn.connection.driver_connection.backup(target, pages=-1)
    finally:
        target.close()
    copied = folder / "plain-copy.db"
    shutil.copyfile(snapshot, copied)
    with copied.open("rb+") as handle:
        os.fsync(handle.fileno())
    snapshot.unlink()
    copied.unlink()


def restic_backup(restic: str, work: Path, database: Path, number: int, verbose: bool) -> float:
    """Seconds of restic's first backup of `database` into a new repository."""
    repo, cache = work / f"restic-repo-{number}", work / f"restic-cache-{number}"
    env = {
        **os.environ,
        "RESTIC_PASSWORD": RESTIC_PASSWORD,
        "RESTIC_REPOSITORY": str(repo),
        "RESTIC_CACHE_DIR": str(cache),
    }
    try:
        subprocess.run([restic, "init", "-q"], env=env, check=True, capture_output=True)
        start = time.perf_counter()
        done = subprocess.run(
            [restic, "backup", "-q", str(database)], env=env, capture_output=True, text=True
        )
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"restic backup failed: {done.stderr.strip()[-300:]}")
        if verbose:
            stored = sum(p.stat().st_size for p in repo.rglob("*") if p.is_file())
            print(f"restic repository: {stored / 2**20:.1f} MiB", file=sys.stderr)
        return seconds
    finally:
        shutil.rmtree(repo, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)


def measure(data: Path, runs: int, restic: str | None, verbose: bool) -> list[str]:
    from osc_desktop.paths import DataPaths
    from osc_desktop.services.backups.create import create_backup
    from osc_desktop.services.backups.verify import verify_backup
    from osc_desktop.services.centre import storage

    centre = storage.open_with_passphrase(DataPaths(data), PASSPHRASE)
    work = data.parent / "work"
    folder = data.parent / "backups"
    work.mkdir()
    folder.mkdir()
    times: dict[str, list[float]] = {kind: [] for kind in (*KINDS, "verify")}
    sizes: list[int] = []
    try:
        database_bytes = centre.paths.database.stat().st_size
        plain_copy(centre, work, folder)  # warm-up: the database's pages in the OS cache
        for number in range(runs):
            order = KINDS[number % len(KINDS) :] + KINDS[: number % len(KINDS)]
            for kind in order:
                if kind == "plain":
                    seconds, _ = timed(lambda: plain_copy(centre, work, folder))
                    times[kind].append(seconds)
                elif kind == "create":
                    seconds, info = timed(lambda: create_backup(centre, folder, by=None))
                    times[kind].append(seconds)
                    sizes.append(info.size)
                    seconds, checked = timed(
                        partial(
                            verify_backup,
                            info.path,
                            database_key=centre.database_key,
                            expected_centre=centre.profile.code,
                        )
                    )
                    times["verify"].append(seconds)
                    if not checked.ok:
                        raise SystemExit(f"the backup does not verify: {checked.problem}")
                    info.path.unlink()
                elif restic is not None:
                    times[kind].append(
                        restic_backup(restic, work, centre.paths.database, number, verbose)
                    )
            if verbose:
                shown = ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items() if v)
                print(f"run {number + 1}: {shown}", file=sys.stderr)
    finally:
        centre.close()
    lines = [
        info_line("database file", database_bytes / 2**20, "MiB"),
        info_line("backup file", median(sizes) / 2**20, "MiB"),
        info_line("plain online backup + copy median", median(times["plain"]), "s", 2),
        info_line("create_backup median", median(times["create"]), "s", 2),
        info_line(
            "create_backup throughput",
            database_bytes / 2**20 / median(times["create"]),
            "MiB/s",
            0,
        ),
        info_line("verify_backup median", median(times["verify"]), "s", 2),
    ]
    per_run = [c / p for c, p in zip(times["create"], times["plain"], strict=True)]
    lines.append(target_line("create / plain copy", median(per_run), "x", "<=", CREATE_RATIO)[0])
    verify_plain = [v / p for v, p in zip(times["verify"], times["plain"], strict=True)]
    lines.append(info_line("verify / plain copy", median(verify_plain), "x", 2))
    if times["restic"]:
        lines.append(info_line("restic first backup median", median(times["restic"]), "s", 2))
        create_restic = [c / r for c, r in zip(times["create"], times["restic"], strict=True)]
        lines.append(
            target_line("create / restic first backup", median(create_restic), "x", "<", 1.0)[0]
        )
        verify_restic = [v / r for v, r in zip(times["verify"], times["restic"], strict=True)]
        lines.append(info_line("verify / restic first backup", median(verify_restic), "x", 2))
    return lines


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases (default 100,000)")
    parser.add_argument(
        "--db", type=Path, help="the cached demo centre's folder (default: as bench/search.py)"
    )
    parser.add_argument("--remake", action="store_true", help="make the cached centre again")
    parser.add_argument("--runs", type=int, default=3, help="measured runs (default 3)")
    parser.add_argument("--no-restic", action="store_true", help="leave restic out")
    parser.add_argument("-v", "--verbose", action="store_true", help="every run, on stderr")
    args = parser.parse_args(argv)
    if args.cases < 1 or args.runs < 1:
        parser.error("--cases and --runs must be at least 1")
    return args


def main(argv: list[str]) -> int:
    """Measure and print the figures; 0 even when over a target."""
    args = parse_args(argv)
    folder = args.db or Path(tempfile.gettempdir()) / f"osc-bench-search-{args.cases}"
    cached, made_in = cached_centre(folder, args.cases, args.remake, args.verbose)
    restic, why_not = ensure_restic(not args.no_restic)
    lines = []
    if made_in:
        lines.append(info_line(f"demo centre of {args.cases:,} cases made in", made_in, "s"))
    with tempfile.TemporaryDirectory(prefix="osc-bench-backup-") as tmp:
        # A private copy: every backup records an audit event in the database it backs up.
        copy = Path(tmp) / "data"
        shutil.copytree(cached, copy)
        lines += measure(copy, args.runs, restic, args.verbose)
    if why_not:
        lines.append(f"note: {why_not}")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
