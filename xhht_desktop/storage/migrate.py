"""Bring a database file to the schema this version of the app expects, safely.

Order (see ARCHITECTURE.md rule 9): refuse a file from a newer version; back the file up;
switch foreign keys off on the raw connection (Alembic's batch mode would otherwise
cascade-delete child rows); upgrade; prove `foreign_key_check` is empty; switch them back on.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from xhht_desktop.errors import DatabaseDamaged, DatabaseTooNew


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
            conn.commit()
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise DatabaseDamaged(detail=f"foreign_key_check: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return True
