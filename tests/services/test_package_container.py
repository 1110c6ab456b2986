"""Package files and the signed files that go with them: what is written reads back whole,
and every kind of broken, altered, forged or hostile file is refused with its own UserError,
never accepted and never anything but a UserError.

The broken packages are made here with zipfile and the digest is recomputed here from its
description (SHA-256 of every byte before the comment), so the refusals are those of checks
deeper than the whole-file digest."""

import hashlib
import io
import json
import os
import struct
import warnings
import zipfile
import zlib

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xhht_desktop.errors import UserError
from xhht_desktop.services.packages import container
from xhht_desktop.services.packages.container import (
    ACK_FORMAT,
    EXTENSION,
    FORMAT,
    FORMAT_VERSION,
    KEY_FILE_FORMAT,
    SUPPORTED,
    Limits,
    Package,
    canonical_json,
    count_rows,
    jsonl,
    read_package,
    read_signed_json,
    write_package,
    write_signed_json,
)
from xhht_desktop.services.packages.crypto import (
    ALGORITHM,
    EncryptionKey,
    open_sealed,
    seal,
)
from xhht_desktop.services.signing import InstallationKey, KeyDamaged, verify_signature

FAST = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

HOUSEHOLDS = [
    {"id": f"0b7e4c2a-5d1f-4e8a-9c3b-{n:012d}", "head": "Nguyễn Thị Hồng", "members": n % 7}
    for n in range(400)
]
FILES = {
    "household": jsonl(HOUSEHOLDS),
    "person": jsonl({"id": n, "name": "Trần Văn Bình"} for n in range(50)),
    "deleted_row": b"",
}
MANIFEST = {
    "package_id": "5d3c1f0e-8a2b-4c6d-9e7f-0a1b2c3d4e5f",
    "kind": "branch_to_ward",
    "schema_version": 7,
    "sender": {"unit_code": "26743", "name": "Chi hội Khu phố 3, Phường Bến Thành"},
    "sequence": 12,
    "created_at": "2026-06-15T08:00:00Z",
    "since": None,
    "up_to": "2026-06-15T07:59:00Z",
    "units": ["26743"],
}


# --- keys and helpers -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("keys")
    return {
        "a": InstallationKey.load_or_create(folder / "a.pem"),
        "b": InstallationKey.load_or_create(folder / "b.pem"),
        "parent": EncryptionKey.load_or_create(folder / "parent.x25519.pem"),
        "other_parent": EncryptionKey.load_or_create(folder / "other.x25519.pem"),
    }


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("scratch")


@pytest.fixture(scope="module")
def plain(keys, scratch):
    """The bytes of a valid plain package signed by key a."""
    return write_package(scratch / "plain.xhht", MANIFEST, FILES, keys["a"]).read_bytes()


@pytest.fixture(scope="module")
def sealed(keys, scratch):
    """The bytes of a valid package signed by key a and encrypted to the parent."""
    path = write_package(
        scratch / "sealed.xhht", MANIFEST, FILES, keys["a"], keys["parent"].public_bytes
    )
    return path.read_bytes()


def with_digest(body):
    """A zip without comment given the package comment, computed from its description."""
    assert body[-22:-18] == b"PK\x05\x06"
    assert body[-2:] == b"\0\0"
    head = body[:-2] + struct.pack("<H", 76)
    return head + b"xhht-sha256:" + hashlib.sha256(head).hexdigest().encode()


def zip_bytes(members, compression=zipfile.ZIP_DEFLATED):
    """A zip of (name, bytes) members, duplicates allowed, without comment."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, content in members:
                archive.writestr(name, content)
    return buffer.getvalue()


def rezip(members):
    """Members re-packed with a correct whole-file digest."""
    return with_digest(zip_bytes(members))


def members_of(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def manifest_of(data):
    return json.loads(dict(members_of(data))["manifest.json"])


def signature_for(manifest_bytes, key):
    return canonical_json(
        {"alg": "Ed25519", "key_id": key.key_id, "signature": key.sign(manifest_bytes).hex()}
    )


def forge(manifest, data_members, key):
    """A package whose manifest is `manifest` (taken as it is) signed by `key`."""
    manifest_bytes = manifest if isinstance(manifest, bytes) else canonical_json(manifest)
    return rezip(
        [
            ("manifest.json", manifest_bytes),
            ("manifest.sig", signature_for(manifest_bytes, key)),
            *data_members,
        ]
    )


def read_bytes(data, folder, **options):
    path = folder / "candidate.xhht"
    path.write_bytes(data)
    return read_package(path, **options)


def refused(data, folder, **options):
    with pytest.raises(UserError) as caught:
        read_bytes(data, folder, **options)
    assert caught.value.params["file"] == str(folder / "candidate.xhht")
    return caught.value


def files_entry(content):
    return {
        "sha256": hashlib.sha256(content).hexdigest(),
        "bytes": len(content),
        "rows": content.count(b"\n"),
    }


def plain_members():
    return [(f"data/{name}.jsonl", content) for name, content in FILES.items()]


# --- writing and reading back ---------------------------------------------------------------


def test_plain_round_trip(keys, tmp_path):
    path = write_package(tmp_path / "up.xhht", MANIFEST, FILES, keys["a"])
    package = read_package(path)
    assert isinstance(package, Package)
    assert package.files == FILES
    assert {k: package.manifest[k] for k in MANIFEST} == MANIFEST
    assert package.manifest["format"] == FORMAT == "xhht-package"
    assert package.manifest["format_version"] == FORMAT_VERSION == 1
    assert {1} == SUPPORTED
    assert package.manifest["encryption"] is None
    assert package.manifest["files"]["household"] == {
        "sha256": hashlib.sha256(FILES["household"]).hexdigest(),
        "bytes": len(FILES["household"]),
        "rows": 400,
    }
    assert package.manifest["files"]["deleted_row"]["rows"] == 0
    assert package.signer_public == keys["a"].public_bytes
    assert package.key_id == keys["a"].key_id
    assert package.fingerprint == keys["a"].fingerprint
    assert package.manifest["signer"] == {
        "key_id": keys["a"].key_id,
        "public_key": keys["a"].public_bytes.hex(),
        "fingerprint": keys["a"].fingerprint,
    }
    assert package.size == path.stat().st_size
    names = [name for name, _ in members_of(path.read_bytes())]
    assert names == [
        "manifest.json",
        "manifest.sig",
        "data/deleted_row.jsonl",
        "data/household.jsonl",
        "data/person.jsonl",
    ]


def test_manifest_is_canonical_and_signed(keys, plain):
    members = dict(members_of(plain))
    manifest = json.loads(members["manifest.json"])
    assert members["manifest.json"] == json.dumps(
        manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    assert "Bến Thành".encode() in members["manifest.json"]
    signature = json.loads(members["manifest.sig"])
    assert signature["alg"] == "Ed25519"
    assert signature["key_id"] == keys["a"].key_id
    assert verify_signature(
        keys["a"].public_bytes, bytes.fromhex(signature["signature"]), members["manifest.json"]
    )


def test_comment_is_the_digest_of_everything_before_it(plain):
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert archive.comment == plain[-76:]
    assert plain[-76:] == b"xhht-sha256:" + hashlib.sha256(plain[:-76]).hexdigest().encode()


def test_encrypted_round_trip(keys, sealed, tmp_path):
    package = read_bytes(sealed, tmp_path, decrypt_with=keys["parent"])
    assert package.files == FILES
    assert {k: package.manifest[k] for k in MANIFEST} == MANIFEST
    assert package.fingerprint == keys["a"].fingerprint
    header = package.manifest["encryption"]
    assert header["alg"] == ALGORITHM == "X25519-HKDF-SHA256-AES256GCM"
    assert (
        header["recipient_key_id"] == hashlib.sha256(keys["parent"].public_bytes).hexdigest()[:16]
    )
    assert len(bytes.fromhex(header["ephemeral"])) == 32
    assert len(bytes.fromhex(header["nonce"])) == 12
    assert [name for name, _ in members_of(sealed)] == ["manifest.json", "manifest.sig", "data.enc"]
    # Nothing of the data can be read from the file without the parent's key.
    for _, content in members_of(sealed):
        assert "Nguyễn".encode() not in content
        assert b"0b7e4c2a" not in content
    inner = open_sealed(header, dict(members_of(sealed))["data.enc"], keys["parent"])
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        assert {i.filename: i.compress_type for i in archive.infolist()} == {
            f"data/{name}.jsonl": zipfile.ZIP_DEFLATED for name in FILES
        }


def test_each_encryption_is_fresh(keys, tmp_path):
    one = write_package(tmp_path / "1", MANIFEST, FILES, keys["a"], keys["parent"].public_bytes)
    two = write_package(tmp_path / "2", MANIFEST, FILES, keys["a"], keys["parent"].public_bytes)
    first, second = manifest_of(one.read_bytes()), manifest_of(two.read_bytes())
    assert first["encryption"]["ephemeral"] != second["encryption"]["ephemeral"]
    assert first["encryption"]["nonce"] != second["encryption"]["nonce"]


def test_extension_is_added_and_nothing_else_is_left(keys, tmp_path):
    path = write_package(tmp_path / "goi-26743", MANIFEST, FILES, keys["a"])
    assert path == tmp_path / ("goi-26743" + EXTENSION)
    assert EXTENSION == ".xhht"
    assert [p.name for p in tmp_path.iterdir()] == ["goi-26743.xhht"]
    same = write_package(tmp_path / "other.XHHT", MANIFEST, FILES, keys["a"])
    assert same.name == "other.XHHT"


def test_an_empty_package_round_trips(keys, tmp_path):
    package = read_package(write_package(tmp_path / "empty", MANIFEST, {}, keys["a"]))
    assert package.files == {}
    assert package.manifest["files"] == {}


def test_what_is_read_back_is_checked(keys, tmp_path, monkeypatch):
    """A stick that silently stores something else: the bad file is removed, not left."""
    real = container._write_atomically

    def flip_one_byte(path, data):
        damaged = bytearray(data)
        damaged[len(data) // 2] ^= 0x10
        real(path, bytes(damaged))

    monkeypatch.setattr(container, "_write_atomically", flip_one_byte)
    with pytest.raises(UserError) as caught:
        write_package(tmp_path / "up.xhht", MANIFEST, FILES, keys["a"])
    assert caught.value.code == "package.write_failed"
    assert caught.value.params == {"file": str(tmp_path / "up.xhht")}
    assert list(tmp_path.iterdir()) == []


def test_a_write_the_stick_dropped_is_noticed(keys, tmp_path, monkeypatch):
    """The stick still shows the previous package, valid but not the one just written."""
    path = write_package(tmp_path / "up.xhht", MANIFEST, FILES, keys["a"])
    monkeypatch.setattr(container, "_write_atomically", lambda path, data: None)
    with pytest.raises(UserError) as caught:
        write_package(path, {**MANIFEST, "sequence": 13}, FILES, keys["a"])
    assert caught.value.code == "package.write_failed"
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_reported(keys, tmp_path):
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_bytes(b"a file where the folder should be")
    target = not_a_folder / "up.xhht"
    with pytest.raises(UserError) as caught:
        write_package(target, MANIFEST, FILES, keys["a"])
    assert caught.value.code == "package.unwritable"
    assert caught.value.params["file"] == str(target)
    assert caught.value.params["detail"]
    assert [p.name for p in tmp_path.iterdir()] == ["stick"]


def test_a_failed_rename_leaves_no_part_file(keys, tmp_path, monkeypatch):
    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(UserError) as caught:
        write_package(tmp_path / "up.xhht", MANIFEST, FILES, keys["a"])
    assert caught.value.code == "package.unwritable"
    assert caught.value.params["detail"] == "Permission denied"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("manifest", "files"),
    [
        ({**MANIFEST, "format": "mine"}, FILES),
        ({**MANIFEST, "files": {}}, FILES),
        ({k: v for k, v in MANIFEST.items() if k != "schema_version"}, FILES),
        ({**MANIFEST, "schema_version": "7"}, FILES),
        (MANIFEST, {"../evil": b""}),
        (MANIFEST, {"Household": b""}),
        (MANIFEST, {"household.jsonl": b""}),
    ],
)
def test_caller_mistakes_are_bugs_not_user_errors(keys, tmp_path, manifest, files):
    with pytest.raises(ValueError):
        write_package(tmp_path / "up.xhht", manifest, files, keys["a"])
    assert list(tmp_path.iterdir()) == []


def test_canonical_json_and_jsonl():
    assert canonical_json({"b": 1, "a": "Hồng"}) == '{"a":"Hồng","b":1}'.encode()
    assert jsonl([{"b": 1}, {"a": [1, 2]}]) == b'{"b":1}\n{"a":[1,2]}\n'
    assert jsonl([]) == b""
    assert jsonl([{"text": "two\nlines"}]).count(b"\n") == 1
    assert count_rows(b"") == 0
    assert count_rows(b"{}\n{}\n") == 2
    assert count_rows(b"{}\n{}") == 2
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


# --- broken, altered and hostile packages ---------------------------------------------------


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UserError) as caught:
        read_package(tmp_path / "nowhere.xhht")
    assert caught.value.code == "package.unreadable"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "package.unreadable"),
        (b"hello, not a zip" * 40, "package.unreadable"),
        (b"PK\x03\x04" + bytes(200), "package.unreadable"),
        (b"PK\x05\x06" + bytes(18), "package.damaged"),  # an empty zip, no digest
    ],
)
def test_not_a_package(tmp_path, data, code):
    assert refused(data, tmp_path).code == code


def test_truncated_packages_are_refused(plain, tmp_path):
    for length in (1, 4, 22, 100, len(plain) // 2, len(plain) - 77, len(plain) - 1):
        error = refused(plain[:length], tmp_path)
        assert error.code in {"package.unreadable", "package.damaged"}, length


def test_a_flipped_byte_anywhere_is_refused(plain, sealed, keys, tmp_path):
    for data, options in ((plain, {}), (sealed, {"decrypt_with": keys["parent"]})):
        offsets = [*range(0, len(data), 997), len(data) - 1]
        for offset in offsets:
            damaged = bytearray(data)
            damaged[offset] ^= 0x01
            error = refused(bytes(damaged), tmp_path, **options)
            assert error.code in {"package.damaged", "package.unreadable"}, offset


def test_an_uppercase_digest_is_refused(plain, tmp_path):
    assert refused(plain[:-64] + plain[-64:].upper(), tmp_path).code == "package.damaged"


def test_a_zip_without_the_digest_is_damaged(plain, tmp_path):
    assert refused(zip_bytes(members_of(plain)), tmp_path).code == "package.damaged"


def test_an_edited_manifest_breaks_the_signature(plain, tmp_path):
    members = dict(members_of(plain))
    for change in ({"sender": {"unit_code": "26734", "name": "Chi hội khác"}}, {"sequence": 13}):
        manifest = {**json.loads(members["manifest.json"]), **change}
        data = rezip(
            [
                (n, canonical_json(manifest) if n == "manifest.json" else c)
                for n, c in members.items()
            ]
        )
        assert refused(data, tmp_path).code == "package.bad_signature"


def test_a_reformatted_manifest_breaks_the_signature(plain, tmp_path):
    members = dict(members_of(plain))
    pretty = json.dumps(json.loads(members["manifest.json"]), indent=1).encode()
    data = rezip([(n, pretty if n == "manifest.json" else c) for n, c in members.items()])
    assert refused(data, tmp_path).code == "package.bad_signature"


@pytest.mark.parametrize(
    "new_content",
    [
        FILES["household"].replace(b"Nguy", b"Ngoy", 1),  # same size and rows
        FILES["household"] + b'{"id":"extra"}\n',  # one row more
        FILES["household"][:-1],  # the last newline lost
    ],
)
def test_edited_data_fails_its_checksum(plain, tmp_path, new_content):
    members = [(n, new_content if n == "data/household.jsonl" else c) for n, c in members_of(plain)]
    error = refused(rezip(members), tmp_path)
    assert error.code == "package.checksum"
    assert error.params["name"] == "data/household.jsonl"


@pytest.mark.parametrize(
    "name",
    [
        "../evil.jsonl",
        "data/../x.jsonl",
        "/data/x.jsonl",
        "data\\x.jsonl",
        "data/sub/x.jsonl",
        "data/X.jsonl",
        "data/x.json",
        "data/.jsonl",
        "data/" + "a" * 41 + ".jsonl",
        "readme.txt",
        "data.enc/",
        "data/hộ.jsonl",
    ],
)
def test_a_member_outside_the_fixed_list_is_refused(plain, tmp_path, name):
    error = refused(rezip([*members_of(plain), (name, b"{}\n")]), tmp_path)
    assert error.code == "package.bad_member"
    assert error.params["name"] == "".join(c if c.isascii() else "?" for c in name)


def test_a_name_cut_at_a_nul_is_refused(plain, tmp_path):
    """zipfile shows "data/person.jsonl\0txt" as "data/person.jsonl": the package would be
    whole and valid if the name were taken as shown."""
    members = [(n.replace("person.jsonl", "person.jsonlXtxt"), c) for n, c in members_of(plain)]
    body = zip_bytes(members).replace(b"data/person.jsonlXtxt", b"data/person.jsonl\0txt")
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert "data/person.jsonl" in archive.namelist()
    error = refused(with_digest(body), tmp_path)
    assert error.code == "package.bad_member"
    assert error.params["name"] == "data/person.jsonl?txt"


@pytest.mark.parametrize("name", ["manifest.json", "data/household.jsonl"])
def test_a_duplicate_member_is_refused(plain, tmp_path, name):
    members = members_of(plain)
    error = refused(rezip([*members, (name, dict(members)[name])]), tmp_path)
    assert error.code == "package.bad_member"
    assert error.params["name"] == name


def test_a_data_file_the_manifest_does_not_list_is_refused(plain, tmp_path):
    error = refused(rezip([*members_of(plain), ("data/extra.jsonl", b"{}\n")]), tmp_path)
    assert error.code == "package.bad_member"
    assert error.params["name"] == "data/extra.jsonl"


def test_a_listed_data_file_that_is_missing_is_refused(plain, tmp_path):
    members = [(n, c) for n, c in members_of(plain) if n != "data/person.jsonl"]
    error = refused(rezip(members), tmp_path)
    assert (error.code, error.params["name"]) == ("package.bad_member", "data/person.jsonl")


@pytest.mark.parametrize("missing", ["manifest.json", "manifest.sig"])
def test_a_package_without_its_manifest_or_signature_is_refused(plain, tmp_path, missing):
    error = refused(rezip([(n, c) for n, c in members_of(plain) if n != missing]), tmp_path)
    assert (error.code, error.params["name"]) == ("package.bad_member", missing)


@pytest.fixture(scope="module")
def bomb(keys):
    """A signed package whose household file is 300 MiB of zeros compressed to ~300 KB."""
    manifest_bytes = canonical_json(
        {
            **MANIFEST,
            "format": FORMAT,
            "format_version": 1,
            "files": {"household": files_entry(bytes(0))},
            "signer": {
                "key_id": keys["a"].key_id,
                "public_key": keys["a"].public_bytes.hex(),
                "fingerprint": keys["a"].fingerprint,
            },
            "encryption": None,
        }
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", manifest_bytes)
        archive.writestr("manifest.sig", signature_for(manifest_bytes, keys["a"]))
        with archive.open("data/household.jsonl", "w") as handle:
            zeros = bytes(1 << 20)
            for _ in range(300):
                handle.write(zeros)
    return with_digest(buffer.getvalue())


def test_a_zip_bomb_is_refused_without_unpacking_it(bomb, tmp_path, monkeypatch):
    assert len(bomb) < 1_000_000
    opened = []
    real_open = zipfile.ZipFile.open

    def watched_open(archive, name, *args, **kwargs):
        opened.append(getattr(name, "filename", name))
        return real_open(archive, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", watched_open)
    error = refused(bomb, tmp_path)
    assert error.code == "package.bomb"
    assert opened == []


def test_a_lying_declared_size_is_not_trusted(plain, tmp_path):
    """The central directory says the household file is small; it is not read past that."""
    body = bytearray(zip_bytes(members_of(plain)))
    entry = body.index(b"PK\x01\x02")
    name = b"data/household.jsonl"
    while body[entry + 46 : entry + 46 + len(name)] != name:
        entry = body.index(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", body, entry + 24, 100)  # uncompressed size
    error = refused(with_digest(bytes(body)), tmp_path)
    assert error.code == "package.unreadable"


@pytest.mark.parametrize(
    ("limits", "code"),
    [
        (Limits(max_file_bytes=1000), "package.too_big"),
        (Limits(max_members=4), "package.bomb"),
        (Limits(max_member_bytes=1000), "package.bomb"),
        (Limits(max_total_uncompressed=len(FILES["household"])), "package.bomb"),
        (Limits(max_manifest_bytes=100), "package.bomb"),
    ],
)
def test_limits(plain, tmp_path, limits, code):
    error = refused(plain, tmp_path, limits=limits)
    assert error.code == code
    if code == "package.too_big":
        assert error.params["size"] == len(plain)
        assert error.params["limit"] == 1000
    assert read_bytes(plain, tmp_path).files == FILES  # the default limits take it


def test_a_high_ratio_over_a_small_limit_is_a_bomb(keys, tmp_path):
    rows = jsonl({"id": n, "name": "Nguyễn Thị Hồng"} for n in range(60_000))
    assert len(rows) > 2 << 20
    path = write_package(tmp_path / "rows", MANIFEST, {"household": rows}, keys["a"])
    assert read_package(path).files["household"] == rows  # fine at the default ratio ...
    with pytest.raises(UserError) as caught:
        read_package(path, limits=Limits(max_ratio=3))  # ... too compressible at 3
    assert caught.value.code == "package.bomb"


def good_manifest(key, data_files=FILES, **changes):
    manifest = {
        **MANIFEST,
        "format": FORMAT,
        "format_version": 1,
        "files": {name: files_entry(content) for name, content in data_files.items()},
        "signer": {
            "key_id": key.key_id,
            "public_key": key.public_bytes.hex(),
            "fingerprint": key.fingerprint,
        },
        "encryption": None,
    }
    manifest.update(changes)
    return manifest


def test_the_forging_helper_makes_valid_packages(keys, tmp_path):
    """So the refusals below are for the one thing each changes."""
    package = read_bytes(forge(good_manifest(keys["a"]), plain_members(), keys["a"]), tmp_path)
    assert package.files == FILES


def test_a_newer_format_asks_for_an_update(keys, tmp_path):
    data = forge(good_manifest(keys["a"], format_version=2), plain_members(), keys["a"])
    error = refused(data, tmp_path)
    assert error.code == "package.newer"
    assert error.params["version"] == 2
    assert error.params["supported"] == 1


def test_a_newer_format_is_recognised_whatever_its_shape(keys, tmp_path):
    manifest = {"format": FORMAT, "format_version": 5, "whatever": [1, 2]}
    assert refused(forge(manifest, [], keys["a"]), tmp_path).code == "package.newer"


def test_another_format_is_foreign(keys, tmp_path):
    data = forge(good_manifest(keys["a"], format="other"), plain_members(), keys["a"])
    assert refused(data, tmp_path).code == "package.foreign"


@pytest.mark.parametrize(
    "manifest",
    [
        b"not json",
        b"[1, 2]",
        b'{"format": "xhht-package", "format": "xhht-package", "format_version": 1}',
        "\ufeff{}".encode(),
        b"\xff\xfe{}",
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_manifest_that_is_not_json_is_refused(keys, tmp_path, manifest):
    assert refused(forge(manifest, [], keys["a"]), tmp_path).code == "package.bad_manifest"


@pytest.mark.parametrize(
    "changes",
    [
        {"format_version": 0},
        {"format_version": "1"},
        {"format_version": True},
        {"format_version": 1.0},
        {"schema_version": None},
        {"schema_version": "7"},
        {"files": []},
        {"files": {"Household": files_entry(b"")}},
        {"files": {"household": {"sha256": "00", "bytes": 0, "rows": 0}}},
        {"files": {"household": {**files_entry(b""), "bytes": -1}}},
        {"files": {"household": {**files_entry(b""), "rows": True}}},
        {"files": {"household": {**files_entry(b""), "extra": 1}}},
        {"signer": None},
        {"signer": {"key_id": "x", "public_key": "zz", "fingerprint": "x"}},
        {"encryption": "yes"},
    ],
)
def test_a_manifest_of_the_wrong_shape_is_refused(keys, tmp_path, changes):
    data = forge(good_manifest(keys["a"], **changes), plain_members(), keys["a"])
    assert refused(data, tmp_path).code == "package.bad_manifest"


def test_a_manifest_without_schema_version_is_refused(keys, tmp_path):
    manifest = good_manifest(keys["a"])
    del manifest["schema_version"]
    assert refused(forge(manifest, plain_members(), keys["a"]), tmp_path).code == (
        "package.bad_manifest"
    )


def test_signed_by_one_key_claiming_another(keys, tmp_path):
    claims_b = good_manifest(keys["b"])  # B's public key, id and fingerprint ...
    data = forge(claims_b, plain_members(), keys["a"])  # ... signed by A
    assert refused(data, tmp_path).code == "package.bad_signature"


@pytest.mark.parametrize("field", ["key_id", "fingerprint"])
def test_a_signer_field_that_names_another_key(keys, tmp_path, field):
    manifest = good_manifest(keys["a"])
    manifest["signer"][field] = getattr(keys["b"], field)
    data = forge(manifest, plain_members(), keys["a"])
    assert refused(data, tmp_path).code == "package.bad_signature"


@pytest.mark.parametrize(
    "signature",
    [
        b"",
        b"garbage",
        b'{"alg":"RSA","key_id":"x","signature":"00"}',
        b'{"alg":"Ed25519","key_id":"x","signature":"' + b"0" * 128 + b'"}',
    ],
)
def test_a_bad_signature_file_is_refused(keys, tmp_path, signature):
    manifest_bytes = canonical_json(good_manifest(keys["a"]))
    data = rezip([("manifest.json", manifest_bytes), ("manifest.sig", signature), *plain_members()])
    assert refused(data, tmp_path).code == "package.bad_signature"


def test_a_signature_naming_another_key_is_refused(keys, tmp_path):
    manifest_bytes = canonical_json(good_manifest(keys["a"]))
    signature = json.loads(signature_for(manifest_bytes, keys["a"]))
    signature["key_id"] = keys["b"].key_id
    data = rezip(
        [
            ("manifest.json", manifest_bytes),
            ("manifest.sig", canonical_json(signature)),
            *plain_members(),
        ]
    )
    assert refused(data, tmp_path).code == "package.bad_signature"


def test_encrypted_to_another_parent(keys, sealed, tmp_path):
    error = refused(sealed, tmp_path, decrypt_with=keys["other_parent"])
    assert error.code == "package.not_for_us"
    assert error.params["key_id"] == keys["parent"].key_id


def test_encrypted_without_a_key(sealed, tmp_path):
    assert refused(sealed, tmp_path).code == "package.encrypted"


def test_a_tampered_encrypted_payload_is_refused(keys, sealed, tmp_path):
    members = members_of(sealed)
    ciphertext = bytearray(dict(members)["data.enc"])
    for offset in (0, len(ciphertext) // 2, len(ciphertext) - 1):  # data and GCM tag
        tampered = bytearray(ciphertext)
        tampered[offset] ^= 0x80
        data = rezip([(n, bytes(tampered) if n == "data.enc" else c) for n, c in members])
        error = refused(data, tmp_path, decrypt_with=keys["parent"])
        assert error.code == "package.cannot_decrypt"


def test_plain_data_beside_an_encrypted_payload_is_refused(keys, sealed, tmp_path):
    data = rezip([*members_of(sealed), ("data/household.jsonl", FILES["household"])])
    error = refused(data, tmp_path, decrypt_with=keys["parent"])
    assert (error.code, error.params["name"]) == ("package.bad_member", "data/household.jsonl")


def test_an_encrypted_payload_in_a_plain_package_is_refused(plain, tmp_path):
    error = refused(rezip([*members_of(plain), ("data.enc", b"x")]), tmp_path)
    assert (error.code, error.params["name"]) == ("package.bad_member", "data.enc")


def forge_sealed(keys, inner, files=FILES):
    """A package signed by a, encrypted to the parent, whose inner zip is `inner`."""
    header, ciphertext = seal(inner, keys["parent"].public_bytes)
    manifest = good_manifest(keys["a"], data_files=files, encryption=header)
    return forge(manifest, [("data.enc", ciphertext)], keys["a"])


@pytest.mark.parametrize(
    ("inner", "code"),
    [
        (b"not a zip", "package.unreadable"),
        (zip_bytes([("manifest.json", b"{}")], zipfile.ZIP_STORED), "package.bad_member"),
        (zip_bytes([("../x.jsonl", b"{}")], zipfile.ZIP_STORED), "package.bad_member"),
        (zip_bytes(plain_members()[:1], zipfile.ZIP_STORED), "package.bad_member"),
        (
            zip_bytes([*plain_members(), plain_members()[0]], zipfile.ZIP_STORED),
            "package.bad_member",
        ),
    ],
)
def test_a_hostile_inner_zip_is_refused(keys, tmp_path, inner, code):
    error = refused(forge_sealed(keys, inner), tmp_path, decrypt_with=keys["parent"])
    assert error.code == code


def test_the_forged_sealed_helper_makes_valid_packages(keys, tmp_path):
    inner = zip_bytes(plain_members(), zipfile.ZIP_STORED)
    package = read_bytes(forge_sealed(keys, inner), tmp_path, decrypt_with=keys["parent"])
    assert package.files == FILES


# --- random input -----------------------------------------------------------------------------


def read_random(data, folder, **options):
    """Reading never accepts `data` and never raises anything but a UserError."""
    with pytest.raises(UserError):
        read_bytes(data, folder, **options)


@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused(scratch, data):
    read_random(data, scratch)


@FAST
@given(tail=st.binary(max_size=2048))
def test_random_bytes_that_look_like_a_zip_are_refused(scratch, tail):
    read_random(b"PK\x03\x04" + tail + b"PK\x05\x06" + tail[:18], scratch)


@FAST
@given(where=st.floats(0, 1, exclude_max=True), value=st.integers(0, 255), sealed_one=st.booleans())
def test_any_single_byte_replaced_is_refused(
    keys, plain, sealed, scratch, where, value, sealed_one
):
    original = sealed if sealed_one else plain
    offset = int(where * len(original))
    if original[offset] == value:
        value ^= 0xFF
    changed = bytearray(original)
    changed[offset] = value
    read_random(bytes(changed), scratch, decrypt_with=keys["parent"])


@FAST
@given(
    member=st.integers(0, 4),
    where=st.floats(0, 1, exclude_max=True),
    value=st.integers(1, 255),
    sealed_one=st.booleans(),
)
def test_any_member_byte_changed_under_a_good_digest_is_refused(
    keys, plain, sealed, scratch, member, where, value, sealed_one
):
    members = members_of(sealed if sealed_one else plain)
    name, content = members[member % len(members)]
    if not content:
        return
    changed = bytearray(content)
    changed[int(where * len(content))] ^= value
    data = rezip([(n, bytes(changed) if n == name else c) for n, c in members])
    read_random(data, scratch, decrypt_with=keys["parent"])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


@FAST
@given(
    field=st.sampled_from(
        ["format_version", "schema_version", "files", "signer", "encryption", "package_id"]
    ),
    value=JSON,
)
def test_a_signed_manifest_with_any_field_value_never_raises_anything_else(
    keys, scratch, field, value
):
    manifest = good_manifest(keys["a"], **{field: value})
    try:
        package = read_bytes(forge(manifest, plain_members(), keys["a"]), scratch)
    except UserError:
        return
    # Accepted only when the value is one a valid package may have.
    assert (
        field == "package_id"
        or (field == "schema_version" and type(value) is int)
        or (field == "format_version" and type(value) is int and value == 1)
        or (field == "encryption" and value is None)
    ), (field, value)
    assert package.manifest[field] == value


@FAST
@given(
    header=st.dictionaries(
        st.sampled_from(["alg", "recipient_key_id", "ephemeral", "nonce", "x"]), JSON, max_size=5
    ),
    ciphertext=st.binary(max_size=64),
)
def test_any_encryption_header_never_raises_anything_else(keys, scratch, header, ciphertext):
    manifest = good_manifest(keys["a"], encryption=header)
    data = forge(manifest, [("data.enc", ciphertext)], keys["a"])
    read_random(data, scratch, decrypt_with=keys["parent"])


@FAST
@given(inner=st.binary(max_size=512), prefix=st.booleans())
def test_any_inner_zip_never_raises_anything_else(keys, scratch, inner, prefix):
    if prefix:
        inner = zip_bytes(plain_members()[:1], zipfile.ZIP_STORED)[: len(inner)] + inner
    read_random(forge_sealed(keys, inner), scratch, decrypt_with=keys["parent"])


# --- the encryption key and sealing -----------------------------------------------------------


def test_encryption_key_is_made_once_and_kept(tmp_path):
    path = tmp_path / "keys" / "encryption.pem"
    key = EncryptionKey.load_or_create(path)
    assert len(key.public_bytes) == 32
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert EncryptionKey.load_or_create(path).public_bytes == key.public_bytes
    assert key.key_id == hashlib.sha256(key.public_bytes).hexdigest()[:16]
    assert [p.name for p in path.parent.iterdir()] == ["encryption.pem"]


@pytest.mark.parametrize("kind", ["garbage", "ed25519"])
def test_a_damaged_encryption_key_is_reported_and_kept(tmp_path, kind):
    path = tmp_path / "encryption.pem"
    if kind == "garbage":
        content = b"-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n"
    else:
        content = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    path.write_bytes(content)
    with pytest.raises(KeyDamaged) as caught:
        EncryptionKey.load_or_create(path)
    assert caught.value.code == "key.damaged"
    assert caught.value.params == {"file": str(path)}
    assert path.read_bytes() == content


def test_seal_and_open(keys):
    header, ciphertext = seal("Hộ gia đình".encode(), keys["parent"].public_bytes)
    assert set(header) == {"alg", "recipient_key_id", "ephemeral", "nonce"}
    assert open_sealed(header, ciphertext, keys["parent"]) == "Hộ gia đình".encode()
    with pytest.raises(UserError) as caught:
        open_sealed(header, ciphertext, keys["other_parent"])
    assert caught.value.code == "package.not_for_us"
    assert caught.value.params == {"key_id": keys["parent"].key_id}


def test_open_refuses_anything_altered(keys):
    header, ciphertext = seal(b"data", keys["parent"].public_bytes)
    other_header, _ = seal(b"data", keys["parent"].public_bytes)
    altered = [
        (header, ciphertext[:-1] + bytes([ciphertext[-1] ^ 1])),
        (header, ciphertext[:4]),
        ({**header, "nonce": other_header["nonce"]}, ciphertext),
        ({**header, "ephemeral": other_header["ephemeral"]}, ciphertext),
        ({**header, "ephemeral": "00" * 32}, ciphertext),  # a weak point
        ({**header, "nonce": "0" * 23}, ciphertext),
        ({**header, "alg": "X25519-NONE"}, ciphertext),
        ({**header, "extra": "1"}, ciphertext),
        ({k: v for k, v in header.items() if k != "nonce"}, ciphertext),
        (None, ciphertext),
    ]
    for bad_header, bad_ciphertext in altered:
        with pytest.raises(UserError) as caught:
            open_sealed(bad_header, bad_ciphertext, keys["parent"])
        assert caught.value.code == "package.cannot_decrypt", bad_header


# --- signed JSON files ------------------------------------------------------------------------


PAYLOAD = {"association": "Hội Khuyến học Phường Bến Thành", "encryption_key": "ab" * 32}


def test_signed_json_round_trip(keys, tmp_path):
    path = write_signed_json(tmp_path / "parent.key", KEY_FILE_FORMAT, PAYLOAD, keys["a"])
    assert path == tmp_path / "parent.key"
    assert [p.name for p in tmp_path.iterdir()] == ["parent.key"]
    payload, public = read_signed_json(path, KEY_FILE_FORMAT)
    assert payload == PAYLOAD
    assert public == keys["a"].public_bytes
    document = json.loads(path.read_bytes())
    assert document["format"] == "xhht-key"
    assert document["signer"]["fingerprint"] == keys["a"].fingerprint


def signed_file_error(path, expected=KEY_FILE_FORMAT):
    with pytest.raises(UserError) as caught:
        read_signed_json(path, expected)
    assert caught.value.params["file"] == str(path)
    return caught.value


def test_signed_json_tampered_payload(keys, tmp_path):
    path = write_signed_json(tmp_path / "k", KEY_FILE_FORMAT, PAYLOAD, keys["a"])
    document = json.loads(path.read_bytes())
    document["payload"]["encryption_key"] = "cd" * 32
    path.write_bytes(canonical_json(document))
    assert signed_file_error(path).code == "signed_file.bad_signature"


def test_signed_json_signer_swapped(keys, tmp_path):
    path = write_signed_json(tmp_path / "k", KEY_FILE_FORMAT, PAYLOAD, keys["a"])
    document = json.loads(path.read_bytes())
    document["signer"] = {
        "key_id": keys["b"].key_id,
        "public_key": keys["b"].public_bytes.hex(),
        "fingerprint": keys["b"].fingerprint,
    }
    path.write_bytes(canonical_json(document))
    assert signed_file_error(path).code == "signed_file.bad_signature"


def test_signed_json_wrong_format_is_foreign(keys, tmp_path):
    path = write_signed_json(tmp_path / "ack", ACK_FORMAT, {"package_id": "x"}, keys["a"])
    error = signed_file_error(path, KEY_FILE_FORMAT)
    assert error.code == "signed_file.foreign"
    assert error.params["expected"] == "xhht-key"
    assert read_signed_json(path, ACK_FORMAT)[0] == {"package_id": "x"}


@pytest.mark.parametrize(
    "content",
    [b"", b"garbage", b"[]", b'{"format":"xhht-key"}', b"\xff" * 10, b" " * 1_000_001],
)
def test_signed_json_garbage_is_unreadable(tmp_path, content):
    path = tmp_path / "k"
    path.write_bytes(content)
    assert signed_file_error(path).code == "signed_file.unreadable"


def test_signed_json_missing_file_is_unreadable(tmp_path):
    assert signed_file_error(tmp_path / "none").code == "signed_file.unreadable"


def test_signed_json_unwritable(keys, tmp_path):
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(UserError) as caught:
        write_signed_json(tmp_path / "file" / "k", ACK_FORMAT, PAYLOAD, keys["a"])
    assert caught.value.code == "signed_file.unwritable"
    assert caught.value.params["detail"]


@FAST
@given(data=st.binary(max_size=512))
def test_signed_json_random_bytes_never_raise_anything_else(scratch, data):
    path = scratch / "random.key"
    path.write_bytes(data)
    with pytest.raises(UserError):
        read_signed_json(path, KEY_FILE_FORMAT)


def local_record(name, content):
    return (
        struct.pack(
            "<4s5H3I2H",
            b"PK\x03\x04",
            20,
            0,
            zipfile.ZIP_STORED,
            0,
            0x21,
            zlib.crc32(content),
            len(content),
            len(content),
            len(name),
            0,
        )
        + name
        + content
    )


def central_record(name, content, offset):
    size, crc = len(content), zlib.crc32(content)
    fields = (b"PK\x01\x02", 20, 20, 0, zipfile.ZIP_STORED, 0, 0x21, crc, size, size)
    return struct.pack("<4s6H3I5HII", *fields, len(name), 0, 0, 0, 0, 0, offset) + name


def test_overlapping_members_are_refused(tmp_path):
    """A "quoted overlap": one member's stored data holds another whole member."""
    inner = local_record(b"data/b.jsonl", b"{}\n")
    body = local_record(b"data/a.jsonl", inner)
    directory = central_record(b"data/a.jsonl", inner, 0) + central_record(
        b"data/b.jsonl", b"{}\n", 30 + len(b"data/a.jsonl")
    )
    end = struct.pack("<4s4H2IH", b"PK\x05\x06", 0, 0, 2, 2, len(directory), len(body), 0)
    data = with_digest(body + directory + end)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # zipfile itself reads both
        assert archive.read("data/b.jsonl") == b"{}\n"
        assert archive.read("data/a.jsonl") == inner
    assert refused(data, tmp_path).code == "package.bomb"


def test_signed_json_a_dropped_write_is_noticed(keys, tmp_path, monkeypatch):
    path = write_signed_json(tmp_path / "ack", ACK_FORMAT, {"package_id": "old"}, keys["a"])
    monkeypatch.setattr(container, "_write_atomically", lambda path, data: None)
    with pytest.raises(UserError) as caught:
        write_signed_json(path, ACK_FORMAT, {"package_id": "new"}, keys["a"])
    assert caught.value.code == "signed_file.write_failed"
    assert list(tmp_path.iterdir()) == []
