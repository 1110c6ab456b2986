"""Backups of the database and restoring one: automatic copies, "back up now to…", the list,
the guided restore after damage, and a warning when the data folder is not on a local disk.

Every copy is made with SQLite's online backup API (`storage.backup.copy_database`): it is
consistent while the app writes, checked with `quick_check`, self-contained (rollback journal,
no -wal file) and renamed into place only when complete, so a power cut never leaves a half
copy under a backup's name.

Automatic copies live in the data folder's `backups/` folder, named `xhht_<time>_<reason>.db`
(local time, so they sort by age); they are made at start when the data changed since the
newest copy or none was made today, and before every migration, package import and restore.
They are thinned to the newest of each of the last 7 days, 4 ISO weeks and 12 months; copies
made before a restore or an update of the application are kept at least 30 days.

Restoring replaces the database file itself: the app's `Database` must be closed first and
opened again afterwards (`restore_file` works when nothing is open, e.g. from the CLI).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import ntpath
import os
import re
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from xhht_desktop.errors import DatabaseDamaged, UserError
from xhht_desktop.storage.backup import backup_name, copy_database, read_only_uri
from xhht_desktop.storage.revision import HEAD

log = logging.getLogger(__name__)

AUTOMATIC = "automatic"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"  # storage.migrate adds the old revision: "-0007"
BEFORE_IMPORT = "before-import"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
PROTECTED_DAYS = 30  # copies made before a restore or a migration are kept at least this long
CLOCK_SLACK = dt.timedelta(days=1)  # a copy dated later than this says the clock went back
STALE_PART = dt.timedelta(hours=1)  # a ".part" older than this is what a kill left behind
WHOLE_ROWS = 2000  # tables without updated_at up to this size are hashed row by row
SQLITE_MAGIC = b"SQLite format 3\x00"
REQUIRED_TABLES = frozenset({"alembic_version", "setting", "household", "person"})
NAME = re.compile(r"^xhht_(\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})_(.+?)(?:~(\d+))?\.db$")
NAME_TIME = "%Y-%m-%d_%H-%M-%S"
SIDECARS = ("-wal", "-shm", "-journal")  # must never outlive the file they belong to

NETWORK_FOLDER = "backup.network_folder"
REMOVABLE_FOLDER = "backup.removable_folder"
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4  # GetDriveTypeW
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "davfs",
        "sshfs",
    }
)
NETWORK_PREFIXES = ("nfs", "smb", "cifs", "fuse.sshfs", "fuse.davfs", "fuse.rclone", "fuse.s3fs")
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


# ---- what a backup is ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Counts:
    """Records in a copy, as a user counts them (not in the trash); None: no such table yet."""

    households: int | None
    persons: int | None
    activities: int | None
    registrations: int | None


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    when: dt.datetime  # local time, naive: from the file's name, else its modification time
    reason: str  # "automatic", "before-restore", "before-migration-0007", "before-import"…
    size: int  # bytes
    counts: Counts | None  # None when it could not be read
    revision: str | None = None  # the schema revision inside
    damaged: bool = False
    detail: str = ""  # why it is damaged


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: BackupInfo  # the copy that is now the data
    safety: BackupInfo | None  # the data as it was, backed up first (None: there was none)
    set_aside: Path | None  # a damaged database moved here instead of being backed up


# ---- the rotation, a pure function --------------------------------------------------------
Stamp = tuple[dt.datetime, str]  # (when, reason)


def is_protected(reason: str) -> bool:
    return reason == BEFORE_RESTORE or reason.startswith(BEFORE_MIGRATION)


def keep_backups(stamps: Iterable[Stamp], now: dt.datetime) -> set[Stamp]:
    """Which copies to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months
    that have a copy, and those made before a restore or migration in the last 30 days.

    "The last N days" counts days with a copy, not calendar days: on a PC used once a week the
    seven daily copies reach seven weeks back instead of being thrown away. If a copy is dated
    after `now`, the PC's clock went back (a flat CMOS battery after a power cut): everything
    is kept until the clock is right, since "newest" cannot be trusted.
    """
    items = sorted(set(stamps), key=lambda s: s[0], reverse=True)
    if any(when > now + CLOCK_SLACK for when, _reason in items):
        return set(items)
    buckets: tuple[tuple[Callable[[dt.datetime], object], int], ...] = (
        (lambda t: t.date(), KEEP_DAILY),
        (lambda t: tuple(t.isocalendar())[:2], KEEP_WEEKLY),
        (lambda t: (t.year, t.month), KEEP_MONTHLY),
    )
    keep: set[Stamp] = set()
    for bucket, limit in buckets:
        seen: set[object] = set()
        for item in items:  # newest first: the first of a bucket is its newest
            key = bucket(item[0])
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.add(key)
            keep.add(item)
    protected_since = now - dt.timedelta(days=PROTECTED_DAYS)
    keep.update(item for item in items if is_protected(item[1]) and item[0] >= protected_since)
    return keep


# ---- reading a database file without touching it -----------------------------------------
@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        yield conn


def _tables(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    return {name: sql or "" for name, sql in rows}


def _revision(conn: sqlite3.Connection, tables: dict[str, str]) -> str | None:
    if "alembic_version" not in tables:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _count(conn: sqlite3.Connection, tables: dict[str, str], table: str) -> int | None:
    if table not in tables:
        return None
    row = conn.execute(f'SELECT count(*) FROM "{table}" WHERE deleted_at IS NULL').fetchone()
    return int(row[0])


def read_counts(conn: sqlite3.Connection, tables: dict[str, str]) -> Counts:
    return Counts(
        households=_count(conn, tables, "household"),
        persons=_count(conn, tables, "person"),
        activities=_count(conn, tables, "activity"),
        registrations=_count(conn, tables, "registration"),
    )


def _looks_like_sqlite(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def parse_name(name: str) -> Stamp | None:
    """("xhht_2026-03-05_07-08-09_automatic.db") → (that time, "automatic"); None otherwise.

    A second copy of the same second ("…_automatic~2.db") is placed 2 µs later, so copies
    stay distinct and in the order they were made."""
    match = NAME.match(name)
    if match is None:
        return None
    try:
        when = dt.datetime.strptime(match.group(1), NAME_TIME)
    except ValueError:
        return None
    return when + dt.timedelta(microseconds=int(match.group(3) or 0)), match.group(2)


def free_name(folder: Path, reason: str, when: dt.datetime) -> Path:
    """The backup's path. A second copy in the same second is named "…~2.db", a third
    "…~3.db" (one more than any copy of that second still there), so a copy never replaces
    another and the names keep the order in which the copies were made."""
    name = backup_name(reason, when)
    stamp = name[: len("xhht_0000-00-00_00-00-00_")]
    taken = [parse_name(p.name) for p in folder.glob(f"{stamp}*")] if folder.is_dir() else []
    numbers = [found[0].microsecond for found in taken if found is not None]
    if not numbers:
        return folder / name
    return folder / f"{name[:-3]}~{max(2, max(numbers) + 1)}.db"


def describe(path: Path, *, check: bool = False) -> BackupInfo:
    """Date, size and record counts of a copy, read-only. A copy that cannot be read is
    described as damaged; nothing is raised for it (a missing file raises OSError)."""
    size = path.stat().st_size
    stamp = parse_name(path.name)
    when, reason = stamp or (dt.datetime.fromtimestamp(path.stat().st_mtime), "")
    try:
        if not _looks_like_sqlite(path):
            return BackupInfo(path, when, reason, size, None, damaged=True, detail="not SQLite")
        with _read_only(path) as conn:
            if check:
                result = [row[0] for row in conn.execute("PRAGMA quick_check")]
                if result != ["ok"]:
                    detail = "; ".join(result[:3])
                    return BackupInfo(path, when, reason, size, None, damaged=True, detail=detail)
            tables = _tables(conn)
            return BackupInfo(
                path, when, reason, size, read_counts(conn, tables), _revision(conn, tables)
            )
    except sqlite3.DatabaseError as exc:
        return BackupInfo(path, when, reason, size, None, damaged=True, detail=str(exc))


def check_backup(path: Path) -> BackupInfo:
    """A file fit to become the data, or the UserError that says why not. Reads only."""
    path = Path(path)
    try:
        if not path.is_file():
            raise UserError("backup.unreadable", file=str(path), detail="not found")
        if path.stat().st_size == 0 or not _looks_like_sqlite(path):
            raise UserError("backup.not_a_database", file=str(path))
    except OSError as exc:
        raise UserError("backup.unreadable", file=str(path), detail=str(exc)) from exc
    try:
        with _read_only(path) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise UserError("backup.damaged", file=str(path), detail="; ".join(result[:3]))
            tables = _tables(conn)
            if not REQUIRED_TABLES.issubset(tables):
                raise UserError("backup.not_a_database", file=str(path))
            revision = _revision(conn, tables)
            counts = read_counts(conn, tables)
    except sqlite3.DatabaseError as exc:
        raise UserError("backup.damaged", file=str(path), detail=str(exc)) from exc
    if revision is None:
        raise UserError("backup.not_a_database", file=str(path))
    if revision != HEAD:
        from xhht_desktop.storage.migrate import known_revisions  # loads Alembic

        if revision not in known_revisions():
            raise UserError("backup.too_new", file=str(path), revision=revision)
    info = describe(path)
    return BackupInfo(path, info.when, info.reason, info.size, counts, revision)


def fingerprint(path: Path) -> str:
    """A digest of the data that does not depend on how SQLite stores it.

    Travelling tables (those with `updated_at`): row count, largest rowid and the sums of
    their `updated_at`, `deleted_at` and `received_at` in milliseconds — any insert, delete,
    edit, move to the trash or import changes one of them, even with the clock set back. The
    other tables are hashed whole when small (settings, lists); a big one is a log that only
    grows (audit), for which count and largest rowid say enough. Virtual (search) tables are
    derived and skipped. The file's size and times are not used: SQLite
    checkpoints, switches journal modes and rewrites pages without changing the data, and a
    copy made by the backup API has other bytes in its header.
    """
    digest = hashlib.blake2b(digest_size=16)
    with _read_only(path) as conn:
        conn.execute("BEGIN")  # one snapshot for every table, while the app may write
        tables = _tables(conn)
        virtual = [n for n, sql in tables.items() if sql.upper().startswith("CREATE VIRTUAL")]
        for name in sorted(tables):
            sql = tables[name]
            if name.startswith("sqlite_") or any(
                name == v or name.startswith(f"{v}_") for v in virtual
            ):
                continue
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            parts = ["count(*)"]
            if "WITHOUT ROWID" not in sql.upper():
                parts.append("max(rowid)")
            for column in ("updated_at", "deleted_at", "received_at"):
                if column in columns:
                    ms = f"CAST(round((julianday({column}) - 2440587.5) * 86400000) AS INTEGER)"
                    parts.append(f"sum({ms} % 1000000007)")
            state: object = conn.execute(f'SELECT {", ".join(parts)} FROM "{name}"').fetchone()
            if "updated_at" not in columns and state[0] <= WHOLE_ROWS:  # type: ignore[index]
                state = sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))
            digest.update(repr((name, sql, state)).encode())
    return digest.hexdigest()


# ---- where the data folder is --------------------------------------------------------------
def location_warning(path: Path) -> str | None:
    """The message code to warn with, or None when the folder is on a local disk:
    "backup.network_folder" or "backup.removable_folder".

    SQLite's locking and WAL need the file on the computer's own disk; over a network or on a
    stick pulled out during a write the data can be damaged.
    """
    try:
        if sys.platform == "win32":
            return windows_location(str(Path(path).absolute()), _drive_type)
        return posix_location(os.path.realpath(path), _mounts())
    except (OSError, ValueError):  # cannot tell: say nothing rather than stop the app
        log.warning("cannot tell where %s is", path, exc_info=True)
        return None


def windows_location(text: str, drive_type: Callable[[str], int]) -> str | None:
    """Classify a Windows path; `drive_type(root)` is GetDriveTypeW (a parameter for tests)."""
    text = text.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        return NETWORK_FOLDER
    if text.startswith("\\\\?\\") or text.startswith("\\\\.\\"):
        text = text[4:]
    elif text.startswith("\\\\"):
        return NETWORK_FOLDER  # \\server\share
    drive = ntpath.splitdrive(text)[0]
    if not drive:
        return None
    kind = drive_type(drive + "\\")
    if kind == DRIVE_REMOTE:
        return NETWORK_FOLDER
    if kind == DRIVE_REMOVABLE:
        return REMOVABLE_FOLDER
    return None


def _drive_type(root: str) -> int:
    import ctypes  # Windows only

    return int(ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))  # type: ignore[attr-defined]


def posix_location(real: str, mounts: list[tuple[str, str]]) -> str | None:
    """Classify a resolved path by the mount it is on: (mount point, file-system type)."""
    best = ("/", "")
    for point, fstype in mounts:
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best[0]):
            best = (point, fstype)
    point, fstype = best
    if fstype in NETWORK_FILESYSTEMS or fstype.startswith(NETWORK_PREFIXES):
        return NETWORK_FOLDER
    if point != "/" and (point + "/").startswith(REMOVABLE_ROOTS):
        return REMOVABLE_FOLDER
    if not mounts and (real + "/").startswith(REMOVABLE_ROOTS):  # macOS: no /proc/mounts
        return REMOVABLE_FOLDER
    return None


def _mounts() -> list[tuple[str, str]]:
    """(mount point, type) from /proc/mounts; empty where there is none (macOS)."""
    try:
        text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
            mounts.append((point, fields[2]))
    return mounts


# ---- restoring -----------------------------------------------------------------------------
def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _merge_wal(db_path: Path) -> None:
    """Fold the -wal file into the database and switch it to a rollback journal, so no -wal
    or -shm is left to be replayed onto another file. Fails with 'database is locked' while
    any other connection has it open: that is how a restore sees the app still running."""
    with closing(sqlite3.connect(db_path, timeout=2, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()


def _move_sidecars(db_path: Path, folder: Path) -> bool:
    """Move the -wal, -shm and -journal files into `folder`: left next to the restored file,
    SQLite would replay them onto it. True if there were any."""
    found = [p for s in SIDECARS if (p := db_path.with_name(db_path.name + s)).exists()]
    if found:
        folder.mkdir(parents=True, exist_ok=True)
        for part in found:
            shutil.move(part, folder / part.name)
    return bool(found)


def _set_aside(db_path: Path, folder: Path) -> Path:
    """Keep a damaged database as it is, for a technician: the file is copied (it stays in
    place until the restored copy replaces it in one rename) and its -wal, which may hold
    the last changes, is moved along."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, folder / db_path.name)
    _move_sidecars(db_path, folder)
    return folder


def restore_file(
    db_path: Path,
    backups_dir: Path,
    source: Path,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> RestoreResult:
    """Make `source` the data. Nothing may have the database open (close the app's Database
    first and open it again after; a migration then brings an older copy up to date).

    The chosen file is checked before anything changes; then the current data is backed up
    ("before-restore") — or, if it is too damaged to copy, kept byte for byte in a
    `damaged_…` folder of the backups folder; then a checked copy of the source replaces the
    file in one rename. A failure or a power cut at any step leaves a database file in place:
    the current data, or the restored copy.
    """
    db_path, backups_dir, source = Path(db_path), Path(backups_dir), Path(source)
    if _same_file(source, db_path):
        raise UserError("backup.same_file", file=str(source))
    chosen = check_backup(source)
    now = clock()
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        try:
            copy_database(source, staged)
        except DatabaseDamaged as exc:
            raise UserError("backup.damaged", **{**exc.params, "file": str(source)}) from exc
        except OSError as exc:
            raise UserError("backup.unwritable", file=str(staged), detail=str(exc)) from exc
        safety, set_aside = _put_current_aside(db_path, backups_dir, now)
        try:
            aside = backups_dir / f"damaged_{now:{NAME_TIME}}"
            if _move_sidecars(db_path, aside):  # not after a clean merge; kept all the same
                set_aside = aside
            os.replace(staged, db_path)
            _fsync_dir(db_path.parent)
        except PermissionError as exc:  # Windows: another program has the file open
            raise UserError("backup.in_use", detail=str(exc)) from exc
    finally:
        staged.unlink(missing_ok=True)
    log.info("restored %s from %s (safety copy %s)", db_path, source, safety or set_aside)
    return RestoreResult(chosen, safety, set_aside)


def _put_current_aside(
    db_path: Path, backups_dir: Path, now: dt.datetime
) -> tuple[BackupInfo | None, Path | None]:
    if not db_path.exists():
        return None, None
    aside = backups_dir / f"damaged_{now:{NAME_TIME}}"
    if describe(db_path, check=True).damaged:  # read-only: a damaged file is kept byte for byte
        return None, _set_aside(db_path, aside)
    try:
        _merge_wal(db_path)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError("backup.in_use", detail=str(exc)) from exc
        raise DatabaseDamaged(detail=str(exc), backups=str(backups_dir)) from exc
    dest = free_name(backups_dir, BEFORE_RESTORE, now)
    try:
        copy_database(db_path, dest)
    except DatabaseDamaged:
        return None, _set_aside(db_path, aside)
    except OSError as exc:
        raise UserError("backup.unwritable", file=str(dest), detail=str(exc)) from exc
    return describe(dest), None


# ---- the service ---------------------------------------------------------------------------
class BackupService:
    """Backups of one database file into one folder. Holds no connection of its own."""

    def __init__(
        self,
        db_path: Path,
        backups_dir: Path,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self.db_path, self.backups_dir, self.clock = Path(db_path), Path(backups_dir), clock

    # -- making copies
    def backup(self, reason: str, now: dt.datetime | None = None) -> BackupInfo:
        """A checked copy in the backups folder, named after its time and reason."""
        dest = free_name(self.backups_dir, reason, now or self.clock())
        try:
            copy_database(self.db_path, dest)
        except DatabaseDamaged as exc:
            raise DatabaseDamaged(**{**exc.params, "backups": str(self.backups_dir)}) from exc
        except OSError as exc:
            raise UserError("backup.unwritable", file=str(dest), detail=str(exc)) from exc
        log.info("backed up %s to %s", self.db_path, dest)
        return describe(dest)

    def backup_to(self, dest: Path) -> BackupInfo:
        """Back up now to a file (a USB stick): self-contained, read back to check it."""
        dest = Path(dest)
        live = [self.db_path.with_name(self.db_path.name + s) for s in ("", *SIDECARS)]
        if any(_same_file(dest, path) for path in live):
            raise UserError("backup.same_file", file=str(dest))
        try:
            copy_database(self.db_path, dest)
        except DatabaseDamaged as exc:
            raise DatabaseDamaged(**{**exc.params, "backups": str(self.backups_dir)}) from exc
        except OSError as exc:
            raise UserError("backup.unwritable", file=str(dest), detail=str(exc)) from exc
        try:
            info = describe(dest, check=True)
        except OSError as exc:
            raise UserError("backup.unwritable", file=str(dest), detail=str(exc)) from exc
        if info.damaged:  # written, but did not read back the same: a failing stick
            raise UserError("backup.unwritable", file=str(dest), detail=info.detail)
        return info

    def changed_since_last(self) -> bool:
        """Whether the data differs from the newest copy in the backups folder (of any
        reason: a copy made before an import no longer matches once the import is in)."""
        newest = next(iter(self._stamped()), None)
        if newest is None:
            return True
        try:
            return fingerprint(self.db_path) != fingerprint(newest[0])
        except sqlite3.DatabaseError:
            return True  # the newest copy is unreadable: make a good one

    def automatic(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """At start (and from a timer while the app stays open): a copy if the data changed
        since the newest copy or none was made today; then the old ones are thinned."""
        now = now or self.clock()
        if not self.db_path.exists() or self.db_path.stat().st_size == 0:
            return None
        today = any(when.date() == now.date() for _p, (when, _r) in self._stamped())
        made = self.backup(AUTOMATIC, now) if not today or self.changed_since_last() else None
        self.prune(now)
        return made

    def prune(self, now: dt.datetime | None = None) -> list[Path]:
        """Delete the copies the rotation does not keep, and what killed copies left."""
        now = now or self.clock()
        stamped = self._stamped()
        keep = keep_backups((stamp for _p, stamp in stamped), now)
        removed = []
        for path, stamp in stamped:
            if stamp not in keep:
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    log.warning("cannot delete the old backup %s", path, exc_info=True)
        for part in self.backups_dir.glob("*.part"):
            try:  # the file's time is the real clock's, whatever `now` says
                if time.time() - part.stat().st_mtime > STALE_PART.total_seconds():
                    part.unlink()
            except OSError:
                pass
        return removed

    # -- reading the list
    def list(self, *, check: bool = False) -> list[BackupInfo]:
        """The copies in the backups folder, newest first; `check` runs quick_check on each."""
        infos = []
        for path, _stamp in self._stamped():
            try:
                infos.append(describe(path, check=check))
            except OSError:  # deleted meanwhile
                continue
        return infos

    def newest_good(self) -> Path | None:
        """The newest copy that passes quick_check and could be restored (guided restore)."""
        for path, _stamp in self._stamped():
            try:
                info = describe(path, check=True)
            except OSError:
                continue
            if not info.damaged and info.revision is not None and info.counts is not None:
                return path
        return None

    def _stamped(self) -> list[tuple[Path, Stamp]]:
        """Files named like a backup, newest first (".part" files and folders are not)."""
        if not self.backups_dir.is_dir():
            return []
        found = []
        for path in self.backups_dir.iterdir():
            stamp = parse_name(path.name)
            if stamp is not None and path.is_file():
                found.append((path, stamp))
        found.sort(key=lambda item: (item[1][0], item[0].name), reverse=True)
        return found

    # -- restoring
    def inspect(self, path: Path) -> BackupInfo:
        """Check a file before asking whether to restore it (raises what restore would)."""
        if _same_file(Path(path), self.db_path):
            raise UserError("backup.same_file", file=str(path))
        return check_backup(Path(path))

    def restore(self, path: Path) -> RestoreResult:
        """Restore `path` (see `restore_file`): the app's Database must be closed first."""
        return restore_file(self.db_path, self.backups_dir, path, self.clock)

    def location_warning(self) -> str | None:
        return location_warning(self.db_path.parent)
