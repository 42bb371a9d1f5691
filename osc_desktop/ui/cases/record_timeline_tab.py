"""The "Timeline" tab of a case record: everything that happened to the case, in order."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from osc_desktop.services.cases import timeline as case_timeline
from osc_desktop.ui.cases.record_models import TimelineTableModel
from osc_desktop.ui.cases.record_tab import RecordHost, RecordListTab
from osc_desktop.ui.widgets.record_table import make_record_table


class RecordTimelineTab(RecordListTab):
    """The case's timeline; nothing to do here but read it."""

    STRETCH = (TimelineTableModel.Column.DETAIL,)

    def __init__(self, host: RecordHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.model = TimelineTableModel(self)
        self.table = make_record_table(self.model, "timeline_table")
        self._lay_out([])
        self.retranslate_ui()

    def read(self, uow: Any) -> Any:
        host = self.host
        return case_timeline.case_timeline(uow, host.case_id, by=host.actor)
