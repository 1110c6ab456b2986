"""Local units and clans: records, clan trees, member households, trash."""

from __future__ import annotations

import pytest

from xhht_desktop.domain.entities import (
    ClanBranch,
    ClanDraft,
    HouseholdDraft,
    LocalUnitDraft,
    PersonDraft,
    UnitKind,
)
from xhht_desktop.errors import NotFound, ValidationFailed


def household(services, head: str) -> int:
    household_id, _ = services.households.save(
        HouseholdDraft(members=(PersonDraft(full_name=head),))
    )
    return household_id


def test_unit_round_trip_with_nfc_and_phone(services):
    import unicodedata

    unit_id, _ = services.groups.save_unit(
        LocalUnitDraft(
            name=unicodedata.normalize("NFD", "Trường Tiểu học Lê Ngọc Hân"),
            kind=UnitKind.SCHOOL,
            head_name="Phạm Thị Thu",
            staff_count=48,
            address="12 Lê Lợi",
            phone="028 3822 1234",
        )
    )
    unit = services.groups.get_unit(unit_id)
    assert unit.name == "Trường Tiểu học Lê Ngọc Hân"
    assert (unit.kind, unit.staff_count, unit.phone) == (UnitKind.SCHOOL, 48, "02838221234")
    assert [u.name for u in services.groups.units("le ngoc han")] == [unit.name]


def test_unit_bad_input(services):
    with pytest.raises(ValidationFailed) as caught:
        services.groups.save_unit(LocalUnitDraft(name=" ", staff_count=-3, phone="12"))
    assert {i.field for i in caught.value.issues} == {"name", "staff_count", "phone"}
    assert services.groups.units() == []


def test_unit_trash_and_restore(services):
    unit_id, _ = services.groups.save_unit(
        LocalUnitDraft(name="Công ty TNHH Minh Phát", kind=UnitKind.ENTERPRISE)
    )
    services.groups.delete_unit(unit_id)
    assert services.groups.units() == []
    assert [u.id for u in services.groups.units(deleted=True)] == [unit_id]
    services.groups.delete_unit(unit_id, restore=True)
    assert [u.id for u in services.groups.units()] == [unit_id]


def test_clan_with_a_tree_and_households(services):
    a, b, c = (
        household(services, n) for n in ("Nguyễn Đình An", "Nguyễn Đình Bảo", "Nguyễn Đình Cường")
    )
    clan_id, _ = services.groups.save_clan(
        ClanDraft(
            name="Họ Nguyễn Đình",
            head_name="Nguyễn Đình Lộc",
            board_head="Nguyễn Đình Tâm",
            fund_notes="Quỹ khuyến học 25.000.000 đồng (2026)",
            branches=(
                ClanBranch("Chi trưởng", "Nguyễn Đình Lộc"),
                ClanBranch("Chi thứ", "Nguyễn Đình Phúc"),
                ClanBranch("Nhánh 1 của chi thứ", parent=1),
            ),
            household_ids=frozenset({a, b}),
            households_elsewhere=14,
        )
    )
    clan = services.groups.get_clan(clan_id)
    assert [(br.name, br.parent) for br in clan.branches] == [
        ("Chi trưởng", None),
        ("Chi thứ", None),
        ("Nhánh 1 của chi thứ", 1),
    ]
    assert clan.household_ids == frozenset({a, b})
    [row] = services.groups.clans()
    assert (row.branches, row.households, row.households_elsewhere) == (3, 2, 14)
    # Edit: drop a branch and a household, add another; ids of kept branches stay.
    kept = clan.branches[1]
    services.groups.save_clan(
        ClanDraft(
            name=clan.name,
            branches=(kept, ClanBranch("Nhánh mới", parent=0)),
            household_ids=frozenset({b, c}),
            id=clan_id,
        )
    )
    again = services.groups.get_clan(clan_id)
    assert again.branches[0].id == kept.id
    assert [(br.name, br.parent) for br in again.branches] == [("Chi thứ", None), ("Nhánh mới", 0)]
    assert again.household_ids == frozenset({b, c})


def test_clan_tree_must_list_parents_first(services):
    with pytest.raises(ValidationFailed) as caught:
        services.groups.save_clan(
            ClanDraft(name="Họ Trần", branches=(ClanBranch("Nhánh", parent=1), ClanBranch("Chi")))
        )
    assert [i.field for i in caught.value.issues] == ["branches.0.parent"]
    with pytest.raises(NotFound):
        services.groups.save_clan(ClanDraft(name="Họ Trần", household_ids=frozenset({987_654})))
    assert services.groups.clans() == []


def test_trashed_households_do_not_count_but_come_back(services):
    a = household(services, "Lê Văn Tám")
    clan_id, _ = services.groups.save_clan(ClanDraft(name="Họ Lê", household_ids=frozenset({a})))
    services.households.delete(a)
    assert services.groups.clans()[0].households == 0
    services.groups.save_clan(services.groups.get_clan(clan_id))  # still saves
    services.households.restore(a)
    assert services.groups.clans()[0].households == 1
