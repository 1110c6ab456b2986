"""certificates: 1,000 certificates of a ward's batch into one PDF, and its preview.

ours     = pdf.certificate.render() end to end: the glyph check of every string, fitting each
           line to its width, the static form (border, header, signer) placed on every page
baseline = bare reportlab: the same strings in the same fonts and sizes, drawn with
           drawCentredString at fixed places on blank pages (no check, no fitting, no border)
Each is the median of 3 runs after one warm-up. Target: ratio <= 2.0, and the in-app preview
shows the first page within 1 s. Also printed: the batch with a signed QR code on every sheet,
and the size of the PDF.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _data import median
from pypdf import PdfReader
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from xhht_desktop.domain.certificate_payload import CertificatePayload
from xhht_desktop.domain.certificates import CertificateTemplate, format_number
from xhht_desktop.services.cycle_documents import date_text, quoted
from xhht_desktop.services.pdf.certificate import CertificateRenderer, SheetText, render
from xhht_desktop.services.pdf.document import place_date_line
from xhht_desktop.services.pdf.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, register_fonts
from xhht_desktop.services.pdf.layout import MOTTO, NATIONAL_NAME
from xhht_desktop.services.signing import InstallationKey, sign_payload
from xhht_desktop.ui.widgets.pdf_view import PdfView

SHEETS = 1_000
RUNS = 3
YEAR = 2025
DECIDED = dt.date(YEAR, 11, 15)
PREVIEW_TIMEOUT = 30.0  # seconds: a preview that never shows fails instead of hanging

TEMPLATE = CertificateTemplate(
    issuer_parent="UBND PHƯỜNG BẾN THÀNH",
    issuer_body="HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH",
    heading="GIẤY CÔNG NHẬN",
    title="GIA ĐÌNH HỌC TẬP",
    granter="Chủ tịch Hội Khuyến học phường Bến Thành",
    place="Bến Thành",
    signer_on_behalf="TM. BAN CHẤP HÀNH",
    signer_title="CHỦ TỊCH",
    signer_name="Nguyễn Thị Thanh Hương",
    number_format="{so}/GCN-KH",
    show_qr=False,
)


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SURNAMES = words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh "
    "Trương Tô Lâm Quách Tạ Châu Mai Lương Thái Cao Kiều"
)
MIDDLES = words("Văn Thị Hữu Đức Công Quang Minh Thanh Ngọc Thu Xuân Hoài Kim Bảo Gia Phương")
GIVEN = words(
    "An Bình Châu Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Hương Khánh Lan Linh Long Mai "
    "Nam Nga Ngọc Nhung Phúc Phượng Quân Quỳnh Sơn Tâm Thảo Thắng Thủy Trang Trinh "
    "Tuấn Tùng Uyên Vân Việt Vy Yến Ánh Đạt Ẩn Khuê Nguyệt Tường Oanh Thoại"
)
STREETS = (
    "Lê Lợi",
    "Nguyễn Huệ",
    "Lê Thánh Tôn",
    "Nguyễn Thị Minh Khai",
    "Phạm Ngũ Lão",
    "Trương Định",
    "Nguyễn Du",
    "Tôn Thất Thiệp",
    "Lý Tự Trọng",
    "Hàm Nghi",
)


def person(rng: random.Random) -> str:
    """'Nguyễn Văn An', sometimes with two middle names."""
    middles = rng.sample(MIDDLES, rng.choice((1, 1, 1, 2)))
    return " ".join((rng.choice(SURNAMES), *middles, rng.choice(GIVEN)))


def long_name(rng: random.Random) -> str:
    """6 to 8 words: a couple ('Nguyễn Văn An và Trần Thị Bích Ngọc') or a Huế-style name."""
    if rng.random() < 0.7:
        while True:
            words = f"{person(rng)} và {person(rng)}".split()
            if 6 <= len(words) <= 8:
                return " ".join(words)
    if rng.random() < 0.5:
        return " ".join(("Tôn Nữ Thị", *rng.sample(GIVEN, rng.randint(3, 5))))
    return " ".join(("Công Tằng Tôn Nữ Thị", *rng.sample(GIVEN, rng.randint(1, 3))))


def sheets(template: CertificateTemplate) -> list[SheetText]:
    """What 1,000 sheets of one batch say, worded as CertificateService.sheet_text does."""
    rng = random.Random(2025)
    out = []
    for n in range(1, SHEETS + 1):
        name = long_name(rng) if n % 37 == 5 else person(rng)
        house = f"{rng.randint(1, 300)}" + (f"/{rng.randint(1, 40)}" if rng.random() < 0.4 else "")
        address = (
            f"Địa chỉ: {house} {rng.choice(STREETS)}, Khu phố {rng.randint(1, 12)}, "
            "phường Bến Thành, Thành phố Hồ Chí Minh"
        )
        out.append(
            SheetText(
                intro=f"{template.granter} công nhận",
                label="Gia đình ông/bà",
                name=unicodedata.normalize("NFC", name),
                address=address,
                achievement="Đạt danh hiệu",
                title=f"{quoted(template.title)} NĂM {YEAR}",
                decision=(
                    f"(Theo Quyết định số 12/QĐ-KH ngày {date_text(DECIDED)} "
                    "của Hội Khuyến học phường Bến Thành)"
                ),
                number=f"Số vào sổ: {format_number(template.number_format, n, YEAR)}",
                place_date=place_date_line(template.place, dt.date(YEAR, 11, 20)),
            )
        )
    return out


def with_qr(batch: list[SheetText], key: InstallationKey) -> list[SheetText]:
    """The same sheets, each with its own signed payload, as CertificateService signs them."""
    out = []
    for n, sheet in enumerate(batch, start=1):
        payload = CertificatePayload(
            certificate_id=f"00000000-0000-4000-8000-{n:012d}",
            number=sheet.number.removeprefix("Số vào sổ: "),
            recipient=sheet.name,
            year=YEAR,
            model="gia_dinh",
            issuer=TEMPLATE.issuer_body,
            kind="recognition",
            key_id=key.key_id,
        )
        out.append(replace(sheet, qr=sign_payload(key, payload)))
    return out


def ours(template: CertificateTemplate, batch: list[SheetText]) -> bytes:
    return render([(CertificateRenderer(template), batch)]).pdf


def baseline(template: CertificateTemplate, batch: list[SheetText]) -> bytes:
    """Every string the certificate prints, in its font and size, at fixed places."""
    t = template
    body = t.body_size
    width, height = landscape(A4)
    left, centre, right = width * 0.27, width / 2, width * 0.73
    static = (
        (FAMILY, 12, left, height - 50, t.issuer_parent.upper()),
        (BOLD, 12, left, height - 65, t.issuer_body.upper()),
        (BOLD, 12, right, height - 50, NATIONAL_NAME),
        (BOLD, 13, right, height - 66, MOTTO),
        (BOLD, body, right, 150, t.signer_on_behalf.upper()),
        (BOLD, body, right, 132, t.signer_title.upper()),
        (BOLD, body + 1, right, 50, t.signer_name),
    )
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), initialFontName=FAMILY, pageCompression=1)
    for s in batch:
        for font, size, x, y, text in static:
            canvas.setFont(font, size)
            canvas.drawCentredString(x, y, text)
        for font, size, x, y, text in (
            (BOLD, t.heading_size, centre, 455, t.heading),
            (FAMILY, body, centre, 420, s.intro),
            (ITALIC, body, centre, 398, s.label),
            (BOLD, t.name_size, centre, 365, s.name),
            (FAMILY, body, centre, 338, s.address),
            (FAMILY, body, centre, 316, s.achievement),
            (BOLD, t.title_size, centre, 288, s.title),
            (ITALIC, body - 1, centre, 262, s.decision),
            (ITALIC, body, right, 172, s.place_date),
            (BOLD_ITALIC, body - 1, left, 172, s.number),
        ):
            canvas.setFont(font, size)
            canvas.drawCentredString(x, y, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def timed(make: Callable[[], bytes]) -> tuple[float, bytes]:
    started = time.perf_counter()
    pdf = make()
    return time.perf_counter() - started, pdf


def check(pdf: bytes, batch: list[SheetText]) -> None:
    """The PDF has every page, and the last page names the last recipient."""
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == SHEETS, len(reader.pages)
    text = unicodedata.normalize("NFC", reader.pages[SHEETS - 1].extract_text())
    expected = unicodedata.normalize("NFC", batch[SHEETS - 1].name)
    assert expected in " ".join(text.split()), (expected, text)


def preview(app: QApplication, pdf: bytes, *, shown_first: bool) -> tuple[float, float, str]:
    """Seconds from set_pdf() (and show()) until the first page is drawn at the size it is shown
    (any re-render a resize asks for included), the seconds until the first pixmap at all,
    and that pixmap's size."""
    view = PdfView()
    view.resize(1100, 800)
    if shown_first:  # the dialog is on screen, the batch arrives from the background
        view.show()
        app.processEvents()
    started = time.perf_counter()
    view.set_pdf(pdf)
    view.show()
    first = None
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        now = time.perf_counter() - started
        pixmap = view.canvas.pixmap()
        if first is None and pixmap is not None and not pixmap.isNull():
            first = now
        if first is not None and not view._resize_timer.isActive():
            break
        assert now < PREVIEW_TIMEOUT, "the preview never showed the first page"
        time.sleep(0.001)
    pixmap = view.canvas.pixmap()
    assert view.page_count() == SHEETS, view.page_count()
    assert pixmap is not None and not pixmap.isNull()
    size = f"{pixmap.width()}x{pixmap.height()}"
    view.clear()  # closes the document now; deleteLater() waits for an event loop
    view.close()
    view.deleteLater()
    return now, first, size


def main() -> None:
    register_fonts()
    batch = sheets(TEMPLATE)
    timed(lambda: ours(TEMPLATE, batch))  # warm-up: imports, font metrics, caches
    timed(lambda: baseline(TEMPLATE, batch))
    mine, base = [], []
    pdf = b""
    for _ in range(RUNS):
        seconds, pdf = timed(lambda: ours(TEMPLATE, batch))
        mine.append(seconds)
        seconds, _ = timed(lambda: baseline(TEMPLATE, batch))
        base.append(seconds)
    check(pdf, batch)

    qr_template = replace(TEMPLATE, show_qr=True)
    with tempfile.TemporaryDirectory() as folder:
        key = InstallationKey.load_or_create(Path(folder) / "k.pem")
        started = time.perf_counter()
        qr_batch = with_qr(batch, key)
        signing = time.perf_counter() - started
    qr_times = []
    qr_pdf = b""
    for _ in range(RUNS):
        seconds, qr_pdf = timed(lambda: ours(qr_template, qr_batch))
        qr_times.append(seconds)
    check(qr_pdf, qr_batch)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    cold, cold_first, cold_size = preview(app, pdf, shown_first=False)  # loads pdfium too
    warm = [preview(app, pdf, shown_first=False)[0] for _ in range(RUNS)]
    onto_shown = [preview(app, pdf, shown_first=True)[0] for _ in range(RUNS)]

    o, b = median(mine), median(base)
    size, qr_size = len(pdf) / 1e6, len(qr_pdf) / 1e6
    print(f"sheets: {SHEETS:,}; PDF {size:.2f} MB (with QR codes {qr_size:.2f} MB)")
    print(
        f"with a signed QR code on every sheet: {median(qr_times):.3f} s to render "
        f"(+ {signing:.3f} s signing {SHEETS:,} payloads)"
    )
    print(
        f"preview: first pixmap {cold_first:.3f} s, at the shown size ({cold_size}) "
        f"{cold:.3f} s (first use, pdfium loaded); again {median(warm):.3f} s; "
        f"into a view already shown {median(onto_shown):.3f} s"
    )
    print(f"certificates_preview: first page in {cold:.3f} s")
    print(f"certificates: ours={o:.3f} baseline={b:.3f} ratio={o / b:.3f}")


if __name__ == "__main__":
    main()
