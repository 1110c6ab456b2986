"""An upgrade of an existing register: backed up first, every row kept, foreign keys intact.

This test adds a revision after the newest one in a copy of the migrations
that rebuilds the household table (Alembic's batch mode on SQLite), the case that silently
deletes child rows when foreign keys are left on.
"""

from __future__ import annotations

import shutil
import sqlite3
from importlib.resources import files

from alembic.config import Config

from xhht_desktop.domain.entities import HouseholdDraft, HouseholdFilter, PersonDraft
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import fill_demo
from xhht_desktop.storage import database as database_module
from xhht_desktop.storage import migrate as migrate_module
from xhht_desktop.storage.revision import HEAD

SECOND = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("household", recreate="always") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("household") as batch:
        batch.drop_column("test_note")
"""


def test_an_upgrade_backs_up_first_and_keeps_every_row(tmp_path, monkeypatch):
    paths = AppPaths.resolve(data_dir=tmp_path / "data")
    services = open_services(paths)
    fill_demo(services.installation, services.households, 30, seed=5)
    households = services.households.count(HouseholdFilter())
    services.close()
    persons = sqlite3.connect(paths.db_path).execute("SELECT count(*) FROM person").fetchone()[0]

    scripts = tmp_path / "migrations"
    shutil.copytree(str(files("xhht_desktop.storage") / "migrations"), scripts)
    (scripts / "versions" / "9001_test.py").write_text(SECOND.replace("{head}", HEAD), "utf-8")

    def config() -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate_module, "alembic_config", config)
    monkeypatch.setattr(database_module, "HEAD", "9001")

    upgraded = open_services(paths)
    try:
        assert upgraded.database.migrated
        assert upgraded.households.count(HouseholdFilter()) == households
        assert upgraded.integrity.check() == []
        # The rebuilt table still feeds the search index (SQLite drops its triggers with it).
        new_id, _ = upgraded.households.save(
            HouseholdDraft(members=(PersonDraft(full_name="Quách Thị Xuyến"),))
        )
        assert upgraded.households.ids(HouseholdFilter(text="quach xuyen")) == [new_id]
    finally:
        upgraded.close()
    conn = sqlite3.connect(paths.db_path)
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == persons + 1  # + Xuyến
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "test_note" in [row[1] for row in conn.execute("PRAGMA table_info(household)")]
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9001"

    backups = list(paths.backups_dir.glob(f"*before-migration-{HEAD}*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert old.execute("SELECT count(*) FROM person").fetchone()[0] == persons


def test_a_register_from_the_first_version_is_upgraded(tmp_path):
    from alembic import command

    from xhht_desktop.storage.engine import make_engine
    from xhht_desktop.storage.migrate import alembic_config

    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    config = alembic_config()
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    engine.dispose()
    services = open_services(AppPaths.resolve(db=path))
    try:
        assert services.database.migrated
        names = [t.name for t in services.activities.types()]
        assert "Sinh hoạt chuyên đề" in names
    finally:
        services.close()
    assert list((tmp_path / "backups").glob("*before-migration-0001*.db"))
