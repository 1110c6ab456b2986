"""Backups: the 7/4/12 rotation, copies that are checked and self-contained, the list, restore
that checks first and backs up first, and the warning about where the data folder is."""

import dataclasses
import datetime as dt
import hashlib
import os
import sqlite3
import time

import pytest

from xhht_desktop.domain.entities import HouseholdDraft, PersonDraft
from xhht_desktop.errors import UserError
from xhht_desktop.paths import AppPaths
from xhht_desktop.services import backups as module
from xhht_desktop.services.backups import (
    AUTOMATIC,
    BEFORE_RESTORE,
    BackupService,
    keep_backups,
    location_warning,
    parse_name,
    posix_location,
    restore_file,
    windows_location,
)
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import fill_demo
from xhht_desktop.storage.backup import backup_name

NOW = dt.datetime(2026, 6, 15, 18, 0)  # a Monday


class Clock:
    """Local times a minute apart, so every copy has a name of its own."""

    def __init__(self, start=dt.datetime(2026, 6, 15, 9, 0)):
        self.now = start

    def __call__(self):
        self.now += dt.timedelta(minutes=1)
        return self.now


def add_households(services, *names):
    return [
        services.households.save(HouseholdDraft(members=(PersonDraft(name),)))[0] for name in names
    ]


def household_count(db_path):
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM household").fetchone()[0]
    finally:
        conn.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path):
    """Overwrite pages in the middle of the file, as a failing disk or a cut write would."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[2 * page : 6 * page] = b"\xa5" * (4 * page)
    path.write_bytes(bytes(data))


@pytest.fixture
def service(services):
    return BackupService(services.paths.db_path, services.paths.backups_dir, clock=Clock())


# ---- the rotation ---------------------------------------------------------------------------
def daily_for_a_year(hour=9):
    start = dt.datetime(2025, 6, 16, hour)
    return [(start + dt.timedelta(days=n), AUTOMATIC) for n in range(365)]


def test_a_year_of_daily_copies_keeps_7_days_4_weeks_12_months():
    stamps = daily_for_a_year()
    assert stamps[-1][0].date() == NOW.date()
    kept = sorted(when.date() for when, _reason in keep_backups(stamps, NOW))
    days = [dt.date(2026, 6, d) for d in range(9, 16)]
    weeks = [dt.date(2026, 6, 15), dt.date(2026, 6, 14), dt.date(2026, 6, 7), dt.date(2026, 5, 31)]
    months = [
        dt.date(2026, 6, 15),
        dt.date(2026, 5, 31),
        dt.date(2026, 4, 30),
        dt.date(2026, 3, 31),
        dt.date(2026, 2, 28),
        dt.date(2026, 1, 31),
        dt.date(2025, 12, 31),
        dt.date(2025, 11, 30),
        dt.date(2025, 10, 31),
        dt.date(2025, 9, 30),
        dt.date(2025, 8, 31),
        dt.date(2025, 7, 31),
    ]
    assert kept == sorted(set(days) | set(weeks) | set(months))
    assert len(kept) == 19


def test_pruning_every_day_ends_where_pruning_once_does():
    kept: set = set()
    for stamp in daily_for_a_year():
        kept = keep_backups(kept | {stamp}, stamp[0])
    assert kept == keep_backups(daily_for_a_year(), daily_for_a_year()[-1][0])
    assert len(kept) <= 7 + 4 + 12


def test_the_newest_copy_of_each_day_is_the_one_kept():
    morning, noon, evening = (dt.datetime(2026, 6, 14, h) for h in (8, 12, 17))
    stamps = [(morning, AUTOMATIC), (noon, "before-import"), (evening, AUTOMATIC)]
    assert keep_backups(stamps, NOW) == {(evening, AUTOMATIC)}


def test_copies_before_a_restore_or_a_migration_are_kept_30_days():
    stamps = daily_for_a_year(hour=9)
    special = {
        (NOW - dt.timedelta(days=20, hours=3), BEFORE_RESTORE),
        (NOW - dt.timedelta(days=10, hours=3), "before-migration-0007"),
        (NOW - dt.timedelta(days=29, hours=3), "before-migration-0008"),
    }
    too_old = {(NOW - dt.timedelta(days=40, hours=3), BEFORE_RESTORE)}
    kept = keep_backups([*stamps, *special, *too_old], NOW)
    assert special <= kept
    assert not too_old & kept


def test_on_a_pc_used_once_a_week_seven_days_of_use_are_kept():
    weekly = [(NOW - dt.timedelta(weeks=n), AUTOMATIC) for n in range(20)]
    kept = keep_backups(weekly, NOW)
    assert {(NOW - dt.timedelta(weeks=n), AUTOMATIC) for n in range(7)} <= kept


def test_a_copy_dated_in_the_future_means_the_clock_went_back_and_nothing_is_deleted():
    stamps = [*daily_for_a_year(), (NOW + dt.timedelta(days=400), AUTOMATIC)]
    # the PC now thinks it is a year earlier, e.g. after its clock battery went flat
    assert keep_backups(stamps, NOW) == set(stamps)


def test_backup_names_are_parsed_back():
    name = backup_name("before-migration-0007", dt.datetime(2026, 3, 5, 7, 8, 9))
    assert parse_name(name) == (dt.datetime(2026, 3, 5, 7, 8, 9), "before-migration-0007")
    again = name[:-3] + "~2.db"
    assert parse_name(again) == (dt.datetime(2026, 3, 5, 7, 8, 9, 2), "before-migration-0007")
    for other in (name + ".part", "xhht.sqlite3", "xhht_2026-13-45_07-08-09_x.db", "notes.txt"):
        assert parse_name(other) is None


# ---- copies and the list ----------------------------------------------------------------------
def test_backup_then_list_shows_date_size_and_counts(services, service):
    add_households(services, "Nguyễn Văn An", "Trần Thị Bình")
    info = service.backup(AUTOMATIC)
    assert info.path.parent == services.paths.backups_dir
    assert info.reason == AUTOMATIC and not info.damaged
    assert info.size == info.path.stat().st_size > 0
    assert (info.counts.households, info.counts.persons) == (2, 2)
    assert (info.counts.activities, info.counts.registrations) == (0, 0)
    add_households(services, "Lê Văn Cường")
    newer = service.backup(AUTOMATIC)
    listed = service.list()
    assert [i.path for i in listed] == [newer.path, info.path]  # newest first
    assert listed[0].counts.households == 3
    assert listed[0].when > listed[1].when


def test_list_ignores_part_files_and_shows_a_damaged_copy_as_damaged(services, service):
    fill_demo(services.installation, services.households, 60, seed=3)
    good = service.backup(AUTOMATIC)
    backups = services.paths.backups_dir
    (backups / (backup_name(AUTOMATIC, NOW) + ".part")).write_bytes(b"half a copy")
    (backups / "readme.txt").write_text("not a backup")
    garbage = backups / backup_name(AUTOMATIC, NOW - dt.timedelta(days=1))
    garbage.write_bytes(b"garbage" * 1000)
    truncated = backups / backup_name(AUTOMATIC, NOW + dt.timedelta(days=1))
    truncated.write_bytes(good.path.read_bytes()[:5000])
    listed = {i.path: i for i in service.list()}
    assert set(listed) == {good.path, garbage, truncated}
    assert listed[garbage].damaged and listed[garbage].counts is None
    assert listed[truncated].damaged
    assert not listed[good.path].damaged


def test_newest_good_skips_a_damaged_newest_copy(services, service):
    fill_demo(services.installation, services.households, 80, seed=3)
    older = service.backup(AUTOMATIC)
    newest = service.backup(AUTOMATIC)
    damage(newest.path)
    assert service.newest_good() == older.path
    damage(older.path)
    assert service.newest_good() is None


def test_back_up_now_to_writes_one_self_contained_file_without_wal(services, service, tmp_path):
    add_households(services, "Nguyễn Văn An", "Trần Thị Bình")
    usb = tmp_path / "USB stick"
    # an open connection keeps committed pages in the -wal file: they must be in the copy
    with services.database.engine.connect():
        info = service.backup_to(usb / "sao lưu.db")
    assert sorted(p.name for p in usb.iterdir()) == ["sao lưu.db"]
    conn = sqlite3.connect(usb / "sao lưu.db")
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM household").fetchone()[0] == 2
    finally:
        conn.close()
    assert info.counts.households == 2 and not info.damaged


def test_back_up_now_to_refuses_the_live_database_and_unwritable_places(services, service):
    db = services.paths.db_path
    before = household_count(db)
    for target in (db, db.with_name(db.name + "-wal")):
        with pytest.raises(UserError) as caught:
            service.backup_to(target)
        assert caught.value.code == "backup.same_file"
    assert household_count(db) == before
    blocker = db.parent / "a file"
    blocker.write_text("x")
    with pytest.raises(UserError) as caught:
        service.backup_to(blocker / "copy.db")  # a folder that is a file: cannot be written
    assert caught.value.code == "backup.unwritable"


# ---- what changed, automatic copies -----------------------------------------------------------
def test_changed_since_last_follows_the_data_not_the_file(services, service, gazetteer):
    assert service.changed_since_last()  # no copy yet
    (household_id,) = add_households(services, "Nguyễn Văn An")
    service.backup(AUTOMATIC)
    assert not service.changed_since_last()
    add_households(services, "Trần Thị Bình")
    assert service.changed_since_last()
    service.backup(AUTOMATIC)
    services.households.delete(household_id)  # to the trash: a tombstone, same row count
    assert service.changed_since_last()
    service.backup(AUTOMATIC)
    assert not service.changed_since_last()
    # closing folds the -wal into the file and reopening sets WAL again: the data is the same
    services.close()
    reopened = open_services(services.paths, gazetteer)
    try:
        assert not service.changed_since_last()
        installation = reopened.installation.require()
        # the installation is a setting: a table without updated_at
        reopened.installation.save(dataclasses.replace(installation, unit_name="Chi hội mới"))
        assert service.changed_since_last()
    finally:
        reopened.close()


def test_automatic_copies_when_changed_or_first_of_the_day_and_prunes(services, service):
    add_households(services, "Nguyễn Văn An")
    first = service.automatic(NOW)
    assert first is not None and first.reason == AUTOMATIC
    assert service.automatic(NOW + dt.timedelta(minutes=5)) is None  # same day, no change
    add_households(services, "Trần Thị Bình")
    changed = service.automatic(NOW + dt.timedelta(minutes=10))
    assert changed is not None and changed.counts.households == 2
    tomorrow = service.automatic(NOW + dt.timedelta(days=1))
    assert tomorrow is not None  # a new day: a copy even without changes
    # both copies of the first day but the newest are thinned out
    assert [i.path for i in service.list()] == [tomorrow.path, changed.path]


def test_prune_deletes_what_the_rotation_drops_and_stale_part_files(services, service):
    backups = services.paths.backups_dir
    backups.mkdir(parents=True, exist_ok=True)
    source = service.backup(AUTOMATIC, NOW - dt.timedelta(days=400)).path
    names = [backup_name(AUTOMATIC, when) for when, _ in daily_for_a_year()]
    for name in names:
        (backups / name).write_bytes(source.read_bytes())
    stale = backups / (names[0] + ".part")
    stale.write_bytes(b"left by a kill")
    fresh = backups / (names[1] + ".part")
    fresh.write_bytes(b"being written")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    removed = service.prune(NOW)
    assert source in removed  # older than 12 months
    assert len(service.list()) == 19
    assert not stale.exists()
    assert fresh.exists()  # may be a copy being made right now


# ---- restore ------------------------------------------------------------------------------------
def test_restore_backs_up_first_then_replaces_the_data(services, service, gazetteer):
    add_households(services, "Nguyễn Văn An", "Trần Thị Bình")
    chosen = service.backup(AUTOMATIC)
    add_households(services, "Lê Văn Cường")
    services.close()  # restore needs the database closed
    result = service.restore(chosen.path)
    assert result.restored.path == chosen.path
    assert result.restored.counts.households == 2
    assert result.safety is not None and result.safety.reason == BEFORE_RESTORE
    assert result.safety.counts.households == 3  # the data as it was is a backup of its own
    assert result.set_aside is None
    db = services.paths.db_path
    assert not db.with_name(db.name + "-wal").exists()
    reopened = open_services(services.paths, gazetteer)
    try:
        assert household_count(db) == 2
        add_households(reopened, "Phạm Thị Dung")  # usable as before
    finally:
        reopened.close()
    assert chosen.path.exists()  # the copy restored from stays in the list
    assert {i.reason for i in service.list()} == {AUTOMATIC, BEFORE_RESTORE}


def test_restore_refuses_bad_files_and_changes_nothing(services, service, tmp_path):
    fill_demo(services.installation, services.households, 80, seed=3)
    good = service.backup(AUTOMATIC).path
    services.close()
    db = services.paths.db_path

    def copy(name):
        path = tmp_path / name
        path.write_bytes(good.read_bytes())
        return path

    damaged = copy("damaged.db")
    damage(damaged)
    newer = copy("newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    text = tmp_path / "letter.pdf"
    text.write_bytes(b"%PDF-1.7 not a database")
    cases = {
        damaged: "backup.damaged",
        newer: "backup.too_new",
        foreign: "backup.not_a_database",
        text: "backup.not_a_database",
        tmp_path / "missing.db": "backup.unreadable",
        db: "backup.same_file",
    }
    before, listing = digest(db), sorted(services.paths.backups_dir.iterdir())
    for path, code in cases.items():
        with pytest.raises(UserError) as caught:
            service.restore(path)
        assert caught.value.code == code, path
        assert caught.value.params["file"] == str(path)
    assert digest(db) == before
    assert sorted(services.paths.backups_dir.iterdir()) == listing
    assert sorted(p.name for p in db.parent.iterdir() if p.is_file()) == [db.name]


def test_restore_while_the_database_is_open_is_refused(services, service):
    add_households(services, "Nguyễn Văn An")
    chosen = service.backup(AUTOMATIC)
    add_households(services, "Trần Thị Bình")
    with pytest.raises(UserError) as caught:
        service.restore(chosen.path)  # the services still hold connections
    assert caught.value.code == "backup.in_use"
    assert household_count(services.paths.db_path) == 2
    assert [i.path for i in service.list()] == [chosen.path]


def test_a_damaged_database_is_set_aside_and_the_newest_good_copy_restored(
    services, service, gazetteer
):
    fill_demo(services.installation, services.households, 80, seed=3)
    service.backup(AUTOMATIC)
    services.close()
    db = services.paths.db_path
    damage(db)
    broken = digest(db)
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"frames that belong to the damaged file only")
    good = service.newest_good()
    result = restore_file(db, services.paths.backups_dir, good)
    assert result.safety is None
    assert result.set_aside is not None and result.set_aside.parent == services.paths.backups_dir
    assert digest(result.set_aside / db.name) == broken  # kept as it was, for a technician
    assert (result.set_aside / wal.name).exists() and not wal.exists()
    reopened = open_services(services.paths, gazetteer)
    reopened.close()
    assert household_count(db) == 80
    assert all(not i.damaged for i in service.list())  # the damaged file is not listed


def test_inspect_checks_a_file_before_the_question_is_asked(services, service, tmp_path):
    add_households(services, "Nguyễn Văn An")
    info = service.inspect(service.backup(AUTOMATIC).path)
    assert info.counts.households == 1 and info.revision is not None
    with pytest.raises(UserError) as caught:
        service.inspect(services.paths.db_path)
    assert caught.value.code == "backup.same_file"


def test_files_in_folders_with_odd_names_are_read(services, service, tmp_path):
    add_households(services, "Nguyễn Văn An")
    odd = tmp_path / "Sao lưu #1 100% ?ok"
    info = service.backup_to(odd / "bản sao #2.db")
    assert info.counts.households == 1
    assert module.describe(info.path, check=True).counts.households == 1
    assert module.check_backup(info.path).counts.households == 1


# ---- where the data folder is -------------------------------------------------------------
MOUNTS = [
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/srv/share", "nfs4"),
    ("/net/office", "cifs"),
    ("/home/hoa/remote", "fuse.sshfs"),
    ("/media/hoa/USB DISK", "vfat"),
    ("/run/media/hoa/KINGSTON", "exfat"),
    ("/mnt/backup", "ext4"),
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/hoa/.local/share/XHHT Desktop", None),
        ("/", None),
        ("/srv/share/xhht", "backup.network_folder"),
        ("/srv/shared", None),  # a prefix of a mount point's name is not inside it
        ("/net/office/data", "backup.network_folder"),
        ("/home/hoa/remote/xhht", "backup.network_folder"),
        ("/media/hoa/USB DISK/xhht", "backup.removable_folder"),
        ("/run/media/hoa/KINGSTON", "backup.removable_folder"),
        ("/mnt/backup/xhht", "backup.removable_folder"),
    ],
)
def test_posix_location_by_mount(path, expected):
    assert posix_location(path, MOUNTS) == expected


def test_location_warning_reads_the_mounts(monkeypatch, tmp_path):
    monkeypatch.setattr(module.sys, "platform", "linux")
    monkeypatch.setattr(module, "_mounts", lambda: [("/", "ext4"), (str(tmp_path), "cifs")])
    assert location_warning(tmp_path / "data") == "backup.network_folder"
    monkeypatch.setattr(module, "_mounts", lambda: [("/", "ext4")])
    assert location_warning(tmp_path / "data") is None


def test_mount_points_with_spaces_are_decoded(monkeypatch, tmp_path):
    proc = tmp_path / "mounts"
    proc.write_text(
        "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /media/hoa/USB\\040DISK vfat rw 0 0\n",
        encoding="utf-8",
    )
    real_path = module.Path

    monkeypatch.setattr(module, "Path", lambda p: proc if p == "/proc/mounts" else real_path(p))
    assert module._mounts() == [("/", "ext4"), ("/media/hoa/USB DISK", "vfat")]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"C:\Users\Hoa\AppData\Local\XHHT Desktop", None),
        (r"\\SERVER\share\XHHT", "backup.network_folder"),
        ("//SERVER/share/XHHT", "backup.network_folder"),
        (r"\\?\UNC\SERVER\share\XHHT", "backup.network_folder"),
        (r"\\?\C:\Users\Hoa\XHHT", None),
        (r"Z:\XHHT", "backup.network_folder"),
        (r"E:\XHHT", "backup.removable_folder"),
    ],
)
def test_windows_location_by_drive_type(path, expected):
    kinds = {"C:\\": 3, "Z:\\": module.DRIVE_REMOTE, "E:\\": module.DRIVE_REMOVABLE}
    assert windows_location(path, lambda root: kinds[root.upper()]) == expected


def test_the_service_warns_about_its_own_folder(services, service, monkeypatch):
    monkeypatch.setattr(module.sys, "platform", "linux")
    folder = str(services.paths.data_dir)
    monkeypatch.setattr(module, "_mounts", lambda: [("/", "ext4"), (folder, "nfs")])
    assert service.location_warning() == "backup.network_folder"


def test_backup_service_over_app_paths(tmp_path):
    paths = AppPaths.resolve(data_dir=tmp_path / "data")
    service = BackupService(paths.db_path, paths.backups_dir)
    assert service.list() == [] and service.newest_good() is None
    assert service.automatic() is None  # no database yet: nothing to copy


def test_two_copies_in_the_same_second_are_both_kept(services):
    fixed = dt.datetime(2026, 6, 15, 9, 0, 0, 500)
    service = BackupService(services.paths.db_path, services.paths.backups_dir, lambda: fixed)
    first = service.backup(AUTOMATIC)
    add_households(services, "Nguyễn Văn An")
    second = service.backup(AUTOMATIC)
    third = service.backup(AUTOMATIC)
    assert first.path.exists() and second.path.name == first.path.name[:-3] + "~2.db"
    assert third.path.name.endswith("_automatic~3.db")
    assert (first.counts.households, second.counts.households) == (0, 1)
    assert [i.path for i in service.list()] == [third.path, second.path, first.path]
    assert {i.reason for i in service.list()} == {AUTOMATIC}
    service.prune(fixed)  # the same day: only the newest stays
    assert [i.path for i in service.list()] == [third.path]
    fourth = service.backup(BEFORE_RESTORE)  # never a freed lower number: it would sort older
    assert fourth.path.name.endswith("_before-restore~4.db")
    assert service.list()[0].path == fourth.path
