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
