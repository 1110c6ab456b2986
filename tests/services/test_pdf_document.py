"""Administrative documents: text that survives the round trip, embedded fonts, page numbers,
repeated table headers, signers never alone, and atomic writing. Read back with pypdf only."""

import datetime as dt
import io
import os
import re
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from xhht_desktop.services.pdf import (
    AdminDocument,
    Column,
    Issuer,
    PdfLayoutFailed,
    PdfMissingGlyphs,
    PdfUnwritable,
    Signer,
    place_date_line,
)
from xhht_desktop.services.pdf.demo import sample_document, sample_rows

STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique", "Symbol", "Times-Bold",
    "Times-BoldItalic", "Times-Italic", "Times-Roman", "ZapfDingbats",
}  # fmt: skip
SUBSET = re.compile(r"/[A-Z]{6}\+NotoSerif-(Regular|Bold|Italic|BoldItalic)")
COLUMNS = [Column("STT", 0.7, "center"), Column("Họ và tên", 3), Column("Địa chỉ", 3)]


def pages_text(data: bytes) -> list[str]:
    """Each page's text with runs of blanks made single (extraction spacing is not ours)."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def people(count: int) -> list[tuple[str, str, str]]:
    return [(str(n), name, address) for n, name, address, *_ in sample_rows(count)]


def make_document(text=lambda s: s) -> AdminDocument:
    """A short document in every block; `text` transforms every string (e.g. to NFD)."""
    doc = AdminDocument(text("Danh sách hộ đăng ký"), author=text("Hội Khuyến học"))
    doc.header(
        Issuer(text("Hội Khuyến học phường Bến Thành"), text("UBND phường Bến Thành")),
        number=text("15/DS-KH"),
        place_date=place_date_line(text("Bến Thành"), dt.date(2025, 9, 2)),
    )
    doc.title(text("Danh sách"), text("Hộ gia đình đăng ký năm 2025"), text("(Kèm theo)"))
    doc.heading(text("I. Kết quả đăng ký"))
    doc.paragraph(text("Tổng số tiền thưởng: 1.500.000 ₫; chữ Ư Ơ Ă Â Đ ỹ ự ậ ở."))
    doc.table(COLUMNS, [tuple(text(v) for v in row) for row in people(8)])
    doc.signers(
        Signer(text("Người lập danh sách"), text("Trần Thị Ngọc Bích")),
        Signer(text("Chủ tịch"), text("Nguyễn Văn Hùng"), on_behalf=text("TM. Ban Chấp hành")),
    )
    return doc


@pytest.fixture(scope="module")
def short_pdf() -> bytes:
    return make_document().to_bytes(invariant=True)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    """The demo: 120 households over several pages, two signers."""
    return sample_document(120).to_bytes()


EXPECTED = [
    "UBND PHƯỜNG BẾN THÀNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 15/DS-KH",
    "Bến Thành, ngày 02 tháng 9 năm 2025",
    "DANH SÁCH",
    "Hộ gia đình đăng ký năm 2025",
    "I. Kết quả đăng ký",
    "1.500.000 ₫",
    "Ư Ơ Ă Â Đ ỹ ự ậ ở",
    "TM. BAN CHẤP HÀNH",
    "NGƯỜI LẬP DANH SÁCH",
    "(Ký, ghi rõ họ tên)",
    "Trần Thị Ngọc Bích",
    "Nguyễn Văn Hùng",
    "Trang 1/1",
]


def test_vietnamese_text_survives_the_round_trip(short_pdf):
    (text,) = pages_text(short_pdf)
    assert unicodedata.is_normalized("NFC", text)
    for expected in EXPECTED + [name for _, name, _ in people(8)]:
        assert expected in text


def test_nfd_input_gives_the_same_pdf_as_nfc(short_pdf):
    nfd = make_document(lambda s: unicodedata.normalize("NFD", s)).to_bytes(invariant=True)
    assert nfd == short_pdf  # same glyphs in the same places: nothing decomposed is drawn
    assert all(expected in pages_text(nfd)[0] for expected in EXPECTED)


def test_properties_name_the_document(short_pdf):
    meta = PdfReader(io.BytesIO(short_pdf)).metadata
    assert meta.title == "Danh sách hộ đăng ký"
    assert meta.author == "Hội Khuyến học"
    assert meta.creator == "XHHT Desktop"


def test_only_embedded_truetype_subsets_of_noto_serif(long_pdf):
    reader = PdfReader(io.BytesIO(long_pdf))
    names = set()
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            names.add(font["/BaseFont"])
            assert font["/Subtype"] == "/TrueType"
            assert SUBSET.fullmatch(font["/BaseFont"])
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # the glyphs are inside
            assert "/ToUnicode" in font  # so text can be copied and searched
    styles = {n.split("+")[1] for n in names}
    assert styles == {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic"}
    assert not {n.lstrip("/") for n in names} & STANDARD_14


def test_long_tables_repeat_their_headers_and_number_the_pages(long_pdf):
    texts = pages_text(long_pdf)
    total = len(texts)
    assert total >= 3
    for number, text in enumerate(texts, 1):
        assert f"Trang {number}/{total}" in text
        assert "STT Họ và tên chủ hộ Địa chỉ Tổ Danh hiệu" in text  # header on every page
    # every row exactly once: none lost or repeated at a page break
    for row in sample_rows(120):
        line = " ".join(row[:5])
        assert sum(t.count(line) for t in texts) == 1, line
    assert "Tổng cộng: 120 hộ gia đình." in texts[-1]
    assert "Nguyễn Văn Hùng" in texts[-1]


def test_page_label_can_be_changed_or_left_out():
    doc = make_document()
    doc.page_label = "Page {page} of {pages}"
    assert "Page 1 of 1" in pages_text(doc.to_bytes())[0]
    doc.page_label = None
    assert "Trang" not in pages_text(doc.to_bytes())[0]


def test_landscape_pages_are_wide():
    doc = make_document()
    doc.landscape = True
    box = PdfReader(io.BytesIO(doc.to_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    box = PdfReader(io.BytesIO(make_document().to_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_signers_never_stand_alone_on_a_page():
    """Room for the signatures so tall that the block cannot follow the table on page 1: the
    last rows of the table go over with it, under a repeated header."""
    doc = AdminDocument("Danh sách")
    doc.title("Danh sách")
    doc.table(COLUMNS, people(5))
    doc.signers(Signer("Chủ tịch", "Nguyễn Văn Hùng"), space=190 * mm)
    first, second = pages_text(doc.to_bytes())
    names = [name for _, name, _ in people(5)]
    assert all(name in first for name in names[:2])
    assert "STT Họ và tên Địa chỉ" in second
    assert all(name in second for name in names[2:])
    assert "Nguyễn Văn Hùng" in second


def test_one_signer_and_the_date_above_it():
    doc = AdminDocument("Báo cáo")
    doc.paragraph("Nội dung.")
    doc.signers(
        Signer("Chủ tịch", "Lê Thị Thu"),
        place_date=place_date_line("Bến Thành", None),
    )
    text = pages_text(doc.to_bytes())[0]
    assert "Bến Thành, ngày ..... tháng ..... năm ........ CHỦ TỊCH (Ký, ghi rõ họ tên)" in text
    with pytest.raises(ValueError):
        doc.signers(*[Signer("A", "B")] * 3)


def test_table_with_column_groups():
    doc = AdminDocument("Phiếu chấm điểm")
    columns = [Column("STT", 0.6), Column("Họ và tên", 3), Column("TC 1"), Column("TC 2")]
    doc.table(columns, [("1", "Lê Văn A", "10", "")], groups=[("", 1), ("", 1), ("Tiêu chí", 2)])
    text = pages_text(doc.to_bytes())[0]
    assert "Tiêu chí" in text and "TC 1" in text and "Lê Văn A" in text
    with pytest.raises(ValueError):
        doc.table(columns, [], groups=[("Tiêu chí", 3)])
    with pytest.raises(ValueError):
        doc.table(columns, [("1", "too few")])


def test_plain_text_is_escaped_and_markup_is_kept_when_asked():
    doc = AdminDocument("x")
    doc.paragraph("a < b & <b>c</b>")
    doc.paragraph("<b>đậm</b> &amp; <i>nghiêng</i>", raw=True)
    text = pages_text(doc.to_bytes())[0]
    assert "a < b & <b>c</b>" in text
    assert "đậm & nghiêng" in text


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (dt.date(2025, 9, 2), "Bến Thành, ngày 02 tháng 9 năm 2025"),
        (dt.date(2025, 1, 5), "Bến Thành, ngày 05 tháng 01 năm 2025"),
        (dt.date(2026, 2, 28), "Bến Thành, ngày 28 tháng 02 năm 2026"),
        (dt.date(2025, 3, 9), "Bến Thành, ngày 09 tháng 3 năm 2025"),
        (dt.date(2025, 12, 10), "Bến Thành, ngày 10 tháng 12 năm 2025"),
        (None, "Bến Thành, ngày ..... tháng ..... năm ........"),
    ],
)
def test_place_and_date_line(date, expected):
    assert place_date_line("Bến Thành", date) == expected


def test_place_and_date_line_template_and_nfd_place():
    place = unicodedata.normalize("NFD", " Phường Bến Thành ")
    line = place_date_line(place, dt.date(2025, 9, 2), "{place}, {day}/{month}/{year}")
    assert line == "Phường Bến Thành, 02/9/2025"


def test_missing_glyphs_are_named_and_nothing_is_written(tmp_path):
    doc = make_document()
    doc.paragraph("Chữ Hán 中 và biểu tượng 😀")
    assert doc.missing_glyphs() == ["中", "😀"]
    with pytest.raises(PdfMissingGlyphs) as caught:
        doc.write(tmp_path / "out.pdf")
    assert caught.value.code == "pdf.missing_glyphs"
    assert caught.value.params["chars"] == "中 (U+4E2D), 😀 (U+1F600)"
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(PdfMissingGlyphs):
        doc.to_bytes()


def test_write_replaces_the_file_in_one_step(tmp_path):
    target = tmp_path / "danh sách.pdf"
    target.write_bytes(b"old")
    assert make_document().write(target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["danh sách.pdf"]


@pytest.mark.parametrize("where", ["missing folder", "a folder"])
def test_unwritable_path_raises_its_code_and_leaves_nothing(tmp_path, where):
    target = tmp_path / "no such folder" / "out.pdf"
    if where == "a folder":
        target = tmp_path / "out.pdf"
        target.mkdir()
    with pytest.raises(PdfUnwritable) as caught:
        make_document().write(target)
    assert caught.value.code == "pdf.unwritable"
    assert caught.value.params["file"] == str(target)
    assert caught.value.params["detail"]
    assert [p.name for p in tmp_path.iterdir()] == ([] if where != "a folder" else ["out.pdf"])


def test_a_failure_while_writing_keeps_the_old_file_and_no_partial_one(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def disk_full(out, *, invariant=False):
        out.write(b"%PDF-1.4 partial")
        raise OSError(28, os.strerror(28))

    doc = make_document()
    monkeypatch.setattr(doc, "render", disk_full)
    with pytest.raises(PdfUnwritable) as caught:
        doc.write(target)
    assert caught.value.params["detail"] == os.strerror(28)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_a_cell_taller_than_a_page_is_a_layout_error(tmp_path):
    doc = AdminDocument("x")
    doc.table(COLUMNS, [("1", "Lê Văn A", "chữ " * 3000)])
    with pytest.raises(PdfLayoutFailed) as caught:
        doc.write(tmp_path / "out.pdf")
    assert caught.value.code == "pdf.layout"
    assert list(tmp_path.iterdir()) == []


def test_an_empty_table_still_has_its_header():
    doc = AdminDocument("x")
    doc.table(COLUMNS, [])
    assert "STT Họ và tên Địa chỉ" in pages_text(doc.to_bytes())[0]
