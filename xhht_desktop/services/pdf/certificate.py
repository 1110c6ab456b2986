"""Drawing certificates: a decorative landscape page with the administrative header, the title,
the recipient, and the signer's block with room for signature and seal.

What is the same on every sheet of a batch (border, logo, header, heading, signer) is drawn
once as a PDF form and placed on each page, so a batch of 1,000 costs little more than its
names. The page is designed on A4 landscape; A5 scales the whole design by 1/√2. The seal and
the signature are never drawn: they go on the paper by hand.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from xhht_desktop.domain.certificates import CertificateTemplate, Paper
from xhht_desktop.services.pdf.errors import PdfMissingGlyphs
from xhht_desktop.services.pdf.fitting import Fitted, fit_text
from xhht_desktop.services.pdf.fonts import (
    BOLD,
    BOLD_ITALIC,
    FAMILY,
    ITALIC,
    describe,
    missing_glyphs,
    nfc,
    register_fonts,
)
from xhht_desktop.services.pdf.layout import MOTTO, NATIONAL_NAME

CREATOR = "XHHT Desktop"
RED = HexColor("#9b1b1b")
GOLD = HexColor("#b08a2e")
INK = HexColor("#111111")
NAME_INK = HexColor("#0d2c66")  # the recipient stands out from the black text around it
WIDTH, HEIGHT = landscape(A4)  # the design's page; A5 is drawn scaled
INSET = 4 * mm  # from the border's outer line to its inner line
PAD = 12 * mm  # from the border's inner line to the text, at the sides
PAD_Y = 8 * mm  # the same above the header and below the signer's name
QR_SIZE = 27 * mm  # modules of about 0.4 mm: a phone or a desk scanner reads them
LOGO_HEIGHT = 20 * mm
SIGN_ROOM = 24 * mm  # for signature and seal
FORM = "certificate-static"


@dataclass(frozen=True)
class SheetText:
    """What one certificate says, as printed (the service composes it in Vietnamese)."""

    intro: str  # "Chủ tịch Hội Khuyến học phường Bến Thành công nhận"
    label: str  # "Gia đình ông/bà"
    name: str
    address: str  # "Địa chỉ: 12 Lê Lợi, Khu phố 3, phường Bến Thành, TP Hồ Chí Minh"
    achievement: str  # "Đạt danh hiệu"
    title: str  # "“GIA ĐÌNH HỌC TẬP” NĂM 2025"
    decision: str  # "(Theo Quyết định số 12/QĐ-KH ngày 15/11/2025 của …)"
    number: str  # "Số vào sổ: 15/GCN-KH"
    place_date: str  # "Bến Thành, ngày 20 tháng 11 năm 2025"
    qr: str = ""  # the signed payload, drawn as a QR code when given

    def strings(self) -> tuple[str, ...]:
        return (
            self.intro,
            self.label,
            self.name,
            self.address,
            self.achievement,
            self.title,
            self.decision,
            self.number,
            self.place_date,
        )


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    overflows: tuple[tuple[int, str], ...]  # (sheet index, the text that did not fit)


def template_strings(t: CertificateTemplate) -> tuple[str, ...]:
    return (
        t.issuer_parent,
        t.issuer_body,
        t.heading,
        t.signer_on_behalf,
        t.signer_title,
        t.signer_name,
        NATIONAL_NAME,
        MOTTO,
    )


def page_size(paper: Paper) -> tuple[float, float]:
    return landscape(A5) if paper is Paper.A5 else (WIDTH, HEIGHT)


class CertificateRenderer:
    """One template (and logo), any number of sheets: `render()` returns the PDF's bytes."""

    def __init__(self, template: CertificateTemplate, logo: bytes | None = None) -> None:
        register_fonts()
        self.t = template
        self.logo = logo
        m = template.margin_mm * mm
        self.inner = (m + INSET, m + INSET, WIDTH - m - INSET, HEIGHT - m - INSET)
        self.left, self.right = self.inner[0] + PAD, self.inner[2] - PAD
        self.width = self.right - self.left
        self.top = self.inner[3] - PAD_Y - 12  # the header's first baseline
        parent = 15 if template.issuer_parent.strip() else 0
        self.header_bottom = self.top - parent - 24  # below the rules under the header

    def check(self, sheets: Sequence[SheetText]) -> None:
        """Refuse before drawing anything when a letter is not in the font."""
        missing = missing_glyphs(
            [*template_strings(self.t), *(s for sheet in sheets for s in sheet.strings())]
        )
        if missing:
            raise PdfMissingGlyphs(chars=describe(missing))

    def draw(self, canvas: Canvas, sheets: Sequence[SheetText], form: str) -> list[tuple[int, str]]:
        """Draw `sheets` as pages of `canvas`; return (index, text) of what did not fit."""
        size = page_size(self.t.paper)
        scale = size[0] / WIDTH
        canvas.setPageSize(size)
        self._static_form(canvas, form)
        overflows: list[tuple[int, str]] = []
        for index, sheet in enumerate(sheets):
            if scale != 1:
                canvas.scale(scale, scale)
            canvas.doForm(form)
            overflows += [(index, text) for text in self._sheet(canvas, sheet)]
            canvas.showPage()
        return overflows

    # -- the parts every sheet shares ------------------------------------------------------

    def _static_form(self, c: Canvas, form: str) -> None:
        c.beginForm(form, lowerx=0, lowery=0, upperx=WIDTH, uppery=HEIGHT)
        if self.t.border:
            self._border(c)
        top = self._header(c)
        self._logo(c, top)
        self._signer(c)
        c.endForm()

    def _border(self, c: Canvas) -> None:
        x0, y0, x1, y1 = self.inner
        ox0, oy0, ox1, oy1 = x0 - INSET, y0 - INSET, x1 + INSET, y1 + INSET
        c.saveState()
        c.setStrokeColor(RED)
        c.setLineWidth(2.6)
        c.rect(ox0, oy0, ox1 - ox0, oy1 - oy0)
        c.setLineWidth(0.7)
        c.rect(x0, y0, x1 - x0, y1 - y0)
        # A chain of small diamonds between the two lines, and a rosette at each corner.
        c.setFillColor(GOLD)
        c.setStrokeColor(GOLD)
        mid = INSET / 2
        step = 7 * mm
        r = 1.1 * mm
        path = c.beginPath()
        for ax, ay, bx, by in (
            (ox0 + mid, oy0 + mid, ox1 - mid, oy0 + mid),
            (ox0 + mid, oy1 - mid, ox1 - mid, oy1 - mid),
            (ox0 + mid, oy0 + mid, ox0 + mid, oy1 - mid),
            (ox1 - mid, oy0 + mid, ox1 - mid, oy1 - mid),
        ):
            length = math.hypot(bx - ax, by - ay)
            count = max(1, int(length // step))
            for i in range(1, count):
                t = i / count
                cx, cy = ax + (bx - ax) * t, ay + (by - ay) * t
                _diamond(path, cx, cy, r * 0.55)
        c.drawPath(path, stroke=0, fill=1)
        c.setFillColor(RED)
        for cx, cy in ((ox0 + mid, oy0 + mid), (ox1 - mid, oy0 + mid)):
            self._rosette(c, cx, cy)
        for cx, cy in ((ox0 + mid, oy1 - mid), (ox1 - mid, oy1 - mid)):
            self._rosette(c, cx, cy)
        c.restoreState()

    @staticmethod
    def _rosette(c: Canvas, cx: float, cy: float) -> None:
        c.setStrokeColor(RED)
        c.setLineWidth(0.7)
        c.circle(cx, cy, 3.2 * mm, stroke=1, fill=0)
        path = c.beginPath()
        _diamond(path, cx, cy, 2.4 * mm)
        c.drawPath(path, stroke=0, fill=1)

    def _header(self, c: Canvas) -> float:
        """Issuer left, quốc hiệu and tiêu ngữ right (NĐ 30/2020); returns the lowest baseline."""
        top = self.top
        left_c = self.left + self.width * 0.2
        right_c = self.right - self.width * 0.27
        c.setFillColor(INK)
        y = top
        if self.t.issuer_parent.strip():
            c.setFont(FAMILY, 12)
            c.drawCentredString(left_c, y, nfc(self.t.issuer_parent).upper())
            y -= 15
        body = nfc(self.t.issuer_body).upper()
        size = min(12.0, 12.0 * (self.width * 0.42) / max(1.0, stringWidth(body, BOLD, 12)))
        c.setFont(BOLD, size)
        c.drawCentredString(left_c, y, body)
        rule = 0.4 * stringWidth(body, BOLD, size)
        _rule(c, left_c, y - 8, rule)
        c.setFont(BOLD, 12)
        c.drawCentredString(right_c, top, NATIONAL_NAME)
        c.setFont(BOLD, 13)
        c.drawCentredString(right_c, top - 16, MOTTO)
        _rule(c, right_c, top - 24, stringWidth(MOTTO, BOLD, 13))
        return min(y - 8, top - 24)

    def _logo(self, c: Canvas, below: float) -> None:
        if not self.logo:
            return
        image = ImageReader(io.BytesIO(self.logo))
        w, h = image.getSize()
        height = LOGO_HEIGHT
        width = height * w / h if h else height
        # Top left, above the issuer, never into the border.
        x = self.inner[0] + 5 * mm
        y = self.inner[3] - 5 * mm - height
        c.drawImage(image, x, y, width, height, mask="auto", preserveAspectRatio=True)

    def _signer(self, c: Canvas) -> None:
        centre = self.right - self.width * 0.2
        y = self._signer_top()
        c.setFillColor(INK)
        if self.t.signer_on_behalf.strip():
            c.setFont(BOLD, self.t.body_size)
            c.drawCentredString(centre, y, nfc(self.t.signer_on_behalf).upper())
            y -= self.t.body_size * 1.3
        c.setFont(BOLD, self.t.body_size)
        c.drawCentredString(centre, y, nfc(self.t.signer_title).upper())
        y -= SIGN_ROOM + self.t.body_size
        if self.t.signer_name.strip():
            c.setFont(BOLD, self.t.body_size + 1)
            c.drawCentredString(centre, y, nfc(self.t.signer_name))

    def _signer_top(self) -> float:
        """Baseline of the first line under the place and date: the signer's block ends a
        little above the border."""
        lines = 2 if self.t.signer_on_behalf.strip() else 1
        bottom = self.inner[1] + PAD_Y
        return bottom + self.t.body_size + 1 + SIGN_ROOM + self.t.body_size * 1.3 * (lines - 1)

    # -- the parts of each sheet -----------------------------------------------------------

    def _sheet(self, c: Canvas, s: SheetText) -> list[str]:
        """Draw one sheet's own text; return the texts that only fit below the smallest size.
        The middle block is centred between the header and the place-and-date line, so a
        name on two lines or a larger title moves everything evenly."""
        t = self.t
        w, body = self.width, t.body_size
        # (lines, font, colour, space above in points, a text to report when it overflows)
        items: list[tuple[Fitted, str, Color, float, str]] = [
            (_line(t.heading, BOLD, t.heading_size, t.heading_size * 0.6, w), BOLD, RED, 0, ""),
            (_line(s.intro, FAMILY, body, 9, w), FAMILY, INK, body * 1.0, ""),
            (_line(s.label, ITALIC, body, 9, w), ITALIC, INK, body * 0.6, ""),
            (
                fit_text(nfc(s.name), BOLD, t.name_size, t.min_name_size, w * 0.86),
                BOLD,
                NAME_INK,
                body * 0.5,
                s.name,
            ),
            (_line(s.address, FAMILY, body, 9, w * 0.9), FAMILY, INK, body * 0.7, s.address),
            (_line(s.achievement, FAMILY, body, 9, w), FAMILY, INK, body * 0.7, ""),
            (_line(s.title, BOLD, t.title_size, t.title_size * 0.6, w), BOLD, RED, body * 0.4, ""),
        ]
        if s.decision:
            items.append((_line(s.decision, ITALIC, body - 1, 8, w), ITALIC, INK, body * 0.5, ""))
        overflows = [text for fitted, *_, text in items if fitted.overflow and text]
        lines = sum(_height(fitted) for fitted, *_ in items)
        gaps = sum(gap for _, _, _, gap, _ in items)
        date_line = self._signer_top() + body * 1.5
        top = self.header_bottom - 5 * mm
        bottom = date_line + body * 1.2
        # Tighten the spacing (down to 40%) before the text may run into the signer's block.
        squeeze = min(1.0, max(0.4, (top - bottom - lines) / gaps))
        height = lines + gaps * squeeze
        if height > top - bottom + 0.1:
            overflows.append(s.name)  # the text runs into the signer's block: look first
        y = top - max(0.0, (top - bottom - height) / 2)
        centre = (self.left + self.right) / 2
        for fitted, font, colour, gap, _ in items:
            y -= gap * squeeze + fitted.size
            c.setFillColor(colour)
            y = _draw(c, fitted, centre, y, font) - fitted.size * 0.25
        c.setFillColor(INK)
        # The bottom block: place and date over the signer, the register number on the left.
        c.setFont(ITALIC, body)
        c.drawCentredString(self.right - w * 0.2, date_line, nfc(s.place_date))
        left_c = self.left + w * 0.2
        c.setFont(BOLD_ITALIC, body - 1)
        c.drawCentredString(left_c, date_line, nfc(s.number))
        if s.qr:
            _qr(c, s.qr, left_c - QR_SIZE / 2, self.inner[1] + PAD_Y - 2 * mm, QR_SIZE)
        return overflows


def render(
    parts: Sequence[tuple[CertificateRenderer, Sequence[SheetText]]], title: str = ""
) -> Rendered:
    """One PDF of every part's sheets in order (each part a template: a model, a kind).
    Checks every letter of every part before drawing anything."""
    register_fonts()
    for renderer, sheets in parts:
        renderer.check(sheets)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(WIDTH, HEIGHT), initialFontName=FAMILY, pageCompression=1)
    first = parts[0][0].t if parts else None
    canvas.setTitle(nfc(title or (first.heading if first else "")))
    canvas.setAuthor(nfc(first.issuer_body if first else ""))
    canvas.setCreator(CREATOR)
    overflows: list[tuple[int, str]] = []
    offset = 0
    for number, (renderer, sheets) in enumerate(parts):
        found = renderer.draw(canvas, sheets, f"{FORM}-{number}")
        overflows += [(offset + index, text) for index, text in found]
        offset += len(sheets)
    if not offset:
        canvas.showPage()  # an empty batch is still a valid (blank) PDF
    canvas.save()
    return Rendered(out.getvalue(), tuple(overflows))


def _height(fitted: Fitted) -> float:
    """From the top of the first line to just below the last (as _draw advances)."""
    return fitted.size * (1 + 1.2 * (len(fitted.lines) - 1) + 0.25)


def _line(text: str, font: str, size: float, min_size: float, width: float) -> Fitted:
    return fit_text(nfc(text), font, size, min_size, width)


def _draw(
    c: Canvas, fitted: Fitted, centre: float, y: float, font: str, spacing: float = 1.2
) -> float:
    """Draw the fitted lines centred from baseline `y` down; return the last baseline."""
    c.setFont(font, fitted.size)
    for i, line in enumerate(fitted.lines):
        if i:
            y -= fitted.size * spacing
        c.drawCentredString(centre, y, line)
    return y


def _rule(c: Canvas, centre: float, y: float, length: float) -> None:
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColor(INK)
    c.line(centre - length / 2, y, centre + length / 2, y)
    c.restoreState()


def _diamond(path: object, cx: float, cy: float, r: float) -> None:
    path.moveTo(cx, cy + r)  # type: ignore[attr-defined]
    path.lineTo(cx + r, cy)  # type: ignore[attr-defined]
    path.lineTo(cx, cy - r)  # type: ignore[attr-defined]
    path.lineTo(cx - r, cy)  # type: ignore[attr-defined]
    path.close()  # type: ignore[attr-defined]


def _qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The payload as a QR code: one black-and-white pixel a module, placed as an image (half
    the time and size of drawing each dark run). The mask is fixed: choosing the best of eight
    costs 6 ms a sheet and scanners read any mask."""
    import segno
    from PIL import Image

    matrix = segno.make_qr(payload, error="m", mask=0, boost_error=False).matrix
    quiet = 2  # modules of white around the code (the page around it is white too)
    count = len(matrix) + 2 * quiet
    image = Image.new("1", (count, count), 1)
    image.putdata([0 if dark else 1 for row in _framed(matrix, quiet) for dark in row])
    c.drawImage(ImageReader(image), x, y, size, size)


def _framed(matrix: Sequence[Sequence[int]], quiet: int) -> list[list[int]]:
    width = len(matrix) + 2 * quiet
    blank = [[0] * width for _ in range(quiet)]
    rows = [[0] * quiet + list(row) + [0] * quiet for row in matrix]
    return blank + rows + blank
