"""The follow-ups model alone: how late each one is, overdue ones highlighted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from osc_desktop.services.cases.follow_ups import FollowUpRow
from osc_desktop.ui.item_models.follow_up_table_model import FollowUpTableModel

Column = FollowUpTableModel.Column
TODAY = date(2026, 11, 23)


def _row(number: int, due_on: date, **overrides) -> FollowUpRow:
    values = {
        "id": number,
        "case_id": 100 + number,
        "case_number": f"PAT/2026-27/{number:04d}",
        "display_name": "सुनीता देवी",
        "due_on": due_on,
        "done_at": None,
        "result": None,
        "notes": "",
        "overdue": due_on < TODAY,
        "cancelled": False,
    }
    values.update(overrides)
    return FollowUpRow(**values)


def _rows() -> list[FollowUpRow]:
    return [
        _row(1, date(2026, 11, 10)),
        _row(2, date(2026, 11, 22)),
        _row(3, TODAY),
        _row(4, date(2026, 11, 24)),
        _row(5, date(2026, 11, 30), display_name=""),
    ]


def test_the_model_passes_qt_s_model_tests(qtmodeltester, switcher):
    model = FollowUpTableModel()
    model.set_rows(_rows(), today=TODAY)
    qtmodeltester.check(model, force_py=True)


def test_each_row_says_how_late_or_how_soon(switcher):
    model = FollowUpTableModel()
    model.set_rows(_rows(), today=TODAY)
    when = [model.data(model.index(n, Column.WHEN)) for n in range(5)]
    assert when == [
        "Overdue by 13 days",
        "Overdue by 1 day",
        "Due today",
        "Due tomorrow",
        "Due in 7 days",
    ]
    assert model.data(model.index(0, Column.DUE_ON)) == "10-11-2026"
    assert model.data(model.index(0, Column.CASE_NUMBER)) == "PAT/2026-27/0001"
    assert model.data(model.index(0, Column.NAME)) == "सुनीता देवी"
    assert model.data(model.index(4, Column.NAME)) == "(erased)"
    assert model.overdue_count() == 2
    assert model.data(model.index(0, 0), FollowUpTableModel.RowRole).case_id == 101


def test_overdue_rows_are_highlighted_and_the_others_are_not(switcher):
    model = FollowUpTableModel()
    model.set_rows(_rows(), today=TODAY)
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, Column.NAME), background) is not None
    assert model.data(model.index(0, Column.WHEN), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, Column.WHEN), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(2, Column.NAME), background) is None
    assert model.data(model.index(3, Column.WHEN), Qt.ItemDataRole.FontRole) is None
