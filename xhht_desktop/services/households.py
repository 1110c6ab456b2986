"""The household register: list, search, edit, trash and restore."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from xhht_desktop.domain.entities import (
    Household,
    HouseholdDraft,
    HouseholdFilter,
    HouseholdRow,
    Relation,
    SortColumn,
)
from xhht_desktop.domain.validation import clean_household, validate_household
from xhht_desktop.errors import ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import HouseholdRecord, PersonRecord, utcnow
from xhht_desktop.storage.repositories import households as repo
from xhht_desktop.storage.repositories.ownership import ensure_own

__all__ = ["HouseholdService", "SortColumn", "TrashEntry"]


@dataclass(frozen=True, slots=True)
class TrashEntry:
    kind: str  # "household", "person" (a removed member), "activity", "clan" or "unit"
    id: int
    name: str
    detail: str  # the address of a household; the head's name for a removed member
    deleted_at: dt.datetime


class HouseholdService:
    def __init__(
        self,
        sessions: Sessions,
        origin_unit: Callable[[], str],
        clock: Callable[[], dt.datetime] = utcnow,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.sessions = sessions
        self.origin_unit = origin_unit
        self.clock = clock
        self.today = today

    # reading
    def ids(
        self, flt: HouseholdFilter, sort: SortColumn = SortColumn.HEAD, descending: bool = False
    ) -> list[int]:
        with self.sessions.read() as s:
            return repo.household_ids(s, flt, sort, descending)

    def rows(self, ids: Sequence[int]) -> list[HouseholdRow]:
        with self.sessions.read() as s:
            return repo.household_rows(s, ids)

    def search(
        self,
        flt: HouseholdFilter,
        limit: int = 50,
        offset: int = 0,
        sort: SortColumn = SortColumn.HEAD,
        descending: bool = False,
    ) -> list[HouseholdRow]:
        with self.sessions.read() as s:
            return repo.search_page(s, flt, limit, offset, sort, descending)

    def count(self, flt: HouseholdFilter) -> int:
        with self.sessions.read() as s:
            return repo.count_households(s, flt)

    def get(self, household_id: int) -> Household:
        with self.sessions.read() as s:
            return repo.get_household(s, household_id)

    def groups(self) -> list[str]:
        with self.sessions.read() as s:
            return repo.groups_in_use(s)

    # writing
    def prepare(self, draft: HouseholdDraft) -> HouseholdDraft:
        """Clean a draft and check it; raise ValidationFailed listing every issue."""
        cleaned = clean_household(draft)
        if cleaned.members and 0 <= cleaned.head_index < len(cleaned.members):
            members = list(cleaned.members)
            members[cleaned.head_index] = replace(
                members[cleaned.head_index], relation=Relation.HEAD
            )
            cleaned = replace(cleaned, members=tuple(members))
        issues = validate_household(cleaned, self.today())
        if issues:
            raise ValidationFailed(issues)
        return cleaned

    def save(self, draft: HouseholdDraft) -> tuple[int, Changes]:
        cleaned = self.prepare(draft)
        with self.sessions.write() as s:
            ensure_own(s, HouseholdRecord, cleaned.id, self.origin_unit())
            household_id = repo.save_household(s, cleaned, self.origin_unit(), self.clock())
        return household_id, Changes.of(Kind.HOUSEHOLD, ids=(household_id,))

    def save_many(self, drafts: Sequence[HouseholdDraft]) -> tuple[list[int], Changes]:
        """All or nothing: one invalid household and none is saved."""
        cleaned = [self.prepare(d) for d in drafts]
        now, origin = self.clock(), self.origin_unit()
        with self.sessions.write() as s:
            ids = [repo.save_household(s, d, origin, now) for d in cleaned]
        return ids, Changes.of(Kind.HOUSEHOLD, ids=tuple(ids))

    def delete(self, household_id: int) -> Changes:
        """Move to the trash (Thùng rác); members go with it and come back with it."""
        now = self.clock()
        with self.sessions.write() as s:
            ensure_own(s, HouseholdRecord, household_id, self.origin_unit())
            repo.set_household_deleted(s, household_id, now, now)
        return Changes.of(Kind.HOUSEHOLD, ids=(household_id,))

    def restore(self, household_id: int) -> Changes:
        with self.sessions.write() as s:
            ensure_own(s, HouseholdRecord, household_id, self.origin_unit())
            repo.set_household_deleted(s, household_id, None, self.clock())
        return Changes.of(Kind.HOUSEHOLD, ids=(household_id,))

    def restore_person(self, person_id: int) -> Changes:
        with self.sessions.write() as s:
            household_id = repo.restore_person(s, person_id, self.clock())
        return Changes.of(Kind.HOUSEHOLD, ids=(household_id,))

    def move_member(self, person_id: int, target_household_id: int) -> Changes:
        with self.sessions.write() as s:
            ensure_own(s, HouseholdRecord, target_household_id, self.origin_unit())
            ensure_own(s, PersonRecord, person_id, self.origin_unit())
            ids = repo.move_person(s, person_id, target_household_id, self.clock())
        return Changes.of(Kind.HOUSEHOLD, ids=ids)

    def trash(self) -> list[TrashEntry]:
        with self.sessions.read() as s:
            households = repo.household_rows(
                s, repo.household_ids(s, HouseholdFilter(deleted=True))
            )
            people = repo.trashed_people(s)
        entries = [
            TrashEntry("household", r.id, r.head_name, r.address, r.deleted_at)
            for r in households
            if r.deleted_at is not None
        ]
        entries += [
            TrashEntry("person", pid, name, head, when) for pid, name, _hid, head, when in people
        ]
        return sorted(entries, key=lambda e: e.deleted_at, reverse=True)
