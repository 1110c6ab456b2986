"""Counts per origin unit, year and model, for the upper levels. Functions take a Session, never
commit.

Every travelling record carries the code of the unit that created it (`origin_unit`), so one
database at a ward or a province holds the records of many units side by side. `unit_lines`
counts them per unit in a handful of GROUP BY queries (one per table, never one per unit): on
a province of 300,000 households and 1.2 million persons they are single scans of household and
person, and index ranges of registration (year) and activity (start date); about 0.6 s in all.
Units that sent counts only (an aggregates-only package, table unit_aggregate) are merged into
the same lines for the years in which they have no detailed records.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.criteria import Model
from xhht_desktop.storage.orm import (
    ActivityRecord,
    ClanRecord,
    HouseholdRecord,
    KnownUnitRecord,
    LocalUnitRecord,
    PersonRecord,
    RegistrationRecord,
    UnitAggregateRecord,
)

R = RegistrationRecord
A = UnitAggregateRecord
WHOLE_UNIT = ""  # unit_aggregate.group of a unit's totals (other groups are its tổ)
# The stages of a registration, in the order of UnitCounts' fields.
STAGES = ("registered", "scored", "proposed", "recognised", "commended")


@dataclass(frozen=True, slots=True)
class UnitCounts:
    """One model of one unit in one year: its own records only (not its children's)."""

    unit_code: str
    model: Model
    subjects: int  # all that could register: households, clans, local units, persons; 1 area
    registered: int
    scored: int
    proposed: int
    recognised: int  # with a decision
    commended: int
    # The unit's, whatever the model (the same on each of its lines):
    members: int  # living persons who are members of the association
    households: int
    persons: int
    activities: int  # learning activities that started in the year
    aggregated: bool = False  # counts the unit sent without personal data


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """A unit this installation knows (known_unit), to name units and build the tree."""

    code: str
    name: str
    level: str  # a Level value, or "" when the sender did not say
    parent_code: str
    role: str  # child, descendant, parent…


def _scan_living(table: type) -> object:
    """`deleted_at IS NULL` that SQLite answers by scanning the table: almost every row is
    living, so the (deleted_at, …) indexes would only add a look-up per row (the unary + keeps
    the column out of index use, as SQLite documents)."""
    return literal_column(f"+{table.__tablename__}.deleted_at").is_(None)


def _per_unit(s: Session, table: type) -> dict[str, int]:
    stmt = (
        select(table.origin_unit, func.count())
        .where(table.deleted_at.is_(None))
        .group_by(table.origin_unit)
    )
    return {unit: int(n) for unit, n in s.execute(stmt)}


def _year_range(year: int) -> tuple[object, object]:
    return (
        ActivityRecord.start_date >= dt.date(year, 1, 1),
        ActivityRecord.start_date <= dt.date(year, 12, 31),
    )


def models_of(s: Session, year: int) -> list[Model]:
    """The models every unit gets a line for: the four always, Công dân học tập when someone
    registered for it in `year` (in the records or in the counts units sent)."""
    citizen = s.scalar(
        select(func.count())
        .select_from(R)
        .where(R.year == year, R.model == Model.CITIZEN.value, R.deleted_at.is_(None))
    ) or s.scalar(
        select(func.count())
        .select_from(A)
        .where(A.year == year, A.model == Model.CITIZEN.value, A.registered > 0)
    )
    return [m for m in Model if m is not Model.CITIZEN or citizen]


def unit_lines(s: Session, year: int) -> list[UnitCounts]:
    """One line per unit present in the data and model (see `models_of`), in unit code order.

    Subjects are the unit's living households (Gia đình), clans (Dòng họ), local units (Đơn vị)
    and persons (Công dân); its area counts 1 for Cộng đồng when it has households or registered
    it. Registrations are counted by their own origin unit, living ones only, as the branch's
    dashboard counts them (evaluation.dashboard). A unit with no registration and no activity
    of `year` but counts for `year` in unit_aggregate (group "") gets those counts instead."""
    H, P = HouseholdRecord, PersonRecord
    households = {
        unit: int(n)
        for unit, n in s.execute(
            select(H.origin_unit, func.count()).where(_scan_living(H)).group_by(H.origin_unit)
        )
    }
    persons: dict[str, tuple[int, int]] = {
        unit: (int(n), int(members or 0))
        for unit, n, members in s.execute(
            select(P.origin_unit, func.count(), func.count(case((P.is_member.is_(True), 1))))
            .where(P.deleted_at.is_(None))
            .group_by(P.origin_unit)
        )
    }
    clans = _per_unit(s, ClanRecord)
    local_units = _per_unit(s, LocalUnitRecord)
    stages: dict[tuple[str, str], tuple[int, ...]] = {
        (unit, model): tuple(int(v or 0) for v in counts)
        for unit, model, *counts in s.execute(
            select(
                R.origin_unit,
                R.model,
                func.count(),
                func.count(R.score),
                func.count(case((R.proposed.is_(True), 1))),
                func.count(R.decision_id),
                func.count(R.commendation_id),
            )
            .where(R.year == year, R.deleted_at.is_(None))
            .group_by(R.origin_unit, R.model)
        )
    }
    activities = {
        unit: int(n)
        for unit, n in s.execute(
            select(ActivityRecord.origin_unit, func.count())
            .where(ActivityRecord.deleted_at.is_(None), *_year_range(year))
            .group_by(ActivityRecord.origin_unit)
        )
    }
    models = models_of(s, year)
    detailed_in_year = {unit for unit, _ in stages} | set(activities)
    aggregates: dict[str, dict[str, A]] = defaultdict(dict)
    for record in s.scalars(select(A).where(A.year == year, A.group == WHOLE_UNIT)):
        if record.unit_code not in detailed_in_year:
            aggregates[record.unit_code][record.model] = record

    found: list[UnitCounts] = []
    units = (
        set(households) | set(persons) | set(clans) | set(local_units) | detailed_in_year
    ) | set(aggregates)
    for unit in sorted(units):
        if unit in aggregates:
            found += _aggregated(unit, aggregates[unit], models)
            continue
        n_households = households.get(unit, 0)
        n_persons, members = persons.get(unit, (0, 0))
        subjects = {
            Model.FAMILY: n_households,
            Model.CLAN: clans.get(unit, 0),
            Model.COMMUNITY: int(bool(n_households or (unit, Model.COMMUNITY.value) in stages)),
            Model.UNIT: local_units.get(unit, 0),
            Model.CITIZEN: n_persons,
        }
        for model in models:
            found.append(
                UnitCounts(
                    unit,
                    model,
                    subjects[model],
                    *stages.get((unit, model.value), (0,) * len(STAGES)),
                    members=members,
                    households=n_households,
                    persons=n_persons,
                    activities=activities.get(unit, 0),
                )
            )
    return found


def _aggregated(unit: str, rows: dict[str, A], models: list[Model]) -> list[UnitCounts]:
    """The lines of a unit that sent counts only. Members and activities are the unit's, on
    every row it sent (or on one): the largest is taken, never their sum. Households and
    persons are the subjects of Gia đình and Công dân."""
    members = max((r.members for r in rows.values()), default=0)
    activities = max((r.activities for r in rows.values()), default=0)
    family, citizen = rows.get(Model.FAMILY.value), rows.get(Model.CITIZEN.value)
    found = []
    for model in models:
        row = rows.get(model.value)
        found.append(
            UnitCounts(
                unit,
                model,
                row.subjects if row else 0,
                *((getattr(row, stage) for stage in STAGES) if row else (0,) * len(STAGES)),
                members=members,
                households=family.subjects if family else 0,
                persons=citizen.subjects if citizen else 0,
                activities=activities,
                aggregated=True,
            )
        )
    return found


def directory(s: Session) -> list[DirectoryEntry]:
    """Every unit in known_unit, by code."""
    K = KnownUnitRecord
    stmt = select(K.code, K.name, K.level, K.parent_code, K.role).order_by(K.code)
    return [
        DirectoryEntry(code, name or "", level or "", parent or "", role or "")
        for code, name, level, parent, role in s.execute(stmt)
    ]


def years(s: Session) -> list[int]:
    """Years with registrations, activities or counts sent, newest first."""
    found = set(s.scalars(select(R.year).where(R.deleted_at.is_(None)).distinct()))
    found |= set(s.scalars(select(A.year).distinct()))
    started = func.strftime("%Y", ActivityRecord.start_date)
    found |= {
        int(y)
        for y in s.scalars(select(started).where(ActivityRecord.deleted_at.is_(None)).distinct())
        if y
    }
    return sorted(found, reverse=True)
