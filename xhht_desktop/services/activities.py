"""Learning activities (hoạt động học tập) of the branch, with attendance from the register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from xhht_desktop.domain.activities import clean_activity, validate_activity
from xhht_desktop.domain.entities import (
    ActivityDraft,
    ActivityFilter,
    ActivityRow,
    ActivityType,
    Participation,
    PersonPick,
)
from xhht_desktop.domain.text import nfc
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import ActivityRecord, utcnow
from xhht_desktop.storage.repositories import activities as repo
from xhht_desktop.storage.repositories.ownership import ensure_own


class ActivityService:
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

    # types
    def types(self, include_retired: bool = False) -> list[ActivityType]:
        with self.sessions.read() as s:
            return repo.activity_types(s, include_retired)

    def save_type(self, kind: ActivityType) -> tuple[int, Changes]:
        name = nfc(kind.name)
        if not name:
            raise ValidationFailed([Issue("name", "name.required")])
        if len(name) > 100:
            raise ValidationFailed([Issue("name", "text.too_long", {"max": 100})])
        with self.sessions.write() as s:
            type_id = repo.save_activity_type(s, ActivityType(kind.id, name, kind.retired))
        return type_id, Changes.of(Kind.ACTIVITY)

    # activities
    def list(self, flt: ActivityFilter) -> list[ActivityRow]:
        with self.sessions.read() as s:
            return repo.activity_rows(s, flt)

    def years(self) -> list[int]:
        with self.sessions.read() as s:
            return repo.activity_years(s)

    def get(self, activity_id: int) -> ActivityDraft:
        with self.sessions.read() as s:
            return repo.get_activity(s, activity_id)

    def prepare(self, draft: ActivityDraft) -> ActivityDraft:
        cleaned = clean_activity(draft)
        issues = validate_activity(cleaned, self.today())
        if issues:
            raise ValidationFailed(issues)
        return cleaned

    def save(self, draft: ActivityDraft) -> tuple[int, Changes]:
        cleaned = self.prepare(draft)
        with self.sessions.write() as s:
            ensure_own(s, ActivityRecord, cleaned.id, self.origin_unit())
            activity_id = repo.save_activity(s, cleaned, self.origin_unit(), self.clock())
        return activity_id, Changes.of(Kind.ACTIVITY, ids=(activity_id,))

    def delete(self, activity_id: int) -> Changes:
        now = self.clock()
        with self.sessions.write() as s:
            ensure_own(s, ActivityRecord, activity_id, self.origin_unit())
            repo.set_activity_deleted(s, activity_id, now, now)
        return Changes.of(Kind.ACTIVITY, ids=(activity_id,))

    def restore(self, activity_id: int) -> Changes:
        with self.sessions.write() as s:
            ensure_own(s, ActivityRecord, activity_id, self.origin_unit())
            repo.set_activity_deleted(s, activity_id, None, self.clock())
        return Changes.of(Kind.ACTIVITY, ids=(activity_id,))

    # the register seen from here
    def people(self) -> list[PersonPick]:
        with self.sessions.read() as s:
            return repo.people_to_pick(s)

    def participation(self, household_id: int) -> list[Participation]:
        with self.sessions.read() as s:
            return repo.participation(s, household_id)
