"""`xhht check`: is the file healthy and are the derived columns in step with the records?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from xhht_desktop.storage.database import Database
from xhht_desktop.storage.orm import FTS_TABLE

# Each query returns rows that are wrong; an empty result means the check passed.
_CONSISTENCY = {
    "household.head_missing": """
        SELECT h.id FROM household h LEFT JOIN person p ON p.id = h.head_id
        WHERE h.deleted_at IS NULL AND (p.id IS NULL OR p.household_id != h.id
                                        OR p.deleted_at IS NOT NULL)""",
    "household.member_count": """
        SELECT h.id FROM household h WHERE h.deleted_at IS NULL AND h.member_count !=
        (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.deleted_at IS NULL)""",
    "household.head_name": """
        SELECT h.id FROM household h JOIN person p ON p.id = h.head_id
        WHERE h.deleted_at IS NULL AND h.head_name != p.full_name""",
}


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    detail: str


class IntegrityService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def check(self) -> list[Problem]:
        problems: list[Problem] = []
        with self.database.engine.connect() as conn:
            result = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems.append(Problem("db.integrity", "; ".join(result[:10])))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(Problem("db.foreign_key", repr(tuple(row))))
            try:
                conn.exec_driver_sql(
                    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('integrity-check', 1)"
                )
            except Exception as exc:  # sqlite reports a damaged index as an error
                problems.append(Problem("db.search_index", str(exc)))
            for code, sql in _CONSISTENCY.items():
                ids = [r[0] for r in conn.execute(text(sql))]
                if ids:
                    problems.append(Problem(code, ", ".join(map(str, ids[:20]))))
            conn.rollback()
        return problems
