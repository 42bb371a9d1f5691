"""The PDF preview prints every page and saves only where asked."""

from __future__ import annotations

import subprocess

from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from osc_desktop.ui.pdf_preview import PdfPreviewDialog


def _two_page_pdf() -> bytes:
    import io

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in (1, 2):
        pdf.drawString(100, 700, f"Page marker {number}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_printing_sends_every_page_to_the_printer(qtbot, switcher, tmp_path):
    dialog = PdfPreviewDialog(_two_page_pdf(), "doc.pdf")
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    dialog._print_to(printer)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert "Pages:           2" in info.stdout


def test_save_writes_the_exact_bytes_and_reports_failure(qtbot, switcher, tmp_path, monkeypatch):
    pdf = _two_page_pdf()
    dialog = PdfPreviewDialog(pdf, "doc.pdf", save_warning="Keep it locked away.")
    qtbot.addWidget(dialog)
    assert dialog.warning.text() == "Keep it locked away."
    assert dialog.save_to(str(tmp_path / "out.pdf"))
    assert (tmp_path / "out.pdf").read_bytes() == pdf
    warnings = []
    monkeypatch.setattr(
        "osc_desktop.ui.pdf_preview.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    assert not dialog.save_to(str(tmp_path / "missing-folder" / "out.pdf"))
    assert warnings and warnings[0].startswith("The file could not be saved")


def test_the_preview_fits_a_small_screen_so_its_buttons_show(qtbot, switcher):
    from PySide6.QtGui import QGuiApplication

    dialog = PdfPreviewDialog(_two_page_pdf(), "doc.pdf")
    qtbot.addWidget(dialog)
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() < room.height()
    assert dialog.width() < room.width()
