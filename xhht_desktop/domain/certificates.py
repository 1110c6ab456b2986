"""Recognition certificates (giấy công nhận) and commendations (giấy khen): the template a user
edits, the register numbers, and what one printed sheet says.

The template is data, not code: wording, signer, sizes, margins, border, logo and QR are the
user's, so a ward whose chairman of the People's Committee signs, or whose paper is preprinted,
needs no programmer. The register number is a sequence per issuer and year written through a
format such as "{so}/GCN-KH".
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, fields, replace
from enum import StrEnum

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.text import fold, nfc
from xhht_desktop.domain.validation import Issue


class CertificateKind(StrEnum):
    RECOGNITION = "recognition"  # giấy công nhận: every recognised subject
    COMMENDATION = "commendation"  # giấy khen: those commended as exemplary


class Paper(StrEnum):
    A4 = "a4"  # A4 landscape, the default
    A5 = "a5"  # A5 landscape: the A4 design scaled by 1/√2


NUMBER_FIELD = "so"  # the sequence: "{so}/GCN-KH" -> "15/GCN-KH"
YEAR_FIELD = "nam"  # the year, if the format wants it: "{so}/{nam}/GCN"
DEFAULT_FORMATS = {
    CertificateKind.RECOGNITION: "{so}/GCN-KH",
    CertificateKind.COMMENDATION: "{so}/GK-KH",
}
# Point sizes and millimetres a template may take: wide enough for any real paper, narrow
# enough that a typing slip ("240" for "24") is caught before it prints.
SIZE_LIMITS = (8.0, 60.0)
MARGIN_LIMITS = (0.0, 40.0)
TEXT_LIMIT = 200


@dataclass(frozen=True)
class CertificateTemplate:
    """Everything printed on a certificate that is the same for every sheet of one kind and
    model. Sizes are points and margins millimetres on A4; A5 scales the whole page."""

    issuer_parent: str = ""  # cơ quan chủ quản, e.g. "UBND PHƯỜNG BẾN THÀNH"
    issuer_body: str = ""  # "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH"
    heading: str = "GIẤY CÔNG NHẬN"  # or "GIẤY KHEN"
    title: str = ""  # the title recognised: "GIA ĐÌNH HỌC TẬP"
    granter: str = ""  # who recognises: "Chủ tịch Hội Khuyến học phường Bến Thành"
    place: str = ""  # địa danh of the place-and-date line: "Bến Thành"
    signer_on_behalf: str = ""  # "TM. BAN CHẤP HÀNH" (may be empty)
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""
    number_format: str = DEFAULT_FORMATS[CertificateKind.RECOGNITION]
    paper: Paper = Paper.A4
    heading_size: float = 34.0
    title_size: float = 22.0
    name_size: float = 26.0
    min_name_size: float = 16.0
    body_size: float = 14.0
    margin_mm: float = 10.0  # from the paper's edge to the border
    border: bool = True
    logo: str = ""  # file name of the logo the user picked, kept in the data folder
    show_qr: bool = False  # a signed QR code to check the sheet offline

    def to_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, object], base: CertificateTemplate) -> CertificateTemplate:
        """`base` with the known, well-typed values of `data`: a template saved by an older
        or newer version still opens, whatever it lacks coming from `base`."""
        values: dict[str, object] = {}
        for f in fields(cls):
            value = data.get(f.name)
            current = getattr(base, f.name)
            if isinstance(current, Paper):
                if value in {p.value for p in Paper}:
                    values[f.name] = Paper(str(value))
            elif isinstance(current, bool):
                if isinstance(value, bool):
                    values[f.name] = value
            elif isinstance(current, float):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    values[f.name] = float(value)
            elif isinstance(value, str):
                values[f.name] = value
        return replace(base, **values)


def clean_template(t: CertificateTemplate) -> CertificateTemplate:
    """NFC and single spaces in every text; the number format keeps its own spacing."""
    texts = {
        f.name: nfc(getattr(t, f.name))
        for f in fields(t)
        if isinstance(getattr(t, f.name), str) and not isinstance(getattr(t, f.name), Paper)
    }
    return replace(t, **texts)


def format_fields(pattern: str) -> list[str] | None:
    """The {fields} of a number format, or None if it is not a valid format."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    except ValueError:
        return None


def validate_template(t: CertificateTemplate) -> list[Issue]:
    issues: list[Issue] = []
    for name in ("issuer_body", "heading", "title", "granter", "signer_title"):
        if not getattr(t, name).strip():
            issues.append(Issue(name, "certificate.text_required"))
    for f in fields(t):
        value = getattr(t, f.name)
        if isinstance(value, str) and len(value) > TEXT_LIMIT:
            issues.append(Issue(f.name, "text.too_long", {"max": TEXT_LIMIT}))
    if not number_format_works(t.number_format):
        issues.append(Issue("number_format", "certificate.number_format"))
    low, high = SIZE_LIMITS
    for name in ("heading_size", "title_size", "name_size", "min_name_size", "body_size"):
        if not low <= getattr(t, name) <= high:
            issues.append(Issue(name, "certificate.size", {"min": low, "max": high}))
    if t.min_name_size > t.name_size:
        issues.append(Issue("min_name_size", "certificate.min_size"))
    if not MARGIN_LIMITS[0] <= t.margin_mm <= MARGIN_LIMITS[1]:
        issues.append(Issue("margin_mm", "certificate.margin", {"min": 0, "max": MARGIN_LIMITS[1]}))
    return issues


def number_format_works(pattern: str) -> bool:
    """Has {so}, no field but {so} and {nam}, and formats: "{so:s}" names the right field but
    cannot format a number."""
    names = format_fields(pattern)
    if names is None or NUMBER_FIELD not in names or set(names) - {NUMBER_FIELD, YEAR_FIELD}:
        return False
    try:
        format_number(pattern, 1, 2025)
    except (ValueError, KeyError, IndexError, AttributeError, TypeError):
        return False
    return True


def format_number(pattern: str, sequence: int, year: int) -> str:
    """'15/GCN-KH' for sequence 15 and "{so}/GCN-KH"."""
    return pattern.format(**{NUMBER_FIELD: sequence, YEAR_FIELD: year})


def issuer_key(issuer_body: str) -> str:
    """Numbers are unique per issuer and year; an issuer typed once in capitals and once not
    is still one issuer."""
    return re.sub(r"\s+", " ", fold(issuer_body)).strip()


class SheetState(StrEnum):
    """Where a subject's certificate stands in the register."""

    NEW = "new"  # no number yet: printing it takes the next number
    ISSUED = "issued"  # has a number; printing again is a reprint of that number
    VOID = "void"  # its last certificate was voided: printing takes a new number


@dataclass(frozen=True)
class Recipient:
    """A subject that can get a certificate of one kind in one year: recognised (or
    commended) by a decision with a number."""

    registration_id: int
    year: int
    model: Model
    kind: CertificateKind
    name: str  # the head of the household, the clan, the khu phố, the unit
    address: str  # one line, up to the province
    group: str  # tổ, for choosing a batch; "" when the subject has none
    decision_number: str
    decision_date: dt.date | None
    decision_issuer: str
    distinction: str = ""  # a commendation's title: "Gia đình học tập tiêu biểu"
    certificate_id: int | None = None  # the register's live certificate, if any
    number: str = ""
    state: SheetState = SheetState.NEW
    prints: int = 0  # how many times its live certificate was printed


@dataclass(frozen=True)
class Sheet:
    """One certificate as it will print: a recipient with its register number and, when the
    template asks for it, the signed QR payload."""

    recipient: Recipient
    number: str
    sequence: int
    certificate_uuid: str
    reprint: bool  # the number was issued before
    qr_payload: str = ""


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the register (sổ cấp giấy công nhận)."""

    id: int
    uuid: str
    year: int
    kind: CertificateKind
    model: Model
    number: str
    sequence: int
    recipient: str
    address: str
    decision_number: str
    decision_date: dt.date | None
    issued_at: dt.datetime
    issued_by: str
    prints: int
    copies: int
    last_printed_at: dt.datetime | None
    voided_at: dt.datetime | None = None
    void_reason: str = ""
    voided_by: str = ""


@dataclass(frozen=True)
class PrintRecord:
    certificate_id: int
    printed_at: dt.datetime
    printed_by: str
    copies: int
    reprint: bool
    destination: str  # "PDF: D:\\giay.pdf" or "Printer: Canon LBP2900"


@dataclass(frozen=True)
class FitWarning:
    """A text that did not fit even at the smallest size on two lines: printed smaller than
    the template allows, so someone should look before printing."""

    number: str
    recipient: str
    text: str
