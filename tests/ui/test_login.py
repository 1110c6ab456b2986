"""Logging in: the first administrator, wrong passwords and pauses, the idle lock, a read-only
user refused, and the start-up that asks before showing the pages."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from xhht_desktop import app as xapp
from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.services.accounts import DEFAULT_IDLE_MINUTES, Role
from xhht_desktop.ui.dialogs import login
from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor
from xhht_desktop.ui.dialogs.login import CreateAdminDialog, LoginDialog
from xhht_desktop.ui.idle_lock import IdleLock, store_minutes, stored_minutes

from .conftest import FakePrompts, make_data, type_text

PASSWORD = "Mật khẩu 1"


@pytest.fixture
def accounts(desktop):
    return desktop.services.accounts


@pytest.fixture
def admin(accounts):
    accounts.create("mai", "Trần Thị Mai", Role.ADMIN, PASSWORD, first=True)
    return accounts


def login_dialog(qtbot, accounts, locked_user=None) -> LoginDialog:
    dialog = LoginDialog(accounts, None, locked_user=locked_user)
    qtbot.addWidget(dialog)
    return dialog


def test_the_first_administrator_is_made_then_logged_in(desktop, accounts, qtbot) -> None:
    dialog = CreateAdminDialog(accounts, desktop.window)
    qtbot.addWidget(dialog)
    type_text(dialog.fields.username, "mai")
    type_text(dialog.fields.display_name, "Trần Thị Mai")
    type_text(dialog.fields.password, PASSWORD)
    type_text(dialog.fields.again, "Mật khẩu 2")
    dialog.create()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not accounts.has_users()
    assert "not the same" in dialog.fields.errors["again"].text()
    assert dialog.fields.errors["again"].isVisibleTo(dialog)

    type_text(dialog.fields.again, PASSWORD)
    dialog.create()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.role is Role.ADMIN
    assert accounts.current is not None and accounts.current.username == "mai"

    accounts.logout()
    again = login_dialog(qtbot, accounts)
    assert again.quit_button.isVisibleTo(again) and not again.switch_button.isVisibleTo(again)
    assert again.password.echoMode() is QLineEdit.EchoMode.Password
    type_text(again.username, "MAI")  # names are not case-sensitive
    type_text(again.password, PASSWORD)
    again.log_in()
    assert again.result() == QDialog.DialogCode.Accepted
    assert again.account.username == "mai" and accounts.current.username == "mai"


def test_the_first_administrator_sees_what_is_wrong_under_each_field(accounts, qtbot) -> None:
    dialog = CreateAdminDialog(accounts)
    qtbot.addWidget(dialog)
    type_text(dialog.fields.password, "abc")
    type_text(dialog.fields.again, "abc")
    dialog.create()
    assert dialog.fields.errors["username"].text() == "Please enter a name."
    assert "at least 6" in dialog.fields.errors["password"].text()
    assert not accounts.has_users()
    assert "email" in dialog.remember.text()


def test_quit_at_the_first_administrator_gives_no_account(accounts, qtbot) -> None:
    dialog = CreateAdminDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.account is None


def test_wrong_passwords_say_so_then_pause_with_a_countdown(admin, qtbot) -> None:
    dialog = login_dialog(qtbot, admin)
    type_text(dialog.username, "mai")
    for _ in range(3):
        type_text(dialog.password, "sai rồi")
        dialog.log_in()
        assert dialog.message.text() == "The name or the password is not right. Please try again."
        assert dialog.message.isVisibleTo(dialog) and dialog.hint.isVisibleTo(dialog)
        assert dialog.password.text() == ""  # typed again from scratch
    assert dialog.result() != QDialog.DialogCode.Accepted

    type_text(dialog.password, PASSWORD)  # even the right one waits now
    dialog.log_in()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "please wait" in dialog.message.text() and not dialog.login_button.isEnabled()
    seconds = dialog._remaining
    assert 0 < seconds <= 31 and f"{seconds} seconds" in dialog.message.text()
    dialog._tick()
    assert f"{seconds - 1} seconds" in dialog.message.text()
    dialog._remaining = 1
    dialog._tick()
    assert dialog.login_button.isEnabled() and dialog.ready.isVisibleTo(dialog)
    assert not dialog.message.isVisibleTo(dialog)


def test_an_unknown_name_gets_the_same_words(admin, qtbot) -> None:
    dialog = login_dialog(qtbot, admin)
    type_text(dialog.username, "không có ai")
    type_text(dialog.password, PASSWORD)
    dialog.log_in()
    assert dialog.message.text() == "The name or the password is not right. Please try again."


def test_a_password_typed_decomposed_is_the_same_password(admin, qtbot) -> None:
    dialog = login_dialog(qtbot, admin)
    type_text(dialog.username, "mai")
    type_text(dialog.password, unicodedata.normalize("NFD", PASSWORD))
    assert not unicodedata.is_normalized("NFC", dialog.password.text())
    dialog.log_in()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_lock_keeps_the_name_and_allows_switching_user(admin, qtbot) -> None:
    admin.login("mai", PASSWORD)
    admin.create("lan", "Lan", Role.EDITOR, "matkhau2")
    admin.logout()
    dialog = login_dialog(qtbot, admin, locked_user="mai")
    assert dialog.username.text() == "mai" and dialog.username.isReadOnly()
    assert not dialog.quit_button.isVisibleTo(dialog) and dialog.switch_button.isVisibleTo(dialog)
    assert "mai" in dialog.intro.text()
    dialog.show()
    dialog.reject()  # Escape does not open a locked app
    dialog.close()
    assert dialog.isVisible() and dialog.account is None
    dialog.switch_button.click()
    assert not dialog.username.isReadOnly() and dialog.username.text() == ""
    type_text(dialog.username, "lan")
    type_text(dialog.password, "matkhau2")
    dialog.log_in()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert admin.current.username == "lan"


def test_a_read_only_user_cannot_save_a_household(desktop, admin, prompts, qtbot) -> None:
    admin.login("mai", PASSWORD)
    admin.create("xem", "Người xem", Role.VIEWER, "matkhau2")
    admin.login("xem", "matkhau2")
    services = desktop.services
    household_id = services.households.ids(HouseholdFilter())[0]
    before = services.households.get(household_id).draft
    editor = HouseholdEditor(desktop.window.ctx, desktop.window, today=dt.date(2026, 12, 1))
    qtbot.addWidget(editor)
    editor.load(before, ["Tổ 1"])
    editor.phone.clear()
    type_text(editor.phone, "0912 345 678")
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert (
        "error",
        "Your account cannot do this. Ask the administrator of this computer.",
    ) in prompts.asked
    assert services.households.get(household_id).draft.phone == before.phone
    assert editor.save_button.isEnabled()  # they may still close it; nothing was lost
    editor._dirty = False


# ---- the idle lock --------------------------------------------------------------------------


def test_the_idle_lock_fires_after_the_wait_and_once(qtbot) -> None:
    lock = IdleLock()
    assert lock.interval_ms == DEFAULT_IDLE_MINUTES * 60_000
    lock.set_interval_ms(50)
    fired: list[bool] = []
    lock.locked.connect(lambda: fired.append(True))
    with qtbot.waitSignal(lock.locked, timeout=2000):
        lock.start()
    assert lock.is_locked
    qtbot.wait(150)
    assert fired == [True]  # locked once; nothing counts until unlocked
    lock.unlock()
    assert not lock.is_locked
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    lock.hold()  # locked by hand ("Switch user"): no second lock on top
    assert lock.is_locked and not lock._timer.isActive()
    lock.stop()


def test_a_key_press_starts_the_wait_again(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    lock = IdleLock()
    lock.set_interval_ms(400)
    lock.start()
    try:
        qtbot.wait(250)
        assert lock._timer.remainingTime() < 250
        QApplication.sendEvent(
            edit, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        )
        assert lock._timer.remainingTime() > 300
        assert not lock.is_locked
    finally:
        lock.stop()
    assert not lock._timer.isActive()


def test_the_idle_minutes_are_kept_per_pc(desktop) -> None:
    settings = desktop.preferences.settings
    assert stored_minutes(settings) == DEFAULT_IDLE_MINUTES
    assert store_minutes(settings, 0) == 1
    assert store_minutes(settings, 25) == 25
    assert stored_minutes(settings) == 25
    settings.setValue("security/idle_minutes", "nonsense")
    assert stored_minutes(settings) == DEFAULT_IDLE_MINUTES


# ---- start-up -------------------------------------------------------------------------------


def start(paths, qtbot, monkeypatch, answer) -> xapp.DesktopApp:
    """A DesktopApp that asks for a login; `answer(dialog)` plays the user."""

    def exec_(dialog) -> int:
        answer(dialog)
        return int(dialog.result())

    monkeypatch.setattr(CreateAdminDialog, "exec", exec_)
    monkeypatch.setattr(LoginDialog, "exec", exec_)
    desktop = xapp.DesktopApp(
        QApplication.instance(), paths, demo=False, synchronous=True, require_login=True
    )
    desktop.prompts = FakePrompts()
    qtbot.addWidget(desktop.window)
    desktop.set_language("en")
    desktop.start()
    return desktop


def test_the_tests_desktop_does_not_ask(desktop) -> None:
    assert desktop.require_login is False and desktop.idle_lock is None
    assert "households" in desktop.window.pages


def test_first_start_asks_for_the_administrator_and_quit_closes(tmp_path, qtbot, monkeypatch):
    paths = make_data(tmp_path / "data", 3)
    shown: list[str] = []

    def quit_(dialog) -> None:
        shown.append(type(dialog).__name__)
        dialog.quit_button.click()

    desktop = start(paths, qtbot, monkeypatch, quit_)
    try:
        assert shown == ["CreateAdminDialog"]
        assert desktop.window.pages == {} and not desktop.window.isVisible()
    finally:
        desktop.close()


def test_start_up_logs_in_then_locks_and_switches_user(tmp_path, qtbot, monkeypatch) -> None:
    paths = make_data(tmp_path / "data", 3)
    shown: list[tuple[str, str | None]] = []

    def make_admin(dialog) -> None:
        shown.append((type(dialog).__name__, None))
        type_text(dialog.fields.username, "mai")
        type_text(dialog.fields.password, PASSWORD)
        type_text(dialog.fields.again, PASSWORD)
        dialog.create()

    desktop = start(paths, qtbot, monkeypatch, make_admin)
    try:
        accounts = desktop.services.accounts
        assert shown == [("CreateAdminDialog", None)]
        assert accounts.current.username == "mai" and "households" in desktop.window.pages
        assert desktop.idle_lock is not None and desktop.idle_lock.interval_ms == 600_000
        accounts.create("xem", "Người xem", Role.VIEWER, "matkhau2")

        def viewer(dialog) -> None:
            shown.append((type(dialog).__name__, dialog.locked_user))
            desktop.idle_lock.set_interval_ms(600_000)
            assert accounts.current is None  # logged out while the dialog asks
            dialog.switch_button.click()
            type_text(dialog.username, "xem")
            type_text(dialog.password, "matkhau2")
            dialog.log_in()

        monkeypatch.setattr(LoginDialog, "exec", lambda d: viewer(d) or int(d.result()))
        desktop.idle_lock.set_interval_ms(30)
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
        assert shown[1] == ("LoginDialog", "mai")
        assert accounts.current.username == "xem" and not desktop.idle_lock.is_locked
        assert not desktop.window.new_action.isEnabled()  # a read-only user adds nothing
    finally:
        desktop.close()


def test_the_login_at_start_up_shows_no_pages_until_right(tmp_path, qtbot, monkeypatch):
    paths = make_data(tmp_path / "data", 3)
    from xhht_desktop.services.context import open_services

    services = open_services(paths)
    services.accounts.create("mai", "Mai", Role.ADMIN, PASSWORD, first=True)
    services.close()
    tries: list[str] = []

    def answer(dialog) -> None:
        tries.append(type(dialog).__name__)
        type_text(dialog.username, "mai")
        type_text(dialog.password, "sai")
        dialog.log_in()
        assert dialog.result() != QDialog.DialogCode.Accepted
        type_text(dialog.password, PASSWORD)
        dialog.log_in()

    desktop = start(paths, qtbot, monkeypatch, answer)
    try:
        assert tries == ["LoginDialog"]
        assert desktop.services.accounts.current.username == "mai"
        assert desktop.window.new_action.isEnabled()
        editor_household = desktop.services.households.ids(HouseholdFilter())[0]
        draft = desktop.services.households.get(editor_household).draft
        desktop.services.households.save(replace(draft, notes="đã sửa"))
        entries = desktop.services.accounts.audit(table="household", limit=1)
        assert entries[0].who == "mai"
    finally:
        desktop.close()


def test_the_wait_cursor_is_restored_after_a_check(admin, qtbot) -> None:
    dialog = login_dialog(qtbot, admin)
    type_text(dialog.username, "mai")
    type_text(dialog.password, "sai")
    dialog.log_in()
    assert QApplication.overrideCursor() is None
    assert login.HINT_STYLE in dialog.hint.styleSheet()
