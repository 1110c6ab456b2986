"""Sets of links (attendance, clan households) kept as rows with tombstones.

A link removed gets `deleted_at`; linked again, the same row comes back, so what travels
upward is one identity per link with its whole history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from xhht_desktop.errors import NotFound


def sync_links(
    s: Session,
    model: type[Any],
    owner: InstrumentedAttribute,
    owner_id: int,
    member: InstrumentedAttribute,
    wanted: Iterable[int],
    origin_unit: str,
    now: dt.datetime,
    member_model: type[Any],
) -> None:
    """Make the living links of `owner_id` exactly `wanted` (ids of `member_model`).

    Only new links must point at living records: a link kept to someone since moved to the
    trash stays, so it is there again if they are restored.
    """
    existing = {
        getattr(row, member.key): row for row in s.scalars(select(model).where(owner == owner_id))
    }
    wanted = set(wanted)
    _require_living(s, member_model, wanted - existing.keys())
    for member_id, row in existing.items():
        keep = member_id in wanted
        if keep and row.deleted_at is not None:
            row.deleted_at, row.updated_at = None, now
        elif not keep and row.deleted_at is None:
            row.deleted_at, row.updated_at = now, now
    s.add_all(
        model(
            **{owner.key: owner_id, member.key: member_id},
            origin_unit=origin_unit,
            created_at=now,
            updated_at=now,
        )
        for member_id in wanted - existing.keys()
    )


def _require_living(s: Session, model: type[Any], ids: set[int]) -> None:
    if not ids:
        return
    alive = select(model.id).where(model.id.in_(ids), model.deleted_at.is_(None))
    if missing := ids - set(s.scalars(alive)):
        raise NotFound(kind=model.__tablename__, id=min(missing))
