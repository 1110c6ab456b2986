"""Criteria sets as data: the samples shipped, copies and edits, files handed down."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import replace
from importlib.resources import files
from pathlib import Path

from xhht_desktop.domain.criteria import (
    CriteriaSet,
    Model,
    Status,
    clean_criteria_set,
    copy_as_draft,
    is_editable,
    validate_criteria_set,
)
from xhht_desktop.domain.criteria_io import CriteriaFileError, dumps, loads
from xhht_desktop.errors import BadInput, UserError, ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import utcnow
from xhht_desktop.storage.repositories import criteria_sets as repo
from xhht_desktop.storage.repositories.criteria_sets import CriteriaSetRow

__all__ = ["CriteriaSetRow", "CriteriaSetService"]


def file_error(exc: CriteriaFileError, source: str) -> BadInput:
    """A criteria file's fault, naming the file and the field."""
    return BadInput(exc.code, file=source, field=exc.path, **exc.params)


class CriteriaSetService:
    def __init__(
        self,
        sessions: Sessions,
        origin_unit: Callable[[], str],
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.origin_unit = origin_unit
        self.clock = clock
        self._seeded = False

    # reading
    def list(self, model: Model | None = None) -> list[CriteriaSetRow]:
        self.ensure_samples()
        with self.sessions.read() as s:
            return repo.set_rows(s, model)

    def get(self, set_id: int) -> CriteriaSet:
        with self.sessions.read() as s:
            return repo.get_set(s, set_id)

    def usable(self, model: Model, year: int) -> list[CriteriaSetRow]:
        """Sets a subject of `model` can be scored with in `year`: not retired, in force first."""
        rows = [
            r for r in self.list(model) if r.status is not Status.RETIRED and r.applies_in(year)
        ]
        return sorted(rows, key=lambda r: (r.status is not Status.IN_FORCE, r.key, -r.version))

    # writing
    def ensure_samples(self) -> None:
        """The first time, put the sample sets shipped with the app into the database."""
        if self._seeded:
            return
        with self.sessions.write() as s:
            if not repo.count_sets(s):
                now, origin = self.clock(), self.origin_unit()
                for path in sorted((files("xhht_desktop.resources") / "criteria").iterdir()):
                    if path.name.endswith(".json"):
                        repo.write_set(s, loads(path.read_text(encoding="utf-8")), origin, now)
        self._seeded = True

    def save(self, cs: CriteriaSet, set_id: int | None = None) -> tuple[int, Changes]:
        """Create a set, or edit one no evaluation has used yet."""
        cleaned = clean_criteria_set(cs)
        if issues := validate_criteria_set(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            if set_id is not None:
                current = repo.get_set(s, set_id)
                if not is_editable(current, repo.is_used(s, set_id)):
                    raise UserError("criteria_set.in_use", title=current.title)
            set_id = repo.write_set(s, cleaned, self.origin_unit(), self.clock(), set_id)
        return set_id, Changes.of(Kind.CRITERIA)

    def copy(self, set_id: int) -> tuple[int, Changes]:
        """A new draft version of the set's family, to edit instead of a used set."""
        with self.sessions.write() as s:
            original = repo.get_set(s, set_id)
            draft = copy_as_draft(original, repo.highest_version(s, original.key) + 1)
            new_id = repo.write_set(s, draft, self.origin_unit(), self.clock())
        return new_id, Changes.of(Kind.CRITERIA)

    def set_status(self, set_id: int, status: Status) -> Changes:
        """Put in force or retire; the content itself is not changed."""
        with self.sessions.write() as s:
            changed = replace(repo.get_set(s, set_id), status=status)
            if issues := validate_criteria_set(changed):
                raise ValidationFailed(issues)
            repo.write_set(s, changed, self.origin_unit(), self.clock(), set_id)
        return Changes.of(Kind.CRITERIA)

    def export(self, set_id: int, path: Path) -> Path:
        """Write the set as a file to hand to another installation (atomic)."""
        text = dumps(self.get(set_id))
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise BadInput("file.unwritable", file=str(path), detail=exc.strerror) from exc
        return path

    def import_file(self, path: Path) -> tuple[int, Changes]:
        """Take in a set handed down by the upper level; the same file twice changes nothing."""
        try:
            cs = loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput("file.unreadable", file=str(path), detail=str(exc)) from exc
        except CriteriaFileError as exc:
            raise file_error(exc, str(path)) from exc
        cleaned = clean_criteria_set(cs)
        if issues := validate_criteria_set(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            same = repo.find_version(s, cleaned.key, cleaned.version)
            if same is not None and loads(same.content) == cleaned:
                return same.id, Changes.of(Kind.CRITERIA)
            set_id = repo.write_set(s, cleaned, self.origin_unit(), self.clock())
        return set_id, Changes.of(Kind.CRITERIA)
