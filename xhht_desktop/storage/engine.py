"""The SQLite engine: pragmas for durability, real transactions, one place to open sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000
WRITE_OPTION = "xhht_write"


def make_engine(db_path: Path) -> Engine:
    """An engine whose every connection has foreign keys on, WAL, synchronous=FULL."""
    engine = create_engine(f"sqlite:///{db_path}", future=True)
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


class Sessions:
    """Opens one transaction per use case: `with sessions.write() as s:` commits on success."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that may change data; committed at the end, rolled back on error."""
        with self._factory() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot of the database."""
        with self._factory() as session, session.begin():
            yield session
