"""Drawing certificates: long names fitted (shrink, then two lines, then a warning), text
decomposed (NFD) drawn and extracted as NFC, empty batches still a PDF, A5 scaled."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from xhht_desktop.domain.certificates import CertificateTemplate, Paper
from xhht_desktop.services.pdf.certificate import CertificateRenderer, SheetText, render
from xhht_desktop.services.pdf.fitting import fit_text
from xhht_desktop.services.pdf.fonts import BOLD, register_fonts

TEMPLATE = CertificateTemplate(
    issuer_body="HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH",
    title="GIA ĐÌNH HỌC TẬP",
    granter="Chủ tịch Hội Khuyến học phường Bến Thành",
    place="Bến Thành",
    signer_name="Trần Thị Mai",
)
LONG = (
    "Công ty Trách nhiệm hữu hạn Một thành viên Xây dựng và Thương mại Dịch vụ Sài Gòn "
    "Bến Thành Chi nhánh Quận Một cũ"
)


def sheet(name: str) -> SheetText:
    return SheetText(
        intro="Chủ tịch Hội Khuyến học phường Bến Thành công nhận",
        label="Gia đình ông/bà",
        name=name,
        address="Địa chỉ: 12 Lê Lợi, Tổ 3, Khu phố 3, phường Bến Thành",
        achievement="Đạt danh hiệu",
        title="“GIA ĐÌNH HỌC TẬP” NĂM 2025",
        decision="(Theo Quyết định số 12/QĐ-KH ngày 20/11/2025)",
        number="Số vào sổ: 15/GCN-KH",
        place_date="Bến Thành, ngày 20 tháng 11 năm 2025",
    )


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()


def test_a_short_name_keeps_its_size():
    fitted = fit_text("Lê Văn An", BOLD, 26, 16, 600)
    assert (fitted.lines, fitted.size, fitted.overflow) == (("Lê Văn An",), 26, False)


def test_a_longer_name_shrinks_on_one_line_but_not_below_the_smallest_size():
    name = "Nguyễn Hoàng Thị Thanh Hương Giang"
    width = stringWidth(name, BOLD, 26) * 0.8
    fitted = fit_text(name, BOLD, 26, 16, width)
    assert len(fitted.lines) == 1 and 16 <= fitted.size < 26 and not fitted.overflow
    assert stringWidth(name, BOLD, fitted.size) <= width + 0.01


def test_a_very_long_name_takes_two_balanced_lines():
    width = stringWidth(LONG, BOLD, 16) * 0.6
    fitted = fit_text(LONG, BOLD, 26, 16, width)
    assert len(fitted.lines) == 2 and fitted.size >= 16 and not fitted.overflow
    assert " ".join(fitted.lines) == LONG
    widths = [stringWidth(line, BOLD, fitted.size) for line in fitted.lines]
    assert max(widths) <= width + 0.01 and min(widths) > 0.6 * max(widths)


def test_a_name_that_fits_nowhere_is_drawn_smaller_and_flagged():
    width = stringWidth(LONG, BOLD, 16) * 0.3
    fitted = fit_text(LONG, BOLD, 26, 16, width)
    assert fitted.overflow and fitted.size < 16 and len(fitted.lines) == 2
    assert max(stringWidth(line, BOLD, fitted.size) for line in fitted.lines) <= width + 0.01
    word = fit_text("A" * 200, BOLD, 26, 16, 300)  # no space to wrap at
    assert word.overflow and len(word.lines) == 1


def test_the_renderer_reports_the_name_that_overflowed():
    renderer = CertificateRenderer(TEMPLATE)
    huge = " ".join([LONG] * 3)
    result = render([(renderer, [sheet("Lê Văn An"), sheet(huge)])])
    assert [index for index, _ in result.overflows] == [1]


def test_decomposed_input_is_drawn_and_read_back_composed():
    name = "Nguyễn Thị Hồng Nhung"
    nfd = unicodedata.normalize("NFD", name)
    assert nfd != name
    pdf = render([(CertificateRenderer(TEMPLATE), [sheet(nfd)])]).pdf
    text = unicodedata.normalize("NFC", PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
    assert name in text
    # NFC went to the PDF itself: the decomposed letters' combining marks were never drawn.
    raw = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "\u0303" not in raw and "\u0300" not in raw


def test_an_empty_batch_is_still_a_pdf_and_a5_is_scaled():
    assert len(PdfReader(io.BytesIO(render([]).pdf)).pages) == 1
    a5 = CertificateRenderer(CertificateTemplate(**{**TEMPLATE.to_dict(), "paper": Paper.A5}))
    page = PdfReader(io.BytesIO(render([(a5, [sheet("Lê Văn An")])]).pdf)).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 420)
    assert "Lê Văn An" in page.extract_text()
