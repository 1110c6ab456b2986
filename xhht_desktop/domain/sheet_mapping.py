"""From a volunteer's spreadsheet to household drafts: which row holds the header, what each
column means, whether a row is a household or a person, and every value read the way people
type it, with the problems found reported per row. Pure: the rows come in as Python values
(what openpyxl reads), nothing here opens a file or the database.

The steps, each usable (and correctable) on its own:

1. `fill_merged`: merged cells hold their value in the top-left cell only. In the header rows
   the value is spread over the whole range (a "Năm sinh" heading over "Nam" and "Nữ"); in the
   data rows it is filled down its first column (a household number or address merged over
   the rows of the household's members), never across into a neighbouring field.
2. `find_header`: the header is the row among the first HEADER_SCAN rows whose cells name the
   most known columns ("Họ và tên chủ hộ", "Chủ hộ", "HỌ TÊN", "Năm sinh", "SĐT", "Tổ"…,
   compared folded: no accents, any case). Title rows above it are skipped; a second header
   row below it ("Nam" / "Nữ" under "Năm sinh") and a row numbering the columns (1, 2, 3…)
   are taken into account.
3. `guess_mapping`: column index → Field, and the layout: one row per household, or one row
   per person grouped into households (a relation column, household numbers that repeat or
   are left blank on the members' rows, or a head-of-household column beside a name column).
4. `parse_sheet`: drafts and issues. Dates as date cells, "15/03/1970", "15-3-1970", "1970",
   "15/3/70" or Excel serial numbers; phones that lost their leading 0 (903123456); gender,
   relation, education, literacy, status and yes/no words; names in CAPITALS put in the usual
   case; a house number Excel turned into a date ("12/3") turned back. Every household is then
   checked as the editor checks it (validation.validate_household). Text typed in a legacy
   encoding is converted with the encoding decided once for the sheet.

Problems are RowIssue(row, field, code, severity, params): row numbers are the sheet's own (as
Excel shows them), codes are message codes, never words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from xhht_desktop.domain.dates import parse_birth
from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.legacy_encodings import to_unicode
from xhht_desktop.domain.text import fold, nfc, nfc_multiline, title_case_name
from xhht_desktop.domain.validation import (
    Issue,
    clean_household,
    normalize_phone,
    validate_household,
)

__all__ = [
    "HEADER_SCAN",
    "Field",
    "Layout",
    "Mapping",
    "ParseResult",
    "ParsedHousehold",
    "RowIssue",
    "Severity",
    "address_key",
    "address_keys",
    "cell_text",
    "fill_merged",
    "find_header",
    "folded_name_key",
    "guess_mapping",
    "header_at",
    "header_field",
    "household_key",
    "key_parts",
    "name_key",
    "parse_birth_value",
    "parse_sheet",
    "same_place",
    "split_address",
]

HEADER_SCAN = 15  # rows looked at for the header
MergedRange = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based)


class Field(StrEnum):
    """What a column holds."""

    IGNORE = ""
    ROW_NO = "row_no"  # STT: recognised so that it is not taken for something else
    HOUSEHOLD_NO = "household_no"
    HEAD_NAME = "head_name"
    FULL_NAME = "full_name"
    RELATION = "relation"
    BIRTH = "birth"
    BIRTH_MALE = "birth_male"  # "Năm sinh" split into "Nam" and "Nữ" columns
    BIRTH_FEMALE = "birth_female"
    GENDER = "gender"
    PHONE = "phone"
    HOUSE_NUMBER = "house_number"
    STREET = "street"
    ADDRESS = "address"  # a whole address in one cell: split into its parts
    GROUP = "group"
    HAMLET = "hamlet"
    ECONOMIC_STATUS = "economic_status"
    POOR = "poor"  # a "Hộ nghèo" column of marks
    NEAR_POOR = "near_poor"
    IS_MEMBER = "is_member"
    EDUCATION = "education"
    LITERACY = "literacy"
    STUDYING = "studying"
    SCHOOL = "school"
    GRADE = "grade"
    OCCUPATION = "occupation"
    NOTES = "notes"
    MEMBER_COUNT = "member_count"  # "Số nhân khẩu": recognised, not imported


# Fields a column may share with others (their values are joined).
REPEATABLE = frozenset({Field.IGNORE, Field.NOTES, Field.ROW_NO, Field.MEMBER_COUNT})
NAME_FIELDS = (Field.HEAD_NAME, Field.FULL_NAME)
BIRTH_FIELDS = (Field.BIRTH, Field.BIRTH_MALE, Field.BIRTH_FEMALE)
HOUSEHOLD_FIELDS = frozenset(
    {
        Field.HOUSEHOLD_NO,
        Field.HEAD_NAME,
        Field.PHONE,
        Field.HOUSE_NUMBER,
        Field.STREET,
        Field.ADDRESS,
        Field.GROUP,
        Field.HAMLET,
        Field.ECONOMIC_STATUS,
        Field.POOR,
        Field.NEAR_POOR,
    }
)


class Layout(StrEnum):
    HOUSEHOLD = "household"  # one row per household: its head
    PERSON = "person"  # one row per person, grouped into households


class Severity(StrEnum):
    ERROR = "error"  # the household cannot be imported as it is
    WARNING = "warning"  # imported, but look: something was guessed or left out


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem of one row (as numbered in the sheet; 0: the sheet as a whole)."""

    row: int
    field: Field
    code: str
    severity: Severity
    params: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Mapping:
    """What each column holds (by index, from 0), where the header and data are, and how rows
    make households. Made by guess_mapping, corrected by the user."""

    columns: tuple[Field, ...]
    header_row: int  # 1-based; 0 when the sheet has none
    data_start: int  # the first data row, 1-based
    layout: Layout = Layout.HOUSEHOLD

    def column(self, wanted: Field) -> int | None:
        return next((i for i, f in enumerate(self.columns) if f is wanted), None)

    def columns_of(self, wanted: Field) -> list[int]:
        return [i for i, f in enumerate(self.columns) if f is wanted]

    def has(self, *wanted: Field) -> bool:
        return any(f in wanted for f in self.columns)

    def with_field(self, index: int, chosen: Field) -> Mapping:
        """Column `index` now holds `chosen`; a column that held it before is ignored."""
        columns = list(self.columns)
        while len(columns) <= index:
            columns.append(Field.IGNORE)
        if chosen not in REPEATABLE:
            columns = [Field.IGNORE if f is chosen else f for f in columns]
        columns[index] = chosen
        return replace(self, columns=tuple(columns))

    @property
    def name_field(self) -> Field | None:
        """The column that names the household's people: in one row per household, the head's
        (Chủ hộ, or Họ và tên when there is no Chủ hộ column)."""
        if self.layout is Layout.HOUSEHOLD:
            return next((f for f in NAME_FIELDS if self.has(f)), None)
        return (
            Field.FULL_NAME
            if self.has(Field.FULL_NAME)
            else (Field.HEAD_NAME if self.has(Field.HEAD_NAME) else None)
        )


@dataclass(frozen=True, slots=True)
class ParsedHousehold:
    """A household made from one or more rows, with the row of each member."""

    rows: tuple[int, ...]
    member_rows: tuple[int, ...]
    draft: HouseholdDraft
    issues: tuple[RowIssue, ...]
    key: tuple[str, str, int | None]  # folded head name, address key, head's birth year

    @property
    def first_row(self) -> int:
        return self.rows[0]

    @property
    def has_errors(self) -> bool:
        return any(i.severity is Severity.ERROR for i in self.issues)

    @property
    def has_warnings(self) -> bool:
        return any(i.severity is Severity.WARNING for i in self.issues)


@dataclass(frozen=True, slots=True)
class ParseResult:
    households: tuple[ParsedHousehold, ...]
    issues: tuple[RowIssue, ...]  # about the sheet as a whole (row 0)


# --- cells --------------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def cell_text(value: object) -> str:
    """A cell as text: numbers without ".0", dates as dd/mm/yyyy, NFC, blanks trimmed."""
    if value is None:
        return ""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value))


def _key(text: str) -> str:
    """Folded, punctuation as blanks: 'Họ và tên (chủ hộ)' → 'ho va ten chu ho'."""
    return " ".join(_PUNCT.sub(" ", fold(text).replace("đ", "d")).split())


def fill_merged(
    rows: Sequence[Sequence[object]], ranges: Iterable[MergedRange], header_end: int
) -> list[list[object]]:
    """Rows with merged cells filled: wholly within the first `header_end` rows, down the
    first column below them. The input is not changed."""
    width = max((len(r) for r in rows), default=0)
    out: list[list[object]] = [list(r) + [None] * (width - len(r)) for r in rows]
    for min_row, min_col, max_row, max_col in ranges:
        if min_row > len(out) or min_col > width:
            continue
        value = out[min_row - 1][min_col - 1]
        last_row, last_col = min(max_row, len(out)), min(max_col, width)
        columns = range(min_col, last_col + 1) if max_row <= header_end else (min_col,)
        for r in range(min_row, last_row + 1):
            for c in columns:
                out[r - 1][c - 1] = value
    return out


# --- headers ------------------------------------------------------------------------------

_EXACT: dict[str, Field] = {}
for _field, _words in (
    (Field.ROW_NO, "stt|tt|so tt|so thu tu|stt ho gia dinh"),
    (Field.HOUSEHOLD_NO, "so ho|ma ho|stt ho|ho so|so thu tu ho|ma so ho|so hgd|ma hgd|ho"),
    (Field.HEAD_NAME, "chu ho|ten chu ho|ho ten chu ho|ho va ten chu ho|ch"),
    (Field.FULL_NAME, "ho va ten|ho ten|ten|thanh vien|ho va ten thanh vien|ten thanh vien"),
    (Field.RELATION, "quan he|qh|quan he voi chu ho|qh voi chu ho|qh voi ch|quan he gia dinh"),
    (Field.BIRTH, "ngay sinh|nam sinh|ngay thang nam sinh|ns|sinh ngay|ngay sinh nam sinh"),
    (Field.GENDER, "gioi tinh|gioi|phai|nam nu|nam hay nu|gt"),
    (Field.PHONE, "so dien thoai|dien thoai|sdt|dt|so dt|dtdd|di dong|dt lien he"),
    (Field.HOUSE_NUMBER, "so nha|sn|nha so"),
    (Field.STREET, "duong|ten duong|duong pho|pho|hem|duong hem|ngo|ngo pho"),
    (Field.ADDRESS, "dia chi|noi o|cho o|so nha duong|dia chi nha|noi cu tru"),
    (Field.GROUP, "to|to dan pho|to nhan dan|to ndtq|tdp|to so|thuoc to"),
    (Field.HAMLET, "khu pho|ap|thon|kp|xom|ban|khu|khu pho ap|ap khu pho|thon xom|thon ap"),
    (Field.ECONOMIC_STATUS, "hoan canh|dien ho|phan loai ho|kinh te|hoan canh kinh te|dien"),
    (Field.POOR, "ho ngheo|ngheo"),
    (Field.NEAR_POOR, "ho can ngheo|can ngheo"),
    (Field.IS_MEMBER, "hoi vien|hv|la hoi vien|hoi vien khuyen hoc|hvkh"),
    (Field.EDUCATION, "trinh do|trinh do hoc van|hoc van|tdvh|trinh do van hoa|van hoa|td"),
    (Field.LITERACY, "biet chu|mu chu|tinh trang biet chu|biet chu mu chu"),
    (Field.STUDYING, "dang di hoc|dang hoc|di hoc|con di hoc"),
    (Field.SCHOOL, "truong|truong hoc|ten truong|noi hoc|hoc tai truong|dang hoc tai truong"),
    (Field.GRADE, "lop|dang hoc lop|hoc lop|lop hoc"),
    (Field.OCCUPATION, "nghe nghiep|nghe|cong viec|viec lam"),
    (Field.NOTES, "ghi chu|gc|ghi chu khac"),
    (Field.MEMBER_COUNT, "so nhan khau|so nguoi|so khau|nhan khau|so thanh vien|tong so nguoi"),
):
    for _word in _words.split("|"):
        _EXACT[_word] = _field

# Phrases looked for inside longer headers, in this order (the first found wins).
_CONTAINS: tuple[tuple[str, Field], ...] = (
    ("quan he", Field.RELATION),
    ("so ho", Field.HOUSEHOLD_NO),
    ("ma ho", Field.HOUSEHOLD_NO),
    ("stt ho", Field.HOUSEHOLD_NO),
    ("nhan khau", Field.MEMBER_COUNT),
    ("so nguoi", Field.MEMBER_COUNT),
    ("so thanh vien", Field.MEMBER_COUNT),
    ("chu ho", Field.HEAD_NAME),
    ("nam sinh", Field.BIRTH),
    ("ngay sinh", Field.BIRTH),
    ("gioi tinh", Field.GENDER),
    ("dien thoai", Field.PHONE),
    ("sdt", Field.PHONE),
    ("so dt", Field.PHONE),
    ("dia chi", Field.ADDRESS),
    ("noi o", Field.ADDRESS),
    ("cho o", Field.ADDRESS),
    ("thuong tru", Field.ADDRESS),
    ("so nha duong", Field.ADDRESS),
    ("so nha", Field.HOUSE_NUMBER),
    ("ten duong", Field.STREET),
    ("duong pho", Field.STREET),
    ("to dan pho", Field.GROUP),
    ("to nhan dan", Field.GROUP),
    ("khu pho", Field.HAMLET),
    ("thon xom", Field.HAMLET),
    ("ngheo can ngheo", Field.ECONOMIC_STATUS),
    ("hoan canh", Field.ECONOMIC_STATUS),
    ("phan loai ho", Field.ECONOMIC_STATUS),
    ("can ngheo", Field.NEAR_POOR),
    ("ho ngheo", Field.POOR),
    ("hoi vien", Field.IS_MEMBER),
    ("trinh do", Field.EDUCATION),
    ("hoc van", Field.EDUCATION),
    ("van hoa", Field.EDUCATION),
    ("biet chu", Field.LITERACY),
    ("mu chu", Field.LITERACY),
    ("nghe nghiep", Field.OCCUPATION),
    ("hoc tai truong", Field.SCHOOL),
    ("truong hoc", Field.SCHOOL),
    ("ten truong", Field.SCHOOL),
    ("hoc lop", Field.GRADE),
    ("dang di hoc", Field.STUDYING),
    ("dang hoc", Field.STUDYING),
    ("ghi chu", Field.NOTES),
    ("ho va ten", Field.FULL_NAME),
    ("ho ten", Field.FULL_NAME),
    ("ten thanh vien", Field.FULL_NAME),
)


def header_field(text: str) -> Field:
    """The field a header names, or IGNORE: 'Họ và tên chủ hộ' → HEAD_NAME."""
    full = _key(text)
    if not full:
        return Field.IGNORE
    for key in dict.fromkeys((_key(_PARENS.sub(" ", text)), full)):
        if key in _EXACT:
            return _EXACT[key]
    for key in dict.fromkeys((_key(_PARENS.sub(" ", text)), full)):
        padded = f" {key} "
        for phrase, found in _CONTAINS:
            if f" {phrase} " in padded:
                return found
    return Field.IGNORE


_GENDER_SUBHEAD = {"nam": Field.BIRTH_MALE, "nu": Field.BIRTH_FEMALE}
_NUMBERING = re.compile(r"\(?\d{1,2}\)?|\(?[a-z]\)?")


def _row_texts(row: Sequence[object], convert: Callable[[str], str]) -> list[str]:
    return [convert(cell_text(v)) for v in row]


def _recognised(fields: Sequence[Field]) -> set[Field]:
    return {f for f in fields if f is not Field.IGNORE}


def _header_score(fields: Sequence[Field]) -> int:
    found = _recognised(fields)
    if len(found) < 2 or not found & {*NAME_FIELDS}:
        return 0
    return len(found)


def find_header(
    rows: Sequence[Sequence[object]],
    ranges: Iterable[MergedRange] = (),
    convert: Callable[[str], str] = lambda s: s,
) -> int:
    """The header's row (1-based) among the first HEADER_SCAN: the one naming the most known
    columns, a name column among them; 0 when no row looks like a header."""
    scan = fill_merged(rows[: HEADER_SCAN + 2], ranges, HEADER_SCAN + 2)
    best, best_score = 0, 0
    for index, row in enumerate(scan[:HEADER_SCAN]):
        score = _header_score([header_field(t) for t in _row_texts(row, convert)])
        if score > best_score:
            best, best_score = index + 1, score
    return best


def header_at(
    rows: Sequence[Sequence[object]],
    header_row: int,
    ranges: Iterable[MergedRange] = (),
    convert: Callable[[str], str] = lambda s: s,
) -> tuple[int, tuple[str, ...], tuple[Field, ...]]:
    """(first data row, header text per column, field per column) for a header at
    `header_row` (1-based; 0: no header, data from row 1). A second header row below it
    ("Nam" / "Nữ" under "Năm sinh") and a row numbering the columns are skipped."""
    width = max((len(r) for r in rows), default=0)
    if header_row <= 0 or header_row > len(rows):
        return 1, ("",) * width, (Field.IGNORE,) * width
    scan = fill_merged(rows[: header_row + 2], ranges, header_row + 2)
    texts = _row_texts(scan[header_row - 1], convert)
    fields = [header_field(t) for t in texts]
    data_start = header_row  # 0-based index of the row after the header
    if data_start < len(scan):
        merged = _two_row_header(texts, fields, _row_texts(scan[data_start], convert))
        if merged is not None:
            texts, fields = merged
            data_start += 1
    if data_start < len(rows) and _is_numbering(_row_texts(rows[data_start], convert)):
        data_start += 1
    texts += [""] * (width - len(texts))
    fields += [Field.IGNORE] * (width - len(fields))
    return data_start + 1, tuple(texts), tuple(fields)


def _two_row_header(
    top: list[str], fields: list[Field], below: list[str]
) -> tuple[list[str], list[Field]] | None:
    """Headers and fields with a second header row ("Nam", "Nữ" under "Năm sinh"), or None
    when the row below is data."""
    width = max(len(top), len(below))
    top = top + [""] * (width - len(top))
    below = below + [""] * (width - len(below))
    fields = fields + [Field.IGNORE] * (width - len(fields))
    changed = False
    texts, out = list(top), list(fields)
    for c in range(width):
        sub = below[c]
        if not sub or sub == top[c]:
            continue
        sub_key = _key(sub)
        above = top[c]
        if not above:  # a heading over two columns typed once, not merged
            above = next((top[k] for k in range(c - 1, -1, -1) if top[k]), "")
        if sub_key in _GENDER_SUBHEAD and header_field(above) in BIRTH_FIELDS:
            out[c] = _GENDER_SUBHEAD[sub_key]
        elif header_field(sub) is not Field.IGNORE:
            out[c] = header_field(sub)
        else:
            return None  # a value that names nothing: a data row
        texts[c] = f"{above} {sub}".strip() if above != sub else sub
        changed = True
    return (texts, out) if changed else None


def _is_numbering(texts: Sequence[str]) -> bool:
    """A row numbering the columns: (1) (2) (3)… or A B C."""
    filled = [_key(t) for t in texts if t]
    return len(filled) >= 3 and all(_NUMBERING.fullmatch(t) for t in filled)


# --- the mapping and the layout -----------------------------------------------------------


def guess_mapping(
    rows: Sequence[Sequence[object]],
    ranges: Sequence[MergedRange] = (),
    convert: Callable[[str], str] = lambda s: s,
    header_row: int | None = None,
) -> tuple[Mapping, tuple[str, ...]]:
    """The mapping a sheet most likely needs, and the header text of each column. The header
    row is found (find_header) unless given."""
    if header_row is None:
        header_row = find_header(rows, ranges, convert)
    data_start, headers, fields = header_at(rows, header_row, ranges, convert)
    columns = list(fields)
    # One column per field (the first), except the repeatable ones.
    seen: set[Field] = set()
    for i, f in enumerate(columns):
        if f in seen and f not in REPEATABLE:
            columns[i] = Field.IGNORE
        seen.add(f)
    mapping = Mapping(tuple(columns), header_row, data_start)
    filled = fill_merged(rows, ranges, data_start - 1)
    return replace(mapping, layout=detect_layout(filled, mapping)), headers


def detect_layout(rows: Sequence[Sequence[object]], mapping: Mapping) -> Layout:
    """One row per person when a relation column is mapped, when household numbers repeat or
    are blank on some rows, or when a head column sits beside a name column."""
    if mapping.has(Field.RELATION):
        return Layout.PERSON
    if mapping.has(Field.HEAD_NAME) and mapping.has(Field.FULL_NAME):
        return Layout.PERSON
    number = mapping.column(Field.HOUSEHOLD_NO)
    name = mapping.column(Field.HEAD_NAME)
    if name is None:
        name = mapping.column(Field.FULL_NAME)
    if number is not None:
        seen: set[str] = set()
        for row in rows[mapping.data_start - 1 :]:
            value = cell_text(row[number]) if number < len(row) else ""
            has_name = name is not None and name < len(row) and cell_text(row[name])
            if (not value and has_name) or (value and value in seen):
                return Layout.PERSON
            seen.add(value)
    return Layout.HOUSEHOLD


# --- values -------------------------------------------------------------------------------

_EXCEL_EPOCH = dt.date(1899, 12, 30)
_TWO_DIGIT = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[/.\-](\d{4})")
FIRST_YEAR = 1880


def parse_birth_value(
    value: object, today: dt.date
) -> tuple[dt.date | None, int | None, str | None]:
    """(date, year, issue code) from a birth cell: a date cell, a year, an Excel serial number
    or text (dd/mm/yyyy, d-m-yyyy, yyyy, mm/yyyy, dd/mm/yy). The code is "excel.bad_date"
    (nothing usable, an error) or "excel.two_digit_year" (a century guessed, a warning)."""
    if value is None or value == "":
        return None, None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value.year, None
    if isinstance(value, bool):
        return None, None, "excel.bad_date"
    if isinstance(value, int | float):
        if float(value).is_integer() and FIRST_YEAR <= value <= today.year:
            return None, int(value), None
        if 1 <= value < 2_958_466:  # an Excel serial date (a date cell formatted as a number)
            day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
            return day, day.year, None
        return None, None, "excel.bad_date"
    text = nfc(str(value))
    try:
        day, year = parse_birth(text)
    except ValueError:
        pass
    else:
        return day, year, None
    if m := _TWO_DIGIT.fullmatch(text):
        d, mo, yy = map(int, m.groups())
        century = 2000 if 2000 + yy <= today.year else 1900
        try:
            return dt.date(century + yy, mo, d), century + yy, "excel.two_digit_year"
        except ValueError:
            return None, None, "excel.bad_date"
    if m := _MONTH_YEAR.fullmatch(text):
        month, year = map(int, m.groups())
        if 1 <= month <= 12:
            return None, year, None
    return None, None, "excel.bad_date"


def _words(table: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """The table by its NFC lower-case words, and by folded words where folding keeps them
    apart ('bà' and 'ba' fold alike: neither is known folded)."""
    exact = {nfc(k).lower(): v for k, v in table.items()}
    folded: dict[str, object] = {}
    clash: set[str] = set()
    for k, v in exact.items():
        f = _key(k)
        if f in folded and folded[f] != v:
            clash.add(f)
        folded[f] = v
    return exact, {k: v for k, v in folded.items() if k not in clash}


def _lookup(tables: tuple[dict[str, object], dict[str, object]], text: str) -> object | None:
    exact, folded = tables
    low = text.lower()
    if low in exact:
        return exact[low]
    return folded.get(_key(text))


_R = Relation
_RELATIONS = _words(
    {
        **dict.fromkeys(["chủ hộ", "ch", "chủ", "chủ hộ gia đình", "chu ho"], _R.HEAD),
        **dict.fromkeys(["vợ", "chồng", "vợ/chồng", "vợ chồng", "vk", "ck"], _R.SPOUSE),
        **dict.fromkeys(
            ["con", "con trai", "con gái", "con ruột", "con nuôi", "con riêng", "con đẻ"], _R.CHILD
        ),
        **dict.fromkeys(
            [
                "cha", "mẹ", "bố", "ba", "má", "tía", "u", "cha mẹ", "bố mẹ", "cha đẻ", "mẹ đẻ",
                "bố đẻ", "mẹ ruột", "cha ruột", "bố vợ", "mẹ vợ", "bố chồng", "mẹ chồng",
                "cha vợ", "cha chồng", "mẹ kế", "cha dượng", "bố dượng",
            ],
            _R.PARENT,
        ),
        **dict.fromkeys(
            [
                "anh", "chị", "em", "anh trai", "chị gái", "em trai", "em gái", "anh ruột",
                "chị ruột", "em ruột", "anh chị em", "anh em", "chị em",
            ],
            _R.SIBLING,
        ),
        **dict.fromkeys(
            ["ông", "bà", "ông nội", "bà nội", "ông ngoại", "bà ngoại", "ông bà"], _R.GRANDPARENT
        ),
        **dict.fromkeys(
            ["cháu", "cháu nội", "cháu ngoại", "chắt", "cháu ruột", "chắt nội", "chắt ngoại"],
            _R.GRANDCHILD,
        ),
        **dict.fromkeys(["con dâu", "con rể", "dâu", "rể"], _R.CHILD_IN_LAW),
        **dict.fromkeys(
            [
                "khác", "ở nhờ", "người ở nhờ", "họ hàng", "người thân", "ở trọ", "ở cùng",
                "người giúp việc", "cô", "dì", "chú", "bác", "cậu", "mợ", "thím",
            ],
            _R.OTHER,
        ),
    }
)  # fmt: skip
_GENDERS = _words(
    {
        **dict.fromkeys(["nam", "trai", "m", "male", "nam giới", "đàn ông", "ông"], Gender.MALE),
        **dict.fromkeys(
            ["nữ", "gái", "f", "female", "nữ giới", "đàn bà", "phụ nữ", "bà", "nư"], Gender.FEMALE
        ),
    }
)
_E = Education
_EDUCATION = _words(
    {
        **dict.fromkeys(
            ["đại học", "đh", "cử nhân", "kỹ sư", "kĩ sư", "bác sĩ", "dược sĩ", "university"],
            _E.UNIVERSITY,
        ),
        **dict.fromkeys(["cao đẳng", "cđ"], _E.COLLEGE),
        **dict.fromkeys(
            [
                "trung cấp", "tc", "trung học chuyên nghiệp", "thcn", "sơ cấp", "học nghề",
                "công nhân kỹ thuật", "cnkt", "trung cấp nghề",
            ],
            _E.VOCATIONAL,
        ),
        **dict.fromkeys(
            [
                "thpt", "cấp 3", "cấp iii", "trung học phổ thông", "phổ thông trung học", "ptth",
                "bổ túc thpt", "btvh thpt",
            ],
            _E.UPPER_SECONDARY,
        ),
        **dict.fromkeys(
            ["thcs", "cấp 2", "cấp ii", "trung học cơ sở", "phổ thông cơ sở", "ptcs"],
            _E.LOWER_SECONDARY,
        ),
        **dict.fromkeys(["tiểu học", "cấp 1", "cấp i", "th"], _E.PRIMARY),
        **dict.fromkeys(["mầm non", "mẫu giáo", "nhà trẻ", "mn", "mg"], _E.PRESCHOOL),
        **dict.fromkeys(
            ["thạc sĩ", "ths", "tiến sĩ", "ts", "sau đại học", "tskh", "phó giáo sư", "giáo sư"],
            _E.POSTGRADUATE,
        ),
        **dict.fromkeys(["chưa đi học", "không đi học", "chưa học", "không"], _E.NONE),
    }
)  # fmt: skip
_LITERACY = _words(
    {
        **dict.fromkeys(["biết chữ", "biết đọc biết viết", "có"], Literacy.LITERATE),
        **dict.fromkeys(["mù chữ", "không biết chữ", "chưa biết chữ"], Literacy.ILLITERATE),
        **dict.fromkeys(["tái mù chữ", "tái mù"], Literacy.RELAPSED),
    }
)
_STATUSES = _words(
    {
        **dict.fromkeys(["nghèo", "hộ nghèo", "hn"], EconomicStatus.POOR),
        **dict.fromkeys(["cận nghèo", "hộ cận nghèo", "hcn", "cn"], EconomicStatus.NEAR_POOR),
        **dict.fromkeys(
            [
                "không", "bình thường", "khá", "trung bình", "khá giả", "giàu", "thoát nghèo",
                "không nghèo", "hộ khá", "hộ trung bình",
            ],
            EconomicStatus.NONE,
        ),
    }
)  # fmt: skip
_YES = frozenset(
    {"x", "co", "1", "v", "yes", "true", "dung", "ok", "r", "roi", "hv", "la hoi vien"}
    | {"hoi vien", "dang hoc", "dang di hoc", "x x", "xx"}
)
_YES_SYMBOLS = frozenset("✓✔√☑●•+*")
_NO = frozenset({"", "0", "khong", "k", "no", "false", "chua", "ko", "kg"})
_GRADE_OF = re.compile(r"(?:lop\s*)?(\d{1,2})\s*(?:/\s*(1[02]))?")


def _mark(text: str) -> bool | None:
    """True for x / có / 1 / ✓…, False for blank / không / 0, None for anything else."""
    if text in _YES_SYMBOLS:
        return True
    key = _key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def _education(text: str) -> Education | None:
    found = _lookup(_EDUCATION, text)
    if isinstance(found, Education):
        return found
    if m := _GRADE_OF.fullmatch(" ".join(fold(text).split())):
        grade, system = int(m.group(1)), m.group(2)
        if system is not None or grade <= 12:
            if grade == 0:
                return Education.NONE
            if grade <= 5:
                return Education.PRIMARY
            if grade <= 9:
                return Education.LOWER_SECONDARY
            if grade <= 12:
                return Education.UPPER_SECONDARY
    return None


def clean_name(text: str) -> str:
    """NFC, single blanks; a name typed in CAPITALS ("NGUYỄN VĂN AN") in the usual case."""
    name = nfc(text)
    if name and name == name.upper() and name != name.lower():
        return title_case_name(name)
    return name


_GROUP = re.compile(r"(?:(?:to(?: dan pho| nhan dan| ndtq)?|tdp)(?: so)?\s*)?(\d+)")


def normalize_group(text: str, known: Sequence[str] = ()) -> str:
    """'3', '3.0', 'tổ 3', 'Tổ dân phố 3', 'TDP 3' → 'Tổ 3' (or the installation's own name
    of that tổ when it has one with that number); anything else as typed."""
    text = nfc(text)
    m = _GROUP.fullmatch(_key(text))
    if not m:
        return text
    number = m.group(1).lstrip("0") or "0"
    for group in known:
        digits = re.findall(r"\d+", group)
        if len(digits) == 1 and digits[0].lstrip("0") == number:
            return group
    return f"Tổ {number}"


_HAMLET_PART = re.compile(r"(khu pho|kp|ap|thon|xom|khu|ban|lang|to hop)\b")
_GROUP_PART = re.compile(r"(to|to dan pho|tdp|to so|to nhan dan)\s*\d+\b")
_ADMIN_PART = re.compile(
    r"(phuong|xa|quan|huyen|thi xa|thi tran|thanh pho|tp|tinh|p|q|tt|tx)\b(?!\s*$)"
)
_HOUSE = re.compile(r"(?:[Ss]ố\s*(?:nhà)?\s*)?(\d+[A-Za-z]?(?:\s*[/\-]\s*\d+[A-Za-z]?)*)\s+(.+)")


def split_address(text: str) -> tuple[str, str, str, str]:
    """'12 Lê Lợi, tổ 3, KP 2' → ('12', 'Lê Lợi', 'Tổ 3', 'KP 2'): house number, street, tổ,
    khu phố / ấp. Ward, district and province parts are left out (they are the unit's)."""
    house = street = group = hamlet = ""
    rest: list[str] = []
    for part in (p.strip() for p in re.split(r"[,;]", nfc(text))):
        if not part:
            continue
        key = _key(part)
        if not group and _GROUP_PART.fullmatch(key):
            group = normalize_group(part)
        elif not hamlet and _HAMLET_PART.match(key):
            hamlet = part
        elif _ADMIN_PART.match(key) and (rest or group or hamlet):
            continue
        else:
            rest.append(part)
    if rest:
        first = rest[0]
        if m := _HOUSE.fullmatch(first):
            house, first = m.group(1).replace(" ", ""), m.group(2)
        street = ", ".join([first, *rest[1:]])
    return house, street, group, hamlet


# --- duplicate keys -----------------------------------------------------------------------

_STREET_WORDS = re.compile(r"^(?:so nha |so |duong |pho |hem |ngo |kiet )+")


def key_parts(mapping: Mapping) -> frozenset[str]:
    """Which parts of an address a sheet can be compared on, and whether birth years can."""
    parts: set[str] = set()
    if mapping.has(Field.ADDRESS, Field.HOUSE_NUMBER, Field.STREET):
        parts |= {"house_number", "street"}
    if mapping.has(Field.GROUP):
        parts.add("group")
    if mapping.has(Field.HAMLET):
        parts.add("hamlet")
    if mapping.has(*BIRTH_FIELDS):
        parts.add("birth")
    return frozenset(parts)


@lru_cache(maxsize=4096)
def _digits_or_key(text: str) -> str:
    digits = re.findall(r"\d+", text)
    return " ".join(d.lstrip("0") or "0" for d in digits) if digits else _key(text)


@lru_cache(maxsize=4096)
def _house_key(house_number: str) -> str:
    return re.sub(r"\s+", "", fold(house_number)).replace("-", "/")


@lru_cache(maxsize=4096)
def _street_key(street: str) -> str:
    return _STREET_WORDS.sub("", _key(street))


def address_keys(
    house_number: str, street: str, group: str, hamlet: str, parts: frozenset[str]
) -> tuple[str, str, str]:
    """(số nhà and đường, tổ, khu phố / ấp) as compared for duplicates: folded, "đường", "số"
    and "Tổ" words left out ("Số 12 đường Lê Lợi, Tổ 3" is "12|le loi", "3"); "" for a part
    not in `parts`."""
    pieces = []
    if "house_number" in parts:
        pieces.append(_house_key(house_number))
    if "street" in parts:
        pieces.append(_street_key(street))
    return (
        "|".join(pieces),
        _digits_or_key(group) if "group" in parts else "",
        _digits_or_key(hamlet) if "hamlet" in parts else "",
    )


def address_key(
    house_number: str, street: str, group: str, hamlet: str, parts: frozenset[str]
) -> str:
    """The address as one key (see address_keys)."""
    return "|".join(address_keys(house_number, street, group, hamlet, parts))


def same_place(sheet: tuple[str, str, str], register: tuple[str, str, str]) -> bool:
    """Two addresses' keys (address_keys) name the same place: the same số nhà and đường,
    and the same tổ and khu phố where both have one (a register that leaves the khu phố out,
    since the whole branch is in it, still matches a list that gives it)."""
    return sheet[0] == register[0] and all(
        not a or not b or a == b for a, b in zip(sheet[1:], register[1:], strict=True)
    )


def household_key(draft: HouseholdDraft, parts: frozenset[str]) -> tuple[str, str, int | None]:
    """(folded head name, address key, head's birth year or None when not compared)."""
    head = draft.members[draft.head_index] if draft.members else PersonDraft("")
    year = head.birth_year if "birth" in parts else None
    address = address_key(draft.house_number, draft.street, draft.group, draft.hamlet, parts)
    return _key(head.full_name), address, year


def name_key(name: str) -> str:
    """A name as compared for duplicates (folded, punctuation as blanks)."""
    return _key(name)


def folded_name_key(folded: str) -> str:
    """name_key of a name already folded (text.fold): the same key, cheaper."""
    return " ".join(_PUNCT.sub(" ", folded).split())


# --- parsing ------------------------------------------------------------------------------

_FOOTER = re.compile(
    r"(nguoi lap|ngay \d|ngay thang nam|tong cong|tong so|truong khu pho|truong ap|"
    r"truong thon|to truong|chi hoi truong|xac nhan|ky ten|ky ghi ro ho ten|tm |t m |"
    r"ban dai dien|chu tich|thu ky)\b"
)


# Fields that alone do not make a row data (templates number their rows, or fill the tổ down).
_NOT_DATA = frozenset(
    {Field.ROW_NO, Field.MEMBER_COUNT, Field.HOUSEHOLD_NO, Field.GROUP, Field.HAMLET}
)


@dataclass
class _Row:
    """One data row's values by field (text converted, NFC), and the raw cells."""

    number: int
    raw: dict[Field, list[object]]
    text: dict[Field, list[str]]

    def get(self, f: Field) -> str:
        values = self.text.get(f)
        return "; ".join(v for v in values if v) if values else ""

    def first_raw(self, f: Field) -> object:
        values = self.raw.get(f)
        return values[0] if values else None


class _Parser:
    def __init__(
        self,
        mapping: Mapping,
        headers: Sequence[str],
        convert: Callable[[str], str],
        today: dt.date,
        known_groups: Sequence[str],
    ) -> None:
        self.mapping = mapping
        self.headers = headers
        self.convert = convert
        self.today = today
        self.known_groups = tuple(known_groups)
        self.columns = [(i, f) for i, f in enumerate(mapping.columns) if f is not Field.IGNORE]
        self.name_field = mapping.name_field
        literacy = mapping.column(Field.LITERACY)
        literacy_header = _key(headers[literacy]) if literacy is not None else ""
        self.literacy_mark = (
            Literacy.ILLITERATE if "mu chu" in literacy_header and "biet" not in literacy_header
            else Literacy.LITERATE
        )  # fmt: skip
        self.head_marks = False  # a "Chủ hộ" column of x marks, not of names

    # -- one row --------------------------------------------------------------------------

    def row(self, number: int, cells: Sequence[object]) -> _Row | None:
        """The row's values by field; None for a row without data: blank, numbered only
        (STT, household number, tổ filled down a template), or a signature line."""
        raw: dict[Field, list[object]] = {}
        text: dict[Field, list[str]] = {}
        filled = False
        for i, f in self.columns:
            value = cells[i] if i < len(cells) else None
            if isinstance(value, str):
                value = self.convert(value)
            shown = cell_text(value)
            if shown and f not in _NOT_DATA:
                filled = True
            raw.setdefault(f, []).append(value)
            text.setdefault(f, []).append(shown)
        if not filled or self._is_footer(cells):
            return None
        return _Row(number, raw, text)

    def _is_footer(self, cells: Sequence[object]) -> bool:
        """A signature or total line below the list ("Người lập biểu", "Tổng cộng: 120 hộ")."""
        if sum(1 for v in cells if v is not None and v != "") > 3:
            return False
        texts = [cell_text(v) for v in cells if v is not None and cell_text(v)]
        if not texts:
            return False
        keys = [_key(self.convert(t)) for t in texts]
        return all(_FOOTER.match(k) or not re.search(r"[a-z]", k) for k in keys) and any(
            _FOOTER.match(k) for k in keys
        )

    def person(self, row: _Row, issues: list[RowIssue], name_field: Field) -> PersonDraft:
        def warn(f: Field, code: str, **params: object) -> None:
            issues.append(RowIssue(row.number, f, code, Severity.WARNING, params))

        def error(f: Field, code: str, **params: object) -> None:
            issues.append(RowIssue(row.number, f, code, Severity.ERROR, params))

        gender = Gender.UNKNOWN
        if value := row.get(Field.GENDER):
            found = _lookup(_GENDERS, value)
            if isinstance(found, Gender):
                gender = found
            else:
                warn(Field.GENDER, "excel.unknown_value", value=value)
        birth_date: dt.date | None = None
        birth_year: int | None = None
        for f in BIRTH_FIELDS:
            raw = row.first_raw(f)
            if raw is None or cell_text(raw) == "":
                continue
            day, year, code = parse_birth_value(raw, self.today)
            if code == "excel.bad_date":
                error(f, code, value=cell_text(raw))
                continue
            if code:
                warn(f, code, value=cell_text(raw), year=year)
            birth_date, birth_year = day, year
            if f is Field.BIRTH_MALE:
                gender = Gender.MALE
            elif f is Field.BIRTH_FEMALE:
                gender = Gender.FEMALE
            break
        relation = Relation.OTHER
        if value := row.get(Field.RELATION):
            found = _lookup(_RELATIONS, value)
            if isinstance(found, Relation):
                relation = found
            else:
                warn(Field.RELATION, "excel.unknown_value", value=value)
        education = Education.UNKNOWN
        raw_education = row.first_raw(Field.EDUCATION)
        if isinstance(raw_education, dt.date):  # "9/12" typed, Excel made it 9 December
            day, month = raw_education.day, raw_education.month
            grade = day if month in (10, 12) else month if day in (10, 12) else None
            row.text[Field.EDUCATION] = [f"{grade}/12" if grade else cell_text(raw_education)]
        if value := row.get(Field.EDUCATION):
            found_education = _education(value)
            if found_education is None:
                warn(Field.EDUCATION, "excel.unknown_value", value=value)
            else:
                education = found_education
        literacy = Literacy.UNKNOWN
        if value := row.get(Field.LITERACY):
            found = _lookup(_LITERACY, value)
            mark = _mark(value)
            if isinstance(found, Literacy):
                literacy = found
            elif mark is True:
                literacy = self.literacy_mark
            elif mark is None:
                warn(Field.LITERACY, "excel.unknown_value", value=value)
        is_member = self._flag(row, Field.IS_MEMBER, warn)
        school, grade = row.get(Field.SCHOOL), row.get(Field.GRADE)
        studying = self._flag(row, Field.STUDYING, warn) or bool(school or grade)
        return PersonDraft(
            full_name=clean_name(row.get(name_field)),
            gender=gender,
            birth_date=birth_date,
            birth_year=birth_year,
            relation=relation,
            education=education,
            literacy=literacy,
            studying=studying,
            school=school,
            grade=grade,
            occupation=row.get(Field.OCCUPATION),
            is_member=is_member,
            notes=(
                nfc_multiline("\n".join(v for v in row.text.get(Field.NOTES, []) if v))
                if self.mapping.layout is Layout.PERSON
                else ""
            ),
        )

    @staticmethod
    def _flag(row: _Row, f: Field, warn: Callable[..., None]) -> bool:
        value = row.get(f)
        if not value:
            return False
        mark = _mark(value)
        if mark is None:
            warn(f, "excel.unknown_value", value=value)
            return False
        return mark

    def household_values(self, rows: Sequence[_Row], issues: list[RowIssue]) -> dict[str, object]:
        """The household's own fields: from the first of its rows that has each."""

        def first(f: Field) -> tuple[str, _Row | None]:
            for r in rows:
                if value := r.get(f):
                    return value, r
            return "", None

        values: dict[str, object] = {}
        house, row_of_house = first(Field.HOUSE_NUMBER)
        if row_of_house is not None:
            raw = row_of_house.first_raw(Field.HOUSE_NUMBER)
            if isinstance(raw, dt.date):  # "12/3" typed, Excel made it 12 March
                house = f"{raw.day}/{raw.month}"
                issues.append(
                    RowIssue(
                        row_of_house.number,
                        Field.HOUSE_NUMBER,
                        "excel.house_number_date",
                        Severity.WARNING,
                        {"value": house},
                    )
                )
        street, _ = first(Field.STREET)
        group, row_of_group = first(Field.GROUP)
        hamlet, _ = first(Field.HAMLET)
        address, _ = first(Field.ADDRESS)
        if address:
            a_house, a_street, a_group, a_hamlet = split_address(address)
            house, street = house or a_house, street or a_street
            group, hamlet = group or a_group, hamlet or a_hamlet
        if group:
            normal = normalize_group(group, self.known_groups)
            if self.known_groups and normal not in self.known_groups:
                issues.append(
                    RowIssue(
                        (row_of_group or rows[0]).number,
                        Field.GROUP if self.mapping.has(Field.GROUP) else Field.ADDRESS,
                        "excel.unknown_group",
                        Severity.WARNING,
                        {"value": normal},
                    )
                )
            group = normal
        values.update(house_number=house, street=street, group=group, hamlet=hamlet)

        phone, row_of_phone = first(Field.PHONE)
        extra = ""
        if phone and normalize_phone(phone) is None:
            parts = [p for p in re.split(r"\s*(?:[/;,&]|\s-\s|–|hoặc|hoac|và)\s*", phone) if p]
            usable = [normalize_phone(p) for p in parts]
            if len(parts) > 1 and usable[0]:
                phone, extra = usable[0], ", ".join(parts[1:])
                issues.append(
                    RowIssue(
                        row_of_phone.number if row_of_phone else rows[0].number,
                        Field.PHONE,
                        "excel.extra_phones",
                        Severity.WARNING,
                        {"value": extra},
                    )
                )
        values["phone"] = phone

        status = EconomicStatus.NONE
        value, row_of_status = first(Field.ECONOMIC_STATUS)
        if value:
            found = _lookup(_STATUSES, value)
            if isinstance(found, EconomicStatus):
                status = found
            elif row_of_status is not None:
                issues.append(
                    RowIssue(
                        row_of_status.number,
                        Field.ECONOMIC_STATUS,
                        "excel.unknown_value",
                        Severity.WARNING,
                        {"value": value},
                    )
                )
        for f, marked in (
            (Field.POOR, EconomicStatus.POOR),
            (Field.NEAR_POOR, EconomicStatus.NEAR_POOR),
        ):
            value, row_of_mark = first(f)
            if not value:
                continue
            mark = _mark(value)
            found = _lookup(_STATUSES, value)
            if mark is True or found == marked:
                status = marked
            elif mark is None and found is None and row_of_mark is not None:
                issues.append(
                    RowIssue(
                        row_of_mark.number, f, "excel.unknown_value", Severity.WARNING,
                        {"value": value},
                    )
                )  # fmt: skip
        values["economic_status"] = status

        notes: list[str] = []
        if self.mapping.layout is Layout.HOUSEHOLD:
            notes += [v for r in rows for v in r.text.get(Field.NOTES, []) if v]
        if extra:
            notes.append(f"ĐT khác: {extra}")
        values["notes"] = nfc_multiline("\n".join(notes))
        return values


def parse_sheet(
    rows: Sequence[Sequence[object]],
    mapping: Mapping,
    *,
    today: dt.date,
    ranges: Iterable[MergedRange] = (),
    headers: Sequence[str] = (),
    encoding: str | None = None,
    known_groups: Sequence[str] = (),
) -> ParseResult:
    """Households from the sheet's rows as read (merged cells are filled here), checked as
    the editor checks them. Blank rows and signature lines below the list are skipped."""
    cache: dict[str, str] = {}

    def convert(text: str) -> str:
        found = cache.get(text)
        if found is None:
            found = cache[text] = to_unicode(text, encoding) if encoding else text
        return found

    headers = tuple(headers) + ("",) * (len(mapping.columns) - len(headers))
    sheet_issues: list[RowIssue] = []
    name_field = mapping.name_field
    if name_field is None:
        sheet_issues.append(RowIssue(0, Field.FULL_NAME, "excel.no_name_column", Severity.ERROR))
        return ParseResult((), tuple(sheet_issues))
    parser = _Parser(mapping, headers, convert, today, known_groups)
    rows = fill_merged(rows, ranges, mapping.data_start - 1)
    data = []
    for number in range(mapping.data_start, len(rows) + 1):
        parsed = parser.row(number, rows[number - 1])
        if parsed is not None:
            data.append(parsed)
    if mapping.layout is Layout.HOUSEHOLD:
        groups = [[r] for r in data]
    else:
        groups = _group_people(data, mapping, parser)
    parts = key_parts(mapping)
    households: list[ParsedHousehold] = []
    first_of_key: dict[tuple[str, str, int | None], int] = {}
    for group in groups:
        household = _household(group, mapping, parser, parts)
        if household is None:
            continue
        if household.key[0]:
            earlier = first_of_key.setdefault(household.key, household.first_row)
            if earlier != household.first_row:
                issue = RowIssue(
                    household.first_row,
                    name_field,
                    "excel.duplicate_in_file",
                    Severity.WARNING,
                    {"row": earlier},
                )
                household = replace(household, issues=(*household.issues, issue))
        households.append(household)
    return ParseResult(tuple(households), tuple(sheet_issues))


def _group_people(data: list[_Row], mapping: Mapping, parser: _Parser) -> list[list[_Row]]:
    """Rows of people in households: a new household where the household number changes (a
    blank one continues the household above), else where the head's name changes, else at
    each row whose relation is the head."""
    has_number = mapping.has(Field.HOUSEHOLD_NO)
    head_column = mapping.has(Field.HEAD_NAME) and mapping.has(Field.FULL_NAME)
    if head_column:
        values = [r.get(Field.HEAD_NAME) for r in data]
        filled = [v for v in values if v]
        parser.head_marks = bool(filled) and (
            sum(1 for v in filled if _mark(v) is True or _lookup(_RELATIONS, v) is Relation.HEAD)
            >= 0.6 * len(filled)
        )
    groups: list[list[_Row]] = []
    current: object = None
    for row in data:
        if has_number:
            value: object = row.get(Field.HOUSEHOLD_NO)
        elif head_column and not parser.head_marks:
            value = _key(row.get(Field.HEAD_NAME))
        else:
            relation = _lookup(_RELATIONS, row.get(Field.RELATION))
            head_mark = head_column and _mark(row.get(Field.HEAD_NAME)) is True
            value = object() if relation is Relation.HEAD or head_mark or not groups else None
        if value and (value != current or not groups):
            groups.append([row])
            current = value
        else:
            if not groups:
                groups.append([])
            groups[-1].append(row)
    return groups


def _household(
    rows: list[_Row], mapping: Mapping, parser: _Parser, parts: frozenset[str]
) -> ParsedHousehold | None:
    issues: list[RowIssue] = []
    layout = mapping.layout
    name_field = mapping.name_field
    assert name_field is not None
    members: list[PersonDraft] = []
    member_rows: list[int] = []
    head_index: int | None = None
    for row in rows:
        person = parser.person(row, issues, name_field)
        named_head = layout is Layout.PERSON and not parser.head_marks and row.get(Field.HEAD_NAME)
        if not person.full_name and named_head:  # the head's row, named in the head column
            person = replace(person, full_name=clean_name(named_head), relation=Relation.HEAD)
        if not person.full_name:
            issues.append(RowIssue(row.number, name_field, "excel.no_name", Severity.ERROR))
            continue
        if layout is Layout.HOUSEHOLD:
            person = replace(person, relation=Relation.HEAD)
        marked = parser.head_marks and _mark(row.get(Field.HEAD_NAME)) is True
        if (person.relation is Relation.HEAD or marked) and head_index is None:
            head_index = len(members)
        members.append(person)
        member_rows.append(row.number)
    if not members and not issues:
        return None
    if layout is Layout.PERSON and head_index is None and members:
        head_name = clean_name(next((r.get(Field.HEAD_NAME) for r in rows if r.get(
            Field.HEAD_NAME)), "")) if not parser.head_marks else ""  # fmt: skip
        if head_name:
            match = next(
                (i for i, m in enumerate(members) if _key(m.full_name) == _key(head_name)), None
            )
            if match is None:  # the head is named in its column only: a member of its own
                members.insert(0, PersonDraft(head_name, relation=Relation.HEAD))
                member_rows.insert(0, rows[0].number)
                match = 0
            head_index = match
        else:
            head_index = 0
            issues.append(
                RowIssue(
                    member_rows[0], Field.RELATION, "excel.head_assumed", Severity.WARNING,
                    {"name": members[0].full_name},
                )
            )  # fmt: skip
    head_index = head_index or 0
    if members:
        members[head_index] = replace(members[head_index], relation=Relation.HEAD)
    values = parser.household_values(rows, issues)
    draft = HouseholdDraft(
        members=tuple(members),
        head_index=head_index,
        house_number=str(values["house_number"]),
        street=str(values["street"]),
        group=str(values["group"]),
        hamlet=str(values["hamlet"]),
        phone=str(values["phone"]),
        economic_status=values["economic_status"],  # type: ignore[arg-type]
        notes=str(values["notes"]),
    )
    draft = clean_household(draft)
    if members:
        for issue in validate_household(draft, parser.today):
            issues.append(_row_issue(issue, rows, member_rows, mapping, name_field))
    numbers = tuple(r.number for r in rows)
    return ParsedHousehold(
        rows=numbers,
        member_rows=tuple(member_rows),
        draft=draft,
        issues=tuple(sorted(issues, key=lambda i: i.row)),
        key=household_key(draft, parts) if members else ("", "", None),
    )


_PERSON_FIELDS = {
    "full_name": None,  # the name column
    "birth": Field.BIRTH,
    "relation": Field.RELATION,
    "school": Field.SCHOOL,
    "grade": Field.GRADE,
    "occupation": Field.OCCUPATION,
    "notes": Field.NOTES,
}
_HOUSEHOLD_ISSUE_FIELDS = {
    "phone": Field.PHONE,
    "house_number": Field.HOUSE_NUMBER,
    "street": Field.STREET,
    "group": Field.GROUP,
    "hamlet": Field.HAMLET,
    "notes": Field.NOTES,
}


def _row_issue(
    issue: Issue,
    rows: Sequence[_Row],
    member_rows: Sequence[int],
    mapping: Mapping,
    name_field: Field,
) -> RowIssue:
    """A validation issue ("members.2.birth") as the row and column it comes from."""
    parts = issue.field.split(".")
    if parts[0] == "members" and len(parts) == 3:
        row = member_rows[int(parts[1])]
        found = _PERSON_FIELDS.get(parts[2])
        if parts[2] == "birth":
            found = next((f for f in BIRTH_FIELDS if mapping.has(f)), Field.BIRTH)
        column = found or name_field
    elif parts[0] == "members":
        row, column = rows[0].number, name_field
    else:
        row = rows[0].number
        column = _HOUSEHOLD_ISSUE_FIELDS.get(parts[0], name_field)
        if column in (Field.HOUSE_NUMBER, Field.STREET) and not mapping.has(column):
            column = Field.ADDRESS
    return RowIssue(row, column, issue.code, Severity.ERROR, dict(issue.params))
