"""Copies of the live database are checked, complete and self-contained."""

import datetime as dt
import sqlite3

import pytest

from xhht_desktop.errors import DatabaseDamaged
from xhht_desktop.storage.backup import backup_name, copy_database
from xhht_desktop.storage.orm import HouseholdRecord, PersonRecord
from xhht_desktop.storage.repositories.settings import put_setting

TABLES = ("household", "person", "setting", "alembic_version")


def counts(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def fill(database, households=3):
    with database.sessions.write() as s:
        put_setting(s, "installation", {"name": "Chi hội Khu phố 3"})
        for n in range(households):
            household = HouseholdRecord(origin_unit="u", head_name=f"Hộ {n}")
            s.add(household)
            s.flush()
            for m in range(2):
                s.add(
                    PersonRecord(
                        household_id=household.id, full_name=f"Người {n} {m}", origin_unit="u"
                    )
                )


def test_copy_is_checked_complete_and_uses_a_rollback_journal(database, tmp_path):
    fill(database)
    # Keep a connection open so committed pages may still sit in the -wal file.
    with database.engine.connect():
        dest = copy_database(database.path, tmp_path / "usb" / "copy.sqlite3")
    assert dest == tmp_path / "usb" / "copy.sqlite3"
    assert counts(dest) == counts(database.path)
    assert counts(dest)["person"] == 6
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.sqlite3"]


def test_copy_replaces_an_older_copy(database, tmp_path):
    dest = tmp_path / "copy.sqlite3"
    copy_database(database.path, dest)
    fill(database, households=2)
    copy_database(database.path, dest)
    assert counts(dest)["household"] == 2


def test_copying_a_damaged_file_raises_database_damaged_and_leaves_nothing(tmp_path):
    source = tmp_path / "broken.sqlite3"
    source.write_bytes(b"garbage" * 500)
    out = tmp_path / "out"
    with pytest.raises(DatabaseDamaged):
        copy_database(source, out / "copy.sqlite3")
    assert not out.exists() or list(out.iterdir()) == []
    assert source.read_bytes() == b"garbage" * 500


def test_backup_name_sorts_by_time_and_says_why():
    name = backup_name("before-migration-0001", dt.datetime(2026, 3, 5, 7, 8, 9))
    assert name == "xhht_2026-03-05_07-08-09_before-migration-0001.db"
    earlier = backup_name("x", dt.datetime(2026, 3, 5, 7, 8, 8))
    assert earlier < name
