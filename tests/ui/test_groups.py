from __future__ import annotations

from xhht_desktop.domain.entities import ClanDraft, HouseholdFilter, LocalUnitDraft, UnitKind
from xhht_desktop.ui.dialogs.clan_editor import ClanEditor
from xhht_desktop.ui.dialogs.unit_editor import UnitEditor

from .conftest import type_text


def test_unit_editor_saves_and_the_page_lists_it(desktop, qtbot) -> None:
    editor = UnitEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(editor)
    editor.load(LocalUnitDraft(name=""))
    type_text(editor.name, "Trường THCS Văn Lang")
    editor.kind.setCurrentIndex(editor.kind.findData(UnitKind.SCHOOL))
    editor.staff.setValue(62)
    type_text(editor.phone, "0283 822 1234")
    editor.save()
    assert editor.saved_id is not None
    unit = desktop.services.groups.get_unit(editor.saved_id)
    assert (unit.name, unit.kind, unit.staff_count, unit.phone) == (
        "Trường THCS Văn Lang",
        UnitKind.SCHOOL,
        62,
        "02838221234",
    )
    page = desktop.window.pages["units"]
    assert [r.id for r in page.rows] == [editor.saved_id]
    assert page.table.item(0, 1).text() == "School"


def test_unit_editor_says_what_is_wrong(desktop, qtbot) -> None:
    editor = UnitEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(editor)
    editor.load(LocalUnitDraft(name=""))
    type_text(editor.phone, "12")
    editor.save()
    assert editor.saved_id is None
    assert editor._errors["name"].text() == "Please enter a name."
    assert "phone" in editor._errors["phone"].text()
    assert desktop.services.groups.units() == []


def test_clan_editor_builds_a_tree_and_ticks_households(desktop, qtbot) -> None:
    services = desktop.services
    households = services.households.rows(services.households.ids(HouseholdFilter()))
    editor = ClanEditor(desktop.window.ctx, households, ["Tổ 1", "Tổ 2"], desktop.window)
    qtbot.addWidget(editor)
    editor.load(ClanDraft(name=""))
    type_text(editor.name, "Họ Nguyễn Đình")
    editor._add(None)
    top = editor.tree.topLevelItem(0)
    top.setText(0, "Chi trưởng")
    editor._add(top)
    top.child(0).setText(0, "Nhánh một")
    editor.households.group.setCurrentIndex(editor.households.group.findData("Tổ 2"))
    editor.households.tick_shown(True)
    ticked = {h.id for h in households if h.group == "Tổ 2"}
    assert f"({len(ticked)})" in editor.tabs.tabText(1)
    editor.save()
    clan = services.groups.get_clan(editor.saved_id)
    assert [(b.name, b.parent) for b in clan.branches] == [("Chi trưởng", None), ("Nhánh một", 0)]
    assert clan.household_ids == frozenset(ticked)
    page = desktop.window.pages["clans"]
    assert page.table.item(0, 0).text() == "Họ Nguyễn Đình"
    assert page.table.item(0, 4).text() == str(len(ticked))


def test_a_branch_without_a_name_is_reported_under_the_tree(desktop, qtbot) -> None:
    editor = ClanEditor(desktop.window.ctx, [], [], desktop.window)
    qtbot.addWidget(editor)
    editor.load(ClanDraft(name="Họ Lê"))
    editor._add(None)
    editor.tree.topLevelItem(0).setText(0, "  ")
    editor.save()
    assert editor.saved_id is None
    assert editor._errors["branches"].text() == "Please enter a name."


def test_clans_and_units_go_to_the_trash_and_back(desktop, prompts) -> None:
    services = desktop.services
    unit_id, changes = services.groups.save_unit(LocalUnitDraft(name="UBND phường"))
    desktop.events.publish(changes)
    page = desktop.window.pages["units"]
    page.table.selectRow(0)
    page.delete_selected()
    assert page.rows == []
    trash = desktop.window.pages["trash"]
    assert [(e.kind, e.id) for e in trash.entries] == [("unit", unit_id)]
    trash.table.selectRow(0)
    trash.restore_selected()
    assert [r.id for r in page.rows] == [unit_id]
