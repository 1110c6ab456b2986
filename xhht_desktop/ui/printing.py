"""Print our PDFs on the association's own printer, so that a certificate or form lands where
the pre-printed paper expects it.

Each page is rendered by pypdfium2 and painted at its true size (1 mm in the PDF is 1 mm on
paper), measured from the paper's edge. Office printers still feed the sheet a few millimetres
off and some stretch slightly, differently on every PC; the calibration saved on this PC
(a shift and a scale, found with a test page) corrects for that.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMarginsF, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError

if TYPE_CHECKING:  # pypdfium2 loads a native library: not at start-up
    import pypdfium2

MAX_SHIFT_MM = 30.0
MIN_SCALE, MAX_SCALE = 0.8, 1.2
MAX_RENDER_DPI = 300  # finer is not visibly better on office printers, and much slower
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
KEYS = ("printer/dx_mm", "printer/dy_mm", "printer/scale")
RECT_LABEL = "100 mm × 50 mm"
CROSS_MM = 20.0  # the test page's crosses are this far from the paper's edges


class PrintFailed(UserError):
    """The printer could not be started or reported an error. detail: the printer's name or
    why the document could not be read."""

    code = "print.failed"

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


def _finite(value: float, default: float) -> float:
    return value if math.isfinite(value) else default


@dataclass(frozen=True)
class Calibration:
    """How this PC's printer is off: move the print right/down by dx/dy mm, and scale it
    about the paper's top-left corner."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale: float = 1.0

    def clamped(self) -> Calibration:
        """Within what a real printer can be off by; anything else is a typing slip."""
        return Calibration(
            max(-MAX_SHIFT_MM, min(MAX_SHIFT_MM, _finite(self.dx_mm, 0.0))),
            max(-MAX_SHIFT_MM, min(MAX_SHIFT_MM, _finite(self.dy_mm, 0.0))),
            max(MIN_SCALE, min(MAX_SCALE, _finite(self.scale, 1.0))),
        )

    @property
    def is_identity(self) -> bool:
        return self.dx_mm == 0 and self.dy_mm == 0 and self.scale == 1


def load_calibration(settings: QSettings) -> Calibration:
    """The calibration saved on this PC; a missing or unreadable value counts as none."""
    defaults = Calibration()
    values = []
    for key, default in zip(KEYS, (defaults.dx_mm, defaults.dy_mm, defaults.scale), strict=True):
        try:
            value = float(settings.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = default
        values.append(_finite(value, default))
    return Calibration(*values).clamped()


def save_calibration(settings: QSettings, cal: Calibration) -> None:
    cal = cal.clamped()
    for key, value in zip(KEYS, (cal.dx_mm, cal.dy_mm, cal.scale), strict=True):
        settings.setValue(key, float(value))
    settings.sync()  # measured with a ruler and a test page: do not lose it to a crash


# Printing


def _set_page_layout(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    """The paper of the PDF page, so the driver picks (or asks for) the right sheet."""
    landscape = width_pt > height_pt
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    # Page sizes are defined portrait; a fuzzy match turns 841.9 × 595.3 pt into "A4" itself.
    size = QPageSize(
        QSizeF(min(width_pt, height_pt), max(width_pt, height_pt)),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    layout = QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if not printer.setPageLayout(layout):
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)
    printer.setFullPage(True)  # the layout may have brought its own mode: origin at the edge


def _draw_page(
    painter: QPainter, printer: QPrinter, page: pypdfium2.PdfPage, cal: Calibration
) -> None:
    from xhht_desktop.ui.widgets.pdf_view import render_page

    width_pt, height_pt = page.get_size()
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    render_dpi = min(max(dpi_x, dpi_y) * cal.scale, MAX_RENDER_DPI)
    image = render_page(page, render_dpi / POINTS_PER_INCH, for_print=True)
    # Painter units are printer dots, from the paper's top-left corner (full-page mode).
    target = QRectF(
        cal.dx_mm / MM_PER_INCH * dpi_x,
        cal.dy_mm / MM_PER_INCH * dpi_y,
        width_pt / POINTS_PER_INCH * dpi_x * cal.scale,
        height_pt / POINTS_PER_INCH * dpi_y * cal.scale,
    )
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawImage(target, image)


def _page_range(printer: QPrinter, count: int) -> range:
    """The pages asked for in the print dialog (0-based), all of them by default."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or count, count)
        return range(min(first, count), last)
    return range(count)


def print_pdf(
    data: bytes,
    printer: QPrinter,
    calibration: Calibration,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Print every page of `data` (or the range chosen in the print dialog), each on paper of
    its own size and orientation, corrected by `calibration`. Returns the pages printed;
    `progress(done, total)` is called after each page."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
    except (pypdfium2.PdfiumError, ValueError, OSError) as exc:
        raise PrintFailed(detail=str(exc)) from exc
    cal = calibration.clamped()
    printed = 0
    try:
        pages = _page_range(printer, len(pdf))
        if not pages:
            return 0
        first = pdf[pages[0]]
        try:
            # The first page's layout must be set before begin(); later ones before newPage().
            _set_page_layout(printer, *first.get_size())
        finally:
            first.close()
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(detail=_printer_name(printer))
        try:
            for index in pages:
                page = pdf[index]
                try:
                    if printed:
                        _set_page_layout(printer, *page.get_size())
                        if not printer.newPage():
                            raise PrintFailed(detail=_printer_name(printer))
                    _draw_page(painter, printer, page, cal)
                finally:
                    page.close()
                state = printer.printerState()
                if state == QPrinter.PrinterState.Error:
                    raise PrintFailed(detail=_printer_name(printer))
                printed += 1
                if progress is not None:
                    progress(printed, len(pages))
                if state == QPrinter.PrinterState.Aborted:  # cancelled in the print queue
                    break
        finally:
            painter.end()
    finally:
        pdf.close()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailed(detail=_printer_name(printer))
    return printed


def _printer_name(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


@dataclass(frozen=True)
class PrintJob:
    """What was sent to the printer: so the register records exactly the sheets printed."""

    printer: str
    copies: int
    pages: range  # 0-based pages of the document


def choose_printer_and_print(
    parent: QWidget | None, data: bytes, calibration: Calibration, copies: int = 1
) -> PrintJob | None:
    """Ask which printer (and how many copies, which pages), then print. What was printed, or
    None if the user cancelled. Raises PrintFailed."""
    import pypdfium2

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(MAX_RENDER_DPI)  # painter units; finer would only cost time
    printer.setCopyCount(max(copies, 1))
    dialog = QPrintDialog(printer, parent)
    try:
        pdf = pypdfium2.PdfDocument(data)
        count = len(pdf)
        dialog.setMinMax(1, max(count, 1))
        pdf.close()
    except (pypdfium2.PdfiumError, ValueError, OSError) as exc:
        raise PrintFailed(detail=str(exc)) from exc
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    wanted = printer.copyCount()
    if printer.supportsMultipleCopies():
        print_pdf(data, printer, calibration)
    else:  # a printer without copies of its own (X11 without CUPS): one job per copy
        for _ in range(wanted):
            print_pdf(data, printer, calibration)
    return PrintJob(_printer_name(printer), wanted, _page_range(printer, count))


# The test page


@dataclass(frozen=True)
class CalibrationTexts:
    """The test page's words, translated by the caller."""

    title: str
    lines: tuple[str, ...] = ()


def calibration_test_page(texts: CalibrationTexts) -> bytes:
    """One A4 landscape page: millimetre rulers along the top and left edges, crosses exactly
    20 mm from the top-left and the bottom-right corners, a 100 × 50 mm rectangle in the
    middle, and the instructions."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from xhht_desktop.services.pdf.fonts import BOLD, FAMILY, nfc, register_fonts

    register_fonts()
    width, height = landscape(A4)
    width_mm, height_mm = width / mm, height / mm
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), initialFontName=FAMILY, pageCompression=1)
    canvas.setTitle(nfc(texts.title))

    def top(y_mm: float) -> float:  # reportlab measures from the bottom; people from the top
        return height - y_mm * mm

    # Rulers: where the numbers print against the paper's edge shows the shift at a glance.
    canvas.setLineWidth(0.2)
    canvas.setFont(FAMILY, 6)
    for x in range(1, int(width_mm) + 1):
        length = 8 if x % 10 == 0 else 5 if x % 5 == 0 else 3
        canvas.line(x * mm, height, x * mm, top(length))
        if x % 10 == 0 and x < width_mm - 3:
            canvas.drawCentredString(x * mm, top(length + 2.5), str(x))
    for y in range(1, int(height_mm) + 1):
        length = 8 if y % 10 == 0 else 5 if y % 5 == 0 else 3
        canvas.line(0, top(y), length * mm, top(y))
        if y % 10 == 0 and 10 < y < height_mm - 3:  # 10 would overprint the top ruler's 10
            canvas.drawString((length + 1) * mm, top(y) - 2, str(y))

    # Crosses with a circle: the centre is what gets measured.
    canvas.setLineWidth(0.3)
    for cx, cy in ((CROSS_MM, CROSS_MM), (width_mm - CROSS_MM, height_mm - CROSS_MM)):
        canvas.line((cx - 8) * mm, top(cy), (cx + 8) * mm, top(cy))
        canvas.line(cx * mm, top(cy - 8), cx * mm, top(cy + 8))
        canvas.circle(cx * mm, top(cy), 5 * mm)
    canvas.setFont(FAMILY, 7)
    canvas.drawString((CROSS_MM + 6) * mm, top(CROSS_MM - 1.5), "20 mm, 20 mm")
    canvas.drawRightString(
        (width_mm - CROSS_MM - 6) * mm, top(height_mm - CROSS_MM + 3.5), "20 mm, 20 mm"
    )

    # The rectangle whose sides measure the scale.
    box_x, box_y = (width_mm - 100) / 2, (height_mm - 50) / 2
    canvas.setLineWidth(0.3)
    canvas.rect(box_x * mm, top(box_y + 50), 100 * mm, 50 * mm)
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(width / 2, top(box_y + 26.5), nfc(RECT_LABEL))

    # Instructions: above the rectangle, continuing below it if they are long.
    left, text_width = 40.0, width_mm - 80.0
    canvas.setFont(BOLD, 14)
    canvas.drawString(left * mm, top(38), nfc(texts.title))
    y = 46.0
    for paragraph in texts.lines:
        for line in simpleSplit(nfc(paragraph), FAMILY, 10, text_width * mm) or [""]:
            if box_y - 5 < y < box_y + 55:
                y = box_y + 60
            canvas.setFont(FAMILY, 10)
            canvas.drawString(left * mm, top(y), line)
            y += 4.8
        y += 1.5
    canvas.showPage()
    canvas.save()
    return out.getvalue()


# The dialog


class PrinterCalibrationDialog(QDialog):
    """Enter how far this PC's printer is off, measured on the printed test page."""

    def __init__(
        self,
        settings: QSettings,
        print_test_page: Callable[[Calibration], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._print_test_page = print_test_page
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.dx = self._mm_box()
        self.dy = self._mm_box()
        self.scale = QDoubleSpinBox()
        self.scale.setRange(round(MIN_SCALE * 100), round(MAX_SCALE * 100))
        self.scale.setSingleStep(0.5)
        self.scale.setDecimals(1)
        self.scale.setSuffix(" %")
        self.dx_label, self.dy_label, self.scale_label = QLabel(), QLabel(), QLabel()
        for label, box in ((self.dx_label, self.dx), (self.dy_label, self.dy)):
            label.setBuddy(box)
        self.scale_label.setBuddy(self.scale)
        form = QFormLayout()
        form.addRow(self.dx_label, self.dx)
        form.addRow(self.dy_label, self.dy)
        form.addRow(self.scale_label, self.scale)
        self.test_button = QPushButton()
        self.reset_button = QPushButton()
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(lambda: self._print_test_page(self.values()))
        self.reset_button.clicked.connect(lambda: self.set_values(Calibration()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.set_values(load_calibration(settings))
        self.setMinimumWidth(560)
        self.retranslate()
        # The explanation's height depends on the width: lay out at the final width first.
        self.resize(self.minimumWidth(), self.heightForWidth(self.minimumWidth()))

    @staticmethod
    def _mm_box() -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-MAX_SHIFT_MM, MAX_SHIFT_MM)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setSuffix(" mm")
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printer calibration"))
        self.explanation.setText(
            self.tr(
                "Print the test page and measure it with a ruler.\n"
                "1. The rectangle should be 100 mm wide. If it is not, set the scale to "
                "100 ÷ the width you measured × 100 % (98 mm gives 102 %) and print again.\n"
                "2. The centre of the cross at the top left should be 20 mm from the left edge "
                "and 20 mm from the top edge of the paper. If it is 23 mm from the left, enter "
                "−3 in “Move right”; if it is 18 mm from the top, enter 2 in “Move down”.\n"
                "Print the test page again to check, then press OK."
            )
        )
        self.dx_label.setText(self.tr("Move &right (mm):"))
        self.dy_label.setText(self.tr("Move &down (mm):"))
        self.scale_label.setText(self.tr("&Scale (%):"))
        self.test_button.setText(self.tr("&Print test page…"))
        self.reset_button.setText(self.tr("R&eset"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> Calibration:
        """The calibration in the boxes now (saved only by OK)."""
        return Calibration(self.dx.value(), self.dy.value(), self.scale.value() / 100).clamped()

    def set_values(self, cal: Calibration) -> None:
        self.dx.setValue(cal.dx_mm)
        self.dy.setValue(cal.dy_mm)
        self.scale.setValue(cal.scale * 100)

    def accept(self) -> None:
        save_calibration(self.settings, self.values())
        super().accept()
