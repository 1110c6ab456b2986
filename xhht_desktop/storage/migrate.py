"""Bring a database file to the schema this version of the app expects, safely.

Order (see ARCHITECTURE.md rule 9): refuse a file from a newer version; back the file up;
switch foreign keys off on the raw connection (Alembic's batch mode would otherwise
cascade-delete child rows); upgrade; prove `foreign_key_check` is empty; switch them back on.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from xhht_desktop.errors import DatabaseDamaged, DatabaseTooNew
from xhht_desktop.storage.orm import FTS_DDL, FTS_TABLE, FTS_TRIGGERS


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("xhht_desktop.storage") / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_migration(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def migrate(engine: Engine, backup: Callable[[str], object] | None = None) -> bool:
    """Upgrade to the newest schema; return True if anything was done.

    `backup(reason)` is called before an existing database is changed.
    """
    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current == script.get_current_head():
        return False
    if current is not None:
        if current not in known_revisions():
            raise DatabaseTooNew(revision=current)
        if backup is not None:
            backup(f"before-migration-{current}")
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")  # before SQLAlchemy's BEGIN, or it is ignored
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            ensure_search_index(raw)
            conn.commit()
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseDamaged(detail=f"foreign_key_check: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True


def ensure_search_index(raw: Any) -> None:
    """Put back the search index's table and triggers if a migration dropped them, and
    rebuild its contents then, so search always sees every household."""
    present = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    if FTS_TABLE in present and set(FTS_TRIGGERS) <= present:
        return
    for statement in FTS_DDL:
        raw.execute(statement)
    raw.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
