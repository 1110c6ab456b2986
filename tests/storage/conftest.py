from collections.abc import Iterator
from pathlib import Path

import pytest

from xhht_desktop.storage.database import Database, open_database


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A migrated database in a new file."""
    db = open_database(tmp_path / "xhht.sqlite3", tmp_path / "backups")
    try:
        yield db
    finally:
        db.close()
