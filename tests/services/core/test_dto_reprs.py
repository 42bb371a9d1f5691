"""No data about a survivor can reach a log or a traceback through the repr of a DTO."""

from __future__ import annotations

import dataclasses
import typing
from datetime import UTC, date, datetime

import pytest

from osc_desktop.services.cases import dto as case_dto
from osc_desktop.services.cases import referrals
from osc_desktop.services.cases import services as case_services

SECRET = "सुनीता-98765-secret"
# Fields a repr may show: ids, the case number and coded values (never typed by a person).
SHOWN = {"case_number", "kind", "target", "status", "sex", "relationship", "arrival"}

CLASSES = [
    cls
    for module in (case_dto, case_services, referrals)
    for cls in vars(module).values()
    if dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
]


def _value(kind: object) -> object:
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if kind is str:
        return SECRET
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        return _value(next(a for a in args if a is not type(None)))
    if kind is bool:
        return True
    if kind is int:
        return 7
    if kind is datetime:
        return datetime(2026, 11, 23, tzinfo=UTC)
    if kind is date:
        return date(2026, 11, 23)
    if origin is tuple:
        return (_value(args[0]),) if args else ()
    if origin is frozenset:
        return frozenset({_value(args[0])})
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _instance(kind)
    if isinstance(kind, type) and issubclass(kind, str):  # a StrEnum such as CaseSort
        return next(iter(kind))  # type: ignore[call-overload]
    raise AssertionError(f"no sample value for {kind!r}")


def _instance(cls: type) -> object:
    hints = typing.get_type_hints(cls)
    return cls(
        **{
            f.name: "code" if f.name in SHOWN else _value(hints[f.name])
            for f in dataclasses.fields(cls)
        }
    )


def test_the_dto_modules_were_found() -> None:
    assert {c.__name__ for c in CLASSES} >= {"IntakeInput", "CaseDetail", "ServiceRow"}


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_a_repr_shows_no_survivor_data(cls: type) -> None:
    text = repr(_instance(cls))
    assert SECRET not in text
    assert "98765" not in text
