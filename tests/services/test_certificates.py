"""Certificates: who gets one, the register's numbers (unique, reprints keep theirs, voiding
needs a reason), nothing recorded when writing fails, Vietnamese text that round-trips through
the PDF, embedded fonts only, templates as data, logos, QR codes that verify."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from xhht_desktop.domain.certificate_payload import Verdict
from xhht_desktop.domain.certificates import (
    CertificateKind,
    CertificateTemplate,
    Paper,
    SheetState,
)
from xhht_desktop.domain.criteria import Kind, Model
from xhht_desktop.domain.entities import ClanDraft, LocalUnitDraft
from xhht_desktop.domain.evaluation import DecisionDraft, ReviewDraft
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.errors import BadInput, UserError, ValidationFailed
from xhht_desktop.services.demo import fill_demo, fill_demo_cycle
from xhht_desktop.services.pdf import PdfMissingGlyphs, PdfUnwritable
from xhht_desktop.storage.orm import DecisionRecord

YEAR = 2025
RECOGNITION, COMMENDATION = CertificateKind.RECOGNITION, CertificateKind.COMMENDATION
SUBSET = re.compile(r"/[A-Z]{6}\+NotoSerif-(Regular|Bold|Italic|BoldItalic)")


def text_of(pdf: bytes) -> list[str]:
    """Each page's text, NFC, blanks made single spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in pages]


@pytest.fixture
def certs(services):
    """A demo branch with a complete year of families: some recognised, a few commended."""
    fill_demo(services.installation, services.households, 40, seed=7)
    fill_demo_cycle(services.criteria, services.evaluation, YEAR, True)
    return services.certificates


def recognised(certs, kind=RECOGNITION):
    return certs.recipients(YEAR, Model.FAMILY, kind)


def test_only_the_recognised_get_one_and_only_the_commended_a_commendation(certs, services):
    rows = services.evaluation.registrations(YEAR, Model.FAMILY)
    people = recognised(certs)
    assert {r.registration_id for r in people} == {r.id for r in rows if r.decision_number}
    assert 0 < len(people) < len(rows)
    commended = recognised(certs, COMMENDATION)
    assert {r.registration_id for r in commended} == {r.id for r in rows if r.commended}
    assert all(r.state is SheetState.NEW and r.decision_number for r in people)
    assert all(r.address.endswith("phường Bến Thành, Thành phố Hồ Chí Minh") for r in people)


def test_numbers_follow_on_and_are_recorded_only_once_written(certs, tmp_path):
    batch = certs.plan(YEAR, RECOGNITION)
    numbers = [s.number for s in batch.sheets]
    assert numbers == [f"{n}/GCN-KH" for n in range(1, len(numbers) + 1)]
    again = [s.number for s in certs.plan(YEAR, RECOGNITION).sheets]
    assert again == numbers  # a preview burns no number
    assert certs.register(YEAR) == []
    certs.save_pdf(certs.render(batch), tmp_path / "gcn.pdf")
    register = certs.register(YEAR)
    assert [e.number for e in register] == numbers
    assert all(e.prints == 1 and e.copies == 1 for e in register)
    assert (tmp_path / "gcn.pdf").read_bytes().startswith(b"%PDF")


def test_a_reprint_keeps_its_number_and_is_recorded_as_a_reprint(certs, tmp_path):
    first = certs.plan(YEAR, RECOGNITION)
    certs.save_pdf(certs.render(first), tmp_path / "a.pdf")
    again = certs.plan(YEAR, RECOGNITION)
    assert [s.number for s in again.sheets] == [s.number for s in first.sheets]
    assert all(s.reprint for s in again.sheets) and again.new_numbers == 0
    certs.record(again, 2, "Printer: Canon LBP2900")
    entry = certs.register(YEAR)[0]
    assert (entry.prints, entry.copies) == (2, 3)
    prints = certs.prints(entry.id)
    assert [p.reprint for p in prints] == [False, True]
    assert prints[1].destination == "Printer: Canon LBP2900" and prints[1].printed_by
    assert len(certs.register(YEAR)) == len(first.sheets)  # no new lines


def test_only_new_leaves_out_those_printed_before(certs, tmp_path):
    one = recognised(certs)[0].registration_id
    certs.save_pdf(
        certs.render(certs.plan(YEAR, RECOGNITION, registration_ids=[one])), tmp_path / "a.pdf"
    )
    rest = certs.plan(YEAR, RECOGNITION, only_new=True)
    assert one not in {s.recipient.registration_id for s in rest.sheets}
    assert rest.sheets[0].number == "2/GCN-KH"


def test_voiding_needs_a_reason_and_the_next_print_takes_a_new_number(certs, tmp_path):
    batch = certs.plan(YEAR, RECOGNITION)
    certs.save_pdf(certs.render(batch), tmp_path / "a.pdf")
    entry = certs.register(YEAR)[0]
    with pytest.raises(ValidationFailed) as caught:
        certs.void(entry.id, "   ")
    assert caught.value.issues[0].code == "certificate.void_reason"
    certs.void(entry.id, "In sai tên chủ hộ")
    with pytest.raises(UserError) as again:
        certs.void(entry.id, "lần nữa")
    assert again.value.code == "certificate.already_void"
    voided = certs.register(YEAR)[0]
    assert voided.voided_at is not None and voided.void_reason == "In sai tên chủ hộ"
    reissue = certs.plan(YEAR, RECOGNITION, only_new=True)
    assert [s.number for s in reissue.sheets] == [f"{len(batch.sheets) + 1}/GCN-KH"]
    assert reissue.sheets[0].recipient.state is SheetState.VOID
    certs.record(reissue, 1, "PDF")
    numbers = [e.number for e in certs.register(YEAR)]
    assert len(numbers) == len(set(numbers)) == len(batch.sheets) + 1
    assert any("Đã hủy" in str(row[-1]) for row in certs.register_rows(YEAR))


def test_an_unwritable_file_records_nothing(certs, tmp_path):
    printed = certs.render(certs.plan(YEAR, RECOGNITION))
    with pytest.raises(PdfUnwritable):
        certs.save_pdf(printed, tmp_path / "missing" / "gcn.pdf")
    assert certs.register(YEAR) == []
    assert not list(tmp_path.glob("**/*.part"))


def test_a_register_changed_since_the_preview_refuses_to_record(certs):
    stale = certs.plan(YEAR, RECOGNITION)
    certs.record(certs.plan(YEAR, RECOGNITION), 1, "PDF")
    with pytest.raises(UserError) as caught:
        certs.record(stale, 1, "PDF")
    assert caught.value.code == "certificate.register_changed"
    assert all(e.prints == 1 for e in certs.register(YEAR))  # the failed record left nothing


def test_subjects_not_recognised_are_refused(certs, services):
    rows = services.evaluation.registrations(YEAR, Model.FAMILY)
    not_recognised = next(r.id for r in rows if not r.decision_number)
    with pytest.raises(UserError) as caught:
        certs.plan(YEAR, RECOGNITION, registration_ids=[not_recognised])
    assert caught.value.code == "certificate.not_recognised"
    with pytest.raises(UserError) as nothing:
        certs.plan(YEAR - 1, RECOGNITION)
    assert nothing.value.code == "certificate.nothing"


def test_a_decision_without_a_number_is_refused(certs, services):
    with services.database.sessions.write() as s:
        s.execute(update(DecisionRecord).values(number=""))
    with pytest.raises(UserError) as caught:
        certs.plan(YEAR, RECOGNITION)
    assert caught.value.code == "certificate.no_decision"


def test_the_pdf_says_it_in_vietnamese_with_embedded_fonts_only(certs):
    batch = certs.plan(YEAR, RECOGNITION)
    printed = certs.render(batch)
    pages = text_of(printed.pdf)
    assert len(pages) == len(batch.sheets)
    first, page = batch.sheets[0], pages[0]
    for part in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH",
        "GIẤY CÔNG NHẬN",
        "Chủ tịch Hội Khuyến học phường Bến Thành công nhận",
        "Gia đình ông/bà",
        first.recipient.name,
        "“GIA ĐÌNH HỌC TẬP” NĂM 2025",
        f"Quyết định số {first.recipient.decision_number} ngày 10/12/2025",
        "Số vào sổ: 1/GCN-KH",
        "Bến Thành, ngày 10 tháng 12 năm 2025",
        "TM. BAN CHẤP HÀNH",
    ):
        assert part in page, part
    fonts = set()
    for p in PdfReader(io.BytesIO(printed.pdf)).pages[:2]:
        resources = p["/Resources"]
        for form in resources["/XObject"].values():
            fonts |= {
                str(f.get_object()["/BaseFont"])
                for f in form.get_object()["/Resources"]["/Font"].values()
            }
        fonts |= {str(f.get_object()["/BaseFont"]) for f in resources["/Font"].values()}
    assert fonts and all(SUBSET.fullmatch(f) for f in fonts), fonts


def test_a_commendation_names_its_distinction_and_its_date(certs):
    batch = certs.plan(YEAR, COMMENDATION)
    page = text_of(certs.render(batch).pdf)[0]
    assert "GIẤY KHEN" in page and "khen tặng" in page
    assert "“GIA ĐÌNH HỌC TẬP TIÊU BIỂU” NĂM 2025" in page
    assert "ngày 20 tháng 12 năm 2025" in page and "1/GK-KH" in page


def test_every_model_in_one_batch_with_its_own_wording(certs, services):
    ev = services.evaluation
    clan_id, _ = services.groups.save_clan(ClanDraft("Họ Nguyễn Đình", head_name="Nguyễn Đình Lộc"))
    unit_id, _ = services.groups.save_unit(
        LocalUnitDraft("Trường Tiểu học Bến Thành", address="2 Lê Lợi")
    )
    for model, subjects in (
        (Model.CLAN, [clan_id]),
        (Model.UNIT, [unit_id]),
        (Model.COMMUNITY, []),
    ):
        ev.register(YEAR, model, subjects)
        row = ev.registrations(YEAR, model)[0]
        set_id = next(s.id for s in services.criteria.list() if s.model is model)
        sheet = ScoreSheet(
            {leaf.code: _full(leaf) for leaf in services.criteria.get(set_id).leaves()}
        )
        ev.score(row.id, set_id, sheet)
        ev.record_review(
            ReviewDraft(
                YEAR,
                model,
                dt.date(YEAR, 11, 1),
                chair="Lê Văn Tám",
                outcomes=((row.id, True, ""),),
            )
        )
        ev.apply_decision(
            DecisionDraft(
                YEAR,
                model,
                f"{model.value}/QĐ",
                dt.date(YEAR, 12, 1),
                signer="Trần Thị Hoa",
                registration_ids=frozenset({row.id}),
            )
        )
    batch = certs.plan(YEAR, RECOGNITION)
    assert [p.model for p in batch.parts] == [Model.FAMILY, Model.CLAN, Model.COMMUNITY, Model.UNIT]
    numbers = [s.number for s in batch.sheets]
    assert numbers == [f"{n}/GCN-KH" for n in range(1, len(numbers) + 1)]  # one issuer, one series
    pages = text_of(certs.render(batch).pdf)
    assert (
        "Dòng họ" in pages[-3] and "Họ Nguyễn Đình" in pages[-3] and "DÒNG HỌ HỌC TẬP" in pages[-3]
    )
    assert "Cộng đồng" in pages[-2] and "Khu phố 3" in pages[-2] and "Chi hội" not in pages[-2]
    assert "Trường Tiểu học Bến Thành" in pages[-1] and "2 Lê Lợi, phường Bến Thành" in pages[-1]


def _full(leaf):
    return Score(met=True) if leaf.kind is Kind.PASS_FAIL else Score(points=leaf.maximum)


def test_a_letter_the_font_lacks_is_named_and_nothing_is_drawn(certs):
    template = replace(certs.template(Model.FAMILY, RECOGNITION), signer_name="Trần 中")
    certs.save_template(Model.FAMILY, RECOGNITION, template)
    with pytest.raises(PdfMissingGlyphs) as caught:
        certs.render(certs.plan(YEAR, RECOGNITION))
    assert "U+4E2D" in caught.value.params["chars"]
    assert certs.register(YEAR) == []


def test_templates_are_saved_checked_and_read_back_tolerantly(certs, services):
    default = certs.template(Model.FAMILY, RECOGNITION)
    assert default.heading == "GIẤY CÔNG NHẬN" and default.title == "GIA ĐÌNH HỌC TẬP"
    assert default.issuer_body == "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH"
    nfd = unicodedata.normalize("NFD", "Lê Thị  Thu")
    changed = replace(default, signer_name=nfd, number_format="{so}/{nam}/GCN", paper=Paper.A5)
    saved, _ = certs.save_template(Model.FAMILY, RECOGNITION, changed)
    assert saved.signer_name == "Lê Thị Thu"
    assert certs.template(Model.FAMILY, RECOGNITION) == saved
    assert certs.template(Model.CLAN, RECOGNITION).signer_name == ""  # per model
    assert certs.plan(YEAR, RECOGNITION).sheets[0].number == "1/2025/GCN"
    for bad, field in (
        (replace(default, number_format="GCN-KH"), "number_format"),
        (replace(default, number_format="{so}/{x}"), "number_format"),
        (replace(default, number_format="{so:s}/GCN"), "number_format"),
        (replace(default, number_format="{so[0]}/GCN"), "number_format"),
        (replace(default, name_size=240), "name_size"),
        (replace(default, min_name_size=30), "min_name_size"),
        (replace(default, heading=" "), "heading"),
        (replace(default, margin_mm=-1), "margin_mm"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            certs.save_template(Model.FAMILY, RECOGNITION, bad)
        assert field in {i.field for i in caught.value.issues}
    assert certs.template(Model.FAMILY, RECOGNITION) == saved
    loose = CertificateTemplate.from_dict(
        {"heading": "GIẤY KHEN", "name_size": "big", "border": 1, "paper": "a3", "new": 1}, default
    )
    assert loose == replace(default, heading="GIẤY KHEN")


def test_a_landscape_a5_sheet(certs):
    certs.save_template(
        Model.FAMILY,
        RECOGNITION,
        replace(certs.template(Model.FAMILY, RECOGNITION), paper=Paper.A5),
    )
    page = PdfReader(io.BytesIO(certs.render(certs.plan(YEAR, RECOGNITION)).pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 420)


def test_a_logo_is_copied_in_and_printed_and_a_bad_one_refused(certs, tmp_path):
    source = tmp_path / "logo.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(source)
    name = certs.import_logo(source)
    source.unlink()  # the copy is the app's own
    template = replace(certs.template(Model.FAMILY, RECOGNITION), logo=name)
    certs.save_template(Model.FAMILY, RECOGNITION, template)
    assert b"/Subtype /Image" in certs.render(certs.plan(YEAR, RECOGNITION)).pdf
    garbage = tmp_path / "logo.jpg"
    garbage.write_bytes(b"not an image")
    with pytest.raises(BadInput) as caught:
        certs.import_logo(garbage)
    assert caught.value.code == "certificate.logo_bad"
    with pytest.raises(ValidationFailed):
        certs.save_template(Model.FAMILY, RECOGNITION, replace(template, logo="gone.png"))


def test_a_qr_code_carries_a_signed_payload_that_verifies(certs, tmp_path):
    template = replace(certs.template(Model.FAMILY, RECOGNITION), show_qr=True)
    certs.save_template(Model.FAMILY, RECOGNITION, template)
    batch = certs.plan(YEAR, RECOGNITION)
    sheet = batch.sheets[0]
    result = certs.verify(sheet.qr_payload)
    assert result.verdict is Verdict.GENUINE
    assert result.payload.recipient == sheet.recipient.name
    assert result.payload.number == "1/GCN-KH" and result.payload.year == YEAR
    assert result.signer_fingerprint == certs.key().fingerprint
    certs.save_pdf(certs.render(batch), tmp_path / "a.pdf")
    # A reprint carries the same certificate id as the first print.
    reprint = certs.plan(YEAR, RECOGNITION).sheets[0]
    assert certs.verify(reprint.qr_payload).payload.certificate_id == sheet.certificate_uuid
    assert certs.register(YEAR)[0].uuid == sheet.certificate_uuid
    prefix, body, signature = sheet.qr_payload.split(".")
    forged = ".".join((prefix, body, signature[:-2] + ("AA" if signature[-2:] != "AA" else "BA")))
    try:
        assert certs.verify(forged).verdict is Verdict.TAMPERED
    except UserError as exc:  # or unreadable: never genuine
        assert exc.code == "certificate.payload_malformed"


def test_the_register_prints_and_exports(certs, tmp_path):
    certs.save_pdf(certs.render(certs.plan(YEAR, RECOGNITION)), tmp_path / "a.pdf")
    certs.void(certs.register(YEAR)[1].id, "Mất giấy")
    path = certs.register_document(YEAR).write(tmp_path / "so.pdf")
    text = " ".join(text_of(path.read_bytes()))
    assert "SỔ CẤP GIẤY CÔNG NHẬN, GIẤY KHEN" in text and "1/GCN-KH" in text
    assert "Mất giấy" in text and "Công nhận Gia đình học tập" in text
    from openpyxl import load_workbook

    sheet = load_workbook(certs.export_register(YEAR, tmp_path / "so.xlsx")).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header = values.index(next(r for r in values if r[0] == "STT"))
    assert values[header + 1][1] == "1/GCN-KH"
    assert "Mất giấy" in values[header + 2][-1]


def test_the_installation_key_is_made_once_in_the_data_folder(certs, services):
    first = certs.key()
    assert Path(services.paths.key_path).is_file()
    assert services.certificates.key().fingerprint == first.fingerprint


def test_the_printed_qr_code_holds_exactly_the_signed_payload(certs):
    import segno

    template = replace(certs.template(Model.FAMILY, RECOGNITION), show_qr=True)
    certs.save_template(Model.FAMILY, RECOGNITION, template)
    batch = certs.plan(YEAR, RECOGNITION)
    page = PdfReader(io.BytesIO(certs.render(batch).pdf)).pages[0]
    (image,) = [i.image for i in page.images]
    matrix = segno.make_qr(batch.sheets[0].qr_payload, error="m", mask=0, boost_error=False).matrix
    quiet = (image.width - len(matrix)) // 2
    pixels = image.convert("1").load()
    drawn = [
        [int(pixels[quiet + x, quiet + y] == 0) for x in range(len(matrix))]
        for y in range(len(matrix))
    ]
    assert drawn == [list(row) for row in matrix]


def test_a_printed_certificate_scans_back_to_a_genuine_code(certs):
    """Rendered at 200 dpi, like a scan of the paper, the QR code decodes to the payload."""
    import pypdfium2
    import zxingcpp

    template = replace(certs.template(Model.FAMILY, RECOGNITION), show_qr=True)
    certs.save_template(Model.FAMILY, RECOGNITION, template)
    batch = certs.plan(YEAR, RECOGNITION)
    pdf = pypdfium2.PdfDocument(certs.render(batch).pdf)
    try:
        scan = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    (found,) = zxingcpp.read_barcodes(scan)
    assert found.text == batch.sheets[0].qr_payload
    assert certs.verify(found.text).verdict is Verdict.GENUINE
