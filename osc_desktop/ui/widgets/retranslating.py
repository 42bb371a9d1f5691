"""Live language switching for widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a widget whose `retranslate_ui()` sets every visible string.

    Qt sends LanguageChange to every widget when the language switches; this calls it then.
    Put it first among the bases: `class Page(Retranslating, QWizardPage)`.
    """

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:
        raise NotImplementedError
