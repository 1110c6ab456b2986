"""Packages upward: a branch (or a ward) writes what changed for its parent; the parent checks,
previews and applies it, and hands back a receipt so the next package starts from there.

    branch ──package (.xhht, signed, encrypted to the ward)──▶ ward ──package──▶ province
           ◀────────────receipt (.xhhtack, signed)──────────       ◀──receipt──

Trust is by key: the parent hands its key file down once (so packages are encrypted to it and
its receipts are believed); the first package of a sender shows the sender's fingerprint and is
applied only once someone says to trust it; a known sender with another key is refused.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid as uuid_mod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.who import login_name
from xhht_desktop.storage.audit import audit_event
from xhht_desktop.storage.backup import backup_name, copy_database
from xhht_desktop.storage.database import Database
from xhht_desktop.storage.orm import (
    ExportedPackageRecord,
    ImportedPackageRecord,
    KnownUnitRecord,
    SyncConflictRecord,
    UnitAggregateRecord,
    utcnow,
)
from xhht_desktop.storage.repositories import evaluation as evaluation_repo
from xhht_desktop.storage.repositories import exchange as repo
from xhht_desktop.storage.revision import HEAD

if TYPE_CHECKING:  # cryptography loads on first use
    from xhht_desktop.services.packages.container import Package
    from xhht_desktop.services.packages.crypto import EncryptionKey
    from xhht_desktop.services.signing import InstallationKey

SCHEMA_VERSION = int(HEAD)
KEY_FORMAT = "xhht-key"
ACK_FORMAT = "xhht-ack"
ACK_EXTENSION = ".xhhtack"
KEY_EXTENSION = ".xhhtkey"
KINDS = ("full", "incremental", "aggregates")
AGGREGATES = "unit_aggregate"
COUNTS = (
    "subjects",
    "registered",
    "scored",
    "proposed",
    "recognised",
    "commended",
    "members",
    "activities",
)
CHANGED = Changes.of(Kind.EXCHANGE, Kind.HOUSEHOLD, Kind.EVALUATION, Kind.CERTIFICATES)
# Who is above whom: a package goes to the level above the sender's.
PARENT_LEVEL = {
    Level.BRANCH: (Level.COMMUNE, Level.DISTRICT),
    Level.COMMUNE: (Level.PROVINCE, Level.DISTRICT),
    Level.DISTRICT: (Level.PROVINCE,),
    Level.PROVINCE: (),
}


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    level: str
    parent_code: str = ""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    summary_path: Path
    sequence: int
    kind: str
    encrypted: bool
    rows: dict[str, int]


@dataclass(frozen=True)
class Incoming:
    """A checked package, before anything is applied: who sent it and what it would do."""

    path: Path
    package_id: str
    sender: UnitInfo
    fingerprint: str
    sequence: int
    kind: str
    created_at: dt.datetime
    new_sender: bool  # no key known for this unit yet: ask before trusting it
    plan: repo.ImportPlan
    missing: tuple[int, ...]  # earlier sequence numbers of this sender that never arrived
    rows: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Header:
    sender: UnitInfo
    package_id: str
    kind: str
    sequence: int
    created_at: dt.datetime
    new_sender: bool
    received: set[int]
    missing: tuple[int, ...]


@dataclass(frozen=True)
class Sender:
    code: str
    name: str
    level: str
    parent_code: str
    fingerprint: str
    trusted_at: dt.datetime | None
    last_sequence: int
    last_package_at: dt.datetime | None
    last_imported_at: dt.datetime | None
    missing: tuple[int, ...]


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    uuid: str
    sender_code: str
    created_at: dt.datetime
    fields: tuple[tuple[str, object, object], ...]  # field, here, from the sender (differing)


class ExchangeService:
    def __init__(
        self,
        database: Database,
        installation: InstallationService,
        key_path: Path,
        backups_dir: Path,
        who: Callable[[], str] = login_name,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.database = database
        self.sessions = database.sessions
        self.installation = installation
        self.key_path = key_path
        self.backups_dir = backups_dir
        self.who = who
        self.clock = clock
        self._keys: tuple[InstallationKey, EncryptionKey] | None = None

    # -- keys --------------------------------------------------------------------------------

    def keys(self) -> tuple[InstallationKey, EncryptionKey]:
        """This installation's signing and encryption keys, made on first use (at setup)."""
        if self._keys is None:
            from xhht_desktop.services.packages.crypto import EncryptionKey
            from xhht_desktop.services.signing import InstallationKey

            signing = InstallationKey.load_or_create(self.key_path)
            encryption = EncryptionKey.load_or_create(
                self.key_path.with_name("installation-x25519.pem")
            )
            self._keys = (signing, encryption)
        return self._keys

    def fingerprint(self) -> str:
        return self.keys()[0].fingerprint

    def export_key(self, path: Path) -> Path:
        """The small file a parent hands down once: who it is and its public keys."""
        from xhht_desktop.services.packages.container import write_signed_json

        inst = self.installation.require()
        signing, encryption = self.keys()
        payload = {
            "unit_code": inst.unit_code,
            "unit_name": inst.association_name or inst.unit_name,
            "level": inst.level.value,
            "encryption_key": encryption.public_bytes.hex(),
        }
        return write_signed_json(path, KEY_FORMAT, payload, signing)

    def import_parent_key(self, path: Path) -> UnitInfo:
        """Remember the parent's keys: packages are then encrypted to it and its receipts are
        believed. A different key for a parent already known is refused."""
        from xhht_desktop.services.packages.container import read_signed_json
        from xhht_desktop.services.signing import fingerprint_of, public_key_id

        payload, public = read_signed_json(path, KEY_FORMAT)
        inst = self.installation.require()
        try:
            code, name = str(payload["unit_code"]), str(payload["unit_name"])
            level = Level(str(payload["level"]))
            encryption = bytes.fromhex(str(payload["encryption_key"]))
        except (KeyError, ValueError) as exc:
            raise UserError("signed_file.unreadable", file=str(path)) from exc
        if level not in PARENT_LEVEL[inst.level] or code == inst.unit_code:
            raise UserError("exchange.not_parent", unit=name, level=level.value)
        key_id = public_key_id(public)
        with self.sessions.write() as s:
            known = s.get(KnownUnitRecord, code)
            parent = s.scalars(select(KnownUnitRecord).where(KnownUnitRecord.role == "parent"))
            for other in parent:
                if other.code != code:
                    other.role = "former_parent"
            if known is not None and known.key_id and known.key_id != key_id:
                raise UserError(
                    "exchange.key_changed", unit=name, fingerprint=fingerprint_of(public)
                )
            if known is None:
                known = KnownUnitRecord(code=code, last_sequence=0, received="")
                s.add(known)
            known.name, known.level, known.role = name, level.value, "parent"
            known.key_id, known.public_key = key_id, public.hex()
            known.encryption_key, known.trusted_at = encryption.hex(), self.clock()
        return UnitInfo(code, name, level.value)

    def parent(self) -> KnownUnitRecord | None:
        with self.sessions.read() as s:
            found = s.scalars(
                select(KnownUnitRecord).where(KnownUnitRecord.role == "parent")
            ).first()
            if found is not None:
                s.expunge(found)
            return found

    # -- export ------------------------------------------------------------------------------

    def export_package(
        self, folder: Path, *, full: bool = False, aggregates_only: bool = False
    ) -> ExportResult:
        """Write the package for the parent into `folder` (a USB stick), with its one-page
        summary. Incremental: what changed here or arrived here since the last package the
        parent acknowledged; full: everything. Aggregates only: counts, no personal data."""
        from xhht_desktop.services.packages.container import EXTENSION, jsonl, write_package

        inst = self.installation.require()
        signing, _ = self.keys()
        parent = self.parent()
        now = self.clock()
        kind = "aggregates" if aggregates_only else ("full" if full else "incremental")
        files: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        with self.sessions.read() as s:
            since = None if full or aggregates_only else self._acknowledged_up_to(s)
            sequence = (s.scalar(select(func.max(ExportedPackageRecord.sequence))) or 0) + 1
            if not aggregates_only:
                for name in repo.TABLES:
                    rows = list(repo.export_rows(s, name, since))
                    if rows:
                        files[name], counts[name] = jsonl(rows), len(rows)
            aggregates = self._aggregates(s, inst)
            if aggregates:
                files[AGGREGATES], counts[AGGREGATES] = jsonl(aggregates), len(aggregates)
            units = self._units(s, inst)
        package_id = str(uuid_mod.uuid4())
        manifest: dict[str, Any] = {
            "package_id": package_id,
            "kind": kind,
            "schema_version": SCHEMA_VERSION,
            "sender": {
                "unit_code": inst.unit_code,
                "unit_name": inst.unit_name,
                "level": inst.level.value,
                "parent_code": parent.code if parent else _parent_code(inst),
                "installation_id": inst.installation_id,
            },
            "recipient_unit_code": parent.code if parent else _parent_code(inst),
            "sequence": sequence,
            "created_at": now.isoformat(timespec="seconds"),
            "since": since.isoformat(timespec="microseconds") if since else None,
            "up_to": now.isoformat(timespec="microseconds"),
            "units": [u.__dict__ for u in units],
        }
        name = f"{_safe(inst.unit_code)}-{sequence:04d}-{now:%Y%m%d}{EXTENSION}"
        encrypt_to = (
            bytes.fromhex(parent.encryption_key) if parent and parent.encryption_key else None
        )
        path = write_package(folder / name, manifest, files, signing, encrypt_to=encrypt_to)
        summary = self._write_summary(path, manifest, counts, encrypt_to is not None, signing)
        with self.sessions.write() as s:
            s.add(
                ExportedPackageRecord(
                    package_id=package_id,
                    sequence=sequence,
                    kind=kind,
                    created_at=now,
                    since=since,
                    up_to=now,
                    file_name=str(path),
                    summary=json.dumps(counts, sort_keys=True),
                )
            )
        return ExportResult(path, summary, sequence, kind, encrypt_to is not None, counts)

    @staticmethod
    def _acknowledged_up_to(s: Any) -> dt.datetime | None:
        return s.scalar(
            select(func.max(ExportedPackageRecord.up_to)).where(
                ExportedPackageRecord.acknowledged_at.is_not(None),
                ExportedPackageRecord.kind != "aggregates",
            )
        )

    def _aggregates(self, s: Any, inst: Installation) -> list[dict[str, object]]:
        """Counts per unit, model and year of every unit whose records are here (this one and
        those below it), with members and activities; per tổ for a branch's own register; and
        the counts forwarded from aggregates-only units below."""
        from xhht_desktop.storage.orm import RegistrationRecord
        from xhht_desktop.storage.repositories.unit_statistics import unit_lines

        years = sorted({y for (y,) in s.execute(select(RegistrationRecord.year).distinct())})
        subjects = evaluation_repo.count_subjects(s)  # the same every year: counted once
        out: list[dict[str, object]] = []
        for year in years:
            for line in unit_lines(s, year):
                if line.aggregated:
                    continue  # stored below, as it came
                out.append(
                    {
                        "unit_code": line.unit_code,
                        "year": year,
                        "model": line.model.value,
                        "group": "",
                        **{k: getattr(line, k) for k in COUNTS},
                    }
                )
            if inst.level is Level.BRANCH:
                for d in evaluation_repo.dashboard(s, year, subjects, by_group=True):
                    if d.group and d.registered:
                        out.append(
                            {
                                "unit_code": inst.unit_code,
                                "year": year,
                                "model": d.model.value,
                                "group": d.group,
                                "subjects": d.subjects,
                                "registered": d.registered,
                                "scored": d.scored,
                                "proposed": d.proposed,
                                "recognised": d.recognised,
                                "commended": d.commended,
                            }
                        )
        for record in s.scalars(select(UnitAggregateRecord)):
            out.append(
                {
                    "unit_code": record.unit_code,
                    "year": record.year,
                    "model": record.model,
                    "group": record.group,
                    **{k: getattr(record, k) for k in COUNTS},
                }
            )
        return out

    @staticmethod
    def _units(s: Any, inst: Installation) -> list[UnitInfo]:
        """This unit and every unit below it that it knows, so the parent can name them."""
        units = [UnitInfo(inst.unit_code, inst.unit_name, inst.level.value, _parent_code(inst))]
        for record in s.scalars(
            select(KnownUnitRecord).where(KnownUnitRecord.role.in_(("child", "descendant")))
        ):
            units.append(UnitInfo(record.code, record.name, record.level, record.parent_code))
        return units

    def _write_summary(
        self,
        path: Path,
        manifest: dict[str, Any],
        counts: dict[str, int],
        encrypted: bool,
        signing: InstallationKey,
    ) -> Path:
        from xhht_desktop.services.exchange_documents import package_summary

        doc = package_summary(manifest, counts, encrypted, signing.fingerprint)
        return doc.write(path.with_suffix(".pdf"))

    # -- receipts ----------------------------------------------------------------------------

    def write_ack(self, package_id: str, path: Path) -> Path:
        """The receipt of an imported package, for its sender."""
        from xhht_desktop.services.packages.container import write_signed_json

        inst = self.installation.require()
        with self.sessions.read() as s:
            record = s.get(ImportedPackageRecord, package_id)
            if record is None:
                raise UserError("exchange.not_imported", package=package_id)
            payload = {
                "package_id": record.package_id,
                "sender_code": record.sender_code,
                "sequence": record.sequence,
                "receiver_code": inst.unit_code,
                "receiver_name": inst.association_name or inst.unit_name,
                "imported_at": record.imported_at.isoformat(timespec="seconds"),
            }
        return write_signed_json(path, ACK_FORMAT, payload, self.keys()[0])

    def import_ack(self, path: Path) -> int:
        """The parent's receipt: its package is acknowledged, and the next incremental package
        starts from it. Returns the sequence acknowledged."""
        from xhht_desktop.services.packages.container import read_signed_json
        from xhht_desktop.services.signing import public_key_id

        payload, public = read_signed_json(path, ACK_FORMAT)
        parent = self.parent()
        if parent is None:
            raise UserError("exchange.parent_unknown")
        if public_key_id(public) != parent.key_id:
            raise UserError("exchange.ack_foreign", unit=str(payload.get("receiver_name", "")))
        with self.sessions.write() as s:
            record = s.get(ExportedPackageRecord, str(payload.get("package_id")))
            if record is None:
                raise UserError("exchange.ack_unknown", sequence=payload.get("sequence"))
            if record.acknowledged_at is None:
                record.acknowledged_at = self.clock()
            return record.sequence

    def exported(self) -> list[ExportedPackageRecord]:
        with self.sessions.read() as s:
            found = list(
                s.scalars(select(ExportedPackageRecord).order_by(ExportedPackageRecord.sequence))
            )
            for record in found:
                s.expunge(record)
            return found

    # -- import ------------------------------------------------------------------------------

    def _read(self, path: Path) -> Package:
        from xhht_desktop.services.packages.container import read_package

        return read_package(path, decrypt_with=self.keys()[1])

    def inspect(self, path: Path) -> Incoming:
        """Check a package and plan its import (a dry run): nothing is written."""
        package = self._read(path)
        with self.sessions.read() as s:
            return self._check(s, path, package, dry_run=True)

    def apply(self, path: Path, *, trust_new_sender: bool = False, backup: bool = True) -> Incoming:
        """Check the package again, back up, then apply all of it in one transaction."""
        package = self._read(path)
        with self.sessions.read() as s:  # what refuses the package, before any backup
            first = self._header(s, path, package)
        if first.new_sender and not trust_new_sender:
            raise UserError(
                "exchange.new_sender",
                unit=first.sender.name,
                unit_code=first.sender.code,
                fingerprint=package.fingerprint,
            )
        if backup:
            copy_database(self.database.path, self.backups_dir / backup_name("before-import"))
        with self.sessions.write() as s:
            done = self._check(s, path, package, dry_run=False)
        return done

    def _header(self, s: Any, path: Path, package: Package) -> _Header:
        """The manifest's fields, and every refusal that needs no row read: a package from a
        newer version, from this unit itself, for another unit, already applied, or from a
        known sender with another key."""
        m = package.manifest
        inst = self.installation.require()
        try:
            sender = m["sender"]
            info = UnitInfo(
                str(sender["unit_code"]),
                str(sender["unit_name"]),
                str(sender["level"]),
                str(sender.get("parent_code", "")),
            )
            package_id, kind = str(m["package_id"]), str(m["kind"])
            sequence = int(m["sequence"])
            created_at = dt.datetime.fromisoformat(str(m["created_at"]))
            schema = int(m["schema_version"])
            recipient = str(m.get("recipient_unit_code", ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError("package.bad_manifest", file=str(path)) from exc
        if kind not in KINDS or sequence < 1:
            raise UserError("package.bad_manifest", file=str(path))
        if schema > SCHEMA_VERSION:
            raise UserError("package.newer", file=str(path))
        if info.code == inst.unit_code:
            raise UserError("exchange.own_package")
        if recipient and recipient != inst.unit_code:
            raise UserError("exchange.not_for_us", unit=info.name, recipient=recipient)
        if s.get(ImportedPackageRecord, package_id) is not None:
            raise UserError("exchange.already_imported", unit=info.name, sequence=sequence)
        known = s.get(KnownUnitRecord, info.code)
        if known is not None and known.key_id and known.key_id != package.key_id:
            raise UserError("exchange.key_changed", unit=info.name, fingerprint=package.fingerprint)
        received = _parse_ranges(known.received if known else "")
        return _Header(
            info,
            package_id,
            kind,
            sequence,
            created_at,
            new_sender=known is None or not known.key_id,
            received=received,
            missing=tuple(sorted(set(range(1, sequence)) - received - {sequence})),
        )

    def _check(self, s: Any, path: Path, package: Package, *, dry_run: bool) -> Incoming:
        m = package.manifest
        head = self._header(s, path, package)
        info, package_id, kind, sequence = head.sender, head.package_id, head.kind, head.sequence
        created_at, received, missing = head.created_at, head.received, head.missing
        new_sender = head.new_sender
        importer = repo.Importer(s, self.clock(), info.code, package_id, write=not dry_run)
        try:
            for name in repo.TABLES:
                if name in package.files:
                    importer.table(name, _rows(package.files[name]))
            importer.finish()
        except (KeyError, TypeError, ValueError, AttributeError, SQLAlchemyError) as exc:
            # A signed package from a known sender that still does not fit: refuse it whole.
            raise UserError("package.bad_rows", line="?", detail=str(exc)[:300]) from exc
        rows = {name: data.count(b"\n") for name, data in package.files.items()}
        if not dry_run:
            if AGGREGATES in package.files:
                self._store_aggregates(s, _rows(package.files[AGGREGATES]))
            self._remember(s, m, info, package, sequence, created_at, received)
            totals = importer.plan.totals()
            audit_event(
                s,
                "imported_package",
                f"package {sequence} from {info.code}: {totals.added} added, {totals.updated} "
                f"updated, {totals.conflicts} conflicts",
                importer.plan.to_dict(),
                record_uuid=package_id,
            )
            s.add(
                ImportedPackageRecord(
                    package_id=package_id,
                    sender_code=info.code,
                    sequence=sequence,
                    kind=kind,
                    created_at=created_at,
                    imported_at=self.clock(),
                    summary=json.dumps(importer.plan.to_dict(), sort_keys=True),
                )
            )
        return Incoming(
            path,
            package_id,
            info,
            package.fingerprint,
            sequence,
            kind,
            created_at,
            new_sender,
            importer.plan,
            missing,
            rows,
        )

    def _store_aggregates(self, s: Any, rows: Iterable[dict[str, Any]]) -> None:
        now = self.clock()
        for row in rows:
            try:
                key = (str(row["unit_code"]), int(row["year"]), str(row["model"]))
                group = str(row.get("group", ""))
            except (KeyError, TypeError, ValueError):
                continue
            record = s.get(UnitAggregateRecord, (*key, group))
            if record is None:
                record = UnitAggregateRecord(
                    unit_code=key[0], year=key[1], model=key[2], group=group
                )
                s.add(record)
            for attr in ("subjects", "registered", "scored", "proposed", "recognised", "commended"):
                setattr(record, attr, _int(row.get(attr)))
            record.members, record.activities = (
                _int(row.get("members")),
                _int(row.get("activities")),
            )
            record.received_at = now

    def _remember(
        self,
        s: Any,
        manifest: dict[str, Any],
        info: UnitInfo,
        package: Package,
        sequence: int,
        created_at: dt.datetime,
        received: set[int],
    ) -> None:
        """The sender becomes a trusted child; the units it names join the directory."""
        now = self.clock()
        known = s.get(KnownUnitRecord, info.code)
        if known is None:
            known = KnownUnitRecord(code=info.code, last_sequence=0, received="")
            s.add(known)
        known.name, known.level, known.parent_code, known.role = (
            info.name,
            info.level,
            info.parent_code,
            "child",
        )
        if not known.key_id:
            known.key_id, known.public_key = package.key_id, package.signer_public.hex()
            known.trusted_at = now
        known.last_sequence = max(known.last_sequence or 0, sequence)
        known.last_package_at, known.last_imported_at = created_at, now
        known.received = _format_ranges(received | {sequence})
        for unit in manifest.get("units", []):
            try:
                code = str(unit["code"])
            except (KeyError, TypeError):
                continue
            if code in (info.code, self.installation.require().unit_code):
                continue
            record = s.get(KnownUnitRecord, code) or KnownUnitRecord(
                code=code, last_sequence=0, received="", role="descendant"
            )
            if record.role not in ("child", "parent"):
                record.role = "descendant"
            record.name = str(unit.get("name", record.name or ""))
            record.level = str(unit.get("level", record.level or ""))
            record.parent_code = str(unit.get("parent_code", record.parent_code or ""))
            s.add(record)

    # -- who sends, and what waits for a decision --------------------------------------------

    def senders(self) -> list[Sender]:
        from xhht_desktop.services.signing import fingerprint_of

        with self.sessions.read() as s:
            records = s.scalars(
                select(KnownUnitRecord)
                .where(KnownUnitRecord.role == "child")
                .order_by(KnownUnitRecord.code)
            )
            return [
                Sender(
                    r.code,
                    r.name,
                    r.level,
                    r.parent_code,
                    fingerprint_of(bytes.fromhex(r.public_key)) if r.public_key else "",
                    r.trusted_at,
                    r.last_sequence,
                    r.last_package_at,
                    r.last_imported_at,
                    tuple(sorted(set(range(1, r.last_sequence)) - _parse_ranges(r.received))),
                )
                for r in records
            ]

    def conflicts(self) -> list[Conflict]:
        with self.sessions.read() as s:
            records = s.scalars(
                select(SyncConflictRecord)
                .where(SyncConflictRecord.resolved_at.is_(None))
                .order_by(SyncConflictRecord.id)
            )
            out = []
            for r in records:
                incoming, local = json.loads(r.incoming), json.loads(r.local)
                fields = tuple(
                    (key, local.get(key), incoming.get(key))
                    for key in sorted(set(incoming) | set(local))
                    if key not in ("uuid", "created_at", "updated_at", "received_at")
                    and local.get(key) != incoming.get(key)
                )
                out.append(
                    Conflict(r.id, r.table_name, r.row_uuid, r.sender_code, r.created_at, fields)
                )
            return out

    def resolve(self, conflict_id: int, take_incoming: Iterable[str]) -> Changes:
        """Keep this PC's row, with the fields named taken from the sender's version."""
        chosen = set(take_incoming)
        with self.sessions.write() as s:
            record = s.get(SyncConflictRecord, conflict_id)
            if record is None or record.resolved_at is not None:
                raise UserError("exchange.conflict_gone")
            incoming = json.loads(record.incoming)
            now = self.clock()
            merged = {k: v for k, v in incoming.items() if k in chosen}
            repo.apply_fields(s, record.table_name, record.row_uuid, merged, now, incoming)
            audit_event(
                s,
                record.table_name,
                "conflict settled: fields taken from the sender",
                {k: [None, v] for k, v in merged.items()},
                record_uuid=record.row_uuid,
            )
            record.resolved_at, record.resolved_by = now, self.who()
        return CHANGED

    def forget_imported(self) -> None:
        """For tests and the demo: forget every package applied (the data stays)."""
        with self.sessions.write() as s:
            s.execute(delete(ImportedPackageRecord))


def _parent_code(inst: Installation) -> str:
    """Where a package goes when no parent key was handed down: the ward of a branch, the
    province of a ward (their official codes)."""
    if inst.level is Level.BRANCH:
        return inst.commune_code
    if inst.level in (Level.COMMUNE, Level.DISTRICT):
        return inst.province_code
    return ""


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code) or "unit"


def _rows(data: bytes) -> list[dict[str, Any]]:
    """The JSON objects of a data file; each must have its UUID."""
    rows = []
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise UserError("package.bad_rows", line=number, detail=str(exc)) from exc
        if not isinstance(row, dict):
            raise UserError("package.bad_rows", line=number, detail="not an object")
        rows.append(row)
    return rows


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _parse_ranges(text: str) -> set[int]:
    out: set[int] = set()
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        try:
            a, b = int(first), int(last or first)
        except ValueError:
            continue
        out.update(range(a, b + 1))
    return out


def _format_ranges(numbers: set[int]) -> str:
    parts, ordered = [], sorted(numbers)
    start = prev = None
    for n in ordered:
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            parts.append(f"{start}-{prev}" if start != prev else str(start))
            start = prev = n
    if start is not None:
        parts.append(f"{start}-{prev}" if start != prev else str(start))
    return ",".join(parts)
