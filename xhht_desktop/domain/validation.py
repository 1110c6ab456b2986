"""Validation of what users type. Returns issues as codes with parameters; the UI words them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from xhht_desktop.domain.entities import HouseholdDraft, PersonDraft, Relation
from xhht_desktop.domain.text import digits_only, nfc, nfc_multiline

MAX_AGE = 120
NAME_MAX = 100
TEXT_MAX = 200
NOTES_MAX = 2000

# Mobile numbers: 10 digits, 03/05/07/08/09; landlines since 2017: 11 digits starting 02.
_MOBILE = re.compile(r"0[35789]\d{8}")
_LANDLINE = re.compile(r"02\d{9}")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[ '\-.][^\W\d_]+)*\.?")


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem with one field. `field` is a path: "phone", "members.2.full_name"."""

    field: str
    code: str
    params: dict[str, object] = field(default_factory=dict)


def normalize_phone(raw: str) -> str | None:
    """Return the phone as Vietnamese digits ('0903123456') or None if it cannot be one.

    Accepts spaces, dots, dashes, +84/84 prefixes, and numbers that lost their leading 0 in a
    spreadsheet (903123456 -> 0903123456).
    """
    text = nfc(raw)
    if not text:
        return ""
    if re.search(r"[^\d\s.\-+()]", text):
        return None
    digits = digits_only(text)
    if text.startswith("+84") or (digits.startswith("84") and len(digits) in (11, 12, 13)):
        digits = digits[2:]
        digits = digits if digits.startswith("0") else "0" + digits  # "+84 0903…" too
    elif len(digits) in (9, 10) and not digits.startswith("0"):
        digits = "0" + digits
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    return None


def format_phone(digits: str) -> str:
    """'0903123456' -> '0903 123 456'; '02839123456' -> '028 3912 3456'."""
    if len(digits) == 10:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if len(digits) == 11:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits


def clean_household(draft: HouseholdDraft) -> HouseholdDraft:
    """NFC and trim every text; phones normalised where they can be. Does not validate."""
    phone = normalize_phone(draft.phone)
    return replace(
        draft,
        members=tuple(clean_person(m) for m in draft.members),
        house_number=nfc(draft.house_number),
        street=nfc(draft.street),
        group=nfc(draft.group),
        hamlet=nfc(draft.hamlet),
        phone=phone if phone is not None else nfc(draft.phone),
        notes=nfc_multiline(draft.notes),
    )


def clean_person(person: PersonDraft) -> PersonDraft:
    birth_year = person.birth_date.year if person.birth_date else person.birth_year
    return replace(
        person,
        full_name=nfc(person.full_name),
        birth_year=birth_year,
        school=nfc(person.school) if person.studying else "",
        grade=nfc(person.grade) if person.studying else "",
        occupation=nfc(person.occupation),
        notes=nfc_multiline(person.notes),
    )


def validate_household(draft: HouseholdDraft, today: dt.date) -> list[Issue]:
    """All issues of a cleaned household draft; an empty list means it may be saved."""
    issues: list[Issue] = []
    if not draft.members:
        issues.append(Issue("members", "household.no_members"))
    elif not 0 <= draft.head_index < len(draft.members):
        issues.append(Issue("members", "household.no_head"))
    if draft.phone and normalize_phone(draft.phone) is None:
        issues.append(Issue("phone", "phone.invalid"))
    for name, limit in (
        ("house_number", 30),
        ("street", TEXT_MAX),
        ("group", 50),
        ("hamlet", TEXT_MAX),
    ):
        issues += _too_long(name, getattr(draft, name), limit)
    issues += _too_long("notes", draft.notes, NOTES_MAX)
    for index, person in enumerate(draft.members):
        issues += [
            replace(issue, field=f"members.{index}.{issue.field}")
            for issue in validate_person(person, today)
        ]
    return issues + validate_relations(draft)


def validate_person(person: PersonDraft, today: dt.date) -> list[Issue]:
    issues: list[Issue] = []
    name = person.full_name
    if not name:
        issues.append(Issue("full_name", "name.required"))
    elif len(name) > NAME_MAX:
        issues.append(Issue("full_name", "text.too_long", {"max": NAME_MAX}))
    elif not _NAME_CHARS.fullmatch(name):
        issues.append(Issue("full_name", "name.bad_characters"))
    if person.birth_date is not None:
        if person.birth_date > today:
            issues.append(Issue("birth", "birth.in_future"))
        elif age_on(person.birth_date, today) >= MAX_AGE:
            issues.append(Issue("birth", "birth.too_old", {"max": MAX_AGE}))
    elif person.birth_year is not None:
        if person.birth_year > today.year:
            issues.append(Issue("birth", "birth.in_future"))
        elif today.year - person.birth_year >= MAX_AGE:
            issues.append(Issue("birth", "birth.too_old", {"max": MAX_AGE}))
    for name_, limit in (("school", TEXT_MAX), ("grade", 20), ("occupation", TEXT_MAX)):
        issues += _too_long(name_, getattr(person, name_), limit)
    issues += _too_long("notes", person.notes, NOTES_MAX)
    return issues


def validate_relations(draft: HouseholdDraft) -> list[Issue]:
    """The head is the one member whose relation is 'head'; nobody else claims it."""
    return [
        Issue(f"members.{i}.relation", "relation.second_head")
        for i, person in enumerate(draft.members)
        if person.relation is Relation.HEAD and i != draft.head_index
    ]


def age_on(birth: dt.date, today: dt.date) -> int:
    """Whole years of age on `today`."""
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _too_long(name: str, value: str, limit: int) -> list[Issue]:
    return [Issue(name, "text.too_long", {"max": limit})] if len(value) > limit else []
