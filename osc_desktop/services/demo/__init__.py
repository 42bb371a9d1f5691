"""A demo centre filled with made-up cases, for training, screenshots and benchmarks.

`make_demo_centre` (make) sets it up with the staff of `staff`; the cases come from `generator`,
with their full intake (`intake`) and what happened afterwards (`afterwards`), the women behind
them (`women`) and the words they use (`names`, `wording`); `common` holds what these share.
"""

from __future__ import annotations

from osc_desktop.services.demo.make import DEFAULT_SEED, DemoCentreSummary, make_demo_centre
from osc_desktop.services.demo.staff import DEMO_ACCOUNTS, DEMO_PROFILE, DemoAccount

__all__ = [
    "DEFAULT_SEED",
    "DEMO_ACCOUNTS",
    "DEMO_PROFILE",
    "DemoAccount",
    "DemoCentreSummary",
    "make_demo_centre",
]
