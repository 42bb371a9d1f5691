"""Shared helpers for the scripts in `bench/`: the one-line figure format and small statistics.

Every figure a benchmark measures is printed as exactly one line:

    bench: <name>: <figure> <unit> (target <op> <value>): ok      (or ": over")
    bench: <name>: <figure> <unit> (info)                          (figures without a target)

so that a reader and a script (`grep '^bench: .*: over$'`) can see at once what meets its target.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
    "==": operator.eq,
}


def _number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def target_line(
    name: str, value: float, unit: str, op: str, target: float, decimals: int = 2
) -> tuple[str, bool]:
    """The figure's line against its target, and whether the target is met.

    The comparison uses the value as printed, so the line never says "1.00 x ... <= 1.0: over".
    """
    shown = round(value, decimals)
    met = _OPERATORS[op](shown, target)
    verdict = "ok" if met else "over"
    figure = _number(value, decimals)
    return f"bench: {name}: {figure} {unit} (target {op} {target}): {verdict}", met


def info_line(name: str, value: float, unit: str, decimals: int = 1) -> str:
    """A figure measured for context, with no target of its own."""
    return f"bench: {name}: {_number(value, decimals)} {unit} (info)"


def median(values: Sequence[float]) -> float:
    """The median; raises ValueError for no values."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
