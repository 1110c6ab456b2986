"""The audit trail, written by the session itself: before every flush of a write transaction,
each new, changed and deleted row becomes an AuditRecord (who, when, which record, each field
before → after) in the same transaction. No service can forget it.

Bulk writes that bypass the ORM (a package import) record one `event` entry themselves with
`audit_event`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from xhht_desktop.storage.orm import AuditRecord, Base, utcnow

WHO = "xhht_who"  # Session.info key: the name written in the trail
PENDING = "xhht_audit_pending"
# Columns that only echo others (search keys, times every write sets) would drown the trail.
QUIET = frozenset(
    {
        "updated_at",
        "search_key",
        "sort_key",
        "address_key",
        "name_key",
        "title_key",
        "password_hash",  # never copy a secret into the trail, even hashed
    }
)
NOT_AUDITED = frozenset({"audit_log"})


def _json(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _columns(obj: Base) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs]


def _changes(obj: Base) -> dict[str, list[object]]:
    state = inspect(obj)
    out: dict[str, list[object]] = {}
    for key in _columns(obj):
        if key in QUIET:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before != after:
            out[key] = [_json(before), _json(after)]
    return out


def _snapshot(obj: Base) -> dict[str, list[object]]:
    state = inspect(obj)
    return {
        key: [None, _json(state.attrs[key].value)]
        for key in _columns(obj)
        if key not in QUIET and state.attrs[key].value is not None
    }


def _record(session: Session, obj: Base, action: str, changes: dict[str, list[object]]) -> None:
    table = obj.__table__.name  # type: ignore[attr-defined]
    if table in NOT_AUDITED:
        return
    record = AuditRecord(
        at=utcnow(),
        who=str(session.info.get(WHO, "?")),
        action=action,
        table_name=table,
        # A setting has no UUID: its key names it.
        record_uuid=str(getattr(obj, "uuid", None) or getattr(obj, "key", "") or ""),
        record_id=getattr(obj, "id", None),
        changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        summary="",
    )
    session.add(record)
    if action == "insert":  # its id and UUID come from the INSERT itself
        session.info.setdefault(PENDING, []).append((record, obj))


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if WHO not in session.info:  # read-only sessions, and tools that opt out
        return
    for obj in list(session.new):
        if isinstance(obj, Base) and not isinstance(obj, AuditRecord):
            _record(session, obj, "insert", _snapshot(obj))
    for obj in list(session.dirty):
        if isinstance(obj, Base) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                deleted = "deleted_at" in changes and changes["deleted_at"][1] is not None
                _record(session, obj, "delete" if deleted else "update", changes)
    for obj in list(session.deleted):
        if isinstance(obj, Base):
            _record(session, obj, "delete", {})


def _after_flush(session: Session, _context: Any) -> None:
    """Inserted rows get their id and UUID at flush: put them in their audit entries (the
    commit flushes again, in the same transaction)."""
    for record, obj in session.info.pop(PENDING, []):
        record.record_id = getattr(obj, "id", None)
        record.record_uuid = str(getattr(obj, "uuid", None) or getattr(obj, "key", "") or "")


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush_postexec", _after_flush)


def audit_event(
    session: Session,
    table: str,
    summary: str,
    changes: dict[str, Any] | None = None,
    record_uuid: str = "",
) -> None:
    """An entry for a write the ORM does not see (bulk rows of a package, a restore)."""
    session.add(
        AuditRecord(
            at=utcnow(),
            who=str(session.info.get(WHO, "?")),
            action="event",
            table_name=table,
            record_uuid=record_uuid,
            record_id=None,
            changes=json.dumps(changes or {}, ensure_ascii=False, sort_keys=True),
            summary=summary,
        )
    )


Who = Callable[[], str]
