"""Household and person rows. Functions take a Session and never commit (services do)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import Select, bindparam, func, select, text
from sqlalchemy.orm import Session

from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    Household,
    HouseholdDraft,
    HouseholdFilter,
    HouseholdRow,
    Literacy,
    PersonDraft,
    Relation,
    SortColumn,
)
from xhht_desktop.domain.search import address_sort_key, name_sort_key, search_document
from xhht_desktop.domain.text import fold, search_terms
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.storage.orm import FTS_TABLE, HouseholdRecord, PersonRecord

H = HouseholdRecord
P = PersonRecord


_ORDER = {
    SortColumn.HEAD: (H.sort_key,),
    SortColumn.ADDRESS: (H.address_key,),
    SortColumn.MEMBERS: (H.member_count,),
    SortColumn.PHONE: (H.phone,),
    SortColumn.STATUS: (H.economic_status,),
    SortColumn.NOTES: (H.notes,),
}


# --- reading -------------------------------------------------------------------------------


def _filtered(stmt: Select, flt: HouseholdFilter, fts: str | None = None) -> Select:
    """`flt` applied to `stmt`; `fts` replaces the text search by another index query."""
    stmt = stmt.where(H.deleted_at.is_not(None) if flt.deleted else H.deleted_at.is_(None))
    if flt.group is not None:
        stmt = stmt.where(H.group == flt.group)
    if flt.economic_status is not None:
        stmt = stmt.where(H.economic_status == flt.economic_status.value)
    terms = search_terms(flt.text)
    if fts is None and terms:
        fts = " AND ".join(_fts_prefix(t) for t in terms)
    return stmt.where(H.id.in_(_fts_ids(fts))) if fts else stmt


def _fts_prefix(term: str) -> str:
    """A word as typed so far: "hon" matches words starting with it ("hong")."""
    return '"' + term.replace('"', '""') + '"*'


def _fts_ids(query: str) -> Select:
    match = text(f"{FTS_TABLE} MATCH :fts").bindparams(bindparam("fts", query, unique=True))
    return select(text("rowid")).select_from(text(FTS_TABLE)).where(match)


def _ordered(stmt: Select, sort: SortColumn, descending: bool) -> Select:
    columns = [c.desc() if descending else c.asc() for c in _ORDER[sort]]
    return stmt.order_by(*columns, H.id.desc() if descending else H.id.asc())


def _matches(
    s: Session,
    columns: tuple,
    flt: HouseholdFilter,
    sort: SortColumn,
    descending: bool,
    limit: int | None,
) -> list:
    """Rows of `columns` (the first being the id) for `flt`, in display order.

    In the default order, households where the words stand together ("nguyen thi hong")
    come before those that merely hold each word somewhere. Both are index look-ups.
    """
    terms = search_terms(flt.text)
    stmt = _ordered(_filtered(select(*columns), flt), sort, descending)
    if len(terms) < 2 or sort is not SortColumn.HEAD or descending:
        return list(s.execute(stmt.limit(limit)))
    phrase = " + ".join(_fts_prefix(t)[:-1] for t in terms) + "*"
    together = _ordered(_filtered(select(*columns), flt, phrase), sort, descending)
    first = list(s.execute(together.limit(limit)))
    if limit is not None and len(first) >= limit:
        return first
    if limit is None:
        rest = stmt.where(H.id.not_in(_fts_ids(phrase)))
    else:
        rest = stmt.where(H.id.not_in([row[0] for row in first])).limit(limit - len(first))
    return first + list(s.execute(rest))


def household_ids(
    s: Session,
    flt: HouseholdFilter,
    sort: SortColumn = SortColumn.HEAD,
    descending: bool = False,
    limit: int | None = None,
) -> list[int]:
    """Every matching id in display order: the table model keeps ids and fetches rows lazily."""
    return [row[0] for row in _matches(s, (H.id,), flt, sort, descending, limit)]


_ROW_COLUMNS = (
    H.id,
    H.head_name,
    H.house_number,
    H.street,
    H.group,
    H.hamlet,
    H.member_count,
    H.phone,
    H.economic_status,
    H.notes,
    H.deleted_at,
)


def _row(values: Sequence[object]) -> HouseholdRow:
    row = HouseholdRow(*values)  # type: ignore[arg-type]
    return replace(row, economic_status=EconomicStatus(row.economic_status))


def household_rows(s: Session, ids: Sequence[int]) -> list[HouseholdRow]:
    """Rows for `ids`, in the order of `ids` (missing ids are skipped)."""
    found = {r[0]: _row(r) for r in s.execute(select(*_ROW_COLUMNS).where(H.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def search_page(
    s: Session,
    flt: HouseholdFilter,
    limit: int,
    offset: int = 0,
    sort: SortColumn = SortColumn.HEAD,
    descending: bool = False,
) -> list[HouseholdRow]:
    """One page of rows in display order (the first page of a search, for pickers)."""
    rows = _matches(s, _ROW_COLUMNS, flt, sort, descending, offset + limit)
    return [_row(r) for r in rows[offset:]]


def count_households(s: Session, flt: HouseholdFilter) -> int:
    return s.scalar(_filtered(select(func.count()).select_from(H), flt)) or 0


def groups_in_use(s: Session) -> list[str]:
    stmt = select(H.group).where(H.deleted_at.is_(None), H.group != "").distinct()
    return list(s.scalars(stmt))


def get_household(s: Session, household_id: int) -> Household:
    record = s.get(H, household_id)
    if record is None:
        raise NotFound(kind="household", id=household_id)
    people = _living_members(s, household_id)
    head_index = next((i for i, p in enumerate(people) if p.id == record.head_id), 0)
    draft = HouseholdDraft(
        members=tuple(_person_draft(p) for p in people),
        head_index=head_index,
        house_number=record.house_number,
        street=record.street,
        group=record.group,
        hamlet=record.hamlet,
        phone=record.phone,
        economic_status=EconomicStatus(record.economic_status),
        notes=record.notes,
        id=record.id,
    )
    return Household(draft, record.uuid, record.origin_unit, record.created_at, record.updated_at)


def _living_members(s: Session, household_id: int) -> list[PersonRecord]:
    stmt = (
        select(P)
        .where(P.household_id == household_id, P.deleted_at.is_(None))
        .order_by(P.position, P.id)
    )
    return list(s.scalars(stmt))


def _person_draft(p: PersonRecord) -> PersonDraft:
    return PersonDraft(
        full_name=p.full_name,
        gender=Gender(p.gender),
        birth_date=p.birth_date,
        birth_year=p.birth_year,
        relation=Relation(p.relation),
        education=Education(p.education),
        literacy=Literacy(p.literacy),
        studying=p.studying,
        school=p.school,
        grade=p.grade,
        occupation=p.occupation,
        is_member=p.is_member,
        notes=p.notes,
        id=p.id,
    )


# --- writing -------------------------------------------------------------------------------


def _apply_person(record: PersonRecord, person: PersonDraft) -> None:
    record.full_name = person.full_name
    record.name_key = fold(person.full_name)
    record.gender = person.gender.value
    record.birth_date = person.birth_date
    record.birth_year = person.birth_year
    record.relation = person.relation.value
    record.education = person.education.value
    record.literacy = person.literacy.value
    record.studying = person.studying
    record.school = person.school
    record.grade = person.grade
    record.occupation = person.occupation
    record.is_member = person.is_member
    record.notes = person.notes


def _apply_household(record: HouseholdRecord, draft: HouseholdDraft) -> None:
    record.house_number = draft.house_number
    record.street = draft.street
    record.group = draft.group
    record.hamlet = draft.hamlet
    record.phone = draft.phone
    record.economic_status = draft.economic_status.value
    record.notes = draft.notes


def save_household(s: Session, draft: HouseholdDraft, origin_unit: str, now: dt.datetime) -> int:
    """Insert or update a validated household and its members; return its id.

    Members missing from `draft` that the household had are tombstoned (they go to the trash).
    The derived columns come from the draft itself, so the search index is written once.
    """
    if draft.id is None:
        record = H(origin_unit=origin_unit, created_at=now, updated_at=now)
        existing: dict[int, PersonRecord] = {}
    else:
        record = _living_household(s, draft.id)
        record.updated_at = now
        existing = {p.id: p for p in _living_members(s, record.id)}
    _apply_household(record, draft)
    head = draft.members[draft.head_index]
    _derive(
        record,
        head.full_name,
        [m.full_name for m in draft.members if m is not head],
        len(draft.members),
    )
    if draft.id is None:
        s.add(record)
        s.flush()
    kept: list[PersonRecord] = []
    for position, person in enumerate(draft.members):
        if person.id is None:
            precord = P(
                household_id=record.id, origin_unit=origin_unit, created_at=now, updated_at=now
            )
            s.add(precord)
        elif person.id in existing:
            precord = existing.pop(person.id)
            precord.updated_at = now
        else:
            raise NotFound(kind="person", id=person.id)
        _apply_person(precord, person)
        precord.position = position
        kept.append(precord)
    for gone in existing.values():
        gone.deleted_at = now
        gone.updated_at = now
    s.flush()
    record.head_id = kept[draft.head_index].id
    return record.id


def _living_household(s: Session, household_id: int) -> HouseholdRecord:
    record = s.get(H, household_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(kind="household", id=household_id)
    return record


def refresh_derived(s: Session, record: HouseholdRecord) -> None:
    """Recompute the derived columns from the members as stored (after a move or restore)."""
    people = _living_members(s, record.id)
    head = next((p for p in people if p.id == record.head_id), None)
    others = [p.full_name for p in people if p is not head]
    _derive(record, head.full_name if head else "", others, len(people))


def _derive(record: HouseholdRecord, head_name: str, others: list[str], count: int) -> None:
    """The head's name, member count, sort and search keys, kept in step with the members."""
    record.head_name = head_name
    record.member_count = count
    record.sort_key = name_sort_key(head_name)
    record.address_key = address_sort_key(
        record.hamlet, record.group, record.street, record.house_number
    )
    record.search_key = search_document(
        [head_name, *others, record.house_number, record.street, record.group, record.hamlet],
        record.phone,
    )


def set_household_deleted(
    s: Session, household_id: int, when: dt.datetime | None, now: dt.datetime
) -> None:
    """Move a household and its members to the trash (`when` set) or back (`when` None)."""
    record = s.get(H, household_id)
    if record is None or (record.deleted_at is None) == (when is None):
        raise NotFound(kind="household", id=household_id)
    stamp = record.deleted_at
    record.deleted_at = when
    record.updated_at = now
    # Members deleted together with the household come back with it, and no others. Row by
    # row (a household has a handful), so each member's change reaches the audit trail.
    members = s.scalars(
        select(P).where(
            P.household_id == household_id,
            P.deleted_at.is_(None) if when else P.deleted_at == stamp,
        )
    )
    for member in members:
        member.deleted_at, member.updated_at = when, now


def restore_person(s: Session, person_id: int, now: dt.datetime) -> int:
    """Bring a member back from the trash into its household; return the household id."""
    person = s.get(P, person_id)
    if person is None or person.deleted_at is None:
        raise NotFound(kind="person", id=person_id)
    household = _living_household(s, person.household_id)
    person.deleted_at = None
    person.updated_at = now
    person.position = household.member_count
    household.updated_at = now
    s.flush()
    refresh_derived(s, household)
    return household.id


def move_person(s: Session, person_id: int, target_id: int, now: dt.datetime) -> tuple[int, int]:
    """Move a member (not the head) to another living household; return (from, to) ids."""
    person = s.get(P, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(kind="person", id=person_id)
    source = _living_household(s, person.household_id)
    target = _living_household(s, target_id)
    if source.head_id == person.id:
        raise UserError("household.move_head")
    if source.id == target.id:
        raise UserError("household.move_same")
    person.household_id = target.id
    person.position = target.member_count
    person.updated_at = now
    source.updated_at = target.updated_at = now
    s.flush()
    refresh_derived(s, source)
    refresh_derived(s, target)
    return source.id, target.id


def trashed_people(s: Session) -> list[tuple[int, str, int, str, dt.datetime]]:
    """Members removed from living households: (person id, name, household id, head, when)."""
    stmt = (
        select(P.id, P.full_name, H.id, H.head_name, P.deleted_at)
        .join(H, P.household_id == H.id)
        .where(P.deleted_at.is_not(None), H.deleted_at.is_(None))
        .order_by(P.deleted_at.desc())
    )
    return [tuple(r) for r in s.execute(stmt)]  # type: ignore[misc]


def person_household(s: Session, person_id: int) -> int:
    household_id = s.scalar(select(P.household_id).where(P.id == person_id))
    if household_id is None:
        raise NotFound(kind="person", id=person_id)
    return household_id


def all_household_ids(s: Session) -> Iterable[int]:
    return s.scalars(select(H.id).where(H.deleted_at.is_(None)))
