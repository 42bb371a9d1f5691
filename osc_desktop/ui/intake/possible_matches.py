"""Earlier cases that may be the same woman, shown beside the intake form while it is typed.

The operator may link the new case to one of them (remembered until saved, shown clearly, and
undone with one button) or simply go on: a suggestion is never acted on by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.services.cases.dto import PossibleMatch
from osc_desktop.ui.formats import format_date, local_date
from osc_desktop.ui.item_models.case_table_model import status_label
from osc_desktop.ui.widgets.labels import HINT_STYLE, make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating

CARD_STYLE = (
    "QFrame#match_card { background: palette(base); border: 1px solid palette(mid); "
    "border-radius: 6px; }"
)
LINKED_STYLE = (
    "QFrame#linked { background: #e8f5e9; border: 1px solid #2e7d32; border-radius: 6px; }"
    "QFrame#linked QLabel { color: #1b5e20; }"
)


def _registered_on(match: PossibleMatch) -> str:
    return format_date(local_date(match.registered_at))


class MatchCard(Retranslating, QFrame):
    """One earlier case: its number, name, age, when registered, why suggested; Link button."""

    link_requested = Signal(object)  # PossibleMatch

    def __init__(self, match: PossibleMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match = match
        self.setObjectName("match_card")
        self.setStyleSheet(CARD_STYLE)
        self.number = QLabel()
        make_bold(self.number)
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.when = QLabel()
        self.when.setStyleSheet(HINT_STYLE)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.link_button = QPushButton()
        self.link_button.setObjectName("link_button")
        self.link_button.setAutoDefault(False)
        self.link_button.clicked.connect(lambda: self.link_requested.emit(self.match))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.who)
        layout.addWidget(self.when)
        layout.addWidget(self.why)
        layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        match = self.match
        self.number.setText(match.case_number)
        name = match.display_name or self.tr("(name erased)")
        if match.age_years is not None:
            age = self.tr("%1 years").replace("%1", QLocale().toString(match.age_years))
            self.who.setText(f"{name} · {age}")
        else:
            self.who.setText(name)
        self.when.setText(
            self.tr("Registered %1 · %2")
            .replace("%1", _registered_on(match))
            .replace("%2", status_label(match.status))
        )
        reasons = []
        if match.same_phone:
            reasons.append(self.tr("same phone"))
        if match.similar_name:
            reasons.append(self.tr("similar name"))
        if match.similar_age:
            reasons.append(self.tr("similar age"))
        self.why.setText(self.tr("Why: %1").replace("%1", ", ".join(reasons)))
        self.link_button.setText(self.tr("Link to this case"))
        self.link_button.setAccessibleName(
            self.tr("Link to case %1").replace("%1", match.case_number)
        )


class PossibleMatchesPanel(Retranslating, QWidget):
    """The list of possible earlier records, and the link chosen (if any)."""

    link_chosen = Signal(object)  # PossibleMatch
    link_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: tuple[PossibleMatch, ...] = ()
        self.linked: PossibleMatch | None = None
        self.cards: list[MatchCard] = []
        self.heading = QLabel()
        make_bold(self.heading, 1.1)
        self.heading.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(HINT_STYLE)

        self.linked_box = QFrame()
        self.linked_box.setObjectName("linked")
        self.linked_box.setStyleSheet(LINKED_STYLE)
        self.linked_label = QLabel()
        self.linked_label.setObjectName("linked_label")
        self.linked_label.setWordWrap(True)
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("unlink_button")
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.clear_link)
        linked_layout = QVBoxLayout(self.linked_box)
        linked_layout.setContentsMargins(10, 8, 10, 8)
        linked_layout.addWidget(self.linked_label)
        unlink_row = QHBoxLayout()
        unlink_row.addWidget(self.unlink_button)
        unlink_row.addStretch(1)
        linked_layout.addLayout(unlink_row)
        self.linked_box.hide()

        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.none_label.setStyleSheet(HINT_STYLE)
        self._cards_widget = QWidget()
        self._cards_layout = QVBoxLayout(self._cards_widget)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.setSpacing(6)
        self._cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._cards_widget)
        self.scroll = scroll

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.linked_box)
        layout.addWidget(self.none_label)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Has she been here before?"))
        self.explanation.setText(
            self.tr(
                "Earlier cases with a similar name, the same phone or a similar age appear "
                "here as you type. Link the new case to hers, or simply go on."
            )
        )
        self.unlink_button.setText(self.tr("Do not link"))
        self._update_linked()
        self._update_none()

    def set_matches(self, matches: Sequence[PossibleMatch]) -> None:
        """Show these suggestions (an empty sequence empties the panel)."""
        self.matches = tuple(matches)
        for card in self.cards:
            self._cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for match in self.matches:
            card = MatchCard(match)
            card.link_requested.connect(self.choose_link)
            self._cards_layout.insertWidget(self._cards_layout.count() - 1, card)
            self.cards.append(card)
        self._update_none()

    def choose_link(self, match: PossibleMatch) -> None:
        self.linked = match
        self._update_linked()
        self.link_chosen.emit(match)

    def clear_link(self) -> None:
        had = self.linked is not None
        self.linked = None
        self._update_linked()
        if had:
            self.link_cleared.emit()

    def linked_case_id(self) -> int | None:
        return self.linked.case_id if self.linked is not None else None

    def reset(self) -> None:
        """Nothing suggested, nothing linked (after a save, or a cleared form)."""
        self.linked = None
        self._update_linked()
        self.set_matches(())

    def _update_linked(self) -> None:
        if self.linked is None:
            self.linked_box.hide()
            return
        self.linked_label.setText(
            self.tr("The new case will be linked to her earlier case %1 (%2).")
            .replace("%1", self.linked.case_number)
            .replace("%2", self.linked.display_name)
        )
        self.linked_box.show()

    def _update_none(self) -> None:
        self.none_label.setText(self.tr("No earlier case looks like her so far."))
        self.none_label.setVisible(not self.matches)
