"""Preview a PDF made in memory, print it through Qt's print dialog, or save it where asked.

The PDF never touches the disk unless the user saves it: some documents (the recovery key, a
survivor's forms) must not be left in temporary folders.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from osc_desktop.ui.widgets.retranslating import Retranslating

PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of `document` on `printer`, each scaled to fit its printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(
                round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI)
            )
            image = document.render(page, pixels)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(QPointF(0, 0), image.size().toSizeF() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


class PdfPreviewDialog(Retranslating, QDialog):
    """Shows a PDF with Print… and Save as PDF… buttons."""

    def __init__(
        self,
        pdf: bytes,
        suggested_name: str,
        parent: QWidget | None = None,
        save_warning: str = "",
    ) -> None:
        super().__init__(parent)
        self._pdf = pdf
        self._suggested_name = suggested_name
        self._save_warning = save_warning
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(save_warning))

        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(_fitting_size(parent, QSize(720, 860)))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print preview"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))
        self.warning.setText(self._save_warning)  # already translated by the caller

    def _on_print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._print_to(printer)

    def _print_to(self, printer: QPrinter) -> None:
        try:
            print_pdf(self.document, printer)
        except OSError:
            QMessageBox.warning(
                self, self.tr("Print"), self.tr("The printer could not be started.")
            )

    def _on_save_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._suggested_name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the PDF to `path`; tells the user and returns False if that fails."""
        try:
            with open(path, "wb") as handle:
                handle.write(self._pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The file could not be saved: %1").replace("%1", exc.strerror or ""),
            )
            return False
        return True


def _fitting_size(parent: QWidget | None, wanted: QSize) -> QSize:
    """`wanted`, made smaller where the screen is (a 1366x768 laptop), so the buttons show."""
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size() - QSize(40, 80)  # window frame and title bar
    return wanted.boundedTo(room)
