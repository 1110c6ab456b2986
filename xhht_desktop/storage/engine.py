"""The SQLite engine: pragmas for durability, real transactions, one place to open sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from xhht_desktop.storage.audit import WHO

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "xhht_write"


def make_engine(db_path: Path) -> Engine:
    """An engine whose every connection has foreign keys on, WAL, synchronous=FULL."""
    # URL.create quotes nothing away: a folder named "50% xong" or "#2" still opens.
    engine = create_engine(URL.create("sqlite", database=str(db_path)), future=True)
    _install_pragmas(engine)
    return engine


def _install_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi: sqlite3.Connection, _record: Any) -> None:
        # Python 3.11's sqlite3 starts transactions lazily and not before SELECTs; let
        # SQLAlchemy emit BEGIN itself so every unit of work is one real transaction.
        dbapi.isolation_level = None
        for pragma in (
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            "journal_mode=WAL",
            "synchronous=FULL",  # power cuts are common: lose no committed change
            "cache_size=-32000",  # 32 MB of pages: the register's indexes stay in memory
        ):
            dbapi.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout
        # instead of failing half-way with "database is locked".
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class _AuditedSession(Session):
    """The session class the audit listener is attached to (not every Session of the process)."""


class Sessions:
    """Opens one transaction per use case: `with sessions.write() as s:` commits on success."""

    def __init__(self, engine: Engine) -> None:
        from xhht_desktop.storage import audit

        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False, class_=_AuditedSession)
        audit.install(_AuditedSession)
        # Who is writing (the audit trail's name) and whether they may: set by the accounts
        # service once someone logs in; the command line sets its own name.
        self.who: Callable[[], str] = lambda: "?"
        self.guard: Callable[[], None] = lambda: None

    @contextmanager
    def write(self, *, system: bool = False) -> Iterator[Session]:
        """A transaction that may change data; committed at the end, rolled back on error.
        Refused for a read-only user, unless `system` (the app's own housekeeping, such as
        counting failed logins). Every row it changes is written to the audit trail."""
        if not system:
            self.guard()
        with self._factory() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            session.info[WHO] = self.who()
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot of the database."""
        with self._factory() as session, session.begin():
            yield session
