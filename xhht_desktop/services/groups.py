"""Local units (cơ quan, trường học, doanh nghiệp) and clans (dòng họ) of the area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from xhht_desktop.domain.entities import ClanDraft, ClanRow, LocalUnitDraft, LocalUnitRow
from xhht_desktop.domain.groups import clean_clan, clean_unit, validate_clan, validate_unit
from xhht_desktop.errors import ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import ClanRecord, LocalUnitRecord, utcnow
from xhht_desktop.storage.repositories import groups as repo
from xhht_desktop.storage.repositories.ownership import ensure_own


class GroupService:
    def __init__(
        self,
        sessions: Sessions,
        origin_unit: Callable[[], str],
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.origin_unit = origin_unit
        self.clock = clock

    # local units
    def units(self, text: str = "", deleted: bool = False) -> list[LocalUnitRow]:
        with self.sessions.read() as s:
            return repo.unit_rows(s, text, deleted)

    def get_unit(self, unit_id: int) -> LocalUnitDraft:
        with self.sessions.read() as s:
            return repo.get_unit(s, unit_id)

    def save_unit(self, draft: LocalUnitDraft) -> tuple[int, Changes]:
        cleaned = clean_unit(draft)
        if issues := validate_unit(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            ensure_own(s, LocalUnitRecord, cleaned.id, self.origin_unit())
            unit_id = repo.save_unit(s, cleaned, self.origin_unit(), self.clock())
        return unit_id, Changes.of(Kind.UNIT, ids=(unit_id,))

    def delete_unit(self, unit_id: int, restore: bool = False) -> Changes:
        self._set_deleted(LocalUnitRecord, unit_id, restore)
        return Changes.of(Kind.UNIT, ids=(unit_id,))

    # clans
    def clans(self, text: str = "", deleted: bool = False) -> list[ClanRow]:
        with self.sessions.read() as s:
            return repo.clan_rows(s, text, deleted)

    def get_clan(self, clan_id: int) -> ClanDraft:
        with self.sessions.read() as s:
            return repo.get_clan(s, clan_id)

    def save_clan(self, draft: ClanDraft) -> tuple[int, Changes]:
        cleaned = clean_clan(draft)
        if issues := validate_clan(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            ensure_own(s, ClanRecord, cleaned.id, self.origin_unit())
            clan_id = repo.save_clan(s, cleaned, self.origin_unit(), self.clock())
        return clan_id, Changes.of(Kind.CLAN, ids=(clan_id,))

    def delete_clan(self, clan_id: int, restore: bool = False) -> Changes:
        self._set_deleted(ClanRecord, clan_id, restore)
        return Changes.of(Kind.CLAN, ids=(clan_id,))

    def _set_deleted(self, model: type, record_id: int, restore: bool) -> None:
        now = self.clock()
        with self.sessions.write() as s:
            ensure_own(s, model, record_id, self.origin_unit())
            repo.set_deleted(s, model, record_id, None if restore else now, now)
