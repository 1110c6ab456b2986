"""The benchmark database: 100,000 households and 400,000 persons, built once and cached.

Built through the real services (validation, derived columns, search index), in chunks.
Set XHHT_BENCH_DIR to choose where it is kept (default: the system's temp folder).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from xhht_desktop.domain.entities import PersonDraft, Relation
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, DemoFactory

HOUSEHOLDS = 100_000
PERSONS = 400_000
CHUNK = 2_000


def bench_dir() -> Path:
    return Path(os.environ.get("XHHT_BENCH_DIR", Path(tempfile.gettempdir()) / "xhht-bench"))


def bench_paths(households: int = HOUSEHOLDS) -> AppPaths:
    return AppPaths.resolve(db=bench_dir() / f"register-{households}.sqlite3")


def ensure_database(households: int = HOUSEHOLDS, persons: int = PERSONS) -> AppPaths:
    paths = bench_paths(households)
    done = paths.db_path.with_suffix(".complete")
    if done.exists():
        return paths
    for leftover in paths.data_dir.glob(paths.db_path.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    services = open_services(paths)
    try:
        services.installation.save(DEMO_INSTALLATION)
        factory = DemoFactory(seed=100)
        rng = random.Random(100)
        made = people = 0
        while made < households:
            batch = []
            for draft in factory.households(min(CHUNK, households - made)):
                # Top up to the target average of persons per household.
                remaining = households - made - len(batch)
                want = round((persons - people) / max(1, remaining))
                members = list(draft.members)
                while len(members) < want:
                    members.append(
                        PersonDraft(
                            full_name=f"{members[0].full_name.split()[0]} "
                            f"{rng.choice(['Văn', 'Thị'])} "
                            f"{rng.choice(['An', 'Bình', 'Châu', 'Dũng'])}",
                            birth_year=rng.randint(1950, 2020),
                            relation=Relation.GRANDCHILD,
                        )
                    )
                people += len(members)
                batch.append(replace(draft, members=tuple(members)))
            services.households.save_many(batch)
            made += len(batch)
            print(
                f"\rbuilding benchmark database: {made:,}/{households:,}",
                end="",
                file=sys.stderr,
                flush=True,
            )
    finally:
        services.close()
    print(f"\nbuilt in {time.perf_counter() - started:.0f} s: {paths.db_path}", file=sys.stderr)
    done.touch()
    return paths


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
