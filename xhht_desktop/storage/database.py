"""Opening the database file: health check, migration, engine and sessions."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from xhht_desktop.errors import DatabaseDamaged, DatabaseTooNew
from xhht_desktop.storage.backup import backup_name, copy_database, read_only_uri
from xhht_desktop.storage.engine import Sessions, make_engine
from xhht_desktop.storage.revision import HEAD

log = logging.getLogger(__name__)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: Sessions
    migrated: bool

    def close(self) -> None:
        self.engine.dispose()


def inspect_file(path: Path) -> str | None:
    """Check the file read-only and return its schema revision (None for a new database).

    Raises DatabaseDamaged if it is not a healthy SQLite database. Nothing is written, so a
    file that is refused stays exactly as it was.
    """
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA quick_check")]
            has_version = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(detail=str(exc)) from exc
    if result != ["ok"]:
        raise DatabaseDamaged(detail="; ".join(result[:5]))
    return row[0] if row else None


def open_database(path: Path, backups_dir: Path) -> Database:
    """Check, back up if a migration is due, migrate, and return a ready database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    revision = inspect_file(path) if path.exists() and path.stat().st_size > 0 else None
    if revision != HEAD:
        from xhht_desktop.storage.migrate import known_revisions  # loads Alembic

        if revision is not None and revision not in known_revisions():
            raise DatabaseTooNew(revision=revision)

    def backup(reason: str) -> None:
        dest = copy_database(path, backups_dir / backup_name(reason))
        log.info("backed up %s to %s", path, dest)

    engine = make_engine(path)
    migrated = False
    if revision != HEAD:
        from xhht_desktop.storage.migrate import migrate

        try:
            migrated = migrate(engine, backup)
        except Exception:
            engine.dispose()
            raise
    return Database(path, engine, Sessions(engine), migrated)
