"""Fixtures shared by the service tests."""

from __future__ import annotations

import pytest

from osc_desktop.services.centre.setup import record_centre
from osc_desktop.services.core.dto import Actor
from tests.case_factory import actor_of
from tests.services.progress_support import Staff, staff


@pytest.fixture
def db(empty_database, profile, manager):
    """An empty database of a set-up centre (its manager asha.kumari only)."""
    with empty_database.unit_of_work() as uow:
        record_centre(uow, profile, manager)
    return empty_database


@pytest.fixture
def boss(db) -> Actor:
    """The manager of `db` (a test module on the `centre` fixture defines its own)."""
    return actor_of(db, "asha.kumari")


@pytest.fixture
def people(centre, make_staff) -> Staff:
    """The manager asha.kumari, a counsellor and an operator (see `progress_support.staff`)."""
    return staff(centre, make_staff)
