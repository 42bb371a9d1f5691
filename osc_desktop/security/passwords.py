"""Staff password hashing: Argon2id above OWASP's minimum (19 MiB, 2 passes)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_PASSWORD_LENGTH = 10

# 64 MiB, 3 passes, 4 lanes: OWASP's first recommended Argon2id setting, ~0.1 s here.
_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


def hash_password(password: str) -> str:
    """The PHC string (salt and parameters included) to store for `password`."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    """Whether `password` matches `stored_hash`; False for a malformed hash too."""
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
