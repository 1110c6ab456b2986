"""The Backups dialog and the guided restore at start, driven as a user would."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer

from xhht_desktop.messages import MESSAGES
from xhht_desktop.services.backups import AUTOMATIC, BEFORE_IMPORT, BackupService
from xhht_desktop.ui.dialogs.backups import BackupsDialog, DamagedDatabaseDialog


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 6, 15, 9, 30)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(hours=1)
        return self.now


@pytest.fixture
def service(desktop) -> BackupService:
    for old in desktop.paths.backups_dir.glob("*.db"):  # the app's own copy at start
        old.unlink()
    service = BackupService(desktop.paths.db_path, desktop.paths.backups_dir, clock=Clock())
    service.backup(BEFORE_IMPORT)  # 10:30
    service.backup(AUTOMATIC)  # 11:30
    return service


@pytest.fixture
def dialog_and_calls(desktop, service, qtbot):
    calls = []
    dialog = BackupsDialog(desktop.window.ctx, calls.append, desktop.window, service=service)
    qtbot.addWidget(dialog)
    return dialog, calls


def cells(dialog, row):
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_the_list_shows_date_reason_size_and_counts(dialog_and_calls) -> None:
    dialog, _calls = dialog_and_calls
    assert dialog.table.rowCount() == 2
    newest = cells(dialog, 0)
    assert newest[:2] == ["15/06/2026 11:30", "Automatic"]
    assert newest[2].endswith(" MB")
    assert newest[3:] == ["40", newest[4], "0", "0"] and int(newest[4]) >= 40
    assert cells(dialog, 1)[:2] == ["15/06/2026 10:30", "Before a package import"]
    assert dialog.current() is dialog.backups[0]  # the newest is selected
    assert dialog.restore_button.isEnabled()


def test_back_up_now_writes_a_checked_file(dialog_and_calls, prompts, tmp_path) -> None:
    dialog, _calls = dialog_and_calls
    prompts.save_path = tmp_path / "USB" / "sao lưu"
    (tmp_path / "USB").mkdir()
    dialog.backup_button.click()
    written = tmp_path / "USB" / "sao lưu.db"
    conn = sqlite3.connect(written)
    try:
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 40
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()
    kind, text = prompts.asked[-1]
    assert kind == "info" and str(written) in text and "40 households" in text
    assert str(written) in dialog.status.text()


def test_back_up_now_cancelled_writes_nothing(dialog_and_calls, prompts, tmp_path) -> None:
    dialog, _calls = dialog_and_calls
    prompts.save_path = None
    dialog.backup_button.click()
    assert prompts.asked == [("save_file", "Back up now to")]


def test_restore_asks_clearly_then_hands_the_chosen_copy_over(dialog_and_calls, prompts) -> None:
    dialog, calls = dialog_and_calls
    dialog.table.selectRow(1)
    prompts.confirm_answer = False
    dialog.restore_button.click()
    assert calls == [] and dialog.result() == 0
    kind, text = prompts.asked[-1]
    assert kind == "confirm"
    assert "15/06/2026 10:30" in text and "40 households" in text
    assert "Before a restore" in text  # the current data is backed up first
    prompts.confirm_answer = True
    dialog.restore_button.click()
    assert calls == [dialog.backups[1].path]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_damaged_copy_cannot_be_chosen(desktop, service, prompts, qtbot) -> None:
    newest = service.list()[0].path
    newest.write_bytes(b"garbage" * 100)
    calls = []
    dialog = BackupsDialog(desktop.window.ctx, calls.append, desktop.window, service=service)
    qtbot.addWidget(dialog)
    assert cells(dialog, 0)[1] == "Damaged"
    assert not dialog.restore_button.isEnabled()
    dialog.restore_selected()
    assert calls == [] and prompts.asked[-1][0] == "error"


def test_restore_from_a_file_checks_it_first(
    dialog_and_calls, prompts, tmp_path, monkeypatch
) -> None:
    monkeypatch.setitem(
        MESSAGES,
        "backup.not_a_database",
        "{file} is not a backup of XHHT Desktop. Nothing was changed.",
    )
    dialog, calls = dialog_and_calls
    letter = tmp_path / "letter.db"
    letter.write_bytes(b"not a database")
    prompts.save_path = letter
    dialog.file_button.click()
    kind, text = prompts.asked[-1]
    assert (
        kind == "error"
        and text == f"{letter} is not a backup of XHHT Desktop. Nothing was changed."
    )
    assert calls == []
    prompts.save_path = dialog.backups[0].path
    dialog.file_button.click()
    assert calls == [dialog.backups[0].path]


def test_open_the_backups_folder(dialog_and_calls, prompts, service) -> None:
    dialog, _calls = dialog_and_calls
    dialog.folder_button.click()
    assert prompts.opened == [service.backups_dir]


def test_an_empty_folder_says_so(desktop, qtbot, tmp_path) -> None:
    empty = BackupService(desktop.paths.db_path, tmp_path / "none")
    dialog = BackupsDialog(desktop.window.ctx, lambda _p: None, desktop.window, service=empty)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "no backup yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()


# ---- the guided restore at start ------------------------------------------------------------
def test_damaged_database_dialog_offers_the_newest_good_backup(service, qtbot) -> None:
    newest = service.list()[0]
    dialog = DamagedDatabaseDialog(newest, "database disk image is malformed", service.backups_dir)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "15/06/2026 11:30"
    assert "40 households" in dialog.counts.text()
    assert "malformed" in dialog.technical.text()
    assert not dialog.restore_button.isHidden() and dialog.restore_button.isDefault()
    for button, choice in (
        (dialog.restore_button, DamagedDatabaseDialog.RESTORE),
        (dialog.choose_button, DamagedDatabaseDialog.CHOOSE),
        (dialog.quit_button, DamagedDatabaseDialog.QUIT),
    ):
        QTimer.singleShot(0, button.click)
        assert dialog.ask() == choice


def test_damaged_database_dialog_without_backup_and_escape_quits(tmp_path, qtbot) -> None:
    dialog = DamagedDatabaseDialog(None, "file is not a database", tmp_path / "backups")
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isHidden()
    assert str(tmp_path / "backups") in dialog.offer.text()
    QTimer.singleShot(0, lambda: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert dialog.ask() == DamagedDatabaseDialog.QUIT
