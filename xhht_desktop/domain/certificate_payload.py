"""The text a certificate's QR code carries, so an upper-level association can check a paper
certificate offline: which certificate, for whom, what for and by whom, signed with the issuing
installation's key (services/signing.py holds the keys; this module only shapes the text).

The text is "XHHT1.<data>.<signature>", pure ASCII, so a QR code holds it and a barcode scanner
that types what it reads types it unchanged:

- the signed bytes are canonical JSON (sorted one-letter keys, no blanks, NFC, UTF-8), so the
  same certificate always signs the same bytes, whatever form its name was typed in;
- <data> is those bytes raw-deflated with a fixed preset dictionary of the words every
  certificate repeats, then base64url without padding. Plain base64 of the JSON made about 460
  characters for a 40-letter Vietnamese name and a 60-letter issuer, a QR code too dense to
  print small; deflate with the dictionary brings that near 330;
- <signature> is the 64-byte Ed25519 signature of the JSON (not of its compressed form, so a
  different deflate library may compress differently without breaking anything), base64url.

The dictionary is part of the format: changing it, or anything else here, needs a new prefix.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
import zlib
from dataclasses import dataclass
from enum import StrEnum

PREFIX = "XHHT1"
SIGNATURE_SIZE = 64  # Ed25519
KINDS = ("recognition", "commendation")  # the values of domain.certificates.CertificateKind
# Far above any real certificate, low enough that a pasted novel is refused before any work.
MAX_TEXT = 4000
MAX_JSON = 2000

# Deflate finds a repeat more cheaply the nearer it is, so the commonest text comes last.
_DICTIONARY = " ".join(
    (
        "Hội Khuyến học HỘI KHUYẾN HỌC Chi hội Ban Chấp hành UBND Ủy ban nhân dân",
        "Trường Trung học cơ sở Tiểu học Mầm non Công ty Cơ quan Thôn Ấp Bản Khu phố Tổ dân phố",
        "Dòng họ Chi họ DÒNG HỌ Cộng đồng Đơn vị Công dân Gia đình GIA ĐÌNH",
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương",
        "Văn Thị Hữu Đức Công Quang Minh Thanh Thành Hồng Ngọc Thu Hương Lan Hoa Hải Hùng Dũng",
        "Anh Tuấn Hiếu Trung Nam Bình Phú Tân An Long Sơn Hà Nội Hồ Chí Minh Đà Nẵng Cần Thơ",
        "THÀNH PHỐ TỈNH QUẬN HUYỆN THỊ XÃ PHƯỜNG XÃ ĐẶC KHU",
        "thành phố tỉnh quận huyện thị xã thị trấn đặc khu phường xã ",
        "Gia đình ông Gia đình bà ông bà và ",
        '"m":"dong_ho","m":"cong_dong","m":"don_vi","m":"cong_dan",',
        '"t":"commendation",/GK-KH/GCN-KH",',
        '{"i":"","k":"","m":"gia_dinh","n":"","r":"","t":"recognition","u":"","y":20',
    )
).encode("utf-8")

_KEY_ID = re.compile(r"[0-9a-f]{16}")
_MODEL = re.compile(r"[a-z0-9_]+")
_NEWER = re.compile(r"XHHT(?:[2-9]|[1-9][0-9]+)")
_BASE64URL = re.compile(r"[A-Za-z0-9_-]*")


class PayloadError(ValueError):
    """Text that is not a certificate payload this version can read.

    The domain may not import xhht_desktop.errors, so services/signing.py turns these into
    UserErrors with the same `code` (as services do with domain.criteria_io's errors)."""

    code = "certificate.payload_malformed"

    def __init__(self) -> None:
        super().__init__(self.code)
        self.params: dict[str, object] = {}  # as UserError has


class PayloadMalformed(PayloadError):
    code = "certificate.payload_malformed"


class PayloadTooNew(PayloadError):
    """Made by a newer version of the app: tell the user to update, not that it is forged."""

    code = "certificate.payload_newer"


@dataclass(frozen=True)
class CertificatePayload:
    certificate_id: str  # the certificate's UUID
    number: str  # register number, "15/GCN-KH"
    recipient: str
    year: int
    model: str  # a criteria.Model value, "gia_dinh"
    issuer: str  # the issuing body, "Hội Khuyến học phường Bến Thành"
    kind: str  # one of KINDS
    key_id: str = ""  # the signing key's id (16 hex); signing.sign_payload fills it in


# One-letter JSON keys keep the QR code small.
_KEYS = {
    "i": "certificate_id",
    "n": "number",
    "r": "recipient",
    "y": "year",
    "m": "model",
    "u": "issuer",
    "t": "kind",
    "k": "key_id",
}


class Verdict(StrEnum):
    GENUINE = "genuine"
    TAMPERED = "tampered"  # the signature does not match: not genuine
    UNKNOWN_KEY = "unknown_key"  # signed by a key this installation does not know


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    payload: CertificatePayload | None  # None when TAMPERED: nothing in it can be trusted
    signer_fingerprint: str = ""
    signer_name: str = ""


def _problem(payload: CertificatePayload) -> str | None:
    """What makes `payload` unfit to carry, or None."""
    for name in _KEYS.values():
        value = getattr(payload, name)
        if name == "year":
            # bool is an int to Python, but true is no year.
            if type(value) is not int or not 1000 <= value <= 9999:
                return "year"
        elif not isinstance(value, str) or not value:
            return name
    if not _KEY_ID.fullmatch(payload.key_id):
        return "key_id"
    if not _MODEL.fullmatch(payload.model):
        return "model"
    if payload.kind not in KINDS:
        return "kind"
    return None


def signed_text(payload: CertificatePayload) -> bytes:
    """The canonical bytes a signature covers: one certificate, one byte string."""
    data = {
        key: unicodedata.normalize("NFC", value) if isinstance(value, str) else value
        for key, value in ((key, getattr(payload, name)) for key, name in _KEYS.items())
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(part: str) -> bytes:
    bare = part.rstrip("=")
    if not _BASE64URL.fullmatch(bare) or len(bare) % 4 == 1:
        raise PayloadMalformed()
    try:
        data = base64.urlsafe_b64decode(bare + "=" * (-len(bare) % 4))
    except (binascii.Error, ValueError) as error:
        raise PayloadMalformed() from error
    # Base64's last character carries unused bits: several spellings decode alike. Accept one,
    # so no edited character of a signature can still read as the same signature.
    if _b64(data) != bare:
        raise PayloadMalformed()
    return data


def encode(payload: CertificatePayload, signature: bytes) -> str:
    """The QR text for a payload and its signature (signing.sign_payload calls this)."""
    problem = _problem(payload)
    if problem:
        raise ValueError(f"cannot encode a certificate payload with a bad {problem}")
    if len(signature) != SIGNATURE_SIZE:
        raise ValueError(f"an Ed25519 signature has {SIGNATURE_SIZE} bytes, not {len(signature)}")
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=_DICTIONARY)
    packed = packer.compress(signed_text(payload)) + packer.flush()
    return f"{PREFIX}.{_b64(packed)}.{_b64(signature)}"


def _unpack(packed: bytes) -> bytes:
    unpacker = zlib.decompressobj(-15, zdict=_DICTIONARY)
    try:
        data = unpacker.decompress(packed, MAX_JSON + 1)
    except zlib.error as error:
        raise PayloadMalformed() from error
    # A bounded read, so a crafted few bytes cannot inflate into gigabytes.
    if len(data) > MAX_JSON or not unpacker.eof or unpacker.unused_data:
        raise PayloadMalformed()
    return data


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise PayloadMalformed()
    return result


def decode(text: str) -> tuple[CertificatePayload, bytes, bytes]:
    """(payload, signature, signed bytes) from QR text, or PayloadMalformed / PayloadTooNew.

    Blanks and line breaks anywhere are ignored (a person retyping it, a scanner adding a
    newline, a chat program wrapping it), and so is base64 padding."""
    compact = "".join(text.split())
    if len(compact) > MAX_TEXT:
        raise PayloadMalformed()
    prefix, _, rest = compact.partition(".")
    if _NEWER.fullmatch(prefix):
        raise PayloadTooNew()
    parts = rest.split(".")
    if prefix != PREFIX or len(parts) != 2:
        raise PayloadMalformed()
    signed = _unpack(_unb64(parts[0]))
    signature = _unb64(parts[1])
    if len(signature) != SIGNATURE_SIZE:
        raise PayloadMalformed()
    try:
        data = json.loads(signed.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise PayloadMalformed() from error
    if not isinstance(data, dict) or set(data) != set(_KEYS):
        raise PayloadMalformed()
    payload = CertificatePayload(**{name: data[key] for key, name in _KEYS.items()})
    if _problem(payload):
        raise PayloadMalformed()
    try:
        canonical = signed_text(payload)
    except UnicodeEncodeError as error:  # JSON may spell a lone surrogate, "\ud800"
        raise PayloadMalformed() from error
    # Only the canonical spelling is accepted, so the payload shown is exactly what was signed.
    if canonical != signed:
        raise PayloadMalformed()
    return payload, signature, signed


def verdict_words(result: Verification) -> tuple[str, dict[str, object]]:
    """The message code and its parameters that tell a person the verdict."""
    p = result.payload
    params: dict[str, object] = {
        "number": p.number if p else "",
        "name": p.recipient if p else "",
        "year": p.year if p else "",
        "issuer": p.issuer if p else "",
        "key": result.signer_fingerprint or (p.key_id if p else ""),
        "holder": result.signer_name,
    }
    return f"certificate.{result.verdict.value}", params
