"""The yearly cycle: registration, scoring, review, recognition and commendation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.text import nfc, nfc_multiline
from xhht_desktop.domain.validation import NOTES_MAX, TEXT_MAX, Issue


class SubjectKind(StrEnum):
    HOUSEHOLD = "household"
    CLAN = "clan"
    COMMUNITY = "community"  # the branch's own khu phố / ấp
    UNIT = "unit"
    PERSON = "person"


SUBJECT_OF: dict[Model, SubjectKind] = {
    Model.FAMILY: SubjectKind.HOUSEHOLD,
    Model.CLAN: SubjectKind.CLAN,
    Model.COMMUNITY: SubjectKind.COMMUNITY,
    Model.UNIT: SubjectKind.UNIT,
    Model.CITIZEN: SubjectKind.PERSON,
}


class Stage(StrEnum):
    """How far a registration got; each stage includes the ones before it."""

    REGISTERED = "registered"
    SCORED = "scored"
    PROPOSED = "proposed"
    RECOGNISED = "recognised"
    COMMENDED = "commended"


@dataclass(frozen=True, slots=True)
class RegistrationRow:
    id: int
    year: int
    model: Model
    subject_id: int | None  # None for the community
    subject_name: str
    group: str  # tổ of a household; "" otherwise
    total: Decimal | None
    band: str | None
    met: bool | None
    proposed: bool | None
    decision_number: str | None
    commended: bool

    @property
    def stage(self) -> Stage:
        if self.commended:
            return Stage.COMMENDED
        if self.decision_number is not None:
            return Stage.RECOGNISED
        if self.proposed:
            return Stage.PROPOSED
        if self.total is not None:
            return Stage.SCORED
        return Stage.REGISTERED


@dataclass(frozen=True, slots=True)
class Candidate:
    """A subject that can be registered: a household, a clan, a unit."""

    id: int
    name: str
    detail: str  # address, head…
    group: str


@dataclass(frozen=True, slots=True)
class ReviewDraft:
    year: int
    model: Model
    held_on: dt.date | None
    place: str = ""
    chair: str = ""
    secretary: str = ""
    attendees: str = ""
    notes: str = ""
    # registration id -> (proposed for recognition?, the meeting's note)
    outcomes: tuple[tuple[int, bool, str], ...] = ()


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    year: int
    model: Model
    number: str
    signed_on: dt.date | None
    signer: str = ""
    signer_title: str = ""
    issuer: str = ""
    registration_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class CommendationDraft:
    year: int
    title: str
    given_on: dt.date | None
    given_by: str = ""
    registration_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class DashboardLine:
    """One model (and optionally one tổ) in one year."""

    model: Model
    group: str  # "" for the whole branch
    subjects: int  # all that could register
    registered: int
    scored: int
    proposed: int
    recognised: int
    commended: int

    def share(self, count: int, of: int) -> float | None:
        return None if of == 0 else count / of


def _text_issues(draft: object, names: tuple[str, ...]) -> list[Issue]:
    return [
        Issue(n, "text.too_long", {"max": TEXT_MAX})
        for n in names
        if len(getattr(draft, n)) > TEXT_MAX
    ]


def clean_review(draft: ReviewDraft) -> ReviewDraft:
    return replace(
        draft,
        place=nfc(draft.place),
        chair=nfc(draft.chair),
        secretary=nfc(draft.secretary),
        attendees=nfc_multiline(draft.attendees),
        notes=nfc_multiline(draft.notes),
        outcomes=tuple((rid, ok, nfc(note)) for rid, ok, note in draft.outcomes),
    )


def validate_review(draft: ReviewDraft) -> list[Issue]:
    issues = [] if draft.held_on else [Issue("held_on", "activity.date_required")]
    if not draft.chair:
        issues.append(Issue("chair", "name.required"))
    issues += _text_issues(draft, ("place", "chair", "secretary"))
    for name in ("attendees", "notes"):
        if len(getattr(draft, name)) > NOTES_MAX:
            issues.append(Issue(name, "text.too_long", {"max": NOTES_MAX}))
    if not draft.outcomes:
        issues.append(Issue("outcomes", "review.nothing_reviewed"))
    return issues


def clean_decision(draft: DecisionDraft) -> DecisionDraft:
    return replace(
        draft,
        number=nfc(draft.number),
        signer=nfc(draft.signer),
        signer_title=nfc(draft.signer_title),
        issuer=nfc(draft.issuer),
    )


def validate_decision(draft: DecisionDraft) -> list[Issue]:
    issues = [] if draft.number else [Issue("number", "decision.number_required")]
    if draft.signed_on is None:
        issues.append(Issue("signed_on", "activity.date_required"))
    if not draft.signer:
        issues.append(Issue("signer", "name.required"))
    issues += _text_issues(draft, ("number", "signer", "signer_title", "issuer"))
    if not draft.registration_ids:
        issues.append(Issue("registration_ids", "decision.nobody"))
    return issues


def clean_commendation(draft: CommendationDraft) -> CommendationDraft:
    return replace(draft, title=nfc(draft.title), given_by=nfc(draft.given_by))


def validate_commendation(draft: CommendationDraft) -> list[Issue]:
    issues = [] if draft.title else [Issue("title", "commendation.title_required")]
    if draft.given_on is None:
        issues.append(Issue("given_on", "activity.date_required"))
    issues += _text_issues(draft, ("title", "given_by"))
    if not draft.registration_ids:
        issues.append(Issue("registration_ids", "decision.nobody"))
    return issues


@dataclass(frozen=True, slots=True)
class ReviewInfo:
    """A review meeting as recorded, with the registrations it reviewed."""

    id: int
    draft: ReviewDraft


@dataclass(frozen=True, slots=True)
class DecisionInfo:
    id: int
    draft: DecisionDraft


def years_in_a_row(rows: list[RegistrationRow], model: Model) -> tuple[int, int | None]:
    """How many years in a row, up to the latest year recognised, the subject was recognised
    for `model`: (count, latest year), (0, None) if never."""
    years = sorted({r.year for r in rows if r.model is model and r.decision_number}, reverse=True)
    if not years:
        return 0, None
    count = 1
    while count < len(years) and years[count] == years[0] - count:
        count += 1
    return count, years[0]


@dataclass(frozen=True, slots=True)
class Correction:
    """A score changed after recognition, as kept in the trail."""

    corrected_at: dt.datetime
    corrected_by: str
    old_total: Decimal | None
    new_total: Decimal
    old_met: bool | None
    new_met: bool
    reason: str
