"""What the tabs of a case record share: which tab is which, what a tab may ask of the record
view that holds it (`RecordHost`), and the shape of the list tabs (a bar of buttons over a
table, read when the tab is first shown after a change)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from osc_desktop.errors import OscError
    from osc_desktop.services.cases.dto import CaseDetail
    from osc_desktop.services.centre.storage import OpenCentre
    from osc_desktop.services.core.dto import Actor
    from osc_desktop.services.core.permissions import Permission
    from osc_desktop.ui.cases.record_dialogs import RecordDialog
    from osc_desktop.ui.item_models.rows_table_model import RowsTableModel
    from osc_desktop.ui.widgets.record_table import RecordTable

T = TypeVar("T")


class RecordTab(IntEnum):
    DETAILS = 0
    SERVICES = 1
    REFERRALS = 2
    FOLLOW_UPS = 3
    TIMELINE = 4


class RecordHost(Protocol):
    """The case record view, as its tabs and its action bar see it: the case, the signed-in
    actor and what her role allows, and one way to call the services and show a refusal."""

    centre: OpenCentre
    actor: Actor
    case_id: int
    detail: CaseDetail | None
    may: dict[Permission, bool]
    case_changed: SignalInstance
    session_ended: SignalInstance

    def call(self, action: Callable[[Any], T]) -> T | None:
        """Run `action(uow)`; a refusal is explained to the user and gives None."""
        ...

    def in_transaction(self, action: Callable[[Any], T]) -> T:
        """Run `action(uow)` in one unit of work; a refusal is raised (for a dialog to show)."""
        ...

    def refused(self, error: OscError) -> None: ...

    def run_dialog(self, dialog: RecordDialog, kind: str, key: int | None = None) -> bool:
        """Show `dialog`; True if saved. A dialog the lock closed is kept to resume."""
        ...

    def changed(self, notice: Callable[[], str] | None = None) -> None:
        """After any change: read the case again and tell the cases list."""
        ...

    def show_detail(self, detail: CaseDetail) -> None: ...

    def reload(self) -> None: ...

    def set_notice(self, notice: Callable[[], str] | None) -> None: ...

    def show_tab(self, tab: RecordTab) -> None: ...

    def reread(self, tab: RecordTab) -> None:
        """Read `tab` again when next shown (now, if it is in front)."""
        ...

    def update_actions(self, *_args: object) -> None: ...


def fit_columns(table: QTableView, *stretch: int) -> None:
    """Columns sized to what they hold, but those in `stretch` share the room left."""
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch
            if column in stretch
            else QHeaderView.ResizeMode.ResizeToContents,
        )


def selected_row(table: QTableView) -> Any:
    """The row object chosen in `table`, or None."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    return table.model().row_at(rows[0].row())


class RecordListTab(Retranslating, QWidget):
    """A tab listing the case's records of one kind; `load()` reads them with `read(uow)`.

    A subclass makes `model` and `table`, then calls `_lay_out`."""

    STRETCH: tuple[int, ...] = ()  # the columns that share the room left
    model: RowsTableModel
    table: RecordTable

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    def _lay_out(self, buttons: list[QPushButton], hint: QLabel | None = None) -> None:
        fit_columns(self.table, *self.STRETCH)
        bar = QHBoxLayout()
        if hint is not None:
            hint.setWordWrap(True)
            bar.addWidget(hint, 1)
        else:
            bar.addStretch(1)
        for button in buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def read(self, uow: Any) -> Any:
        """The rows of this tab, read in `uow`."""
        raise NotImplementedError

    def load(self) -> None:
        rows = self.host.call(self.read)
        if rows is not None:
            self.model.set_rows(rows)
            fit_columns(self.table, *self.STRETCH)

    def update_actions(self, records: bool) -> None:
        """Show the buttons when `records` (a live case, and her role records services)."""

    def retranslate_ui(self) -> None:
        self.model.retranslate()
