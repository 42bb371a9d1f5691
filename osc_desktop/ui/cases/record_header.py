"""The top of a case record: number, name, status, days since registration, next follow-up,
what the intake still lacks, linked cases, and the banner of an erased case."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.services.cases.dto import CaseDetail
from osc_desktop.ui.cases.record_models import (
    OVERDUE_COLOUR,
    section_label,
    status_text,
)
from osc_desktop.ui.formats import centre_today, format_date, local_date
from osc_desktop.ui.widgets.labels import make_bold
from osc_desktop.ui.widgets.retranslating import Retranslating

FLAG_STYLE = (
    "QFrame#missing_flag { background: #fff4d6; border: 1px solid #e0a800; border-radius: 4px; }"
)
ERASED_STYLE = (
    "background: #eceff1; color: #263238; border: 1px solid #90a4ae; border-radius: 4px; "
    "padding: 8px;"
)
SELECTABLE = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


class RecordHeader(Retranslating, QFrame):
    """Shows one CaseDetail; links and buttons become signals for the record view."""

    complete_intake_requested = Signal()
    open_case_requested = Signal(int)
    unlink_requested = Signal(int, str)  # link id, the other case's number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: CaseDetail | None = None
        self.can_complete = False
        self.can_unlink = False
        self.today = centre_today()

        self.erased_banner = QLabel()
        self.erased_banner.setObjectName("erased_banner")
        self.erased_banner.setWordWrap(True)
        self.erased_banner.setStyleSheet(ERASED_STYLE)
        self.erased_banner.hide()

        self.number_label = QLabel()
        self.number_label.setObjectName("case_number")
        make_bold(self.number_label, 1.35)
        self.number_label.setTextInteractionFlags(SELECTABLE)
        self.number_label.setCursor(Qt.CursorShape.IBeamCursor)
        self.name_label = QLabel()
        self.name_label.setObjectName("display_name")
        name_font = self.name_label.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        self.name_label.setFont(name_font)
        self.name_label.setTextInteractionFlags(SELECTABLE)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.number_label)
        top.addWidget(self.name_label, 1)

        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.registered_label = QLabel()
        self.registered_label.setObjectName("registered")
        self.follow_up_label = QLabel()
        self.follow_up_label.setObjectName("next_follow_up")
        self.worker_label = QLabel()
        self.worker_label.setObjectName("case_worker")
        # Two facts a row, so a narrow window (or a long Hindi status) does not force width.
        facts = QGridLayout()
        facts.setHorizontalSpacing(24)
        facts.setVerticalSpacing(2)
        for number, label in enumerate(
            (self.status_label, self.registered_label, self.follow_up_label, self.worker_label)
        ):
            label.setTextFormat(Qt.TextFormat.RichText)
            facts.addWidget(label, number // 2, number % 2)
        facts.setColumnStretch(2, 1)

        self.missing_flag = QFrame()
        self.missing_flag.setObjectName("missing_flag")
        self.missing_flag.setStyleSheet(FLAG_STYLE)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("complete_intake")
        self.complete_button.clicked.connect(self.complete_intake_requested)
        flag = QHBoxLayout(self.missing_flag)
        flag.setContentsMargins(10, 6, 6, 6)
        flag.addWidget(self.missing_label, 1)
        flag.addWidget(self.complete_button)
        self.missing_flag.hide()

        self.linked_label = QLabel()
        self.linked_label.setObjectName("linked_cases")
        self.linked_label.setWordWrap(True)
        self.linked_label.setTextFormat(Qt.TextFormat.RichText)
        self.linked_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linked_label.linkActivated.connect(self._on_linked_label_link_activated)
        self.linked_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.erased_banner)
        layout.addLayout(top)
        layout.addLayout(facts)
        layout.addWidget(self.missing_flag)
        layout.addWidget(self.linked_label)
        self.retranslate_ui()

    def show_detail(
        self,
        detail: CaseDetail,
        *,
        can_complete: bool,
        can_unlink: bool,
        today: date | None = None,
    ) -> None:
        self.detail = detail
        self.can_complete = can_complete
        self.can_unlink = can_unlink
        self.today = today or centre_today()
        self.retranslate_ui()

    def overdue(self) -> bool:
        detail = self.detail
        return bool(detail and detail.next_follow_up and detail.next_follow_up < self.today)

    def retranslate_ui(self) -> None:
        self.complete_button.setText(self.tr("&Complete intake…"))
        detail = self.detail
        if detail is None:
            return
        self.number_label.setText(detail.case_number)
        self.name_label.setText(detail.display_name)
        self.name_label.setVisible(bool(detail.display_name))
        self.erased_banner.setVisible(detail.erased)
        self.erased_banner.setText(
            self.tr(
                "Erased at her request. Her name, contact details and narratives are gone for "
                "ever; only the figures that identify nobody remain, for the centre's counts."
            )
        )
        self.status_label.setText(
            self.tr("Status: %1").replace(
                "%1", f"<b>{html.escape(status_text(detail.status, detail.outcome))}</b>"
            )
        )
        days = detail.days_since_registration
        if days == 0:
            since = self.tr("Registered today")
        elif days == 1:
            since = self.tr("Registered 1 day ago")
        else:
            since = self.tr("Registered %1 days ago").replace("%1", str(days))
        self.registered_label.setText(
            html.escape(f"{since} ({format_date(local_date(detail.registered_at))})")
        )
        if detail.next_follow_up is None:
            self.follow_up_label.hide()
        else:
            self.follow_up_label.show()
            when = html.escape(format_date(detail.next_follow_up))
            if self.overdue():
                text = self.tr("Next follow-up: %1 (overdue)").replace("%1", f"<b>{when}</b>")
                self.follow_up_label.setText(f'<span style="color:{OVERDUE_COLOUR}">{text}</span>')
            else:
                self.follow_up_label.setText(
                    self.tr("Next follow-up: %1").replace("%1", f"<b>{when}</b>")
                )
        worker = detail.case_worker_name
        self.worker_label.setVisible(bool(worker))
        self.worker_label.setText(
            self.tr("Case worker: %1").replace("%1", html.escape(worker)) if worker else ""
        )
        missing = [section_label(s) for s in detail.missing]
        self.missing_flag.setVisible(bool(missing) and not detail.erased)
        self.missing_label.setText(
            self.tr("Intake incomplete: %1").replace("%1", ", ".join(missing))
        )
        self.complete_button.setVisible(self.can_complete)
        self._show_links(detail)

    def _show_links(self, detail: CaseDetail) -> None:
        if not detail.linked_cases:
            self.linked_label.hide()
            return
        parts = []
        for link in detail.linked_cases:
            name = f" ({html.escape(link.display_name)})" if link.display_name else ""
            part = f'<a href="open:{link.case_id}">{html.escape(link.case_number)}</a>{name}'
            if self.can_unlink:
                unlink = html.escape(self.tr("remove link"))
                part += (
                    f' <small>[<a href="unlink:{link.link_id}:{html.escape(link.case_number)}">'
                    f"{unlink}</a>]</small>"
                )
            parts.append(part)
        self.linked_label.setText(
            self.tr("Same woman, other cases: %1").replace("%1", " · ".join(parts))
        )
        self.linked_label.show()

    def _on_linked_label_link_activated(self, target: str) -> None:
        action, _, rest = target.partition(":")
        if action == "open":
            self.open_case_requested.emit(int(rest))
        elif action == "unlink":
            link_id, _, number = rest.partition(":")
            self.unlink_requested.emit(int(link_id), number)
