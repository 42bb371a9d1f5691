"""The main window: navigation between the centre's areas, a status bar, language and help."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from osc_desktop import __version__
from osc_desktop.ui.language import LANGUAGE_NAMES
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:  # importing services.storage loads SQLAlchemy: not before the window shows
    from osc_desktop.services.storage import OpenCentre


class Area(IntEnum):
    """The navigation entries, in order. Only those with a view are enabled."""

    DASHBOARD = 0
    INTAKE = 1
    CASES = 2
    SHELTER = 3
    VIDEO_CONFERENCING = 4
    REGISTERS = 5
    ADMINISTRATION = 6


# The areas this version has built; the others are shown disabled, saying they come later.
AVAILABLE_AREAS = frozenset({Area.DASHBOARD})


class MainWindow(Retranslating, QMainWindow):
    """Shown at once on start; `show_centre` fills it once the records are open."""

    language_requested = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre: OpenCentre | None = None
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
        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.views: dict[Area, QWidget] = {}
        for _area in Area:
            item = QListWidgetItem()
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)

        self.user_status = QLabel()
        self.centre_status = QLabel()
        self.database_status = QLabel()
        for label in (self.user_status, self.centre_status, self.database_status):
            self.statusBar().addPermanentWidget(label)

        self._build_menus(language)
        self.resize(1100, 720)
        self.retranslate_ui()

    def show_centre(self, centre: OpenCentre) -> None:
        """Fill the window with the open centre's areas."""
        from osc_desktop.ui.dashboard_view import DashboardView

        self.centre = centre
        self.views = {Area.DASHBOARD: DashboardView(centre)}
        for area, view in self.views.items():
            self.stack.addWidget(view)
            item = self.navigation.item(area)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
        self.navigation.setCurrentRow(Area.DASHBOARD)
        self.stack.setCurrentWidget(self.views[Area.DASHBOARD])
        self.retranslate_ui()

    def _build_menus(self, language: str) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked, c=code: self.language_requested.emit(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(self.about_action)

    def set_language_checked(self, language: str) -> None:
        self.language_actions[language].setChecked(True)

    def retranslate_ui(self) -> None:
        self.opening.setText(self.tr("Opening the centre's records…"))
        if self.centre is None:
            self.setWindowTitle("OSC Desktop")
        else:
            self.setWindowTitle(self.tr("OSC Desktop — %1").replace("%1", self.centre.profile.name))
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
        for area, name in names.items():
            item = self.navigation.item(area)
            item.setText(name)
            item.setToolTip("" if area in AVAILABLE_AREAS else later)
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About OSC Desktop"))
        self.user_status.setText(self.tr("No one signed in"))
        if self.centre is None:
            self.centre_status.setText("")
            self.database_status.setText(self.tr("Database: not open"))
        else:
            self.centre_status.setText(
                self.tr("Centre: %1").replace("%1", self.centre.profile.code)
            )
            self.database_status.setText(self.tr("Database: open, encrypted"))

    def _on_navigation_row_changed(self, row: int) -> None:
        view = self.views.get(Area(row)) if row >= 0 else None
        if view is not None:
            self.stack.setCurrentWidget(view)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About OSC Desktop"),
            self.tr(
                "OSC Desktop %1\n\nRecords, shelter beds, court video hearings and registers "
                "for a One Stop Centre (Sakhi Centre). Every record is kept encrypted on this "
                "computer."
            ).replace("%1", __version__),
        )
