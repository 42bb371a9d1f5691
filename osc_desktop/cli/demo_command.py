"""`osc-desktop demo-data`: a new centre filled with made-up cases, and a summary of counts."""

from __future__ import annotations

import os
import sys

from osc_desktop.cli.exit_codes import EXIT_CANNOT_OPEN, EXIT_OK
from osc_desktop.options import Options
from osc_desktop.paths import (
    DATA_DIR_ENV,
    PASSPHRASE_FILE_ENV,
    make_files_private,
    read_passphrase_file,
    resolve_data_dir,
)


def demo_data(options: Options) -> int:
    """`osc-desktop demo-data`: set up a demo centre with `options.cases` synthetic cases.

    Progress goes to stderr; a summary (counts, financial years, the demo accounts) to stdout.
    Returns 0 (made) or 2 (the folder already holds a centre, the passphrase file is not
    usable, or the centre could not be made; a half-made centre is removed again).
    """
    from osc_desktop.errors import AlreadySetUp, StorageError, ValidationError
    from osc_desktop.services.centre import storage
    from osc_desktop.services.centre.setup import clean_new_passphrase
    from osc_desktop.services.demo import make_demo_centre

    def fail(reason: str) -> int:
        print(f"osc-desktop: {reason}", file=sys.stderr)
        return EXIT_CANNOT_OPEN

    if not (options.data_dir or os.environ.get(DATA_DIR_ENV)):
        # Never in the default data folder, where the centre's real records belong.
        return fail("give --data-dir: a demo centre is made only in a folder named for it")
    make_files_private()
    paths = resolve_data_dir(options.data_dir)
    passphrase: str | None = None
    if options.passphrase_file is not None:
        try:
            passphrase = read_passphrase_file(options.passphrase_file)
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not readable text"
            return fail(f"the passphrase file cannot be read: {reason}")
        try:
            clean_new_passphrase(passphrase, passphrase)
        except ValidationError:
            return fail("the passphrase in the file is too short: use at least 12 characters")
    elif not storage.keyring_is_secure():
        return fail(
            "this computer has no secure key store; give --passphrase-file "
            f"or set ${PASSPHRASE_FILE_ENV}"
        )

    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 if total == 0 else done * 100 // total
        if percent // 10 != shown // 10 or done == total:
            shown = percent
            print(f"demo-data: {done:,} of {total:,} cases written", file=sys.stderr, flush=True)
        if done == total:
            print("demo-data: building the search index", file=sys.stderr, flush=True)

    print(f"demo-data: setting up a demo centre in {paths.root}", file=sys.stderr, flush=True)
    try:
        summary = make_demo_centre(
            paths,
            cases=options.cases,
            seed=options.seed,
            passphrase=passphrase,
            progress=progress,
        )
    except AlreadySetUp:
        return fail(f"{paths.root} already holds a centre; give an empty or new folder")
    except StorageError as error:
        return fail(f"the demo centre could not be made: {error.message}")
    years = ", ".join(f"{year}: {count:,}" for year, count in summary.financial_years)
    lines = [
        f"demo centre {summary.centre_code} made in {paths.root} ({summary.seconds:.0f} s)",
        f"cases: {summary.cases:,} ({years or 'none'})",
        f"linked returns: {summary.linked_pairs:,}; quick-registered, incomplete: "
        f"{summary.incomplete:,}; disposed: {summary.disposed:,}",
        f"children: {summary.children:,}; services given: {summary.services:,}; "
        f"referrals: {summary.referrals:,}; follow-ups: {summary.follow_ups:,}",
        f"search index: {summary.indexed:,} cases",
        "key kept: "
        + ("behind the passphrase" if passphrase is not None else "in the OS key store"),
        "staff accounts (user name, role, demo password):",
        *(f"  {a.username:<12} {a.role:<11} {a.password}" for a in summary.accounts),
    ]
    print("\n".join(lines))
    return EXIT_OK
