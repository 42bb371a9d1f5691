"""From a command line to what runs: a subcommand, the smoke test, or the app."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from osc_desktop.cli.audit_command import audit_verify
from osc_desktop.cli.backup_create import backup_create
from osc_desktop.cli.backup_list import backup_list
from osc_desktop.cli.backup_restore import backup_restore
from osc_desktop.cli.backup_verify import backup_verify
from osc_desktop.cli.checks import first_bad_path
from osc_desktop.cli.demo_command import demo_data
from osc_desktop.cli.headless import fail
from osc_desktop.cli.parser import build_parser, options_from
from osc_desktop.options import Options

COMMANDS: dict[tuple[str, ...], Callable[[Options], int]] = {
    ("audit", "verify"): audit_verify,
    ("demo-data",): demo_data,
    ("backup", "create"): backup_create,
    ("backup", "verify"): backup_verify,
    ("backup", "restore"): backup_restore,
    ("backup", "list"): backup_list,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: the process's): a subcommand, the smoke test or
    the app; returns the exit code. Raises SystemExit from argparse: 2 on a usage error, 0 after
    --help or --version."""
    args = build_parser().parse_args(argv)
    bad = first_bad_path(args)
    if bad is not None:
        return fail(bad.exit_code, bad.message)
    options = options_from(args)
    if options.command:
        return COMMANDS[options.command](options)
    if options.smoke_test:
        from osc_desktop.smoke import run_smoke_test

        return run_smoke_test(options.data_dir)
    from osc_desktop.app import run_gui

    return run_gui(options)
