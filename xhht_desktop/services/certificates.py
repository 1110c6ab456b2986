"""Certificates of the recognised and the commended: templates, the register, batches.

A batch is planned (who, which number, what each sheet says), rendered to one PDF, shown,
and only once it has been written to a file or sent to a printer is it recorded: new numbers
go into the register and every sheet's printing is logged, in one transaction. A preview that
is closed, or a printer that fails, leaves the register as it was and burns no number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import uuid as uuid_mod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from xhht_desktop.domain.certificate_payload import CertificatePayload, Verification
from xhht_desktop.domain.certificates import (
    CertificateKind,
    CertificateTemplate,
    PrintRecord,
    Recipient,
    RegisterEntry,
    Sheet,
    SheetState,
    clean_template,
    format_number,
    issuer_key,
    validate_template,
)
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.domain.evaluation import SUBJECT_OF, SubjectKind
from xhht_desktop.domain.text import fold, nfc, nfc_multiline
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import BadInput, UserError, ValidationFailed
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.cycle_documents import MODEL_NAMES, REPORTED, date_text, quoted
from xhht_desktop.services.documents import area_name, place_name
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.pdf.certificate import (
    CertificateRenderer,
    Rendered,
    SheetText,
    render,
)
from xhht_desktop.services.pdf.document import AdminDocument, place_date_line, write_atomically
from xhht_desktop.services.pdf.layout import Column, Issuer, Signer
from xhht_desktop.services.who import login_name
from xhht_desktop.storage.engine import Sessions
from xhht_desktop.storage.orm import KnownUnitRecord, utcnow
from xhht_desktop.storage.repositories import certificates as repo
from xhht_desktop.storage.repositories.settings import get_setting, put_setting

if TYPE_CHECKING:  # cryptography loads on first use: not at start-up
    from xhht_desktop.services.signing import InstallationKey

CHANGED = Changes.of(Kind.CERTIFICATES)
HEADINGS = {
    CertificateKind.RECOGNITION: "GIẤY CÔNG NHẬN",
    CertificateKind.COMMENDATION: "GIẤY KHEN",
}
VERBS = {CertificateKind.RECOGNITION: "công nhận", CertificateKind.COMMENDATION: "khen tặng"}
ACHIEVEMENTS = {
    CertificateKind.RECOGNITION: "Đạt danh hiệu",
    CertificateKind.COMMENDATION: "Đã có thành tích tiêu biểu, được khen tặng danh hiệu",
}
# How a certificate names its recipient, on the line above the name.
LABELS = {
    Model.FAMILY: "Gia đình ông/bà",
    Model.CLAN: "Dòng họ",
    Model.COMMUNITY: "Cộng đồng",
    Model.UNIT: "Đơn vị",
    Model.CITIZEN: "Ông/Bà",
}
KIND_WORDS = {
    CertificateKind.RECOGNITION: "Công nhận",
    CertificateKind.COMMENDATION: "Khen",
}
REGISTER_HEADERS = (
    "STT",
    "Số vào sổ",
    "Giấy",
    "Người, đơn vị nhận",
    "Địa chỉ",
    "Quyết định",
    "Ngày cấp số",
    "Số bản in",
    "Ghi chú",
)
MODELS = (*REPORTED, Model.CITIZEN)  # print order of a batch over every model
LOGO_LIMIT = 5 * 1024 * 1024  # a logo larger than this is a photograph, not a logo
SAMPLE_NAME = "Nguyễn Thị Hồng Nhung"


@dataclass(frozen=True)
class BatchPart:
    """The sheets of one model in a batch, printed with that model's template."""

    model: Model
    template: CertificateTemplate
    sheets: tuple[Sheet, ...]


@dataclass(frozen=True)
class Batch:
    year: int
    kind: CertificateKind
    parts: tuple[BatchPart, ...]

    @property
    def sheets(self) -> list[Sheet]:
        return [sheet for part in self.parts for sheet in part.sheets]

    @property
    def new_numbers(self) -> int:
        return sum(not sheet.reprint for sheet in self.sheets)

    def only(self, pages: Iterable[int]) -> Batch:
        """The sheets on these pages (0-based, one sheet a page): what a printer printed when
        it was asked for some pages only."""
        wanted = set(pages)
        parts, first = [], 0
        for part in self.parts:
            kept = tuple(s for i, s in enumerate(part.sheets, start=first) if i in wanted)
            first += len(part.sheets)
            if kept:
                parts.append(replace(part, sheets=kept))
        return replace(self, parts=tuple(parts))


@dataclass(frozen=True)
class Printed:
    """A batch rendered: the PDF, and the sheets whose text fit only below the smallest size."""

    batch: Batch
    pdf: bytes
    overflows: tuple[tuple[Sheet, str], ...]


class CertificateService:
    def __init__(
        self,
        sessions: Sessions,
        installation: InstallationService,
        evaluation: EvaluationService,
        key_path: Path,
        assets_dir: Path,
        who: Callable[[], str] = login_name,
        clock: Callable[[], dt.datetime] = utcnow,
    ) -> None:
        self.sessions = sessions
        self.installation = installation
        self.evaluation = evaluation
        self.key_path = key_path
        self.assets_dir = assets_dir
        self.who = who
        self.clock = clock
        self._key: InstallationKey | None = None

    # -- the key -----------------------------------------------------------------------------

    def key(self) -> InstallationKey:
        """The installation's signing key, made on first use."""
        if self._key is None:
            from xhht_desktop.services.signing import InstallationKey

            self._key = InstallationKey.load_or_create(self.key_path)
        return self._key

    @staticmethod
    def _sign(key: InstallationKey, payload: CertificatePayload) -> str:
        from xhht_desktop.services.signing import sign_payload

        return sign_payload(key, payload)

    def verify(self, text: str) -> Verification:
        """Is a QR payload (scanned or typed) genuine? Known keys: this installation's own,
        and those of senders trusted when their packages were imported."""
        key = self.key()
        inst = self.installation.get()
        known = {key.key_id: (key.public_bytes, inst.association_name if inst else "")}
        with self.sessions.read() as s:
            for record in s.scalars(select(KnownUnitRecord).where(KnownUnitRecord.key_id != "")):
                known.setdefault(record.key_id, (bytes.fromhex(record.public_key), record.name))
        from xhht_desktop.services.signing import verify_payload

        return verify_payload(text, known)

    # -- templates ---------------------------------------------------------------------------

    def default_template(self, model: Model, kind: CertificateKind) -> CertificateTemplate:
        """What a ward prints when nobody has changed anything: its association issues and
        its chairman signs on behalf of the executive committee."""
        inst = self.installation.require()
        association = inst.association_name or inst.unit_name
        title = MODEL_NAMES[model]
        if kind is CertificateKind.COMMENDATION:
            title += " tiêu biểu"
        return CertificateTemplate(
            issuer_parent="",
            issuer_body=association.upper(),
            heading=HEADINGS[kind],
            title=title.upper(),
            granter=f"Chủ tịch {association}",
            place=place_name(inst),
            signer_on_behalf="TM. BAN CHẤP HÀNH",
            signer_title="CHỦ TỊCH",
            signer_name="",
            number_format="{so}/GCN-KH" if kind is CertificateKind.RECOGNITION else "{so}/GK-KH",
        )

    @staticmethod
    def _template_key(model: Model, kind: CertificateKind) -> str:
        return f"certificates.template.{model.value}.{kind.value}"

    def template(self, model: Model, kind: CertificateKind) -> CertificateTemplate:
        base = self.default_template(model, kind)
        with self.sessions.read() as s:
            saved = get_setting(s, self._template_key(model, kind))
        return CertificateTemplate.from_dict(saved, base) if isinstance(saved, dict) else base

    def save_template(
        self, model: Model, kind: CertificateKind, template: CertificateTemplate
    ) -> tuple[CertificateTemplate, Changes]:
        template = clean_template(template)
        issues = validate_template(template)
        if template.logo and not (self.assets_dir / template.logo).is_file():
            issues.append(Issue("logo", "certificate.logo_missing"))
        if issues:
            raise ValidationFailed(issues)
        with self.sessions.write() as s:
            put_setting(s, self._template_key(model, kind), template.to_dict())
        return template, CHANGED

    def import_logo(self, source: Path) -> str:
        """Copy an image the user picked into the data folder; return its file name there."""
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise BadInput("file.unreadable", file=str(source), detail=exc.strerror) from exc
        if len(data) > LOGO_LIMIT:
            raise BadInput("certificate.logo_too_big", file=str(source), max=LOGO_LIMIT >> 20)
        _check_image(data, source)
        name = f"logo-{hashlib.sha256(data).hexdigest()[:16]}{source.suffix.lower()}"
        target = self.assets_dir / name
        if not target.exists():
            self.assets_dir.mkdir(parents=True, exist_ok=True)
            write_atomically(target, lambda out: out.write(data))
        return name

    def logo_bytes(self, template: CertificateTemplate) -> bytes | None:
        if not template.logo:
            return None
        try:
            return (self.assets_dir / template.logo).read_bytes()
        except OSError:
            return None

    # -- who can have one --------------------------------------------------------------------

    def recipients(self, year: int, model: Model, kind: CertificateKind) -> list[Recipient]:
        """The recognised (or commended) of a year and model, in tổ and name order, with
        where each stands in the register."""
        inst = self.installation.require()
        rows = self.evaluation.registrations(year, model)
        details = self.evaluation.registration_details(year, model, area_name(inst.unit_name))
        with self.sessions.read() as s:
            grants = repo.grants(s, year, model)
            live = repo.live_certificates(s, year, model, kind)
        out = []
        tail = locality(inst)
        for row in rows:
            grant = grants.get(row.id)
            if grant is None or (kind is CertificateKind.COMMENDATION and not grant.distinction):
                continue
            detail = details.get(row.id)
            address = detail.address if detail else ""
            if SUBJECT_OF[model] is SubjectKind.CLAN:
                address = ""  # a clan's detail is its head, not a place
            elif SUBJECT_OF[model] is SubjectKind.COMMUNITY:
                address = ""
            address = ", ".join(part for part in (address, tail) if part)
            current = live.get(row.id)
            name = area_name(row.subject_name) if model is Model.COMMUNITY else row.subject_name
            out.append(
                Recipient(
                    registration_id=row.id,
                    year=year,
                    model=model,
                    kind=kind,
                    name=name,
                    address=address,
                    group=row.group,
                    decision_number=grant.decision_number,
                    decision_date=(
                        grant.commended_on
                        if kind is CertificateKind.COMMENDATION
                        else grant.decision_date
                    ),
                    decision_issuer=(
                        grant.commended_by
                        if kind is CertificateKind.COMMENDATION
                        else grant.decision_issuer
                    ),
                    distinction=grant.distinction,
                    certificate_id=current.certificate_id if current else None,
                    number=current.number if current else "",
                    state=current.state if current else SheetState.NEW,
                    prints=current.prints if current else 0,
                )
            )
        return out

    # -- a batch -----------------------------------------------------------------------------

    def plan(
        self,
        year: int,
        kind: CertificateKind,
        models: Iterable[Model] = MODELS,
        *,
        registration_ids: Iterable[int] | None = None,
        group: str = "",
        only_new: bool = False,
    ) -> Batch:
        """The sheets of a batch: the recipients asked for (all of the models, or these
        registrations, or one tổ), each with its number — its own for a reprint, the next free
        ones of its issuer and year for the rest. Refuses a registration that is not
        recognised, and a decision without a number."""
        wanted = None if registration_ids is None else set(registration_ids)
        found: set[int] = set()
        parts = []
        next_free: dict[str, int] = {}
        for model in models:
            template = self.template(model, kind)
            key = issuer_key(template.issuer_body)
            chosen = []
            for r in self.recipients(year, model, kind):
                if wanted is not None and r.registration_id not in wanted:
                    continue
                if group and fold(r.group) != fold(group):
                    continue
                if only_new and r.state is SheetState.ISSUED:
                    continue
                found.add(r.registration_id)
                if not r.decision_number.strip() and kind is CertificateKind.RECOGNITION:
                    raise UserError("certificate.no_decision", name=r.name)
                chosen.append(r)
            if not chosen:
                continue
            if key not in next_free:
                with self.sessions.read() as s:
                    next_free[key] = repo.next_sequence(s, key, year, kind)
            sheets = []
            for r in chosen:
                if r.state is SheetState.ISSUED:
                    sheet = Sheet(r, r.number, 0, "", reprint=True)
                else:
                    sequence = next_free[key]
                    next_free[key] += 1
                    number = format_number(template.number_format, sequence, year)
                    sheet = Sheet(r, number, sequence, str(uuid_mod.uuid4()), reprint=False)
                sheets.append(sheet)
            parts.append(BatchPart(model, template, tuple(sheets)))
        if wanted is not None and (missing := wanted - found):
            raise UserError("certificate.not_recognised", count=len(missing))
        if not parts and not only_new:
            raise UserError("certificate.nothing", year=year)
        batch = Batch(year, kind, tuple(parts))
        return self._with_payloads(batch)

    def _with_payloads(self, batch: Batch) -> Batch:
        """Sign a QR payload for the sheets whose template prints one. A reprint's payload
        needs the certificate's own id, which only the register knows."""
        if not any(part.template.show_qr for part in batch.parts):
            return batch
        key = self.key()
        uuids = self._certificate_uuids(batch)
        parts = []
        for part in batch.parts:
            if not part.template.show_qr:
                parts.append(part)
                continue
            sheets = []
            for sheet in part.sheets:
                r = sheet.recipient
                payload = CertificatePayload(
                    certificate_id=sheet.certificate_uuid or uuids.get(r.certificate_id or 0, ""),
                    number=sheet.number,
                    recipient=r.name,
                    year=r.year,
                    model=r.model.value,
                    issuer=part.template.issuer_body,
                    kind=r.kind.value,
                    key_id=key.key_id,
                )
                sheets.append(replace(sheet, qr_payload=self._sign(key, payload)))
            parts.append(replace(part, sheets=tuple(sheets)))
        return replace(batch, parts=tuple(parts))

    def _certificate_uuids(self, batch: Batch) -> dict[int, str]:
        ids = [s.recipient.certificate_id for s in batch.sheets if s.reprint]
        with self.sessions.read() as s:
            return repo.uuids(s, [i for i in ids if i is not None])

    def render(self, batch: Batch) -> Printed:
        parts = [
            (
                CertificateRenderer(part.template, self.logo_bytes(part.template)),
                [self.sheet_text(part.template, sheet) for sheet in part.sheets],
            )
            for part in batch.parts
        ]
        title = f"{HEADINGS[batch.kind].capitalize()} năm {batch.year}"
        rendered: Rendered = render(parts, title=title)
        sheets = batch.sheets
        return Printed(batch, rendered.pdf, tuple((sheets[i], t) for i, t in rendered.overflows))

    def sheet_text(self, template: CertificateTemplate, sheet: Sheet) -> SheetText:
        """The Vietnamese wording of one sheet."""
        r = sheet.recipient
        commended = r.kind is CertificateKind.COMMENDATION and r.distinction
        title = r.distinction.upper() if commended else template.title
        decision = ""
        if r.kind is CertificateKind.RECOGNITION and r.decision_number:
            of = f" của {r.decision_issuer}" if r.decision_issuer else ""
            decision = (
                f"(Theo Quyết định số {r.decision_number} ngày {date_text(r.decision_date)}{of})"
            )
        return SheetText(
            intro=f"{template.granter} {VERBS[r.kind]}",
            label=LABELS[r.model],
            name=r.name,
            address=f"Địa chỉ: {r.address}" if r.address else "",
            achievement=ACHIEVEMENTS[r.kind],
            title=f"{quoted(title)} NĂM {r.year}",
            decision=decision,
            number=f"Số vào sổ: {sheet.number}",
            place_date=place_date_line(template.place, r.decision_date),
            qr=sheet.qr_payload,
        )

    def sample(
        self, model: Model, kind: CertificateKind, template: CertificateTemplate, year: int
    ) -> bytes:
        """A sheet for a made-up recipient, for the template editor's live preview."""
        inst = self.installation.require()
        names = {
            Model.FAMILY: SAMPLE_NAME,
            Model.CLAN: "Nguyễn Đình",
            Model.COMMUNITY: area_name(inst.unit_name) or "Khu phố 1",
            Model.UNIT: "Trường Tiểu học Bến Thành",
            Model.CITIZEN: SAMPLE_NAME,
        }
        recipient = Recipient(
            registration_id=0,
            year=year,
            model=model,
            kind=kind,
            name=names[model],
            address=", ".join(p for p in ("12 Lê Lợi, Tổ 3", locality(inst)) if p),
            group="3",
            decision_number="12/QĐ-KH",
            decision_date=dt.date(year, 11, 20),
            decision_issuer=inst.association_name,
        )
        sequence = 1
        sheet = Sheet(
            recipient, format_number(template.number_format, sequence, year), 1, "", False
        )
        if template.show_qr:
            key = self.key()
            payload = CertificatePayload(
                "00000000-0000-0000-0000-000000000000",
                sheet.number,
                recipient.name,
                year,
                model.value,
                template.issuer_body,
                kind.value,
                key.key_id,
            )
            sheet = replace(sheet, qr_payload=self._sign(key, payload))
        renderer = CertificateRenderer(clean_template(template), self.logo_bytes(template))
        return render([(renderer, [self.sheet_text(template, sheet)])]).pdf

    # -- recording ---------------------------------------------------------------------------

    def record(self, batch: Batch, copies: int, destination: str) -> Changes:
        """After the batch was written or printed: new numbers into the register, a printing
        for every sheet, all or nothing."""
        if copies < 1:
            raise ValidationFailed([Issue("copies", "certificate.copies")])
        inst = self.installation.require()
        who, now = self.who(), self.clock()
        with self.sessions.write() as s:
            ids = []
            for part in batch.parts:
                ids += repo.record_prints(
                    s,
                    part.sheets,
                    issuer=part.template.issuer_body,
                    issuer_key=issuer_key(part.template.issuer_body),
                    copies=copies,
                    destination=destination,
                    who=who,
                    origin_unit=inst.unit_code,
                    now=now,
                )
        return Changes.of(Kind.CERTIFICATES, ids=tuple(ids))

    def save_pdf(self, printed: Printed, path: Path) -> Changes:
        """Write the batch's PDF (all at once), then record it as printed to that file."""
        write_atomically(path, lambda out: out.write(printed.pdf))
        return self.record(printed.batch, 1, f"PDF: {path}")

    def void(self, certificate_id: int, reason: str) -> Changes:
        reason = nfc_multiline(reason)
        if not reason:
            raise ValidationFailed([Issue("reason", "certificate.void_reason")])
        with self.sessions.write() as s:
            repo.void(s, certificate_id, reason, self.who(), self.clock())
        return Changes.of(Kind.CERTIFICATES, ids=(certificate_id,))

    def register(self, year: int) -> list[RegisterEntry]:
        with self.sessions.read() as s:
            return repo.register(s, year)

    def prints(self, certificate_id: int) -> list[PrintRecord]:
        with self.sessions.read() as s:
            return repo.prints_of(s, certificate_id)

    def years(self) -> list[int]:
        with self.sessions.read() as s:
            return repo.years(s)

    # -- the register on paper and in Excel --------------------------------------------------

    def register_rows(self, year: int) -> list[tuple[object, ...]]:
        """One row per certificate: the register's columns (REGISTER_HEADERS), the same on
        paper and in Excel. Addresses without the ward and province every one of them shares."""
        tail = ", " + locality(self.installation.require())
        rows = []
        for n, e in enumerate(self.register(year), start=1):
            note = ""
            if e.voided_at is not None:
                note = f"Đã hủy ngày {date_text(e.voided_at.date())}: {e.void_reason}"
            decision = e.decision_number
            if decision and e.decision_date:
                decision += f" ngày {date_text(e.decision_date)}"
            rows.append(
                (
                    n,
                    e.number,
                    f"{KIND_WORDS[e.kind]} {MODEL_NAMES[e.model]}",
                    e.recipient,
                    e.address.removesuffix(tail),
                    decision,
                    date_text(e.issued_at.date()),
                    e.copies,
                    note,
                )
            )
        return rows

    def register_document(self, year: int) -> AdminDocument:
        """Sổ cấp giấy công nhận of a year, landscape, signed by whoever keeps it."""
        inst = self.installation.require()
        doc = AdminDocument(f"Sổ cấp giấy công nhận năm {year}", landscape=True, cell_size=10.5)
        doc.header(Issuer(inst.association_name or inst.unit_name))
        doc.title("Sổ cấp giấy công nhận, giấy khen", f"Năm {year}")
        widths = (0.45, 1.05, 1.6, 1.7, 2.3, 1.5, 1.0, 0.6, 1.6)
        align = ("center", "center", "left", "left", "left", "left", "center", "center", "left")
        columns = [
            Column(header, width, a)
            for header, width, a in zip(REGISTER_HEADERS, widths, align, strict=True)
        ]
        rows = self.register_rows(year)
        doc.table(columns, [[str(v) for v in row] for row in rows])
        voided = sum(1 for row in rows if row[-1])
        doc.paragraph(
            f"Tổng cộng: {len(rows)} giấy đã cấp số, trong đó {voided} giấy đã hủy.", indent=False
        )
        doc.signers(Signer("Người giữ sổ", ""), Signer("Chủ tịch", ""))
        return doc

    def export_register(self, year: int, path: Path) -> Path:
        from xhht_desktop.services.excel_export import CellKind, write_sheet
        from xhht_desktop.services.excel_export import Column as XColumn

        kinds = {0: CellKind.NUMBER, 7: CellKind.NUMBER}
        widths = (6, 14, 34, 28, 40, 26, 12, 8, 36)
        columns = [
            XColumn(h, kinds.get(i, CellKind.TEXT), w)
            for i, (h, w) in enumerate(zip(REGISTER_HEADERS, widths, strict=True))
        ]
        inst = self.installation.require()
        return write_sheet(
            path,
            "Sổ cấp giấy",
            columns,
            self.register_rows(year),
            heading_lines=[inst.unit_name, f"Sổ cấp giấy công nhận, giấy khen năm {year}"],
        )


def locality(inst: Installation) -> str:
    """'phường Bến Thành, Thành phố Hồ Chí Minh': the end of every address on a certificate."""
    commune = inst.commune_name
    if commune:
        first, _, rest = commune.partition(" ")
        if first in {"Phường", "Xã"}:
            commune = f"{first.lower()} {rest}"
    parts = [commune, inst.province_name]
    if inst.level is Level.PROVINCE:
        parts = [inst.province_name]
    return ", ".join(nfc(p) for p in parts if p)


def _check_image(data: bytes, source: Path) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise BadInput("certificate.logo_bad", file=str(source)) from exc


def batch_counts(batch: Batch) -> tuple[int, int]:
    """(new numbers, reprints) of a batch, for the confirmation before printing."""
    sheets: Sequence[Sheet] = batch.sheets
    new = sum(not s.reprint for s in sheets)
    return new, len(sheets) - new
