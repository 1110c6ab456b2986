"""Excel export of the app's lists (issue 3), with text-safe cells.

`write_sheet` writes one table to an .xlsx file: optional heading lines above it (merged across
the columns, bold), a bold frozen header row with an auto filter, column widths, and cells that
keep what they are:

- text is always stored as text (`data_type` "s", number format "@"): phone numbers and codes
  keep their leading zeros, and text starting with = + - @ (or a tab or carriage return) never
  becomes a formula; such text also gets the quote prefix, so editing the cell in Excel keeps it
  text (OWASP ASVS 5 §1.2.10, formula injection);
- dates are real dates shown dd/mm/yyyy; numbers are numbers; percentages are ratios (0.625)
  shown with a % format;
- every string is NFC, and characters XML cannot hold (control characters) are dropped.

The file is written next to the target and moved over it (os.replace): a failure leaves no
partial file and an old file intact. Above WRITE_ONLY_ABOVE rows (or rows of unknown count)
openpyxl's write-only mode streams the rows to disk, so memory stays flat however long the
list; time grows with the cells (1.5 to 2 s per 10,000 rows of 10 columns on the development
machine; openpyxl's XML writer is most of it). Long lists take a Progress (report, cancel).

`ExcelExportService` builds the lists users see from the services: the household register, a
year's registrations of a model, the learning activities and the year's dashboard. Headers and
values are Vietnamese whatever the interface language, like the printed documents.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    ActivityFilter,
    EconomicStatus,
    HouseholdFilter,
    HouseholdRow,
    SortColumn,
)
from xhht_desktop.domain.evaluation import DashboardLine, RegistrationRow
from xhht_desktop.domain.text import fold, looks_like_formula
from xhht_desktop.errors import BadInput
from xhht_desktop.services.activities import ActivityService
from xhht_desktop.services.cycle_documents import (
    MODEL_NAMES,
    NO,
    REPORTED,
    YES,
    band_words,
    quoted,
    standing,
    subject_of,
)
from xhht_desktop.services.documents import describe_filter
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.progress import Cancelled, NoProgress, Progress
from xhht_desktop.storage.repositories.evaluation import RegistrationDetail

__all__ = [
    "DATE_FORMAT",
    "PERCENT_FORMAT",
    "TEXT_FORMAT",
    "WRITE_ONLY_ABOVE",
    "CellKind",
    "Column",
    "ExcelExportService",
    "write_sheet",
]

WRITE_ONLY_ABOVE = 5_000  # rows; more (or an unknown count) are streamed
TEXT_FORMAT = "@"
DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
PERCENT_FORMAT = "0.0%"
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\]")
_SHEET_TITLE_MAX = 31
_CELL_MAX = 32_767  # characters in a cell (Excel's limit)
_PROGRESS_EVERY = 1_000
_BOLD = Font(bold=True)
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)


class CellKind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    PERCENT = "percent"  # a ratio: 0.625 shows as 62.5%


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT
    width: float = 15  # Excel character widths
    number_format: str | None = None  # overrides the kind's format


# --- the writer --------------------------------------------------------------------------------


def clean_text(value: str) -> str:
    """NFC without the characters an .xlsx cannot hold (C0 controls but tab and line ends),
    cut to the most a cell can hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", unicodedata.normalize("NFC", value))[:_CELL_MAX]


def sheet_title(title: str) -> str:
    """A valid worksheet name: NFC, no []:*?/\\, at most 31 characters, not empty."""
    name = _SHEET_TITLE_BAD.sub("-", clean_text(title)).strip().strip("'")
    return name[:_SHEET_TITLE_MAX].rstrip() or "Sheet1"


def _text_cell(ws: object, value: str) -> Cell:
    text = clean_text(value)
    cell = WriteOnlyCell(ws, text)  # may guess a formula ("=…"): the next line says what it is
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    if looks_like_formula(text):
        cell.quotePrefix = True
    return cell


def _cell(ws: object, column: Column, value: object) -> object:
    """One cell of `column`: a styled Cell, or the bare value where it needs no style (a
    number in the General format, an empty cell outside text columns), which openpyxl writes
    faster. A str is text whatever the column's kind; a value the kind does not take is
    written as its text."""
    if isinstance(value, str):
        return _text_cell(ws, value)
    kind = column.kind
    if value is None:
        if kind is not CellKind.TEXT:
            return None
        cell = WriteOnlyCell(ws)  # what the user types in later stays text too
        cell.number_format = TEXT_FORMAT
        return cell
    if kind is CellKind.DATE and isinstance(value, dt.date):
        if isinstance(value, dt.datetime):
            if value.tzinfo is not None:  # Excel has no time zones: local wall time
                value = value.astimezone().replace(tzinfo=None)
            fmt = DATE_FORMAT if value.time() == dt.time() else DATETIME_FORMAT
        else:
            fmt = DATE_FORMAT
        cell = WriteOnlyCell(ws, value)
        cell.number_format = column.number_format or fmt
        return cell
    numeric = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if kind in (CellKind.NUMBER, CellKind.PERCENT) and numeric:
        fmt = column.number_format or (PERCENT_FORMAT if kind is CellKind.PERCENT else None)
        if fmt is None:
            return value
        cell = WriteOnlyCell(ws, value)
        cell.number_format = fmt
        return cell
    return _text_cell(ws, str(value))


def _header_cell(ws: object, text: str) -> Cell:
    cell = _text_cell(ws, text)
    cell.font = _BOLD
    cell.alignment = _HEADER_ALIGN
    return cell


def write_sheet(
    path: str | Path,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    *,
    heading_lines: Sequence[str] = (),
    progress: Progress | None = None,
) -> Path:
    """Write `rows` (one value per column) as the only sheet of the workbook at `path`.

    `title` names the sheet. Heading lines go above the table, one a row, merged across the
    columns and bold, with a blank row before the header. Rows of a sized collection above
    WRITE_ONLY_ABOVE, or of an iterator (count unknown), are streamed in write-only mode.
    Raises BadInput("file.unwritable") when the file cannot be written and Cancelled when
    `progress` says stop; either way nothing is left at `path` (an old file stays as it was).
    """
    path = Path(path)
    if not columns:
        raise ValueError("a sheet needs at least one column")
    progress = progress or NoProgress()
    total = len(rows) if isinstance(rows, Sized) else None
    if path.is_dir():
        raise BadInput("file.unwritable", file=str(path), detail=os.strerror(errno.EISDIR))
    # Made now, so a folder that is missing or read-only is known before the work; with the
    # usual permissions (mkstemp would make it private to this user).
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        partial.open("xb").close()
    except OSError as exc:
        raise BadInput("file.unwritable", file=str(path), detail=_detail(exc)) from exc
    write_only = total is None or total > WRITE_ONLY_ABOVE
    workbook = Workbook(write_only=write_only)
    try:
        _fill(workbook, title, columns, rows, heading_lines, total, progress)
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        _discard(workbook)
        raise BadInput("file.unwritable", file=str(path), detail=_detail(exc)) from exc
    except BaseException:
        _discard(workbook)
        raise
    finally:
        partial.unlink(missing_ok=True)
    return path


def _detail(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _discard(workbook: Workbook) -> None:
    """Remove the temporary file a write-only sheet streams its rows to when the workbook
    is not saved (openpyxl itself removes it only when saving, or at exit)."""
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        for step in (getattr(ws, "_rows", None), writer):  # the rows' stream, then the file
            if step is not None:
                with contextlib.suppress(Exception):
                    step.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _fill(
    workbook: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    heading_lines: Sequence[str],
    total: int | None,
    progress: Progress,
) -> None:
    write_only = workbook.write_only
    workbook.properties.creator = "XHHT Desktop"
    workbook.properties.title = clean_text(title)
    ws = workbook.create_sheet(sheet_title(title)) if write_only else workbook.active
    if not write_only:
        ws.title = sheet_title(title)

    # Everything above the rows first: write-only mode writes it before the first row.
    last = get_column_letter(len(columns))
    header_row = len(heading_lines) + 2 if heading_lines else 1
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    for number, line in enumerate(heading_lines, start=1):
        cell = _text_cell(ws, line)
        cell.font = _BOLD
        ws.append([cell])
        if len(columns) > 1 and write_only:
            ws.merged_cells.add(f"A{number}:{last}{number}")
        elif len(columns) > 1:
            ws.merge_cells(f"A{number}:{last}{number}")
    if heading_lines:
        ws.append([])
    ws.append([_header_cell(ws, column.header) for column in columns])

    done = 0
    for values in rows:
        if len(values) != len(columns):
            raise ValueError(f"row {done + 1} has {len(values)} values for {len(columns)} columns")
        ws.append([_cell(ws, c, v) for c, v in zip(columns, values, strict=True)])
        done += 1
        if done % _PROGRESS_EVERY == 0:
            if progress.cancelled:
                raise Cancelled()
            progress.report(done, total or 0)
    progress.report(done, total if total is not None else done)
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row + max(done, 1)}"


class _Counted:
    """Rows made on demand whose count is known beforehand (so the writer can choose)."""

    def __init__(self, count: int, make: Callable[[], Iterator[Sequence[object]]]) -> None:
        self.count = count
        self.make = make

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Sequence[object]]:
        return self.make()


# --- the lists ---------------------------------------------------------------------------------

STATUS_WORDS = {
    EconomicStatus.NONE: "",
    EconomicStatus.POOR: "Hộ nghèo",
    EconomicStatus.NEAR_POOR: "Hộ cận nghèo",
}
HOUSEHOLD_COLUMNS = (
    Column("STT", CellKind.NUMBER, 6),
    Column("Chủ hộ", width=26),
    Column("Số nhà", width=10),
    Column("Đường", width=22),
    Column("Tổ", width=10),
    Column("Khu phố, ấp", width=16),
    Column("Số người", CellKind.NUMBER, 9),
    Column("Điện thoại", width=14),
    Column("Hoàn cảnh", width=14),
    Column("Ghi chú", width=40),
)
ACTIVITY_COLUMNS = (
    Column("STT", CellKind.NUMBER, 6),
    Column("Ngày", CellKind.DATE, 12),
    Column("Đến ngày", CellKind.DATE, 12),
    Column("Loại hoạt động", width=22),
    Column("Tên hoạt động", width=40),
    Column("Địa điểm", width=24),
    Column("Thuộc đơn vị", width=24),
    Column("Người dự trong danh sách hộ", CellKind.NUMBER, 14),
    Column("Người dự khác", CellKind.NUMBER, 11),
    Column("Tổng số người dự", CellKind.NUMBER, 11),
)
DASHBOARD_COLUMNS = (
    Column("Mô hình", width=22),
    Column("Tổ", width=12),
    Column("Tổng số", CellKind.NUMBER, 10),
    Column("Đăng ký", CellKind.NUMBER, 10),
    Column("Tỷ lệ đăng ký", CellKind.PERCENT, 11),
    Column("Được công nhận", CellKind.NUMBER, 11),
    Column("Tỷ lệ công nhận so với tổng số", CellKind.PERCENT, 14),
    Column("Tỷ lệ công nhận so với số đăng ký", CellKind.PERCENT, 14),
    Column("Tiêu biểu", CellKind.NUMBER, 10),
)
WHOLE = "Tất cả"  # the Tổ cell of a model's line over every tổ
_CHUNK = 500  # households read per query


def group_key(group: str) -> tuple[object, ...]:
    """'Tổ 2' before 'Tổ 10'."""
    return tuple(int(p) if p.isdigit() else fold(p) for p in re.split(r"(\d+)", group))


def ratio(count: int, of: int) -> float | None:
    """`count` as a share of `of` (0.625); None when there is nothing to divide by."""
    return None if of == 0 else count / of


def _yes_no(value: bool | None) -> str:
    return "" if value is None else (YES if value else NO)


class ExcelExportService:
    """Each method writes one list to an .xlsx file and returns its path. Pass a Progress
    to watch (and cancel) a long one."""

    def __init__(
        self,
        installation: InstallationService,
        households: HouseholdService,
        activities: ActivityService,
        evaluation: EvaluationService,
    ) -> None:
        # Kept under other names: the methods are named after the lists.
        self._installation = installation
        self._households = households
        self._activities = activities
        self._evaluation = evaluation

    def _heading(self, *lines: str) -> list[str]:
        return [self._installation.require().unit_name, *lines]

    # -- the household register --------------------------------------------------------------

    def households(
        self,
        flt: HouseholdFilter,
        path: str | Path,
        *,
        sort: SortColumn = SortColumn.HEAD,
        descending: bool = False,
        progress: Progress | None = None,
    ) -> Path:
        """The register (or the part `flt` selects) in the order the table shows it."""
        scope = describe_filter(flt)
        heading = self._heading("Danh sách hộ gia đình" + (f" ({scope})" if scope else ""))
        ids = self._households.ids(flt, sort, descending)

        def rows() -> Iterator[tuple[object, ...]]:
            number = 0
            for start in range(0, len(ids), _CHUNK):
                for row in self._households.rows(ids[start : start + _CHUNK]):
                    number += 1
                    yield _household_cells(number, row)

        return write_sheet(
            path,
            "Hộ gia đình",
            HOUSEHOLD_COLUMNS,
            _Counted(len(ids), rows),
            heading_lines=heading,
            progress=progress,
        )

    # -- registrations of a year -------------------------------------------------------------

    def registrations(
        self, year: int, model: Model, path: str | Path, *, progress: Progress | None = None
    ) -> Path:
        """Who registered for `model` in `year` and how far each got: points, band, met,
        proposed, the decision's number, commended. By tổ ('Tổ 2' before 'Tổ 10')."""
        inst = self._installation.require()
        subject, name = subject_of(model), MODEL_NAMES[model]
        rows = sorted(self._evaluation.registrations(year, model), key=lambda r: group_key(r.group))
        details = self._evaluation.registration_details(year, model, inst.commune_name)
        words = band_words(self._evaluation.criteria, model)
        columns = [
            Column("STT", CellKind.NUMBER, 6),
            Column(subject.name, width=26),
            Column(subject.detail, width=32),
        ]
        if subject.grouped:
            columns.append(Column("Tổ", width=10))
        columns += [
            Column("Ngày đăng ký", CellKind.DATE, 12),
            Column("Tổng điểm", CellKind.NUMBER, 10),
            Column("Xếp loại", width=12),
            Column("Đạt", width=8),
            Column("Đề nghị công nhận", width=12),
            Column("Số quyết định", width=16),
            Column("Biểu dương", width=10),
        ]
        table = []
        for number, row in enumerate(rows, start=1):
            detail = details.get(row.id, RegistrationDetail(None, "", ""))
            cells: list[object] = [number, row.subject_name, detail.detail]
            if subject.grouped:
                cells.append(row.group)
            cells += _outcome_cells(row, detail, words)
            table.append(cells)
        return write_sheet(
            path,
            f"Đăng ký {name}",
            columns,
            table,
            heading_lines=self._heading(f"Danh sách đăng ký danh hiệu {quoted(name)} năm {year}"),
            progress=progress,
        )

    # -- learning activities -----------------------------------------------------------------

    def activities(
        self, flt: ActivityFilter, path: str | Path, *, progress: Progress | None = None
    ) -> Path:
        """The activities `flt` selects, as the Activities page lists them, with attendance
        from the register, from outside it, and the two together. Đến ngày only for an
        activity of more than one day."""
        title = "Danh sách hoạt động học tập" + (f" năm {flt.year}" if flt.year else "")
        table = [
            (
                number,
                row.start_date,
                row.end_date if row.end_date != row.start_date else None,
                row.type_name,
                row.title,
                row.place,
                row.unit_name,
                row.attendees,
                row.outside_attendees,
                row.attendees + row.outside_attendees,
            )
            for number, row in enumerate(self._activities.list(flt), start=1)
        ]
        return write_sheet(
            path,
            "Hoạt động học tập",
            ACTIVITY_COLUMNS,
            table,
            heading_lines=self._heading(title),
            progress=progress,
        )

    # -- the year at a glance ----------------------------------------------------------------

    def dashboard(self, year: int, path: str | Path, *, progress: Progress | None = None) -> Path:
        """Per model (the four always, Công dân học tập when someone registered), then per
        tổ for families: subjects, registered and its share, recognised and its share of the
        subjects and of those registered, commended. Shares are real percentages."""
        lines = self._evaluation.dashboard(year, by_group=True)
        whole = {line.model: line for line in lines if not line.group}
        models = [
            *REPORTED,
            *(m for m in Model if m not in REPORTED and m in whole and whole[m].registered),
        ]
        per_group = sorted(
            (line for line in lines if line.model is Model.FAMILY and line.group),
            key=lambda line: group_key(line.group),
        )
        table = [_dashboard_cells(whole[m], WHOLE) for m in models if m in whole]
        table += [_dashboard_cells(line, line.group) for line in per_group]
        return write_sheet(
            path,
            f"Kết quả năm {year}",
            DASHBOARD_COLUMNS,
            table,
            heading_lines=self._heading(f"Kết quả xây dựng các mô hình học tập năm {year}"),
            progress=progress,
        )


def _household_cells(number: int, row: HouseholdRow) -> tuple[object, ...]:
    return (
        number,
        row.head_name,
        row.house_number,
        row.street,
        row.group,
        row.hamlet,
        row.member_count,
        row.phone,  # the digits as stored: text, so the leading 0 stays
        STATUS_WORDS[row.economic_status],
        row.notes,
    )


def _outcome_cells(
    row: RegistrationRow, detail: RegistrationDetail, words: dict[str, str]
) -> list[object]:
    """Ngày đăng ký … Biểu dương; a stage not reached yet is left blank. Xếp loại is the
    band's word, or Đạt / Không đạt when the set has no bands (as the printed minutes say)."""
    return [
        detail.registered_on,
        row.total,
        standing(row, words),
        _yes_no(row.met) if row.total is not None else "",
        _yes_no(row.proposed),
        row.decision_number or "",
        YES if row.commended else NO,
    ]


def _dashboard_cells(line: DashboardLine, group: str) -> tuple[object, ...]:
    return (
        MODEL_NAMES[line.model],
        group,
        line.subjects,
        line.registered,
        ratio(line.registered, line.subjects),
        line.recognised,
        ratio(line.recognised, line.subjects),
        ratio(line.recognised, line.registered),
        line.commended,
    )
