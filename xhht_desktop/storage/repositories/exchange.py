"""Rows in and out of packages: every travelling table as JSON objects keyed by UUID, and the
import that upserts them by UUID. Functions take a Session, never commit.

In a package a row refers to another by the other's UUID (`household_uuid`), never by the local
integer id, which means nothing on another PC. The kind of activity travels by its name. The
importer classifies each incoming row against what is here (new, newer, the same, or changed
on both sides since it last came: a conflict, kept both ways) and writes in bulk.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, Table, func, select, text
from sqlalchemy.orm import Session

from xhht_desktop.storage.orm import (
    ActivityTypeRecord,
    Base,
    SyncConflictRecord,
)

HEAD_REF = "head_id"  # household -> person: written after the persons exist
SKIP = frozenset({"id", "received_at", "received_version"})
TIMES = ("created_at", "updated_at", "deleted_at")
BATCH = 500  # rows per statement: well under SQLite's 32,766 variables


@dataclass(frozen=True)
class TableSpec:
    """A table as it travels: which columns point at which travelling table."""

    name: str
    refs: tuple[tuple[str, str], ...] = ()  # (local id column, referenced table)
    # Rows that point at rows of the same table (a chi họ under a chi họ) are written in
    # the order of that reference.
    self_ref: str = ""


# In the order an import writes them: what a row points at is written before it.
SPECS: tuple[TableSpec, ...] = (
    TableSpec("local_unit"),
    TableSpec("clan"),
    TableSpec("clan_branch", (("clan_id", "clan"), ("parent_id", "clan_branch")), "parent_id"),
    TableSpec("household", ((HEAD_REF, "person"),)),
    TableSpec("person", (("household_id", "household"),)),
    TableSpec("clan_household", (("clan_id", "clan"), ("household_id", "household"))),
    TableSpec("activity", (("unit_id", "local_unit"),)),
    TableSpec("attendance", (("activity_id", "activity"), ("person_id", "person"))),
    TableSpec("criteria_set"),
    TableSpec("review"),
    TableSpec("decision"),
    TableSpec("commendation"),
    TableSpec(
        "registration",
        (
            ("household_id", "household"),
            ("clan_id", "clan"),
            ("unit_id", "local_unit"),
            ("person_id", "person"),
            ("criteria_set_id", "criteria_set"),
            ("review_id", "review"),
            ("decision_id", "decision"),
            ("commendation_id", "commendation"),
        ),
    ),
    TableSpec("score_correction", (("registration_id", "registration"),)),
    TableSpec("certificate", (("registration_id", "registration"),)),
    TableSpec("certificate_print", (("certificate_id", "certificate"),)),
)
TABLES = tuple(spec.name for spec in SPECS)
SPEC = {spec.name: spec for spec in SPECS}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def ref_key(column: str) -> str:
    """'household_id' -> 'household_uuid'; 'head_id' -> 'head_uuid'."""
    return column.removesuffix("_id") + "_uuid"


# ---- values ------------------------------------------------------------------------------


def to_json(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def parse_time(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else None


def db_time(value: object) -> str | None:
    """An ISO time from a package as SQLAlchemy stores a DateTime in SQLite (it compares these
    strings): "2026-12-01 06:51:13.565961". ValueError for anything else."""
    if not isinstance(value, str):
        return None
    return dt.datetime.fromisoformat(value).isoformat(sep=" ", timespec="microseconds")


def db_date(value: object) -> str | None:
    return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) else None


@dataclass(frozen=True)
class _Shape:
    """How one table's incoming rows become its columns, worked out once per table."""

    plain: tuple[tuple[str, Any], ...]  # (column, converter or None)
    refs: tuple[tuple[str, str, str], ...]  # (column, referenced table, key in the row)
    activity_type: bool


def _shape(spec: TableSpec) -> _Shape:
    t, refs = table(spec.name), dict(spec.refs)
    plain = []
    for column in t.columns:
        if column.name in SKIP or column.name in refs or column.name == "type_id":
            continue
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = None
        plain.append(
            (column.name, db_time if kind is dt.datetime else db_date if kind is dt.date else None)
        )
    return _Shape(
        tuple(plain),
        tuple((column, target, ref_key(column)) for column, target in spec.refs),
        "type_id" in t.c,
    )


# ---- export ------------------------------------------------------------------------------


def export_rows(s: Session, name: str, since: dt.datetime | None) -> Iterator[dict[str, object]]:
    """The rows of a table changed here, or received here, after `since` (all when None), as
    they travel. Tombstones included: a deletion travels as a row with deleted_at."""
    spec, t = SPEC[name], table(name)
    columns = [c for c in t.columns if c.name not in SKIP]
    refs = dict(spec.refs)
    uuids = {ref: _uuid_map(s, target) for ref, target in spec.refs}
    types = (
        {i: n for i, n in s.execute(select(ActivityTypeRecord.id, ActivityTypeRecord.name))}
        if name == "activity"
        else {}
    )
    # Per column, worked out once: its key in the package and how its value travels.
    plan: list[tuple[str, Any]] = []
    for column in columns:
        if column.name in refs:
            plan.append((ref_key(column.name), uuids[column.name].get))
        elif column.name == "type_id":
            plan.append(("type_name", lambda v: types.get(v, "")))
        elif isinstance(column.type, Date | DateTime):
            plan.append((column.name, to_json))
        else:
            plan.append((column.name, None))
    stmt = select(*columns)
    if since is not None:
        stmt = stmt.where((t.c.updated_at > since) | (t.c.received_at > since))
    for row in s.execute(stmt.order_by(t.c.id)):
        yield {
            key: value if convert is None or value is None else convert(value)
            for (key, convert), value in zip(plan, row, strict=True)
        }


def _uuid_map(s: Session, name: str) -> dict[int, str]:
    t = table(name)
    return {i: u for i, u in s.execute(select(t.c.id, t.c.uuid))}


# ---- import ------------------------------------------------------------------------------


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass
class TablePlan:
    """What importing one table's rows does, before (dry run) or as it is done."""

    name: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: int = 0  # rows pointing at something the package and this PC lack

    def count(self, outcome: Outcome) -> None:
        attr = "conflicts" if outcome is Outcome.CONFLICT else outcome.value
        setattr(self, attr, getattr(self, attr) + 1)


@dataclass
class ImportPlan:
    tables: dict[str, TablePlan] = field(default_factory=dict)

    def totals(self) -> TablePlan:
        total = TablePlan("")
        for plan in self.tables.values():
            for attr in ("added", "updated", "unchanged", "conflicts", "refused"):
                setattr(total, attr, getattr(total, attr) + getattr(plan, attr))
        return total

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {
            name: {
                "added": p.added,
                "updated": p.updated,
                "unchanged": p.unchanged,
                "conflicts": p.conflicts,
                "refused": p.refused,
            }
            for name, p in self.tables.items()
        }


@dataclass(frozen=True)
class _Local:
    id: int
    updated_at: dt.datetime | None
    received_version: dt.datetime | None


def classify(local: _Local | None, incoming_updated: dt.datetime | None) -> Outcome:
    """New rows are added; a row untouched here since it came is replaced by a newer one; a
    row changed here since it came, and changed again by its sender, is a conflict; anything
    older than what is here is left alone."""
    if local is None:
        return Outcome.ADDED
    if incoming_updated is None:
        return Outcome.UNCHANGED
    base = local.received_version
    if base is None:  # made here (or came before receipts were kept): the later one wins
        newer = local.updated_at is None or incoming_updated > local.updated_at
        return Outcome.UPDATED if newer else Outcome.UNCHANGED
    if incoming_updated <= base:
        return Outcome.UNCHANGED
    if local.updated_at != base:
        return Outcome.CONFLICT
    return Outcome.UPDATED


class Importer:
    """Applies (or only plans) the tables of one package inside the caller's transaction."""

    def __init__(
        self, s: Session, now: dt.datetime, sender: str, package_id: str, write: bool
    ) -> None:
        self.s, self.now, self.sender, self.package_id, self.write = (
            s,
            now,
            sender,
            package_id,
            write,
        )
        self.ids: dict[str, dict[str, int]] = {name: {} for name in TABLES}
        self.plan = ImportPlan()
        self._heads: list[tuple[int, str]] = []  # household id, head person's uuid
        self._now_text = db_time(now.isoformat())
        self._types: dict[str, int] | None = None

    # -- one table -------------------------------------------------------------------------

    def table(self, name: str, rows: Sequence[dict[str, Any]]) -> None:
        spec, t = SPEC[name], table(name)
        plan = self.plan.tables.setdefault(name, TablePlan(name))
        if spec.self_ref:
            rows = _parents_first(rows, ref_key(spec.self_ref))
        local = self._locals(t, [r["uuid"] for r in rows])
        if name == "criteria_set":
            local.update(self._same_sets(rows, local))
        shape = _shape(spec)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in rows:
            found = local.get(row["uuid"])
            outcome = classify(found, parse_time(row.get("updated_at")))
            if outcome is Outcome.CONFLICT and found is not None and self._same(name, found, row):
                outcome = Outcome.UNCHANGED  # both sides wrote the same values
            values = self._values(shape, row, plan)
            if values is None:
                continue
            plan.count(outcome)
            if outcome is Outcome.ADDED:
                inserts.append(values)
            elif outcome is Outcome.UPDATED:
                assert found is not None
                values["id"] = found.id
                updates.append(values)
            elif outcome is Outcome.CONFLICT and self.write:
                assert found is not None
                self._conflict(name, found.id, row)
            if found is not None:
                self.ids[name][row["uuid"]] = found.id
        if not self.write:
            # Later tables may point at these rows: they will exist once applied.
            for values in inserts:
                self.ids[name].setdefault(values["uuid"], -1)
            return
        self._insert(name, t, inserts)
        self._update(t, updates)

    def _values(self, shape: _Shape, row: dict[str, Any], plan: TablePlan) -> dict[str, Any] | None:
        """The row's column values as stored; None (and counted as refused) when it points at
        a record that neither the package nor this PC has."""
        values: dict[str, Any] = {}
        for column, convert in shape.plain:
            value = row.get(column)
            values[column] = convert(value) if convert is not None and value is not None else value
        if shape.activity_type:
            values["type_id"] = self._activity_type(str(row.get("type_name") or ""))
        for column, target, key in shape.refs:
            ref = row.get(key)
            if column == HEAD_REF:
                values[column] = None  # set once the persons are in
                if ref:
                    values["__head"] = ref
                continue
            if ref is None:
                values[column] = None
                continue
            target_id = self.ids[target].get(ref) or self._lookup(target, ref)
            if target_id is None:
                plan.refused += 1
                return None
            values[column] = target_id
        values["received_at"] = self._now_text
        values["received_version"] = values.get("updated_at")
        return values

    def _same(self, name: str, found: _Local, row: dict[str, Any]) -> bool:
        local = next(_rows_by_id(self.s, name, [found.id]), {})
        return _content(local) == _content(row)

    def _same_sets(
        self, rows: Sequence[dict[str, Any]], local: dict[str, _Local]
    ) -> dict[str, _Local]:
        """A criteria set is one version of a key: a set another branch holds under its own
        UUID (the shipped samples) is the set already here, left as it is."""
        t = table("criteria_set")
        found: dict[str, _Local] = {}
        for row in rows:
            if row["uuid"] in local:
                continue
            hit = self.s.execute(
                select(t.c.id).where(t.c.key == row.get("key"), t.c.version == row.get("version"))
            ).scalar()
            if hit is not None:
                found[row["uuid"]] = _Local(hit, dt.datetime.max, None)  # never replaced
                self.ids["criteria_set"][row["uuid"]] = hit
        return found

    def _lookup(self, name: str, uuid: str) -> int | None:
        t = table(name)
        found = self.s.execute(select(t.c.id).where(t.c.uuid == uuid)).scalar()
        if found is not None:
            self.ids[name][uuid] = found
        return found

    def _activity_type(self, name: str) -> int:
        """The local kind of activity of that name, made if this PC has none."""
        if self._types is None:
            stmt = select(ActivityTypeRecord.name, ActivityTypeRecord.id)
            self._types = {n: i for n, i in self.s.execute(stmt)}
        name = name or "Khác"
        if name not in self._types:
            if not self.write:
                return -1
            record = ActivityTypeRecord(name=name, position=len(self._types) + 1)
            self.s.add(record)
            self.s.flush()
            self._types[name] = record.id
        return self._types[name]

    def _locals(self, t: Table, uuids: list[str]) -> dict[str, _Local]:
        found: dict[str, _Local] = {}
        for start in range(0, len(uuids), BATCH):
            chunk = uuids[start : start + BATCH]
            stmt = select(t.c.uuid, t.c.id, t.c.updated_at, t.c.received_version).where(
                t.c.uuid.in_(chunk)
            )
            for uuid, id_, updated_at, received in self.s.execute(stmt):
                found[uuid] = _Local(id_, updated_at, received)
        return found

    def _insert(self, name: str, t: Table, rows: list[dict[str, Any]]) -> None:
        """Bulk insert through the driver, ids given up front (the write lock is held, so no
        one else takes them): the ids of new rows need no second look-up."""
        if not rows:
            return
        next_id = (self.s.execute(select(func.max(t.c.id))).scalar() or 0) + 1
        ids = self.ids[name]
        for offset, row in enumerate(rows):
            row["id"] = next_id + offset
            ids[row["uuid"]] = row["id"]
            head = row.pop("__head", None)
            if head is not None:
                self._heads.append((row["id"], head))
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{t.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        connection = self.s.connection()
        for start in range(0, len(rows), 5000):
            chunk = [tuple(row[c] for c in columns) for row in rows[start : start + 5000]]
            connection.exec_driver_sql(sql, chunk)

    def _update(self, t: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        heads = [(r["id"], r.pop("__head")) for r in rows if "__head" in r]
        columns = [c for c in rows[0] if c not in ("id", "uuid", HEAD_REF)]
        assignments = ", ".join(f'"{c}" = :{c}' for c in columns)
        sql = text(f'UPDATE "{t.name}" SET {assignments} WHERE id = :id')
        for start in range(0, len(rows), 5000):
            self.s.execute(sql, rows[start : start + 5000])
        self._heads += heads

    def _conflict(self, name: str, local_id: int, incoming: dict[str, Any]) -> None:
        local = next(_rows_by_id(self.s, name, [local_id]), {})
        self.s.add(
            SyncConflictRecord(
                table_name=name,
                row_uuid=str(incoming["uuid"]),
                sender_code=self.sender,
                package_id=self.package_id,
                incoming=json.dumps(incoming, ensure_ascii=False, sort_keys=True),
                local=json.dumps(local, ensure_ascii=False, sort_keys=True),
                created_at=self.now,
                resolved_by="",
            )
        )

    def finish(self) -> None:
        """Point each household at its head, now that the persons are written."""
        if not self.write or not self._heads:
            return
        person = self.ids["person"]
        pairs = []
        for household_id, head_uuid in self._heads:
            head_id = person.get(head_uuid) or self._lookup("person", head_uuid)
            if head_id is not None:
                pairs.append({"id": household_id, "head": head_id})
        self.s.execute(text("UPDATE household SET head_id = :head WHERE id = :id"), pairs)


def _content(row: dict[str, Any]) -> dict[str, Any]:
    """A row without its times: what a person would call its data."""
    return {k: v for k, v in row.items() if k not in (*TIMES[:2], "received_at")}


def _parents_first(rows: Sequence[dict[str, Any]], ref: str) -> list[dict[str, Any]]:
    """Rows whose parent is in the same list come after it (a tree of chi họ)."""
    by_uuid = {r["uuid"]: r for r in rows}
    done: set[str] = set()
    out: list[dict[str, Any]] = []

    def visit(row: dict[str, Any], depth: int = 0) -> None:
        if row["uuid"] in done or depth > len(rows):
            return
        parent = row.get(ref)
        if parent in by_uuid:
            visit(by_uuid[parent], depth + 1)
        done.add(row["uuid"])
        out.append(row)

    for row in rows:
        visit(row)
    return out


def _rows_by_id(s: Session, name: str, ids: Iterable[int]) -> Iterator[dict[str, object]]:
    """Rows as they would travel (references as UUIDs), for showing a conflict's local side."""
    spec, t = SPEC[name], table(name)
    refs = dict(spec.refs)
    stmt = select(*[c for c in t.columns if c.name not in SKIP]).where(t.c.id.in_(list(ids)))
    for row in s.execute(stmt).mappings():
        out: dict[str, object] = {}
        for key, value in row.items():
            if key in refs:
                target = table(refs[key])
                out[ref_key(key)] = (
                    s.execute(select(target.c.uuid).where(target.c.id == value)).scalar()
                    if value is not None
                    else None
                )
            elif key == "type_id":
                out["type_name"] = s.execute(
                    select(ActivityTypeRecord.name).where(ActivityTypeRecord.id == value)
                ).scalar()
            else:
                out[key] = to_json(value)
        yield out


def row_as_travelling(s: Session, name: str, uuid: str) -> dict[str, object] | None:
    t = table(name)
    found = s.execute(select(t.c.id).where(t.c.uuid == uuid)).scalar()
    return None if found is None else next(_rows_by_id(s, name, [found]), None)


def apply_fields(
    s: Session,
    name: str,
    uuid: str,
    fields: dict[str, Any],
    now: dt.datetime,
    incoming: dict[str, Any],
) -> None:
    """Settle a conflict: this PC's row takes the chosen fields of the sender's version. The
    sender's version counts as seen, so only its next change raises a new conflict."""
    spec, t = SPEC[name], table(name)
    refs = {ref_key(column): (column, target) for column, target in spec.refs}
    # Core updates take Python values (the DateTime type writes its own text).
    python = {db_time: parse_time, db_date: lambda v: dt.date.fromisoformat(v)}
    converters = {c: python[f] for c, f in _shape(spec).plain if f is not None}
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key in refs:
            column, target = refs[key]
            if value is None:
                values[column] = None
            else:
                target_t = table(target)
                found = s.execute(select(target_t.c.id).where(target_t.c.uuid == value)).scalar()
                if found is None:
                    continue  # what it pointed at never arrived: keep this PC's value
                values[column] = found
        elif key in t.c and key not in SKIP and key not in ("uuid", *TIMES):
            convert = converters.get(key)
            values[key] = convert(value) if convert is not None and value is not None else value
        elif key == "deleted_at":
            values[key] = parse_time(value)
    values["updated_at"] = now
    values["received_version"] = parse_time(incoming.get("updated_at"))
    s.execute(t.update().where(t.c.uuid == uuid).values(**values))
    _rederive(s, name, uuid)


def _rederive(s: Session, name: str, uuid: str) -> None:
    """Search and sort keys follow the fields they are made from (a settled conflict may have
    taken a new name from the sender)."""
    from xhht_desktop.domain.text import fold
    from xhht_desktop.storage.orm import (
        ActivityRecord,
        ClanRecord,
        HouseholdRecord,
        LocalUnitRecord,
        PersonRecord,
    )
    from xhht_desktop.storage.repositories.households import refresh_derived

    records = {
        "household": HouseholdRecord,
        "person": PersonRecord,
        "clan": ClanRecord,
        "local_unit": LocalUnitRecord,
        "activity": ActivityRecord,
    }
    if name not in records:
        return
    record = s.scalar(select(records[name]).where(records[name].uuid == uuid))
    if record is None:
        return
    if isinstance(record, PersonRecord):
        record.name_key = fold(record.full_name)
        record = s.get(HouseholdRecord, record.household_id)
    if isinstance(record, HouseholdRecord):
        refresh_derived(s, record)
    elif isinstance(record, ActivityRecord):
        record.title_key = fold(record.title)
    elif isinstance(record, ClanRecord | LocalUnitRecord):
        record.name_key = fold(record.name)
