from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from xhht_desktop import app as xapp
from xhht_desktop.paths import AppPaths


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """Texts of the message boxes the start-up shows (answered at once)."""
    texts: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return texts


def start(paths: AppPaths, qtbot) -> xapp.DesktopApp:
    desktop = xapp.DesktopApp(QApplication.instance(), paths, demo=False, synchronous=True)
    qtbot.addWidget(desktop.window)
    desktop.set_language("en")
    desktop.start()
    return desktop


def test_a_second_instance_on_the_same_data_is_refused_politely(tmp_path, shown) -> None:
    paths = AppPaths.resolve(data_dir=tmp_path)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    holder = QLockFile(str(paths.lock_path))
    assert holder.tryLock(0)
    try:
        assert xapp.main(["--data-dir", str(tmp_path)]) == 1
    finally:
        holder.unlock()
    assert len(shown) == 1
    assert "already open" in shown[0] or "đang mở" in shown[0]


def test_a_damaged_file_offers_a_guided_restore_and_quitting_leaves_it_alone(
    tmp_path, qtbot, monkeypatch
) -> None:
    from xhht_desktop.ui.dialogs.backups import DamagedDatabaseDialog

    asked: list[object] = []

    def quit_(dialog: DamagedDatabaseDialog) -> str:
        asked.append(dialog.newest)
        return dialog.QUIT

    monkeypatch.setattr(DamagedDatabaseDialog, "ask", quit_)
    paths = AppPaths.resolve(db=tmp_path / "xhht.sqlite3")
    paths.db_path.write_bytes(b"not a database at all" * 100)
    before = paths.db_path.read_bytes()
    desktop = start(paths, qtbot)
    assert asked == [None]  # no good backup to offer: the dialog says so
    assert desktop.services is None
    assert paths.db_path.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(tmp_path, qtbot, shown) -> None:
    paths = AppPaths.resolve(db=tmp_path / "xhht.sqlite3")
    conn = sqlite3.connect(paths.db_path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    before = paths.db_path.read_bytes()
    start(paths, qtbot)
    assert "newer version" in shown[0]
    assert paths.db_path.read_bytes() == before


def test_the_demo_opens_straight_into_a_filled_branch(tmp_path, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(xapp, "DEMO_HOUSEHOLDS", 25)
    paths = AppPaths.resolve(data_dir=tmp_path, demo=True)
    paths.data_dir.mkdir(parents=True)
    desktop = xapp.DesktopApp(QApplication.instance(), paths, demo=True, synchronous=True)
    qtbot.addWidget(desktop.window)
    desktop.start()
    assert paths.data_dir == tmp_path / "demo"
    page = desktop.window.pages["households"]
    assert page.model.rowCount() == 25
    assert "Bến Thành" in desktop.window.unit_label.text()
    desktop.close()
