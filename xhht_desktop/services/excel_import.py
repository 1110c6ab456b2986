"""Households from a volunteer's Excel workbook: read and understood first, shown as a preview
with every problem per row, written only when the user confirms, in one transaction.

`read(path)` opens an .xlsx (read-only, cached values: formulas count for what Excel last
showed), picks the sheet with a household list (or the one asked for), decides the legacy
encoding once for the sheet (legacy_encodings.detect), finds the header below any title rows,
guesses the mapping and the layout (sheet_mapping), parses and checks every row and looks
each household up in the register. The result, a SheetPreview, changes nothing; it is made
again with another mapping or encoding by `preview_with`, without reading the file again.

Duplicates of households already in the register are found by the folded head's name, the
address (the parts the sheet has: số nhà and đường, tổ, khu phố / ấp) and the head's birth year
(an unknown year matches any), with one query over the register, not one per row. Each is
offered as skip (the default), update or add. Update is deliberately simple: the register's
household keeps everything it has, takes the sheet's address parts and phone where the sheet
has them, and gains the sheet's members it does not already have (by folded name). A
household received from a unit below cannot be updated here.

`apply(preview, decisions)` writes the households to add and the updates through
HouseholdService.save_many: all or nothing. A household with errors must be skipped, or
nothing is written; so is the case where the register changed since the preview was made.

`write_errors` saves the problem rows as a new workbook, the original columns (in Unicode)
followed by the row's number in the original and a "Lỗi / cảnh báo" column, text-safe
(excel_export.write_sheet): fix them there and import that file.

Old .xls files (binary, magic bytes D0 CF 11 E0) are refused with advice to save them as
.xlsx in Excel or LibreOffice; so are password-protected workbooks (the same container) and
files that are not workbooks at all. A file another program holds locked is reported as such.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select

from xhht_desktop.domain.entities import HouseholdDraft, PersonDraft, Relation, format_address
from xhht_desktop.domain.legacy_encodings import detect, to_unicode
from xhht_desktop.domain.sheet_mapping import (
    HEADER_SCAN,
    Field,
    Mapping,
    MergedRange,
    ParsedHousehold,
    RowIssue,
    Severity,
    address_keys,
    cell_text,
    fill_merged,
    find_header,
    folded_name_key,
    guess_mapping,
    header_at,
    key_parts,
    parse_sheet,
    same_place,
)
from xhht_desktop.domain.text import fold
from xhht_desktop.errors import BadInput, UserError
from xhht_desktop.messages import MESSAGES, render
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.progress import Cancelled, NoProgress, Progress
from xhht_desktop.storage.orm import HouseholdRecord, PersonRecord

__all__ = [
    "ERROR_COLUMN",
    "EXCEL_MESSAGES",
    "Decision",
    "Duplicate",
    "ExcelImportService",
    "ImportPlan",
    "ImportResult",
    "SheetPreview",
    "import_file",
    "refusals",
    "summary",
]

ERROR_COLUMN = "Lỗi / cảnh báo"
ROW_COLUMN = "Dòng (tệp gốc)"
SAMPLE_ROWS = 2_000  # rows whose text decides the encoding
SAMPLES = 8  # before/after pairs shown
_PROGRESS_EVERY = 2_000
_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_SCAN_LIMIT = 64 * 1024 * 1024  # bytes of an OLE file searched for the encryption marker
_ERROR_VALUES = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"})
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_CHUNK = 1 << 20
AUTO = "auto"  # preview_with: keep the encoding as it is


# The words of this module's codes, in English. messages.MESSAGES is where the app looks them
# up (and where they are marked for translation); these are used until it has them.
EXCEL_MESSAGES: dict[str, str] = {
    "excel.xls": (
        "{file} is an old Excel file (.xls). Open it in Excel or LibreOffice, save it as "
        "an Excel workbook (.xlsx) and import that file."
    ),
    "excel.encrypted": (
        "{file} is protected by a password. Open it in Excel, remove the password (File > "
        "Info > Protect Workbook), save it and import it again."
    ),
    "excel.not_xlsx": (
        "{file} is not an Excel workbook (.xlsx). If it is a list from another program, open "
        "it in Excel or LibreOffice and save it as .xlsx."
    ),
    "excel.locked": (
        "Cannot open {file}: another program (probably Excel) is using it. Close it there "
        "and try again."
    ),
    "excel.no_sheet": 'There is no sheet "{sheet}" in {file}. Its sheets: {sheets}.',
    "excel.not_usable": (
        "{file} cannot be imported as it is: no column holds the names. Choose the column of "
        "the head of household or of the members' names."
    ),
    "excel.has_errors": (
        "{count} households have errors (rows {rows}): skip them or correct the file. "
        "Nothing was imported."
    ),
    "excel.register_changed": (
        "The register changed since the file was checked. Nothing was imported: please "
        "check the file again."
    ),
    "excel.not_own": (
        "Row {row}: the household of {name} was received from another unit and cannot be "
        "updated here. Nothing was imported."
    ),
    "excel.no_name_column": (
        "No column holds the names: choose the column of the head of household or of the "
        "members' names."
    ),
    "excel.no_name": "This row has no name.",
    "excel.bad_date": ('Not a date: "{value}". Write it as dd/mm/yyyy or a year such as 1965.'),
    "excel.two_digit_year": '"{value}" has a two-digit year: read as {year}.',
    "excel.unknown_value": 'Not understood: "{value}". Left empty.',
    "excel.unknown_group": '"{value}" is not one of the tổ of this branch.',
    "excel.extra_phones": (
        "More than one phone number: the first is kept, the others ({value}) go in the notes."
    ),
    "excel.house_number_date": (
        "Excel had turned the house number into a date; it is read as {value}."
    ),
    "excel.head_assumed": (
        "No member is marked as head of household: {name}, the first, is taken as the head."
    ),
    "excel.duplicate_in_file": "The same household is already on row {row} of this sheet.",
    "excel.would_import": (
        "{file}: {households} households ({persons} persons). Would add {add}, update "
        "{update}, skip {skip} already in the register; {refused} refused because of errors."
    ),
    "excel.imported": (
        "{file}: added {add} households, updated {update}, skipped {skip} already in the "
        "register; {refused} refused because of errors."
    ),
    "excel.converted": "Text converted from the old encoding {encoding}.",
    "excel.refused_row": "Row {row} ({column}): {detail}",
}


class Decision(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    ADD = "add"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """The register's household a sheet's household matches."""

    household_id: int
    head_name: str
    address: str
    birth_year: int | None
    own: bool  # made here (a household received from a unit below cannot be updated)


_Entry = tuple[tuple[str, str, str], Duplicate]  # a register household's address keys


@dataclass(frozen=True, slots=True)
class _Table:
    """The sheet as read: cell values (text not yet converted) and merged ranges."""

    rows: tuple[tuple[object, ...], ...]
    ranges: tuple[MergedRange, ...]
    width: int


@dataclass(frozen=True)
class SheetPreview:
    """What importing a sheet would do. Nothing is written until `apply`."""

    path: Path
    sheets: tuple[str, ...]
    sheet: str
    detected_encoding: str | None
    encoding: str | None
    samples: tuple[tuple[str, str], ...]  # (as in the file, as converted)
    detected_mapping: Mapping
    mapping: Mapping
    headers: tuple[str, ...]  # per column, converted
    examples: tuple[str, ...]  # per column: its first value below the header
    households: tuple[ParsedHousehold, ...]
    issues: tuple[RowIssue, ...]  # about the sheet as a whole
    duplicates: dict[int, Duplicate]  # by the household's first row
    table: _Table = field(repr=False, compare=False)

    @property
    def width(self) -> int:
        return self.table.width

    @property
    def usable(self) -> bool:
        return not any(i.severity is Severity.ERROR for i in self.issues)

    @property
    def with_errors(self) -> int:
        return sum(1 for h in self.households if h.has_errors)

    @property
    def with_warnings(self) -> int:
        return sum(1 for h in self.households if h.has_warnings and not h.has_errors)

    @property
    def persons(self) -> int:
        return sum(len(h.draft.members) for h in self.households)

    def all_issues(self) -> list[RowIssue]:
        return [*self.issues, *(i for h in self.households for i in h.issues)]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Which households (by first row) each decision takes, and those refused (errors)."""

    add: tuple[int, ...]
    update: tuple[int, ...]
    skip: tuple[int, ...]
    refused: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[int, ...]  # household ids
    updated: tuple[int, ...]
    skipped: int
    refused: int
    changes: Changes


class ExcelImportService:
    def __init__(
        self, households: HouseholdService, installation: InstallationService | None = None
    ) -> None:
        self._households = households
        self._installation = installation

    # -- reading ------------------------------------------------------------------------

    def read(
        self,
        path: str | Path,
        sheet: str | None = None,
        *,
        encoding: str | None = AUTO,
        progress: Progress | None = None,
    ) -> SheetPreview:
        """Open `path`, understand `sheet` (by default the first with a household list) and
        preview the import. `encoding` forces a legacy encoding (None: Unicode)."""
        path = Path(path)
        progress = progress or NoProgress()
        sheets, name, table = _read_workbook(path, sheet, progress)
        return self._preview(path, sheets, name, table, encoding, None)

    def preview_with(
        self,
        preview: SheetPreview,
        *,
        mapping: Mapping | None = None,
        encoding: str | None = AUTO,
        header_row: int | None = None,
    ) -> SheetPreview:
        """The same sheet again with another mapping, encoding or header row (the mapping is
        then guessed again from that row)."""
        if header_row is not None and header_row != preview.mapping.header_row:
            mapping = None
        elif mapping is None:
            mapping = preview.mapping
        chosen = preview.encoding if encoding == AUTO else encoding
        return self._preview(
            preview.path,
            preview.sheets,
            preview.sheet,
            preview.table,
            chosen,
            mapping,
            detected=preview.detected_encoding,
            header_row=header_row,
        )

    def _preview(
        self,
        path: Path,
        sheets: tuple[str, ...],
        sheet: str,
        table: _Table,
        encoding: str | None,
        mapping: Mapping | None,
        *,
        detected: str | None = AUTO,
        header_row: int | None = None,
    ) -> SheetPreview:
        if detected == AUTO:
            detected = detect(_texts(table.rows[:SAMPLE_ROWS]))
        chosen = detected if encoding == AUTO else encoding
        cache: dict[str, str] = {}

        def convert(text: str) -> str:
            found = cache.get(text)
            if found is None:
                found = cache[text] = to_unicode(text, chosen)
            return found

        guessed, headers = guess_mapping(table.rows, table.ranges, convert, header_row)
        if mapping is None:
            mapping = guessed
        elif mapping.header_row != guessed.header_row:
            _start, headers, _fields = header_at(
                table.rows, mapping.header_row, table.ranges, convert
            )
        width = table.width
        mapping = replace(
            mapping, columns=(mapping.columns + (Field.IGNORE,) * width)[: max(width, 1)]
        )
        headers = (tuple(headers) + ("",) * width)[:width]
        result = parse_sheet(
            table.rows,
            mapping,
            today=self._households.today(),
            ranges=table.ranges,
            headers=headers,
            encoding=chosen,
            known_groups=self._known_groups(),
        )
        duplicates = self._duplicates(result.households, mapping)
        return SheetPreview(
            path=path,
            sheets=sheets,
            sheet=sheet,
            detected_encoding=detected,
            encoding=chosen,
            samples=_samples(table, mapping, chosen),
            detected_mapping=guessed,
            mapping=mapping,
            headers=headers,
            examples=_examples(table, mapping, convert),
            households=result.households,
            issues=result.issues,
            duplicates=duplicates,
            table=table,
        )

    def _known_groups(self) -> tuple[str, ...]:
        installation = self._installation.get() if self._installation else None
        return installation.groups if installation else ()

    # -- duplicates -----------------------------------------------------------------------

    def _register(
        self, parts: frozenset[str], names: set[str]
    ) -> dict[tuple[str, str], list[_Entry]]:
        """The register's living households whose folded head name is among `names`, by that
        name and số nhà + đường (the tổ and khu phố are compared by same_place): one query.
        The folded names come from the stored sort key (name_sort_key: "given folded-name"),
        so the 100,000 names of a large register are not folded again."""
        h, p = HouseholdRecord, PersonRecord
        stmt = (
            select(
                h.id,
                h.sort_key,
                h.head_name,
                h.house_number,
                h.street,
                h.group,
                h.hamlet,
                h.origin_unit,
                p.birth_year,
            )
            .join(p, p.id == h.head_id)
            .where(h.deleted_at.is_(None))
            .order_by(h.id)
        )
        own = self._own_unit()
        index: dict[tuple[str, str], list[_Entry]] = {}
        with self._households.sessions.read() as s:
            for hid, sort_key, head, house, street, group, hamlet, origin, year in s.execute(stmt):
                name = folded_name_key(sort_key.partition(" ")[2])
                if name not in names:
                    continue
                keys = address_keys(house, street, group, hamlet, parts)
                duplicate = Duplicate(
                    hid,
                    head,
                    format_address(house, street, group, hamlet),
                    year,
                    own is None or origin == own,
                )
                index.setdefault((name, keys[0]), []).append((keys, duplicate))
        return index

    def _own_unit(self) -> str | None:
        try:
            return self._households.origin_unit()
        except UserError:
            return None

    def _duplicates(
        self, households: Sequence[ParsedHousehold], mapping: Mapping
    ) -> dict[int, Duplicate]:
        if not households:
            return {}
        parts = key_parts(mapping)
        index = self._register(parts, {h.key[0] for h in households if h.key[0]})
        found: dict[int, Duplicate] = {}
        for household in households:
            name, _address, year = household.key
            if not name:
                continue
            draft = household.draft
            keys = address_keys(draft.house_number, draft.street, draft.group, draft.hamlet, parts)
            for their_keys, candidate in index.get((name, keys[0]), ()):
                same_year = year is None or candidate.birth_year in (None, year)
                if same_year and same_place(keys, their_keys):
                    found[household.first_row] = candidate
                    break
        return found

    # -- decisions and applying -----------------------------------------------------------

    @staticmethod
    def default_decisions(preview: SheetPreview) -> dict[int, Decision]:
        """Skip duplicates and households with errors; add the rest."""
        return {
            h.first_row: Decision.SKIP
            if h.has_errors or h.first_row in preview.duplicates
            else Decision.ADD
            for h in preview.households
        }

    @staticmethod
    def plan(
        preview: SheetPreview, decisions: dict[int, Decision] | dict[int, str] | None = None
    ) -> ImportPlan:
        """What `apply` would do with these decisions (missing ones take the default)."""
        chosen = ExcelImportService.default_decisions(preview)
        chosen |= {row: Decision(d) for row, d in (decisions or {}).items()}  # "add" too
        add, update, skip, refused = [], [], [], []
        for h in preview.households:
            decision = chosen[h.first_row]
            if h.has_errors:
                (skip if decision is Decision.SKIP else refused).append(h.first_row)
            elif decision is Decision.ADD:
                add.append(h.first_row)
            elif decision is Decision.UPDATE:
                update.append(h.first_row)
            else:
                skip.append(h.first_row)
        return ImportPlan(tuple(add), tuple(update), tuple(skip), tuple(refused))

    def apply(
        self,
        preview: SheetPreview,
        decisions: dict[int, Decision] | dict[int, str] | None = None,
    ) -> ImportResult:
        """Write the households to add and the updates, all in one transaction. Refused,
        with nothing written: a sheet-level error, a household with errors not skipped, an
        update without a duplicate or of a household made elsewhere, a register changed
        since the preview."""
        if not preview.usable:
            raise BadInput("excel.not_usable", file=preview.path.name)
        plan = self.plan(preview, decisions)
        if plan.refused:
            raise BadInput(
                "excel.has_errors", count=len(plan.refused), rows=_rows_text(plan.refused)
            )
        by_row = {h.first_row: h for h in preview.households}
        fresh = self._duplicates(preview.households, preview.mapping)
        for row in plan.add:
            if row in fresh and row not in preview.duplicates:
                raise UserError("excel.register_changed")
        drafts: list[HouseholdDraft] = [by_row[row].draft for row in plan.add]
        updated_ids: list[int] = []
        for row in plan.update:
            target = fresh.get(row)
            if target is None:
                raise UserError("excel.register_changed")
            if not target.own:
                raise UserError("excel.not_own", row=row, name=target.head_name)
            existing = self._households.get(target.household_id).draft
            drafts.append(merge_update(existing, by_row[row].draft, preview.mapping))
            updated_ids.append(target.household_id)
        skipped = len(plan.skip)
        if not drafts:
            return ImportResult((), (), skipped, 0, Changes.of(Kind.HOUSEHOLD))
        ids, changes = self._households.save_many(drafts)
        return ImportResult(
            added=tuple(ids[: len(plan.add)]),
            updated=tuple(updated_ids),
            skipped=skipped,
            refused=0,
            changes=changes,
        )

    # -- the errors file ------------------------------------------------------------------

    def write_errors(
        self,
        preview: SheetPreview,
        path: str | Path,
        describe: Callable[[str, dict[str, object]], str] | None = None,
        *,
        progress: Progress | None = None,
    ) -> Path:
        """The rows of the households with errors or warnings (all their rows), in Unicode,
        with the row's number in the original and what is wrong in a last column. `describe`
        words an issue code (the caller's language; English by default)."""
        from xhht_desktop.services.excel_export import CellKind, Column, write_sheet

        words = describe or _english
        table = preview.table
        filled = fill_merged(table.rows, table.ranges, preview.mapping.data_start - 1)
        cache: dict[str, str] = {}

        def convert(value: object) -> str:
            text = cell_text(value)
            if preview.encoding is None or not text:
                return text
            found = cache.get(text)
            if found is None:
                found = cache[text] = to_unicode(text, preview.encoding)
            return found

        headers = [header or _column_letter(i) for i, header in enumerate(preview.headers)] or ["A"]
        notes: dict[int, list[str]] = {}
        for issue in preview.all_issues():
            notes.setdefault(issue.row, []).append(_issue_text(issue, preview, words))
        wanted: list[int] = []
        if any(i.row == 0 for i in preview.issues):
            wanted = list(range(preview.mapping.data_start, len(table.rows) + 1))
            notes.setdefault(wanted[0] if wanted else 0, []).extend(notes.pop(0, []))
        else:
            for h in preview.households:
                if h.issues:
                    wanted.extend(h.rows)

        def rows() -> Iterator[list[object]]:
            for number in wanted:
                cells = list(filled[number - 1]) + [None] * table.width
                yield [
                    *(convert(v) for v in cells[: len(headers)]),
                    number,
                    "\n".join(notes.get(number, [])),
                ]

        columns = [Column(h, width=18) for h in headers]
        columns += [
            Column(ROW_COLUMN, CellKind.NUMBER, width=10),
            Column(ERROR_COLUMN, width=60),
        ]
        return write_sheet(
            path,
            "Lỗi nhập",
            columns,
            list(rows()),
            heading_lines=[f"Lỗi và cảnh báo khi nhập {preview.path.name} ({preview.sheet})"],
            progress=progress,
        )


def merge_update(
    existing: HouseholdDraft, sheet: HouseholdDraft, mapping: Mapping
) -> HouseholdDraft:
    """The register's household with the sheet's address and phone where the sheet has them,
    and the sheet's members it lacks (by folded name) added at the end."""
    values: dict[str, Any] = {}
    for name in ("house_number", "street", "group", "hamlet", "phone"):
        value = getattr(sheet, name)
        if value:
            values[name] = value
    if sheet.economic_status.value and mapping.has(
        Field.ECONOMIC_STATUS, Field.POOR, Field.NEAR_POOR
    ):
        values["economic_status"] = sheet.economic_status
    known = {fold(m.full_name) for m in existing.members}
    extra = []
    for member in sheet.members:
        if fold(member.full_name) not in known:
            extra.append(replace(member, relation=_not_head(member)))
            known.add(fold(member.full_name))
    return replace(existing, members=(*existing.members, *extra), **values)


def _not_head(member: PersonDraft) -> Relation:
    return Relation.OTHER if member.relation is Relation.HEAD else member.relation


# --- reading the workbook -------------------------------------------------------------------


def _read_workbook(
    path: Path, sheet: str | None, progress: Progress
) -> tuple[tuple[str, ...], str, _Table]:
    _check_file(path)
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except PermissionError as exc:
        raise BadInput("excel.locked", file=path.name) from exc
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInput("excel.not_xlsx", file=path.name, detail=str(exc)) from exc
    try:
        sheets = tuple(ws.title for ws in book.worksheets if hasattr(ws, "iter_rows"))
        if not sheets:
            raise BadInput("excel.no_sheet", file=path.name, sheet="", sheets="")
        if sheet is not None and sheet not in sheets:
            raise BadInput("excel.no_sheet", file=path.name, sheet=sheet, sheets=", ".join(sheets))
        name = sheet or _sheet_with_list(book, sheets)
        ws = book[name]
        ws.reset_dimensions()  # a wrong <dimension> would hide columns or rows
        rows: list[tuple[object, ...]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            rows.append(tuple(_value(v) for v in values))
            if number % _PROGRESS_EVERY == 0:
                if progress.cancelled:
                    raise Cancelled()
                progress.report(number, 0)
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        width = max((len(r) for r in rows), default=0)
        while width and all(len(r) < width or r[width - 1] is None for r in rows):
            width -= 1
        table = _Table(
            tuple(tuple(r[:width]) + (None,) * (width - len(r)) for r in rows),
            tuple(_merged_ranges(book, ws)),
            width,
        )
    finally:
        book.close()
    return sheets, name, table


def _check_file(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except PermissionError as exc:
        raise BadInput("excel.locked", file=path.name) from exc
    except OSError as exc:
        raise BadInput("file.unreadable", file=str(path), detail=exc.strerror or str(exc)) from exc
    if head.startswith(_XLS_MAGIC[:4]):
        with path.open("rb") as f:
            content = f.read(_SCAN_LIMIT)
        if _ENCRYPTED in content:
            raise BadInput("excel.encrypted", file=path.name)
        raise BadInput("excel.xls", file=path.name)
    if not head.startswith(_ZIP_MAGIC):
        raise BadInput("excel.not_xlsx", file=path.name, detail="")


def _value(value: object) -> object:
    if isinstance(value, str) and value in _ERROR_VALUES:
        return None
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _sheet_with_list(book: Any, sheets: Sequence[str]) -> str:
    """The first sheet whose first rows hold a household list's header, else the first."""
    for name in sheets:
        ws = book[name]
        ws.reset_dimensions()
        rows = [tuple(r) for r in ws.iter_rows(max_row=HEADER_SCAN, values_only=True)]
        encoding = detect(_texts(rows))
        if find_header(rows, (), lambda s, e=encoding: to_unicode(s, e)):
            return name
    return sheets[0]


def _merged_ranges(book: Any, ws: Any) -> Iterator[MergedRange]:
    """The sheet's merged ranges, read from its XML (read-only mode does not give them): the
    <mergeCell> elements after the cells, found by streaming the part in chunks."""
    try:
        source = book._archive.open(ws._worksheet_path)
    except (AttributeError, KeyError):
        return
    from openpyxl.utils import column_index_from_string

    with source:
        tail = b""
        while chunk := source.read(_CHUNK):
            data = tail + chunk
            last = 0
            for m in _MERGE.finditer(data):
                first_col, first_row, end_col, end_row = m.groups()
                min_col = column_index_from_string(first_col.decode())
                max_col = column_index_from_string((end_col or first_col).decode())
                yield int(first_row), min_col, int(end_row or first_row), max_col
                last = m.end()
            tail = data[max(last, len(data) - 200) :]


def _texts(rows: Sequence[Sequence[object]]) -> Iterator[str]:
    for row in rows:
        for value in row:
            if isinstance(value, str):
                yield value


def _samples(table: _Table, mapping: Mapping, encoding: str | None) -> tuple[tuple[str, str], ...]:
    """A few texts of the sheet as they are and as converted: those the conversion changes,
    names first."""
    columns = [i for i, f in enumerate(mapping.columns) if f in (Field.HEAD_NAME, Field.FULL_NAME)]
    columns += [i for i in range(table.width) if i not in columns]
    seen: dict[str, str] = {}
    plain: dict[str, str] = {}
    for row in table.rows[mapping.data_start - 1 : mapping.data_start - 1 + SAMPLE_ROWS]:
        for i in columns:
            value = row[i] if i < len(row) else None
            if not isinstance(value, str) or value in seen or value in plain:
                continue
            if not any(ch.isalpha() for ch in value):
                continue  # numbers say nothing about the encoding
            converted = to_unicode(value, encoding)
            (seen if converted != value else plain)[value] = converted
            if len(seen) >= SAMPLES:
                return tuple(seen.items())
    pairs = list(seen.items()) + list(plain.items())
    return tuple(pairs[:SAMPLES])


def _examples(table: _Table, mapping: Mapping, convert: Callable[[str], str]) -> tuple[str, ...]:
    examples = [""] * table.width
    for row in table.rows[mapping.data_start - 1 : mapping.data_start + 50]:
        for i, value in enumerate(row):
            if not examples[i] and value is not None:
                examples[i] = convert(cell_text(value))
        if all(examples):
            break
    return tuple(examples)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _rows_text(rows: Sequence[int], most: int = 10) -> str:
    shown = ", ".join(map(str, rows[:most]))
    return shown + ("…" if len(rows) > most else "")


def _english(code: str, params: dict[str, object]) -> str:
    return render(MESSAGES.get(code) or EXCEL_MESSAGES.get(code, code), params)


def _issue_text(
    issue: RowIssue, preview: SheetPreview, words: Callable[[str, dict[str, object]], str]
) -> str:
    kind = "Lỗi" if issue.severity is Severity.ERROR else "Cảnh báo"
    column = preview.mapping.column(issue.field)
    where = preview.headers[column] if column is not None and column < len(preview.headers) else ""
    prefix = f"{kind} ({where})" if where else kind
    return f"{prefix}: {words(issue.code, dict(issue.params))}"


# --- the command line -----------------------------------------------------------------------


def import_file(
    service: ExcelImportService,
    path: str | Path,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    errors_out: str | Path | None = None,
    describe: Callable[[str, dict[str, object]], str] | None = None,
) -> tuple[SheetPreview, ImportPlan, ImportResult | None]:
    """`xhht import-excel`: the automatic mapping, duplicates skipped, households with errors
    refused (not imported), the rest added; with `dry_run` nothing is written. The errors file
    is written when asked and there is something in it."""
    preview = service.read(path, sheet)
    decisions = ExcelImportService.default_decisions(preview)
    plan = ExcelImportService.plan(preview, decisions)
    if errors_out is not None and (preview.issues or any(h.issues for h in preview.households)):
        service.write_errors(preview, errors_out, describe)
    if dry_run or not preview.usable:
        return preview, plan, None
    return preview, plan, service.apply(preview, decisions)


def summary(
    preview: SheetPreview, plan: ImportPlan, result: ImportResult | None = None
) -> dict[str, object]:
    """The figures of "excel.would_import" (a plan) and "excel.imported" (a result)."""
    return {
        "file": preview.path.name,
        "sheet": preview.sheet,
        "households": len(preview.households),
        "persons": preview.persons,
        "add": len(result.added) if result else len(plan.add),
        "update": len(result.updated) if result else len(plan.update),
        "skip": len(plan.skip) - preview.with_errors,
        "refused": preview.with_errors,
    }


def refusals(preview: SheetPreview) -> list[tuple[int, str, str, dict[str, object]]]:
    """Why rows are refused: (row, the column's header, issue code, its parameters) for each
    error, the sheet's own first (row 0)."""
    found: list[tuple[int, str, str, dict[str, object]]] = []
    errors = [i for i in preview.issues if i.severity is Severity.ERROR]
    errors += [i for h in preview.households for i in h.issues if i.severity is Severity.ERROR]
    for issue in errors:
        column = preview.mapping.column(issue.field)
        header = preview.headers[column] if column is not None else ""
        found.append((issue.row, header or issue.field.value, issue.code, dict(issue.params)))
    return found
