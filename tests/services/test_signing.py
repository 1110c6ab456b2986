"""The installation key (made once, kept, never silently replaced) and signed certificate QR
codes: genuine ones verify, altered, forged and unknown ones are told apart."""

import dataclasses
import os
import re
import unicodedata

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from xhht_desktop.domain.certificate_payload import (
    CertificatePayload,
    Verdict,
    decode,
    encode,
    signed_text,
)
from xhht_desktop.errors import UserError
from xhht_desktop.services.signing import (
    CertificateTooNew,
    CertificateUnreadable,
    InstallationKey,
    KeyDamaged,
    fingerprint_of,
    public_key_id,
    sign_payload,
    verify_payload,
    verify_signature,
)

NAME = "Nguyễn Thị Hồng"
PAYLOAD = CertificatePayload(
    certificate_id="0b7e4c2a-5d1f-4e8a-9c3b-7f6d2e1a0c95",
    number="15/GCN-KH",
    recipient=NAME,
    year=2026,
    model="gia_dinh",
    issuer="Hội Khuyến học phường Bến Thành",
    kind="recognition",
)
HOLDER = "Hội Khuyến học phường Bến Thành"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

# RFC 8032, section 7.1, test 1: the key, and its signature of the empty message.
RFC_SECRET = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
RFC_PUBLIC = bytes.fromhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
RFC_SIGNATURE = bytes.fromhex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
)


@pytest.fixture
def key(tmp_path):
    return InstallationKey.load_or_create(tmp_path / "keys" / "installation.pem")


@pytest.fixture
def known(key):
    return {key.key_id: (key.public_bytes, HOLDER)}


# --- the key file ----------------------------------------------------------------------------


def test_the_key_is_created_once_and_reloaded_identical(tmp_path):
    path = tmp_path / "data" / "sub" / "installation.pem"  # folders created as needed
    first = InstallationKey.load_or_create(path)
    written = path.read_bytes()
    assert written.startswith(b"-----BEGIN PRIVATE KEY-----")  # PKCS8, unencrypted
    again = InstallationKey.load_or_create(path)
    assert path.read_bytes() == written
    assert again.public_bytes == first.public_bytes
    assert again.fingerprint == first.fingerprint
    assert again.key_id == first.key_id
    assert verify_signature(first.public_bytes, again.sign(b"data"), b"data")
    assert [p.name for p in path.parent.iterdir()] == ["installation.pem"]  # no temp file left


def test_two_installations_have_different_keys(tmp_path):
    one = InstallationKey.load_or_create(tmp_path / "one.pem")
    other = InstallationKey.load_or_create(tmp_path / "other.pem")
    assert one.public_bytes != other.public_bytes
    assert one.fingerprint != other.fingerprint


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_key_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "installation.pem"
    InstallationKey.load_or_create(path)
    assert path.stat().st_mode & 0o777 == 0o600


def _other_private_key_pem() -> bytes:
    return ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _encrypted_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret"),
    )


@pytest.mark.parametrize(
    "content",
    [
        b"",  # a power cut while some other program wrote it
        b"not a key at all\n",
        b"\x00\xff" * 40,
        b"-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----\n",
        _other_private_key_pem(),
        _encrypted_pem(),
    ],
    ids=["empty", "text", "binary", "truncated", "not-ed25519", "encrypted"],
)
def test_a_damaged_key_file_is_reported_and_left_alone(tmp_path, content):
    path = tmp_path / "installation.pem"
    path.write_bytes(content)
    with pytest.raises(KeyDamaged) as caught:
        InstallationKey.load_or_create(path)
    assert isinstance(caught.value, UserError)
    assert caught.value.code == "key.damaged"
    assert caught.value.params == {"file": str(path)}
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["installation.pem"]


def test_a_folder_where_the_key_should_be_is_reported(tmp_path):
    path = tmp_path / "installation.pem"
    path.mkdir()
    with pytest.raises(KeyDamaged):
        InstallationKey.load_or_create(path)
    assert path.is_dir()


def test_fingerprint_and_key_id_formats(key):
    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){4}", key.fingerprint)
    assert re.fullmatch(r"[0-9a-f]{16}", key.key_id)
    assert key.fingerprint == fingerprint_of(key.public_bytes)
    assert key.key_id == public_key_id(key.public_bytes)
    # Both are the start of one SHA-256, so they agree on their first 16 digits.
    assert key.fingerprint.replace(" ", "")[:16] == key.key_id.upper()
    assert len(key.public_bytes) == 32


def test_fingerprint_of_a_known_key():
    """Pinned: a fingerprint read out over the phone must mean the same in every version."""
    assert fingerprint_of(RFC_PUBLIC) == "21FE 31DF A154 A261 626B"
    assert public_key_id(RFC_PUBLIC) == "21fe31dfa154a261"


def test_fingerprint_refuses_what_is_not_a_raw_public_key():
    with pytest.raises(ValueError):
        fingerprint_of(RFC_PUBLIC + b"\x00")


def test_signatures_are_standard_ed25519():
    rfc_key = InstallationKey(Ed25519PrivateKey.from_private_bytes(RFC_SECRET))
    assert rfc_key.public_bytes == RFC_PUBLIC
    assert rfc_key.sign(b"") == RFC_SIGNATURE
    assert verify_signature(RFC_PUBLIC, RFC_SIGNATURE, b"")
    assert not verify_signature(RFC_PUBLIC, RFC_SIGNATURE, b"x")
    assert not verify_signature(RFC_PUBLIC, RFC_SIGNATURE[:-1] + b"\x00", b"")
    assert not verify_signature(RFC_PUBLIC, RFC_SIGNATURE[:63], b"")
    assert not verify_signature(RFC_PUBLIC[:31], RFC_SIGNATURE, b"")


# --- signed payloads -------------------------------------------------------------------------


def test_a_signed_payload_verifies_genuine_with_its_nfc_name(key, known):
    decomposed = unicodedata.normalize("NFD", NAME)
    assert decomposed != NAME
    text = sign_payload(key, dataclasses.replace(PAYLOAD, recipient=decomposed))
    assert text.isascii()
    result = verify_payload(text, known)
    assert result.verdict is Verdict.GENUINE
    assert result.payload == dataclasses.replace(PAYLOAD, key_id=key.key_id)
    assert result.payload.recipient == NAME
    assert result.signer_fingerprint == key.fingerprint
    assert result.signer_name == HOLDER


def test_signing_uses_the_keys_own_id(key, known):
    text = sign_payload(key, dataclasses.replace(PAYLOAD, key_id="ffffffffffffffff"))
    assert decode(text)[0].key_id == key.key_id
    assert verify_payload(text, known).verdict is Verdict.GENUINE


def test_a_payload_survives_blanks_and_line_breaks(key, known):
    text = sign_payload(key, PAYLOAD)
    typed = "\n".join(
        " ".join(text[i : i + 4] for i in range(j, j + 40, 4)) for j in range(0, len(text), 40)
    )
    assert typed.replace(" ", "").replace("\n", "") == text
    assert verify_payload(typed + "\r\n", known).verdict is Verdict.GENUINE


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("certificate_id", "0b7e4c2a-5d1f-4e8a-9c3b-7f6d2e1a0c96"),
        ("number", "16/GCN-KH"),
        ("recipient", "Nguyễn Thị HồnG"),
        ("recipient", "Nguyễn Thị Hông"),  # one tone mark
        ("year", 2025),
        ("model", "dong_ho"),
        ("issuer", "Hội Khuyến học phường Bến Nghé"),
        ("kind", "commendation"),
    ],
)
def test_changing_any_field_makes_it_tampered(key, known, field, value):
    payload, signature, _ = decode(sign_payload(key, PAYLOAD))
    altered = dataclasses.replace(payload, **{field: value})
    assert altered != payload
    result = verify_payload(encode(altered, signature), known)
    assert result.verdict is Verdict.TAMPERED
    assert result.payload is None
    assert result.signer_name == ""


def test_changing_the_key_id_makes_it_unknown_or_tampered(key, known):
    other = InstallationKey(Ed25519PrivateKey.generate())
    payload, signature, _ = decode(sign_payload(key, PAYLOAD))
    text = encode(dataclasses.replace(payload, key_id=other.key_id), signature)
    assert verify_payload(text, known).verdict is Verdict.UNKNOWN_KEY
    both = {**known, other.key_id: (other.public_bytes, "Hội Khuyến học xã Bình An")}
    assert verify_payload(text, both).verdict is Verdict.TAMPERED


def test_no_edited_character_of_the_signature_verifies(key, known):
    text = sign_payload(key, PAYLOAD)
    start = text.rindex(".") + 1
    verdicts = set()
    for position in range(start, len(text)):
        for shift in (1, 32):
            replacement = B64URL[(B64URL.index(text[position]) + shift) % 64]
            edited = text[:position] + replacement + text[position + 1 :]
            try:
                verdicts.add(verify_payload(edited, known).verdict)
            except CertificateUnreadable:
                verdicts.add("unreadable")
    assert Verdict.GENUINE not in verdicts
    assert Verdict.TAMPERED in verdicts  # the loop did reach the signature check


def test_an_edited_data_part_never_verifies_as_another_certificate(key, known):
    text = sign_payload(key, PAYLOAD)
    genuine = verify_payload(text, known).payload
    start, end = text.index(".") + 1, text.rindex(".")
    for position in range(start, end):
        replacement = B64URL[(B64URL.index(text[position]) + 1) % 64]
        edited = text[:position] + replacement + text[position + 1 :]
        try:
            result = verify_payload(edited, known)
        except CertificateUnreadable:
            continue
        # An edit may hit the key id (unknown key) or the signed text (tampered); should one
        # still be genuine, it must be the very same certificate.
        assert result.verdict is not Verdict.GENUINE or result.payload == genuine


def test_a_key_nobody_told_us_about_is_unknown(key):
    stranger = InstallationKey(Ed25519PrivateKey.generate())
    result = verify_payload(sign_payload(key, PAYLOAD), {})
    assert result.verdict is Verdict.UNKNOWN_KEY
    assert result.payload == dataclasses.replace(PAYLOAD, key_id=key.key_id)
    assert (result.signer_fingerprint, result.signer_name) == ("", "")
    only_stranger = {stranger.key_id: (stranger.public_bytes, "Hội Khuyến học xã Bình An")}
    assert verify_payload(sign_payload(key, PAYLOAD), only_stranger).verdict is Verdict.UNKNOWN_KEY


def test_a_forger_claiming_a_known_key_is_caught(key, known):
    forger = InstallationKey(Ed25519PrivateKey.generate())
    claimed = dataclasses.replace(PAYLOAD, key_id=key.key_id)
    forged = encode(claimed, forger.sign(signed_text(claimed)))
    assert decode(forged)[0] == claimed  # well formed: only the signature gives it away
    result = verify_payload(forged, known)
    assert result.verdict is Verdict.TAMPERED
    assert result.payload is None


def test_a_newer_format_asks_for_an_update(known):
    with pytest.raises(CertificateTooNew) as caught:
        verify_payload("XHHT2.AAAA.AAAA", known)
    assert isinstance(caught.value, UserError)
    assert caught.value.code == "certificate.payload_newer"


@pytest.mark.parametrize("text", ["", "hello", "XHHT1.AAAA.AAAA", "https://example.org/x"])
def test_text_that_is_no_payload_is_unreadable(known, text):
    with pytest.raises(CertificateUnreadable) as caught:
        verify_payload(text, known)
    assert isinstance(caught.value, UserError)
    assert caught.value.code == "certificate.payload_malformed"


def test_a_realistic_signed_certificate_fits_a_small_qr_code(key):
    name = "Gia đình ông Nguyễn Văn Trường và bà Lê Thị"[:40]
    issuer = "Hội Khuyến học xã Tân Phú Đông, huyện Đức Hòa, tỉnh Long An, VN"[:60]
    assert (len(name), len(issuer)) == (40, 60)
    payload = dataclasses.replace(PAYLOAD, recipient=name, issuer=issuer, number="1234/GCN-KH")
    assert len(sign_payload(key, payload)) < 400
