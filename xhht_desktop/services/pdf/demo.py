"""A sample document exercising every block: to look at after a layout change, and for tests."""

from __future__ import annotations

import datetime as dt
import random

from xhht_desktop.services.pdf.document import AdminDocument, place_date_line
from xhht_desktop.services.pdf.layout import SIGN_SEAL, Column, Issuer, Signer

_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ"]
_MIDDLE = ["Văn", "Thị", "Hữu", "Ngọc", "Đức", "Thu", "Minh", "Bích", "Quốc", "Mỹ", "Thanh"]
_GIVEN = [
    "Anh", "Bình", "Cường", "Dũng", "Hải", "Hằng", "Hồng", "Hùng", "Khoa", "Lộc", "Nguyệt",
    "Nhung", "Phúc", "Quỳnh", "Sơn", "Thảo", "Thắng", "Tuấn", "Uyên", "Việt", "Yến", "Đạt",
]  # fmt: skip
_STREETS = ["Lê Lợi", "Lý Tự Trọng", "Nguyễn Trãi", "Phạm Ngũ Lão", "Trương Định", "Thủ Khoa Huân"]
_MODELS = ["Gia đình học tập", "Gia đình học tập", "Công dân học tập", "Dòng họ học tập"]


def sample_rows(count: int = 120, seed: int = 2025) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    rows = []
    for n in range(1, count + 1):
        name = f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"
        address = f"{rng.randint(1, 240)} {rng.choice(_STREETS)}"
        rows.append((str(n), name, address, f"Tổ {rng.randint(1, 8)}", rng.choice(_MODELS), ""))
    return rows


def sample_document(count: int = 120, *, landscape: bool = False) -> AdminDocument:
    """A list of `count` households registering for the 2025 titles, signed by two people."""
    day = dt.date(2025, 9, 2)
    doc = AdminDocument(
        "Danh sách hộ đăng ký năm 2025",
        author="Hội Khuyến học phường Bến Thành",
        landscape=landscape,
    )
    doc.header(
        Issuer("Hội Khuyến học phường Bến Thành", parent="UBND phường Bến Thành"),
        number="15/DS-KH",
        place_date=place_date_line("Bến Thành", day),
    )
    doc.title(
        "Danh sách",
        "Hộ gia đình đăng ký danh hiệu học tập năm 2025",
        "(Kèm theo Kế hoạch số 07/KH-KH ngày 15/8/2025 của Hội Khuyến học phường)",
    )
    doc.paragraph(
        "Căn cứ kết quả đăng ký của các chi hội khuyến học khu phố, Hội Khuyến học phường "
        "Bến Thành lập danh sách các hộ gia đình đăng ký phấn đấu đạt danh hiệu học tập năm "
        "2025 như sau (ký hiệu tiền tệ: ₫; chữ Ư Ơ Ă Â Đ ỹ ự ậ):"
    )
    doc.table(
        [
            Column("STT", 0.7, "center"),
            Column("Họ và tên chủ hộ", 2.6),
            Column("Địa chỉ", 2.6),
            Column("Tổ", 0.8, "center"),
            Column("Danh hiệu đăng ký", 2.2),
            Column("Ghi chú", 1.1),
        ],
        sample_rows(count),
    )
    doc.paragraph(f"Tổng cộng: {count} hộ gia đình.", indent=False)
    doc.signers(
        Signer("Người lập danh sách", "Trần Thị Ngọc Bích"),
        Signer("Chủ tịch", "Nguyễn Văn Hùng", on_behalf="TM. Ban Chấp hành", note=SIGN_SEAL),
    )
    return doc
