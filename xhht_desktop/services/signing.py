"""The installation's signing key, and signing and checking certificate QR codes with it.

Each installation has an Ed25519 key pair kept in its data folder. Its QR codes are signed with
it, so an upper-level association that knows the public key (compared by fingerprint, read out
over the phone) can tell offline whether a paper certificate is genuine and unaltered.

Every certificate already printed depends on the key: a key file that cannot be read is
reported, never silently replaced by a new key.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from xhht_desktop.domain.certificate_payload import (
    CertificatePayload,
    PayloadMalformed,
    PayloadTooNew,
    Verdict,
    Verification,
    decode,
    encode,
    signed_text,
)
from xhht_desktop.errors import UserError

PUBLIC_KEY_SIZE = 32  # raw Ed25519 public key


class KeyDamaged(UserError):
    code = "key.damaged"


# The domain cannot raise UserErrors (it imports nothing above it), so its payload errors are
# turned into these, with the same codes.
class CertificateUnreadable(UserError):
    code = "certificate.payload_malformed"


class CertificateTooNew(UserError):
    code = "certificate.payload_newer"


def _digest(public_bytes: bytes) -> bytes:
    if len(public_bytes) != PUBLIC_KEY_SIZE:
        raise ValueError(f"a raw Ed25519 public key has {PUBLIC_KEY_SIZE} bytes")
    return hashlib.sha256(public_bytes).digest()


def public_key_id(public_bytes: bytes) -> str:
    """16 lowercase hex digits naming a public key inside payloads: short, and unique enough
    among the keys one association knows."""
    return _digest(public_bytes)[:8].hex()


def fingerprint_of(public_bytes: bytes) -> str:
    """A fingerprint to read out over the phone: 80 bits in groups of four, "3F2A 91C0 …"."""
    hexed = _digest(public_bytes)[:10].hex().upper()
    return " ".join(hexed[start : start + 4] for start in range(0, len(hexed), 4))


def _sync_folder(folder: Path) -> None:
    """Make a rename durable: without this a power cut can leave the folder without the key."""
    if os.name != "posix":
        return  # Windows cannot open a folder this way; NTFS journals the rename
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems (network, FAT) refuse; the key is written all the same
    finally:
        os.close(descriptor)


PrivateKey = TypeVar("PrivateKey", Ed25519PrivateKey, X25519PrivateKey)


def read_private_key(path: Path, kind: type[PrivateKey]) -> PrivateKey | None:
    """The private key of `kind` in the PEM file at `path`; None if there is no such file.
    A file that exists but is not that key raises KeyDamaged and is never overwritten."""
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise KeyDamaged(file=str(path)) from error
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as error:  # TypeError: encrypted
        raise KeyDamaged(file=str(path)) from error
    if not isinstance(key, kind):
        raise KeyDamaged(file=str(path))
    return key


def write_private_key(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """Write a new key file whole beside the target, then rename it over: a crash leaves no
    half key. mkstemp opens the file 0600, so the key is never readable by others."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


class InstallationKey:
    """This installation's private key and what others need to know of it."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._private_key = private_key
        self._public_bytes = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @classmethod
    def load_or_create(cls, path: Path) -> InstallationKey:
        """The key in `path` (PEM, PKCS8, unencrypted: the folder is the user's own), or a new
        one written there if there is no such file. KeyDamaged if the file cannot be used."""
        key = read_private_key(path, Ed25519PrivateKey)
        if key is None:
            key = Ed25519PrivateKey.generate()
            write_private_key(path, key)
        return cls(key)

    @property
    def public_bytes(self) -> bytes:
        return self._public_bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self._public_bytes)

    @property
    def key_id(self) -> str:
        return public_key_id(self._public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self._private_key.sign(data)


def verify_signature(public_bytes: bytes, signature: bytes, data: bytes) -> bool:
    """Whether `signature` is the holder of `public_bytes` signing `data`; False, not an error,
    for a malformed key or signature."""
    try:
        Ed25519PublicKey.from_public_bytes(public_bytes).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_payload(key: InstallationKey, payload: CertificatePayload) -> str:
    """The QR text for `payload`, signed by `key` (whose id replaces payload.key_id)."""
    payload = dataclasses.replace(payload, key_id=key.key_id)
    return encode(payload, key.sign(signed_text(payload)))


def verify_payload(text: str, known_keys: Mapping[str, tuple[bytes, str]]) -> Verification:
    """Check scanned or typed QR text against the keys this installation knows: key id ->
    (raw public key, its holder's name). CertificateUnreadable / CertificateTooNew if the text
    is not a payload this version can read."""
    try:
        payload, signature, signed = decode(text)
    except PayloadTooNew as error:
        raise CertificateTooNew() from error
    except PayloadMalformed as error:
        raise CertificateUnreadable() from error
    known = known_keys.get(payload.key_id)
    if known is None:
        return Verification(Verdict.UNKNOWN_KEY, payload)
    public_bytes, holder = known
    if not verify_signature(public_bytes, signature, signed):
        # Nothing in a forged or altered payload can be trusted, so none of it is passed on.
        return Verification(Verdict.TAMPERED, None)
    return Verification(Verdict.GENUINE, payload, fingerprint_of(public_bytes), holder)
