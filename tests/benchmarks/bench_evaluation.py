"""evaluation: a branch of 5,000 households with 5 years of history (built once, cached).

Measured: opening a scoring form pre-filled from the records (the suggestions for one
household), and the dashboard of the year. Target: both within 1 s (they take milliseconds).
Also printed: the yearly report as a PDF (target: within 2 s).
ours     = suggestions for one registration + the dashboard (median over many registrations)
baseline = the dashboard's counts by one hand-written SQL query (the floor for the dashboard)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import time

from _data import bench_dir, median

from xhht_desktop.domain.criteria import Model
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import (
    DEMO_INSTALLATION,
    demo_family_set,
    fill_demo,
    fill_demo_activities,
    fill_demo_cycle,
)

HOUSEHOLDS = 5_000
YEARS = 5
SAMPLES = 60


def ensure_database() -> AppPaths:
    paths = AppPaths.resolve(db=bench_dir() / f"evaluation-{HOUSEHOLDS}.sqlite3")
    done = paths.db_path.with_suffix(".complete")
    if done.exists():
        return paths
    for leftover in paths.data_dir.glob(paths.db_path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    sv = open_services(paths)
    try:
        sv.installation.save(DEMO_INSTALLATION)
        fill_demo(sv.installation, sv.households, HOUSEHOLDS, seed=11)
        this_year = dt.date.today().year
        for year in range(this_year - YEARS + 1, this_year + 1):
            fill_demo_activities(sv.activities, year, seed=11)
            fill_demo_cycle(sv.criteria, sv.evaluation, year, complete=year < this_year, seed=11)
            print(f"built {year}", file=sys.stderr, flush=True)
    finally:
        sv.close()
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    done.touch()
    return paths


BASELINE_SQL = """
SELECT model, count(*), count(score), sum(proposed = 1), count(decision_id),
       count(commendation_id)
FROM registration WHERE year = ? AND deleted_at IS NULL GROUP BY model
"""


def main() -> None:
    paths = ensure_database()
    year = dt.date.today().year - 1
    sv = open_services(paths)
    conn = sqlite3.connect(paths.db_path)
    try:
        set_id = demo_family_set(sv.criteria, year)
        rows = sv.evaluation.registrations(year, Model.FAMILY)[:SAMPLES]
        prefill, dashboard, base = [], [], []
        for row in rows:
            t = time.perf_counter()
            sv.evaluation.suggestions(row.id, set_id)
            prefill.append(time.perf_counter() - t)
            t = time.perf_counter()
            sv.evaluation.dashboard(year)
            dashboard.append(time.perf_counter() - t)
            t = time.perf_counter()
            conn.execute(BASELINE_SQL, (year,)).fetchall()
            base.append(time.perf_counter() - t)
        reports = []
        for _ in range(5):
            t = time.perf_counter()
            sv.cycle_documents.yearly_report(year).to_bytes()
            reports.append(time.perf_counter() - t)
    finally:
        conn.close()
        sv.close()
    p, d, b = median(prefill), median(dashboard), median(base)
    print(
        f"pre-fill one form: {p * 1000:.1f} ms; dashboard: {d * 1000:.1f} ms "
        "(target: within 1 s together)"
    )
    print(f"yearly report PDF: {median(reports):.2f} s (target: within 2 s)")
    print(f"evaluation: ours={p + d:.4f} baseline={b:.4f} ratio={(p + d) / b:.2f}")


if __name__ == "__main__":
    main()
