"""Printed documents of the yearly cycle of the learning models (issue 3), built from services.

One method per document, each returning an AdminDocument (write it, or render it to preview):
registration list, scoring sheet (blank or filled), minutes of a review meeting, proposal list,
the list annexed to a decision, and the yearly report; `write_all` writes a year's documents.

Everything printed is Vietnamese whatever the interface language: these are papers for the
association. Points print with a decimal comma ("87,5"), shares as "62,5 %", dates in tables
as dd/mm/yyyy and in the place-and-date line as NĐ 30/2020 writes them (place_date_line).
Names the app does not know (who scored, who drew up a list) are left blank for the pen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from pathlib import Path

from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from xhht_desktop.domain.criteria import CriteriaSet, Criterion, Kind, Model, as_points
from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.domain.evaluation import (
    SUBJECT_OF,
    DashboardLine,
    DecisionInfo,
    RegistrationRow,
    ReviewInfo,
    SubjectKind,
)
from xhht_desktop.domain.scoring import (
    InvalidScoreSheet,
    Reason,
    ScoreSheet,
    Source,
    evaluate,
    is_met,
    node_totals,
)
from xhht_desktop.domain.text import fold
from xhht_desktop.domain.validation import Issue
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.services.charts import Series, grouped_bars
from xhht_desktop.services.charts import texts as chart_texts
from xhht_desktop.services.criteria_sets import CriteriaSetService
from xhht_desktop.services.documents import issuer, place_name
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.pdf import (
    FAMILY,
    SIGN_SEAL,
    AdminDocument,
    Column,
    Issuer,
    PdfUnwritable,
    Signer,
    place_date_line,
)
from xhht_desktop.services.progress import Cancelled, NoProgress, Progress
from xhht_desktop.storage.repositories.evaluation import RegistrationDetail

MODEL_NAMES: dict[Model, str] = {
    Model.FAMILY: "Gia đình học tập",
    Model.CLAN: "Dòng họ học tập",
    Model.COMMUNITY: "Cộng đồng học tập",
    Model.UNIT: "Đơn vị học tập",
    Model.CITIZEN: "Công dân học tập",
}
# ASCII names for files: "2026-gia-dinh-dang-ky.pdf".
MODEL_SLUGS: dict[Model, str] = {model: model.value.replace("_", "-") for model in Model}
# The four models every report shows; "Công dân học tập" only when someone registered for it.
REPORTED = (Model.FAMILY, Model.CLAN, Model.COMMUNITY, Model.UNIT)

# Band words for the codes the shipped sets use, when a set gives no label of its own.
BAND_WORDS = {"tot": "Tốt", "kha": "Khá", "trung_binh": "Trung bình", "khong_dat": "Không đạt"}
MET, NOT_MET = "Đạt", "Không đạt"
YES, NO = "Có", "Không"
NONE = "–"  # a share of nothing
NBSP = "\u00a0"
DOTS = "....."
DERIVED_NOTE = "Theo số liệu đã ghi nhận"
BODY_SIZE = 13  # points: the documents' body text (pdf.layout.Styles.text)


@dataclass(frozen=True, slots=True)
class Subject:
    """How a document names the subjects of a model."""

    noun: str  # counted: "2 hộ gia đình"
    name: str  # header of the column with the subject's name
    detail: str  # header of the column with its address or other detail
    grouped: bool  # subjects belong to a tổ (households, people)
    representative: str  # who signs the scoring sheet for the subject


SUBJECTS: dict[SubjectKind, Subject] = {
    SubjectKind.HOUSEHOLD: Subject(
        "hộ gia đình", "Chủ hộ", "Địa chỉ", True, "Đại diện hộ gia đình"
    ),
    SubjectKind.CLAN: Subject("dòng họ", "Dòng họ", "Trưởng họ", False, "Đại diện dòng họ"),
    SubjectKind.COMMUNITY: Subject(
        "cộng đồng", "Cộng đồng (khu phố, ấp)", "Địa bàn", False, "Đại diện cộng đồng"
    ),
    SubjectKind.UNIT: Subject("đơn vị", "Đơn vị", "Địa chỉ", False, "Đại diện đơn vị"),
    SubjectKind.PERSON: Subject("công dân", "Họ và tên", "Địa chỉ", True, "Người được chấm"),
}


def subject_of(model: Model) -> Subject:
    return SUBJECTS[SUBJECT_OF[model]]


# --- formatting ------------------------------------------------------------------------------


def points_text(value: Decimal | int | None) -> str:
    """'87,5', '100'; '' for None."""
    if value is None:
        return ""
    return format(as_points(Decimal(value)), "f").replace(".", ",")


def share(count: int, of: int) -> Decimal | None:
    """`count` in per cent of `of`, to one decimal (half up); None when `of` is 0."""
    if of == 0:
        return None
    return (Decimal(count * 100) / Decimal(of)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def percent_text(count: int, of: int) -> str:
    """'62,5 %', '100 %' (a no-break space: the sign never starts a line); '–' when there is
    nothing to divide by."""
    value = share(count, of)
    return NONE if value is None else f"{points_text(value)}{NBSP}%"


def count_text(count: int) -> str:
    """'1.505.684': Vietnamese group thousands with dots."""
    return f"{count:,}".replace(",", ".")


def date_text(day: dt.date | None) -> str:
    return "" if day is None else f"{day:%d/%m/%Y}"


def long_date(day: dt.date | None) -> str:
    """'ngày 02 tháng 9 năm 2025', as the place-and-date line writes it."""
    return place_date_line("", day, template="ngày {day} tháng {month} năm {year}")


def quoted(title: str) -> str:
    return f"\u201c{title}\u201d"


def slug(text: str) -> str:
    """ASCII for file names: '15/QĐ-UBND' -> '15-qd-ubnd'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def _group_key(group: str) -> tuple[object, ...]:
    """'Tổ 2' before 'Tổ 10'."""
    return tuple(int(p) if p.isdigit() else fold(p) for p in re.split(r"(\d+)", group))


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- the service -----------------------------------------------------------------------------


def band_words(criteria: CriteriaSetService, model: Model) -> dict[str, str]:
    """Band code -> the word printed, from the sets of `model` (those used first)."""
    words: dict[str, str] = {}
    for row in sorted(criteria.list(model), key=lambda r: not r.used):
        for band in criteria.get(row.id).rule.bands:
            words.setdefault(band.code, band.label or BAND_WORDS.get(band.code, band.code))
    return words


def standing(row: RegistrationRow, words: dict[str, str]) -> str:
    """The xếp loại column: the band, or whether the rule is met when the set has none."""
    if row.total is None:
        return ""
    if row.band is None:
        return MET if row.met else NOT_MET
    word = words.get(row.band) or BAND_WORDS.get(row.band, row.band)
    return word if row.met or word == NOT_MET else f"{word}, {NOT_MET.lower()}"


class CycleDocumentService:
    def __init__(
        self,
        installation: InstallationService,
        evaluation: EvaluationService,
        criteria: CriteriaSetService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.installation = installation
        self.evaluation = evaluation
        self.criteria = criteria
        self.today = today

    # -- reading ----------------------------------------------------------------------------

    def _registrations(self, year: int, model: Model) -> list[RegistrationRow]:
        """In print order: by tổ, 'Tổ 2' before 'Tổ 10', then as the service gives them."""
        rows = self.evaluation.registrations(year, model)
        return sorted(rows, key=lambda r: _group_key(r.group))

    def _details(
        self, inst: Installation, year: int, model: Model
    ) -> dict[int, RegistrationDetail]:
        return self.evaluation.registration_details(year, model, inst.commune_name)

    def _review(self, review_id: int) -> ReviewInfo:
        return self.evaluation.review(review_id)

    def _decision(self, decision_id: int) -> DecisionInfo:
        return self.evaluation.decision(decision_id)

    # -- shared blocks ----------------------------------------------------------------------

    @staticmethod
    def _head(inst: Installation) -> str:
        return "Chi hội trưởng" if inst.level is Level.BRANCH else "Chủ tịch"

    @staticmethod
    def _document(inst: Installation, title: str) -> AdminDocument:
        """A portrait A4 document whose properties name it and the unit that made it."""
        author = inst.unit_name if inst.level is Level.BRANCH else inst.association_name
        return AdminDocument(title, author=author)

    @staticmethod
    def _subject_columns(subject: Subject) -> list[Column]:
        columns = [Column("STT", 0.75, "center"), Column(subject.name, 2.6)]
        if subject.grouped:
            columns.append(Column("Tổ", 0.9, "center"))
        return columns

    @staticmethod
    def _subject_cells(n: int, row: RegistrationRow, subject: Subject) -> list[object]:
        cells: list[object] = [str(n), row.subject_name]
        if subject.grouped:
            cells.append(row.group)
        return cells

    def _sign_list(self, doc: AdminDocument, inst: Installation, first: str) -> None:
        doc.signers(Signer(first, ""), Signer(self._head(inst), ""))

    # -- 1. registration list ---------------------------------------------------------------

    def registration_list(self, year: int, model: Model) -> AdminDocument:
        """Every subject registered for `model` in `year`, with its detail, tổ, the date it
        registered and the registration's notes; the count; signed by whoever drew it up and
        the head of the branch (or the association's chair)."""
        inst = self.installation.require()
        subject, name = subject_of(model), MODEL_NAMES[model]
        rows = self._registrations(year, model)
        details = self._details(inst, year, model)
        doc = self._document(inst, f"Danh sách đăng ký {name} năm {year}")
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), self.today()))
        doc.title("Danh sách", f"Đăng ký danh hiệu {quoted(name)} năm {year}")
        columns = self._subject_columns(subject)
        columns[2:2] = [Column(subject.detail, 3.0)]
        columns += [Column("Ngày đăng ký", 1.6, "center"), Column("Ghi chú", 1.8)]
        table = []
        for n, row in enumerate(rows, start=1):
            detail = details.get(row.id, RegistrationDetail(None, "", ""))
            cells = self._subject_cells(n, row, subject)
            cells[2:2] = [detail.detail]
            cells += [date_text(detail.registered_on), _one_line(detail.notes)]
            table.append(cells)
        doc.table(columns, table)
        doc.paragraph(f"Tổng cộng: {count_text(len(rows))} {subject.noun}.", indent=False)
        self._sign_list(doc, inst, "Người lập danh sách")
        return doc

    # -- 2. scoring sheet -------------------------------------------------------------------

    def scoring_sheet(
        self,
        registration_id: int | None,
        set_id: int | None,
        year: int,
        model: Model,
    ) -> AdminDocument:
        """The phiếu chấm điểm of a set: its criteria tree with maximum points, the points
        given and each parent's sub-total, the total, the band and whether the rule is met
        (with the reasons when not). With `registration_id` None it is blank, to fill in by
        hand; a registration not scored yet gets its name printed and no points. A scored
        registration is printed against the set it was scored with, whatever `set_id` says."""
        inst = self.installation.require()
        subject, name = subject_of(model), MODEL_NAMES[model]
        row: RegistrationRow | None = None
        sheet: ScoreSheet | None = None
        if registration_id is not None:
            row = next(
                (r for r in self.evaluation.registrations(year, model) if r.id == registration_id),
                None,
            )
            if row is None:
                raise NotFound(kind="registration", id=registration_id)
            used_set, sheet = self.evaluation.scored_sheet(registration_id)
            set_id = used_set if sheet is not None else set_id
        if set_id is None:
            raise ValueError("a sheet not scored yet needs a criteria set")
        cs = self.criteria.get(set_id)
        if cs.model is not model or not cs.applies_in(year):
            raise UserError("score.wrong_set", title=cs.title, year=year)

        doc = self._document(inst, f"Phiếu chấm điểm {name} năm {year}")
        day = self.today() if sheet is not None else None
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), day))
        doc.title("Phiếu chấm điểm", f"Danh hiệu {quoted(name)} năm {year}")
        set_line = f"Bộ tiêu chí: {cs.title}"
        if cs.document:
            set_line += f" ({cs.document})"
        if cs.sample:
            set_line += ". Bộ tiêu chí mẫu, chưa được Hội Khuyến học xác nhận"
        doc.paragraph(set_line + ".", indent=False)
        for label, value in self._subject_lines(inst, row, subject, year, model):
            if value:
                doc.paragraph(f"{label}: {value}", indent=False)
            else:
                doc.paragraph(_dotted(f"{label}: ", doc), indent=False)

        totals = node_totals(cs, sheet) if sheet is not None else {}
        grand = sum((totals[c.code] for c in cs.criteria), Decimal(0)) if totals else None
        result = None
        if sheet is not None:
            try:
                result = evaluate(cs, sheet)
            except InvalidScoreSheet:  # not complete for this set: print what is there
                result = None
        scored_in_points = cs.max_total > 0  # else every item is met / not met
        table = [_criterion_row(node, sheet, totals) for node in cs.nodes()]
        if scored_in_points:
            table.append(("", "Tổng cộng", points_text(cs.max_total), points_text(grand), ""))
        doc.table(
            [
                Column("Mã", 0.8, "center"),
                Column("Nội dung tiêu chí", 5.4),
                Column("Điểm tối đa", 1.4, "center"),
                Column("Điểm chấm", 1.4, "center"),
                Column("Ghi chú", 1.6),
            ],
            table,
        )
        parts = []
        if scored_in_points:
            given = DOTS if grand is None else points_text(grand)
            parts.append(f"Tổng số điểm: {given}/{points_text(cs.max_total)} điểm.")
        if sheet is None:
            parts.append("Xếp loại: " if cs.rule.bands else "Kết quả: ")
            doc.paragraph(_dotted(" ".join(parts), doc), indent=False)
        else:
            band = cs.rule.band_for(grand) if grand is not None and cs.rule.bands else None
            if band is not None:
                parts.append(f"Xếp loại: {band.label or BAND_WORDS.get(band.code, band.code)}.")
            if parts:
                doc.paragraph(" ".join(parts), indent=False)
            if result is not None and result.met:
                doc.paragraph(
                    f"Kết quả: Đạt điều kiện công nhận danh hiệu {quoted(name)}.", indent=False
                )
            elif result is not None:
                reasons = "; ".join(_reason(issue) for issue in result.reasons)
                doc.paragraph(
                    f"Kết quả: Chưa đạt điều kiện công nhận danh hiệu {quoted(name)} ({reasons}).",
                    indent=False,
                )
        for line in _rule_lines(cs):
            doc.paragraph(line, indent=False)
        doc.signers(Signer(subject.representative, ""), Signer("Người chấm điểm", ""))
        return doc

    def _subject_lines(
        self,
        inst: Installation,
        row: RegistrationRow | None,
        subject: Subject,
        year: int,
        model: Model,
    ) -> list[tuple[str, str]]:
        """(label, value) lines naming the subject (the address with its tổ); values empty on
        a blank sheet."""
        if row is None:
            return [(subject.name, ""), (subject.detail, "")]
        detail = self._details(inst, year, model).get(row.id)
        return [
            (subject.name, row.subject_name),
            (subject.detail, detail.address if detail else ""),
        ]

    # -- 3. minutes of a review meeting -----------------------------------------------------

    def minutes(self, review_id: int) -> AdminDocument:
        """Biên bản họp bình xét: when and where, who chaired, took the minutes and attended,
        how many were reviewed and proposed, the outcome of each (total, band, proposed or not,
        the meeting's note), the meeting's notes, the closing sentence; signed by the secretary
        and the chair, whose names the meeting recorded."""
        inst = self.installation.require()
        review = self._review(review_id).draft
        year, model = review.year, review.model
        subject, name = subject_of(model), MODEL_NAMES[model]
        by_id = {r.id: r for r in self._registrations(year, model)}
        outcomes = {rid: (proposed, note) for rid, proposed, note in review.outcomes}
        rows = [r for r in by_id.values() if r.id in outcomes]  # in the registrations' order
        proposed = sum(1 for ok, _ in outcomes.values() if ok)
        words = band_words(self.criteria, model)

        doc = self._document(inst, f"Biên bản họp bình xét {name} năm {year}")
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), review.held_on))
        doc.title("Biên bản", f"Họp bình xét danh hiệu {quoted(name)} năm {year}")
        where = review.place or DOTS * 4
        doc.paragraph(
            f"Hôm nay, vào lúc {DOTS} giờ {DOTS} phút, {long_date(review.held_on)}, tại {where}, "
            f"{inst.unit_name} tổ chức họp bình xét danh hiệu {quoted(name)} năm {year}."
        )
        doc.heading("I. Thành phần tham dự")
        doc.paragraph(f"- Chủ trì: {review.chair}", indent=False)
        doc.paragraph(f"- Thư ký: {review.secretary or DOTS * 8}", indent=False)
        attendees = [line.strip() for line in review.attendees.splitlines() if line.strip()]
        if attendees:
            doc.paragraph("- Thành phần tham dự:", indent=False)
            for line in attendees:
                doc.paragraph(f"+ {line}")
        else:
            doc.paragraph(_dotted("- Thành phần tham dự: ", doc), indent=False)
        doc.heading("II. Nội dung")
        doc.paragraph(
            f"Cuộc họp đã xem xét kết quả chấm điểm của {len(outcomes)} {subject.noun} đăng ký "
            f"danh hiệu {quoted(name)} năm {year}. Kết quả bình xét: đề nghị công nhận "
            f"{proposed} {subject.noun}; không đề nghị công nhận "
            f"{len(outcomes) - proposed} {subject.noun}. Cụ thể như sau:"
        )
        columns = self._subject_columns(subject)
        columns += [
            Column("Tổng điểm", 1.0, "center"),
            Column("Xếp loại", 1.3, "center"),
            Column("Đề nghị công nhận", 1.2, "center"),
            Column("Ghi chú", 2.0),
        ]
        table = []
        for n, row in enumerate(rows, start=1):
            ok, note = outcomes[row.id]
            cells = self._subject_cells(n, row, subject)
            cells += [points_text(row.total), standing(row, words), YES if ok else NO, note]
            table.append(cells)
        doc.table(columns, table)
        if review.notes.strip():
            doc.paragraph(f"Ý kiến tại cuộc họp: {review.notes.strip()}")
        if proposed:
            doc.paragraph(
                f"Cuộc họp thống nhất đề nghị {self._upward(inst)} xem xét, công nhận danh hiệu "
                f"{quoted(name)} năm {year} cho {proposed} {subject.noun} được đề nghị nêu trên."
            )
        doc.paragraph(
            f"Biên bản kết thúc lúc {DOTS} giờ {DOTS} phút cùng ngày, đã thông qua cho mọi "
            "người dự họp cùng nghe và nhất trí."
        )
        doc.signers(Signer("Thư ký", review.secretary), Signer("Chủ trì", review.chair))
        return doc

    @staticmethod
    def _upward(inst: Installation) -> str:
        """Who a proposal goes to."""
        if inst.level is Level.BRANCH and inst.association_name:
            return inst.association_name
        return "cấp có thẩm quyền"

    # -- 4. proposal list -------------------------------------------------------------------

    def proposal_list(self, year: int, model: Model) -> AdminDocument:
        """The subjects a review meeting proposed for recognition, with total and band and the
        meeting's note; dated on the last meeting; signed by the head of the branch."""
        inst = self.installation.require()
        subject, name = subject_of(model), MODEL_NAMES[model]
        reviews = self.evaluation.reviews(year, model)
        notes = {rid: note for r in reviews for rid, _, note in r.draft.outcomes}
        rows = [r for r in self._registrations(year, model) if r.proposed]
        details = self._details(inst, year, model)
        words = band_words(self.criteria, model)
        held = [r.draft.held_on for r in reviews if r.draft.held_on is not None]

        doc = self._document(inst, f"Danh sách đề nghị công nhận {name} năm {year}")
        day = max(held) if held else self.today()
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), day))
        meetings = ", ".join(date_text(d) for d in sorted(set(held)))
        doc.title(
            "Danh sách đề nghị công nhận",
            f"Danh hiệu {quoted(name)} năm {year}",
            f"(Theo kết quả họp bình xét ngày {meetings})" if meetings else None,
        )
        doc.paragraph(
            f"{inst.unit_name} đề nghị {self._upward(inst)} xem xét, công nhận danh hiệu "
            f"{quoted(name)} năm {year} cho {len(rows)} {subject.noun} có tên sau đây:"
        )
        columns = self._subject_columns(subject)
        columns[2:2] = [Column(subject.detail, 2.8)]
        columns += [
            Column("Tổng điểm", 1.0, "center"),
            Column("Xếp loại", 1.2, "center"),
            Column("Ghi chú", 1.6),
        ]
        table = []
        for n, row in enumerate(rows, start=1):
            detail = details.get(row.id)
            cells = self._subject_cells(n, row, subject)
            cells[2:2] = [detail.detail if detail else ""]
            cells += [points_text(row.total), standing(row, words), notes.get(row.id, "")]
            table.append(cells)
        doc.table(columns, table)
        doc.paragraph(
            f"Tổng cộng: {count_text(len(rows))} {subject.noun} được đề nghị công nhận.",
            indent=False,
        )
        self._sign_list(doc, inst, "Người lập danh sách")
        return doc

    # -- 5. the list annexed to a decision --------------------------------------------------

    def decision_annex(self, decision_id: int) -> AdminDocument:
        """Danh sách kèm theo Quyết định số … ngày …: the subjects the decision recognised,
        under the decision's issuer, signed by its signer (known from the decision)."""
        inst = self.installation.require()
        decision = self._decision(decision_id).draft
        year, model = decision.year, decision.model
        subject, name = subject_of(model), MODEL_NAMES[model]
        rows = [r for r in self._registrations(year, model) if r.id in decision.registration_ids]
        details = self._details(inst, year, model)

        doc = self._document(inst, f"Danh sách kèm theo Quyết định số {decision.number}")
        body = decision.issuer or inst.association_name or inst.unit_name
        doc.header(Issuer(body))
        of = f" của {decision.issuer}" if decision.issuer else ""
        doc.title(
            "Danh sách",
            f"{subject.noun.capitalize()} đạt danh hiệu {quoted(name)} năm {year}",
            f"(Kèm theo Quyết định số {decision.number} ngày {date_text(decision.signed_on)}{of})",
        )
        columns = self._subject_columns(subject)
        columns[2:2] = [Column(subject.detail, 3.4)]
        columns.append(Column("Ghi chú", 1.6))
        table = []
        for n, row in enumerate(rows, start=1):
            detail = details.get(row.id)
            cells = self._subject_cells(n, row, subject)
            cells[2:2] = [detail.detail if detail else ""]
            cells.append("")
            table.append(cells)
        doc.table(columns, table)
        doc.paragraph(f"Danh sách có {count_text(len(rows))} {subject.noun}.", indent=False)
        doc.signers(Signer(decision.signer_title or "Người ký", decision.signer, note=SIGN_SEAL))
        return doc

    # -- 6. yearly report -------------------------------------------------------------------

    def yearly_report(self, year: int) -> AdminDocument:
        """Báo cáo kết quả xây dựng các mô hình học tập năm N: per model, the subjects, how many
        registered (and their share of the subjects), how many were recognised (share of the
        subjects and of those registered) and commended, in a table and in words; the same per
        tổ for families; signed by whoever drew it up and the head."""
        inst = self.installation.require()
        lines = self.evaluation.dashboard(year, by_group=True)
        models = _report_models(lines)
        whole = {line.model: line for line in lines if not line.group}

        doc = self._document(inst, f"Báo cáo kết quả xây dựng các mô hình học tập năm {year}")
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), self.today()))
        doc.title("Báo cáo", f"Kết quả xây dựng các mô hình học tập năm {year}")
        doc.paragraph(
            f"{inst.unit_name} báo cáo kết quả đăng ký, bình xét và công nhận các mô hình học "
            f"tập năm {year} như sau:"
        )
        doc.heading("1. Kết quả chung")
        columns, table, groups = _report_table(
            "Mô hình", [(MODEL_NAMES[m], whole[m]) for m in models]
        )
        doc.table(columns, table, groups=groups)
        for model in models:
            doc.paragraph(_report_sentence(model, whole[model]), indent=False)
        per_group = sorted(
            (line for line in lines if line.model is Model.FAMILY and line.group),
            key=lambda line: _group_key(line.group),
        )
        if per_group:
            doc.heading(f"2. {MODEL_NAMES[Model.FAMILY]} theo tổ")
            rows = [(line.group, line) for line in per_group]
            columns, table, groups = _report_table("Tổ", rows, total=whole[Model.FAMILY])
            doc.table(columns, table, groups=groups)
        if (chart := model_chart(lines, 160 * mm)) is not None:
            doc.drawing(
                lambda width: model_chart(lines, width),
                chart_texts(chart),
                caption=f"{3 if per_group else 2}. Biểu đồ tỷ lệ đăng ký và được công nhận",
            )
        self._sign_list(doc, inst, "Người lập báo cáo")
        return doc

    def report_chart(self, year: int, width: float) -> Drawing | None:
        """The yearly report's chart: per model, the share of subjects registered and
        recognised, as a reportlab Drawing `width` points wide (None if nothing to show)."""
        return model_chart(self.evaluation.dashboard(year, by_group=False), width)

    # -- 7. every document of a year --------------------------------------------------------

    def documents_of(self, year: int) -> list[tuple[str, Callable[[], AdminDocument]]]:
        """(file name, how to build it) for every document of `year` that has content."""
        found: list[tuple[str, Callable[[], AdminDocument]]] = []
        registered = False
        for model in Model:
            rows = self.evaluation.registrations(year, model)
            if not rows:
                continue
            registered = True
            base = f"{year}-{MODEL_SLUGS[model]}"
            found.append((f"{base}-dang-ky.pdf", partial(self.registration_list, year, model)))
            used: set[str] = set()
            for review in self.evaluation.reviews(year, model):
                day = review.draft.held_on.isoformat() if review.draft.held_on else "khong-ngay"
                file = _unique(f"{base}-bien-ban-{day}", used)
                found.append((file, partial(self.minutes, review.id)))
            if any(r.proposed for r in rows):
                found.append((f"{base}-de-nghi.pdf", partial(self.proposal_list, year, model)))
            for decision in self.evaluation.decisions(year, model):
                number = slug(decision.draft.number) or str(decision.id)
                file = _unique(f"{base}-quyet-dinh-{number}", used)
                found.append((file, partial(self.decision_annex, decision.id)))
        if registered:
            found.append((f"{year}-bao-cao.pdf", partial(self.yearly_report, year)))
        return found

    def write_all(
        self, year: int, folder: str | Path, progress: Progress | None = None
    ) -> list[Path]:
        """Write the documents of `year` into `folder` (made if missing), each all at once.
        Returns the files written, in order. Stops with Cancelled when `progress` says so; the
        files written before stay."""
        progress = progress or NoProgress()
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PdfUnwritable(file=str(folder), detail=exc.strerror or str(exc)) from exc
        todo = self.documents_of(year)
        written = []
        for done, (file, build) in enumerate(todo):
            if progress.cancelled:
                raise Cancelled()
            progress.report(done, len(todo))
            written.append(build().write(folder / file))
        progress.report(len(todo), len(todo))
        return written


# --- helpers of the documents ------------------------------------------------------------------


def _unique(stem: str, used: set[str]) -> str:
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return f"{name}.pdf"


def _dotted(label: str, doc: AdminDocument) -> str:
    """`label` followed by dots to the end of the line, for writing in by hand."""
    width = (A4[1] if doc.landscape else A4[0]) - doc.margins.left - doc.margins.right
    room = width - stringWidth(label, FAMILY, BODY_SIZE) - 6
    return label + "." * max(3, int(room / stringWidth(".", FAMILY, BODY_SIZE)))


def _criterion_row(
    node: Criterion, sheet: ScoreSheet | None, totals: dict[str, Decimal]
) -> tuple[str, str, str, str, str]:
    """Code, wording, maximum, points given (a parent's sub-total), note. Pass/fail items and
    parents made only of them say Đạt / Không đạt instead of points."""
    score = sheet.scores.get(node.code) if sheet is not None and node.is_leaf else None
    note = ""
    if score is not None:
        note = score.note or (DERIVED_NOTE if score.source is Source.DERIVED else "")
    yes_no = node.kind is Kind.PASS_FAIL or (not node.is_leaf and node.maximum == 0)
    if yes_no:
        maximum = f"{MET} /\n{NOT_MET}"  # one word a line in the narrow column
        if sheet is None:
            given = ""
        elif node.is_leaf:
            given = "" if score is None or score.met is None else (MET if score.met else NOT_MET)
        else:
            given = MET if is_met(node, sheet, totals) else NOT_MET
    else:
        maximum = points_text(node.maximum)
        given = "" if sheet is None else points_text(totals.get(node.code))
    return node.code, node.wording, maximum, given, note


def _reason(issue: Issue) -> str:
    p = issue.params
    if issue.code == Reason.BELOW_MINIMUM_TOTAL:
        return (
            f"tổng điểm {points_text(p['total'])} thấp hơn mức tối thiểu "
            f"{points_text(p['min'])} điểm"
        )
    if issue.code == Reason.BELOW_MINIMUM_FOR_CRITERION:
        return (
            f"tiêu chí {p['code']} đạt {points_text(p['points'])} điểm, thấp hơn mức tối thiểu "
            f"{points_text(p['min'])} điểm"
        )
    if issue.code == Reason.KNOCK_OUT_FAILED:
        return f"tiêu chí {p['code']} là điều kiện bắt buộc nhưng chưa đạt"
    return issue.code


def _rule_lines(cs: CriteriaSet) -> list[str]:
    """The recognition rule and the bands, in words, under the table."""
    rule, lines, parts = cs.rule, [], []
    if rule.min_total > 0:
        parts.append(f"tổng điểm từ {points_text(rule.min_total)} điểm trở lên")
    for minimum in rule.min_per_criterion:
        parts.append(
            f"tiêu chí {minimum.code} đạt từ {points_text(minimum.min_points)} điểm trở lên"
        )
    for code in rule.knock_outs:
        node = cs.find(code)
        if node is not None and node.maximum > 0:
            parts.append(f"tiêu chí {code} đạt đủ {points_text(node.maximum)} điểm")
        else:
            parts.append(f"tiêu chí {code} phải đạt")
    if parts:
        lines.append("Điều kiện công nhận: " + "; ".join(parts) + ".")
    bands = []
    for i, band in enumerate(rule.bands):
        word = band.label or BAND_WORDS.get(band.code, band.code)
        low = points_text(band.min_total)
        if i == 0:
            bands.append(f"{word}: từ {low} điểm trở lên")
        elif band.min_total == 0:
            bands.append(f"{word}: dưới {points_text(rule.bands[i - 1].min_total)} điểm")
        else:
            high = points_text(rule.bands[i - 1].min_total)
            bands.append(f"{word}: từ {low} đến dưới {high} điểm")
    if bands:
        lines.append("Xếp loại: " + "; ".join(bands) + ".")
    return lines


def _report_models(lines: Iterable[DashboardLine]) -> list[Model]:
    registered = {line.model for line in lines if not line.group and line.registered}
    return [*REPORTED, *(m for m in Model if m not in REPORTED and m in registered)]


def _report_table(
    first: str, rows: Sequence[tuple[str, DashboardLine]], total: DashboardLine | None = None
) -> tuple[list[Column], list[list[object]], list[tuple[str, int]]]:
    columns = [
        Column(first, 2.1),
        Column("Tổng số", 1.0, "center"),
        Column("Số lượng", 1.0, "center"),
        Column("Tỷ lệ so với tổng số", 1.15, "center"),
        Column("Số lượng", 1.0, "center"),
        Column("Tỷ lệ so với tổng số", 1.15, "center"),
        Column("Tỷ lệ so với số đăng ký", 1.15, "center"),
        Column("Tiêu biểu", 1.0, "center"),
    ]
    groups = [("", 1), ("", 1), ("Đăng ký", 2), ("Được công nhận", 3), ("", 1)]

    def cells(label: str, line: DashboardLine) -> list[object]:
        return [
            label,
            count_text(line.subjects),
            count_text(line.registered),
            percent_text(line.registered, line.subjects),
            count_text(line.recognised),
            percent_text(line.recognised, line.subjects),
            percent_text(line.recognised, line.registered),
            count_text(line.commended),
        ]

    table = [cells(label, line) for label, line in rows]
    if total is not None:
        table.append(cells("Cộng", total))
    return columns, table, groups


def _report_sentence(model: Model, line: DashboardLine) -> str:
    noun = subject_of(model).noun
    head = f"- {MODEL_NAMES[model]}: "
    if not line.registered:
        return head + "chưa có đăng ký."
    text = (
        f"{count_text(line.registered)}/{count_text(line.subjects)} {noun} đăng ký "
        f"({percent_text(line.registered, line.subjects)}); "
        f"{count_text(line.recognised)} {noun} được công nhận, đạt "
        f"{percent_text(line.recognised, line.subjects)} tổng số và "
        f"{percent_text(line.recognised, line.registered)} số đăng ký"
    )
    if line.commended:
        text += f"; {count_text(line.commended)} {noun} tiêu biểu được biểu dương"
    return head + text + "."


CHART_CAPTION = "Tỷ lệ so với tổng số đối tượng"
REGISTERED, RECOGNISED = "Đăng ký", "Được công nhận"


def model_chart(lines: Iterable[DashboardLine], width: float) -> Drawing | None:
    """Grouped bars per model with subjects: the share registered and the share recognised."""
    whole = {line.model: line for line in lines if not line.group}
    shown = [m for m in _report_models(whole.values()) if m in whole and whole[m].subjects]
    if not shown:
        return None

    def shares(count: Callable[[DashboardLine], int]) -> tuple[float, ...]:
        return tuple(float(share(count(whole[m]), whole[m].subjects) or 0) for m in shown)

    return grouped_bars(
        [MODEL_NAMES[m].replace(" học tập", "\nhọc tập") for m in shown],
        [
            Series(REGISTERED, shares(lambda line: line.registered)),
            Series(RECOGNISED, shares(lambda line: line.recognised)),
        ],
        width,
        caption=CHART_CAPTION,
    )
