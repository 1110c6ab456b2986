"""Migrations build exactly the schema the models describe, and refuse what they don't know."""

import ast
import hashlib
import sqlite3
from importlib.resources import files
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from xhht_desktop.errors import DatabaseDamaged, DatabaseTooNew
from xhht_desktop.storage.backup import copy_database
from xhht_desktop.storage.database import open_database
from xhht_desktop.storage.engine import make_engine
from xhht_desktop.storage.migrate import (
    current_revision,
    head_revision,
    migrate,
    needs_migration,
)
from xhht_desktop.storage.orm import FTS_OBJECTS, FTS_TABLE, Base


def env_include_object():
    """migrations/env.py's own include_object (env.py runs only inside Alembic, so the
    function is lifted out of its source rather than imported)."""
    source = (files("xhht_desktop.storage") / "migrations" / "env.py").read_text("utf-8")
    tree = ast.parse(source)
    func = next(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "include_object"
    )
    namespace = {"FTS_OBJECTS": FTS_OBJECTS}
    exec(compile(ast.Module([func], type_ignores=[]), "env.py", "exec"), namespace)
    return namespace["include_object"]


def test_env_skips_only_the_search_index_tables():
    include = env_include_object()
    assert not include(None, FTS_TABLE, "table", True, None)
    assert not include(None, f"{FTS_TABLE}_data", "table", True, None)
    assert include(None, "household", "table", True, None)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_equals_the_models(database):
    with database.engine.connect() as conn:
        opts = {"include_object": env_include_object()}
        context = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_migrations_create_the_search_index_and_its_triggers(database):
    with database.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')"
            )
        }
    assert FTS_TABLE in names
    assert {"household_fts_ai", "household_fts_ad", "household_fts_au"} <= names
    assert {"household", "person", "setting", "alembic_version"} <= names


def test_every_model_table_exists_after_migration(database):
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_fresh_file_is_migrated_without_backup_and_only_once(tmp_path):
    engine = make_engine(tmp_path / "new.sqlite3")
    calls = []
    try:
        assert needs_migration(engine)
        assert current_revision(engine) is None
        assert migrate(engine, calls.append) is True
        assert current_revision(engine) == head_revision()
        assert not needs_migration(engine)
        assert migrate(engine, calls.append) is False
    finally:
        engine.dispose()
    assert calls == []  # a new file has nothing to lose: no backup


def test_open_database_reports_whether_it_migrated(tmp_path):
    path, backups = tmp_path / "xhht.sqlite3", tmp_path / "backups"
    first = open_database(path, backups)
    first.close()
    second = open_database(path, backups)
    second.close()
    assert (first.migrated, second.migrated) == (True, False)
    assert not backups.exists() or not any(backups.iterdir())


def stamp(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    finally:
        conn.close()


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "xhht.sqlite3"
    open_database(path, tmp_path / "backups").close()
    stamp(path, "9999")
    before = sha256(path)
    with pytest.raises(DatabaseTooNew) as caught:
        open_database(path, tmp_path / "backups")
    assert caught.value.params == {"revision": "9999"}
    assert sha256(path) == before
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_copied_database_from_a_newer_version_is_refused_untouched(tmp_path):
    """A copy (as backups and USB transfers are made: rollback journal, not WAL) from a newer
    version must not be rewritten either; the message promises that nothing was changed."""
    live = tmp_path / "live.sqlite3"
    open_database(live, tmp_path / "backups").close()
    path = copy_database(live, tmp_path / "copy.sqlite3")
    stamp(path, "9999")
    before = sha256(path)
    with pytest.raises(DatabaseTooNew):
        open_database(path, tmp_path / "backups")
    assert sha256(path) == before


@pytest.mark.parametrize("content", [b"garbage" * 200, b"SQLite format 3\x00" + b"\xff" * 600])
def test_file_that_is_not_a_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "xhht.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xhht.sqlite3"]


def test_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "xhht.sqlite3"
    path.touch()
    db = open_database(path, tmp_path / "backups")
    try:
        assert db.migrated
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


def test_the_revision_constant_is_the_newest_script():
    from xhht_desktop.storage.migrate import head_revision
    from xhht_desktop.storage.revision import HEAD

    assert head_revision() == HEAD


def test_the_first_revision_builds_the_search_index_the_app_expects():
    from importlib import import_module

    first = import_module("xhht_desktop.storage.migrations.versions.0001_initial")
    from xhht_desktop.storage.orm import FTS_DDL as APP_DDL

    assert first.FTS_DDL == APP_DDL  # when the app's index changes, a new revision must say so
