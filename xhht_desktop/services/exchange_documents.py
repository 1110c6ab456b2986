"""The one-page summary that goes with a package: what it holds, for whom, and its key's
fingerprint, so the person receiving the USB stick can check it before importing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from xhht_desktop.services.cycle_documents import count_text, date_text
from xhht_desktop.services.pdf import AdminDocument, Column, Issuer, Signer

TABLE_NAMES = {
    "household": "Hộ gia đình",
    "person": "Nhân khẩu",
    "activity": "Hoạt động học tập",
    "attendance": "Lượt tham gia hoạt động",
    "local_unit": "Đơn vị (cơ quan, trường học, doanh nghiệp)",
    "clan": "Dòng họ",
    "clan_branch": "Chi họ",
    "clan_household": "Hộ thuộc dòng họ",
    "criteria_set": "Bộ tiêu chí",
    "review": "Cuộc họp bình xét",
    "decision": "Quyết định công nhận",
    "commendation": "Biểu dương, khen thưởng",
    "registration": "Đăng ký danh hiệu",
    "score_correction": "Đính chính điểm",
    "certificate": "Giấy công nhận đã cấp số",
    "certificate_print": "Lần in giấy công nhận",
    "unit_aggregate": "Số liệu tổng hợp (không có dữ liệu cá nhân)",
}
KIND_WORDS = {
    "full": "Toàn bộ dữ liệu",
    "incremental": "Các thay đổi từ gói đã được xác nhận",
    "aggregates": "Chỉ số liệu tổng hợp, không có dữ liệu cá nhân",
}


def package_summary(
    manifest: dict[str, Any], counts: dict[str, int], encrypted: bool, fingerprint: str
) -> AdminDocument:
    sender = manifest["sender"]
    created = dt.datetime.fromisoformat(str(manifest["created_at"]))
    doc = AdminDocument(
        f"Phiếu gửi gói dữ liệu số {manifest['sequence']}", author=sender["unit_name"]
    )
    doc.header(Issuer(sender["unit_name"]))
    doc.title(
        "Phiếu gửi gói dữ liệu", f"Gói số {manifest['sequence']} ngày {date_text(created.date())}"
    )
    lines = [
        ("Đơn vị gửi", f"{sender['unit_name']} (mã {sender['unit_code']})"),
        ("Gửi đến", manifest.get("recipient_unit_code") or "cấp trên"),
        ("Nội dung", KIND_WORDS.get(str(manifest["kind"]), str(manifest["kind"]))),
        ("Mã gói", str(manifest["package_id"])),
        (
            "Mã hóa",
            "Có: chỉ cấp trên mở được" if encrypted else "Không (chưa có khóa của cấp trên)",
        ),
        ("Dấu vân tay khóa của đơn vị gửi", fingerprint),
    ]
    doc.table([Column("Mục", 1.2), Column("Nội dung", 3.0)], [list(line) for line in lines])
    rows = [
        [str(n), TABLE_NAMES.get(name, name), count_text(count)]
        for n, (name, count) in enumerate(sorted(counts.items()), start=1)
    ]
    doc.heading("Số bản ghi trong gói")
    doc.table(
        [
            Column("STT", 0.5, "center"),
            Column("Loại dữ liệu", 3.0),
            Column("Số bản ghi", 1.0, "right"),
        ],
        rows or [["", "Không có thay đổi", ""]],
    )
    doc.paragraph(
        "Khi nhận gói, đối chiếu dấu vân tay khóa trên đây với đơn vị gửi (ví dụ qua điện thoại) "
        "trước khi chấp nhận gói đầu tiên.",
        indent=False,
    )
    doc.signers(Signer("Người lập", ""))
    return doc
