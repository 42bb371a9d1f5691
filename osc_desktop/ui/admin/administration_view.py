"""Administration: staff accounts, the audit trail, this computer's settings and the backups,
as tabs.

Each tab is built when first opened, so looking at Administration does not read (or audit a
view of) the audit trail until someone opens that tab.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from osc_desktop.services.core.dto import Actor
from osc_desktop.services.core.permissions import Permission, role_allows
from osc_desktop.settings import MachineSettings
from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from osc_desktop.services.centre.storage import OpenCentre


class _LazyTab(QWidget):
    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            self._layout.addWidget(self.content)
        return self.content


class AdministrationView(Retranslating, QWidget):
    settings_saved = Signal(MachineSettings)
    # The signed-in person's own account was deactivated or changed: they must sign in again.
    session_ended = Signal()
    # A manager confirmed restoring this backup file (Backups tab): the main window does it.
    restore_requested = Signal(Path)

    def __init__(self, centre: OpenCentre, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.centre = centre
        self.actor = actor
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        if role_allows(actor.role, Permission.MANAGE_STAFF):
            self._add("staff", self._build_staff)
        if role_allows(actor.role, Permission.VIEW_AUDIT_TRAIL):
            self._add("audit", self._build_audit)
        if role_allows(actor.role, Permission.CHANGE_SETTINGS):
            self._add("settings", self._build_settings)
        if role_allows(actor.role, Permission.MANAGE_BACKUPS):
            self._add("backups", self._build_backups)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def _add(self, key: str, build: Callable[[], QWidget]) -> None:
        self.tab_keys.append(key)
        self.tabs.addTab(_LazyTab(build), "")

    def tab(self, key: str) -> QWidget:
        """The built content of tab `key` ("staff", "audit", "settings", "backups"), selecting
        it."""
        index = self.tab_keys.index(key)
        self.tabs.setCurrentIndex(index)
        lazy = self.tabs.widget(index)
        assert isinstance(lazy, _LazyTab)
        return lazy.ensure_built()

    def showEvent(self, event: object) -> None:
        self._on_tabs_current_changed(self.tabs.currentIndex())
        super().showEvent(event)  # type: ignore[arg-type]

    def retranslate_ui(self) -> None:
        titles = {
            "staff": self.tr("Staff accounts"),
            "audit": self.tr("Audit trail"),
            "settings": self.tr("Settings"),
            "backups": self.tr("Backups"),
        }
        for index, key in enumerate(self.tab_keys):
            self.tabs.setTabText(index, titles[key])

    def _on_tabs_current_changed(self, index: int) -> None:
        lazy = self.tabs.widget(index)
        if isinstance(lazy, _LazyTab) and self.isVisible():
            lazy.ensure_built()

    def _build_staff(self) -> QWidget:
        from osc_desktop.ui.admin.staff_view import StaffView

        view = StaffView(self.centre, self.actor)
        view.session_ended.connect(self.session_ended)
        view.own_account_changed.connect(self.session_ended)
        return view

    def _build_audit(self) -> QWidget:
        from osc_desktop.ui.admin.audit_view import AuditView

        return AuditView(self.centre, self.actor)

    def _build_settings(self) -> QWidget:
        from osc_desktop.ui.admin.settings_view import SettingsView

        view = SettingsView(self.centre, self.actor)
        view.settings_saved.connect(self.settings_saved)
        return view

    def _build_backups(self) -> QWidget:
        from osc_desktop.ui.admin.backups_view import BackupsView

        view = BackupsView(self.centre, self.actor)
        view.restore_requested.connect(self.restore_requested)
        view.settings_saved.connect(self.settings_saved)
        view.session_ended.connect(self.session_ended)
        return view
