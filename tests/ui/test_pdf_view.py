"""The in-app PDF preview: navigation, what is drawn, damaged files, long documents."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from xhht_desktop.ui.widgets.pdf_view import FIT_WIDTH, PdfView


def make_pdf(pages: int, *, size: tuple[float, float] = A4) -> bytes:
    """Page n says "Page n" in big letters, lower down on each page, so pages differ."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size)
    for n in range(1, pages + 1):
        canvas.setFont("Helvetica-Bold", 48)
        canvas.drawString(60, size[1] - 120 - (n % 3) * 150, f"Page {n}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def dark_box(image: QImage, threshold: int = 100) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of the pixels darker than `threshold`, or None."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    rows = [y for y in range(height) if min(data[y * stride : y * stride + width]) < threshold]
    if not rows:
        return None
    cols = [
        x
        for x in range(width)
        if any(data[y * stride + x] < threshold for y in range(rows[0], rows[-1] + 1))
    ]
    return cols[0], rows[0], cols[-1], rows[-1]


def shown_image(view: PdfView) -> QImage:
    pixmap = view.canvas.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    return pixmap.toImage()


@pytest.fixture
def view(qtbot) -> Iterator[PdfView]:
    widget = PdfView()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.clear()  # pytest-qt deletes widgets later, maybe after pdfium's exit-time check


def test_an_empty_view_says_so_and_cannot_navigate(view) -> None:
    assert view.page_count() == 0 and view.current_page() == 0
    assert view.message.isVisible() and view.message.text() == "No document"
    assert not view.canvas.isVisible()
    buttons = (view.first_button, view.previous_button, view.next_button, view.last_button)
    assert not any(b.isEnabled() for b in buttons)
    assert not view.page_spin.isEnabled()


def test_buttons_spin_box_and_keys_change_page(view, qtbot) -> None:
    view.set_pdf(make_pdf(3))
    assert view.page_count() == 3 and view.current_page() == 0
    assert view.page_spin.value() == 1 and view.page_total.text() == "of 3"
    assert not view.first_button.isEnabled() and not view.previous_button.isEnabled()
    assert view.next_button.isEnabled() and view.last_button.isEnabled()

    with qtbot.waitSignal(view.page_changed) as signal:
        view.next_button.click()
    assert signal.args == [1] and view.current_page() == 1 and view.page_spin.value() == 2
    assert view.previous_button.isEnabled() and view.next_button.isEnabled()

    view.last_button.click()
    assert view.current_page() == 2
    assert not view.next_button.isEnabled() and not view.last_button.isEnabled()
    view.next_button.click()  # disabled: nothing happens
    assert view.current_page() == 2

    view.page_spin.setValue(1)
    assert view.current_page() == 0
    view.set_page(99)
    assert view.current_page() == 2
    view.set_page(-5)
    assert view.current_page() == 0

    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 1
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() == 2
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert view.current_page() == 1
    qtbot.keyClick(view.scroll, Qt.Key.Key_Home)  # keys reach it from the page area too
    assert view.current_page() == 0


def test_the_page_is_drawn_and_changes_with_the_page(view, qtbot) -> None:
    view.set_pdf(make_pdf(3))
    qtbot.wait(100)
    assert view.canvas.isVisible() and not view.message.isVisible()
    first = shown_image(view)
    box = dark_box(first)
    assert box is not None, "the text is not drawn"
    _left, _top, right, bottom = box
    # The text sits near the top left of the page; the rest of the page stays white.
    assert right < first.width() * 0.8 and bottom < first.height() * 0.5
    assert first.pixelColor(first.width() - 5, first.height() - 5).value() > 240
    view.set_page(1)
    second_box = dark_box(shown_image(view))
    assert second_box is not None and second_box[1] > bottom  # "Page 2" is lower down


def test_fit_page_fits_and_fit_width_fills_the_width(view, qtbot) -> None:
    view.set_pdf(make_pdf(2))
    qtbot.wait(100)
    viewport = view.scroll.viewport().size()
    page = view.canvas.size()
    assert page.width() <= viewport.width() and page.height() <= viewport.height()
    assert page.height() > viewport.height() * 0.8  # a portrait page fills the height
    assert not view.scroll.verticalScrollBar().isVisible()

    view.zoom.setCurrentIndex(view.zoom.findData(FIT_WIDTH))
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() > 0)
    viewport = view.scroll.viewport().size()
    page = view.canvas.size()
    assert viewport.width() * 0.9 < page.width() <= viewport.width()
    assert page.height() > viewport.height()
    # Page Down reads the page to its bottom before it turns the page.
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 0 and view.scroll.verticalScrollBar().value() > 0


def test_the_page_is_rendered_again_after_a_resize(view, qtbot) -> None:
    view.set_pdf(make_pdf(1))
    qtbot.wait(100)
    before = view.canvas.pixmap().width()
    view.resize(1000, 1100)
    qtbot.waitUntil(lambda: view.canvas.pixmap().width() > before * 1.2, timeout=2000)


def test_the_pixmap_is_rendered_for_the_screens_pixel_ratio(view, qtbot) -> None:
    view.set_pdf(make_pdf(1))
    qtbot.wait(100)
    pixmap = view.canvas.pixmap()
    ratio = view.devicePixelRatioF()
    assert pixmap.devicePixelRatio() == pytest.approx(ratio)
    assert pixmap.width() == pytest.approx(view.canvas.size().width() * ratio, abs=ratio * 5)


def test_a_landscape_page_is_shown_wider_than_tall(view, qtbot) -> None:
    view.set_pdf(make_pdf(1, size=landscape(A4)))
    qtbot.wait(100)
    pixmap = view.canvas.pixmap()
    assert pixmap.width() / pixmap.height() == pytest.approx(842 / 595, rel=0.02)


def test_a_damaged_pdf_shows_why_instead_of_raising(view) -> None:
    view.set_pdf(make_pdf(2))
    view.set_pdf(b"%PDF-1.4 this is not really a PDF")
    assert view.page_count() == 0
    assert view.message.isVisible() and not view.canvas.isVisible()
    assert view.message.text().startswith("This PDF cannot be shown: ")
    assert not view.next_button.isEnabled() and not view.page_spin.isEnabled()
    view.set_pdf(b"")
    assert view.page_count() == 0 and "cannot be shown" in view.message.text()
    # A good document afterwards is shown normally.
    view.set_pdf(make_pdf(2))
    assert view.page_count() == 2 and not view.message.isVisible()


def test_a_truncated_pdf_never_raises(view) -> None:
    data = make_pdf(5)
    view.set_pdf(data[: len(data) // 2])  # pdfium may recover some pages, or none
    assert view.page_count() > 0 or "cannot be shown" in view.message.text()


def test_replacing_or_clearing_closes_the_previous_document(view, monkeypatch) -> None:
    import pypdfium2

    opened = []
    real = pypdfium2.PdfDocument

    def recording(*args: object, **kwargs: object) -> pypdfium2.PdfDocument:
        opened.append(real(*args, **kwargs))
        return opened[-1]

    monkeypatch.setattr(pypdfium2, "PdfDocument", recording)
    view.set_pdf(make_pdf(1))
    view.set_pdf(make_pdf(2))
    assert opened[0].raw is None and opened[1].raw is not None
    view.clear()
    assert opened[1].raw is None
    assert view.page_count() == 0 and view.message.text() == "No document"
    assert view.canvas.pixmap() is None


def test_deleting_the_view_closes_its_document(qtbot) -> None:
    widget = PdfView()
    widget.set_pdf(make_pdf(1))
    document = widget._pdf
    assert document is not None and document.raw is not None
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert document.raw is None


def test_a_thousand_page_pdf_shows_its_first_and_last_page(view, qtbot) -> None:
    view.set_pdf(make_pdf(1000))
    assert view.page_count() == 1000 and view.page_total.text() == "of 1000"
    assert dark_box(shown_image(view)) is not None
    view.last_button.click()
    assert view.current_page() == 999 and view.page_spin.value() == 1000
    assert dark_box(shown_image(view)) is not None


def test_start_up_does_not_load_pdfium() -> None:
    code = (
        "import sys, xhht_desktop.ui.widgets.pdf_view, xhht_desktop.ui.printing\n"
        "assert 'pypdfium2' not in sys.modules and 'reportlab' not in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
