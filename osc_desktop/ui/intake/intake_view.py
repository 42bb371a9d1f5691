"""The Intake area: register a woman who has just arrived, quickly or in full.

Quick register needs only her name (or an alias) and how she came, so help is never delayed by
a form; the case then shows what is missing. While her name, phone or age is typed, earlier
cases that may be hers appear beside the form (after a short pause in typing); the operator may
link the new case to one. On saving, the new case number is shown large, with a button to open
the case, and the form is emptied for the next woman.

What is typed stays in the form while the screen is locked: each person's workspace is kept
for them alone (see ui/workspace.py), and the form is not in a dialog, so nothing is closed.
"""

from __future__ import annotations

import itertools
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.errors import OscError, ValidationError
from osc_desktop.services.cases.dto import CaseRef, PossibleMatch
from osc_desktop.services.core.dto import Actor
from osc_desktop.ui import tasks
from osc_desktop.ui.errors_dialog import show_service_error
from osc_desktop.ui.intake.intake_form import IntakeForm
from osc_desktop.ui.intake.intake_notices import ClearConfirmation, SavedBanner
from osc_desktop.ui.intake.match_lookup import MatchLookup
from osc_desktop.ui.intake.possible_matches import PossibleMatchesPanel
from osc_desktop.ui.language import tr_error
from osc_desktop.ui.widgets.form_field import ERROR_STYLE
from osc_desktop.ui.widgets.labels import HINT_STYLE, make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre

log = logging.getLogger(__name__)

PANEL_WIDTH = 340


class IntakeView(Retranslating, QWidget):
    """The Intake area of the workspace."""

    case_registered = Signal(int)  # the new case's id
    open_case_requested = Signal(int)

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.last_registered: CaseRef | None = None
        self._registered_quick = False

        self.title = QLabel()
        make_bold(self.title, 1.3)
        self.quick_button = QPushButton()
        self.quick_button.setObjectName("quick_button")
        self.full_button = QPushButton()
        self.full_button.setObjectName("full_button")
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        for button in (self.quick_button, self.full_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.mode_group.addButton(button)
        self.quick_button.setChecked(True)
        self.quick_button.toggled.connect(self._on_quick_button_toggled)
        self.mode_hint = QLabel()
        self.mode_hint.setWordWrap(True)
        self.mode_hint.setStyleSheet(HINT_STYLE)

        # After a save: the new case number, large, and a way into the case.
        self.banner = SavedBanner()
        self.banner_heading = self.banner.heading
        self.case_number_label = self.banner.case_number_label
        self.banner_note = self.banner.note
        self.open_case_button = self.banner.open_case_button
        self.open_case_button.clicked.connect(self._on_open_case_button_clicked)
        self.dismiss_button = self.banner.dismiss_button

        # Clearing a half-filled form asks first, here rather than in a dialog.
        self.confirmation = ClearConfirmation()
        self.confirmation_label = self.confirmation.label
        self.confirm_clear_button = self.confirmation.confirm_clear_button
        self.confirm_clear_button.clicked.connect(self._on_confirm_clear_button_clicked)
        self.keep_button = self.confirmation.keep_button
        self.keep_button.clicked.connect(self.cancel_clear)

        self.form = IntakeForm()
        self.form.edited.connect(self._on_form_edited)
        self.form.set_quick(True)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("intake_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)

        self.matches = PossibleMatchesPanel()
        self.matches.setFixedWidth(PANEL_WIDTH)
        self.matches.link_chosen.connect(self._on_matches_link_chosen)
        self.matches.link_cleared.connect(self._update_link_note)
        self.match_lookup = MatchLookup(centre, actor, self.form, self.matches, self)
        self.match_timer = self.match_lookup.timer

        self.summary = QLabel()  # "Some fields need attention."
        self.summary.setObjectName("save_problem")
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.link_note = QLabel()
        self.link_note.setObjectName("link_note")
        self.link_note.setWordWrap(True)
        self.link_note.hide()
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clear_button")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.request_clear)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.quick_button)
        header.addWidget(self.full_button)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.scroll, 1)
        body.addWidget(self.matches)
        footer = QHBoxLayout()
        footer_text = QVBoxLayout()
        footer_text.addWidget(self.summary)
        footer_text.addWidget(self.link_note)
        footer.addLayout(footer_text, 1)
        footer.addWidget(self.clear_button)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.mode_hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.confirmation)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcuts = []
        for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(self.save)
            self.shortcuts.append(shortcut)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=context)
        escape.activated.connect(self._on_escape)
        self.shortcuts.append(escape)

        self._set_tab_order()
        self.retranslate_ui()
        self._load_case_workers()

    # --- translation -----------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Intake"))
        self.quick_button.setText(self.tr("&Quick register"))
        self.full_button.setText(self.tr("&Full intake"))
        self.full_button.setToolTip(self.tr("Every section of the intake"))
        self.mode_hint.setText(
            self.tr(
                "Only her name (or an alias) and how she came are needed now; the rest can be "
                "completed on her case later."
            )
            if self.form.is_quick()
            else self.tr(
                "Fill in what she tells you; sections left empty are marked as missing on her case."
            )
        )
        self.banner_heading.setText(self.tr("Registered. Her case number is:"))
        self.banner_note.setText(
            self.tr("Missing parts of her intake are flagged on the case until completed.")
            if self._registered_quick
            else self.tr("Write it on her papers. The form is ready for the next woman.")
        )
        self.open_case_button.setText(self.tr("Open the case"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Esc"))
        self.confirmation_label.setText(
            self.tr("Clear everything typed for this woman? It has not been saved.")
        )
        self.confirm_clear_button.setText(self.tr("Clear the form"))
        self.keep_button.setText(self.tr("Keep it"))
        self.clear_button.setText(self.tr("Clear"))
        self.save_button.setText(self.tr("Register the case"))
        self.save_button.setToolTip(self.tr("Ctrl+S or Ctrl+Enter"))
        self._update_link_note()

    # --- the API ---------------------------------------------------------------------------

    def has_unsaved_input(self) -> bool:
        """Whether the form holds typing not yet saved (e.g. to warn before signing out)."""
        return self.form.has_input()

    def set_quick(self, quick: bool) -> None:
        (self.quick_button if quick else self.full_button).setChecked(True)

    def save(self) -> CaseRef | None:
        """Register the case from the form; on success show its number and empty the form."""
        self.confirmation.hide()
        if not self.form.has_input() and self.banner.isVisible():
            return None  # a second Ctrl+S just after saving: the form is empty on purpose
        try:
            data = self.form.collect()
        except ValidationError as unreadable:
            self._show_errors(self._with_other_problems(unreadable))
            return None
        link_to = self.matches.linked_case_id()
        try:
            from osc_desktop.services.cases.intake import register_case

            ref = tasks.call(
                self.centre,
                lambda uow: register_case(uow, data, by=self.actor, link_to_case_id=link_to),
                parent=self,
            )
        except ValidationError as error:
            self._show_errors(error)
            return None
        except OscError as error:
            show_service_error(self, error)
            return None
        self._registered(ref)
        return ref

    def request_clear(self) -> None:
        """Clear the form, asking first when something has been typed."""
        if not self.form.has_input() and self.matches.linked is None:
            self._clear_now()
            return
        self.confirmation.show()
        self.keep_button.setFocus()

    def focus_first_field(self) -> None:
        """The cursor to the first field (the area was chosen from the navigation)."""
        self.form.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_clear(self) -> None:
        self.confirmation.hide()
        self.form.first_field().setFocus()

    def refresh_matches(self) -> None:
        """Look up earlier cases for the name, alias, phone and age typed now."""
        self.match_lookup.refresh()

    # --- inside ----------------------------------------------------------------------------

    def _with_other_problems(self, unreadable: ValidationError) -> ValidationError:
        """The unreadable typed values, with whatever else the services would say."""
        problems = dict(unreadable.field_errors)
        try:
            from osc_desktop.services.cases.intake_validation import clean_intake

            clean_intake(self.form.collect(lenient=True), today=self.form.today())
        except ValidationError as others:
            problems = {**others.field_errors, **problems}
        except ImportError:  # pragma: no cover - the validators are part of the intake service
            pass
        return ValidationError(problems)

    def _show_errors(self, error: ValidationError) -> None:
        first = self.form.show_errors(error)
        if self.quick_button.isChecked() and not self.form.is_quick():
            # An error in a field of the full form opened it: the buttons, hint and tab order
            # follow (the form is already full, so the toggle changes nothing else).
            self.full_button.setChecked(True)
        self.summary.setText(tr_error(error))
        self.summary.show()
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 50, 80)
        if first is self.form.problems:
            self.scroll.ensureWidgetVisible(self.form.problems)

    def _registered(self, ref: CaseRef) -> None:
        self.last_registered = ref
        self._registered_quick = self.form.is_quick()
        self.case_number_label.setText(ref.case_number)
        self.summary.hide()
        self._clear_now()
        self.retranslate_ui()
        self.banner.show()
        self.case_registered.emit(ref.id)

    def _clear_now(self) -> None:
        self.match_lookup.stop()
        self.form.clear()
        self.matches.reset()
        self.summary.hide()
        self.confirmation.hide()
        self._update_link_note()
        self.scroll.verticalScrollBar().setValue(0)
        self.form.first_field().setFocus()

    def _load_case_workers(self) -> None:
        try:
            from osc_desktop.services.cases.record import list_case_workers

            staff = tasks.call(self.centre, lambda uow: list_case_workers(uow, by=self.actor))
        except OscError as error:
            log.warning("case workers not listed (%s)", type(error).__name__)
            return
        self.form.set_case_workers(staff)

    def _update_link_note(self) -> None:
        linked = self.matches.linked
        if linked is None:
            self.link_note.hide()
            return
        self.link_note.setText(
            self.tr("Will be linked to her earlier case %1.").replace("%1", linked.case_number)
        )
        self.link_note.show()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.quick_button, self.full_button]
        chain += self.form.focus_chain()
        chain += [self.save_button, self.clear_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self._load_case_workers()  # staff may have been added meanwhile
            self.match_lookup.resume()

    def hideEvent(self, event: QHideEvent) -> None:
        # Behind the lock screen or another area: no lookups until it is shown again.
        self.match_lookup.stop()
        super().hideEvent(event)

    # --- slots -----------------------------------------------------------------------------

    def _on_quick_button_toggled(self, quick: bool) -> None:
        self.form.set_quick(quick)
        self._set_tab_order()
        self.retranslate_ui()

    def _on_form_edited(self) -> None:
        self.summary.hide()

    def _on_matches_link_chosen(self, _match: PossibleMatch) -> None:
        self._update_link_note()

    def _on_open_case_button_clicked(self) -> None:
        if self.last_registered is not None:
            self.open_case_requested.emit(self.last_registered.id)

    def _on_confirm_clear_button_clicked(self) -> None:
        self._clear_now()

    def _on_escape(self) -> None:
        if self.confirmation.isVisible():
            self.cancel_clear()
        elif self.banner.isVisible():
            self.banner.hide()
