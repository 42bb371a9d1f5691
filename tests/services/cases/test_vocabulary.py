"""Every coded value of a case has a label, and every kind of violence a GBVIMS core type."""

from __future__ import annotations

import pytest

from osc_desktop.models import GbvType, ViolenceKind
from osc_desktop.services.cases.vocabulary import ALL_LABELS, GBV_TYPE_OF, core_gbv_type


@pytest.mark.parametrize("enum_class", list(ALL_LABELS), ids=lambda e: e.__name__)
def test_every_member_has_a_label(enum_class) -> None:
    labels = ALL_LABELS[enum_class]
    assert set(labels) == set(enum_class)
    assert all(label.strip() for label in labels.values())


def test_every_kind_of_violence_maps_to_a_core_type() -> None:
    assert set(GBV_TYPE_OF) == set(ViolenceKind)


def test_the_most_severe_core_type_is_counted() -> None:
    kinds = [ViolenceKind.DOMESTIC, ViolenceKind.DOWRY, ViolenceKind.RAPE]
    assert core_gbv_type(kinds) == GbvType.RAPE
    assert core_gbv_type([ViolenceKind.DOWRY, ViolenceKind.CHILD_MARRIAGE]) == (
        GbvType.FORCED_OR_EARLY_MARRIAGE
    )
    assert core_gbv_type([]) is None
