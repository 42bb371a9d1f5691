"""One signed-in person's workspace: navigation and the areas their role may use.

Each person gets their own; it is kept while the screen is locked, so the same person finds an
unfinished form exactly as it was, and another person signing in never sees it.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.settings import MachineSettings
from osc_desktop.ui.widgets.retranslating import Retranslating
from osc_desktop.ui.widgets.suspendable import ResumesDialogs

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class Area(IntEnum):
    """The navigation entries, in order."""

    DASHBOARD = 0
    INTAKE = 1
    CASES = 2
    SHELTER = 3
    VIDEO_CONFERENCING = 4
    REGISTERS = 5
    ADMINISTRATION = 6


# The areas this version has built; the others are shown disabled, saying they come later.
BUILT_AREAS = frozenset({Area.DASHBOARD, Area.INTAKE, Area.CASES, Area.ADMINISTRATION})
ADMIN_PERMISSIONS = (
    Permission.MANAGE_STAFF,
    Permission.VIEW_AUDIT_TRAIL,
    Permission.CHANGE_SETTINGS,
)


class Workspace(Retranslating, QWidget):
    settings_saved = Signal(MachineSettings)
    session_ended = Signal()

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from osc_desktop.ui.dashboard_view import DashboardView

        self.centre = centre
        self.actor = actor
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setSpacing(2)
        self.navigation.setIconSize(QSize(0, 0))
        self.navigation.setStyleSheet(
            "QListWidget#navigation { border: none; background: palette(window); "
            "padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight); "
            "color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        self.views: dict[Area, QWidget] = {Area.DASHBOARD: DashboardView(centre, actor)}
        if role_allows(actor.role, Permission.REGISTER_CASE):
            from osc_desktop.ui.intake.intake_view import IntakeView

            intake = IntakeView(centre, actor)
            intake.case_registered.connect(self._on_intake_case_registered)
            intake.open_case_requested.connect(self.open_case)
            self.views[Area.INTAKE] = intake
        if role_allows(actor.role, Permission.VIEW_CASES):
            from osc_desktop.ui.cases.cases_view import CasesView

            cases = CasesView(centre, actor)
            cases.session_ended.connect(self.session_ended)
            cases.case_changed.connect(self._refresh_dashboard)
            self.views[Area.CASES] = cases
        if any(role_allows(actor.role, p) for p in ADMIN_PERMISSIONS):
            from osc_desktop.ui.admin.administration_view import AdministrationView

            admin = AdministrationView(centre, actor)
            admin.settings_saved.connect(self.settings_saved)
            admin.session_ended.connect(self.session_ended)
            self.views[Area.ADMINISTRATION] = admin
        for area in Area:
            item = QListWidgetItem()
            if area in self.views:
                self.stack.addWidget(self.views[area])
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        # A click or Enter on an area puts the cursor in it, ready to type; moving through the
        # list with the arrow keys does not, so the list keeps the keyboard.
        self.navigation.itemClicked.connect(self._on_navigation_item_chosen)
        self.navigation.itemActivated.connect(self._on_navigation_item_chosen)
        self.navigation.setCurrentRow(Area.DASHBOARD)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        names = {
            Area.DASHBOARD: self.tr("Dashboard"),
            Area.INTAKE: self.tr("Intake"),
            Area.CASES: self.tr("Cases"),
            Area.SHELTER: self.tr("Shelter"),
            Area.VIDEO_CONFERENCING: self.tr("Video conferencing"),
            Area.REGISTERS: self.tr("Registers and reports"),
            Area.ADMINISTRATION: self.tr("Administration"),
        }
        later = self.tr("Not available yet: comes in a later version of OSC Desktop.")
        not_allowed = self.tr("Your role does not include this area.")
        for area, name in names.items():
            item = self.navigation.item(area)
            item.setText(name)
            if area in self.views:
                item.setToolTip("")
            else:
                item.setToolTip(later if area not in BUILT_AREAS else not_allowed)

    def resume_suspended(self) -> None:
        """Re-open any form the lock screen closed in this workspace."""
        for view in self.findChildren(QWidget):
            if isinstance(view, ResumesDialogs):
                view.resume_suspended()

    def show_area(self, area: Area) -> None:
        self.navigation.setCurrentRow(area)

    def open_case(self, case_id: int) -> None:
        """Show the Cases area with case `case_id` open in its tab."""
        cases = self.views.get(Area.CASES)
        if cases is None:
            return
        self.show_area(Area.CASES)
        cases.open_case(case_id)  # type: ignore[attr-defined]

    def _on_intake_case_registered(self, case_id: int) -> None:
        """A woman was registered: the lists and counts ask again, and her case opens."""
        cases = self.views.get(Area.CASES)
        if cases is not None:
            cases.refresh()  # type: ignore[attr-defined]
        self._refresh_dashboard()
        self.open_case(case_id)

    def _refresh_dashboard(self, *_args: object) -> None:
        dashboard = self.views[Area.DASHBOARD]
        refresh = getattr(dashboard, "refresh", None)
        if callable(refresh):
            refresh()

    def _on_navigation_item_chosen(self, item: QListWidgetItem) -> None:
        view = self.views.get(Area(self.navigation.row(item)))
        focus_first_field = getattr(view, "focus_first_field", None)
        if view is not None and view.isVisible() and callable(focus_first_field):
            focus_first_field()

    def _on_navigation_row_changed(self, row: int) -> None:
        view = self.views.get(Area(row)) if row >= 0 else None
        if view is not None:
            self.stack.setCurrentWidget(view)
