"""`osc-desktop audit verify`: whether the audit trail's hash chain is intact."""

from __future__ import annotations

import sys

from osc_desktop.cli.exit_codes import (
    EXIT_AUDIT_BROKEN,
    EXIT_AUDIT_NOT_ANCHORED,
    EXIT_CANNOT_OPEN,
    EXIT_OK,
)
from osc_desktop.cli.headless import CannotOpen, open_centre_headless
from osc_desktop.options import Options


def audit_verify(options: Options) -> int:
    """`osc-desktop audit verify`: print whether the audit trail's hash chain is intact.

    Runs without a staff sign-in: opening the database needs its key, which is full access
    already, so the check is neither permission-checked nor recorded (see `verify_chain`).
    Returns 0 (intact), 3 (broken), 8 (not anchored: intact rows, but audit-head.json missing
    or unreadable, now or when the records were opened), 2 (the records could not be opened)
    or 7 (wrong passphrase).
    """
    from sqlalchemy.exc import DBAPIError

    from osc_desktop.db.engine import classify_database_error
    from osc_desktop.services.audit.chain import verify_chain

    try:
        centre = open_centre_headless(options)
    except CannotOpen as reason:
        print(f"osc-desktop: {reason}", file=sys.stderr)
        return reason.exit_code
    try:
        with centre.database.unit_of_work() as uow:
            report = verify_chain(uow, None)
    except DBAPIError as exc:
        print(f"osc-desktop: {classify_database_error(exc, True).message}", file=sys.stderr)
        return EXIT_CANNOT_OPEN
    finally:
        centre.close()
    if report.ok:
        print(f"audit trail: ok ({report.rows_checked} rows)")
        return EXIT_OK
    if report.problem == "not_anchored":
        print(
            f"audit trail: NOT ANCHORED ({report.rows_checked} rows intact, but audit-head.json "
            "is missing or unreadable: removed newest events would not be noticed)"
        )
        return EXIT_AUDIT_NOT_ANCHORED
    print(
        f"audit trail: BROKEN at row {report.first_broken_id} ({report.problem}), "
        f"{report.rows_checked} rows checked"
    )
    return EXIT_AUDIT_BROKEN
