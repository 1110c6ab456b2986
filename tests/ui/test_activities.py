from __future__ import annotations

import datetime as dt

import pytest

from xhht_desktop.domain.entities import ActivityDraft, ActivityFilter, HouseholdFilter
from xhht_desktop.ui.dialogs.activity_editor import ActivityEditor

from .conftest import type_text


@pytest.fixture
def editor(desktop, qtbot) -> ActivityEditor:
    services = desktop.services
    dialog = ActivityEditor(
        desktop.window.ctx,
        services.activities.types(),
        services.activities.people(),
        list(services.installation.require().groups),
        desktop.window,
        today=dt.date(2026, 12, 1),
    )
    qtbot.addWidget(dialog)
    dialog.load(ActivityDraft(type_id=None, title="", start_date=dt.date(2026, 11, 20)))
    return dialog


def test_attendance_ticked_by_group_is_saved(desktop, editor, qtbot) -> None:
    type_text(editor.title, "Sinh hoạt chuyên đề: phòng chống đuối nước")
    box = editor.attendees
    box.group.setCurrentIndex(box.group.findData("Tổ 3"))
    box.tick_shown(True)
    group3 = {p.id for p in desktop.services.activities.people() if p.group == "Tổ 3"}
    assert group3 and box.checked == group3
    assert str(len(group3)) in box.count.text()
    editor.outside.setValue(7)
    editor.save()
    assert editor.saved_id is not None
    saved = desktop.services.activities.get(editor.saved_id)
    assert saved.attendee_ids == frozenset(group3)
    assert saved.outside_attendees == 7
    page = desktop.window.pages["activities"]
    assert [r.id for r in page.rows] == [editor.saved_id]


def test_search_filters_the_people_without_accents(desktop, editor) -> None:
    person = desktop.services.activities.people()[0]
    box = editor.attendees
    type_text(box.search, person.full_name.upper())
    box.apply_filter()
    shown = [box.model.rows[r].id for r in box.filtered.visible_rows()]
    assert person.id in shown and len(shown) < len(box.model.rows)


def test_bad_dates_are_said_next_to_the_field_and_nothing_is_saved(desktop, editor) -> None:
    type_text(editor.title, "Hội thi")
    editor.start.setText("31/02/2026")
    editor.save()
    assert editor.saved_id is None
    assert "dd/mm/yyyy" in editor._errors["start_date"].text()
    editor.start.setText("20/11/2026")
    editor.end.setText("19/11/2026")
    editor.save()
    assert "before it starts" in editor._errors["end_date"].text()
    assert desktop.services.activities.list(ActivityFilter()) == []


def test_activity_goes_to_the_trash_and_back(desktop, prompts) -> None:
    services = desktop.services
    kind = services.activities.types()[0].id
    activity_id, changes = services.activities.save(
        ActivityDraft(type_id=kind, title="Đọc sách cùng con", start_date=dt.date.today())
    )
    desktop.events.publish(changes)
    page = desktop.window.pages["activities"]
    page.table.selectRow(0)
    page.delete_selected()
    assert page.rows == []
    trash = desktop.window.pages["trash"]
    assert [(e.kind, e.id) for e in trash.entries] == [("activity", activity_id)]
    trash.table.selectRow(0)
    trash.restore_selected()
    assert [r.id for r in page.rows] == [activity_id]


def test_the_household_editor_shows_participation(desktop, qtbot) -> None:
    from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor

    services = desktop.services
    person = services.activities.people()[0]
    kind = services.activities.types()[0].id
    services.activities.save(
        ActivityDraft(
            type_id=kind,
            title="Lớp tin học",
            start_date=dt.date(2026, 5, 4),
            attendee_ids=frozenset({person.id}),
        )
    )
    rows = services.households.search(HouseholdFilter(text=person.full_name), limit=50)
    household_id = next(r.id for r in rows if r.head_name == person.head_name)
    editor = HouseholdEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(editor)
    editor.load(services.households.get(household_id).draft, ["Tổ 1"])
    assert editor.tabs.isTabEnabled(1) and "(1)" in editor.tabs.tabText(1)
    texts = [editor.participation.item(0, c).text() for c in range(3)]
    assert texts == [person.full_name, "2026", "Lớp tin học"]


def test_the_unit_of_an_activity_is_chosen_and_kept(desktop, qtbot) -> None:
    from xhht_desktop.domain.entities import LocalUnitDraft

    services = desktop.services
    unit_id, _ = services.groups.save_unit(LocalUnitDraft("Trường THCS Văn Lang"))
    dialog = ActivityEditor(
        desktop.window.ctx,
        services.activities.types(),
        services.activities.people(),
        [],
        desktop.window,
        today=dt.date(2026, 12, 1),
        units=services.groups.units(),
    )
    qtbot.addWidget(dialog)
    dialog.load(ActivityDraft(type_id=None, title="", start_date=dt.date(2026, 11, 20)))
    assert dialog.unit.currentData() is None and "branch" in dialog.unit.currentText()
    type_text(dialog.title, "Tập huấn kỹ năng số")
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit_id))
    dialog.save()
    assert services.activities.get(dialog.saved_id).unit_id == unit_id
