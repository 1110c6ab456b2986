"""Criteria set versions, stored whole in their file format. Functions never commit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.criteria import CriteriaSet, Model, Status
from xhht_desktop.domain.criteria_io import dumps, loads
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.storage.orm import CriteriaSetRecord, RegistrationRecord

S = CriteriaSetRecord


@dataclass(frozen=True, slots=True)
class CriteriaSetRow:
    id: int
    key: str
    version: int
    model: Model
    title: str
    status: Status
    first_year: int
    last_year: int | None
    sample: bool
    used: bool  # an evaluation cites it: it can no longer be edited, only copied

    def applies_in(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)


def _used(set_id: object):  # noqa: ANN202 - an SQL expression
    return exists().where(
        RegistrationRecord.criteria_set_id == set_id, RegistrationRecord.deleted_at.is_(None)
    )


def set_rows(s: Session, model: Model | None = None) -> list[CriteriaSetRow]:
    stmt = select(
        S.id,
        S.key,
        S.version,
        S.model,
        S.title,
        S.status,
        S.first_year,
        S.last_year,
        S.sample,
        _used(S.id),
    ).where(S.deleted_at.is_(None))
    if model is not None:
        stmt = stmt.where(S.model == model.value)
    stmt = stmt.order_by(S.model, S.key, S.version.desc())
    return [
        CriteriaSetRow(
            r[0], r[1], r[2], Model(r[3]), r[4], Status(r[5]), r[6], r[7], r[8], bool(r[9])
        )
        for r in s.execute(stmt)
    ]


def count_sets(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(S)) or 0


def record(s: Session, set_id: int) -> S:
    found = s.get(S, set_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(kind="criteria_set", id=set_id)
    return found


def get_set(s: Session, set_id: int) -> CriteriaSet:
    return loads(record(s, set_id).content)


def find_version(s: Session, key: str, version: int) -> S | None:
    return s.scalars(select(S).where(S.key == key, S.version == version)).first()


def highest_version(s: Session, key: str) -> int:
    return s.scalar(select(func.max(S.version)).where(S.key == key)) or 0


def is_used(s: Session, set_id: int) -> bool:
    return bool(s.scalar(select(_used(set_id))))


def _check_unique(s: Session, cs: CriteriaSet, set_id: int | None) -> None:
    found = find_version(s, cs.key, cs.version)
    if found is not None and found.id != set_id:
        raise UserError("criteria_set.version_exists", key=cs.key, version=cs.version)


def write_set(
    s: Session, cs: CriteriaSet, origin_unit: str, now: dt.datetime, set_id: int | None = None
) -> int:
    """Insert a set, or overwrite set `set_id` (the service checks it may be edited)."""
    _check_unique(s, cs, set_id)
    if set_id is None:
        target = S(origin_unit=origin_unit, created_at=now)
        s.add(target)
    else:
        target = record(s, set_id)
    target.key, target.version, target.model = cs.key, cs.version, cs.model.value
    target.title, target.status = cs.title, cs.status.value
    target.first_year, target.last_year, target.sample = cs.first_year, cs.last_year, cs.sample
    target.content, target.updated_at = dumps(cs), now
    s.flush()
    return target.id
