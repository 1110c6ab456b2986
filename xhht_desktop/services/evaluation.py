"""The yearly cycle of the learning models: register, score, review, recognise, commend."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable

from sqlalchemy.orm import Session

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.derivation import derive_sheet
from xhht_desktop.domain.evaluation import (
    SUBJECT_OF,
    Candidate,
    CommendationDraft,
    Correction,
    DashboardLine,
    DecisionDraft,
    DecisionInfo,
    RegistrationRow,
    ReviewDraft,
    ReviewInfo,
    SubjectKind,
    clean_commendation,
    clean_decision,
    clean_review,
    validate_commendation,
    validate_decision,
    validate_review,
)
from xhht_desktop.domain.score_io import sheet_from_dict, sheet_to_dict
from xhht_desktop.domain.scoring import (
    Derivation,
    InvalidScoreSheet,
    ScoreResult,
    ScoreSheet,
    evaluate,
)
from xhht_desktop.domain.text import nfc_multiline
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.criteria_sets import CriteriaSetService
from xhht_desktop.services.who import login_name
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import RegistrationRecord, utcnow
from xhht_desktop.storage.repositories import criteria_sets as sets_repo
from xhht_desktop.storage.repositories import evaluation as repo
from xhht_desktop.storage.repositories.evaluation import RegistrationDetail

CHANGED = Changes.of(Kind.EVALUATION)


class EvaluationService:
    def __init__(
        self,
        sessions: Sessions,
        origin_unit: Callable[[], str],
        community_name: Callable[[], str],
        criteria: CriteriaSetService,
        clock: Callable[[], dt.datetime] = utcnow,
        today: Callable[[], dt.date] = dt.date.today,
        who: Callable[[], str] | None = None,  # until accounts (issue 6) say who it is
    ) -> None:
        self.sessions = sessions
        self.who = who or login_name
        self.origin_unit = origin_unit
        self.community_name = community_name
        self.criteria = criteria
        self.clock = clock
        self.today = today

    # 1. registration
    def candidates(self, year: int, model: Model) -> list[Candidate]:
        with self.sessions.read() as s:
            found = repo.candidates(s, year, model)
        if SUBJECT_OF[model] is SubjectKind.COMMUNITY:
            return [Candidate(0, self.community_name(), "", "") for _ in found]
        return found

    def register(self, year: int, model: Model, subject_ids: Iterable[int]) -> tuple[int, Changes]:
        """Register subjects for `year` (the community: no ids); already registered ones are
        skipped. Returns how many were added."""
        with self.sessions.write() as s:
            made = repo.register(
                s, year, model, subject_ids, self.today(), self.origin_unit(), self.clock()
            )
        return len(made), CHANGED

    def unregister(self, registration_id: int) -> Changes:
        with self.sessions.write() as s:
            repo.unregister(s, registration_id, self.clock())
        return CHANGED

    def registrations(self, year: int, model: Model) -> list[RegistrationRow]:
        with self.sessions.read() as s:
            return repo.registration_rows(s, year, model, self.community_name())

    # 2. scoring
    def scored_sheet(self, registration_id: int) -> tuple[int | None, ScoreSheet | None]:
        """The set and sheet a registration was scored with, if any."""
        with self.sessions.read() as s:
            record = repo.registration(s, registration_id)
            sheet = None if record.score is None else sheet_from_dict(json.loads(record.score))
            return record.criteria_set_id, sheet

    def score(
        self, registration_id: int, set_id: int, sheet: ScoreSheet
    ) -> tuple[ScoreResult, Changes]:
        """Check the sheet against the set, apply the rule and store both (one transaction)."""
        with self.sessions.write() as s:
            record = repo.registration(s, registration_id)
            result = self._evaluate(s, record, set_id, sheet)
            repo.store_score(s, registration_id, _stored(set_id, sheet, result), self.clock())
        return result, CHANGED

    def _evaluate(
        self, s: Session, record: RegistrationRecord, set_id: int, sheet: ScoreSheet
    ) -> ScoreResult:
        """The sheet checked against a set that suits the registration's model and year."""
        chosen = sets_repo.record(s, set_id)
        year, model = record.year, record.model
        applies = chosen.first_year <= year and (
            chosen.last_year is None or year <= chosen.last_year
        )
        if chosen.model != model or not applies or chosen.status == "retired":
            raise UserError("score.wrong_set", title=chosen.title, year=year)
        try:
            return evaluate(sets_repo.get_set(s, set_id), sheet)
        except InvalidScoreSheet as exc:
            raise ValidationFailed(exc.issues) from exc

    def suggestions(self, registration_id: int, set_id: int) -> dict[str, Derivation]:
        """What the recorded data suggests for the set's leaves that say how (and why)."""
        with self.sessions.read() as s:
            facts = repo.facts_for(s, repo.registration(s, registration_id))
            criteria_set = sets_repo.get_set(s, set_id)
        return {} if facts is None else derive_sheet(criteria_set, facts)

    def correct(
        self, registration_id: int, set_id: int, sheet: ScoreSheet, reason: str
    ) -> tuple[ScoreResult, Changes]:
        """Change a recognised subject's score: the old one stays in the trail, with who,
        when and why. The recognition itself (a signed decision) is not undone."""
        reason = nfc_multiline(reason)
        if not reason:
            raise ValidationFailed([Issue("reason", "correction.reason_required")])
        with self.sessions.write() as s:
            record = repo.registration(s, registration_id)
            result = self._evaluate(s, record, set_id, sheet)
            repo.correct_score(
                s,
                registration_id,
                _stored(set_id, sheet, result),
                reason,
                self.who(),
                self.origin_unit(),
                self.clock(),
            )
        return result, CHANGED

    def corrections(self, registration_id: int) -> list[Correction]:
        with self.sessions.read() as s:
            return repo.corrections(s, registration_id)

    # 3. review meeting
    def record_review(self, draft: ReviewDraft) -> tuple[int, Changes]:
        cleaned = clean_review(draft)
        if issues := validate_review(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            review_id = repo.create_review(s, cleaned, self.origin_unit(), self.clock())
        return review_id, CHANGED

    # 4. recognition and commendation
    def apply_decision(self, draft: DecisionDraft) -> tuple[int, Changes]:
        cleaned = clean_decision(draft)
        if issues := validate_decision(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            decision_id = repo.create_decision(s, cleaned, self.origin_unit(), self.clock())
        return decision_id, CHANGED

    def commend(self, draft: CommendationDraft) -> tuple[int, Changes]:
        cleaned = clean_commendation(draft)
        if issues := validate_commendation(cleaned):
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            event_id = repo.create_commendation(s, cleaned, self.origin_unit(), self.clock())
        return event_id, CHANGED

    def history(self, kind: SubjectKind, subject_id: int) -> list[RegistrationRow]:
        """A household's (clan's, unit's) titles across the years, newest first."""
        with self.sessions.read() as s:
            return repo.subject_history(s, kind, subject_id)

    def registration_details(
        self, year: int, model: Model, community_detail: str = ""
    ) -> dict[int, RegistrationDetail]:
        """Registration date, the subject's address or head, and notes, by registration id."""
        with self.sessions.read() as s:
            return repo.registration_details(s, year, model, community_detail)

    def review(self, review_id: int) -> ReviewInfo:
        with self.sessions.read() as s:
            return repo.review(s, review_id)

    def decision(self, decision_id: int) -> DecisionInfo:
        with self.sessions.read() as s:
            return repo.decision(s, decision_id)

    def reviews(self, year: int, model: Model) -> list[ReviewInfo]:
        with self.sessions.read() as s:
            return repo.reviews(s, year, model)

    def decisions(self, year: int, model: Model) -> list[DecisionInfo]:
        with self.sessions.read() as s:
            return repo.decisions(s, year, model)

    # the year at a glance
    def dashboard(self, year: int, by_group: bool = True) -> list[DashboardLine]:
        with self.sessions.read() as s:
            return repo.dashboard(s, year, repo.count_subjects(s), by_group)


def _stored(set_id: int, sheet: ScoreSheet, result: ScoreResult) -> repo.StoredScore:
    sheet_json = json.dumps(sheet_to_dict(sheet), ensure_ascii=False)
    return repo.StoredScore(set_id, sheet_json, result.total, result.band, result.met)
