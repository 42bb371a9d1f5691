"""Looking up earlier cases that may be hers while the intake form is typed.

After a short pause in typing her name, alias, phone or age, the matching service is asked (on
the task runner) and the answer goes to the possible-matches panel beside the form. Emptying the
fields clears the panel at once; nothing is looked up while the form is hidden.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from osc_desktop.errors import OscError
from osc_desktop.services.cases.dto import IntakeInput, PossibleMatch
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui import tasks
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.intake.possible_matches import PossibleMatchesPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from osc_desktop.services.centre.storage import OpenCentre

log = logging.getLogger(__name__)

MATCH_DELAY_MS = 300  # a pause in typing before earlier cases are looked up
MATCHES_SHOWN = 8


class MatchLookup(QObject):
    """Feeds `panel` the earlier cases matching what is typed in `form`, after a pause."""

    def __init__(
        self,
        centre: OpenCentre,
        actor: Actor,
        form: IntakeForm,
        panel: PossibleMatchesPanel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.form = form
        self.panel = panel
        self.view = parent  # the parent of the task runner's dialogs
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(MATCH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        for editor in (form.full_name, form.alias, form.phone, form.age_years):
            editor.textChanged.connect(self._on_field_changed)

    def refresh(self) -> None:
        """Look up earlier cases for the name, alias, phone and age typed now."""
        self.timer.stop()
        if not self.has_identity_typed():
            self.panel.set_matches(())
            return
        self.panel.set_matches(self._find(self.form.collect(lenient=True)))

    def has_identity_typed(self) -> bool:
        """A name, alias or phone: without one, an age alone suggests nobody."""
        form = self.form
        return any(e.text().strip() for e in (form.full_name, form.alias, form.phone))

    def stop(self) -> None:
        """No lookup pending (the form is cleared, or hidden behind the lock screen)."""
        self.timer.stop()

    def resume(self) -> None:
        """Look up again soon if something is typed and nothing is shown (the form is back)."""
        if self.has_identity_typed() and not self.panel.matches:
            self.timer.start()

    def _find(self, data: IntakeInput) -> tuple[PossibleMatch, ...]:
        from osc_desktop.services.cases import matching as case_matching

        try:
            return tasks.call(
                self.centre,
                lambda uow: tuple(
                    case_matching.find_possible_matches(
                        uow,
                        full_name=data.full_name,
                        alias=data.alias,
                        phone=data.phone,
                        age_years=data.age_years,
                        by=self.actor,
                        limit=MATCHES_SHOWN,
                    )
                ),
                parent=self.view,
            )
        except OscError as error:
            # Suggestions are a help, never a hindrance: the intake goes on without them.
            log.warning("possible matches not shown (%s)", type(error).__name__)
            return ()

    def _on_field_changed(self, _text: str) -> None:
        if not self.has_identity_typed():
            # Emptied: nothing of anybody else's may stay on screen, not even for 300 ms.
            self.timer.stop()
            self.panel.set_matches(())
            return
        self.timer.start()
