"""The shared record table says what an empty list means."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from osc_desktop.ui.widgets.record_table import make_record_table


def test_an_empty_table_paints_its_message_and_a_filled_one_does_not(qtbot, app):
    model = QStandardItemModel(0, 2)
    table = make_record_table(model, "t")
    qtbot.addWidget(table)
    table.resize(400, 200)
    table.set_empty_text("Nothing here yet.")
    table.show()
    qtbot.waitExposed(table)
    empty = table.viewport().grab().toImage()
    model.appendRow([QStandardItem(""), QStandardItem("")])
    model.removeRow(0)
    table.set_empty_text("")
    blank = table.viewport().grab().toImage()
    assert empty != blank  # the message was drawn
