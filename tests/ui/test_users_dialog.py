"""The administrator's accounts: add, set a new password, change a role, turn off; the last
administrator stays one; someone else sees the list and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from xhht_desktop.errors import UserError
from xhht_desktop.services.accounts import Role
from xhht_desktop.ui.dialogs.users import (
    AddAccountDialog,
    NewPasswordDialog,
    UsersDialog,
    role_label,
)

from .conftest import type_text

PASSWORD = "matkhau1"


@pytest.fixture
def accounts(desktop):
    accounts = desktop.services.accounts
    accounts.create("mai", "Trần Thị Mai", Role.ADMIN, PASSWORD, first=True)
    accounts.login("mai", PASSWORD)
    return accounts


@pytest.fixture
def dialog(desktop, accounts, qtbot) -> UsersDialog:
    dialog = UsersDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    return dialog


def cells(dialog: UsersDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def select(dialog: UsersDialog, username: str) -> None:
    row = [a.username for a in dialog.users].index(username)
    dialog.table.selectRow(row)
    assert dialog.selected().username == username


def play(monkeypatch, cls, answer) -> None:
    """The next `cls` dialog is answered by `answer(dialog)` instead of waiting for a person."""

    def exec_(dlg) -> int:
        answer(dlg)
        return int(dlg.result())

    monkeypatch.setattr(cls, "exec", exec_)


def test_the_list_shows_roles_in_words(dialog) -> None:
    [row] = cells(dialog)
    assert row[:4] == ["mai", "Trần Thị Mai", "Administrator", "In use"]
    assert row[4] == "never" or "/" in row[4]
    assert [role_label(r) for r in Role] == ["Administrator", "Data entry", "Read only"]
    assert dialog.add_button.isEnabled() and not dialog.not_admin.isVisibleTo(dialog)
    assert dialog.self_note.isVisibleTo(dialog)  # mai is selected: her own account


def test_add_an_account_with_a_role(dialog, accounts, monkeypatch) -> None:
    def fill(add: AddAccountDialog) -> None:
        type_text(add.fields.username, "lan")
        type_text(add.fields.display_name, "Nguyễn Thị Lan")
        add.roles.set_role(Role.VIEWER)
        type_text(add.fields.password, "matkhau2")
        type_text(add.fields.again, "matkhau2")
        add.submit()

    play(monkeypatch, AddAccountDialog, fill)
    dialog.add_button.click()
    assert [r[:4] for r in cells(dialog)] == [
        ["lan", "Nguyễn Thị Lan", "Read only", "In use"],
        ["mai", "Trần Thị Mai", "Administrator", "In use"],
    ]
    assert dialog.selected().username == "lan"
    assert "lan" in dialog.done_label.text() and dialog.done_label.isVisibleTo(dialog)
    assert accounts.login("lan", "matkhau2").role is Role.VIEWER


def test_add_shows_each_problem_under_its_field(desktop, accounts, qtbot) -> None:
    add = AddAccountDialog(desktop.window.ctx)
    qtbot.addWidget(add)
    type_text(add.fields.username, "MAI")
    type_text(add.fields.password, "matkhau2")
    type_text(add.fields.again, "matkhau3")
    add.submit()
    assert "not the same" in add.fields.errors["again"].text()
    type_text(add.fields.again, "matkhau2")
    add.submit()
    assert add.fields.errors["username"].text() == "There is already an account with this name."
    assert add.result() != QDialog.DialogCode.Accepted
    add.fields.username.clear()
    type_text(add.fields.username, "hoa")
    add.fields.password.clear()
    add.fields.again.clear()
    type_text(add.fields.password, "abc")
    type_text(add.fields.again, "abc")
    add.submit()
    assert "at least 6" in add.fields.errors["password"].text()
    assert not add.fields.errors["username"].isVisibleTo(add)
    assert [a.username for a in accounts.users()] == ["mai"]


def test_set_a_new_password(dialog, accounts, monkeypatch) -> None:
    accounts.create("lan", "Lan", Role.EDITOR, "matkhau2")
    for _ in range(4):  # lan forgot it: the account is paused
        with pytest.raises(UserError):
            accounts.login("lan", "quên rồi")
    accounts.login("mai", PASSWORD)
    dialog.reload()
    select(dialog, "lan")

    def fill(box: NewPasswordDialog) -> None:
        assert "lan" in box.intro.text() and not box.fields.username.isVisibleTo(box)
        type_text(box.fields.password, "mới tinh 1")
        type_text(box.fields.again, "mới tinh 1")
        box.submit()

    play(monkeypatch, NewPasswordDialog, fill)
    dialog.password_button.click()
    assert "new password" in dialog.done_label.text()
    assert accounts.login("lan", "mới tinh 1").username == "lan"  # and no longer paused


def test_change_a_role_and_turn_an_account_off(dialog, accounts) -> None:
    accounts.create("lan", "Lan", Role.EDITOR, "matkhau2")
    dialog.reload()
    select(dialog, "lan")
    assert not dialog.self_note.isVisibleTo(dialog)
    assert dialog.roles.role() is Role.EDITOR
    dialog.roles.set_role(Role.VIEWER)
    dialog.disabled.setChecked(True)
    dialog.save_button.click()
    [lan] = [a for a in accounts.users() if a.username == "lan"]
    assert lan.role is Role.VIEWER and lan.disabled
    assert cells(dialog)[0][2:4] == ["Read only", "Turned off"]
    assert dialog.done_label.text() == "Saved."
    with pytest.raises(UserError) as off:
        accounts.login("lan", "matkhau2")
    assert off.value.code == "account.wrong"


def test_the_last_administrator_stays_one(dialog, accounts, prompts) -> None:
    select(dialog, "mai")
    dialog.roles.set_role(Role.EDITOR)
    dialog.save_button.click()
    assert dialog.error.text() == "This is the last administrator: make another one first."
    assert dialog.error.isVisibleTo(dialog)
    assert accounts.users()[0].role is Role.ADMIN
    assert dialog.roles.role() is Role.ADMIN  # shows what is stored, not what was refused
    assert prompts.asked == []  # nothing to confirm: it cannot be done

    accounts.create("lan", "Lan", Role.ADMIN, "matkhau2")
    dialog.reload()
    select(dialog, "mai")
    prompts.confirm_answer = False
    dialog.roles.set_role(Role.EDITOR)
    assert not dialog.error.isVisibleTo(dialog)  # a new try: the old words go
    dialog.save_button.click()
    assert "Give up being an administrator" in prompts.asked[-1][1]
    assert [a.role for a in accounts.users() if a.username == "mai"] == [Role.ADMIN]


def test_someone_else_sees_the_list_and_changes_nothing(desktop, accounts, qtbot) -> None:
    accounts.create("lan", "Lan", Role.EDITOR, "matkhau2")
    accounts.login("lan", "matkhau2")
    dialog = UsersDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    assert len(cells(dialog)) == 2
    assert dialog.not_admin.isVisibleTo(dialog)
    assert not dialog.add_button.isEnabled() and not dialog.selected_box.isEnabled()
