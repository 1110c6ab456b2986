"""The register of certificates and their printings. Functions take a Session, never commit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from xhht_desktop.domain.certificates import (
    CertificateKind,
    PrintRecord,
    RegisterEntry,
    Sheet,
    SheetState,
)
from xhht_desktop.domain.criteria import Model
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.storage.orm import (
    CertificatePrintRecord,
    CertificateRecord,
    CommendationRecord,
    DecisionRecord,
    RegistrationRecord,
)

C = CertificateRecord
P = CertificatePrintRecord
R = RegistrationRecord


@dataclass(frozen=True, slots=True)
class Grant:
    """Why a registration may have a certificate: its decision, and its commendation."""

    decision_number: str
    decision_date: dt.date | None
    decision_issuer: str
    distinction: str = ""  # the commendation's title, if commended
    commended_on: dt.date | None = None
    commended_by: str = ""


@dataclass(frozen=True, slots=True)
class Live:
    """A registration's latest certificate of a kind: its number and how often it printed."""

    certificate_id: int
    number: str
    state: SheetState
    prints: int


def grants(s: Session, year: int, model: Model) -> dict[int, Grant]:
    """Registration id -> its decision (and commendation) for the recognised of a year."""
    stmt = (
        select(
            R.id,
            DecisionRecord.number,
            DecisionRecord.signed_on,
            DecisionRecord.issuer,
            CommendationRecord.title,
            CommendationRecord.given_on,
            CommendationRecord.given_by,
        )
        .join(DecisionRecord, DecisionRecord.id == R.decision_id)
        .outerjoin(CommendationRecord, CommendationRecord.id == R.commendation_id)
        .where(R.year == year, R.model == model.value, R.deleted_at.is_(None))
    )
    return {
        rid: Grant(number or "", signed_on, issuer or "", title or "", given_on, given_by or "")
        for rid, number, signed_on, issuer, title, given_on, given_by in s.execute(stmt)
    }


def live_certificates(
    s: Session, year: int, model: Model, kind: CertificateKind
) -> dict[int, Live]:
    """Registration id -> its latest certificate of `kind` (voided or not)."""
    prints = (
        select(P.certificate_id, func.count().label("n"))
        .where(P.deleted_at.is_(None))
        .group_by(P.certificate_id)
        .subquery()
    )
    stmt = (
        select(C.registration_id, C.id, C.number, C.voided_at, func.coalesce(prints.c.n, 0))
        .outerjoin(prints, prints.c.certificate_id == C.id)
        .where(C.year == year, C.model == model.value, C.kind == kind.value)
        .where(C.deleted_at.is_(None))
        .order_by(C.id)
    )
    found: dict[int, Live] = {}
    for rid, cid, number, voided_at, n in s.execute(stmt):
        state = SheetState.VOID if voided_at is not None else SheetState.ISSUED
        found[rid] = Live(cid, number, state, n)  # later ids win: the latest certificate
    return found


def next_sequence(s: Session, issuer_key: str, year: int, kind: CertificateKind) -> int:
    stmt = select(func.max(C.sequence)).where(
        C.issuer_key == issuer_key, C.year == year, C.kind == kind.value
    )
    return (s.execute(stmt).scalar() or 0) + 1


def record_prints(
    s: Session,
    sheets: Sequence[Sheet],
    *,
    issuer: str,
    issuer_key: str,
    copies: int,
    destination: str,
    who: str,
    origin_unit: str,
    now: dt.datetime,
) -> list[int]:
    """Put the new sheets in the register with the numbers they were printed with, and record
    one printing of every sheet. A number someone else took since the preview is refused: the
    paper would not match the register."""
    ids = []
    for sheet in sheets:
        r = sheet.recipient
        if sheet.reprint:
            record = s.get(C, r.certificate_id) if r.certificate_id is not None else None
            if record is None or record.voided_at is not None or record.number != sheet.number:
                raise UserError("certificate.register_changed")
        else:
            taken = s.execute(
                select(C.id).where(
                    C.issuer_key == issuer_key,
                    C.year == r.year,
                    C.kind == r.kind.value,
                    C.sequence == sheet.sequence,
                )
            ).first()
            current = live_certificates(s, r.year, r.model, r.kind).get(r.registration_id)
            if taken is not None or (current is not None and current.state is SheetState.ISSUED):
                raise UserError("certificate.register_changed")
            record = C(
                uuid=sheet.certificate_uuid,
                registration_id=r.registration_id,
                kind=r.kind.value,
                year=r.year,
                model=r.model.value,
                issuer=issuer,
                issuer_key=issuer_key,
                sequence=sheet.sequence,
                number=sheet.number,
                recipient=r.name,
                address=r.address,
                decision_number=r.decision_number,
                decision_date=r.decision_date,
                issued_by=who,
                void_reason="",
                voided_by="",
                origin_unit=origin_unit,
                created_at=now,
                updated_at=now,
            )
            s.add(record)
            s.flush()
        s.add(
            P(
                certificate_id=record.id,
                printed_by=who,
                copies=copies,
                reprint=sheet.reprint,
                destination=destination,
                origin_unit=origin_unit,
                created_at=now,
                updated_at=now,
            )
        )
        ids.append(record.id)
    return ids


def void(s: Session, certificate_id: int, reason: str, who: str, now: dt.datetime) -> None:
    record = s.get(C, certificate_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(kind="certificate", id=certificate_id)
    if record.voided_at is not None:
        raise UserError("certificate.already_void", number=record.number)
    record.voided_at, record.void_reason, record.voided_by = now, reason, who
    record.updated_at = now


def register(
    s: Session, year: int, kinds: Iterable[CertificateKind] = tuple(CertificateKind)
) -> list[RegisterEntry]:
    """Every certificate of a year in number order, with its printings summed."""
    prints = (
        select(
            P.certificate_id,
            func.count().label("n"),
            func.sum(P.copies).label("copies"),
            func.max(P.created_at).label("last"),
        )
        .where(P.deleted_at.is_(None))
        .group_by(P.certificate_id)
        .subquery()
    )
    stmt = (
        select(C, prints.c.n, prints.c.copies, prints.c.last)
        .outerjoin(prints, prints.c.certificate_id == C.id)
        .where(C.year == year, C.kind.in_([k.value for k in kinds]), C.deleted_at.is_(None))
        .order_by(C.kind.desc(), C.issuer_key, C.sequence)  # recognition before commendation
    )
    return [
        RegisterEntry(
            id=c.id,
            uuid=c.uuid,
            year=c.year,
            kind=CertificateKind(c.kind),
            model=Model(c.model),
            number=c.number,
            sequence=c.sequence,
            recipient=c.recipient,
            address=c.address,
            decision_number=c.decision_number,
            decision_date=c.decision_date,
            issued_at=c.created_at,
            issued_by=c.issued_by,
            prints=n or 0,
            copies=copies or 0,
            last_printed_at=last,
            voided_at=c.voided_at,
            void_reason=c.void_reason,
            voided_by=c.voided_by,
        )
        for c, n, copies, last in s.execute(stmt)
    ]


def prints_of(s: Session, certificate_id: int) -> list[PrintRecord]:
    stmt = select(P).where(P.certificate_id == certificate_id, P.deleted_at.is_(None))
    return [
        PrintRecord(
            p.certificate_id, p.created_at, p.printed_by, p.copies, p.reprint, p.destination
        )
        for p in s.scalars(stmt.order_by(P.id))
    ]


def uuids(s: Session, certificate_ids: Iterable[int]) -> dict[int, str]:
    ids = list(certificate_ids)
    if not ids:
        return {}
    return {cid: uid for cid, uid in s.execute(select(C.id, C.uuid).where(C.id.in_(ids)))}


def years(s: Session) -> list[int]:
    stmt = select(C.year).where(C.deleted_at.is_(None)).distinct().order_by(C.year.desc())
    return list(s.scalars(stmt))
