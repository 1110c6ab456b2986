"""Encrypting a package to the parent association, so that a lost USB stick leaks nothing.

Packages carry personal data (names, households, scores). A signature tells the parent who sent
a package and that it is unaltered, but anyone who finds the stick could read it. So the data
is sealed to the parent's X25519 public key (handed down in its signed key file): a fresh
ephemeral key pair per package, X25519 with the parent's key, HKDF-SHA256, AES-256-GCM. Only the
holder of the parent's private key can open it; the sender itself cannot once it is sealed.

The parent's private key lives in a PEM file beside its signing key and gets the same care:
written once atomically, readable by the user only, and a damaged file is reported, never
replaced (every package already sealed to it would become unreadable).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from xhht_desktop.errors import UserError
from xhht_desktop.services.signing import fingerprint_of, read_private_key, write_private_key

ALGORITHM = "X25519-HKDF-SHA256-AES256GCM"
HKDF_INFO = b"xhht-package-v1"
PUBLIC_KEY_SIZE = 32  # raw X25519 public key
NONCE_SIZE = 12
HEADER_KEYS = frozenset({"alg", "recipient_key_id", "ephemeral", "nonce"})

_KEY_ID = re.compile(r"[0-9a-f]{16}")
_PUBLIC_HEX = re.compile(r"[0-9a-f]{64}")
_NONCE_HEX = re.compile(r"[0-9a-f]{24}")


def recipient_key_id(public_bytes: bytes) -> str:
    """16 lowercase hex digits naming an encryption public key: sha256(key)[:8]."""
    if len(public_bytes) != PUBLIC_KEY_SIZE:
        raise ValueError(f"a raw X25519 public key has {PUBLIC_KEY_SIZE} bytes")
    return hashlib.sha256(public_bytes).digest()[:8].hex()


class EncryptionKey:
    """An association's X25519 key pair: packages from below are sealed to its public half."""

    def __init__(self, private_key: X25519PrivateKey) -> None:
        self._private_key = private_key
        self._public_bytes = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @classmethod
    def load_or_create(cls, path: Path) -> EncryptionKey:
        """The key in `path` (PEM, PKCS8, unencrypted), or a new one written there if there is
        no such file. KeyDamaged if the file exists but cannot be used; it is left as it is."""
        key = read_private_key(path, X25519PrivateKey)
        if key is None:
            key = X25519PrivateKey.generate()
            write_private_key(path, key)
        return cls(key)

    @property
    def public_bytes(self) -> bytes:
        return self._public_bytes

    @property
    def key_id(self) -> str:
        return recipient_key_id(self._public_bytes)

    @property
    def fingerprint(self) -> str:
        """Read out over the phone, like the signing key's (same "3F2A 91C0 …" form)."""
        return fingerprint_of(self._public_bytes)

    def exchange(self, peer_public: bytes) -> bytes:
        """The X25519 shared secret with `peer_public`; ValueError for a bad or weak key."""
        return self._private_key.exchange(X25519PublicKey.from_public_bytes(peer_public))


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys salt the derivation, so the AES key is bound to this exact pair.
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral_public + recipient_public,
        info=HKDF_INFO,
    ).derive(shared)


def seal(data: bytes, recipient_public: bytes) -> tuple[dict[str, str], bytes]:
    """`data` encrypted so that only the holder of `recipient_public`'s private key can read
    it: (header to keep beside it, ciphertext with the 16-byte GCM tag at its end)."""
    recipient = X25519PublicKey.from_public_bytes(recipient_public)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    secret = _derive(ephemeral.exchange(recipient), ephemeral_public, recipient_public)
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(secret).encrypt(nonce, data, None)
    header = {
        "alg": ALGORITHM,
        "recipient_key_id": recipient_key_id(recipient_public),
        "ephemeral": ephemeral_public.hex(),
        "nonce": nonce.hex(),
    }
    return header, ciphertext


def open_sealed(header: object, ciphertext: bytes, key: EncryptionKey) -> bytes:
    """The data `seal` encrypted. UserError "package.not_for_us" (key_id: the intended key's
    id) if it was sealed to another key, "package.cannot_decrypt" if it cannot be opened
    (unknown algorithm, malformed header, altered ciphertext)."""
    if (
        not isinstance(header, dict)
        or set(header) != HEADER_KEYS
        or not all(isinstance(value, str) for value in header.values())
        or header["alg"] != ALGORITHM
        or not _KEY_ID.fullmatch(header["recipient_key_id"])
    ):
        raise UserError("package.cannot_decrypt")
    if header["recipient_key_id"] != key.key_id:
        raise UserError("package.not_for_us", key_id=header["recipient_key_id"])
    if not _PUBLIC_HEX.fullmatch(header["ephemeral"]) or not _NONCE_HEX.fullmatch(header["nonce"]):
        raise UserError("package.cannot_decrypt")
    ephemeral_public = bytes.fromhex(header["ephemeral"])
    nonce = bytes.fromhex(header["nonce"])
    try:
        secret = _derive(key.exchange(ephemeral_public), ephemeral_public, key.public_bytes)
        return AESGCM(secret).decrypt(nonce, ciphertext, None)
    except (InvalidTag, ValueError, OverflowError) as error:  # ValueError: a weak point
        raise UserError("package.cannot_decrypt") from error
