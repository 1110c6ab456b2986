"""Accent-insensitive search, filters and sort orders of the household list."""

import dataclasses

import pytest

from xhht_desktop.domain.entities import (
    EconomicStatus,
    HouseholdDraft,
    HouseholdFilter,
    PersonDraft,
)
from xhht_desktop.domain.text import search_terms
from xhht_desktop.services.households import SortColumn


def household(*names, **kw):
    return HouseholdDraft(members=tuple(PersonDraft(n) for n in names), **kw)


@pytest.fixture
def register(services):
    """Five households; returns a dict head name -> id."""
    drafts = [
        household(
            "Nguyễn Thị Bình",
            "Lê Văn Tám",
            house_number="12",
            street="Lê Lợi",
            group="Tổ 1",
            hamlet="Khu phố 3",
            phone="0903123456",
        ),
        household(
            "Trần Văn An",
            "Nguyễn Thị Hồng",
            house_number="3",
            street="Pasteur",
            group="Tổ 2",
            hamlet="Khu phố 3",
            economic_status=EconomicStatus.POOR,
        ),
        household(
            "Đặng Văn Đức",
            house_number="100",
            street="Đề Thám",
            group="Tổ 1",
            hamlet="Khu phố 3",
            phone="02838221234",
        ),
        household(
            "Phạm Thị Hồng Nhung",
            "Phạm Văn Hùng",
            house_number="7",
            street="Hai Bà Trưng",
            group="Tổ 3",
            hamlet="Khu phố 3",
            economic_status=EconomicStatus.NEAR_POOR,
            notes="Hộ khó khăn",
        ),
        household(
            "Hồ Văn Thắng",
            "Nguyễn Hồng Thị",
            house_number="25",
            street="Bùi Viện",
            group="Tổ 2",
            hamlet="Khu phố 3",
            phone="0912888999",
        ),
    ]
    ids, _ = services.households.save_many(drafts)
    return {d.members[0].full_name: i for d, i in zip(drafts, ids, strict=True)}


def found(services, query, **kw):
    return set(services.households.ids(HouseholdFilter(text=query, **kw)))


@pytest.mark.parametrize(
    "query",
    ["nguyen thi binh", "Nguyễn Thị Bình", "NGUYỄN THỊ BÌNH", "binh", "thi binh", "  BINH  "],
)
def test_head_name_accent_and_case_insensitive(services, register, query):
    assert found(services, query) == {register["Nguyễn Thị Bình"]}


def test_member_who_is_not_the_head_is_found(services, register):
    # Nguyễn Thị Hồng is a member (not the head) of Trần Văn An's household.
    ids = services.households.ids(HouseholdFilter(text="nguyen thi hong"))
    assert set(ids) == {register["Trần Văn An"], register["Hồ Văn Thắng"]}
    # The household where the words stand together comes before the one where they don't.
    assert ids[0] == register["Trần Văn An"]


def test_d_with_stroke_is_found_as_d(services, register):
    assert found(services, "dang van duc") == {register["Đặng Văn Đức"]}
    assert found(services, "đức") == {register["Đặng Văn Đức"]}
    assert found(services, "de tham") == {register["Đặng Văn Đức"]}


def test_address_words_are_searched(services, register):
    assert found(services, "pasteur") == {register["Trần Văn An"]}
    assert found(services, "le loi 12") == {register["Nguyễn Thị Bình"]}
    assert found(services, "khu pho 3") == set(register.values())


@pytest.mark.parametrize(
    ("query", "head"),
    [
        ("0903 123", "Nguyễn Thị Bình"),
        ("0903123456", "Nguyễn Thị Bình"),
        ("123456", None),
        ("3822", "Đặng Văn Đức"),
        ("0912", "Hồ Văn Thắng"),
    ],
)
def test_phone_fragments(services, register, query, head):
    expected = {register[head]} if head else {register["Nguyễn Thị Bình"]}
    assert found(services, query) == expected


def test_short_words_work_too(services, register):
    # Each word typed matches the start of a word: "le" finds Lê (and Lê Lợi street).
    assert found(services, "le") == {register["Nguyễn Thị Bình"]}  # Lê Văn Tám, Lê Lợi
    assert found(services, "LÊ") == {register["Nguyễn Thị Bình"]}
    assert found(services, "đề") == {register["Đặng Văn Đức"]}
    assert found(services, "tam le") == {register["Nguyễn Thị Bình"]}
    assert found(services, "tran an") == {register["Trần Văn An"]}
    assert found(services, "le pasteur") == set()


def test_all_words_must_match(services, register):
    assert found(services, "hong nhung") == {register["Phạm Thị Hồng Nhung"]}
    assert found(services, "binh pasteur") == set()


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        '""',
        "''",
        '"hong',
        "%",
        "%%",
        "_",
        "__",
        "%_%",
        "*",
        "***",
        "\\",
        "-",
        "(",
        "NEAR",
        "OR",
        "AND NOT",
        "a OR b",
        "hong*",
        "^hong",
        "100%",
        "x_y",
        "binh'",
        '"binh"',
    ],
)
def test_quotes_and_wildcards_are_not_search_syntax(services, register, query):
    # Punctuation separates words, as in the index; search syntax (OR, NEAR, *, ^, quotes) is
    # never interpreted. A query with no words lists everyone, as an empty one does.
    words = search_terms(query)
    expected = found(services, " ".join(words)) if words else set(register.values())
    assert found(services, query) == expected
    assert services.households.count(HouseholdFilter(text=query)) == len(expected)
    if words and words[0] in ("near", "or", "and", "a", "x"):
        assert expected == set()  # taken as words, which no household holds


def test_punctuation_is_ignored_like_spaces(services):
    plain, _ = services.households.save(household("Lê Văn A", street="Ngõ 5"))
    odd, _ = services.households.save(household("Lê Văn B", street="Ngõ 5%_x"))
    assert found(services, "5%") == {plain, odd}
    assert found(services, "ngo 5") == {plain, odd}
    assert found(services, "5 x") == {odd}
    assert found(services, "5%_x") == {odd}


def test_empty_query_lists_everyone(services, register):
    assert found(services, "") == set(register.values())
    assert found(services, "   ") == set(register.values())


def test_filter_by_group(services, register):
    assert found(services, "", group="Tổ 2") == {register["Trần Văn An"], register["Hồ Văn Thắng"]}
    assert found(services, "nguyen thi hong", group="Tổ 2") == {
        register["Trần Văn An"],
        register["Hồ Văn Thắng"],
    }
    assert found(services, "binh", group="Tổ 2") == set()
    assert found(services, "", group="Tổ 9") == set()


def test_filter_by_status(services, register):
    assert found(services, "", economic_status=EconomicStatus.POOR) == {register["Trần Văn An"]}
    assert found(services, "", economic_status=EconomicStatus.NEAR_POOR) == {
        register["Phạm Thị Hồng Nhung"]
    }
    assert len(found(services, "", economic_status=EconomicStatus.NONE)) == 3
    assert found(services, "", group="Tổ 1", economic_status=EconomicStatus.POOR) == set()


def test_search_follows_edits(services, register):
    household_id = register["Trần Văn An"]
    draft = services.households.get(household_id).draft
    renamed = dataclasses.replace(draft.members[1], full_name="Võ Thị Sáu")
    services.households.save(dataclasses.replace(draft, members=(draft.members[0], renamed)))
    assert household_id not in found(services, "nguyen thi hong")
    assert found(services, "vo thi sau") == {household_id}


def test_head_sort_is_by_given_name(services):
    services.households.save_many(
        [
            household("Nguyễn Thị Bình"),
            household("Trần Văn An"),
            household("Lê Văn Chiến"),
            household("Đặng Văn Đức"),
            household("Nguyễn Văn An"),
        ]
    )
    rows = services.households.search(HouseholdFilter(), sort=SortColumn.HEAD)
    # An, An (Nguyễn before Trần), Bình, Chiến, Đức: given name first, then the whole name.
    assert [r.head_name for r in rows] == [
        "Nguyễn Văn An",
        "Trần Văn An",
        "Nguyễn Thị Bình",
        "Lê Văn Chiến",
        "Đặng Văn Đức",
    ]
    backwards = services.households.ids(HouseholdFilter(), SortColumn.HEAD, descending=True)
    assert backwards == [r.id for r in reversed(rows)]


def test_address_sort_orders_house_numbers_as_numbers(services):
    numbers = ["100", "12A", "3", "12", "25/4"]
    services.households.save_many(
        [
            household(f"Lê Văn {chr(65 + i)}", house_number=n, street="Lê Lợi", group="Tổ 1")
            for i, n in enumerate(numbers)
        ]
    )
    rows = services.households.search(HouseholdFilter(), sort=SortColumn.ADDRESS)
    assert [r.house_number for r in rows] == ["3", "12", "12A", "25/4", "100"]


def test_address_sort_orders_groups_as_numbers(services):
    """Tổ 10 comes after Tổ 2 (wards often have more than nine tổ)."""
    groups = ["Tổ 10", "Tổ 2", "Tổ 1", "Tổ 11"]
    services.households.save_many(
        [
            household(f"Lê Văn {chr(65 + i)}", house_number="1", group=g)
            for i, g in enumerate(groups)
        ]
    )
    rows = services.households.search(HouseholdFilter(), sort=SortColumn.ADDRESS)
    assert [r.group for r in rows] == ["Tổ 1", "Tổ 2", "Tổ 10", "Tổ 11"]


def test_address_sort_orders_streets_alphabetically(services):
    """Streets starting with Â, Đ, Ô… sort among A, D, O: not after Z as raw UTF-8 would."""
    streets = ["Lê Lợi", "Âu Cơ", "Điện Biên Phủ", "Bùi Viện", "Ông Ích Khiêm", "Trần Hưng Đạo"]
    services.households.save_many(
        [
            household(f"Lê Văn {chr(65 + i)}", house_number="1", street=street, group="Tổ 1")
            for i, street in enumerate(streets)
        ]
    )
    rows = services.households.search(HouseholdFilter(), sort=SortColumn.ADDRESS)
    assert [r.street for r in rows] == [
        "Âu Cơ",
        "Bùi Viện",
        "Điện Biên Phủ",
        "Lê Lợi",
        "Ông Ích Khiêm",
        "Trần Hưng Đạo",
    ]


def test_other_sort_columns(services, register):
    def order(sort, descending=False):
        return services.households.ids(HouseholdFilter(), sort, descending)

    counts = [r.member_count for r in services.households.rows(order(SortColumn.MEMBERS))]
    assert counts == sorted(counts)
    counts = [r.member_count for r in services.households.rows(order(SortColumn.MEMBERS, True))]
    assert counts == sorted(counts, reverse=True)
    phones = [r.phone for r in services.households.rows(order(SortColumn.PHONE))]
    assert phones == sorted(phones)
    statuses = [r.economic_status for r in services.households.rows(order(SortColumn.STATUS))]
    assert statuses == sorted(statuses)
    notes = [r.notes for r in services.households.rows(order(SortColumn.NOTES, True))]
    assert notes == sorted(notes, reverse=True)
    for sort in SortColumn:
        assert sorted(order(sort)) == sorted(register.values())


def test_equal_keys_fall_back_to_id_order(services):
    ids, _ = services.households.save_many([household("Lê Văn An") for _ in range(4)])
    assert services.households.ids(HouseholdFilter()) == ids
    assert services.households.ids(HouseholdFilter(), descending=True) == ids[::-1]


@pytest.mark.parametrize(
    "flt",
    [
        HouseholdFilter(),
        HouseholdFilter(text="nguyen"),
        HouseholdFilter(text="hong thi"),
        HouseholdFilter(group="Tổ 2"),
        HouseholdFilter(text="an", group="Tổ 2"),
        HouseholdFilter(economic_status=EconomicStatus.POOR),
        HouseholdFilter(text="zzz"),
        HouseholdFilter(deleted=True),
    ],
)
def test_ids_rows_count_and_search_agree(services, register, flt):
    ids = services.households.ids(flt)
    assert services.households.count(flt) == len(ids)
    assert [r.id for r in services.households.rows(ids)] == ids
    assert [r.id for r in services.households.search(flt, limit=100)] == ids
    paged = [
        r.id
        for offset in range(0, len(ids) + 2, 2)
        for r in services.households.search(flt, limit=2, offset=offset)
    ]
    assert paged == ids


def test_rows_keep_the_order_asked_and_skip_missing(services, register):
    ids = sorted(register.values(), reverse=True)
    assert [r.id for r in services.households.rows([*ids, 9999])] == ids
    assert services.households.rows([]) == []
