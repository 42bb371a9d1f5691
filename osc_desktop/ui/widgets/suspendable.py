"""Dialogs with a half-filled form that the lock screen closes and gives back to their owner.

A modal dialog cannot stay open behind the lock screen (it would show, and take the keyboard),
so at lock it is closed after its contents are noted; when the same person signs in again the
view that opened it opens it again, filled in as it was. Anyone else signing in never sees it.
"""

from __future__ import annotations

from typing import Any


class Suspendable:
    """Mixin for a QDialog: `suspend()` keeps the form in `suspended_state` and closes it."""

    suspended_state: dict[str, Any] | None = None

    def capture_state(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore_state(self, state: dict[str, Any]) -> None:
        raise NotImplementedError

    def suspend(self) -> None:
        self.suspended_state = self.capture_state()
        self.reject()  # type: ignore[attr-defined]


class ResumesDialogs:
    """Mixin for a view that re-opens its suspended dialog: `resume_suspended()`."""

    def resume_suspended(self) -> None:
        raise NotImplementedError
