"""Records that came from a unit below are read-only here: they are changed where they were
made, and the next package brings the change. (Evaluation steps — a ward's decision on a
branch's registration — are the upper level's own work and are not guarded here.)"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from xhht_desktop.errors import UserError
from xhht_desktop.storage.orm import KnownUnitRecord


def ensure_own(s: Session, record: type, record_id: int | None, own_unit: str) -> None:
    """Raise UserError("exchange.read_only") when the row was made by another unit."""
    if record_id is None:
        return
    origin = s.scalar(select(record.origin_unit).where(record.id == record_id))  # type: ignore[attr-defined]
    if origin is not None and origin != own_unit:
        known = s.get(KnownUnitRecord, origin)
        raise UserError("exchange.read_only", unit=known.name if known else origin)
