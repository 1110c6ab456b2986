"""Power cuts, simulated: processes that write households (one committed transaction each) and
make backups are SIGKILLed at random moments. Afterwards the database must be intact and hold
every household whose commit was reported before the kill, and every finished backup must be
good; a restore killed part-way leaves either the old data or the restored data, never less."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from xhht_desktop.paths import AppPaths
from xhht_desktop.services.backups import AUTOMATIC, BackupService
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, fill_demo

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

WRITER = """
import sys
from xhht_desktop.domain.entities import HouseholdDraft, PersonDraft
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
services = open_services(AppPaths.resolve(data_dir=sys.argv[1]))
print("ready", flush=True)
names = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung")
n = 0
while True:
    members = (PersonDraft(names[n % 4]), PersonDraft(names[(n + 1) % 4]))
    household_id, _ = services.households.save(HouseholdDraft(members=members, notes="x" * n))
    print(household_id, flush=True)  # only once the transaction is committed
    n += 1
"""
BACKUPS = """
import sys
from pathlib import Path
from xhht_desktop.services.backups import BackupService
service = BackupService(Path(sys.argv[1]), Path(sys.argv[2]))
print("ready", flush=True)
while True:
    info = service.backup("automatic")
    print(info.path.name, flush=True)  # only once the copy is complete and renamed
    service.prune()
"""
RESTORE = """
import sys
from pathlib import Path
from xhht_desktop.services.backups import restore_file
print("ready", flush=True)
while True:
    restore_file(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
    print("restored", flush=True)
"""


def start(script: str, log: Path, *args: object) -> subprocess.Popen:
    handle = open(log, "wb")  # noqa: SIM115 - the child writes to it until it is killed
    try:
        return subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    finally:
        handle.close()


def lines(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines()


def wait_ready(process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 20
    while "ready" not in lines(log):
        assert process.poll() is None, log.read_text(encoding="utf-8")
        assert time.monotonic() < deadline, "the child did not start"
        time.sleep(0.01)


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait()


def household_ids(db: Path) -> set[int]:
    conn = sqlite3.connect(db)  # read-write: recovers the -wal as the app would
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return {row[0] for row in conn.execute("SELECT id FROM household")}
    finally:
        conn.close()


def reported_ids(log: Path) -> set[int]:
    return {int(line) for line in lines(log) if line.isdigit()}


def test_writes_and_backups_killed_at_random_lose_no_committed_change(tmp_path, gazetteer):
    data = tmp_path / "data"
    paths = AppPaths.resolve(data_dir=data)
    services = open_services(paths, gazetteer)
    services.installation.save(DEMO_INSTALLATION)
    fill_demo(services.installation, services.households, 300, seed=4)  # a few MB to copy
    services.close()
    service = BackupService(paths.db_path, paths.backups_dir)
    rng = random.Random(11)
    committed: set[int] = set()
    finished_backups = 0
    for round_ in range(5):
        writer_log, backup_log = tmp_path / f"w{round_}.log", tmp_path / f"b{round_}.log"
        writer = start(WRITER, writer_log, data)
        backups = start(BACKUPS, backup_log, paths.db_path, paths.backups_dir)
        wait_ready(writer, writer_log)
        wait_ready(backups, backup_log)
        time.sleep(rng.uniform(0.05, 0.8))
        first, second = (writer, backups) if rng.random() < 0.5 else (backups, writer)
        kill(first)
        time.sleep(rng.uniform(0.0, 0.3))
        kill(second)

        committed |= reported_ids(writer_log)
        found = household_ids(paths.db_path)
        assert committed <= found, sorted(committed - found)[:10]
        listed = service.list(check=True)
        assert all(not info.damaged for info in listed), [i.detail for i in listed]
        assert all(not info.path.name.endswith(".part") for info in listed)
        made = [line for line in lines(backup_log) if line.endswith(".db")]
        finished_backups += len(made)
        if made:  # the last one reported finished is there and good
            newest = paths.backups_dir / made[-1]
            assert newest in {info.path for info in listed}
            conn = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
            try:
                assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                conn.close()
    print(f"households committed before the kills: {len(committed)}, backups: {finished_backups}")
    assert len(committed) > 0 and finished_backups > 0
    services = open_services(paths, gazetteer)  # the app opens what the kills left
    services.close()


def test_a_restore_killed_at_random_leaves_the_old_data_or_the_restored_data(tmp_path, gazetteer):
    paths = AppPaths.resolve(data_dir=tmp_path / "data")
    services = open_services(paths, gazetteer)
    services.installation.save(DEMO_INSTALLATION)
    fill_demo(services.installation, services.households, 200, seed=5)
    services.close()
    service = BackupService(paths.db_path, paths.backups_dir)
    chosen = service.backup(AUTOMATIC).path
    services = open_services(paths, gazetteer)
    fill_demo(services.installation, services.households, 100, seed=6)
    services.close()
    current = paths.db_path.read_bytes()  # the data before each restore: 300 households
    rng = random.Random(3)
    outcomes = []
    for round_ in range(8):
        for leftover in paths.data_dir.glob(paths.db_path.name + "*"):
            leftover.unlink()
        paths.db_path.write_bytes(current)
        log = tmp_path / f"r{round_}.log"
        process = start(RESTORE, log, paths.db_path, paths.backups_dir, chosen)
        wait_ready(process, log)
        time.sleep(rng.uniform(0.0, 0.05))
        kill(process)
        assert paths.db_path.exists()
        count = len(household_ids(paths.db_path))
        assert count in (200, 300), count
        outcomes.append(count)
    print("households after each killed restore:", outcomes)
    services = open_services(paths, gazetteer)
    services.close()
    assert all(not info.damaged for info in service.list(check=True))
