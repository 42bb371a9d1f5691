"""What the command line asked for, handed from the CLI to the app (the composition root).

Its own module so that `app` needs nothing from `cli`: the CLI calls the app, never the
other way round.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Options:
    data_dir: str | None
    passphrase_file: Path | None
    language: str | None
    smoke_test: bool
    kiosk: bool = False
    # The subcommand and its action, e.g. ("audit", "verify"); () starts the app.
    command: tuple[str, ...] = ()
    # `demo-data`: how many cases, and the seed of the generator.
    cases: int = 0
    seed: int = 2026
    # `backup ...`: the files named, `--to`, `--recovery-key-file`, `--yes`, `--other-centre`.
    files: tuple[str, ...] = ()
    backup_to: str | None = None
    recovery_key_file: Path | None = None
    yes: bool = False
    other_centre: bool = False
