"""Command line: `osc-desktop [options]` starts the app; headless subcommands join later."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from osc_desktop import __version__
from osc_desktop.paths import DATA_DIR_ENV, PASSPHRASE_FILE_ENV


@dataclass(frozen=True)
class Options:
    data_dir: str | None
    passphrase_file: Path | None
    language: str | None
    smoke_test: bool


def parse_args(argv: Sequence[str] | None = None) -> Options:
    parser = argparse.ArgumentParser(
        prog="osc-desktop",
        description="OSC Desktop: case records, shelter beds, court video hearings and "
        "registers for a One Stop Centre.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"the centre's data folder (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        type=Path,
        help=f"read the centre passphrase from this file (or ${PASSPHRASE_FILE_ENV})",
    )
    parser.add_argument("--language", choices=["en", "hi"], help="interface language")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="set up a throw-away centre, build the main window offscreen, render a PDF, exit",
    )
    args = parser.parse_args(argv)
    passphrase_file = args.passphrase_file
    if passphrase_file is None and os.environ.get(PASSPHRASE_FILE_ENV):
        passphrase_file = Path(os.environ[PASSPHRASE_FILE_ENV])
    return Options(args.data_dir, passphrase_file, args.language, args.smoke_test)


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_args(argv)
    if options.smoke_test:
        from osc_desktop.smoke import run_smoke_test

        return run_smoke_test(options.data_dir)
    from osc_desktop.app import run_gui

    return run_gui(options)


if __name__ == "__main__":
    sys.exit(main())
