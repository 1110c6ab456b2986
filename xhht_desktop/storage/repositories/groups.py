"""Local units and clans. Functions take a Session and never commit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.entities import (
    ClanBranch,
    ClanDraft,
    ClanRow,
    LocalUnitDraft,
    LocalUnitRow,
    UnitKind,
)
from xhht_desktop.domain.text import fold, search_terms
from xhht_desktop.errors import NotFound
from xhht_desktop.storage.orm import (
    ClanBranchRecord,
    ClanHouseholdRecord,
    ClanRecord,
    HouseholdRecord,
    LocalUnitRecord,
)
from xhht_desktop.storage.repositories.membership import sync_links

U = LocalUnitRecord
C = ClanRecord
B = ClanBranchRecord
M = ClanHouseholdRecord


def _living(s: Session, model: type, record_id: int, kind: str):  # noqa: ANN202
    record = s.get(model, record_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(kind=kind, id=record_id)
    return record


def set_deleted(
    s: Session, model: type, record_id: int, when: dt.datetime | None, now: dt.datetime
) -> None:
    """Trash (`when` set) or restore (`when` None) a unit or a clan."""
    record = s.get(model, record_id)
    if record is None or (record.deleted_at is None) == (when is None):
        raise NotFound(kind=model.__tablename__, id=record_id)
    record.deleted_at, record.updated_at = when, now


# --- local units ---------------------------------------------------------------------------


def unit_rows(s: Session, text: str = "", deleted: bool = False) -> list[LocalUnitRow]:
    stmt = select(
        U.id, U.name, U.kind, U.head_name, U.staff_count, U.address, U.phone, U.deleted_at
    ).where(U.deleted_at.is_not(None) if deleted else U.deleted_at.is_(None))
    for term in search_terms(text):
        stmt = stmt.where(U.name_key.contains(term, autoescape=True))
    rows = s.execute(stmt.order_by(U.name_key, U.id))
    return [LocalUnitRow(r[0], r[1], UnitKind(r[2]), *r[3:]) for r in rows]


def get_unit(s: Session, unit_id: int) -> LocalUnitDraft:
    u = _living(s, U, unit_id, "local_unit")
    return LocalUnitDraft(
        name=u.name,
        kind=UnitKind(u.kind),
        head_name=u.head_name,
        staff_count=u.staff_count,
        address=u.address,
        phone=u.phone,
        notes=u.notes,
        id=u.id,
    )


def save_unit(s: Session, draft: LocalUnitDraft, origin_unit: str, now: dt.datetime) -> int:
    if draft.id is None:
        record = U(origin_unit=origin_unit, created_at=now, updated_at=now)
        s.add(record)
    else:
        record = _living(s, U, draft.id, "local_unit")
        record.updated_at = now
    record.name, record.name_key = draft.name, fold(draft.name)
    record.kind = draft.kind.value
    record.head_name, record.staff_count = draft.head_name, draft.staff_count
    record.address, record.phone, record.notes = draft.address, draft.phone, draft.notes
    s.flush()
    return record.id


# --- clans ---------------------------------------------------------------------------------


def clan_rows(s: Session, text: str = "", deleted: bool = False) -> list[ClanRow]:
    branches = (
        select(func.count())
        .select_from(B)
        .where(B.clan_id == C.id, B.deleted_at.is_(None))
        .scalar_subquery()
    )
    members = (
        select(func.count())
        .select_from(M)
        .join(HouseholdRecord, HouseholdRecord.id == M.household_id)
        .where(M.clan_id == C.id, M.deleted_at.is_(None), HouseholdRecord.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = select(
        C.id,
        C.name,
        C.head_name,
        C.board_head,
        branches,
        members,
        C.households_elsewhere,
        C.deleted_at,
    ).where(C.deleted_at.is_not(None) if deleted else C.deleted_at.is_(None))
    for term in search_terms(text):
        stmt = stmt.where(C.name_key.contains(term, autoescape=True))
    return [ClanRow(*r) for r in s.execute(stmt.order_by(C.name_key, C.id))]


def get_clan(s: Session, clan_id: int) -> ClanDraft:
    c = _living(s, C, clan_id, "clan")
    records = list(
        s.scalars(
            select(B).where(B.clan_id == clan_id, B.deleted_at.is_(None)).order_by(B.position, B.id)
        )
    )
    index = {b.id: i for i, b in enumerate(records)}
    branches = tuple(ClanBranch(b.name, b.head_name, index.get(b.parent_id), b.id) for b in records)
    households = frozenset(
        s.scalars(select(M.household_id).where(M.clan_id == clan_id, M.deleted_at.is_(None)))
    )
    return ClanDraft(
        name=c.name,
        head_name=c.head_name,
        board_head=c.board_head,
        fund_notes=c.fund_notes,
        notes=c.notes,
        branches=branches,
        household_ids=households,
        households_elsewhere=c.households_elsewhere,
        id=c.id,
    )


def save_clan(s: Session, draft: ClanDraft, origin_unit: str, now: dt.datetime) -> int:
    """Insert or update a validated clan with its tree and member households.

    Branches and memberships no longer in the draft are tombstoned, never erased.
    """
    if draft.id is None:
        record = C(origin_unit=origin_unit, created_at=now, updated_at=now)
        s.add(record)
    else:
        record = _living(s, C, draft.id, "clan")
        record.updated_at = now
    record.name, record.name_key = draft.name, fold(draft.name)
    record.head_name, record.board_head = draft.head_name, draft.board_head
    record.fund_notes, record.notes = draft.fund_notes, draft.notes
    record.households_elsewhere = draft.households_elsewhere
    s.flush()
    _save_branches(s, record.id, draft.branches, origin_unit, now)
    sync_links(
        s,
        M,
        M.clan_id,
        record.id,
        M.household_id,
        draft.household_ids,
        origin_unit,
        now,
        HouseholdRecord,
    )
    return record.id


def _save_branches(
    s: Session, clan_id: int, branches: tuple[ClanBranch, ...], origin_unit: str, now: dt.datetime
) -> None:
    existing = {
        b.id: b for b in s.scalars(select(B).where(B.clan_id == clan_id, B.deleted_at.is_(None)))
    }
    saved: list[ClanBranchRecord] = []
    for position, branch in enumerate(branches):  # parents come first (validated)
        if branch.id is None:
            record = B(clan_id=clan_id, origin_unit=origin_unit, created_at=now)
            s.add(record)
        elif branch.id in existing:
            record = existing.pop(branch.id)
        else:
            raise NotFound(kind="clan_branch", id=branch.id)
        record.name, record.head_name, record.position = branch.name, branch.head_name, position
        record.parent_id = saved[branch.parent].id if branch.parent is not None else None
        record.updated_at = now
        s.flush()
        saved.append(record)
    for gone in existing.values():
        gone.deleted_at, gone.updated_at = now, now
