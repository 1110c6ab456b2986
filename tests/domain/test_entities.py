"""Addresses are written numbers and street first, then tổ and khu phố."""

import pytest

from xhht_desktop.domain.entities import EconomicStatus, HouseholdRow, format_address


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("12", "Lê Lợi", "Tổ 3", "Khu phố 2"), "12 Lê Lợi, Tổ 3, Khu phố 2"),
        (("12", "Lê Lợi", "3", ""), "12 Lê Lợi, Tổ 3"),
        (("", "Lê Lợi", "", ""), "Lê Lợi"),
        (("12/4", "", "", "Ấp Bình Hòa"), "12/4, Ấp Bình Hòa"),
        (("", "", "Tổ 5", ""), "Tổ 5"),
        (("", "", "", ""), ""),
    ],
)
def test_format_address(parts, expected):
    assert format_address(*parts) == expected


def test_household_row_address():
    row = HouseholdRow(
        1, "Nguyễn Văn Nam", "7", "Pasteur", "Tổ 1", "Khu phố 3", 2, "", EconomicStatus.NONE, ""
    )
    assert row.address == "7 Pasteur, Tổ 1, Khu phố 3"
