"""Preview a PDF we made before it is printed or saved, one page at a time.

QtPdf is not part of PySide6-Essentials, so pages are drawn by pypdfium2 into a bitmap. Only the
page on screen is rendered, at the size it is shown (times the screen's pixel ratio, so text is
crisp on high-DPI screens): a 1,000-page list opens as fast as a one-page letter.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # pypdfium2 loads a native library: not at start-up
    import pypdfium2

FIT_PAGE, FIT_WIDTH = "page", "width"
RESIZE_DELAY_MS = 60  # re-render once the user stops dragging the window edge
MARGIN = 12  # grey around the page, in logical pixels
SHADOW = 3  # how far the page's shadow falls to the right and below
BACKGROUND = "#8c8c8c"
NO_PAGES = "no pages"  # as an error: said in the language of the moment
MAX_PIXELS = 40_000_000  # a tiny page zoomed to a huge screen must not allocate gigabytes


def render_page(page: pypdfium2.PdfPage, scale: float, *, for_print: bool = False) -> QImage:
    """The page as an image, `scale` pixels per point. Shared with printing, which asks pdfium
    for its print mode (no screen-only annotations, no LCD text smoothing)."""
    # RGBx is laid out exactly as QImage's RGBX8888; .copy() owns the pixels, so the bitmap's
    # buffer can be freed as soon as this returns.
    bitmap = page.render(
        scale=scale,
        rev_byteorder=True,
        prefer_bgrx=True,
        optimize_mode="print" if for_print else None,
    )
    try:
        image = QImage(
            bitmap.buffer,
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGBX8888,
        )
        return image.copy()
    finally:
        bitmap.close()


def _close_documents(documents: list[pypdfium2.PdfDocument]) -> None:
    for document in documents:
        document.close()
    documents.clear()


class PageCanvas(QWidget):
    """One rendered page: white paper with a thin border and a shadow, on the grey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap: QPixmap | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def pixmap(self) -> QPixmap | None:
        return self._pixmap

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        self._pixmap = pixmap
        self.updateGeometry()
        self.adjustSize()
        self.update()

    def _page_size(self) -> QSize:
        if self._pixmap is None:
            return QSize(0, 0)
        return (self._pixmap.deviceIndependentSize()).toSize()

    def sizeHint(self) -> QSize:
        size = self._page_size()
        return QSize(size.width() + SHADOW + 1, size.height() + SHADOW + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pixmap is None:
            return
        size = self._page_size()
        page = QRectF(0, 0, size.width(), size.height())
        painter = QPainter(self)
        try:
            painter.fillRect(page.translated(SHADOW, SHADOW), QColor(0, 0, 0, 90))
            painter.drawPixmap(page.topLeft(), self._pixmap)
            painter.setPen(QColor("#5a5a5a"))
            painter.drawRect(page.adjusted(0, 0, -1, -1))
        finally:
            painter.end()


class PdfView(QWidget):
    """A PDF with first/previous/next/last, a page number box and fit page / fit width."""

    page_changed = Signal(int)  # the 0-based page now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pdf: pypdfium2.PdfDocument | None = None
        # The same document, for `destroyed`: its slot must not hold the widget itself.
        self._open: list[pypdfium2.PdfDocument] = []
        self.destroyed.connect(partial(_close_documents, self._open))
        self._data = b""  # pdfium reads from this buffer while the document is open
        self._count = 0
        self._page = 0
        self._error: str | None = None  # why the document (or this page) cannot be shown
        self.first_button = self._tool_button(QStyle.StandardPixmap.SP_MediaSkipBackward)
        self.previous_button = self._tool_button(QStyle.StandardPixmap.SP_ArrowBack)
        self.next_button = self._tool_button(QStyle.StandardPixmap.SP_ArrowForward)
        self.last_button = self._tool_button(QStyle.StandardPixmap.SP_MediaSkipForward)
        self.page_spin = QSpinBox()
        self.page_spin.setKeyboardTracking(False)  # typing "12" must not stop at page 1
        self.page_spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.page_total = QLabel()
        self.page_label = QLabel()
        self.page_label.setBuddy(self.page_spin)
        self.zoom = QComboBox()
        self.zoom.addItem("", FIT_PAGE)
        self.zoom.addItem("", FIT_WIDTH)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.first_button, self.previous_button):
            bar.addWidget(widget)
        bar.addWidget(self.page_label)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        for widget in (self.next_button, self.last_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom)

        self.canvas = PageCanvas()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color: white; font-size: 120%;")
        paper = QWidget()
        paper.setObjectName("pdfBackground")
        paper.setStyleSheet(f"#pdfBackground {{ background: {BACKGROUND}; }}")
        inner = QVBoxLayout(paper)
        inner.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        inner.addWidget(self.canvas, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        inner.addWidget(self.message, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(paper)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {BACKGROUND}; }}")
        self.scroll.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)

        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._render)
        self.first_button.clicked.connect(lambda: self.set_page(0))
        self.previous_button.clicked.connect(lambda: self.set_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.set_page(self._page + 1))
        self.last_button.clicked.connect(lambda: self.set_page(self._count - 1))
        self.page_spin.valueChanged.connect(lambda value: self.set_page(value - 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        self.retranslate()
        self._update_controls()

    def _tool_button(self, icon: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton()
        button.setIcon(self.style().standardIcon(icon))
        button.setAutoRaise(True)
        return button

    def retranslate(self) -> None:
        self.first_button.setToolTip(self.tr("First page"))
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.last_button.setToolTip(self.tr("Last page"))
        for button in (self.first_button, self.previous_button, self.next_button, self.last_button):
            button.setAccessibleName(button.toolTip())
        self.page_label.setText(self.tr("Page"))
        self.zoom.setItemText(0, self.tr("Fit page"))
        self.zoom.setItemText(1, self.tr("Fit width"))
        self.zoom.setToolTip(self.tr("Zoom"))
        self._update_controls()
        self._update_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # The document

    def set_pdf(self, data: bytes) -> None:
        """Show `data` from its first page; a damaged file shows why instead of raising."""
        import pypdfium2

        self._close()
        try:
            pdf = pypdfium2.PdfDocument(data)
        except (pypdfium2.PdfiumError, ValueError, OSError) as exc:
            self._error = str(exc) or type(exc).__name__
        else:
            count = len(pdf)
            if count:
                self._pdf, self._data, self._count = pdf, data, count
                self._open.append(pdf)
            else:
                pdf.close()
                self._error = NO_PAGES
        self._page = 0
        self._update_controls()
        self._render()
        self.page_changed.emit(self._page)

    def clear(self) -> None:
        self._close()
        self._page = 0
        self._update_controls()
        self._render()
        self.page_changed.emit(self._page)

    def _close(self) -> None:
        _close_documents(self._open)
        self._pdf, self._data, self._count, self._error = None, b"", 0, None

    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        return self._page

    def set_page(self, index: int) -> None:
        """Show page `index` (0-based), kept within the document."""
        index = max(0, min(index, self._count - 1))
        if not self._count or index == self._page:
            self._update_controls()  # the spin box may show a number out of range
            return
        self._page = index
        self._update_controls()
        self._render()
        self.scroll.verticalScrollBar().setValue(0)
        self.page_changed.emit(index)

    def zoom_mode(self) -> str:
        return str(self.zoom.currentData())

    # Keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll:
            # The scroll area would scroll on Page Up/Down itself; those keys turn pages here.
            key_press = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
            if key_press and self._handle_key(event):
                return True
            if event.type() == QEvent.Type.Resize:
                self._resize_timer.start()
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        if not self._count or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        bar = self.scroll.verticalScrollBar()
        key = event.key()
        # At fit width a page is taller than the window: Page Down first reads to its bottom.
        if key == Qt.Key.Key_PageDown:
            if bar.value() < bar.maximum():
                bar.setValue(bar.value() + bar.pageStep())
            else:
                self.set_page(self._page + 1)
        elif key == Qt.Key.Key_PageUp:
            if bar.value() > bar.minimum():
                bar.setValue(bar.value() - bar.pageStep())
            elif self._page > 0:
                self.set_page(self._page - 1)
                bar.setValue(bar.maximum())
        elif key == Qt.Key.Key_Home:
            self.set_page(0)
        elif key == Qt.Key.Key_End:
            self.set_page(self._count - 1)
        else:
            return False
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_timer.start()

    # Showing

    def _update_controls(self) -> None:
        has = self._count > 0
        last = max(self._count - 1, 0)
        self.first_button.setEnabled(has and self._page > 0)
        self.previous_button.setEnabled(has and self._page > 0)
        self.next_button.setEnabled(has and self._page < last)
        self.last_button.setEnabled(has and self._page < last)
        self.page_spin.setEnabled(has)
        self.zoom.setEnabled(has)
        blocked = self.page_spin.blockSignals(True)
        try:
            self.page_spin.setRange(1 if has else 0, max(self._count, 1) if has else 0)
            self.page_spin.setValue(self._page + 1 if has else 0)
            self.page_spin.setSpecialValueText("" if has else "–")
        finally:
            self.page_spin.blockSignals(blocked)
        digits = len(str(max(self._count, 1)))
        self.page_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * (digits + 2)))
        self.page_total.setText(self.tr("of %1").replace("%1", str(self._count)) if has else "")

    def _update_message(self) -> None:
        if self._error is not None:
            detail = self.tr("it has no pages") if self._error is NO_PAGES else self._error
            text = self.tr("This PDF cannot be shown: %1").replace("%1", detail)
        elif self._pdf is None:
            text = self.tr("No document")
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.canvas.setVisible(not text)

    def _available(self) -> tuple[int, int, int]:
        """Room for the page at most (no scroll bars), and the width a scroll bar takes."""
        frame = self.scroll.frameWidth() * 2
        width = self.scroll.width() - frame - 2 * MARGIN - SHADOW - 1
        height = self.scroll.height() - frame - 2 * MARGIN - SHADOW - 1
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        return max(width, 16), max(height, 16), bar

    def _scale_for(self, width_pt: float, height_pt: float) -> float:
        """Logical pixels per point for the zoom chosen. Computed from the whole scroll area,
        not the viewport, so a scroll bar appearing cannot make the size flip back and forth."""
        width, height, bar = self._available()
        if self.zoom_mode() == FIT_WIDTH:
            scale = width / width_pt
            if height_pt * scale > height:  # the page scrolls: leave room for the scroll bar
                scale = max(width - bar, 16) / width_pt
        else:
            scale = min(width / width_pt, height / height_pt)
        return scale

    def _render(self) -> None:
        self._resize_timer.stop()
        if self._pdf is None:
            self.canvas.set_pixmap(None)
            self._update_message()
            return
        import pypdfium2

        self._error = None  # with a document open, only this page can fail
        try:
            page = self._pdf[self._page]
            try:
                width_pt, height_pt = page.get_size()
                ratio = self.devicePixelRatioF()
                scale = self._scale_for(width_pt, height_pt) * ratio
                pixels = width_pt * height_pt * scale * scale
                if pixels > MAX_PIXELS:
                    scale *= (MAX_PIXELS / pixels) ** 0.5
                image = render_page(page, scale)
            finally:
                page.close()
        except (pypdfium2.PdfiumError, ValueError) as exc:
            # One damaged page: say so here, the other pages can still be looked at.
            self._error = str(exc) or type(exc).__name__
            self.canvas.set_pixmap(None)
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.canvas.set_pixmap(pixmap)
        self._update_message()
