"""From spreadsheet rows to household drafts: headers, mapping, layout, values and issues."""

from __future__ import annotations

import datetime as dt

import pytest

from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.legacy_encodings import TCVN3, from_unicode
from xhht_desktop.domain.sheet_mapping import (
    Field,
    Layout,
    Mapping,
    Severity,
    address_key,
    address_keys,
    cell_text,
    clean_name,
    fill_merged,
    find_header,
    guess_mapping,
    header_field,
    household_key,
    key_parts,
    normalize_group,
    parse_birth_value,
    parse_sheet,
    same_place,
    split_address,
)

TODAY = dt.date(2026, 6, 15)
F = Field


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Họ và tên chủ hộ", F.HEAD_NAME),
        ("Chủ hộ", F.HEAD_NAME),
        ("HỌ TÊN", F.FULL_NAME),
        ("Họ và tên", F.FULL_NAME),
        ("Họ tên thành viên trong hộ", F.FULL_NAME),
        ("Quan hệ với chủ hộ", F.RELATION),
        ("Năm sinh", F.BIRTH),
        ("Ngày sinh", F.BIRTH),
        ("Ngày, tháng, năm sinh", F.BIRTH),
        ("Năm sinh (hoặc ngày sinh)", F.BIRTH),
        ("Giới tính", F.GENDER),
        ("Nam/Nữ", F.GENDER),
        ("SĐT", F.PHONE),
        ("Số điện thoại liên hệ", F.PHONE),
        ("Điện thoại", F.PHONE),
        ("Số nhà", F.HOUSE_NUMBER),
        ("Đường", F.STREET),
        ("Tên đường", F.STREET),
        ("Địa chỉ", F.ADDRESS),
        ("Địa chỉ (số nhà, đường)", F.ADDRESS),
        ("Tổ", F.GROUP),
        ("Tổ dân phố", F.GROUP),
        ("Khu phố", F.HAMLET),
        ("Ấp", F.HAMLET),
        ("Khu phố/Ấp", F.HAMLET),
        ("Số hộ", F.HOUSEHOLD_NO),
        ("Mã hộ", F.HOUSEHOLD_NO),
        ("STT hộ", F.HOUSEHOLD_NO),
        ("STT", F.ROW_NO),
        ("Hộ nghèo", F.POOR),
        ("Hộ cận nghèo", F.NEAR_POOR),
        ("Hộ nghèo, cận nghèo", F.ECONOMIC_STATUS),
        ("Hoàn cảnh kinh tế", F.ECONOMIC_STATUS),
        ("Hội viên", F.IS_MEMBER),
        ("Là hội viên khuyến học", F.IS_MEMBER),
        ("Trình độ học vấn", F.EDUCATION),
        ("Biết chữ", F.LITERACY),
        ("Nghề nghiệp", F.OCCUPATION),
        ("Đang học tại trường", F.SCHOOL),
        ("Lớp", F.GRADE),
        ("Đang đi học", F.STUDYING),
        ("Ghi chú", F.NOTES),
        ("Số nhân khẩu", F.MEMBER_COUNT),
        ("DANH SÁCH HỘ GIA ĐÌNH", F.IGNORE),
        ("", F.IGNORE),
    ],
)
def test_header_synonyms(header, expected):
    assert header_field(header) is expected


def title_rows() -> list[list[object]]:
    return [
        ["UBND PHƯỜNG BẾN THÀNH", None, None, None],
        ["DANH SÁCH CHỦ HỘ KHU PHỐ 3", None, None, None],
        [None, None, None, None],
    ]


def test_the_header_is_found_below_title_rows():
    rows = [*title_rows(), ["STT", "Họ và tên chủ hộ", "Năm sinh", "SĐT"], [1, "An", 1970, None]]
    assert find_header(rows) == 4
    mapping, headers = guess_mapping(rows)
    assert mapping.columns == (F.ROW_NO, F.HEAD_NAME, F.BIRTH, F.PHONE)
    assert (mapping.header_row, mapping.data_start, mapping.layout) == (4, 5, Layout.HOUSEHOLD)
    assert headers[1] == "Họ và tên chủ hộ"


def test_no_header_means_no_mapping():
    rows = [["Nguyễn Văn An", 1970], ["Trần Thị Bình", 1980]]
    assert find_header(rows) == 0
    mapping, _ = guess_mapping(rows)
    assert mapping.header_row == 0 and mapping.data_start == 1
    assert mapping.name_field is None
    result = parse_sheet(rows, mapping, today=TODAY)
    assert result.households == ()
    assert [i.code for i in result.issues] == ["excel.no_name_column"]


def test_a_two_row_header_splits_birth_years_by_gender_and_skips_the_numbering_row():
    rows = [
        ["Số hộ", "Họ và tên", "Quan hệ", "Năm sinh", None, "Ghi chú"],
        [None, None, None, "Nam", "Nữ", None],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        [1, "Nguyễn Văn An", "Chủ hộ", 1970, None, None],
        [None, "Trần Thị Bình", "Vợ", None, 1972, "HV"],
    ]
    ranges = [(1, 4, 1, 5), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 6, 2, 6)]
    mapping, headers = guess_mapping(rows, ranges)
    assert mapping.columns == (
        F.HOUSEHOLD_NO,
        F.FULL_NAME,
        F.RELATION,
        F.BIRTH_MALE,
        F.BIRTH_FEMALE,
        F.NOTES,
    )
    assert headers[3:5] == ("Năm sinh Nam", "Năm sinh Nữ")
    assert mapping.data_start == 4 and mapping.layout is Layout.PERSON
    (household,) = parse_sheet(rows, mapping, today=TODAY, ranges=ranges).households
    an, binh = household.draft.members
    assert (an.gender, an.birth_year, an.relation) == (Gender.MALE, 1970, Relation.HEAD)
    assert (binh.gender, binh.birth_year, binh.relation) == (Gender.FEMALE, 1972, Relation.SPOUSE)
    assert binh.notes == "HV"


def test_the_heading_over_two_columns_need_not_be_merged():
    rows = [["Họ và tên", "Năm sinh", None], [None, "Nam", "Nữ"], ["An", 1970, None]]
    mapping, _ = guess_mapping(rows)
    assert mapping.columns == (F.FULL_NAME, F.BIRTH_MALE, F.BIRTH_FEMALE)


def test_merged_cells_fill_across_in_the_header_and_down_in_the_data():
    rows = [["A", None, None], ["x", "y", None], [None, "z", None], [None, None, None]]
    filled = fill_merged(rows, [(1, 1, 1, 3), (2, 1, 4, 1), (3, 2, 3, 3)], header_end=1)
    assert filled[0] == ["A", "A", "A"]
    assert [r[0] for r in filled[1:]] == ["x", "x", "x"]
    assert filled[2] == ["x", "z", None]  # data: never across into another field
    assert rows[1] == ["x", "y", None]  # the input is left alone


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (dt.datetime(1970, 3, 15), (dt.date(1970, 3, 15), 1970, None)),
        (dt.date(1970, 3, 15), (dt.date(1970, 3, 15), 1970, None)),
        ("15/03/1970", (dt.date(1970, 3, 15), 1970, None)),
        ("15-3-1970", (dt.date(1970, 3, 15), 1970, None)),
        ("15.3.1970", (dt.date(1970, 3, 15), 1970, None)),
        ("1970", (None, 1970, None)),
        (1970, (None, 1970, None)),
        (1970.0, (None, 1970, None)),
        ("3/1970", (None, 1970, None)),
        (25642, (dt.date(1970, 3, 15), 1970, None)),  # an Excel serial number
        ("15/3/70", (dt.date(1970, 3, 15), 1970, "excel.two_digit_year")),
        ("1/9/05", (dt.date(2005, 9, 1), 2005, "excel.two_digit_year")),
        ("31/02/1975", (None, None, "excel.bad_date")),
        ("khoảng 1970", (None, None, "excel.bad_date")),
        (None, (None, None, None)),
        ("", (None, None, None)),
    ],
)
def test_birth_values(value, expected):
    assert parse_birth_value(value, TODAY) == expected


def test_cells_as_text():
    assert cell_text(903123456.0) == "903123456"
    assert cell_text(dt.datetime(1970, 3, 15)) == "15/03/1970"
    assert cell_text("  Nguyễn   Văn  An ") == "Nguyễn Văn An"
    assert cell_text(None) == "" and cell_text(True) == "x"


def test_names_in_capitals_take_the_usual_case():
    assert clean_name("NGUYỄN VĂN AN") == "Nguyễn Văn An"
    assert clean_name("Nguyễn Văn AN") == "Nguyễn Văn AN"


@pytest.mark.parametrize(
    ("typed", "known", "expected"),
    [
        ("3", (), "Tổ 3"),
        ("tổ 3", (), "Tổ 3"),
        ("Tổ dân phố số 03", (), "Tổ 3"),
        ("TDP 3", (), "Tổ 3"),
        ("3", ("Tổ dân phố 3",), "Tổ dân phố 3"),
        ("Xóm Chùa", (), "Xóm Chùa"),
    ],
)
def test_groups(typed, known, expected):
    assert normalize_group(typed, known) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12 Lê Lợi, tổ 3, KP 2", ("12", "Lê Lợi", "Tổ 3", "KP 2")),
        ("Số 14/2 Hai Bà Trưng", ("14/2", "Hai Bà Trưng", "", "")),
        ("Ấp Bình Thạnh", ("", "", "", "Ấp Bình Thạnh")),
        ("45A Nguyễn Trãi, Phường Bến Thành, TP.HCM", ("45A", "Nguyễn Trãi", "", "")),
        ("Hẻm 7 Trần Hưng Đạo", ("", "Hẻm 7 Trần Hưng Đạo", "", "")),
    ],
)
def test_addresses_are_split(typed, expected):
    assert split_address(typed) == expected


def test_duplicate_keys_fold_and_ignore_street_words():
    parts = frozenset({"house_number", "street", "group"})
    assert address_key("12", "đường Lê Lợi", "Tổ 3", "", parts) == address_key(
        "12", "LE LOI", "3", "KP 9", parts
    )
    draft = HouseholdDraft((PersonDraft("NGUYỄN VĂN AN", birth_year=1970),), street="Lê Lợi")
    assert household_key(draft, frozenset({"street", "birth"})) == (
        "nguyen van an",
        "le loi||",
        1970,
    )
    assert household_key(draft, frozenset())[2] is None


def test_the_same_place_allows_a_missing_to_or_khu_pho():
    parts = frozenset({"house_number", "street", "group", "hamlet"})
    sheet = address_keys("12", "Lê Lợi", "Tổ 3", "KP 2", parts)
    assert same_place(sheet, address_keys("12", "Lê Lợi", "3", "", parts))
    assert same_place(sheet, address_keys("12", "le loi", "", "Khu phố 2", parts))
    assert not same_place(sheet, address_keys("12", "Lê Lợi", "Tổ 4", "", parts))
    assert not same_place(sheet, address_keys("14", "Lê Lợi", "Tổ 3", "KP 2", parts))


def test_key_parts_follow_the_mapped_columns():
    mapping = Mapping((F.HEAD_NAME, F.ADDRESS, F.GROUP), 1, 2)
    assert key_parts(mapping) == {"house_number", "street", "group"}
    assert key_parts(Mapping((F.HEAD_NAME, F.BIRTH), 1, 2)) == {"birth"}


def household_rows() -> list[list[object]]:
    header = ["STT", "Họ và tên chủ hộ", "Năm sinh", "Giới tính", "Số nhà", "Đường", "Tổ"]
    header += ["Điện thoại", "Hộ nghèo", "Trình độ", "Biết chữ", "Hội viên", "Ghi chú"]
    return [
        *[r + [None] * 9 for r in title_rows()],
        header,
        [1, "NGUYỄN VĂN AN", 1970, "Nam", 12, "Lê Lợi", 3, 903123456, "x", "12/12", "x", "x", "A"],
        [2, "Trần Thị Bình", "15/3/1980", "nữ", dt.datetime(2024, 3, 12), "Lê Lợi", "Tổ 9",
         "0903 123 456 / 0913 222 333", None,
         dt.datetime(2024, 12, 9),  # "9/12" typed: Excel made it 9 December
         None, None, None],
        [3, "Lê Văn C", "31/02/1975", "?", 5, "Lê Lợi", 3, "12345", None, "abc", None, None, None],
        [4, None, None, None, None, None, 3, None, None, None, None, None, None],
        [5, None, 1960, None, None, None, None, None, None, None, None, None, None],
        [6, "Nguyễn Văn An", 1970, None, 12, "Lê Lợi", 3, None, None, None, None, None, None],
        [None, "Người lập biểu", None, None, None, "Trưởng khu phố", None] + [None] * 6,
    ]  # fmt: skip


def test_one_row_per_household():
    rows = household_rows()
    mapping, headers = guess_mapping(rows)
    assert mapping.layout is Layout.HOUSEHOLD and mapping.data_start == 5
    result = parse_sheet(
        rows, mapping, today=TODAY, headers=headers, known_groups=("Tổ 1", "Tổ 2", "Tổ 3")
    )
    by_row = {h.first_row: h for h in result.households}
    assert sorted(by_row) == [5, 6, 7, 9, 10]  # row 8 holds a tổ only; the signature is skipped
    an = by_row[5]
    head = an.draft.members[0]
    assert (head.full_name, head.birth_year, head.gender) == ("Nguyễn Văn An", 1970, Gender.MALE)
    assert (head.education, head.literacy, head.is_member) == (
        Education.UPPER_SECONDARY,
        Literacy.LITERATE,
        True,
    )
    assert an.draft.phone == "0903123456" and an.draft.group == "Tổ 3"
    assert an.draft.house_number == "12" and an.draft.economic_status is EconomicStatus.POOR
    assert an.draft.notes == "A" and not an.issues
    binh = by_row[6]
    assert binh.draft.house_number == "12/3" and binh.draft.phone == "0903123456"
    assert "ĐT khác: 0913 222 333" in binh.draft.notes
    assert binh.draft.members[0].birth_date == dt.date(1980, 3, 15)
    assert binh.draft.members[0].education is Education.LOWER_SECONDARY
    assert {(i.code, i.field) for i in binh.issues} == {
        ("excel.house_number_date", F.HOUSE_NUMBER),
        ("excel.extra_phones", F.PHONE),
        ("excel.unknown_group", F.GROUP),
    }
    assert binh.has_warnings and not binh.has_errors
    c = by_row[7]
    assert {(i.code, i.field, i.severity) for i in c.issues} == {
        ("excel.bad_date", F.BIRTH, Severity.ERROR),
        ("excel.unknown_value", F.GENDER, Severity.WARNING),
        ("excel.unknown_value", F.EDUCATION, Severity.WARNING),
        ("phone.invalid", F.PHONE, Severity.ERROR),
    }
    assert [i.code for i in by_row[9].issues] == ["excel.no_name"]
    assert [(i.code, i.params) for i in by_row[10].issues] == [
        ("excel.duplicate_in_file", {"row": 5})
    ]


def person_rows() -> list[list[object]]:
    return [
        ["Số hộ", "Họ và tên", "Quan hệ với chủ hộ", "Năm sinh", "Địa chỉ"],
        [1, "Nguyễn Văn An", "Chủ hộ", 1970, "12 Lê Lợi"],
        [None, "Trần Thị Bình", "Vợ", 1972, None],
        [None, "Nguyễn Văn Cường", "Con", 2000, None],
        [2, "Lê Văn Dũng", "Con", 1990, "5 Lê Lợi"],  # no head marked
        [2, "Lê Thị Em", "Chủ hộ", 1965, None],
        [3, "Phạm Văn Giang", "Chủ hộ", 1950, "7 Lê Lợi"],
        [None, "Phạm Văn Hải", "Chủ hộ", 1955, None],  # a second head
    ]


def test_one_row_per_person_grouped_by_household_number():
    rows = person_rows()
    mapping, _ = guess_mapping(rows)
    assert mapping.layout is Layout.PERSON
    one, two, three = parse_sheet(rows, mapping, today=TODAY).households
    assert one.rows == (2, 3, 4) and one.member_rows == (2, 3, 4)
    assert [m.relation for m in one.draft.members] == [
        Relation.HEAD,
        Relation.SPOUSE,
        Relation.CHILD,
    ]
    assert one.draft.house_number == "12" and not one.issues
    assert two.draft.head_index == 1 and two.draft.members[1].full_name == "Lê Thị Em"
    assert [(i.code, i.row) for i in three.issues] == [("relation.second_head", 8)]


def test_people_grouped_by_relation_when_there_is_no_household_number():
    rows = [[r[1], r[2], r[3]] for r in person_rows()]
    rows[0] = ["Họ và tên", "Quan hệ", "Năm sinh"]
    mapping, _ = guess_mapping(rows)
    households = parse_sheet(rows, mapping, today=TODAY).households
    assert [h.rows for h in households] == [(2, 3, 4, 5), (6,), (7,), (8,)]


def test_people_grouped_by_a_head_of_household_column():
    rows = [
        ["Chủ hộ", "Họ và tên", "Năm sinh"],
        ["Nguyễn Văn An", "Nguyễn Văn An", 1970],
        [None, "Trần Thị Bình", 1972],  # the head's cell merged down
        ["Lê Thị Em", "Lê Văn Dũng", 1990],  # the head is not listed as a member
    ]
    mapping, _ = guess_mapping(rows, [(2, 1, 3, 1)])
    assert mapping.layout is Layout.PERSON
    one, two = parse_sheet(rows, mapping, today=TODAY, ranges=[(2, 1, 3, 1)]).households
    assert [m.full_name for m in one.draft.members] == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert one.draft.head_index == 0
    assert [m.full_name for m in two.draft.members] == ["Lê Thị Em", "Lê Văn Dũng"]
    assert two.draft.members[0].relation is Relation.HEAD


def test_a_household_without_a_head_takes_its_first_member():
    rows = [["Số hộ", "Họ và tên", "Quan hệ"], [1, "An", "Con"], [1, "Bình", "Cháu"]]
    mapping, _ = guess_mapping(rows)
    (household,) = parse_sheet(rows, mapping, today=TODAY).households
    assert household.draft.head_index == 0
    assert household.draft.members[0].relation is Relation.HEAD
    assert [i.code for i in household.issues] == ["excel.head_assumed"]


def test_the_mapping_can_be_corrected():
    rows = [["Tên", "Cột lạ", "Ghi chú"], ["Nguyễn Văn An", "0903123456", None]]
    mapping, _ = guess_mapping(rows)
    assert mapping.columns == (F.FULL_NAME, F.IGNORE, F.NOTES)
    fixed = mapping.with_field(1, F.PHONE)
    (household,) = parse_sheet(rows, fixed, today=TODAY).households
    assert household.draft.phone == "0903123456"
    moved = fixed.with_field(0, F.PHONE)  # one column per field: the other one is let go
    assert moved.columns == (F.PHONE, F.IGNORE, F.NOTES)
    assert moved.with_field(1, F.NOTES).columns == (F.PHONE, F.NOTES, F.NOTES)


def test_legacy_text_is_converted_headers_included():
    rows = [
        [from_unicode(t, TCVN3) for t in ("Họ và tên chủ hộ", "Giới tính", "Quan hệ")],
        [from_unicode(t, TCVN3) for t in ("Trần Thị Hồng", "Nữ", "Chủ hộ")],
    ]
    from xhht_desktop.domain.legacy_encodings import to_unicode

    mapping, headers = guess_mapping(rows, convert=lambda s: to_unicode(s, TCVN3))
    assert headers == ("Họ và tên chủ hộ", "Giới tính", "Quan hệ")
    (household,) = parse_sheet(rows, mapping, today=TODAY, encoding=TCVN3).households
    person = household.draft.members[0]
    assert (person.full_name, person.gender) == ("Trần Thị Hồng", Gender.FEMALE)


@pytest.mark.parametrize(
    ("header", "typed", "attribute", "expected"),
    [
        ("Quan hệ", "Vợ", "relation", Relation.SPOUSE),
        ("Quan hệ", "con dâu", "relation", Relation.CHILD_IN_LAW),
        ("Quan hệ", "Bà nội", "relation", Relation.GRANDPARENT),
        ("Quan hệ", "ba", "relation", Relation.PARENT),  # "bà" is not "ba": accents kept
        ("Quan hệ", "chau ngoai", "relation", Relation.GRANDCHILD),  # typed without accents
        ("Giới tính", "NỮ", "gender", Gender.FEMALE),
        ("Giới tính", "Nu", "gender", Gender.FEMALE),
        ("Trình độ", "Đại học", "education", Education.UNIVERSITY),
        ("Trình độ", "9/12", "education", Education.LOWER_SECONDARY),
        ("Trình độ", "Thạc sĩ", "education", Education.POSTGRADUATE),
        ("Trình độ", "cấp 1", "education", Education.PRIMARY),
        ("Mù chữ", "x", "literacy", Literacy.ILLITERATE),
        ("Biết chữ", "x", "literacy", Literacy.LITERATE),
        ("Biết chữ", "tái mù chữ", "literacy", Literacy.RELAPSED),
        ("Hội viên", "có", "is_member", True),
        ("Đang đi học", "x", "studying", True),
    ],
)
def test_value_words(header, typed, attribute, expected):
    rows = [["Họ và tên", header], ["Nguyễn Văn An", "Chủ hộ"], ["Trần Văn Bình", typed]]
    if header != "Quan hệ":  # one row per household
        rows = [rows[0], rows[2]]
    mapping, headers = guess_mapping(rows)
    (household,) = parse_sheet(rows, mapping, today=TODAY, headers=headers).households
    assert getattr(household.draft.members[-1], attribute) == expected
    assert not household.has_warnings


@pytest.mark.parametrize(
    ("header", "typed", "expected"),
    [
        ("Hoàn cảnh", "Hộ cận nghèo", EconomicStatus.NEAR_POOR),
        ("Hoàn cảnh", "khá", EconomicStatus.NONE),
        ("Hộ nghèo", "x", EconomicStatus.POOR),
        ("Cận nghèo", "X", EconomicStatus.NEAR_POOR),
    ],
)
def test_economic_status(header, typed, expected):
    rows = [["Chủ hộ", header], ["Nguyễn Văn An", typed]]
    mapping, _ = guess_mapping(rows)
    (household,) = parse_sheet(rows, mapping, today=TODAY).households
    assert household.draft.economic_status is expected
