"""Excel import over a corpus of messy workbooks made here: title rows, merged cells, old
encodings, bad dates, phones as numbers, one row per person, duplicates of the register.
Nothing is written before `apply`; `apply` writes everything or nothing."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from xhht_desktop.domain.entities import (
    EconomicStatus,
    Gender,
    HouseholdDraft,
    HouseholdFilter,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.legacy_encodings import TCVN3, VISCII, VNI, from_unicode
from xhht_desktop.domain.sheet_mapping import Field, Layout, Severity
from xhht_desktop.errors import BadInput, UserError, ValidationFailed
from xhht_desktop.services.excel_import import (
    ERROR_COLUMN,
    ROW_COLUMN,
    Decision,
    ExcelImportService,
    import_file,
)
from xhht_desktop.storage.repositories import households as repo

HEADER = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Giới tính", "Số nhà", "Đường", "Tổ"]
HEADER += ["Khu phố", "Điện thoại", "Hộ nghèo", "Ghi chú"]
HOUSEHOLDS = [
    # name, birth, gender, house, street, tổ, khu phố, phone, poor, notes
    ("NGUYỄN VĂN AN", 1970, "Nam", "12", "Lê Lợi", 1, "KP 3", 903123456, "x", ""),
    ("Trần Thị Bình", dt.datetime(1980, 3, 15), "Nữ", "14/2", "Hai Bà Trưng", "Tổ 2", "KP 3",
     "0913.222.333", None, "Con đi học xa"),
    ("Lê Văn Cường", "15/03/1965", "nam", 5, "Lê Lợi", "3", "KP 3", "028 3822 1234", None, ""),
    ("Phạm Thị Dung", "15-3-1972", "nữ", 7, "Trần Hưng Đạo", 1, "KP 3", None, None, ""),
    ("Hoàng Văn Em", "31/02/1975", "Nam", 9, "Trần Hưng Đạo", 2, "KP 3", "12345", None, ""),
    ("Võ Thị Giang", "15/3/58", "Nữ", 11, "Nguyễn Trãi", 4, "KP 3", None, None, ""),
    ("Đặng Văn Hùng", 1990, "Nam", 2, "Nguyễn Trãi", 12, "KP 3", None, None, ""),
]  # fmt: skip


def household_book(path: Path, encoding: str | None = None, nfd: bool = False) -> Path:
    """One row per household below two merged title rows, with a signature line below."""

    def text(value: object) -> object:
        if not isinstance(value, str):
            return value
        if nfd:
            return unicodedata.normalize("NFD", value)
        return from_unicode(value, encoding) if encoding else value

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append([text("ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH")])
    sheet.merge_cells("A1:K1")
    sheet.append([text("DANH SÁCH HỘ GIA ĐÌNH KHU PHỐ 3 NĂM 2026")])
    sheet.merge_cells("A2:K2")
    sheet.append([])
    sheet.append([text(h) for h in HEADER])
    for number, row in enumerate(HOUSEHOLDS, start=1):
        sheet.append([number, *(text(v) for v in row)])
    sheet.append([])
    sheet.append([None, text("Người lập biểu"), None, None, None, None, text("Trưởng khu phố")])
    book.create_sheet("Ghi chú").append(["Tệp của chi hội"])
    book.save(path)
    return path


PEOPLE = [
    # household no, name, relation, birth (men), birth (women), address, phone
    (1, "Nguyễn Văn An", "Chủ hộ", 1970, None, "12 Lê Lợi, tổ 1", 903123456),
    (None, "Trần Thị Bình", "Vợ", None, 1972, None, None),
    (None, "Nguyễn Văn Cường", "Con", 2000, None, None, None),
    (2, "Lê Thị Dung", "Chủ hộ", None, "15/03/1965", "5 Hai Bà Trưng, tổ 2", "0913.222.333"),
    (None, "Phạm Văn Em", "Cháu nội", "1/1/2010", None, None, None),
    (3, "Đỗ Văn Giang", "Con", 1990, None, "7 Lê Lợi, tổ 1", None),
    (None, "Đỗ Văn Hải", "Con", 1992, None, None, None),
]


def person_book(path: Path) -> Path:
    """One row per person: the household number and address merged down over the members'
    rows, "Năm sinh" over "Nam" and "Nữ", a row numbering the columns."""
    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH NHÂN KHẨU"])
    sheet.merge_cells("A1:G1")
    sheet.append(["Số hộ", "Họ và tên", "Quan hệ với chủ hộ", "Năm sinh", None, "Địa chỉ", "SĐT"])
    sheet.append([None, None, None, "Nam", "Nữ", None, None])
    sheet.merge_cells("D2:E2")
    for column in "ABCFG":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.append([f"({n})" for n in range(1, 8)])
    first = sheet.max_row + 1
    for row in PEOPLE:
        sheet.append(list(row))
    for start, end in ((first, first + 2), (first + 3, first + 4), (first + 5, first + 6)):
        sheet.merge_cells(f"A{start}:A{end}")
        sheet.merge_cells(f"F{start}:F{end}")
        sheet.merge_cells(f"G{start}:G{end}")
    book.save(path)
    return path


@pytest.fixture
def importer(services, register):
    return ExcelImportService(register, services.installation)


def count(register) -> int:
    return register.count(HouseholdFilter())


# --- reading the corpus ---------------------------------------------------------------------


def test_one_row_per_household_below_title_rows(importer, register, tmp_path):
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    assert preview.sheets == ("Danh sách", "Ghi chú") and preview.sheet == "Danh sách"
    assert preview.encoding is None and preview.detected_encoding is None
    mapping = preview.mapping
    assert (mapping.header_row, mapping.data_start, mapping.layout) == (4, 5, Layout.HOUSEHOLD)
    assert mapping.columns == (
        Field.ROW_NO,
        Field.HEAD_NAME,
        Field.BIRTH,
        Field.GENDER,
        Field.HOUSE_NUMBER,
        Field.STREET,
        Field.GROUP,
        Field.HAMLET,
        Field.PHONE,
        Field.POOR,
        Field.NOTES,
    )
    assert preview.examples[1] == "NGUYỄN VĂN AN"
    drafts = {h.first_row: h.draft for h in preview.households}
    assert sorted(drafts) == [5, 6, 7, 8, 9, 10, 11]  # the signature line is not a household
    an = drafts[5]
    head = an.members[0]
    assert (head.full_name, head.birth_year, head.gender) == ("Nguyễn Văn An", 1970, Gender.MALE)
    assert (an.phone, an.group, an.hamlet, an.economic_status) == (
        "0903123456",
        "Tổ 1",
        "KP 3",
        EconomicStatus.POOR,
    )
    assert drafts[6].members[0].birth_date == dt.date(1980, 3, 15)
    assert drafts[6].phone == "0913222333" and drafts[6].notes == "Con đi học xa"
    assert drafts[7].members[0].birth_date == dt.date(1965, 3, 15)
    assert drafts[7].phone == "02838221234" and drafts[7].house_number == "5"
    assert drafts[8].members[0].birth_date == dt.date(1972, 3, 15)
    issues = {h.first_row: {(i.code, i.field, i.severity) for i in h.issues}
              for h in preview.households}  # fmt: skip
    assert issues[5] == issues[6] == issues[7] == issues[8] == set()
    assert issues[9] == {
        ("excel.bad_date", Field.BIRTH, Severity.ERROR),
        ("phone.invalid", Field.PHONE, Severity.ERROR),
    }
    assert issues[10] == {("excel.two_digit_year", Field.BIRTH, Severity.WARNING)}
    assert issues[11] == {("excel.unknown_group", Field.GROUP, Severity.WARNING)}  # Tổ 1-8
    assert preview.with_errors == 1 and preview.duplicates == {}
    assert count(register) == 0  # reading writes nothing


def test_one_row_per_person_with_merged_cells_and_a_two_row_header(importer, tmp_path):
    preview = importer.read(person_book(tmp_path / "nguoi.xlsx"))
    mapping = preview.mapping
    assert mapping.layout is Layout.PERSON and mapping.data_start == 5
    assert mapping.columns[3:5] == (Field.BIRTH_MALE, Field.BIRTH_FEMALE)
    one, two, three = preview.households
    assert one.rows == (5, 6, 7) and two.rows == (8, 9) and three.rows == (10, 11)
    assert [(m.full_name, m.relation, m.gender, m.birth_year) for m in one.draft.members] == [
        ("Nguyễn Văn An", Relation.HEAD, Gender.MALE, 1970),
        ("Trần Thị Bình", Relation.SPOUSE, Gender.FEMALE, 1972),
        ("Nguyễn Văn Cường", Relation.CHILD, Gender.MALE, 2000),
    ]
    assert (one.draft.house_number, one.draft.street, one.draft.group) == ("12", "Lê Lợi", "Tổ 1")
    assert one.draft.phone == "0903123456"
    assert two.draft.members[1].relation is Relation.GRANDCHILD
    assert two.draft.members[1].birth_date == dt.date(2010, 1, 1)
    assert [i.code for i in three.issues] == ["excel.head_assumed"]
    assert three.draft.members[0].relation is Relation.HEAD
    assert preview.persons == 7


@pytest.mark.parametrize("encoding", [TCVN3, VNI, VISCII])
def test_legacy_encodings_are_detected_and_converted(importer, tmp_path, encoding):
    unicode_preview = importer.read(household_book(tmp_path / "unicode.xlsx"))
    preview = importer.read(household_book(tmp_path / f"{encoding}.xlsx", encoding))
    assert preview.detected_encoding == preview.encoding == encoding
    assert preview.mapping == unicode_preview.mapping
    assert preview.headers == unicode_preview.headers
    assert [h.draft for h in preview.households] == [h.draft for h in unicode_preview.households]
    before, after = preview.samples[0]
    assert before == from_unicode(after, encoding) and before != after
    # The user may say otherwise: no conversion.
    raw = importer.preview_with(preview, encoding=None)
    assert raw.encoding is None and raw.detected_encoding == encoding
    assert raw.households[1].draft.members[0].full_name == from_unicode("Trần Thị Bình", encoding)


def test_decomposed_unicode_is_composed(importer, tmp_path):
    unicode_preview = importer.read(household_book(tmp_path / "nfc.xlsx"))
    preview = importer.read(household_book(tmp_path / "nfd.xlsx", nfd=True))
    assert preview.encoding is None
    assert [h.draft for h in preview.households] == [h.draft for h in unicode_preview.households]
    assert preview.headers == unicode_preview.headers


def test_a_sheet_can_be_chosen_and_the_mapping_corrected(importer, tmp_path):
    path = household_book(tmp_path / "ho.xlsx")
    other = importer.read(path, "Ghi chú")
    assert other.sheet == "Ghi chú" and not other.usable and other.households == ()
    preview = importer.read(path)
    fixed = importer.preview_with(preview, mapping=preview.mapping.with_field(10, Field.IGNORE))
    assert fixed.households[1].draft.notes == ""
    again = importer.preview_with(preview, header_row=2)  # the title row as the header
    assert again.mapping.header_row == 2 and not again.usable
    with pytest.raises(BadInput) as caught:
        importer.read(path, "Không có")
    assert caught.value.code == "excel.no_sheet"


# --- files that are not what they should be ------------------------------------------------


def test_old_xls_files_are_refused_with_a_way_forward(importer, tmp_path):
    xls = tmp_path / "cu.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    with pytest.raises(BadInput) as caught:
        importer.read(xls)
    assert caught.value.code == "excel.xls" and caught.value.params["file"] == "cu.xls"
    renamed = tmp_path / "cu.xlsx"  # an .xls renamed .xlsx is found by its bytes
    renamed.write_bytes(xls.read_bytes())
    with pytest.raises(BadInput) as caught:
        importer.read(renamed)
    assert caught.value.code == "excel.xls"


def test_password_protected_workbooks_are_refused(importer, tmp_path):
    locked = tmp_path / "mat-khau.xlsx"
    marker = "EncryptedPackage".encode("utf-16-le")
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + marker + b"\0" * 100)
    with pytest.raises(BadInput) as caught:
        importer.read(locked)
    assert caught.value.code == "excel.encrypted"


@pytest.mark.parametrize("content", [b"STT,Ho ten\n1,An\n", b"PK\x03\x04 not really a zip"])
def test_files_that_are_not_workbooks_are_refused(importer, tmp_path, content):
    path = tmp_path / "ds.xlsx"
    path.write_bytes(content)
    with pytest.raises(BadInput) as caught:
        importer.read(path)
    assert caught.value.code == "excel.not_xlsx"


def test_a_missing_file_is_reported(importer, tmp_path):
    with pytest.raises(BadInput) as caught:
        importer.read(tmp_path / "khong-co.xlsx")
    assert caught.value.code == "file.unreadable"


def test_a_locked_file_is_reported(importer, tmp_path, monkeypatch):
    path = household_book(tmp_path / "ho.xlsx")

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(BadInput) as caught:
        importer.read(path)
    assert caught.value.code == "excel.locked"


# --- duplicates and decisions ---------------------------------------------------------------


def existing(register) -> list[int]:
    ids, _ = register.save_many(
        [
            HouseholdDraft(
                (PersonDraft("Nguyễn Văn An", birth_year=1970, relation=Relation.HEAD),),
                house_number="12",
                street="Lê Lợi",
                group="Tổ 1",
                phone="0909000111",
            ),
            HouseholdDraft(
                (PersonDraft("Lê Văn Cường", birth_year=1966),),  # another year: not the same
                house_number="5",
                street="Lê Lợi",
                group="Tổ 3",
            ),
            HouseholdDraft(
                (PersonDraft("Phạm Thị Dung"),),  # no birth year: any year matches
                house_number="7",
                street="đường Trần Hưng Đạo",
                group="1",
            ),
        ]
    )
    return ids


def test_duplicates_of_the_register_are_found_with_one_query(
    importer, register, tmp_path, monkeypatch
):
    an, _cuong, dung = existing(register)
    queries = []
    real = ExcelImportService._register
    monkeypatch.setattr(
        ExcelImportService, "_register", lambda *args: queries.append(1) or real(*args)
    )
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    assert len(queries) == 1
    assert {row: d.household_id for row, d in preview.duplicates.items()} == {5: an, 8: dung}
    assert preview.duplicates[5].own and preview.duplicates[5].address == "12 Lê Lợi, Tổ 1"
    decisions = ExcelImportService.default_decisions(preview)
    assert decisions[5] is decisions[8] is Decision.SKIP  # duplicates: skipped by default
    assert decisions[9] is Decision.SKIP  # errors
    assert decisions[6] is decisions[7] is decisions[10] is Decision.ADD


def test_dry_run_and_cancel_write_nothing(importer, register, tmp_path):
    existing(register)
    before = count(register)
    path = household_book(tmp_path / "ho.xlsx")
    preview, plan, result = import_file(importer, path, dry_run=True)
    assert result is None and plan.add == (6, 7, 10, 11) and plan.skip == (5, 8, 9)
    assert count(register) == before
    importer.preview_with(preview, mapping=preview.mapping.with_field(2, Field.IGNORE))
    assert count(register) == before


def test_apply_writes_everything_in_one_transaction(importer, register, tmp_path):
    an, _cuong, _dung = existing(register)
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    decisions = ExcelImportService.default_decisions(preview)
    decisions[5] = Decision.UPDATE
    result = importer.apply(preview, decisions)
    assert len(result.added) == 4 and result.updated == (an,) and result.skipped == 2
    assert count(register) == 7
    updated = register.get(an).draft
    assert updated.phone == "0903123456"  # the sheet's
    assert [m.full_name for m in updated.members] == ["Nguyễn Văn An"]  # no second An
    assert updated.economic_status is EconomicStatus.POOR
    names = {r.head_name for r in register.search(HouseholdFilter(), limit=20)}
    assert {"Trần Thị Bình", "Lê Văn Cường", "Võ Thị Giang"} <= names
    # A second import finds them all.
    again = importer.read(tmp_path / "ho.xlsx")
    assert set(again.duplicates) == {5, 6, 7, 8, 10, 11}


def test_update_adds_the_members_the_register_lacks(importer, register, tmp_path):
    (an_id, *_rest) = existing(register)
    preview = importer.read(person_book(tmp_path / "nguoi.xlsx"))
    assert preview.duplicates[5].household_id == an_id
    result = importer.apply(preview, {5: "update", 8: "skip", 10: "skip"})  # words will do
    assert result.updated == (an_id,) and result.added == ()
    household = register.get(an_id).draft
    assert [(m.full_name, m.relation) for m in household.members] == [
        ("Nguyễn Văn An", Relation.HEAD),
        ("Trần Thị Bình", Relation.SPOUSE),
        ("Nguyễn Văn Cường", Relation.CHILD),
    ]
    assert household.head_index == 0


def test_nothing_is_written_when_a_household_with_errors_is_not_skipped(
    importer, register, tmp_path
):
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    decisions = ExcelImportService.default_decisions(preview) | {9: Decision.ADD}
    with pytest.raises(BadInput) as caught:
        importer.apply(preview, decisions)
    assert caught.value.code == "excel.has_errors" and caught.value.params["count"] == 1
    assert count(register) == 0


def test_a_failure_while_writing_leaves_nothing_behind(importer, register, tmp_path, monkeypatch):
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    real, calls = repo.save_household, []

    def failing(s, draft, origin, now):
        calls.append(draft)
        if len(calls) == 2:
            raise ValidationFailed([])
        return real(s, draft, origin, now)

    monkeypatch.setattr(repo, "save_household", failing)
    with pytest.raises(ValidationFailed):
        importer.apply(preview)
    assert len(calls) == 2 and count(register) == 0


def test_a_register_changed_since_the_preview_is_refused(importer, register, tmp_path):
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    existing(register)  # someone typed in An's household meanwhile
    with pytest.raises(UserError) as caught:
        importer.apply(preview)
    assert caught.value.code == "excel.register_changed"
    assert count(register) == 3


def test_households_received_from_below_cannot_be_updated(importer, register, tmp_path):
    an, *_ = existing(register)
    with register.sessions.write() as s:
        s.get(repo.H, an).origin_unit = "79-26743-KP9"
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    assert not preview.duplicates[5].own
    with pytest.raises(UserError) as caught:
        importer.apply(preview, {5: Decision.UPDATE})
    assert caught.value.code == "excel.not_own"


def test_the_command_line_function_imports_and_reports(importer, register, tmp_path):
    errors = tmp_path / "loi.xlsx"
    _preview, plan, result = import_file(
        importer, household_book(tmp_path / "ho.xlsx"), errors_out=errors
    )
    assert result is not None and len(result.added) == 6 and plan.refused == ()
    assert plan.skip == (9,) and count(register) == 6
    assert errors.exists()


# --- the errors file ------------------------------------------------------------------------


def test_the_errors_file_has_the_rows_with_problems_and_what_is_wrong(importer, tmp_path):
    preview = importer.read(household_book(tmp_path / "ho.xlsx", TCVN3))
    target = importer.write_errors(preview, tmp_path / "loi.xlsx")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "STT")
    assert list(header) == [*HEADER, ROW_COLUMN, ERROR_COLUMN]
    body = rows[rows.index(header) + 1 :]
    assert [r[-2] for r in body] == [9, 10, 11]  # the rows of the original file
    assert body[0][1] == "Hoàng Văn Em"  # in Unicode, not in TCVN3
    assert body[0][2] == "31/02/1975" and body[0][8] == "12345"  # as typed: text
    assert "Lỗi (Năm sinh)" in body[0][-1] and "Lỗi (Điện thoại)" in body[0][-1]
    assert "Cảnh báo (Năm sinh)" in body[1][-1]
    # A file of the errors can be read back, its extra columns ignored.
    again = importer.read(target)
    assert again.mapping.columns[-2:] == (Field.IGNORE, Field.IGNORE)
    assert [h.draft.members[0].full_name for h in again.households] == [
        "Hoàng Văn Em",
        "Võ Thị Giang",
        "Đặng Văn Hùng",
    ]


def test_the_errors_file_uses_the_callers_words(importer, tmp_path):
    preview = importer.read(household_book(tmp_path / "ho.xlsx"))
    target = importer.write_errors(preview, tmp_path / "loi.xlsx", lambda code, p: f"<{code}>")
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert any("<excel.bad_date>" in str(r[-1]) for r in rows)
