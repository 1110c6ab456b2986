"""The package file carried on a USB stick, and the small signed files that go with it.

Branches send their data to their ward, wards to their province, on USB sticks: files that pass
through many hands and cheap hardware. So a package must prove where it comes from and that it
is whole, and reading one must be safe whatever the file holds, since a package is the one
input the app takes from someone else.

A package is a zip file (`EXTENSION`) holding
  - `manifest.json`: canonical JSON, the caller's fields (package id, kind, schema version,
    sender, …) passed through unchanged, plus what the container adds: `format`,
    `format_version`, `files` ({name: {sha256, bytes, rows}} of the plain data files), `signer`
    ({key_id, public_key, fingerprint}) and `encryption` (the seal header, or null);
  - `manifest.sig`: {"alg": "Ed25519", "key_id", "signature"} over the manifest's bytes;
  - the data files `data/<name>.jsonl`, or, when the package is encrypted to the parent, one
    `data.enc`: the sealed bytes of an inner zip (deflated) of those same data files.
The zip's comment is "xhht-sha256:<hex>", the SHA-256 of every byte before it, so a flipped bit
anywhere, even in zip structures nothing else covers, is noticed before anything is parsed.

Reading never extracts to disk and checks everything before trusting it: size, zip structure,
the digest, member names, sizes and compression ratios (zip bombs), the manifest, the
signature, decryption, the file list and every file's checksum. Any bad input ends in a
UserError with its own code; nothing else escapes. The signature proves the package is what its
signer wrote; whether the signer is someone this association trusts is the caller's question
(compare `Package.key_id` with the known keys).

The manifest and the signer are not encrypted: the caller must not put personal data there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import json
import os
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from xhht_desktop.errors import UserError
from xhht_desktop.services.packages.crypto import EncryptionKey, open_sealed, seal
from xhht_desktop.services.signing import (
    InstallationKey,
    _sync_folder,
    fingerprint_of,
    public_key_id,
    verify_signature,
)

EXTENSION = ".xhht"
FORMAT = "xhht-package"
FORMAT_VERSION = 1
SUPPORTED = frozenset({1})
KEY_FILE_FORMAT = "xhht-key"  # the key file a parent association hands down
ACK_FORMAT = "xhht-ack"  # the acknowledgement a parent sends back for a package

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
ENCRYPTED = "data.enc"
SIGNATURE_ALG = "Ed25519"
CONTAINER_KEYS = frozenset({"format", "format_version", "files", "signer", "encryption"})
NAME_PATTERN = re.compile(r"[a-z_]{1,40}")  # a data file's name, matched whole
SIGNED_FILE_MAX_BYTES = 1_000_000

KiB = 1 << 10
MiB = 1 << 20
GiB = 1 << 30

_DIGEST_PREFIX = b"xhht-sha256:"
_COMMENT_SIZE = len(_DIGEST_PREFIX) + 64
_EOCD = b"PK\x05\x06"  # end of central directory record: 22 bytes, comment length last
_EOCD_SIZE = 22
_LOCAL_HEADER_SIZE = 30
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # members carry no meaningful time: created_at says when
_SIGNATURE_MAX_BYTES = 4 * KiB
_RATIO_FLOOR = 1 * MiB  # below this, a high compression ratio costs nothing
_CHUNK = 1 * MiB

_FILE_ENTRY_KEYS = frozenset({"sha256", "bytes", "rows"})
_SIGNER_KEYS = frozenset({"key_id", "public_key", "fingerprint"})
_SIG_KEYS = frozenset({"alg", "key_id", "signature"})
_SIGNED_FILE_KEYS = frozenset({"format", "payload", "signer", "signature"})

# What zipfile may raise for a malformed archive (its own errors and whatever its parsing of
# bad fields leads to). Only zipfile calls are wrapped in this, so our own bugs still surface.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,  # includes UnicodeDecodeError of member names
    LookupError,
    ArithmeticError,
    struct.error,
    zlib.error,
    NotImplementedError,
    RuntimeError,  # an encrypted member ("password required")
)


@dataclasses.dataclass(frozen=True)
class Limits:
    """What reading accepts at most. A package beyond these is refused before it is unpacked."""

    max_file_bytes: int = 2 * GiB
    max_members: int = 64
    max_total_uncompressed: int = 4 * GiB
    max_member_bytes: int = 1 * GiB
    max_ratio: int = 200  # uncompressed / compressed, for members over 1 MiB
    max_manifest_bytes: int = 4 * MiB


@dataclasses.dataclass(frozen=True)
class Package:
    """A package that passed every check: its manifest (the caller's fields and the
    container's), its plain data files by name, and who signed it."""

    manifest: dict[str, Any]
    files: dict[str, bytes]
    signer_public: bytes
    key_id: str
    fingerprint: str
    size: int


def canonical_json(obj: object) -> bytes:
    """The one byte form of `obj` that is signed and hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    """A data file: one canonical JSON object per line, each line ended by "\\n"."""
    return b"".join(canonical_json(row) + b"\n" for row in rows)


def count_rows(content: bytes) -> int:
    """The number of lines in a data file (a last line without "\\n" counts too)."""
    return content.count(b"\n") + (1 if content and not content.endswith(b"\n") else 0)


def data_member(name: str) -> str:
    """The zip member holding data file `name`."""
    return f"data/{name}.jsonl"


# --- writing --------------------------------------------------------------------------------


def write_package(
    path: Path,
    manifest: dict[str, Any],
    files: dict[str, bytes],
    key: InstallationKey,
    encrypt_to: bytes | None = None,
) -> Path:
    """Write a package signed by `key` to `path` (EXTENSION added if missing), encrypted to
    the X25519 public key `encrypt_to` if given, and return where it went.

    The file is written beside its final name, synced, renamed over it, then read back from
    the medium and checked in full (as far as can be without the recipient's key). UserError
    "package.unwritable" if it cannot be written, "package.write_failed" if what was read back
    is not what was written (the bad file is removed), "package.too_big" if the data exceeds
    what a reader accepts. ValueError for a manifest or file name the caller got wrong."""
    if path.suffix.lower() != EXTENSION:
        path = path.with_name(path.name + EXTENSION)
    limits = Limits()
    largest = max((len(content) for content in files.values()), default=0)
    inner_size = sum(len(content) for content in files.values()) if encrypt_to else 0
    if max(largest, inner_size) > limits.max_member_bytes:
        raise UserError(
            "package.too_big",
            file=str(path),
            size=max(largest, inner_size),
            limit=limits.max_member_bytes,
        )
    data = build_package(manifest, files, key, encrypt_to)
    if len(data) > limits.max_file_bytes:
        raise UserError(
            "package.too_big", file=str(path), size=len(data), limit=limits.max_file_bytes
        )
    try:
        _write_atomically(path, data)
    except OSError as error:
        raise UserError("package.unwritable", file=str(path), detail=_detail(error)) from error
    try:
        written = _read_back(path, len(data))
        if written != data:
            raise UserError("package.write_failed", file=str(path))
        _verify(written, str(path), None, limits, decrypt=False)
    except (OSError, UserError) as error:
        _remove_quietly(path)
        raise UserError("package.write_failed", file=str(path)) from error
    return path


def build_package(
    manifest: dict[str, Any],
    files: dict[str, bytes],
    key: InstallationKey,
    encrypt_to: bytes | None = None,
) -> bytes:
    """The bytes of a package (see the module's description); write_package writes them."""
    taken = sorted(CONTAINER_KEYS & set(manifest))
    if taken:
        raise ValueError(f"the container sets {taken}; leave them out of the manifest")
    if not _is_int(manifest.get("schema_version")):
        raise ValueError("the manifest needs an integer schema_version")
    for name in files:
        if not NAME_PATTERN.fullmatch(name):
            raise ValueError(f"bad data file name {name!r}: lower-case letters and _ only")
    names = sorted(files)
    entries = {name: _file_entry(files[name]) for name in names}
    plain = [(data_member(name), files[name]) for name in names]
    encryption: dict[str, str] | None = None
    if encrypt_to is None:
        payload = [(member, content, zipfile.ZIP_DEFLATED) for member, content in plain]
    else:
        # Compressed before sealing: ciphertext does not compress, and rows compress 10×.
        inner = _zip([(member, content, zipfile.ZIP_DEFLATED) for member, content in plain])
        encryption, sealed = seal(inner, encrypt_to)
        payload = [(ENCRYPTED, sealed, zipfile.ZIP_STORED)]
    full = {
        **manifest,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "files": entries,
        "signer": _signer(key),
        "encryption": encryption,
    }
    manifest_bytes = canonical_json(full)
    signature = canonical_json(
        {
            "alg": SIGNATURE_ALG,
            "key_id": key.key_id,
            "signature": key.sign(manifest_bytes).hex(),
        }
    )
    body = _zip(
        [
            (MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED),
            (SIGNATURE, signature, zipfile.ZIP_DEFLATED),
            *payload,
        ]
    )
    return _with_digest(body)


def _file_entry(content: bytes) -> dict[str, Any]:
    return {
        "sha256": hashlib.sha256(content).hexdigest(),
        "bytes": len(content),
        "rows": count_rows(content),
    }


def _signer(key: InstallationKey) -> dict[str, str]:
    return {
        "key_id": key.key_id,
        "public_key": key.public_bytes.hex(),
        "fingerprint": key.fingerprint,
    }


def _zip(members: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content, compression in members:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


def _with_digest(body: bytes) -> bytes:
    """`body` (a zip without comment) with the comment "xhht-sha256:<digest of all before>"."""
    if body[-_EOCD_SIZE : -_EOCD_SIZE + 4] != _EOCD or body[-2:] != b"\0\0":
        raise AssertionError("zipfile did not end the archive with a bare EOCD record")
    head = body[:-2] + struct.pack("<H", _COMMENT_SIZE)
    return head + _DIGEST_PREFIX + hashlib.sha256(head).hexdigest().encode("ascii")


def _write_atomically(path: Path, data: bytes) -> None:
    """`data` in `path` whole or not at all: written to `<name>.part`, synced, renamed."""
    partial = path.with_name(path.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        _remove_quietly(partial)
        raise
    # A folder that cannot be opened to sync it: the file is written all the same.
    with contextlib.suppress(OSError):
        _sync_folder(path.parent)


def _read_back(path: Path, size: int) -> bytes:
    """What the medium holds, as far as the OS lets us skip its cache (Linux drops the file's
    cached pages, so a stick that lost the data is noticed; elsewhere the cache may answer)."""
    with open(path, "rb") as handle:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        return handle.read(size + 1)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _detail(error: OSError) -> str:
    return error.strerror or str(error)


# --- reading --------------------------------------------------------------------------------


def read_package(
    path: Path,
    *,
    decrypt_with: EncryptionKey | None = None,
    limits: Limits = Limits(),  # frozen: one shared default is safe
) -> Package:
    """The package in `path`, checked in full (see the module's description), decrypted with
    `decrypt_with` if it is encrypted. Any problem with the file raises a UserError."""
    file = str(path)
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limits.max_file_bytes:
                raise UserError(
                    "package.too_big", file=file, size=size, limit=limits.max_file_bytes
                )
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise UserError("package.unreadable", file=file) from error
    if len(data) > limits.max_file_bytes:  # it grew while we looked
        raise UserError("package.too_big", file=file, size=len(data), limit=limits.max_file_bytes)
    package = _verify(data, file, decrypt_with, limits, decrypt=True)
    assert package is not None
    return package


def _verify(
    data: bytes,
    file: str,
    decrypt_with: EncryptionKey | None,
    limits: Limits,
    *,
    decrypt: bool,
) -> Package | None:
    """Every check of a package's bytes. With decrypt=False an encrypted package is checked up
    to its decryption and None is returned (what the sender can check of its own package)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _ZIP_ERRORS as error:
        raise UserError("package.unreadable", file=file) from error
    with archive:
        _check_digest(data, file)
        infos = archive.infolist()
        _check_names(infos, file, _is_outer_member)
        _check_sizes(infos, len(data), file, limits)
        members = _read_members(archive, infos, file)
    for required in (MANIFEST, SIGNATURE):
        if required not in members:
            raise UserError("package.bad_member", file=file, name=required)
    manifest_bytes = members.pop(MANIFEST)
    manifest = _parse_manifest(manifest_bytes, file)
    public = _check_signature(manifest, manifest_bytes, members.pop(SIGNATURE), file)
    if manifest["encryption"] is None:
        if ENCRYPTED in members:
            raise UserError("package.bad_member", file=file, name=ENCRYPTED)
        files = {
            member[len("data/") : -len(".jsonl")]: content for member, content in members.items()
        }
    else:
        sealed = members.pop(ENCRYPTED, None)
        if members:
            raise UserError("package.bad_member", file=file, name=min(members))
        if sealed is None:
            raise UserError("package.bad_member", file=file, name=ENCRYPTED)
        if not decrypt:
            return None
        if decrypt_with is None:
            raise UserError("package.encrypted", file=file)
        try:
            inner = open_sealed(manifest["encryption"], sealed, decrypt_with)
        except UserError as error:
            raise UserError(error.code, file=file, **error.params) from error
        files = _read_inner(inner, file, limits)
    _check_files(files, manifest["files"], file)
    return Package(
        manifest=manifest,
        files=files,
        signer_public=public,
        key_id=public_key_id(public),
        fingerprint=fingerprint_of(public),
        size=len(data),
    )


def _check_digest(data: bytes, file: str) -> None:
    """The comment must be exactly "xhht-sha256:" and the digest of every byte before it."""
    if len(data) < _EOCD_SIZE + _COMMENT_SIZE:
        raise UserError("package.damaged", file=file)
    record = data[-(_EOCD_SIZE + _COMMENT_SIZE) : -_COMMENT_SIZE]
    if record[:4] != _EOCD or record[-2:] != struct.pack("<H", _COMMENT_SIZE):
        raise UserError("package.damaged", file=file)
    head = data[:-_COMMENT_SIZE]
    expected = _DIGEST_PREFIX + hashlib.sha256(head).hexdigest().encode("ascii")
    if data[-_COMMENT_SIZE:] != expected:
        raise UserError("package.damaged", file=file)


def _is_outer_member(name: str) -> bool:
    return name in (MANIFEST, SIGNATURE, ENCRYPTED) or _is_data_member(name)


def _is_data_member(name: str) -> bool:
    return (
        name.startswith("data/")
        and name.endswith(".jsonl")
        and NAME_PATTERN.fullmatch(name[len("data/") : -len(".jsonl")]) is not None
    )


def _check_names(infos: list[zipfile.ZipInfo], file: str, allowed: Callable[[str], bool]) -> None:
    """Names from the fixed list only, each once, exactly as stored (zipfile quietly cuts a
    name at a NUL and turns the OS separator into "/": orig_filename keeps what was stored)."""
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if info.orig_filename != name or not allowed(name) or name in seen:
            raise UserError("package.bad_member", file=file, name=_printable(info.orig_filename))
        seen.add(name)


def _check_sizes(
    infos: list[zipfile.ZipInfo], archive_size: int, file: str, limits: Limits
) -> None:
    """Declared sizes within the limits, before anything is decompressed. The declared sizes
    are not trusted either: _read_members reads no more than declared and checks the count."""
    if len(infos) > limits.max_members:
        raise UserError("package.bomb", file=file)
    total = 0
    for info in infos:
        if info.flag_bits & 0x1 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            raise UserError("package.unreadable", file=file)  # zip encryption, odd methods
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            raise UserError("package.unreadable", file=file)
        cap = {
            MANIFEST: limits.max_manifest_bytes,
            SIGNATURE: _SIGNATURE_MAX_BYTES,
        }.get(info.filename, limits.max_member_bytes)
        if (
            info.file_size > cap
            or info.compress_size > archive_size
            or (
                info.file_size > _RATIO_FLOOR
                and info.file_size > limits.max_ratio * info.compress_size
            )
        ):
            raise UserError("package.bomb", file=file)
        total += info.file_size
    if total > limits.max_total_uncompressed:
        raise UserError("package.bomb", file=file)
    # Members must not share bytes: overlapping entries are how "quoted overlap" bombs make
    # a little data inflate many times over.
    ordered = sorted(infos, key=lambda info: info.header_offset)
    ends = [
        info.header_offset + _LOCAL_HEADER_SIZE + len(info.filename) + info.compress_size
        for info in ordered
    ]
    starts = [info.header_offset for info in ordered[1:]] + [archive_size] if ordered else []
    if any(end > start for end, start in zip(ends, starts, strict=True)):
        raise UserError("package.bomb", file=file)


def _read_members(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], file: str
) -> dict[str, bytes]:
    """Every member's bytes, each read no further than its (checked) declared size."""
    members: dict[str, bytes] = {}
    for info in infos:
        chunks: list[bytes] = []
        read = 0
        try:
            with archive.open(info) as handle:
                while read <= info.file_size:
                    chunk = handle.read(min(_CHUNK, info.file_size + 1 - read))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    read += len(chunk)
        except _ZIP_ERRORS as error:  # CRC mismatch, truncated or corrupt data
            raise UserError("package.unreadable", file=file) from error
        if read != info.file_size:
            raise UserError("package.unreadable", file=file)
        members[info.filename] = b"".join(chunks)
    return members


def _read_inner(inner: bytes, file: str, limits: Limits) -> dict[str, bytes]:
    """The data files in the decrypted inner zip, checked like the outer one's members."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(inner))
    except _ZIP_ERRORS as error:
        raise UserError("package.unreadable", file=file) from error
    with archive:
        infos = archive.infolist()
        _check_names(infos, file, _is_data_member)
        _check_sizes(infos, len(inner), file, limits)
        members = _read_members(archive, infos, file)
    return {member[len("data/") : -len(".jsonl")]: content for member, content in members.items()}


def _check_files(files: dict[str, bytes], declared: dict[str, Any], file: str) -> None:
    """The data files are exactly those the signed manifest lists, with its checksums."""
    if set(files) != set(declared):
        odd = min(set(files) ^ set(declared))
        raise UserError("package.bad_member", file=file, name=data_member(odd))
    for name in sorted(declared):
        content = files[name]
        if _file_entry(content) != declared[name]:
            raise UserError("package.checksum", file=file, name=data_member(name))


# --- the manifest and its signature -----------------------------------------------------------


def _parse_json(raw: bytes) -> object:
    """Strict JSON: UTF-8, no duplicate keys, no NaN. ValueError or RecursionError if not."""
    return json.loads(
        raw.decode("utf-8"),
        object_pairs_hook=_without_duplicates,
        parse_constant=_no_constant,
    )


def _without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_hex(value: object, digits: int) -> bool:
    return isinstance(value, str) and re.fullmatch(f"[0-9a-f]{{{digits}}}", value) is not None


def _parse_manifest(raw: bytes, file: str) -> dict[str, Any]:
    """The manifest, if it is one this version reads: what it is first (a foreign file, a
    newer format), then the shape format 1 requires. Its signature is checked after."""
    try:
        manifest = _parse_json(raw)
    except (ValueError, RecursionError) as error:
        raise UserError("package.bad_manifest", file=file) from error
    if not isinstance(manifest, dict):
        raise UserError("package.bad_manifest", file=file)
    if manifest.get("format") != FORMAT:
        raise UserError("package.foreign", file=file)
    version = manifest.get("format_version")
    if not _is_int(version):
        raise UserError("package.bad_manifest", file=file)
    if version > max(SUPPORTED):
        raise UserError("package.newer", file=file, version=version, supported=max(SUPPORTED))
    if version not in SUPPORTED or not _manifest_shape_ok(manifest):
        raise UserError("package.bad_manifest", file=file)
    return manifest


def _manifest_shape_ok(manifest: dict[str, Any]) -> bool:
    files = manifest.get("files")
    signer = manifest.get("signer")
    encryption = manifest.get("encryption", False)
    return (
        _is_int(manifest.get("schema_version"))
        and isinstance(files, dict)
        and all(
            NAME_PATTERN.fullmatch(name)
            and isinstance(entry, dict)
            and set(entry) == _FILE_ENTRY_KEYS
            and _is_hex(entry["sha256"], 64)
            and _is_count(entry["bytes"])
            and _is_count(entry["rows"])
            for name, entry in files.items()
        )
        and isinstance(signer, dict)
        and set(signer) == _SIGNER_KEYS
        and isinstance(signer["key_id"], str)
        and isinstance(signer["fingerprint"], str)
        and _is_hex(signer["public_key"], 64)
        and (encryption is None or isinstance(encryption, dict))
    )


def _check_signature(
    manifest: dict[str, Any], manifest_bytes: bytes, raw_signature: bytes, file: str
) -> bytes:
    """The manifest's signer public key, once its signature over the manifest's bytes holds and
    every key id and fingerprint names that key."""
    try:
        signature = _parse_json(raw_signature)
    except (ValueError, RecursionError) as error:
        raise UserError("package.bad_signature", file=file) from error
    if (
        not isinstance(signature, dict)
        or set(signature) != _SIG_KEYS
        or signature["alg"] != SIGNATURE_ALG
        or not _is_hex(signature["signature"], 128)
    ):
        raise UserError("package.bad_signature", file=file)
    signer = manifest["signer"]
    public = bytes.fromhex(signer["public_key"])
    if not verify_signature(public, bytes.fromhex(signature["signature"]), manifest_bytes):
        raise UserError("package.bad_signature", file=file)
    key_id = public_key_id(public)
    if (
        signer["key_id"] != key_id
        or signature["key_id"] != key_id
        or signer["fingerprint"] != fingerprint_of(public)
    ):
        raise UserError("package.bad_signature", file=file)
    return public


def _printable(name: str) -> str:
    """A member name fit to show: an attacker chose it."""
    return "".join(c if c.isascii() and c.isprintable() else "?" for c in name[:100])


# --- small signed JSON files ------------------------------------------------------------------


def write_signed_json(
    path: Path, file_format: str, payload: dict[str, Any], key: InstallationKey
) -> Path:
    """Write {"format": file_format, "payload", "signer", "signature"} signed by `key` to
    `path`, atomically, and read it back. UserError "signed_file.unwritable" (detail) /
    "signed_file.write_failed" (the bad file is removed). ValueError over 1 MB."""
    body = {"format": file_format, "payload": payload, "signer": _signer(key)}
    data = canonical_json({**body, "signature": key.sign(canonical_json(body)).hex()})
    if len(data) > SIGNED_FILE_MAX_BYTES:
        raise ValueError(f"a signed file holds at most {SIGNED_FILE_MAX_BYTES} bytes")
    try:
        _write_atomically(path, data)
    except OSError as error:
        raise UserError("signed_file.unwritable", file=str(path), detail=_detail(error)) from error
    try:
        if _read_back(path, len(data)) != data:
            raise UserError("signed_file.write_failed", file=str(path))
        read_signed_json(path, file_format)
    except (OSError, UserError) as error:
        _remove_quietly(path)
        raise UserError("signed_file.write_failed", file=str(path)) from error
    return path


def read_signed_json(path: Path, expected_format: str) -> tuple[dict[str, Any], bytes]:
    """(payload, signer's raw public key) of the signed file in `path`, which must be of
    `expected_format`. UserError "signed_file.unreadable" / "signed_file.foreign" (expected) /
    "signed_file.bad_signature". Whether the signer is trusted is the caller's question."""
    file = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(SIGNED_FILE_MAX_BYTES + 1)
    except OSError as error:
        raise UserError("signed_file.unreadable", file=file) from error
    if len(data) > SIGNED_FILE_MAX_BYTES:
        raise UserError("signed_file.unreadable", file=file)
    try:
        document = _parse_json(data)
    except (ValueError, RecursionError) as error:
        raise UserError("signed_file.unreadable", file=file) from error
    if not isinstance(document, dict):
        raise UserError("signed_file.unreadable", file=file)
    if document.get("format") != expected_format:
        raise UserError("signed_file.foreign", file=file, expected=expected_format)
    if set(document) != _SIGNED_FILE_KEYS or not isinstance(document["payload"], dict):
        raise UserError("signed_file.unreadable", file=file)
    signer = document["signer"]
    if (
        not isinstance(signer, dict)
        or set(signer) != _SIGNER_KEYS
        or not _is_hex(signer["public_key"], 64)
        or not _is_hex(document["signature"], 128)
    ):
        raise UserError("signed_file.bad_signature", file=file)
    public = bytes.fromhex(signer["public_key"])
    body = {key: document[key] for key in ("format", "payload", "signer")}
    try:
        signed = canonical_json(body)
    except (
        ValueError,
        RecursionError,
    ) as error:  # cannot happen for parsed JSON; refused all the same
        raise UserError("signed_file.unreadable", file=file) from error
    if (
        not verify_signature(public, bytes.fromhex(document["signature"]), signed)
        or signer["key_id"] != public_key_id(public)
        or signer["fingerprint"] != fingerprint_of(public)
    ):
        raise UserError("signed_file.bad_signature", file=file)
    return document["payload"], public
