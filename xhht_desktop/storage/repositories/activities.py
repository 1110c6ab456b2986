"""Learning activities, their types and attendance. Functions take a Session, never commit."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.entities import (
    ActivityDraft,
    ActivityFilter,
    ActivityRow,
    ActivityType,
    Participation,
    PersonPick,
)
from xhht_desktop.domain.text import fold, search_terms
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.storage.orm import (
    ActivityRecord,
    ActivityTypeRecord,
    AttendanceRecord,
    HouseholdRecord,
    LocalUnitRecord,
    PersonRecord,
)
from xhht_desktop.storage.repositories.membership import sync_links

A = ActivityRecord
T = ActivityTypeRecord
N = AttendanceRecord
H = HouseholdRecord
P = PersonRecord


# --- types ---------------------------------------------------------------------------------


def activity_types(s: Session, include_retired: bool = False) -> list[ActivityType]:
    stmt = select(T).order_by(T.position, T.id)
    if not include_retired:
        stmt = stmt.where(T.retired.is_(False))
    return [ActivityType(t.id, t.name, t.retired) for t in s.scalars(stmt)]


def save_activity_type(s: Session, kind: ActivityType) -> int:
    others = s.scalars(select(T.name).where(T.id != kind.id) if kind.id else select(T.name))
    if any(fold(name) == fold(kind.name) for name in others):  # "Hội thi" = "hoi thi"
        raise UserError("activity.type_exists", name=kind.name)
    if kind.id is None:
        position = (s.scalar(select(func.max(T.position))) or 0) + 1
        record = T(name=kind.name, retired=kind.retired, position=position)
        s.add(record)
        s.flush()
        return record.id
    record = s.get(T, kind.id)
    if record is None:
        raise NotFound(kind="activity_type", id=kind.id)
    record.name, record.retired = kind.name, kind.retired
    return record.id


# --- activities ----------------------------------------------------------------------------


def _attendee_count():  # noqa: ANN202 - a correlated SQL expression
    return (
        select(func.count())
        .select_from(N)
        .where(N.activity_id == A.id, N.deleted_at.is_(None))
        .scalar_subquery()
    )


def activity_rows(s: Session, flt: ActivityFilter) -> list[ActivityRow]:
    stmt = (
        select(
            A.id,
            A.start_date,
            A.end_date,
            T.name,
            A.title,
            A.place,
            _attendee_count(),
            A.outside_attendees,
            A.deleted_at,
            func.coalesce(LocalUnitRecord.name, ""),
        )
        .join(T, T.id == A.type_id)
        .outerjoin(LocalUnitRecord, LocalUnitRecord.id == A.unit_id)
        .where(A.deleted_at.is_not(None) if flt.deleted else A.deleted_at.is_(None))
    )
    if flt.year is not None:
        stmt = stmt.where(
            A.start_date >= dt.date(flt.year, 1, 1), A.start_date <= dt.date(flt.year, 12, 31)
        )
    if flt.type_id is not None:
        stmt = stmt.where(A.type_id == flt.type_id)
    for term in search_terms(flt.text):
        stmt = stmt.where(A.title_key.contains(term, autoescape=True))
    stmt = stmt.order_by(A.start_date.desc(), A.id.desc())
    return [ActivityRow(*row) for row in s.execute(stmt)]


def activity_years(s: Session) -> list[int]:
    years = s.scalars(
        select(func.distinct(func.strftime("%Y", A.start_date))).where(A.deleted_at.is_(None))
    )
    return sorted((int(y) for y in years if y), reverse=True)


def get_activity(s: Session, activity_id: int) -> ActivityDraft:
    record = s.get(A, activity_id)
    if record is None:
        raise NotFound(kind="activity", id=activity_id)
    attendees = frozenset(
        s.scalars(select(N.person_id).where(N.activity_id == activity_id, N.deleted_at.is_(None)))
    )
    return ActivityDraft(
        type_id=record.type_id,
        title=record.title,
        start_date=record.start_date,
        end_date=record.end_date,
        place=record.place,
        organiser=record.organiser,
        notes=record.notes,
        outside_attendees=record.outside_attendees,
        attendee_ids=attendees,
        id=record.id,
        unit_id=record.unit_id,
    )


def save_activity(s: Session, draft: ActivityDraft, origin_unit: str, now: dt.datetime) -> int:
    """Insert or update a validated activity; attendance follows `draft.attendee_ids`.

    Attendance removed is tombstoned, and comes back (same row) if ticked again.
    """
    if s.get(T, draft.type_id) is None:
        raise NotFound(kind="activity_type", id=draft.type_id)
    # A unit moved to the trash may stay on its past activities; one that never was may not.
    if draft.unit_id is not None and s.get(LocalUnitRecord, draft.unit_id) is None:
        raise NotFound(kind="unit", id=draft.unit_id)
    if draft.id is None:
        record = A(origin_unit=origin_unit, created_at=now, updated_at=now)
        s.add(record)
    else:
        record = s.get(A, draft.id)
        if record is None or record.deleted_at is not None:
            raise NotFound(kind="activity", id=draft.id)
        record.updated_at = now
    record.type_id = draft.type_id  # type: ignore[assignment]
    record.title, record.title_key = draft.title, fold(draft.title)
    record.start_date = draft.start_date  # type: ignore[assignment]
    record.end_date = draft.end_date
    record.place, record.organiser, record.notes = draft.place, draft.organiser, draft.notes
    record.outside_attendees, record.unit_id = draft.outside_attendees, draft.unit_id
    s.flush()
    sync_links(s, N, N.activity_id, record.id, N.person_id, draft.attendee_ids, origin_unit, now, P)
    return record.id


def set_activity_deleted(
    s: Session, activity_id: int, when: dt.datetime | None, now: dt.datetime
) -> None:
    record = s.get(A, activity_id)
    if record is None or (record.deleted_at is None) == (when is None):
        raise NotFound(kind="activity", id=activity_id)
    record.deleted_at, record.updated_at = when, now


# --- the register seen from activities -----------------------------------------------------


def people_to_pick(s: Session) -> list[PersonPick]:
    """Every living member of a living household, by tổ, household and position."""
    stmt = (
        select(P.id, P.full_name, H.head_name, H.group, P.birth_year)
        .join(H, H.id == P.household_id)
        .where(P.deleted_at.is_(None), H.deleted_at.is_(None))
        .order_by(H.address_key, H.id, P.position, P.id)
    )
    return [PersonPick(*row) for row in s.execute(stmt)]


def participation(s: Session, household_id: int) -> list[Participation]:
    """Per member and year, the activities attended (newest year first)."""
    stmt = (
        select(P.id, P.full_name, A.start_date, A.title)
        .join(N, N.person_id == P.id)
        .join(A, A.id == N.activity_id)
        .where(
            P.household_id == household_id,
            P.deleted_at.is_(None),
            N.deleted_at.is_(None),
            A.deleted_at.is_(None),
        )
        .order_by(P.position, P.id, A.start_date)
    )
    grouped: dict[tuple[int, int], tuple[str, list[str]]] = {}
    for person_id, name, start, title in s.execute(stmt):
        grouped.setdefault((person_id, start.year), (name, []))[1].append(title)
    return sorted(
        (
            Participation(pid, name, year, tuple(titles))
            for (pid, year), (name, titles) in grouped.items()
        ),
        key=lambda p: (-p.year, p.person_id),
    )
