"""Households as JSON objects for the command line (and, later, packages)."""

from __future__ import annotations

import dataclasses
from enum import StrEnum
from typing import Any

from xhht_desktop.domain.dates import format_date, parse_birth
from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    HouseholdRow,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.errors import BadInput

_HOUSEHOLD_TEXT = ("house_number", "street", "group", "hamlet", "phone", "notes")
_PERSON_TEXT = ("full_name", "school", "grade", "occupation", "notes")
_PERSON_ENUMS: dict[str, type[StrEnum]] = {
    "gender": Gender,
    "relation": Relation,
    "education": Education,
    "literacy": Literacy,
}


def draft_from_json(obj: Any, index: int, keep_ids: bool = False) -> HouseholdDraft:
    """Build a draft from a JSON object; BadInput names the household and field at fault.

    Ids are read only with `keep_ids` (the editor's own drafts): a file from elsewhere always
    adds new households and can never overwrite one.
    """

    def bad(field: str, value: object) -> BadInput:
        return BadInput("input.bad_field", index=index, field=field, value=repr(value))

    if not isinstance(obj, dict):
        raise bad("(household)", obj)
    members_raw = obj.get("members")
    if not isinstance(members_raw, list):
        raise bad("members", members_raw)
    members = tuple(_person(m, f"members.{i}", bad, keep_ids) for i, m in enumerate(members_raw))
    values: dict[str, Any] = {}
    for name in _HOUSEHOLD_TEXT:
        value = obj.get(name, "")
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise bad(name, value)
        values[name] = str(value)
    try:
        status = EconomicStatus(obj.get("economic_status", EconomicStatus.NONE.value))
    except ValueError:
        raise bad("economic_status", obj.get("economic_status")) from None
    head_index = obj.get("head_index", 0)
    if not isinstance(head_index, int) or isinstance(head_index, bool):
        raise bad("head_index", head_index)
    return HouseholdDraft(
        members=members,
        head_index=head_index,
        economic_status=status,
        id=_optional_id(obj, "id", bad) if keep_ids else None,
        **values,
    )


def _optional_id(obj: dict, name: str, bad: Any) -> int | None:
    """Ids only travel in the editor's own drafts; files from elsewhere have none."""
    value = obj.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise bad(name, value)
    return value


def _person(obj: Any, where: str, bad: Any, keep_ids: bool) -> PersonDraft:
    if not isinstance(obj, dict):
        raise bad(where, obj)
    values: dict[str, Any] = {}
    for name in _PERSON_TEXT:
        value = obj.get(name, "")
        if not isinstance(value, str):
            raise bad(f"{where}.{name}", value)
        values[name] = value
    for name, enum in _PERSON_ENUMS.items():
        if name in obj:
            try:
                values[name] = enum(obj[name])
            except ValueError:
                raise bad(f"{where}.{name}", obj[name]) from None
    for name in ("studying", "is_member"):
        if name in obj:
            if not isinstance(obj[name], bool):
                raise bad(f"{where}.{name}", obj[name])
            values[name] = obj[name]
    birth = obj.get("birth_date") or obj.get("birth_year") or ""
    try:
        values["birth_date"], values["birth_year"] = parse_birth(str(birth))
    except ValueError:
        raise bad(f"{where}.birth_date", birth) from None
    return PersonDraft(id=_optional_id(obj, "id", bad) if keep_ids else None, **values)


def row_to_json(row: HouseholdRow) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    data["address"] = row.address
    data["economic_status"] = row.economic_status.value
    data["deleted_at"] = row.deleted_at.isoformat() if row.deleted_at else None
    return data


def draft_to_json(draft: HouseholdDraft) -> dict[str, Any]:
    data = dataclasses.asdict(draft)
    for member, person in zip(data["members"], draft.members, strict=True):
        member["birth_date"] = format_date(person.birth_date)
    return data
