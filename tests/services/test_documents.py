"""Printed lists: the right rows, Vietnamese that round-trips, the administrative layout."""

from __future__ import annotations

import datetime as dt
import unicodedata

from pypdf import PdfReader

from xhht_desktop.domain.entities import (
    EconomicStatus,
    HouseholdDraft,
    HouseholdFilter,
    PersonDraft,
)
from xhht_desktop.services.documents import DocumentService, describe_filter


def text_of(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_the_household_list_prints_the_filtered_register(services, tmp_path):
    services.households.save(
        HouseholdDraft(
            members=(
                PersonDraft(full_name=unicodedata.normalize("NFD", "Nguyễn Thị Hồng")),
                PersonDraft(full_name="Lê Văn Đức"),
            ),
            street="Lê Lợi",
            house_number="12",
            group="Tổ 3",
            phone="0903123456",
            economic_status=EconomicStatus.NEAR_POOR,
        )
    )
    services.households.save(
        HouseholdDraft(members=(PersonDraft(full_name="Trần Văn An"),), group="Tổ 5")
    )
    documents = DocumentService(
        services.installation, services.households, today=lambda: dt.date(2026, 9, 2)
    )
    path = documents.write_household_list(HouseholdFilter(group="Tổ 3"), tmp_path / "ds.pdf")
    text = text_of(path)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "DANH SÁCH HỘ GIA ĐÌNH",
        "Nguyễn Thị Hồng",
        "0903 123 456",
        "Hộ cận nghèo",
        "Bến Thành, ngày 02 tháng 9 năm 2026",
        "Tổng cộng: 1 hộ, 2 nhân khẩu.",
        "CHI HỘI TRƯỞNG",
        "(Tổ 3)",
    ):
        assert expected in text, expected
    assert "Trần Văn An" not in text


def test_filters_are_described_in_the_subtitle():
    assert describe_filter(HouseholdFilter()) == ""
    assert (
        describe_filter(
            HouseholdFilter(group="Tổ 2", economic_status=EconomicStatus.POOR, text=" hong ")
        )
        == "Tổ 2, Hộ nghèo, tìm \u201chong\u201d"
    )
