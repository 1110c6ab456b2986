"""search: 200 varied accent-insensitive queries for the first page of results.

ours     = HouseholdService.search() (folding, filters, ordering, row objects)
baseline = a hand-written sqlite3 query on the indexed, pre-folded column (the floor)
Targets: ratio <= 1.5 and median <= 20 ms.
"""

from __future__ import annotations

import random
import sqlite3
import time

from _data import ensure_database, median

from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.domain.text import fold, search_terms
from xhht_desktop.services.context import open_services

PAGE = 50
QUERIES = 200


def queries(conn: sqlite3.Connection) -> list[str]:
    """Names, parts of names, streets, tổ and phone fragments, typed without accents."""
    rng = random.Random(7)
    rows = conn.execute(
        "SELECT head_name, street, phone, to_group FROM household ORDER BY random() LIMIT 400"
    ).fetchall()
    found: list[str] = []
    for head, street, phone, group in rows:
        words = fold(head).split()
        kind = len(found) % 6
        if kind == 0:
            found.append(fold(head))  # "nguyen thi hong"
        elif kind == 1:
            found.append(" ".join(words[-2:]))  # "thi hong"
        elif kind == 2:
            found.append(words[-1][:3])  # "hon" (typing in progress)
        elif kind == 3 and phone:
            found.append(phone[rng.randint(0, 4) :][:5])  # "03123"
        elif kind == 4:
            found.append(f"{fold(street)} {fold(group)}")  # "le loi to 3"
        else:
            found.append(head.upper())  # "NGUYỄN THỊ HỒNG" with accents
    return found[:QUERIES]


def baseline(conn: sqlite3.Connection, query: str) -> list[tuple]:
    """The floor: one hand-written query on the pre-folded, indexed column."""
    terms = search_terms(query)
    where = "deleted_at IS NULL"
    params: list[str] = []
    if terms:
        where += " AND id IN (SELECT rowid FROM household_fts WHERE household_fts MATCH ?)"
        params.append(" AND ".join(f'"{t}"*' for t in terms))
    sql = (
        "SELECT id, head_name, house_number, street, to_group, hamlet, member_count, phone, "
        f"economic_status, notes FROM household WHERE {where} "
        f"ORDER BY sort_key, id LIMIT {PAGE}"
    )
    return conn.execute(sql, params).fetchall()


def main() -> None:
    paths = ensure_database()
    conn = sqlite3.connect(paths.db_path)
    services = open_services(paths)
    try:
        qs = queries(conn)
        for q in qs[:20]:  # warm both caches alike
            baseline(conn, q)
            services.households.search(HouseholdFilter(text=q), limit=PAGE)
        ours, base = [], []
        for q in qs:
            t = time.perf_counter()
            rows = services.households.search(HouseholdFilter(text=q), limit=PAGE)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            raw = baseline(conn, q)
            base.append(time.perf_counter() - t)
            assert len(rows) == len(raw), (q, len(rows), len(raw))
    finally:
        services.close()
        conn.close()
    o, b = median(ours), median(base)
    print(
        f"queries: {len(qs)}; worst ours {max(ours) * 1000:.1f} ms, "
        f"worst baseline {max(base) * 1000:.1f} ms"
    )
    print(f"search: ours={o:.4f} baseline={b:.4f} ratio={o / b:.2f}")


if __name__ == "__main__":
    main()
