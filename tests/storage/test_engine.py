"""Every connection is durable and strict; a unit of work is one real transaction."""

import sqlite3

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from xhht_desktop.storage.engine import BUSY_TIMEOUT_MS
from xhht_desktop.storage.orm import HouseholdRecord, PersonRecord, Setting
from xhht_desktop.storage.repositories.settings import get_setting, put_setting


def pragmas(conn):
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def test_every_connection_has_the_pragmas(database):
    with database.engine.connect() as first, database.engine.connect() as second:
        for conn in (first, second):  # two pooled connections, each set up on connect
            values = pragmas(conn)
            assert values["foreign_keys"] == 1
            assert values["journal_mode"] == "wal"
            assert values["synchronous"] == 2  # FULL
            assert values["busy_timeout"] == BUSY_TIMEOUT_MS > 0


def test_session_connections_have_the_pragmas(database):
    with database.sessions.write() as s:
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with database.sessions.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_write_commits_at_the_end(database):
    with database.sessions.write() as s:
        put_setting(s, "answer", {"value": 42, "text": "Khuyến học"})
    with database.sessions.read() as s:
        assert get_setting(s, "answer") == {"value": 42, "text": "Khuyến học"}
    put_again = {"value": 43}
    with database.sessions.write() as s:
        put_setting(s, "answer", put_again)
    with database.sessions.read() as s:
        assert get_setting(s, "answer") == put_again
        assert get_setting(s, "missing", "default") == "default"


def test_failure_inside_write_rolls_everything_back(database):
    with pytest.raises(RuntimeError, match="power cut"), database.sessions.write() as s:
        put_setting(s, "first", 1)
        household = HouseholdRecord(origin_unit="u")
        s.add(household)
        s.flush()  # really sent to SQLite, inside the transaction
        s.add(PersonRecord(household_id=household.id, full_name="An", origin_unit="u"))
        s.flush()
        raise RuntimeError("power cut")
    with database.sessions.read() as s:
        assert get_setting(s, "first") is None
        assert s.scalar(select(func.count()).select_from(HouseholdRecord)) == 0
        assert s.scalar(select(func.count()).select_from(PersonRecord)) == 0
        assert s.scalar(select(func.count()).select_from(Setting)) == 0


def test_foreign_keys_are_enforced(database):
    with pytest.raises(IntegrityError), database.sessions.write() as s:
        s.add(PersonRecord(household_id=12345, full_name="An", origin_unit="u"))
        s.flush()
    with database.sessions.read() as s:
        assert s.scalar(select(func.count()).select_from(PersonRecord)) == 0


def test_a_household_with_members_cannot_be_hard_deleted(database):
    with database.sessions.write() as s:
        household = HouseholdRecord(origin_unit="u")
        s.add(household)
        s.flush()
        s.add(PersonRecord(household_id=household.id, full_name="An", origin_unit="u"))
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM household")


def other_connection(database):
    conn = sqlite3.connect(database.path, timeout=0, isolation_level=None)
    return conn


def test_write_takes_the_write_lock_up_front(database):
    """BEGIN IMMEDIATE: a second writer waits at the start, never fails half-way."""
    other = other_connection(database)
    try:
        with database.sessions.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the write ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_does_not_block_writers(database):
    other = other_connection(database)
    try:
        with database.sessions.read() as s:
            s.scalar(select(func.count()).select_from(Setting))
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO setting(key, value) VALUES ('k', '1')")
            other.execute("COMMIT")
            # A read session is one snapshot: it does not see the commit made meanwhile.
            assert s.scalar(select(func.count()).select_from(Setting)) == 0
        with database.sessions.read() as s:
            assert get_setting(s, "k") == 1
    finally:
        other.close()
