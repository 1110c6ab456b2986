"""The QR text of a certificate: canonical signed bytes, ASCII only, forgiving of how it is typed
or scanned, and nothing but PayloadMalformed / PayloadTooNew for text that is not one."""

import base64
import dataclasses
import json
import re
import unicodedata
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xhht_desktop.domain import certificate_payload as cp
from xhht_desktop.domain.certificate_payload import (
    PREFIX,
    CertificatePayload,
    PayloadError,
    PayloadMalformed,
    PayloadTooNew,
    decode,
    encode,
    signed_text,
)

NAME = "Nguyễn Thị Hồng"
SIGNATURE = bytes(range(64))  # the domain does not check signatures, only carries them
PAYLOAD = CertificatePayload(
    certificate_id="0b7e4c2a-5d1f-4e8a-9c3b-7f6d2e1a0c95",
    number="15/GCN-KH",
    recipient=NAME,
    year=2026,
    model="gia_dinh",
    issuer="Hội Khuyến học phường Bến Thành",
    kind="recognition",
    key_id="0123456789abcdef",
)
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def wrap(signed: bytes, signature: bytes = SIGNATURE, prefix: str = PREFIX) -> str:
    """QR text around arbitrary signed bytes, to reach the checks behind the transport."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15, zdict=cp._DICTIONARY)
    return f"{prefix}.{b64(packer.compress(signed) + packer.flush())}.{b64(signature)}"


def as_json(**changes: object) -> bytes:
    data = json.loads(signed_text(PAYLOAD))
    data.update(changes)
    data = {key: value for key, value in data.items() if value is not None}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def test_round_trip():
    text = encode(PAYLOAD, SIGNATURE)
    assert decode(text) == (PAYLOAD, SIGNATURE, signed_text(PAYLOAD))


def test_every_field_is_carried():
    assert {f.name for f in dataclasses.fields(CertificatePayload)} == set(cp._KEYS.values())


def test_signed_text_is_canonical_compact_json():
    signed = signed_text(PAYLOAD)
    assert signed.decode("utf-8") == (
        '{"i":"0b7e4c2a-5d1f-4e8a-9c3b-7f6d2e1a0c95","k":"0123456789abcdef","m":"gia_dinh",'
        '"n":"15/GCN-KH","r":"Nguyễn Thị Hồng","t":"recognition",'
        '"u":"Hội Khuyến học phường Bến Thành","y":2026}'
    )


def test_a_decomposed_name_signs_and_decodes_as_nfc():
    decomposed = unicodedata.normalize("NFD", NAME)
    assert decomposed != NAME  # the test means something only if the input differs
    typed = dataclasses.replace(PAYLOAD, recipient=decomposed)
    assert signed_text(typed) == signed_text(PAYLOAD)
    payload, _, _ = decode(encode(typed, SIGNATURE))
    assert payload.recipient == NAME
    assert unicodedata.is_normalized("NFC", payload.recipient)


def test_the_text_is_ascii_in_three_base64url_parts():
    text = encode(PAYLOAD, SIGNATURE)
    assert text.isascii()
    assert re.fullmatch(r"XHHT1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}", text)


def test_blanks_line_breaks_and_padding_are_ignored():
    text = encode(PAYLOAD, SIGNATURE)
    prefix, data, signature = text.split(".")
    padded = f"{prefix}.{data}{'=' * (-len(data) % 4)}.{signature}=="
    wrapped = "\n".join(padded[start : start + 7] for start in range(0, len(padded), 7))
    typed = "  " + wrapped.replace("A", " A\t").replace("\n", "\r\n") + " \n"
    assert decode(typed)[0] == PAYLOAD


def test_a_realistic_certificate_fits_a_small_qr_code():
    name = "Gia đình ông Nguyễn Văn Trường và bà Lê Thị"[:40]
    issuer = "Hội Khuyến học xã Tân Phú Đông, huyện Đức Hòa, tỉnh Long An, VN"[:60]
    assert (len(name), len(issuer)) == (40, 60)
    payload = dataclasses.replace(PAYLOAD, recipient=name, issuer=issuer, number="1234/GCN-KH")
    text = encode(payload, SIGNATURE)
    assert len(text) < 400
    upper = dataclasses.replace(payload, issuer=issuer.upper())
    assert len(encode(upper, SIGNATURE)) < 400


@pytest.mark.parametrize("text", ["XHHT2.abc.def", "XHHT2", "XHHT10.a.b.c", " XHHT3 .x"])
def test_a_newer_format_is_too_new_not_malformed(text):
    with pytest.raises(PayloadTooNew) as caught:
        decode(text)
    assert caught.value.code == "certificate.payload_newer"


def test_a_newer_version_of_a_valid_payload_is_too_new():
    with pytest.raises(PayloadTooNew):
        decode("XHHT2" + encode(PAYLOAD, SIGNATURE).removeprefix(PREFIX))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "XHHT1",
        "XHHT1..",
        "XHHT0.a.b",
        "XHHT01.a.b",
        "xhht1.a.b",
        "https://example.org/",
        "XHHT1.a.b.c",
        "XHHT1.!!!!.AAAA",
        "XHHT1.A.AAAA",  # one base64 character is no byte
        "XHHT1." + "A" * 5000 + ".AAAA",
    ],
)
def test_not_a_payload_is_malformed(text):
    with pytest.raises(PayloadMalformed) as caught:
        decode(text)
    assert caught.value.code == "certificate.payload_malformed"
    assert caught.value.params == {}


def test_other_prefixes_and_bad_parts_are_malformed():
    text = encode(PAYLOAD, SIGNATURE)
    prefix, data, signature = text.split(".")
    for broken in [
        f"XHHT.{data}.{signature}",
        f"{prefix}.{data}",
        f"{prefix}.{data}.{signature}.{signature}",
        f"{prefix}.{data[:-3]}.{signature}",  # the deflate stream cut short
        f"{prefix}.{data}AAAA.{signature}",  # bytes after its end
        f"{prefix}.{data}.{signature[:-4]}",  # 61 bytes
        f"{prefix}.{data}.{signature}AAAA",  # 67 bytes
        f"{prefix}.{data.replace('A', '+')}.{signature.replace('A', '/')}",  # not base64url
    ]:
        assert broken != text
        with pytest.raises(PayloadMalformed):
            decode(broken)


def test_only_one_spelling_of_the_signature_decodes():
    """86 base64 characters carry 516 bits for 512: the last one must leave the spare bits 0."""
    text = encode(PAYLOAD, SIGNATURE)
    last = B64URL.index(text[-1])
    assert last % 16 == 0
    with pytest.raises(PayloadMalformed):
        decode(text[:-1] + B64URL[last + 1])


@pytest.mark.parametrize(
    "signed",
    [
        b"",
        b"[]",
        b'"XHHT"',
        b"{",
        b"\xff\xfe",
        as_json(y="2026"),
        as_json(y=True),
        as_json(y=2026.0),
        as_json(y=12),
        as_json(r=""),
        as_json(r=5),
        as_json(n=["15"]),
        as_json(t="diploma"),
        as_json(m="Gia đình"),
        as_json(k="0123456789ABCDEF"),
        as_json(k="0123456789abcde"),
        as_json(i=None),  # missing
        as_json(x="extra"),
        as_json(r=unicodedata.normalize("NFD", NAME)),  # not canonical
        signed_text(PAYLOAD).replace(NAME.encode(), b"\\ud800"),  # a lone surrogate
        signed_text(PAYLOAD).replace(b",", b", "),  # not canonical
        signed_text(PAYLOAD).replace(b"}", b',"y":2027}'),  # a key twice
        b"[" * 999 + b"]" * 999,  # deep enough to trouble a recursive parser
        b'{"y":' + b"9" * 1990 + b"}",
        b" " * 3000,  # too long once inflated
    ],
)
def test_ill_formed_signed_json_is_malformed(signed):
    with pytest.raises(PayloadMalformed):
        decode(wrap(signed))


def test_the_canonical_json_itself_decodes():
    """The helpers above build what encode builds, so the cases above fail for their reason."""
    assert as_json() == signed_text(PAYLOAD)
    assert decode(wrap(as_json()))[0] == PAYLOAD


def test_a_small_text_cannot_inflate_into_a_large_one():
    text = wrap(b"{" * 2_000_000)
    assert len(text) < cp.MAX_TEXT  # so it is the inflating that stops it
    with pytest.raises(PayloadMalformed):
        decode(text)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("key_id", ""),
        ("key_id", "XYZ"),
        ("kind", "diploma"),
        ("year", "2026"),
        ("recipient", ""),
        ("model", "Gia đình"),
    ],
)
def test_encode_refuses_a_payload_decode_would_refuse(field, value):
    with pytest.raises(ValueError, match=field):
        encode(dataclasses.replace(PAYLOAD, **{field: value}), SIGNATURE)


def test_encode_refuses_a_signature_of_the_wrong_size():
    with pytest.raises(ValueError, match="64"):
        encode(PAYLOAD, SIGNATURE[:32])


@given(st.text())
def test_any_text_is_a_payload_or_a_payload_error(text):
    try:
        decode(text)
    except PayloadError as error:
        assert isinstance(error, PayloadMalformed | PayloadTooNew)


_PARTS = st.text(alphabet=B64URL + "=. \n", max_size=200)


@given(_PARTS, _PARTS, st.sampled_from(["XHHT1.", "XHHT2.", "XHHT1", ""]))
def test_text_shaped_like_a_payload_is_a_payload_or_a_payload_error(data, signature, prefix):
    try:
        decode(f"{prefix}{data}.{signature}")
    except PayloadError as error:
        assert isinstance(error, PayloadMalformed | PayloadTooNew)


@given(st.data())
def test_a_damaged_payload_decodes_as_itself_or_not_at_all(data):
    text = encode(PAYLOAD, SIGNATURE)
    position = data.draw(st.integers(0, len(text) - 1))
    replacement = data.draw(st.text(max_size=3))
    damaged = text[:position] + replacement + text[position + 1 :]
    try:
        payload, _, signed = decode(damaged)
    except PayloadError as error:
        assert isinstance(error, PayloadMalformed | PayloadTooNew)
    else:
        # Only changes to the data part can still decode, and then to what it signs.
        assert signed == signed_text(payload)
