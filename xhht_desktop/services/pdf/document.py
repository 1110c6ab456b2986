"""An A4 administrative document built block by block, checked, then written atomically.

    doc = AdminDocument("Danh sách hộ đăng ký", landscape=False)
    doc.header(Issuer("HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH", "UBND PHƯỜNG BẾN THÀNH"),
               number="12/DS-KH", place_date=place_date_line("Bến Thành", date))
    doc.title("Danh sách", "Hộ gia đình đăng ký Gia đình học tập năm 2025")
    doc.table([Column("STT", 0.6, "center"), Column("Họ và tên", 3)], rows)
    doc.signers(Signer("Người lập", "Trần Văn B"), Signer("Chủ tịch", "Lê Thị C", note=SIGN_SEAL))
    doc.write(path)

Blocks keep their text until rendering, so the glyph check sees every string before anything
touches the disk, and a document can be rendered more than once (preview, then save).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO, Literal, Self

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus.doctemplate import LayoutError

from xhht_desktop.services.pdf import layout
from xhht_desktop.services.pdf.errors import PdfLayoutFailed, PdfMissingGlyphs, PdfUnwritable
from xhht_desktop.services.pdf.fonts import FAMILY, describe, missing_glyphs, nfc, register_fonts
from xhht_desktop.services.pdf.layout import Column, Issuer, Margins, Signer, Styles

PLACE_DATE = "{place}, ngày {day} tháng {month} năm {year}"
PAGE_LABEL = "Trang {page}/{pages}"
CREATOR = "XHHT Desktop"


def place_date_line(place: str, date: dt.date | None, template: str = PLACE_DATE) -> str:
    """'Bến Thành, ngày 02 tháng 9 năm 2025'. NĐ 30/2020 writes days 1–9 and months 1–2 with a
    leading 0 (so no digit can be added in front by hand); other months stay bare. Without a
    date the fields are dots, to be filled in by hand when signing."""
    if date is None:
        day, month, year = ".....", ".....", "........"
    else:
        day = f"{date.day:02d}"
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        year = str(date.year)
    return nfc(template.format(place=nfc(place).strip(), day=day, month=month, year=year))


Build = Callable[[Styles, float], list[Flowable]]  # (styles, frame width) -> flowables
Kind = Literal["text", "table", "signers", "other"]
# Rows of a table that go over to the next page with the signers rather than leave them alone.
TAIL_ROWS = 3
# Text blocks just before the signers that stay with them ("Tổng cộng: 120 hộ.").
TAIL_TEXTS = 2


@dataclass(frozen=True)
class _Block:
    texts: tuple[str, ...]  # everything the block draws, for the glyph check
    build: Build
    kind: Kind = "other"
    rows: int = 0  # tables: how many body rows
    build_rows: Callable[[slice], Build] | None = None  # tables: the same table, some rows


class _Mark(Flowable):
    """Zero-size marker placed first with the signers: notes whether they start a page."""

    def __init__(self, page_top: float) -> None:
        super().__init__()
        self.page_top = page_top
        self.alone = False

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.alone = canvas.getPageNumber() > 1 and y >= self.page_top - 0.5

    def draw(self) -> None:
        pass


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say how many pages there are."""

    def __init__(self, *args: object, page_label: str | None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._held: list[dict] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = len(self._held)
        for number, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            if self._page_label:
                self._footer(nfc(self._page_label.format(page=number, pages=pages)))
            super().showPage()
        super().save()

    def _footer(self, text: str) -> None:
        width, _ = self._pagesize
        self.setFont(FAMILY, 10)
        self.drawCentredString(width / 2, 10 * mm, text)


class AdminDocument:
    """A document on A4 paper, portrait or landscape, with NĐ 30/2020 margins.

    `title` and `author` go into the PDF's properties. `page_label` is the footer of every page
    ({page}, {pages}), None for none (certificates)."""

    def __init__(
        self,
        title: str,
        *,
        author: str = "",
        landscape: bool = False,
        page_label: str | None = PAGE_LABEL,
        margins: Margins | None = None,
        cell_size: float = 11,
    ) -> None:
        self.meta_title = nfc(title)
        self.author = nfc(author)
        self.landscape = landscape
        self.page_label = page_label
        self.margins = margins or Margins()
        self.cell_size = cell_size
        self._blocks: list[_Block] = []

    # -- building -------------------------------------------------------------------------

    def _add(self, texts: Sequence[str | None], build: Build, kind: Kind = "other") -> Self:
        self._blocks.append(_Block(tuple(t for t in texts if t), build, kind))
        return self

    def header(
        self, issuer: Issuer, *, number: str | None = None, place_date: str | None = None
    ) -> Self:
        """Issuing body, quốc hiệu and tiêu ngữ; "Số: {number}"; the place-and-date line."""
        texts = [issuer.body.upper(), issuer.parent.upper(), layout.NATIONAL_NAME, layout.MOTTO]
        texts += [f"Số: {number}" if number else None, place_date]
        return self._add(texts, lambda st, w: layout.header(st, w, issuer, number, place_date))

    def title(self, text: str, subtitle: str | None = None, note: str | None = None) -> Self:
        return self._add(
            [text.upper(), subtitle, note],
            lambda st, w: layout.title(st, w, text, subtitle, note),
        )

    def paragraph(self, text: str, *, raw: bool = False, indent: bool = True) -> Self:
        """Body text, justified. `raw`: `text` is reportlab markup (<b>, <i>) already escaped."""

        def build(st: Styles, width: float) -> list[Flowable]:
            style = st.text if indent else st.text.clone("text_flush", firstLineIndent=0)
            return [layout.para(text, style, raw=raw)]

        return self._add([text], build, kind="text")

    def heading(self, text: str) -> Self:
        return self._add([text], lambda st, w: layout.heading(st, text), kind="text")

    def drawing(
        self,
        make: Callable[[float], Flowable],
        texts: Sequence[str] = (),
        *,
        caption: str | None = None,
    ) -> Self:
        """A graphic made for the frame's width, e.g. a reportlab chart (a Drawing), with an
        optional caption above it, both on one page. `texts`: every string the graphic draws,
        for the glyph check; its fonts are the caller's care (FAMILY, never a standard one)."""

        def build(st: Styles, width: float) -> list[Flowable]:
            parts = [make(width)]
            if caption:
                parts.insert(0, layout.para(caption, st.heading))
            return [KeepTogether(parts)]

        return self._add([caption, *texts], build)

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[object]],
        *,
        groups: Sequence[tuple[str, int]] | None = None,
    ) -> Self:
        """Rows of cells (str, numbers, None for blank); headers repeat on every page.
        `groups`: a header row above the column headers, (label, span) per group of columns;
        ("", 1) lets that column's header fill both rows."""
        rows = [tuple(r) for r in rows]
        if any(len(r) != len(columns) for r in rows):
            raise ValueError(f"every row needs {len(columns)} cells")
        if groups and sum(span for _, span in groups) != len(columns):
            raise ValueError("column groups must cover every column once")
        texts = [c.header for c in columns] + [label for label, _ in groups or ()]
        texts += [str(v) for r in rows for v in r if v is not None]

        def some(part: slice) -> Build:
            return lambda st, w: layout.table(st, w, columns, rows[part], groups)

        self._blocks.append(
            _Block(tuple(texts), some(slice(None)), "table", len(rows), build_rows=some)
        )
        return self

    def signers(
        self, *people: Signer, place_date: str | None = None, space: float = 28 * mm
    ) -> Self:
        """One or two signer blocks; `place_date` above the right one when the header has none.
        `space` is left blank for the signature and seal (applied on paper, never drawn)."""
        if not 1 <= len(people) <= 2:
            raise ValueError("one or two signers")
        texts = [place_date] + [t for p in people for t in (p.on_behalf, p.title.upper(), p.note)]
        texts += [p.name for p in people]
        return self._add(
            texts, lambda st, w: layout.signers(st, w, people, place_date, space), kind="signers"
        )

    def spacer(self, height: float) -> Self:
        return self._add([], lambda st, w: [Spacer(1, height)], kind="text")

    def page_break(self) -> Self:
        return self._add([], lambda st, w: [PageBreak()])

    # -- output ---------------------------------------------------------------------------

    def missing_glyphs(self) -> list[str]:
        """Characters of this document the font cannot draw (empty when all is printable)."""
        texts = [b for block in self._blocks for b in block.texts]
        return missing_glyphs([self.page_label or "", *texts])

    def render(self, out: BinaryIO, *, invariant: bool = False) -> None:
        """Draw the document into `out`. `invariant` fixes the dates and ids in the file so
        equal documents give equal bytes (tests).

        If the signers would start a page of their own, the document is laid out again with
        the last rows of the table before them moved over too, as a page with only signatures
        on it is not accepted."""
        register_fonts()
        if missing := self.missing_glyphs():
            raise PdfMissingGlyphs(chars=describe(missing))
        story, mark = self._story(keep_rows=0)
        if mark is None:
            self._build(out, story, invariant)
            return
        first = io.BytesIO()
        self._build(first, story, invariant)
        if mark.alone and (again := self._story(keep_rows=TAIL_ROWS))[1] is not None:
            self._build(out, again[0], invariant)
        else:
            out.write(first.getvalue())

    def _geometry(self) -> tuple[tuple[float, float], float]:
        size = landscape(A4) if self.landscape else A4
        return size, size[0] - self.margins.left - self.margins.right

    def _story(self, keep_rows: int) -> tuple[list[Flowable], _Mark | None]:
        """The flowables, with the last signers and up to TAIL_TEXTS text blocks before them in
        one KeepTogether that starts with a mark. With `keep_rows`, that many last rows of the
        table before those join them (as a table with its header); if there is no such table,
        the mark is None and the story is not worth building."""
        register_fonts()  # paragraphs look their fonts up as they are made
        size, width = self._geometry()
        st = Styles(self.cell_size)
        blocks = self._blocks

        def flow(part: Sequence[_Block]) -> list[Flowable]:
            return [f for b in part for f in b.build(st, width)]

        signers = [i for i, b in enumerate(blocks) if b.kind == "signers"]
        if not signers:
            return flow(blocks), None
        last = signers[-1]
        start = last  # first block of the group that stays together
        while start > max(0, last - TAIL_TEXTS) and blocks[start - 1].kind == "text":
            start -= 1
        before, moved = flow(blocks[:start]), []
        if keep_rows:
            table = blocks[start - 1] if start else None
            if table is None or table.build_rows is None:
                return [], None
            split = max(0, table.rows - keep_rows)
            before = flow(blocks[: start - 1])
            if split:
                before += table.build_rows(slice(None, split))(st, width)
            moved = table.build_rows(slice(split, None))(st, width)
        mark = _Mark(page_top=size[1] - self.margins.top)
        together = KeepTogether([mark, *moved, *flow(blocks[start : last + 1])])
        return [*before, together, *flow(blocks[last + 1 :])], mark

    def _build(self, out: BinaryIO, story: list[Flowable], invariant: bool) -> None:
        size, width = self._geometry()
        m = self.margins
        doc = BaseDocTemplate(
            out,
            pagesize=size,
            leftMargin=m.left,
            rightMargin=m.right,
            topMargin=m.top,
            bottomMargin=m.bottom,
            title=self.meta_title,
            author=self.author,
            creator=CREATOR,
            invariant=1 if invariant else 0,
            initialFontName=FAMILY,  # else an unembedded Helvetica is declared
            lang="vi-VN",
        )
        frame = Frame(m.left, m.bottom, width, size[1] - m.top - m.bottom, 0, 0, 0, 0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame])])
        try:
            doc.build(story, canvasmaker=partial(_NumberedCanvas, page_label=self.page_label))
        except LayoutError as exc:
            raise PdfLayoutFailed(detail=str(exc)) from exc

    def to_bytes(self, *, invariant: bool = False) -> bytes:
        out = io.BytesIO()
        self.render(out, invariant=invariant)
        return out.getvalue()

    def write(self, path: str | os.PathLike[str], *, invariant: bool = False) -> Path:
        """Write to `path` all at once (see `write_atomically`), after the glyph check."""
        if missing := self.missing_glyphs():  # before creating anything on disk
            raise PdfMissingGlyphs(chars=describe(missing))
        return write_atomically(path, partial(self.render, invariant=invariant))


def write_atomically(path: str | os.PathLike[str], fill: Callable[[BinaryIO], object]) -> Path:
    """Write a file all at once: `fill` writes into a temporary file beside `path`, then a
    rename, so a failure leaves the previous file (if any) as it was and no partial PDF behind.
    Raises PdfUnwritable for a missing or read-only folder, a full disk or a file held open."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        out = open(temp, "xb")  # noqa: SIM115 (closed below, before the rename)
    except OSError as exc:
        raise _unwritable(path, exc) from exc
    try:
        with out:
            fill(out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _unwritable(path, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


def _unwritable(path: Path, exc: OSError) -> PdfUnwritable:
    return PdfUnwritable(file=str(path), detail=exc.strerror or str(exc))
