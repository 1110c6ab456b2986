"""The exchange from the command line: keys handed down, a package exported, dry-run, imported
with its receipt, refused clearly (non-zero) when it must be, and the table by unit."""

from __future__ import annotations

import csv
import io
import json


def ward(run, where):
    return run("init", *where, "--level", "xa-phuong", "--province", "79", "--commune", "26743")


def test_branch_to_ward_through_the_cli(run, tmp_path):
    branch = ["--data-dir", str(tmp_path / "kp3")]
    parent = ["--data-dir", str(tmp_path / "ward")]
    usb = tmp_path / "usb"
    usb.mkdir()
    assert run("demo", *branch, "--households", "15").code == 0
    assert ward(run, parent).code == 0
    key = run("export-key", *parent, "--out", usb / "ward.xhhtkey")
    assert key.code == 0 and "fingerprint" in key.out
    assert run("import-parent-key", *branch, usb / "ward.xhhtkey").code == 0
    exported = run("export-package", *branch, "--out", usb)
    assert exported.code == 0, exported.err
    assert exported.err == ""  # encrypted to the ward: no warning
    (package,) = usb.glob("*.xhht")
    assert package.with_suffix(".pdf").exists()
    dry = run("import-package", *parent, package, "--dry-run")
    assert dry.code == 0 and "would add" in dry.out and "first package" in dry.out
    refused = run("import-package", *parent, package)
    assert refused.code == 1 and "first package" in refused.err
    done = run("import-package", *parent, package, "--trust-new-sender")
    assert done.code == 0 and "applied" in done.out
    receipt = package.with_suffix(".xhhtack")
    assert receipt.exists()
    again = run("import-package", *parent, package, "--trust-new-sender")
    assert again.code == 1 and "imported before" in again.err
    ack = run("import-ack", *branch, receipt)
    assert ack.code == 0 and "received package 1" in ack.out
    table = run("report", *parent, "--year", "2025", "--by-unit", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(table.out)))
    kp3 = [r for r in rows if r["unit_code"] == "26743-KP3" and r["model"] == "gia_dinh"]
    assert kp3 and int(kp3[0]["subjects"]) == 15
    as_json = json.loads(
        run("report", *parent, "--year", "2025", "--by-unit", "--format", "json").out
    )
    assert as_json["year"] == 2025 and as_json["units"]
    pdf = run(
        "report",
        *parent,
        "--year",
        "2025",
        "--by-unit",
        "--format",
        "pdf",
        "--out",
        tmp_path / "r.pdf",
    )
    assert pdf.code == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_an_unencrypted_package_is_written_with_a_warning(run, tmp_path):
    branch = ["--data-dir", str(tmp_path / "kp3")]
    run("demo", *branch, "--households", "5")
    result = run("export-package", *branch, "--out", tmp_path, "--aggregates-only")
    assert result.code == 0 and "not encrypted" in result.err


def test_a_tampered_package_is_refused_with_a_clear_message(run, tmp_path):
    branch = ["--data-dir", str(tmp_path / "kp3")]
    parent = ["--data-dir", str(tmp_path / "ward")]
    run("demo", *branch, "--households", "5")
    ward(run, parent)
    run("export-package", *branch, "--out", tmp_path)
    (package,) = tmp_path.glob("*.xhht")
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    package.write_bytes(bytes(data))
    result = run("import-package", *parent, package, "--trust-new-sender")
    assert result.code == 1 and "Nothing was changed" in result.err
