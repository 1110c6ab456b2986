"""SQLAlchemy models. Records that travel upward carry a UUID, origin unit, times, tombstone."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_mod

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Naive UTC: SQLite has no time zones, and every stored time is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Business configuration of this installation, one JSON value per key."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class Travelling:
    """Columns of every record that is sent upward in packages."""

    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    origin_unit: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # tombstone / trash
    # Set by a package import only (this PC's clock): when the row last came from a child unit,
    # and the sender's updated_at it came with. A row changed here since it arrived has
    # updated_at != received_version; a row received since the last acknowledged package
    # travels on upward even though its updated_at (the sender's clock) may be older.
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received_version: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HouseholdRecord(Travelling, Base):
    __tablename__ = "household"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The head is a person of this household; nullable only while the row is being written.
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", use_alter=True, ondelete="RESTRICT")
    )
    house_number: Mapped[str] = mapped_column(String(30), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    group: Mapped[str] = mapped_column("to_group", String(50), default="")
    hamlet: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    economic_status: Mapped[str] = mapped_column(String(20), default="khong")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Derived, kept in step by the repository, so the big table needs no joins:
    head_name: Mapped[str] = mapped_column(String(100), default="")
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    sort_key: Mapped[str] = mapped_column(String(100), default="")  # folded head name
    address_key: Mapped[str] = mapped_column(String(400), default="")  # see address_sort_key
    search_key: Mapped[str] = mapped_column(Text, default="")  # folded names, address, phone

    __table_args__ = (
        Index(None, "deleted_at", "sort_key", "id"),
        Index(None, "deleted_at", "address_key", "id"),
        Index(None, "to_group", "deleted_at"),  # the list of tổ in use, from the index alone
    )


class PersonRecord(Travelling, Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), index=True
    )
    full_name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), default="", index=True)
    gender: Mapped[str] = mapped_column(String(10), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    relation: Mapped[str] = mapped_column(String(20), default="khac")
    education: Mapped[str] = mapped_column(String(20), default="")
    literacy: Mapped[str] = mapped_column(String(20), default="")
    studying: Mapped[bool] = mapped_column(Boolean, default=False)
    school: Mapped[str] = mapped_column(String(200), default="")
    grade: Mapped[str] = mapped_column(String(20), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    is_member: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)  # order within the household


class ActivityTypeRecord(Base):
    """An editable list: the kinds of learning activity (sinh hoạt chuyên đề, hội thi…)."""

    __tablename__ = "activity_type"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class ActivityRecord(Travelling, Base):
    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("activity_type.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), default="")  # folded, for search
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    # The local unit (school, agency…) whose activity it is; None: the branch's own.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("local_unit.id", ondelete="RESTRICT"))
    notes: Mapped[str] = mapped_column(Text, default="")
    outside_attendees: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index(None, "deleted_at", "start_date"),)


class AttendanceRecord(Travelling, Base):
    """A person of the register at an activity; removed attendance is a tombstone."""

    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)

    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)


class LocalUnitRecord(Travelling, Base):
    """An agency, school or enterprise of the area (subject of "Đơn vị học tập")."""

    __tablename__ = "local_unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20), default="co_quan")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    staff_count: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ClanRecord(Travelling, Base):
    """A clan (dòng họ); it may span several branches' registers."""

    __tablename__ = "clan"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")
    board_head: Mapped[str] = mapped_column(String(200), default="")
    fund_notes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    households_elsewhere: Mapped[int] = mapped_column(Integer, default=0)


class ClanBranchRecord(Travelling, Base):
    """A chi họ: a node of the clan's tree."""

    __tablename__ = "clan_branch"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clan_id: Mapped[int] = mapped_column(ForeignKey("clan.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("clan_branch.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    head_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ClanHouseholdRecord(Travelling, Base):
    """A household of the register belonging to a clan; leaving is a tombstone."""

    __tablename__ = "clan_household"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    clan_id: Mapped[int] = mapped_column(ForeignKey("clan.id", ondelete="RESTRICT"))
    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT"), index=True
    )

    __table_args__ = (UniqueConstraint("clan_id", "household_id"),)


class CriteriaSetRecord(Travelling, Base):
    """A version of a criteria set; `content` is the whole set in its file format (JSON)."""

    __tablename__ = "criteria_set"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int | None] = mapped_column(Integer)
    sample: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("key", "version"),)


class ReviewRecord(Travelling, Base):
    """A review meeting (bình xét) of one model's registrations in a year."""

    __tablename__ = "review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(20))
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")
    chair: Mapped[str] = mapped_column(String(200), default="")
    secretary: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class DecisionRecord(Travelling, Base):
    """The decision recognising proposed subjects (số, ngày, người ký)."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    signer: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    issuer: Mapped[str] = mapped_column(String(200), default="")


class CommendationRecord(Travelling, Base):
    """Commendation as exemplary (tiêu biểu / biểu dương), separate from recognition."""

    __tablename__ = "commendation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    given_on: Mapped[dt.date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(200), default="")


class RegistrationRecord(Travelling, Base):
    """A subject registered for a model's title in a year, and how far it got."""

    __tablename__ = "registration"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(20))
    subject_kind: Mapped[str] = mapped_column(String(20))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="RESTRICT")
    )
    clan_id: Mapped[int | None] = mapped_column(ForeignKey("clan.id", ondelete="RESTRICT"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("local_unit.id", ondelete="RESTRICT"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    registered_on: Mapped[dt.date] = mapped_column(Date)
    criteria_set_id: Mapped[int | None] = mapped_column(
        ForeignKey("criteria_set.id", ondelete="RESTRICT")
    )
    score: Mapped[str | None] = mapped_column(Text)  # the score sheet (score_io), as JSON
    total: Mapped[str | None] = mapped_column(String(20))  # a Decimal, exactly
    band: Mapped[str | None] = mapped_column(String(30))
    met: Mapped[bool | None] = mapped_column(Boolean)
    scored_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    review_id: Mapped[int | None] = mapped_column(ForeignKey("review.id", ondelete="RESTRICT"))
    proposed: Mapped[bool | None] = mapped_column(Boolean)
    review_note: Mapped[str] = mapped_column(Text, default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="RESTRICT"))
    commendation_id: Mapped[int | None] = mapped_column(
        ForeignKey("commendation.id", ondelete="RESTRICT")
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index(None, "year", "model", "deleted_at"),)


class ScoreCorrectionRecord(Travelling, Base):
    """A score changed after recognition: what it was, what it became, who, when and why."""

    __tablename__ = "score_correction"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="RESTRICT"), index=True
    )
    old_score: Mapped[str | None] = mapped_column(Text)
    old_total: Mapped[str | None] = mapped_column(String(20))
    old_band: Mapped[str | None] = mapped_column(String(30))
    old_met: Mapped[bool | None] = mapped_column(Boolean)
    new_score: Mapped[str] = mapped_column(Text)
    new_total: Mapped[str] = mapped_column(String(20))
    new_band: Mapped[str | None] = mapped_column(String(30))
    new_met: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text)
    corrected_by: Mapped[str] = mapped_column(String(100))


class CertificateRecord(Travelling, Base):
    """One line of the register of certificates (sổ cấp giấy công nhận): a number given to a
    recognised or commended subject. What it says is kept as printed, so the register reads
    the same after the household is renamed. Voided lines stay, with who, when and why."""

    __tablename__ = "certificate"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # recognition, commendation
    year: Mapped[int] = mapped_column(Integer)
    model: Mapped[str] = mapped_column(String(20))
    issuer: Mapped[str] = mapped_column(String(200))
    issuer_key: Mapped[str] = mapped_column(String(200))  # folded: one issuer however typed
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    recipient: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(String(400), default="")
    decision_number: Mapped[str] = mapped_column(String(60), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(100))
    voided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (UniqueConstraint("issuer_key", "year", "kind", "sequence"),)


class CertificatePrintRecord(Travelling, Base):
    """One printing of a certificate: to a PDF file or a printer, by whom, how many copies."""

    __tablename__ = "certificate_print"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificate_id: Mapped[int] = mapped_column(
        ForeignKey("certificate.id", ondelete="RESTRICT"), index=True
    )
    printed_by: Mapped[str] = mapped_column(String(100))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    destination: Mapped[str] = mapped_column(String(500), default="")


class KnownUnitRecord(Base):
    """A unit this installation knows: its children (senders, with their keys once trusted),
    their own children (from the packages they forward) and its parent (the key handed down)."""

    __tablename__ = "known_unit"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(20), default="")
    parent_code: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(20), default="descendant")  # child, parent, …
    key_id: Mapped[str] = mapped_column(String(16), default="")
    public_key: Mapped[str] = mapped_column(String(64), default="")  # Ed25519, hex
    encryption_key: Mapped[str] = mapped_column(String(64), default="")  # X25519, hex (parent)
    trusted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    last_package_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # as the sender says
    last_imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    received: Mapped[str] = mapped_column(Text, default="")  # sequences received, "1-4,6"


class ImportedPackageRecord(Base):
    """A package applied here: importing it again changes nothing."""

    __tablename__ = "imported_package"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_code: Mapped[str] = mapped_column(String(40), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)  # the sender's clock
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text, default="")  # counts per table, JSON


class ExportedPackageRecord(Base):
    """A package written for the parent; acknowledged once the parent's receipt comes back."""

    __tablename__ = "exported_package"
    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    since: Mapped[dt.datetime | None] = mapped_column(DateTime)
    up_to: Mapped[dt.datetime] = mapped_column(DateTime)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SyncConflictRecord(Base):
    """A record changed both here and at its sender since the last exchange: the local row is
    kept, the incoming one waits here until someone chooses field by field."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_uuid: Mapped[str] = mapped_column(String(36), index=True)
    sender_code: Mapped[str] = mapped_column(String(40))
    package_id: Mapped[str] = mapped_column(String(36))
    incoming: Mapped[str] = mapped_column(Text)  # the sender's row, JSON as in the package
    local: Mapped[str] = mapped_column(Text)  # this PC's row when the package came
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")


class UnitAggregateRecord(Base):
    """Counts a unit sent without personal data (an aggregates-only package)."""

    __tablename__ = "unit_aggregate"
    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    model: Mapped[str] = mapped_column(String(20), primary_key=True)
    group: Mapped[str] = mapped_column("to_group", String(50), primary_key=True, default="")
    subjects: Mapped[int] = mapped_column(Integer, default=0)
    registered: Mapped[int] = mapped_column(Integer, default=0)
    scored: Mapped[int] = mapped_column(Integer, default=0)
    proposed: Mapped[int] = mapped_column(Integer, default=0)
    recognised: Mapped[int] = mapped_column(Integer, default=0)
    commended: Mapped[int] = mapped_column(Integer, default=0)
    members: Mapped[int] = mapped_column(Integer, default=0)
    activities: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class UserAccountRecord(Base):
    """A person who uses the app on this PC, with a role and an Argon2id password hash."""

    __tablename__ = "user_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(60))
    name_key: Mapped[str] = mapped_column(String(60), unique=True)  # folded: one user per name
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20))  # admin, editor, viewer
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditRecord(Base):
    """One change: who, when, which record, each field before → after (JSON). Written in the
    same transaction as the change itself, so neither exists without the other."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    who: Mapped[str] = mapped_column(String(100), index=True)
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, event
    table_name: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36), default="")
    record_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[str] = mapped_column(Text, default="")  # {"field": [before, after]}
    summary: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index(None, "table_name", "record_uuid"),)


# Full-text index over household.search_key (folded words; see domain.search): every word typed
# is a prefix look-up. Kept in step by triggers; not a model, so built by migrations only.
FTS_TABLE = "household_fts"
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "search_key, content='household', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
)
# SQLite drops a table's triggers with it, so a migration that rebuilds `household` (Alembic's
# batch mode) loses them: migrate() puts back any that are missing (see ensure_search_index).
FTS_TRIGGERS = {
    "household_fts_ai": "AFTER INSERT ON household BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
    "household_fts_ad": "AFTER DELETE ON household BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); END",
    "household_fts_au": "AFTER UPDATE OF search_key ON household BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
    "VALUES ('delete', old.id, old.search_key); "
    f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
}
FTS_DDL = (
    FTS_CREATE,
    *(f"CREATE TRIGGER IF NOT EXISTS {name} {body}" for name, body in FTS_TRIGGERS.items()),
)
FTS_OBJECTS = frozenset(
    {FTS_TABLE, *(f"{FTS_TABLE}_{s}" for s in ("data", "idx", "docsize", "config", "content"))}
)
