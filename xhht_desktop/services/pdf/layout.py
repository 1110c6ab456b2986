"""Page geometry, styles and the building blocks of a Vietnamese administrative document.

Conventions of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4; margins top and bottom 20–25 mm, left
30–35 mm, right 15–20 mm; quốc hiệu uppercase bold 12–13 pt; tiêu ngữ bold 13–14 pt with a rule
as long as the line; the issuing body uppercase bold under its parent body, with a short rule
(1/3–1/2 of the line); place and date in italics; the type of document uppercase bold, centred;
body 13–14 pt; signer's title uppercase bold, name bold, no honorifics. Sizes sit at the low end
of each range because Noto Serif is wider than Times New Roman: quốc hiệu at 12 pt is 90 mm.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
)

from xhht_desktop.services.pdf.fonts import BOLD, FAMILY, ITALIC, nfc

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_NAME = "(Ký, ghi rõ họ tên)"
SIGN_SEAL = "(Ký tên, đóng dấu)"

Align = Literal["left", "center", "right"]
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
RULE_WIDTH = 0.6  # points: a thin solid line, as printed from Word
# Room a title or a heading needs below it, or it goes to the next page: its own lines and a
# few lines of what follows.
KEEP_BELOW_TITLE = 50 * mm
KEEP_BELOW_HEADING = 25 * mm


@dataclass(frozen=True)
class Margins:
    top: float = 20 * mm
    bottom: float = 20 * mm
    left: float = 30 * mm
    right: float = 15 * mm


@dataclass(frozen=True)
class Issuer:
    """The issuing body, top left. `parent` (cơ quan chủ quản) may be empty."""

    body: str  # "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH"
    parent: str = ""  # "UBND PHƯỜNG BẾN THÀNH"


@dataclass(frozen=True)
class Signer:
    title: str  # "CHỦ TỊCH", "NGƯỜI LẬP DANH SÁCH"
    name: str  # full name only: NĐ 30 allows no "Ông", "TS." before it
    on_behalf: str = ""  # "TM. BAN CHẤP HÀNH", "KT. CHỦ TỊCH"
    note: str = SIGN_NAME


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 1.0  # relative to the other columns, so one layout fits both orientations
    align: Align = "left"


def _style(name: str, size: float, font: str = FAMILY, **kw: object) -> ParagraphStyle:
    kw.setdefault("alignment", TA_CENTER)
    kw.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontName=font, fontSize=size, **kw)


class Styles:
    """One set per document build (ParagraphStyle objects are mutable; never share them)."""

    def __init__(self, cell_size: float = 11) -> None:
        self.parent = _style("parent", 12)
        self.body_name = _style("body_name", 12, BOLD)
        self.national = _style("national", 12, BOLD)
        self.motto = _style("motto", 13, BOLD)
        self.number = _style("number", 13)
        self.place_date = _style("place_date", 13, ITALIC)
        self.title = _style("title", 14, BOLD, spaceBefore=6 * mm)
        self.subtitle = _style("subtitle", 13, BOLD)
        self.title_note = _style("title_note", 13, ITALIC)
        self.text = _style("text", 13, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6)
        self.heading = _style("heading", 13, BOLD, alignment=TA_LEFT, spaceBefore=6, spaceAfter=3)
        self.signer = _style("signer", 13, BOLD)
        self.signer_note = _style("signer_note", 13, ITALIC)
        self.head_cell = _style("head_cell", cell_size, BOLD, leading=cell_size * 1.2)
        self.cells = {
            key: _style(f"cell_{key}", cell_size, alignment=value, leading=cell_size * 1.2)
            for key, value in _ALIGN.items()
        }


def markup(text: str | None, *, raw: bool = False) -> str:
    """Paragraph markup for plain text: NFC, XML-escaped, line breaks kept. `raw` text is the
    caller's own markup (<b>, <i>) and is only normalised."""
    text = nfc(text)
    return text if raw else escape(text).replace("\n", "<br/>")


def para(text: str | None, style: ParagraphStyle, *, raw: bool = False) -> Paragraph:
    return Paragraph(markup(text, raw=raw), style)


class Rule(Flowable):
    """A horizontal line of a given length, centred by whatever holds it. The space above it
    clears the descenders of the line over it (Noto's reach below a paragraph's box)."""

    def __init__(self, length: float, above: float = 3.5, below: float = 2.0) -> None:
        super().__init__()
        self.length = length
        self.above = above
        self.below = below
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = min(self.length, availWidth)
        self.height = self.above + RULE_WIDTH + self.below
        return self.width, self.height

    def draw(self) -> None:
        y = self.below + RULE_WIDTH / 2
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.line(0, y, self.width, y)


def _width(text: str, style: ParagraphStyle) -> float:
    return stringWidth(text, style.fontName, style.fontSize)


_FLAT = [
    ("FONTNAME", (0, 0), (-1, -1), FAMILY),  # blank cells otherwise declare Helvetica
    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def header(
    st: Styles, width: float, issuer: Issuer, number: str | None, place_date: str | None
) -> list[Flowable]:
    """Issuer left, quốc hiệu and tiêu ngữ right; "Số: …" and the place and date on one row
    below them, so the two stay level however many lines the issuer takes."""
    left_w, right_w = width * 0.42, width * 0.58
    body = nfc(issuer.body).upper()
    left: list[Flowable] = []
    if issuer.parent.strip():
        left.append(para(issuer.parent.upper(), st.parent))
    left += [para(body, st.body_name), Rule(0.4 * min(_width(body, st.body_name), left_w))]
    right = [
        para(NATIONAL_NAME, st.national),
        para(MOTTO, st.motto),
        Rule(_width(MOTTO, st.motto)),
    ]
    rows: list[list[object]] = [[left, right]]
    if number or place_date:
        rows.append(
            [
                para(f"Số: {nfc(number)}", st.number) if number else "",
                para(place_date, st.place_date) if place_date else "",
            ]
        )
    style = [*_FLAT, ("TOPPADDING", (0, 1), (-1, 1), 4)]
    return [Table(rows, colWidths=[left_w, right_w], style=style, hAlign="CENTER")]


def title(
    st: Styles, width: float, text: str, subtitle: str | None, note: str | None
) -> list[Flowable]:
    """Type of document, then its summary (trích yếu) with a short rule, then e.g. "(Kèm theo
    Quyết định số …)". Starts a new page rather than end one. (Not keepWithNext: that would
    carry a long table along and leave the rest of the page blank.)"""
    out: list[Flowable] = [para(nfc(text).upper(), st.title)]
    if subtitle:
        out.append(para(subtitle, st.subtitle))
        lines = nfc(subtitle).split("\n")
        longest = max(_width(line, st.subtitle) for line in lines)
        out.append(Rule(min(longest, width) * 0.4))
    if note:
        out.append(para(note, st.title_note))
    return [CondPageBreak(KEEP_BELOW_TITLE), KeepTogether(out), Spacer(1, 4 * mm)]


def heading(st: Styles, text: str) -> list[Flowable]:
    return [CondPageBreak(KEEP_BELOW_HEADING), para(text, st.heading)]


def table(
    st: Styles,
    width: float,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    groups: Sequence[tuple[str, int]] | None,
) -> list[Flowable]:
    """A ruled table whose header rows repeat on every page. `groups` adds a row above the
    headers: (label, span) per group of columns; ("", 1) leaves a column's header on both rows."""
    total = sum(c.width for c in columns)
    widths = [width * c.width / total for c in columns]
    heads = [para(c.header, st.head_cell) for c in columns]
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("GRID", (0, 0), (-1, -1), RULE_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    data: list[list[object]] = []
    if groups:  # AdminDocument.table checked that they cover every column once
        top: list[object] = []
        col = 0
        for label, span in groups:
            if span == 1 and not label:
                top.append(heads[col])  # the column's own header, over both rows
                heads[col] = ""
                style.append(("SPAN", (col, 0), (col, 1)))
            else:
                top += [para(label, st.head_cell)] + [""] * (span - 1)
                style.append(("SPAN", (col, 0), (col + span - 1, 0)))
            col += span
        data.append(top)
    data.append(heads)
    cell_styles = [st.cells[c.align] for c in columns]
    for row in rows:
        data.append(
            [para("" if v is None else str(v), s) for v, s in zip(row, cell_styles, strict=True)]
        )
    # No splitInRow: in reportlab 5.1 it repeats the headers mid-page and loses cells. A cell
    # taller than a page fails as PdfLayoutFailed instead.
    grid = LongTable(data, colWidths=widths, repeatRows=len(data) - len(rows), style=style)
    grid.spaceAfter = 6  # text after a table does not touch it
    return [grid]


def signers(
    st: Styles,
    width: float,
    people: Sequence[Signer],
    place_date: str | None,
    space: float,
) -> list[Flowable]:
    """One signer on the right half, or two side by side; each a column of: on whose behalf,
    title, how to sign, room for signature and seal, name. Rows are shared so names align.
    Not wrapped in KeepTogether: the document does that, with what must stay with them."""
    cols: list[Signer | None] = [None, *people] if len(people) == 1 else list(people)

    def row(make: Callable[[Signer], object]) -> list[object]:
        return ["" if p is None else make(p) for p in cols]

    data: list[list[object]] = []
    if place_date:
        data.append(["", para(place_date, st.place_date)])
    if any(p.on_behalf for p in people):
        data.append(row(lambda p: para(p.on_behalf.upper(), st.signer) if p.on_behalf else ""))
    data += [
        row(lambda p: para(p.title.upper(), st.signer)),
        row(lambda p: para(p.note, st.signer_note) if p.note else ""),
        row(lambda p: Spacer(1, space)),
        row(lambda p: para(p.name, st.signer)),
    ]
    return [Spacer(1, 6 * mm), Table(data, colWidths=[width / 2] * 2, style=_FLAT)]
