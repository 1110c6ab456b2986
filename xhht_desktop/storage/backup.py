"""Consistent copies of the live database with SQLite's online backup API."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import urllib.parse
from pathlib import Path

from xhht_desktop.errors import DatabaseDamaged


def read_only_uri(path: Path) -> str:
    """A read-only SQLite URI for any path: '#', '?', '%', spaces and Vietnamese letters quoted,
    Windows drives (file:///C:/…) and UNC shares (file:////server/share/…) included."""
    text = str(path.absolute()).replace("\\", "/")
    quoted = urllib.parse.quote(text, safe="/:")
    return f"file://{'' if text.startswith('/') else '/'}{quoted}?mode=ro"


def copy_database(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` while it may be in use; the copy is checked and self-contained.

    Written to a temporary name and renamed, so a power cut never leaves a half copy under the
    final name. The copy uses the rollback journal (no -wal file to lose on a USB stick).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                result = dst.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise DatabaseDamaged(detail=result)
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, dest)
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(detail=str(exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def backup_name(reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d_%H-%M-%S")
    return f"xhht_{stamp}_{reason}.db"
