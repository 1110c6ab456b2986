"""The list of changes: an edit shows who made it and what was there before; filters by person,
days and household; the Excel file keeps text as text; the household's History tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.errors import UserError
from xhht_desktop.services.accounts import Role
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor
from xhht_desktop.ui.pages.audit_page import AuditPage, local_midnight_utc

PASSWORD = "matkhau1"


@pytest.fixture
def edited(desktop):
    """mai changed a household's phone and notes; returns its id."""
    services = desktop.services
    accounts = services.accounts
    accounts.create("mai", "Trần Thị Mai", Role.ADMIN, PASSWORD, first=True)
    accounts.login("mai", PASSWORD)
    household_id = services.households.ids(HouseholdFilter())[0]
    draft = services.households.get(household_id).draft
    draft = replace(draft, phone="0903123456", notes="")
    services.households.save(draft)
    members = list(draft.members)
    members[-1] = replace(members[-1], occupation="Thợ may")
    _id, changes = services.households.save(
        replace(draft, phone="0912345678", notes="=1+1", members=tuple(members))
    )
    desktop.events.publish(changes)
    return household_id


@pytest.fixture
def page(desktop, qtbot) -> AuditPage:
    page = AuditPage(desktop.window.ctx)
    qtbot.addWidget(page)
    page.show()  # loads when first shown
    return page


def rows(page: AuditPage) -> list[list[str]]:
    table = page.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_an_edit_is_listed_with_who_and_before_and_after(desktop, edited, page) -> None:
    head = desktop.services.households.get(edited).draft.members[0].full_name
    found = rows(page)
    mine = [r for r in found if r[1] == "mai"]
    household = [r for r in mine if r[3] == "Households" and "0912 345 678" in r[5]]
    assert household, mine
    when, who, what, data, record, changes = household[0]
    assert (who, data) == ("mai", "Households")
    assert what == "Changed" and record == head
    assert "Phone: 0903 123 456 → 0912 345 678" in changes
    assert "Notes: — → =1+1" in changes
    assert dt.datetime.strptime(when, "%d/%m/%Y %H:%M").date() == dt.date.today()
    member = [r for r in mine if r[3] == "Persons"]
    assert member and "Occupation:" in member[0][5] and "Thợ may" in member[0][5]
    assert found[0][1] == "mai"  # newest first
    page.table.selectRow(found.index(household[0]))
    detail = page.detail.toPlainText()
    assert detail.startswith(f"{when} · mai · Changed · Households · {head}")
    assert "\nPhone: 0903 123 456 → 0912 345 678\nNotes: — → =1+1" in detail
    assert page.summary.text() == f"{len(found)} change(s)."
    assert page.table.item(0, 0).text()


def test_filters_by_person_days_and_household(desktop, edited, page) -> None:
    everyone = rows(page)
    others = {r[1] for r in everyone} - {"mai"}
    assert others  # the demo data was written under the PC's login name
    assert page.who.itemText(0) == "Everyone" and page.who.findData("mai") > 0
    page.who.setCurrentIndex(page.who.findData("mai"))  # reloads at once
    assert rows(page) and {r[1] for r in rows(page)} == {"mai"}
    assert page.who.findData(next(iter(others))) > 0  # the other names stay to choose

    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 12, 31))
    page.reload()
    assert rows(page) == []
    page.date_to.setDate(QDate.currentDate())
    page.reload()
    assert {r[1] for r in rows(page)} == {"mai"}

    page.who.setCurrentIndex(0)
    head = desktop.services.households.get(edited).draft.members[0].full_name
    page.record.setText(head)
    page.reload()
    found = rows(page)
    assert found and {r[3] for r in found} <= {"Households", "Persons"}
    uuid = desktop.services.households.get(edited).uuid
    assert all(r[4] for r in found)
    page.record.setText(uuid.upper())
    page.reload()
    assert {r[3] for r in rows(page)} == {"Households"}
    page.record.setText("không có hộ nào tên này")
    page.reload()
    assert rows(page) == [] and "No household matches" in page.summary.text()
    assert not page.excel_button.isEnabled()


def test_logins_and_wrong_passwords_are_told_apart(desktop, edited, page) -> None:
    accounts = desktop.services.accounts
    accounts.logout()
    with pytest.raises(UserError):
        accounts.login("mai", "sai rồi")
    accounts.login("mai", PASSWORD)
    page.reload()
    found = [r for r in rows(page) if r[3] == "Accounts"]
    assert found[0][2:5] == ["Logged in", "Accounts", "mai"]
    assert found[1][2:5] == ["Wrong password", "Accounts", "mai"]
    assert "Wrong passwords in a row: 0 → 1" in found[1][5]
    assert any(r[2] == "Added" and r[4] == "mai" for r in found)


def test_the_end_date_follows_the_calendar_until_set(desktop, page) -> None:
    today = QDate.currentDate()
    page.date_to.blockSignals(True)
    page.date_to.setDate(today.addDays(-1))  # the page was opened yesterday
    page.date_to.blockSignals(False)
    page.reload()
    assert page.date_to.date() == today
    page.date_to.setDate(today.addDays(-3))  # the user's choice stays
    page.reload()
    assert page.date_to.date() == today.addDays(-3)


def test_days_are_this_pcs_local_days() -> None:
    start = local_midnight_utc(dt.date(2026, 11, 12))
    local = start.replace(tzinfo=dt.UTC).astimezone()
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 11, 12), 0, 0)


def test_reloads_when_something_changes(desktop, edited, page) -> None:
    before = len(rows(page))
    services = desktop.services
    draft = services.households.get(edited).draft
    _id, changes = services.households.save(replace(draft, house_number="99"))
    desktop.events.publish(changes)
    assert len(rows(page)) == before + 1
    page.hide()
    desktop.events.publish(Changes.of(Kind.HOUSEHOLD))
    assert page._stale
    page.show()
    assert not page._stale


def test_export_writes_the_list_with_text_kept_as_text(desktop, edited, page, prompts, tmp_path):
    page.who.setCurrentIndex(page.who.findData("mai"))
    target = tmp_path / "nhat-ky"
    prompts.save_path = target
    page.excel_button.click()
    written = target.with_suffix(".xlsx")
    assert prompts.opened == [written]
    sheet = load_workbook(written).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Changes" and "Who: mai" in [v[0] for v in values[:5]]
    header = values.index(["When", "Who", "What", "Data", "Record", "Changes", "UUID"])
    data = values[header + 1 :]
    assert len(data) == len(rows(page))
    assert all(r[1] == "mai" for r in data)
    assert isinstance(data[0][0], dt.datetime)
    cell = next(
        c for row in sheet.iter_rows(min_row=header + 2) for c in row if "=1+1" in str(c.value)
    )
    assert cell.data_type == "s"  # a note starting with "=" is not a formula


def test_the_household_editor_lists_its_history(desktop, edited, qtbot) -> None:
    editor = HouseholdEditor(desktop.window.ctx, desktop.window, today=dt.date(2026, 12, 1))
    qtbot.addWidget(editor)
    editor.load(desktop.services.households.get(edited).draft, ["Tổ 1"])
    tab = editor.tabs.count() - 1
    assert editor.tabs.isTabEnabled(tab)
    assert editor.tabs.tabText(tab) == f"History ({len(editor.audit_lines)})"
    when, who, _what = editor.audit_lines[0]
    assert who == "mai" and dt.datetime.strptime(when, "%d/%m/%Y %H:%M")
    lines = [line[2] for line in editor.audit_lines]
    assert any(
        line.startswith("Household · Changed · ") and "Phone: 0903 123 456 → 0912 345 678" in line
        for line in lines
    ), lines
    member = desktop.services.households.get(edited).draft.members[-1].full_name
    assert any(line.startswith(f"{member} · Changed · Occupation") for line in lines), lines
    assert any("Added" in line for line in lines)  # the demo's own entries, older
    assert editor.audit_table.rowCount() == len(lines)


def test_a_new_household_has_no_history_yet(desktop, qtbot) -> None:
    from xhht_desktop.ui.pages.households_page import new_household_draft

    editor = HouseholdEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(editor)
    editor.load(new_household_draft("", ""), [])
    assert not editor.tabs.isTabEnabled(editor.tabs.count() - 1)
    QApplication.processEvents()
