"""The cases list model alone: paging through a loader, sorting through the query, the texts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt, QTranslator

from osc_desktop.services.cases.dto import CaseListRow, CasePage, CaseQuery, CaseSort
from osc_desktop.services.core.clock import centre_zone
from osc_desktop.ui.item_models.case_table_model import CaseTableModel

Column = CaseTableModel.Column


def _row(number: int, **overrides) -> CaseListRow:
    values = {
        "id": number,
        "case_number": f"PAT/2026-27/{number:04d}",
        "display_name": "सुनीता देवी" if number % 2 else "Sunita Devi",
        "age_years": 20 + number % 40,
        "status": "in_progress",
        "registered_at": datetime(2026, 11, 23, 4, 30, tzinfo=UTC) - timedelta(days=number),
        "violence": ("domestic", "dowry"),
        "case_worker_name": "Ravi Kumar",
        "phone_last_digits": "3210",
        "incomplete": False,
        "erased": False,
    }
    values.update(overrides)
    return CaseListRow(**values)


class _Cases:
    """`total` synthetic cases served a page at a time, sorted as asked; counts the calls."""

    def __init__(self, total: int) -> None:
        self.rows = [_row(n) for n in range(1, total + 1)]
        self.calls: list[tuple[CaseQuery, int, int]] = []
        self.fail = False

    def __call__(self, query: CaseQuery, offset: int, limit: int) -> CasePage | None:
        self.calls.append((query, offset, limit))
        if self.fail:
            return None
        key = {
            CaseSort.CASE_NUMBER: lambda r: r.case_number,
            CaseSort.NAME: lambda r: r.display_name,
            CaseSort.STATUS: lambda r: r.status,
        }.get(query.sort, lambda r: r.registered_at)
        rows = [r for r in self.rows if query.text in r.case_number]
        rows.sort(key=key, reverse=query.descending)
        return CasePage(tuple(rows[offset : offset + limit]), len(rows))


def test_the_model_passes_qt_s_model_tests_while_paging(qtmodeltester, switcher):
    cases = _Cases(250)
    model = CaseTableModel(cases)
    assert model.set_query(CaseQuery())
    assert model.rowCount() == CaseTableModel.PAGE_SIZE
    assert model.total == 250
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)  # fetches the further pages as a view would
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    assert [offset for _query, offset, _limit in cases.calls] == [0, 100, 200]
    assert len({model.row_at(n).id for n in range(250)}) == 250


def test_the_first_page_comes_from_the_query_and_later_pages_keep_it(switcher):
    cases = _Cases(250)
    model = CaseTableModel(cases)
    model.set_query(CaseQuery(text="/00"))  # 0001..0099
    assert model.total == 99
    assert model.rowCount() == 99
    assert not model.canFetchMore(QModelIndex())
    model.set_query(CaseQuery())
    model.fetchMore(QModelIndex())
    assert cases.calls[-1][0] == CaseQuery()
    assert cases.calls[-1][1] == 100


def test_a_failed_load_keeps_what_was_shown(switcher):
    cases = _Cases(30)
    model = CaseTableModel(cases)
    model.set_query(CaseQuery())
    cases.fail = True
    assert not model.set_query(CaseQuery(text="0001"))
    assert model.rowCount() == 30
    assert model.query == CaseQuery()


def test_a_failed_page_stops_fetching_until_the_next_search(switcher):
    cases = _Cases(150)
    model = CaseTableModel(cases)
    model.set_query(CaseQuery())
    cases.fail = True
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    assert not model.canFetchMore(QModelIndex())


def test_sorting_asks_the_database_again_with_the_query_sorted(switcher):
    cases = _Cases(120)
    model = CaseTableModel(cases)
    model.set_query(CaseQuery(text="PAT"))
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
    query = cases.calls[-1][0]
    assert (query.sort, query.descending, query.text) == (CaseSort.CASE_NUMBER, False, "PAT")
    assert model.data(model.index(0, Column.CASE_NUMBER)) == "PAT/2026-27/0001"
    assert model.sort_column() == Column.CASE_NUMBER
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, Column.CASE_NUMBER)) == "PAT/2026-27/0120"
    calls = len(cases.calls)
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)  # no change: no query
    model.sort(Column.PHONE, Qt.SortOrder.AscendingOrder)  # not sortable: ignored
    assert len(cases.calls) == calls
    model.sort(Column.REGISTERED, Qt.SortOrder.DescendingOrder)
    assert cases.calls[-1][0].sort == CaseSort.REGISTERED_AT


def _text(model: CaseTableModel, column: Column, row: int = 0) -> str:
    return model.data(model.index(row, column))


def test_a_row_reads_as_the_list_shows_it(switcher):
    model = CaseTableModel()
    row = _row(
        7,
        display_name="Sunita Devi",
        status="registered",
        violence=("domestic", "child_sexual_abuse"),
        incomplete=True,
        age_years=32,
    )
    model.set_rows([row], total=1)
    assert _text(model, Column.CASE_NUMBER) == "PAT/2026-27/0007"
    assert _text(model, Column.NAME) == "Sunita Devi"
    assert _text(model, Column.AGE) == "32"
    assert _text(model, Column.STATUS) == "Registered"
    assert _text(model, Column.VIOLENCE) == "Domestic violence, Child sexual abuse (POCSO)"
    assert _text(model, Column.REGISTERED) == row.registered_at.astimezone(centre_zone()).strftime(
        "%d-%m-%Y"
    )
    assert _text(model, Column.CASE_WORKER) == "Ravi Kumar"
    assert _text(model, Column.PHONE) == "•••• 3210"
    assert _text(model, Column.INCOMPLETE) == "Incomplete"
    assert model.data(model.index(0, Column.INCOMPLETE), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, 0), CaseTableModel.RowRole) is row
    assert model.headerData(Column.VIOLENCE, Qt.Orientation.Horizontal) == "Kind of violence"


def test_no_phone_no_age_complete_intake_show_blank(switcher):
    model = CaseTableModel()
    model.set_rows([_row(1, phone_last_digits="", age_years=None, incomplete=False)], total=1)
    assert _text(model, Column.PHONE) == ""
    assert _text(model, Column.AGE) == ""
    assert _text(model, Column.INCOMPLETE) == ""


def test_an_erased_case_says_so_in_italics_and_shows_nothing_of_her(switcher):
    model = CaseTableModel()
    model.set_rows([_row(3, display_name="", erased=True, incomplete=True)], total=1)
    assert _text(model, Column.NAME) == "(erased)"
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.FontRole).italic()
    assert _text(model, Column.PHONE) == ""
    assert _text(model, Column.INCOMPLETE) == ""


def test_a_withheld_name_shows_the_alias_in_italics(switcher):
    row = _row(4, display_name="Rani", name_withheld=True)
    model = CaseTableModel()
    model.set_rows([row], total=1)
    assert _text(model, Column.NAME) == "Rani"
    assert model.data(model.index(0, Column.NAME), Qt.ItemDataRole.FontRole).italic()
    assert "alias" in model.data(model.index(0, Column.NAME), Qt.ItemDataRole.ToolTipRole)


class _Hindi(QTranslator):
    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("case", "Disposed"): "निस्तारित",
        ("CaseTableModel", "Status"): "स्थिति",
        ("CaseTableModel", "•••• %1"): "•••• %1",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def test_labels_follow_the_interface_language(switcher, app):
    model = CaseTableModel()
    model.set_rows([replace(_row(1), status="disposed")], total=1)
    assert _text(model, Column.STATUS) == "Disposed"
    translator = _Hindi()
    app.installTranslator(translator)
    try:
        assert _text(model, Column.STATUS) == "निस्तारित"
        assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "स्थिति"
    finally:
        app.removeTranslator(translator)
