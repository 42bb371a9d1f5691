"""Small helpers shared by the tests (import as `tests.helpers`)."""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` by relative name, with the sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): sha256_of(p) for p in sorted(folder.rglob("*")) if p.is_file()
    }


def insert_staff(database, username: str, role: str, password: str, **extra) -> int:
    """A staff account written straight through the ORM (the staff screens have their tests)."""
    from osc_desktop.models import Role, StaffUser
    from osc_desktop.security.passwords import hash_password

    password_hash = hash_password(password)
    with database.unit_of_work() as uow:
        uow.lock_for_writing()
        user = StaffUser(
            username=username,
            full_name=username.replace(".", " ").title(),
            role=Role(role),
            password_hash=password_hash,
            **({"is_active": True, "must_change_password": False} | extra),
        )
        uow.session.add(user)
        uow.commit()
        return user.id
