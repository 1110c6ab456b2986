"""Opening the database file: health check, migration, engine and sessions."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from xhht_desktop.errors import DatabaseDamaged
from xhht_desktop.storage.backup import backup_name, copy_database
from xhht_desktop.storage.engine import Sessions, make_engine
from xhht_desktop.storage.migrate import migrate

log = logging.getLogger(__name__)


@dataclass
class Database:
    path: Path
    engine: Engine
    sessions: Sessions
    migrated: bool

    def close(self) -> None:
        self.engine.dispose()


def quick_check(path: Path) -> None:
    """Raise DatabaseDamaged if the file is not a healthy SQLite database."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(detail=str(exc)) from exc
    if result != ["ok"]:
        raise DatabaseDamaged(detail="; ".join(result[:5]))


def open_database(path: Path, backups_dir: Path) -> Database:
    """Check, back up if a migration is due, migrate, and return a ready database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > 0:
        quick_check(path)

    def backup(reason: str) -> None:
        dest = copy_database(path, backups_dir / backup_name(reason))
        log.info("backed up %s to %s", path, dest)

    engine = make_engine(path)
    try:
        migrated = migrate(engine, backup)
    except Exception:
        engine.dispose()
        raise
    return Database(path, engine, Sessions(engine), migrated)
