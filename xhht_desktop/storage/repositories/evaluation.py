"""Registrations and the steps of the yearly cycle. Functions take a Session, never commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.derivation import (
    ClanFacts,
    CommunityFacts,
    Facts,
    HouseholdFacts,
    person_facts,
)
from xhht_desktop.domain.entities import Education, Literacy, PersonDraft, format_address
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
)
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.storage.orm import (
    ActivityRecord,
    AttendanceRecord,
    ClanHouseholdRecord,
    ClanRecord,
    CommendationRecord,
    DecisionRecord,
    HouseholdRecord,
    LocalUnitRecord,
    PersonRecord,
    RegistrationRecord,
    ReviewRecord,
    ScoreCorrectionRecord,
)

R = RegistrationRecord
H = HouseholdRecord
# The table of each kind of subject, and the registration column pointing at it.
_SUBJECT = {
    SubjectKind.HOUSEHOLD: (H, R.household_id),
    SubjectKind.CLAN: (ClanRecord, R.clan_id),
    SubjectKind.UNIT: (LocalUnitRecord, R.unit_id),
    SubjectKind.PERSON: (PersonRecord, R.person_id),
}


def _living(stmt, model):  # noqa: ANN001, ANN202 - SQL
    return stmt.where(model.deleted_at.is_(None))


def _registered_ids(s: Session, year: int, model: Model) -> set[int | None]:
    kind = SUBJECT_OF[model]
    if kind is SubjectKind.COMMUNITY:
        column = R.id
        rows = s.scalars(_living(select(column).where(R.year == year, R.model == model.value), R))
        return {None} if list(rows) else set()
    column = _SUBJECT[kind][1]
    stmt = select(column).where(R.year == year, R.model == model.value)
    return set(s.scalars(_living(stmt, R)))


def candidates(s: Session, year: int, model: Model) -> list[Candidate]:
    """Living subjects of `model` not registered for `year` yet."""
    kind = SUBJECT_OF[model]
    taken = _registered_ids(s, year, model)
    if kind is SubjectKind.HOUSEHOLD:
        stmt = _living(
            select(H.id, H.head_name, H.house_number, H.street, H.group, H.hamlet), H
        ).order_by(H.address_key, H.id)
        found = [
            Candidate(r[0], r[1], format_address(r[2], r[3], r[4], r[5]), r[4])
            for r in s.execute(stmt)
        ]
    elif kind is SubjectKind.CLAN:
        stmt = _living(select(ClanRecord.id, ClanRecord.name, ClanRecord.head_name), ClanRecord)
        found = [
            Candidate(r[0], r[1], r[2], "") for r in s.execute(stmt.order_by(ClanRecord.name_key))
        ]
    elif kind is SubjectKind.UNIT:
        U = LocalUnitRecord
        stmt = _living(select(U.id, U.name, U.address), U).order_by(U.name_key)
        found = [Candidate(r[0], r[1], r[2], "") for r in s.execute(stmt)]
    elif kind is SubjectKind.PERSON:
        P = PersonRecord
        stmt = (
            select(P.id, P.full_name, H.head_name, H.group)
            .join(H, H.id == P.household_id)
            .where(P.deleted_at.is_(None), H.deleted_at.is_(None))
            .order_by(H.address_key, P.position)
        )
        found = [Candidate(r[0], r[1], r[2], r[3]) for r in s.execute(stmt)]
    else:  # the community: one subject, the branch itself
        found = [] if None in taken else [Candidate(0, "", "", "")]
        return found
    return [c for c in found if c.id not in taken]


def register(
    s: Session,
    year: int,
    model: Model,
    subject_ids: Iterable[int],
    registered_on: dt.date,
    origin_unit: str,
    now: dt.datetime,
) -> list[int]:
    """Register subjects not registered yet; return the new registrations' ids."""
    kind = SUBJECT_OF[model]
    taken = _registered_ids(s, year, model)
    wanted = [None] if kind is SubjectKind.COMMUNITY else list(dict.fromkeys(subject_ids))
    if kind is not SubjectKind.COMMUNITY and wanted:
        table = _SUBJECT[kind][0]
        alive = set(s.scalars(_living(select(table.id).where(table.id.in_(wanted)), table)))
        if missing := set(wanted) - alive:
            raise NotFound(kind=kind.value, id=min(missing))
    made = []
    for subject_id in wanted:
        if subject_id in taken:
            continue
        record = R(
            year=year,
            model=model.value,
            subject_kind=kind.value,
            registered_on=registered_on,
            origin_unit=origin_unit,
            created_at=now,
            updated_at=now,
        )
        if kind is not SubjectKind.COMMUNITY:
            setattr(record, _SUBJECT[kind][1].key, subject_id)
        s.add(record)
        s.flush()
        made.append(record.id)
    return made


def registration(s: Session, registration_id: int) -> R:
    found = s.get(R, registration_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(kind="registration", id=registration_id)
    return found


def unregister(s: Session, registration_id: int, now: dt.datetime) -> None:
    record = registration(s, registration_id)
    if record.decision_id is not None:
        raise UserError("evaluation.already_recognised")
    record.deleted_at = record.updated_at = now


def registration_rows(
    s: Session, year: int, model: Model, community_name: str = ""
) -> list[RegistrationRow]:
    kind = SUBJECT_OF[model]
    stmt = (
        select(R, DecisionRecord.number)
        .outerjoin(DecisionRecord, DecisionRecord.id == R.decision_id)
        .where(R.year == year, R.model == model.value, R.deleted_at.is_(None))
    )
    records = list(s.execute(stmt))
    names = _subject_names(s, kind, records)
    rows = []
    for record, number in records:
        subject_id = (
            None if kind is SubjectKind.COMMUNITY else getattr(record, _SUBJECT[kind][1].key)
        )
        name, group = names.get(subject_id, (community_name, ""))
        rows.append(
            RegistrationRow(
                record.id,
                record.year,
                Model(record.model),
                subject_id,
                name,
                group,
                Decimal(record.total) if record.total is not None else None,
                record.band,
                record.met,
                record.proposed,
                number,
                record.commendation_id is not None,
            )
        )
    return sorted(rows, key=lambda r: (r.group, r.subject_name, r.id))


def _subject_names(s: Session, kind: SubjectKind, records: list) -> dict:
    if kind is SubjectKind.COMMUNITY or not records:
        return {}
    column = _SUBJECT[kind][1].key
    ids = [getattr(r, column) for r, _ in records]
    if kind is SubjectKind.HOUSEHOLD:
        return {
            i: (n, g)
            for i, n, g in s.execute(select(H.id, H.head_name, H.group).where(H.id.in_(ids)))
        }
    if kind is SubjectKind.PERSON:
        P = PersonRecord
        stmt = select(P.id, P.full_name, H.group).join(H, H.id == P.household_id)
        return {i: (n, g) for i, n, g in s.execute(stmt.where(P.id.in_(ids)))}
    table = _SUBJECT[kind][0]
    return {i: (n, "") for i, n in s.execute(select(table.id, table.name).where(table.id.in_(ids)))}


@dataclass(frozen=True, slots=True)
class StoredScore:
    """A checked score sheet as stored on its registration."""

    set_id: int
    sheet_json: str
    total: Decimal
    band: str | None
    met: bool


def _apply_score(record: R, score: StoredScore, now: dt.datetime) -> None:
    record.criteria_set_id, record.score = score.set_id, score.sheet_json
    record.total, record.band, record.met = str(score.total), score.band, score.met
    record.scored_at = record.updated_at = now


def store_score(s: Session, registration_id: int, score: StoredScore, now: dt.datetime) -> None:
    record = registration(s, registration_id)
    if record.decision_id is not None:
        raise UserError("evaluation.locked_after_recognition")
    _apply_score(record, score, now)


def create_review(s: Session, draft: ReviewDraft, origin_unit: str, now: dt.datetime) -> int:
    review = ReviewRecord(
        year=draft.year,
        model=draft.model.value,
        held_on=draft.held_on,
        place=draft.place,
        chair=draft.chair,
        secretary=draft.secretary,
        attendees=draft.attendees,
        notes=draft.notes,
        origin_unit=origin_unit,
        created_at=now,
        updated_at=now,
    )
    s.add(review)
    s.flush()
    for registration_id, proposed, note in draft.outcomes:
        record = _of_year(s, registration_id, draft.year, draft.model)
        if record.decision_id is not None:
            raise UserError("evaluation.locked_after_recognition")
        if record.score is None:
            raise UserError("review.not_scored", id=registration_id)
        record.review_id, record.proposed, record.review_note = review.id, proposed, note
        record.updated_at = now
    return review.id


def create_decision(s: Session, draft: DecisionDraft, origin_unit: str, now: dt.datetime) -> int:
    decision = DecisionRecord(
        year=draft.year,
        model=draft.model.value,
        number=draft.number,
        signed_on=draft.signed_on,
        signer=draft.signer,
        signer_title=draft.signer_title,
        issuer=draft.issuer,
        origin_unit=origin_unit,
        created_at=now,
        updated_at=now,
    )
    s.add(decision)
    s.flush()
    for registration_id in sorted(draft.registration_ids):
        record = _of_year(s, registration_id, draft.year, draft.model)
        if record.decision_id is not None:
            raise UserError("evaluation.already_recognised")
        if not record.proposed:
            raise UserError("decision.not_proposed", id=registration_id)
        record.decision_id, record.updated_at = decision.id, now
    return decision.id


def create_commendation(
    s: Session, draft: CommendationDraft, origin_unit: str, now: dt.datetime
) -> int:
    event = CommendationRecord(
        year=draft.year,
        title=draft.title,
        given_on=draft.given_on,
        given_by=draft.given_by,
        origin_unit=origin_unit,
        created_at=now,
        updated_at=now,
    )
    s.add(event)
    s.flush()
    for registration_id in sorted(draft.registration_ids):
        record = registration(s, registration_id)
        if record.year != draft.year:
            raise NotFound(kind="registration", id=registration_id)
        if record.decision_id is None:
            raise UserError("commendation.not_recognised", id=registration_id)
        if record.commendation_id is not None:
            raise UserError("commendation.already", id=registration_id)
        record.commendation_id, record.updated_at = event.id, now
    return event.id


def _of_year(s: Session, registration_id: int, year: int, model: Model) -> R:
    record = registration(s, registration_id)
    if record.year != year or record.model != model.value:
        raise NotFound(kind="registration", id=registration_id)
    return record


def dashboard(
    s: Session, year: int, subjects: dict[Model, int], by_group: bool
) -> list[DashboardLine]:
    """Counts per model (and per tổ for households when `by_group`)."""
    stmt = (
        select(
            R.model,
            H.group,
            func.count(),
            func.count(R.score),
            func.count(case((R.proposed.is_(True), 1))),  # sum() would come back a bool
            func.count(R.decision_id),
            func.count(R.commendation_id),
        )
        .outerjoin(H, H.id == R.household_id)
        .where(R.year == year, R.deleted_at.is_(None))
        .group_by(R.model, H.group)
    )
    totals: dict[tuple[Model, str], list[int]] = {}
    for model, group, *counts in s.execute(stmt):
        for key in (
            ((Model(model), ""), (Model(model), group or ""))
            if by_group and group
            else ((Model(model), ""),)
        ):
            line = totals.setdefault(key, [0] * 5)
            for i, value in enumerate(counts):
                line[i] += int(value or 0)
    lines = [
        DashboardLine(model, "", subjects.get(model, 0), *totals.get((model, ""), [0] * 5))
        for model in Model
    ]
    if by_group:
        per_group = {
            g: n for g, n in s.execute(_living(select(H.group, func.count()), H).group_by(H.group))
        }
        for (model, group), counts in sorted(totals.items(), key=lambda kv: kv[0][1]):
            if group:
                lines.append(DashboardLine(model, group, per_group.get(group, 0), *counts))
    return lines


def count_subjects(s: Session) -> dict[Model, int]:
    def count(table) -> int:  # noqa: ANN001
        return s.scalar(_living(select(func.count()).select_from(table), table)) or 0

    return {
        Model.FAMILY: count(H),
        Model.CLAN: count(ClanRecord),
        Model.UNIT: count(LocalUnitRecord),
        Model.COMMUNITY: 1,
        Model.CITIZEN: count(PersonRecord),
    }


def facts_for(s: Session, record: R) -> Facts | None:
    """What the recorded data says of a registration's subject, for the year scored."""
    year = record.year
    in_year = (
        ActivityRecord.start_date >= dt.date(year, 1, 1),
        ActivityRecord.start_date <= dt.date(year, 12, 31),
        ActivityRecord.deleted_at.is_(None),
    )
    if record.subject_kind == SubjectKind.HOUSEHOLD.value:
        P, N = PersonRecord, AttendanceRecord
        attended = (
            select(func.count())
            .select_from(N)
            .join(ActivityRecord, ActivityRecord.id == N.activity_id)
            .where(N.person_id == P.id, N.deleted_at.is_(None), *in_year)
            .scalar_subquery()
        )
        stmt = select(P, attended).where(
            P.household_id == record.household_id, P.deleted_at.is_(None)
        )
        members = tuple(
            person_facts(
                PersonDraft(
                    full_name=p.full_name,
                    birth_date=p.birth_date,
                    birth_year=p.birth_year,
                    studying=p.studying,
                    literacy=Literacy(p.literacy),
                    education=Education(p.education),
                ),
                year,
                count,
            )
            for p, count in s.execute(stmt)
        )
        return HouseholdFacts(members)
    if record.subject_kind == SubjectKind.COMMUNITY.value:
        families = _family_registrations(year)
        return CommunityFacts(
            households=s.scalar(_living(select(func.count()).select_from(H), H)) or 0,
            families_registered=s.scalar(families) or 0,
            families_recognised=s.scalar(families.where(R.decision_id.is_not(None))) or 0,
            activities=s.scalar(select(func.count()).select_from(ActivityRecord).where(*in_year))
            or 0,
        )
    if record.subject_kind == SubjectKind.CLAN.value and record.clan_id is not None:
        return _clan_facts(s, record.clan_id, year)
    return None  # units: nothing recorded to count yet


def _family_registrations(year: int, *where: object):  # noqa: ANN202 - SQL
    """How many households registered for "Gia đình học tập" in `year` (of those `where`
    selects); add `R.decision_id.is_not(None)` for those recognised."""
    return _living(
        select(func.count(func.distinct(R.household_id))).where(
            R.year == year, R.model == Model.FAMILY.value, *where
        ),
        R,
    )


def _clan_facts(s: Session, clan_id: int, year: int) -> ClanFacts:
    """The clan's member households in this register (living ones), with their titles."""
    CH, P = ClanHouseholdRecord, PersonRecord
    members = (
        select(CH.household_id)
        .join(H, H.id == CH.household_id)
        .where(CH.clan_id == clan_id, CH.deleted_at.is_(None), H.deleted_at.is_(None))
    )
    families = _family_registrations(year, R.household_id.in_(members))
    with_member = _living(
        select(func.count(func.distinct(P.household_id))).where(
            P.household_id.in_(members), P.is_member.is_(True)
        ),
        P,
    )
    clan = s.get(ClanRecord, clan_id)
    return ClanFacts(
        households=s.scalar(select(func.count()).select_from(members.subquery())) or 0,
        families_registered=s.scalar(families) or 0,
        families_recognised=s.scalar(families.where(R.decision_id.is_not(None))) or 0,
        with_association_member=s.scalar(with_member) or 0,
        households_elsewhere=0 if clan is None else clan.households_elsewhere,
    )


def reviews(s: Session, year: int, model: Model) -> list[ReviewInfo]:
    found = []
    stmt = _living(
        select(ReviewRecord).where(ReviewRecord.year == year, ReviewRecord.model == model.value),
        ReviewRecord,
    )
    for review in s.scalars(stmt.order_by(ReviewRecord.held_on, ReviewRecord.id)):
        outcomes = tuple(
            (r.id, bool(r.proposed), r.review_note)
            for r in s.scalars(_living(select(R).where(R.review_id == review.id), R).order_by(R.id))
        )
        found.append(
            ReviewInfo(
                review.id,
                ReviewDraft(
                    review.year,
                    Model(review.model),
                    review.held_on,
                    review.place,
                    review.chair,
                    review.secretary,
                    review.attendees,
                    review.notes,
                    outcomes,
                ),
            )
        )
    return found


def decisions(s: Session, year: int, model: Model) -> list[DecisionInfo]:
    found = []
    stmt = _living(
        select(DecisionRecord).where(
            DecisionRecord.year == year, DecisionRecord.model == model.value
        ),
        DecisionRecord,
    )
    for decision in s.scalars(stmt.order_by(DecisionRecord.signed_on, DecisionRecord.id)):
        ids = frozenset(s.scalars(_living(select(R.id).where(R.decision_id == decision.id), R)))
        found.append(
            DecisionInfo(
                decision.id,
                DecisionDraft(
                    decision.year,
                    Model(decision.model),
                    decision.number,
                    decision.signed_on,
                    decision.signer,
                    decision.signer_title,
                    decision.issuer,
                    ids,
                ),
            )
        )
    return found


def subject_history(s: Session, kind: SubjectKind, subject_id: int) -> list[RegistrationRow]:
    """Every year a subject registered, newest first, with how far it got."""
    column = _SUBJECT[kind][1]
    stmt = (
        select(R, DecisionRecord.number)
        .outerjoin(DecisionRecord, DecisionRecord.id == R.decision_id)
        .where(column == subject_id, R.deleted_at.is_(None))
        .order_by(R.year.desc(), R.model)
    )
    return [
        RegistrationRow(
            r.id,
            r.year,
            Model(r.model),
            subject_id,
            "",
            "",
            Decimal(r.total) if r.total is not None else None,
            r.band,
            r.met,
            r.proposed,
            number,
            r.commendation_id is not None,
        )
        for r, number in s.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class RegistrationDetail:
    registered_on: dt.date | None
    detail: str  # the subject's address without its tổ (a column of its own), or a clan's head
    notes: str
    address: str = ""  # the address with the tổ, where the tổ has no column


def registration_details(
    s: Session, year: int, model: Model, community_detail: str = ""
) -> dict[int, RegistrationDetail]:
    """Registration id -> date registered, the subject's detail and the registration's notes."""
    kind = SUBJECT_OF[model]
    where = (R.year == year, R.model == model.value, R.deleted_at.is_(None))
    base = (R.id, R.registered_on, R.notes)
    if kind is SubjectKind.HOUSEHOLD:
        stmt = select(*base, H.house_number, H.street, H.hamlet, H.group).join(
            H, H.id == R.household_id
        )
    elif kind is SubjectKind.PERSON:
        stmt = (
            select(*base, H.house_number, H.street, H.hamlet, H.group)
            .join(PersonRecord, PersonRecord.id == R.person_id)
            .join(H, H.id == PersonRecord.household_id)
        )
    elif kind is SubjectKind.CLAN:
        stmt = select(*base, ClanRecord.head_name).join(ClanRecord, ClanRecord.id == R.clan_id)
    elif kind is SubjectKind.UNIT:
        U = LocalUnitRecord
        stmt = select(*base, U.address).join(U, U.id == R.unit_id)
    else:
        stmt = select(*base)
    found = {}
    for rid, registered_on, notes, *rest in s.execute(stmt.where(*where)):
        if kind in (SubjectKind.HOUSEHOLD, SubjectKind.PERSON):
            number, street, hamlet, group = rest
            detail = format_address(number, street, "", hamlet)
            address = format_address(number, street, group, hamlet)
        else:
            detail = address = (rest[0] if rest else community_detail) or ""
        found[rid] = RegistrationDetail(registered_on, detail, notes or "", address)
    return found


def _year_and_model(s: Session, record: type, record_id: int) -> tuple[int, Model] | None:
    row = s.execute(
        select(record.year, record.model).where(record.id == record_id, record.deleted_at.is_(None))
    ).first()
    return None if row is None else (row[0], Model(row[1]))


def review(s: Session, review_id: int) -> ReviewInfo:
    where = _year_and_model(s, ReviewRecord, review_id)
    found = next((r for r in reviews(s, *where) if r.id == review_id), None) if where else None
    if found is None:
        raise NotFound(kind="review", id=review_id)
    return found


def decision(s: Session, decision_id: int) -> DecisionInfo:
    where = _year_and_model(s, DecisionRecord, decision_id)
    found = next((d for d in decisions(s, *where) if d.id == decision_id), None) if where else None
    if found is None:
        raise NotFound(kind="decision", id=decision_id)
    return found


def correct_score(
    s: Session,
    registration_id: int,
    score: StoredScore,
    reason: str,
    who: str,
    origin_unit: str,
    now: dt.datetime,
) -> None:
    """Change the score of a recognised subject, keeping what it was in the trail."""
    record = registration(s, registration_id)
    if record.decision_id is None:
        raise UserError("correction.not_recognised")
    s.add(
        ScoreCorrectionRecord(
            registration_id=record.id,
            old_score=record.score,
            old_total=record.total,
            old_band=record.band,
            old_met=record.met,
            new_score=score.sheet_json,
            new_total=str(score.total),
            new_band=score.band,
            new_met=score.met,
            reason=reason,
            corrected_by=who,
            origin_unit=origin_unit,
            created_at=now,
            updated_at=now,
        )
    )
    _apply_score(record, score, now)


def corrections(s: Session, registration_id: int) -> list[Correction]:
    C = ScoreCorrectionRecord
    stmt = _living(select(C).where(C.registration_id == registration_id), C).order_by(
        C.created_at, C.id
    )
    return [
        Correction(
            c.created_at,
            c.corrected_by,
            Decimal(c.old_total) if c.old_total is not None else None,
            Decimal(c.new_total),
            c.old_met,
            c.new_met,
            c.reason,
        )
        for c in s.scalars(stmt)
    ]
