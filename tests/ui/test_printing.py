"""Printing at true size with this PC's calibration, the test page, and the calibration dialog.

A QPrinter writing a PDF stands in for the real printer: the output is rendered again with
pypdfium2 and measured in pixels.
"""

from __future__ import annotations

import io
import math
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from xhht_desktop.errors import UserError
from xhht_desktop.ui.printing import (
    Calibration,
    CalibrationTexts,
    PrinterCalibrationDialog,
    PrintFailed,
    calibration_test_page,
    load_calibration,
    print_pdf,
    save_calibration,
)
from xhht_desktop.ui.widgets.pdf_view import render_page

# QPrinter and QImage need the application object; pytest-qt's qapp makes it.
pytestmark = pytest.mark.usefixtures("qapp")

DPI = 100  # the output is measured at this resolution
PX_PER_MM = DPI / 25.4


def square_pdf(sizes: list[tuple[float, float]]) -> bytes:
    """Pages of the given sizes, each with a black 20 mm square 50 mm from the top and left."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=sizes[0])
    for width, height in sizes:
        canvas.setPageSize((width, height))
        canvas.rect(50 * mm, height - 70 * mm, 20 * mm, 20 * mm, stroke=0, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(300)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def rendered(path: Path, index: int = 0, dpi: float = DPI) -> QImage:
    pdf = pypdfium2.PdfDocument(path.read_bytes())
    try:
        page = pdf[index]
        try:
            return render_page(page, dpi / 72)
        finally:
            page.close()
    finally:
        pdf.close()


def dark_box(image: QImage, threshold: int = 128) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels darker than `threshold`."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    rows = [y for y in range(height) if min(data[y * stride : y * stride + width]) < threshold]
    assert rows, "nothing dark on the page"
    cols = [
        x
        for x in range(width)
        if any(data[y * stride + x] < threshold for y in range(rows[0], rows[-1] + 1))
    ]
    return cols[0], rows[0], cols[-1], rows[-1]


def printed_box(tmp_path: Path, calibration: Calibration, name: str) -> tuple[int, ...]:
    out = tmp_path / f"{name}.pdf"
    assert print_pdf(square_pdf([A4]), pdf_printer(out), calibration) == 1
    return dark_box(rendered(out))


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


# Calibration values


def test_calibration_is_clamped_to_what_a_printer_can_be_off_by() -> None:
    assert Calibration(50, -50, 2).clamped() == Calibration(30, -30, 1.2)
    assert Calibration(-0.5, 4, 0.5).clamped() == Calibration(-0.5, 4, 0.8)
    assert Calibration(math.nan, math.inf, math.nan).clamped() == Calibration()
    assert Calibration().is_identity
    assert not Calibration(dx_mm=0.5).is_identity and not Calibration(scale=1.01).is_identity


def test_calibration_survives_a_save_and_a_new_settings_object(tmp_path) -> None:
    assert load_calibration(ini(tmp_path)) == Calibration()  # nothing saved yet
    save_calibration(ini(tmp_path), Calibration(1.5, -2.0, 1.02))
    assert load_calibration(ini(tmp_path)) == Calibration(1.5, -2.0, 1.02)


def test_unreadable_or_wild_saved_values_fall_back(tmp_path) -> None:
    settings = ini(tmp_path)
    settings.setValue("printer/dx_mm", "abc")
    settings.setValue("printer/dy_mm", "99")
    settings.setValue("printer/scale", "nan")
    settings.sync()
    assert load_calibration(ini(tmp_path)) == Calibration(0.0, 30.0, 1.0)
    settings.setValue("printer/dx_mm", ["a", "list"])
    assert load_calibration(settings).dx_mm == 0.0


# print_pdf


def test_each_page_is_printed_on_paper_of_its_own_size(tmp_path) -> None:
    out = tmp_path / "out.pdf"
    calls = []
    data = square_pdf([A4, landscape(A4), A4])
    count = print_pdf(data, pdf_printer(out), Calibration(), lambda done, total: calls.append(done))
    assert count == 3 and calls == [1, 2, 3]
    pages = pypdf.PdfReader(out).pages
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    assert len(sizes) == 3
    assert sizes[0] == pytest.approx((595, 842), abs=1)
    assert sizes[1] == pytest.approx((842, 595), abs=1)
    assert sizes[2] == pytest.approx((595, 842), abs=1)


def test_a_landscape_document_starts_on_landscape_paper(tmp_path) -> None:
    out = tmp_path / "out.pdf"
    assert print_pdf(square_pdf([landscape(A4)]), pdf_printer(out), Calibration()) == 1
    (page,) = pypdf.PdfReader(out).pages
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_one_mm_in_the_pdf_is_one_mm_on_paper(tmp_path) -> None:
    left, top, right, bottom = printed_box(tmp_path, Calibration(), "plain")
    assert left == pytest.approx(50 * PX_PER_MM, abs=2)
    assert top == pytest.approx(50 * PX_PER_MM, abs=2)
    assert right - left == pytest.approx(20 * PX_PER_MM, abs=2)
    assert bottom - top == pytest.approx(20 * PX_PER_MM, abs=2)


def test_the_calibration_moves_and_scales_the_print(tmp_path) -> None:
    plain = printed_box(tmp_path, Calibration(), "plain")
    moved = printed_box(tmp_path, Calibration(dx_mm=10, dy_mm=-5), "moved")
    assert moved[0] - plain[0] == pytest.approx(10 * PX_PER_MM, abs=2)
    assert moved[1] - plain[1] == pytest.approx(-5 * PX_PER_MM, abs=2)
    assert moved[2] - moved[0] == pytest.approx(plain[2] - plain[0], abs=2)
    # Scaled about the paper's corner: 50 mm becomes 55 mm, 20 mm becomes 22 mm.
    scaled = printed_box(tmp_path, Calibration(scale=1.1), "scaled")
    assert scaled[0] == pytest.approx(55 * PX_PER_MM, abs=2)
    assert scaled[2] - scaled[0] == pytest.approx(22 * PX_PER_MM, abs=2)


def test_a_page_range_prints_only_those_pages(tmp_path) -> None:
    out = tmp_path / "out.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(square_pdf([A4, landscape(A4), A4, A4]), printer, Calibration()) == 2
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 2 and float(pages[0].mediabox.width) > float(pages[0].mediabox.height)


def test_a_damaged_pdf_is_a_print_failure(tmp_path) -> None:
    with pytest.raises(PrintFailed) as caught:
        print_pdf(b"not a pdf", pdf_printer(tmp_path / "out.pdf"), Calibration())
    assert isinstance(caught.value, UserError) and caught.value.code == "print.failed"
    assert caught.value.params["detail"]


def test_a_printer_that_cannot_start_is_a_print_failure(tmp_path) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "out.pdf")
    with pytest.raises(PrintFailed) as caught:
        print_pdf(square_pdf([A4]), printer, Calibration())
    assert "out.pdf" in str(caught.value.params["detail"])


# The test page


def test_the_test_page_is_one_landscape_page_with_the_callers_words(tmp_path) -> None:
    title = unicodedata.normalize("NFD", "Trang thử máy in — căn chỉnh lề")
    line = unicodedata.normalize("NFD", "Đo tâm dấu chữ thập bằng thước kẻ.")
    data = calibration_test_page(CalibrationTexts(title, (line, "Second line")))
    reader = pypdf.PdfReader(io.BytesIO(data))
    (page,) = reader.pages
    assert float(page.mediabox.width) == pytest.approx(842, abs=1)
    assert float(page.mediabox.height) == pytest.approx(595, abs=1)
    text = unicodedata.normalize("NFC", page.extract_text())
    assert unicodedata.normalize("NFC", title) in text
    assert unicodedata.normalize("NFC", line) in text
    assert "Second line" in text and "100 mm × 50 mm" in text


def dark_runs(values: list[int], threshold: int = 200) -> list[int]:
    """The first index of each run of dark values."""
    return [
        i for i, v in enumerate(values) if v < threshold and (i == 0 or values[i - 1] >= threshold)
    ]


def test_the_test_page_marks_are_where_they_say(tmp_path) -> None:
    path = tmp_path / "test-page.pdf"
    path.write_bytes(calibration_test_page(CalibrationTexts("Test", ())))
    image = rendered(path, dpi=254).convertToFormat(QImage.Format.Format_Grayscale8)  # 10 px/mm
    assert (image.width(), image.height()) == pytest.approx((2970, 2100), abs=1)

    def row(y: int, x0: int, x1: int) -> list[int]:
        return [image.pixelColor(x, y).value() for x in range(x0, x1)]

    def column(x: int, y0: int, y1: int) -> list[int]:
        return [image.pixelColor(x, y).value() for y in range(y0, y1)]

    # Crosses, seen 5.5 mm from their centres (past the circles): the lines are 20 mm from the
    # left and the top edge (pixel 200), and 20 mm from the right and bottom (2770, 1900).
    assert dark_runs(row(145, 150, 250)) == [pytest.approx(200 - 150, abs=2)]
    assert dark_runs(column(145, 150, 250)) == [pytest.approx(200 - 150, abs=2)]
    assert dark_runs(row(1845, 2720, 2820)) == [pytest.approx(2770 - 2720, abs=2)]
    assert dark_runs(column(2825, 1850, 1950)) == [pytest.approx(1900 - 1850, abs=2)]
    # The rectangle, 100 × 50 mm, crossed away from its label.
    across = dark_runs(row(900, 500, 2500))
    assert len(across) == 2 and across[1] - across[0] == pytest.approx(1000, abs=2)
    down = dark_runs(column(1100, 500, 1600))
    assert len(down) == 2 and down[1] - down[0] == pytest.approx(500, abs=2)


# The dialog


@pytest.fixture
def settings(tmp_path) -> QSettings:
    settings = ini(tmp_path)
    save_calibration(settings, Calibration(1.0, 2.0, 1.01))
    return settings


def make_dialog(qtbot, settings: QSettings, printed: list[Calibration] | None = None):
    dialog = PrinterCalibrationDialog(settings, (printed if printed is not None else []).append)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_starts_from_the_saved_calibration(qtbot, settings) -> None:
    dialog = make_dialog(qtbot, settings)
    assert (dialog.dx.value(), dialog.dy.value(), dialog.scale.value()) == (1.0, 2.0, 101.0)
    assert dialog.values() == Calibration(1.0, 2.0, 1.01)
    assert dialog.dx.suffix() == " mm" and dialog.dx.minimum() == -30 and dialog.dx.maximum() == 30
    assert (dialog.scale.minimum(), dialog.scale.maximum()) == (80, 120)
    assert dialog.explanation.wordWrap() and "20 mm" in dialog.explanation.text()


def test_ok_saves_what_was_entered(qtbot, settings, tmp_path) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.dx.setValue(2.5)
    dialog.dy.setValue(-1.5)
    dialog.scale.setValue(98.5)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_calibration(ini(tmp_path)) == Calibration(2.5, -1.5, 0.985)


def test_cancel_leaves_the_settings_alone(qtbot, settings, tmp_path) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.dx.setValue(-7)
    dialog.reset_button.click()
    assert dialog.values() == Calibration()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert load_calibration(ini(tmp_path)) == Calibration(1.0, 2.0, 1.01)


def test_reset_then_ok_saves_no_correction(qtbot, settings, tmp_path) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.reset_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert load_calibration(ini(tmp_path)).is_identity


def test_the_test_page_is_printed_with_the_values_in_the_boxes(qtbot, settings) -> None:
    printed: list[Calibration] = []
    dialog = make_dialog(qtbot, settings, printed)
    dialog.dx.setValue(-3)
    dialog.scale.setValue(102)
    dialog.test_button.click()
    assert printed == [Calibration(-3.0, 2.0, 1.02)]
    assert load_calibration(settings) == Calibration(1.0, 2.0, 1.01)  # not saved by printing


def test_the_boxes_refuse_values_beyond_the_limits(qtbot, settings) -> None:
    dialog = make_dialog(qtbot, settings)
    dialog.dx.setValue(45)
    dialog.scale.setValue(150)
    assert dialog.values() == Calibration(30.0, 2.0, 1.2)
