"""An import killed at any moment leaves nothing or everything: the process is SIGKILLed at
random points while it applies a package, and the database is then checked."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, fill_demo
from xhht_desktop.storage.orm import PersonRecord

WARD = Installation(
    Level.COMMUNE,
    "26743",
    "Hội Khuyến học phường Bến Thành",
    "Hội Khuyến học phường Bến Thành",
    "79",
    "Thành phố Hồ Chí Minh",
    "26743",
    "Phường Bến Thành",
)
HOUSEHOLDS = 1500  # about a second to apply on the development machine
APPLY = """
import sys
from pathlib import Path
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
services = open_services(AppPaths.resolve(data_dir=sys.argv[1]))
print("ready", flush=True)
services.exchange.apply(Path(sys.argv[2]), trust_new_sender=True)
print("done", flush=True)
"""


def counts(db) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("household", "person", "imported_package")
        )
    finally:
        conn.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_import_killed_midway_leaves_nothing_or_everything(tmp_path, gazetteer):
    branch = open_services(AppPaths.resolve(data_dir=tmp_path / "kp3"), gazetteer)
    try:
        branch.installation.save(DEMO_INSTALLATION)
        fill_demo(branch.installation, branch.households, HOUSEHOLDS, seed=3)
        package = branch.exchange.export_package(tmp_path).path
        with branch.database.sessions.read() as s:
            persons = s.scalar(select(func.count()).select_from(PersonRecord))
    finally:
        branch.close()
    ward_dir = tmp_path / "ward"
    ward = open_services(AppPaths.resolve(data_dir=ward_dir), gazetteer)
    ward.installation.save(WARD)
    ward.close()
    db = ward_dir / "xhht.sqlite3"
    rng = random.Random(5)
    outcomes = set()
    for delay in (0.05, *(rng.uniform(0.1, 1.2) for _ in range(5))):
        with subprocess.Popen(
            [sys.executable, "-c", APPLY, str(ward_dir), str(package)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        ) as process:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == b"ready"
            time.sleep(delay)
            process.send_signal(signal.SIGKILL)
            process.wait()
        found = counts(db)
        assert found in ((0, 0, 0), (HOUSEHOLDS, persons, 1)), found
        outcomes.add(found[2])
        if found[2]:
            break
    print("outcomes of the kills (packages applied):", sorted(outcomes))
    if 1 not in outcomes:  # never got to the end: finish it now, from the state the kills left
        subprocess.run([sys.executable, "-c", APPLY, str(ward_dir), str(package)], check=True)
    assert counts(db) == (HOUSEHOLDS, persons, 1)
    assert 0 in outcomes  # at least one kill landed before the end
