"""`xhht certificates`, `certificate-register` and `verify-certificate`: a PDF written then
recorded, nothing recorded when it cannot be written, a code told genuine or not."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

from pypdf import PdfReader

from xhht_desktop.domain.certificates import CertificateKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services

YEAR = dt.date.today().year - 1  # the demo's complete year


def services_of(where):
    return open_services(AppPaths.resolve(data_dir=where[1]))


def test_certificates_are_written_and_recorded(run, where, tmp_path):
    assert run("demo", *where, "--households", "30").code == 0
    out = tmp_path / "gcn.pdf"
    result = run("certificates", *where, "--year", YEAR, "--model", "gia-dinh", "--out", out)
    assert result.code == 0, result.err
    pages = PdfReader(out).pages
    assert result.out.startswith(f"{len(pages)} certificates written to {out}")
    text = unicodedata.normalize("NFC", pages[0].extract_text())
    assert "GIẤY CÔNG NHẬN" in text and "1/GCN-KH" in text
    again = run("certificates", *where, "--year", YEAR, "--only-new", "--out", tmp_path / "x.pdf")
    assert again.code == 1 and "Nobody to print" in again.err
    sv = services_of(where)
    try:
        register = sv.certificates.register(YEAR)
    finally:
        sv.close()
    assert len(register) == len(pages) and all(e.prints == 1 for e in register)


def test_an_unwritable_output_records_nothing(run, where, tmp_path):
    run("demo", *where, "--households", "20")
    result = run("certificates", *where, "--year", YEAR, "--out", tmp_path / "no" / "gcn.pdf")
    assert result.code == 1 and "PDF" in result.err
    sv = services_of(where)
    try:
        assert sv.certificates.register(YEAR) == []
    finally:
        sv.close()


def test_the_register_as_pdf_and_excel(run, where, tmp_path):
    run("demo", *where, "--households", "20")
    run("certificates", *where, "--year", YEAR, "--out", tmp_path / "gcn.pdf")
    assert (
        run("certificate-register", *where, "--year", YEAR, "--out", tmp_path / "so.pdf").code == 0
    )
    text = unicodedata.normalize("NFC", PdfReader(tmp_path / "so.pdf").pages[0].extract_text())
    assert "SỔ CẤP GIẤY CÔNG NHẬN" in text and "1/GCN-KH" in text
    result = run("certificate-register", *where, "--year", YEAR, "--out", tmp_path / "so.xlsx")
    assert result.code == 0 and (tmp_path / "so.xlsx").stat().st_size > 0


def test_verify_certificate_tells_genuine_tampered_and_unreadable(run, where):
    run("demo", *where, "--households", "20")
    sv = services_of(where)
    try:
        certs = sv.certificates
        template = certs.template(Model.FAMILY, CertificateKind.RECOGNITION)
        certs.save_template(
            Model.FAMILY, CertificateKind.RECOGNITION, replace(template, show_qr=True)
        )
        sheets = certs.plan(YEAR, CertificateKind.RECOGNITION, [Model.FAMILY]).sheets
    finally:
        sv.close()
    good = run("verify-certificate", *where, sheets[0].qr_payload)
    assert good.code == 0 and good.out.startswith("Genuine: certificate 1/GCN-KH")
    prefix, _body, signature = sheets[0].qr_payload.split(".")
    other = sheets[1].qr_payload.split(".")[1]
    forged = run("verify-certificate", *where, f"{prefix}.{other}.{signature}")
    assert forged.code == 1 and forged.out.startswith("NOT genuine")
    junk = run("verify-certificate", *where, "hello")
    assert junk.code == 1 and "not a certificate code" in junk.err
    newer = run("verify-certificate", *where, "XHHT9.abc.def")
    assert newer.code == 1 and "newer version" in newer.err
