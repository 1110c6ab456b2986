"""Validation returns issue codes with field paths; cleaning makes every text NFC."""

import dataclasses
import datetime as dt
import unicodedata

import pytest

from xhht_desktop.domain.entities import (
    EconomicStatus,
    HouseholdDraft,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.validation import (
    MAX_AGE,
    NAME_MAX,
    NOTES_MAX,
    clean_household,
    clean_person,
    format_phone,
    normalize_phone,
    validate_household,
    validate_person,
)

TODAY = dt.date(2026, 6, 15)


def codes(issues):
    return {(i.field, i.code) for i in issues}


# --- phones --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "0903123456",
        "0903 123 456",
        "0903.123.456",
        "0903-123-456",
        "+84 903 123 456",
        "+84903123456",
        "84903123456",
        "(+84) 903 123 456",
        "903123456",
        " 0903123456 ",
    ],
)
def test_mobile_numbers_normalise_to_ten_digits(raw):
    assert normalize_phone(raw) == "0903123456"


@pytest.mark.parametrize(
    "raw", ["02838221234", "028 3822 1234", "+84 28 3822 1234", "842838221234", "2838221234"]
)
def test_landlines_normalise_to_eleven_digits(raw):
    assert normalize_phone(raw) == "02838221234"


@pytest.mark.parametrize(
    "raw",
    [
        "12345",
        "0123456789",
        "090312345",
        "09031234567",
        "abc",
        "0903abc456",
        "09O3123456",
        "0903123456 hoặc 0913123456",
        "ext 0903123456",
        "+1 212 555 0100",
    ],
)
def test_impossible_phone_numbers_are_refused(raw):
    assert normalize_phone(raw) is None


def test_empty_phone_is_empty_not_invalid():
    assert normalize_phone("") == ""
    assert normalize_phone("   ") == ""


@pytest.mark.parametrize(
    ("digits", "shown"),
    [
        ("0903123456", "0903 123 456"),
        ("02838221234", "028 3822 1234"),
        ("12345", "12345"),
        ("", ""),
    ],
)
def test_format_phone(digits, shown):
    assert format_phone(digits) == shown


# --- persons -------------------------------------------------------------------------------


def test_valid_person_has_no_issues():
    person = PersonDraft("Nguyễn Thị Hồng", birth_date=dt.date(1970, 3, 15), birth_year=1970)
    assert validate_person(person, TODAY) == []


@pytest.mark.parametrize("name", ["Lê Văn Tám", "Hồ Thị Ngọc-Ánh", "Nguyễn Văn A.", "H'Hen Niê"])
def test_names_with_hyphen_apostrophe_initials_pass(name):
    assert validate_person(PersonDraft(name), TODAY) == []


def test_name_is_required():
    assert codes(validate_person(PersonDraft(""), TODAY)) == {("full_name", "name.required")}


@pytest.mark.parametrize("name", ["Nguyễn Văn 2", "Trần 3 An", "Lê_Văn", "Nguyễn @ Bình"])
def test_digits_and_symbols_in_names_are_refused(name):
    assert codes(validate_person(PersonDraft(name), TODAY)) == {
        ("full_name", "name.bad_characters")
    }


def test_too_long_name():
    issues = validate_person(PersonDraft("A" * (NAME_MAX + 1)), TODAY)
    assert codes(issues) == {("full_name", "text.too_long")}
    assert issues[0].params == {"max": NAME_MAX}
    assert validate_person(PersonDraft("A" * NAME_MAX), TODAY) == []


def test_birth_date_in_the_future():
    tomorrow = TODAY + dt.timedelta(days=1)
    assert codes(validate_person(PersonDraft("An", birth_date=tomorrow), TODAY)) == {
        ("birth", "birth.in_future")
    }
    assert validate_person(PersonDraft("An", birth_date=TODAY), TODAY) == []


def test_birth_year_in_the_future():
    assert codes(validate_person(PersonDraft("An", birth_year=TODAY.year + 1), TODAY)) == {
        ("birth", "birth.in_future")
    }
    assert validate_person(PersonDraft("An", birth_year=TODAY.year), TODAY) == []


@pytest.mark.parametrize("field", ["birth_date", "birth_year"])
def test_age_of_120_or_more_is_refused(field):
    too_old = TODAY.year - MAX_AGE
    value = dt.date(too_old, 1, 1) if field == "birth_date" else too_old
    issues = validate_person(PersonDraft("Cụ Bà", **{field: value}), TODAY)
    assert codes(issues) == {("birth", "birth.too_old")}
    assert issues[0].params == {"max": MAX_AGE}
    ok = dt.date(too_old + 1, 1, 1) if field == "birth_date" else too_old + 1
    assert validate_person(PersonDraft("Cụ Bà", **{field: ok}), TODAY) == []


def test_too_old_counts_whole_years_of_age():
    """Born 31/12/1906, on 15/06/2026 a person is 119, not 120: still allowed."""
    almost = dt.date(TODAY.year - MAX_AGE, 12, 31)
    assert validate_person(PersonDraft("Cụ Bà", birth_date=almost), TODAY) == []
    reached = dt.date(TODAY.year - MAX_AGE, TODAY.month, TODAY.day)
    assert codes(validate_person(PersonDraft("Cụ Bà", birth_date=reached), TODAY)) == {
        ("birth", "birth.too_old")
    }


def test_birth_date_wins_over_a_contradicting_birth_year():
    # The full date is what the user typed last; the year is derived from it on cleaning.
    person = clean_person(PersonDraft("An", birth_date=dt.date(1970, 3, 15), birth_year=2030))
    assert person.birth_year == 1970
    assert validate_person(person, TODAY) == []
    uncleaned = PersonDraft("An", birth_date=dt.date(2030, 1, 1), birth_year=1970)
    assert codes(validate_person(uncleaned, TODAY)) == {("birth", "birth.in_future")}


@pytest.mark.parametrize(
    ("field", "limit"), [("school", 200), ("grade", 20), ("occupation", 200), ("notes", 2000)]
)
def test_person_text_limits(field, limit):
    assert validate_person(PersonDraft("An", **{field: "x" * limit}), TODAY) == []
    issues = validate_person(PersonDraft("An", **{field: "x" * (limit + 1)}), TODAY)
    assert codes(issues) == {(field, "text.too_long")}


# --- households ----------------------------------------------------------------------------


def household(*names, **kw):
    members = tuple(PersonDraft(n) for n in names)
    return HouseholdDraft(members=members, **kw)


def test_valid_household_has_no_issues():
    draft = household("Nguyễn Văn Nam", "Trần Thị Lan", phone="0903123456", group="Tổ 3")
    assert validate_household(draft, TODAY) == []


def test_household_without_members():
    assert codes(validate_household(household(), TODAY)) == {("members", "household.no_members")}


@pytest.mark.parametrize("head_index", [-1, 2, 10])
def test_head_index_must_point_at_a_member(head_index):
    draft = household("Nguyễn Văn Nam", "Trần Thị Lan", head_index=head_index)
    assert codes(validate_household(draft, TODAY)) == {("members", "household.no_head")}


def test_a_second_member_claiming_head_is_refused():
    members = (
        PersonDraft("Nguyễn Văn Nam", relation=Relation.HEAD),
        PersonDraft("Trần Thị Lan", relation=Relation.SPOUSE),
        PersonDraft("Nguyễn Văn Bình", relation=Relation.HEAD),
    )
    issues = validate_household(HouseholdDraft(members=members, head_index=0), TODAY)
    assert codes(issues) == {("members.2.relation", "relation.second_head")}


def test_head_relation_on_the_head_itself_is_fine():
    members = (
        PersonDraft("Trần Thị Lan", relation=Relation.SPOUSE),
        PersonDraft("Nguyễn Văn Nam", relation=Relation.HEAD),
    )
    assert validate_household(HouseholdDraft(members=members, head_index=1), TODAY) == []


def test_invalid_household_phone():
    assert codes(validate_household(household("An", phone="12345"), TODAY)) == {
        ("phone", "phone.invalid")
    }


@pytest.mark.parametrize(
    ("field", "limit"),
    [("house_number", 30), ("street", 200), ("group", 50), ("hamlet", 200), ("notes", NOTES_MAX)],
)
def test_household_text_limits(field, limit):
    assert validate_household(household("An", **{field: "x" * limit}), TODAY) == []
    issues = validate_household(household("An", **{field: "x" * (limit + 1)}), TODAY)
    assert codes(issues) == {(field, "text.too_long")}
    assert issues[0].params == {"max": limit}


def test_member_issues_carry_their_index_in_the_field_path():
    draft = household("Nguyễn Văn Nam", "", "Lê 2", "Trần Thị Lan")
    assert codes(validate_household(draft, TODAY)) == {
        ("members.1.full_name", "name.required"),
        ("members.2.full_name", "name.bad_characters"),
    }


def test_every_issue_is_reported_at_once():
    draft = household("", phone="abc", street="x" * 201)
    assert codes(validate_household(draft, TODAY)) == {
        ("members.0.full_name", "name.required"),
        ("phone", "phone.invalid"),
        ("street", "text.too_long"),
    }


# --- cleaning ------------------------------------------------------------------------------


def nfd(text):
    return unicodedata.normalize("NFD", text)


def test_clean_household_makes_every_text_nfc():
    person = PersonDraft(
        nfd("  Nguyễn  Thị Hồng "),
        studying=True,
        school=nfd("Trường THCS Văn Lang"),
        grade=nfd("Lớp 7"),
        occupation=nfd("Học sinh"),
        notes=nfd("Giỏi toán  \nVẽ đẹp"),
    )
    draft = HouseholdDraft(
        members=(person,),
        house_number=nfd("12/3 Bis"),
        street=nfd("Lê Thánh Tôn"),
        group=nfd("Tổ 3"),
        hamlet=nfd("Khu phố Bến Thành"),
        phone="0903 123 456",
        economic_status=EconomicStatus.NEAR_POOR,
        notes=nfd("Gia đình  hiếu học  \r\nKhá"),
    )
    cleaned = clean_household(draft)

    def texts(obj):
        return [v for v in dataclasses.asdict(obj).values() if isinstance(v, str)]

    for value in texts(cleaned) + texts(cleaned.members[0]):
        assert unicodedata.is_normalized("NFC", value), value
    assert cleaned.members[0].full_name == "Nguyễn Thị Hồng"
    assert cleaned.members[0].school == "Trường THCS Văn Lang"
    assert cleaned.members[0].notes == "Giỏi toán\nVẽ đẹp"
    assert cleaned.street == "Lê Thánh Tôn"
    assert cleaned.hamlet == "Khu phố Bến Thành"
    assert cleaned.notes == "Gia đình  hiếu học\nKhá"
    assert cleaned.phone == "0903123456"
    assert cleaned.economic_status is EconomicStatus.NEAR_POOR


def test_clean_keeps_an_unusable_phone_for_validation_to_report():
    cleaned = clean_household(household("An", phone=" 12 345 "))
    assert cleaned.phone == "12 345"
    assert codes(validate_household(cleaned, TODAY)) == {("phone", "phone.invalid")}


def test_clean_drops_school_and_grade_of_someone_not_studying():
    person = clean_person(PersonDraft("An", studying=False, school="Trường A", grade="5"))
    assert (person.school, person.grade) == ("", "")
    person = clean_person(PersonDraft("An", studying=True, school="Trường A", grade="5"))
    assert (person.school, person.grade) == ("Trường A", "5")
