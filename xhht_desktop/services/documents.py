"""Printed documents of the branch, built on the PDF foundation (services/pdf)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from xhht_desktop.domain.entities import EconomicStatus, HouseholdFilter, Installation, Level
from xhht_desktop.domain.validation import format_phone
from xhht_desktop.services.households import HouseholdService
from xhht_desktop.services.installation import InstallationService
from xhht_desktop.services.pdf import AdminDocument, Column, Issuer, Signer, place_date_line

_STATUS = {
    EconomicStatus.NONE: "",
    EconomicStatus.POOR: "Hộ nghèo",
    EconomicStatus.NEAR_POOR: "Hộ cận nghèo",
}
_PLACE_PREFIXES = ("Phường ", "Xã ", "Đặc khu ", "Thành phố ", "Tỉnh ")


def place_name(inst: Installation) -> str:
    """The place of the place-and-date line: "Bến Thành" for Phường Bến Thành."""
    name = inst.commune_name or inst.province_name
    for prefix in _PLACE_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


_BRANCH_PREFIXES = ("Chi hội Khuyến học ", "Chi hội khuyến học ", "Chi hội ")


def area_name(unit_name: str) -> str:
    """The khu phố or ấp a branch serves: "Khu phố 3" for "Chi hội Khuyến học Khu phố 3"; other
    names as they are."""
    for prefix in _BRANCH_PREFIXES:
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def issuer(inst: Installation) -> Issuer:
    """A branch issues under its ward association; an association under its own name."""
    if inst.level is Level.BRANCH:
        return Issuer(inst.unit_name, parent=inst.association_name)
    return Issuer(inst.association_name)


def describe_filter(flt: HouseholdFilter) -> str:
    parts = []
    if flt.group:
        parts.append(flt.group)
    if flt.economic_status is not None:
        parts.append(_STATUS[flt.economic_status] or "Hộ không thuộc diện nghèo")
    if flt.text.strip():
        parts.append(f"tìm \u201c{flt.text.strip()}\u201d")
    return ", ".join(parts)


class DocumentService:
    def __init__(
        self,
        installation: InstallationService,
        households: HouseholdService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self.installation = installation
        self.households = households
        self.today = today

    def household_list(self, flt: HouseholdFilter) -> AdminDocument:
        """The register (or the part of it `flt` selects) as a signed list."""
        inst = self.installation.require()
        ids = self.households.ids(flt)
        rows = [
            row
            for chunk in range(0, len(ids), 500)
            for row in self.households.rows(ids[chunk : chunk + 500])
        ]
        doc = AdminDocument("Danh sách hộ gia đình", author=inst.unit_name, landscape=True)
        doc.header(issuer(inst), place_date=place_date_line(place_name(inst), self.today()))
        scope = describe_filter(flt)
        doc.title("Danh sách hộ gia đình", inst.unit_name + (f" ({scope})" if scope else ""))
        doc.table(
            [
                Column("STT", 0.6, "center"),
                Column("Chủ hộ", 2.4),
                Column("Địa chỉ", 3.2),
                Column("Số người", 0.9, "center"),
                Column("Điện thoại", 1.5),
                Column("Hoàn cảnh", 1.5),
                Column("Ghi chú", 2.0),
            ],
            [
                (
                    str(n),
                    r.head_name,
                    r.address,
                    r.member_count,
                    format_phone(r.phone),
                    _STATUS[r.economic_status],
                    r.notes.replace("\n", " "),
                )
                for n, r in enumerate(rows, start=1)
            ],
        )
        people = sum(r.member_count for r in rows)
        doc.paragraph(f"Tổng cộng: {len(rows)} hộ, {people} nhân khẩu.", indent=False)
        head = "Chi hội trưởng" if inst.level is Level.BRANCH else "Chủ tịch"
        doc.signers(Signer("Người lập danh sách", ""), Signer(head, ""))
        return doc

    def write_household_list(self, flt: HouseholdFilter, path: Path) -> Path:
        return self.household_list(flt).write(path)
