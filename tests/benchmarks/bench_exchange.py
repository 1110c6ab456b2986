"""exchange: 20 ward packages (300,000 households, 1.2 million persons) applied at the province;
the province's yearly table by unit; a ward's full package for the province.

import   ours     = ExchangeService.apply(package, trust_new_sender=True, backup=False) for each
                    of 20 signed ward packages encrypted to the province, one after the other into
                    one province database: read, digest, signature, decryption, the dry run, then
                    the upsert by UUID in one transaction (search index and derived columns as
                    they came, heads pointed at their persons)
         baseline = raw sqlite3 executemany of the same household, person and registration rows
                    into a fresh database of the same schema (made by open_services: the same
                    tables, indexes and search-index triggers, the same pragmas), one transaction
                    per package, rows already tuples and references already integer ids: the
                    pure write cost
         Target: ratio <= 3. Also printed: rows per second, the time of each package as the
         database grows, one more package applied with backup=True, and an extrapolation to
         Thành phố Hồ Chí Minh (168 wards, about 2.5 million households).
report   ours     = UnitStatisticsService.tree(year) + report(year) rendered to PDF bytes, on the
                    province after the import (median of 3 after a warm-up)
         baseline = the GROUP BY counts alone (households, persons, registrations per unit)
         Target: within 2 s.
export   ours     = ExchangeService.export_package(full=True) of a ward holding 15,000
                    households and 60,000 persons (from one branch package), sealed to the
                    province (median of 3)
         baseline = json.dumps of the same rows and a deflated zip file of them
         Target: within 3 s.

The packages are made once, without the household service (too slow for 300,000 households):
the rows are built directly in the shape export_rows() gives them, checked key for key against
a real export of a tiny demo branch, with the demo generator's Vietnamese names and addresses.
They are cached, with their keys, in XHHT_BENCH_DIR (default: the temp folder)/exchange-*.
`--profile` profiles the import of one package into a fresh province instead (cProfile).
The import line is printed last.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import functools
import gc
import io
import json
import multiprocessing
import pstats
import random
import shutil
import sqlite3
import sys
import time
import unicodedata
import uuid
import zipfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from _data import bench_dir, median
from pypdf import PdfReader

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import HouseholdDraft, Installation, Level, PersonDraft, Relation
from xhht_desktop.domain.search import address_sort_key, name_sort_key, search_document
from xhht_desktop.domain.text import fold
from xhht_desktop.paths import AppPaths
from xhht_desktop.services import exchange as exchange_module
from xhht_desktop.services.admin_units import Gazetteer
from xhht_desktop.services.context import Services, open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, DemoFactory, fill_demo, fill_demo_cycle
from xhht_desktop.services.exchange import SCHEMA_VERSION
from xhht_desktop.services.packages.container import jsonl, read_package, write_package
from xhht_desktop.services.packages.crypto import EncryptionKey
from xhht_desktop.services.signing import InstallationKey
from xhht_desktop.storage.orm import Base
from xhht_desktop.storage.repositories import exchange as repo

WARDS = 20
HOUSEHOLDS_PER_WARD = 15_000
PERSONS_PER_HOUSEHOLD = 4  # exactly, on average: 1,200,000 persons for 300,000 households
BRANCHES_PER_WARD = 10  # chi hội (khu phố) of 1,500 households each
REGISTERED = 0.6  # households registered for Gia đình học tập in YEAR, not yet scored
YEAR = 2025
BACKUP_CHECK_HOUSEHOLDS = 1_500  # one more package, applied with backup=True
EXPORT_WARD = "26743"  # Phường Bến Thành: the ward of the export benchmark
RUNS = 3
HCMC_WARDS = 168
HCMC_HOUSEHOLDS = 2_500_000
PROVINCE = Installation(
    Level.PROVINCE,
    "79",
    "Hội Khuyến học TP Hồ Chí Minh",
    "Hội Khuyến học TP Hồ Chí Minh",
    "79",
    "Thành phố Hồ Chí Minh",
)
PACKAGE_TABLES = ("household", "person", "registration")  # what the baseline writes


def root() -> Path:
    """Where the packages are kept; other sizes, other folders."""
    return bench_dir() / f"exchange-v1-{WARDS}x{HOUSEHOLDS_PER_WARD}-{PERSONS_PER_HOUSEHOLD}-{YEAR}"


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ---- what the packages hold ----------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str
    parent_code: str


@dataclass(frozen=True)
class Spec:
    """One package to make: who sends it to whom, for which branches, how many households."""

    file: str
    seed: int
    sender: Unit
    recipient: str
    branches: tuple[Unit, ...]
    households: int
    encrypted: bool


def hcmc_wards() -> list[Unit]:
    """Real wards of Thành phố Hồ Chí Minh from the gazetteer, from Phường Tân Định on."""
    communes = sorted(Gazetteer().communes("79"), key=lambda c: c.code)
    start = next(i for i, c in enumerate(communes) if c.code == "26737")
    chosen = communes[start : start + WARDS + 1]
    return [Unit(c.code, c.name, Level.COMMUNE.value, "79") for c in chosen]


def branches_of(ward: Unit, count: int) -> tuple[Unit, ...]:
    return tuple(
        Unit(f"{ward.code}-KP{n}", f"Chi hội Khuyến học Khu phố {n}", Level.BRANCH.value, ward.code)
        for n in range(1, count + 1)
    )


def association_of(ward: Unit) -> str:
    return "Hội Khuyến học " + ward.name[:1].lower() + ward.name[1:]  # "… phường Tân Định"


@functools.cache
def specs() -> tuple[list[Spec], Spec, Spec]:
    """The 20 ward packages, the extra one for the backup check, the branch package of the
    export benchmark."""
    wards = hcmc_wards()
    out = []
    for n, ward in enumerate(wards):
        sender = replace(ward, name=association_of(ward))
        extra = n == WARDS
        out.append(
            Spec(
                file=f"{ward.code}-0001.xhht",
                seed=1000 + n,
                sender=sender,
                recipient="79",
                branches=branches_of(ward, 1 if extra else BRANCHES_PER_WARD),
                households=BACKUP_CHECK_HOUSEHOLDS if extra else HOUSEHOLDS_PER_WARD,
                encrypted=True,
            )
        )
    branch = Unit(
        f"{EXPORT_WARD}-KP1", "Chi hội Khuyến học Khu phố 1", Level.BRANCH.value, EXPORT_WARD
    )
    export = Spec(
        file=f"{branch.code}-0001.xhht",
        seed=999,
        sender=branch,
        recipient=EXPORT_WARD,
        branches=(branch,),
        households=HOUSEHOLDS_PER_WARD,
        encrypted=False,
    )
    return out[:WARDS], out[WARDS], export


def stamp(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def fresh_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def members_of(
    draft: HouseholdDraft, want: int, spares: DemoFactory, rng: random.Random
) -> list[PersonDraft]:
    """The draft's members, topped up (or cut) to `want`: extra members are children or
    grandchildren of the head's surname, with the rest of another demo person's data."""
    members = list(draft.members[:want])
    surname = members[0].full_name.split()[0]
    while len(members) < want:
        for spare in spares.household().members:
            if len(members) >= want:
                break
            if spare.relation in (Relation.HEAD, Relation.SPOUSE, Relation.PARENT):
                continue
            rest = spare.full_name.split(maxsplit=1)[1]
            relation = Relation.GRANDCHILD if rng.random() < 0.4 else Relation.CHILD
            members.append(replace(spare, full_name=f"{surname} {rest}", relation=relation))
    return members


def make_rows(spec: Spec, template: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict]]:
    """The package's rows as export_rows() gives them: references by UUID, times in ISO."""
    rng = random.Random(f"rows-{spec.seed}")
    factory, spares = DemoFactory(seed=spec.seed), DemoFactory(seed=spec.seed + 500_000)
    start = dt.datetime(YEAR, 1, 5, 7, 30)
    households, persons, registrations = [], [], []
    per_branch = -(-spec.households // len(spec.branches))
    want_total, people = spec.households * PERSONS_PER_HOUSEHOLD, 0
    for n in range(spec.households):
        branch = spec.branches[n // per_branch]
        hamlet = branch.name.removeprefix("Chi hội Khuyến học ")
        draft = factory.household()
        want = round((want_total - people) / (spec.households - n))
        members = members_of(draft, max(1, want), spares, rng)
        people += len(members)
        moment = stamp(start + dt.timedelta(seconds=rng.randint(0, 150 * 86_400 - 1)))
        moment = moment[:-6] + f"{rng.randint(0, 999_999):06d}"
        house = fresh_uuid(rng)
        uuids = [fresh_uuid(rng) for _ in members]
        head = members[0].full_name
        texts = [head, *(m.full_name for m in members[1:])]
        parts = (draft.house_number, draft.street, draft.group, hamlet)
        households.append(
            {
                "head_uuid": uuids[0],
                "house_number": draft.house_number,
                "street": draft.street,
                "to_group": draft.group,
                "hamlet": hamlet,
                "phone": draft.phone,
                "economic_status": draft.economic_status.value,
                "notes": draft.notes,
                "head_name": head,
                "member_count": len(members),
                "sort_key": name_sort_key(head),
                "address_key": address_sort_key(hamlet, draft.group, draft.street, parts[0]),
                "search_key": search_document([*texts, *parts], draft.phone),
                "uuid": house,
                "origin_unit": branch.code,
                "created_at": moment,
                "updated_at": moment,
                "deleted_at": None,
            }
        )
        for position, (p, pid) in enumerate(zip(members, uuids, strict=True)):
            persons.append(
                {
                    "household_uuid": house,
                    "full_name": p.full_name,
                    "name_key": fold(p.full_name),
                    "gender": p.gender.value,
                    "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                    "birth_year": p.birth_year,
                    "relation": Relation.HEAD.value if position == 0 else p.relation.value,
                    "education": p.education.value,
                    "literacy": p.literacy.value,
                    "studying": p.studying,
                    "school": p.school,
                    "grade": p.grade,
                    "occupation": p.occupation,
                    "is_member": p.is_member,
                    "notes": p.notes,
                    "position": position,
                    "uuid": pid,
                    "origin_unit": branch.code,
                    "created_at": moment,
                    "updated_at": moment,
                    "deleted_at": None,
                }
            )
        if rng.random() < REGISTERED:
            when = dt.date(YEAR, 6, 1) + dt.timedelta(days=rng.randint(0, 60))
            later = stamp(
                dt.datetime.combine(when, dt.time(8))
                + dt.timedelta(microseconds=rng.randint(0, 9 * 3600 * 10**6))
            )
            registrations.append(
                {
                    **dict.fromkeys(template["registration"][0]),
                    "year": YEAR,
                    "model": Model.FAMILY.value,
                    "subject_kind": "household",
                    "household_uuid": house,
                    "registered_on": when.isoformat(),
                    "review_note": "",
                    "notes": "",
                    "uuid": fresh_uuid(rng),
                    "origin_unit": branch.code,
                    "created_at": later,
                    "updated_at": later,
                    "deleted_at": None,
                }
            )
    sets = [
        {**row, "uuid": fresh_uuid(rng), "origin_unit": spec.sender.code}
        for row in template["criteria_set"]
    ]
    rows = {
        "household": households,
        "person": persons,
        "registration": registrations,
        "criteria_set": sets,
    }
    for name, made in rows.items():
        expected = set(template[name][0])
        assert set(made[0]) == expected, (name, set(made[0]) ^ expected)
    return rows


def aggregates(spec: Spec, rows: dict[str, list[dict]]) -> list[dict[str, object]]:
    """The counts per unit a ward's full package carries (as _aggregates gives them)."""
    out = []
    for branch in spec.branches:
        households = sum(1 for h in rows["household"] if h["origin_unit"] == branch.code)
        registered = sum(1 for r in rows["registration"] if r["origin_unit"] == branch.code)
        members = sum(
            1 for p in rows["person"] if p["origin_unit"] == branch.code and p["is_member"]
        )
        subjects = {Model.FAMILY: households, Model.COMMUNITY: 1}
        for model in (Model.FAMILY, Model.CLAN, Model.COMMUNITY, Model.UNIT):
            out.append(
                {
                    "unit_code": branch.code,
                    "year": YEAR,
                    "model": model.value,
                    "group": "",
                    "subjects": subjects.get(model, 0),
                    "registered": registered if model is Model.FAMILY else 0,
                    "scored": 0,
                    "proposed": 0,
                    "recognised": 0,
                    "commended": 0,
                    "members": members,
                    "activities": 0,
                }
            )
    return out


def make_package(
    spec: Spec, template: dict[str, list[dict]], province_public: bytes
) -> dict[str, int]:
    """Write one signed package (the sender's own key, kept beside the packages)."""
    gc.disable()  # millions of small dicts that never form cycles
    rows = make_rows(spec, template)
    key = InstallationKey.load_or_create(root() / "keys" / f"{spec.sender.code}-ed25519.pem")
    files = {name: jsonl(found) for name, found in rows.items() if found}
    if spec.sender.level == Level.COMMUNE.value:
        files["unit_aggregate"] = jsonl(aggregates(spec, rows))
    now = dt.datetime(YEAR + 1, 1, 10, 9, 0, 0)
    manifest = {
        "package_id": fresh_uuid(random.Random(f"package-{spec.seed}")),
        "kind": "full",
        "schema_version": SCHEMA_VERSION,
        "sender": {
            "unit_code": spec.sender.code,
            "unit_name": spec.sender.name,
            "level": spec.sender.level,
            "parent_code": spec.sender.parent_code,
            "installation_id": str(uuid.UUID(int=spec.seed, version=4)),
        },
        "recipient_unit_code": spec.recipient,
        "sequence": 1,
        "created_at": now.isoformat(timespec="seconds"),
        "since": None,
        "up_to": now.isoformat(timespec="microseconds"),
        "units": list({u.code: u.__dict__ for u in (spec.sender, *spec.branches)}.values()),
    }
    target = root() / "packages" / spec.file
    write_package(
        target, manifest, files, key, encrypt_to=province_public if spec.encrypted else None
    )
    return {name: len(found) for name, found in rows.items()}


def template_rows(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """A real export of a tiny demo branch: the keys and formats every generated row copies."""
    shutil.rmtree(folder, ignore_errors=True)
    sv = open_services(AppPaths.resolve(data_dir=folder))
    try:
        sv.installation.save(DEMO_INSTALLATION)
        fill_demo(sv.installation, sv.households, 3, seed=7)
        fill_demo_cycle(sv.criteria, sv.evaluation, YEAR, complete=False, seed=7)
        with sv.database.sessions.read() as s:
            found = {
                name: list(repo.export_rows(s, name, None))
                for name in ("household", "person", "registration", "criteria_set")
            }
    finally:
        sv.close()
        shutil.rmtree(folder, ignore_errors=True)
    assert all(found.values()), {k: len(v) for k, v in found.items()}
    return found


def province_key_file() -> Path:
    return root() / "keys" / "province-x25519.pem"


def ensure_packages() -> dict[str, dict[str, int]]:
    """Make the packages once; later runs read what was made."""
    index = root() / "packages.json"
    if index.exists():
        return json.loads(index.read_text())
    started = time.perf_counter()
    shutil.rmtree(root() / "packages", ignore_errors=True)
    shutil.rmtree(root() / "keys", ignore_errors=True)
    (root() / "packages").mkdir(parents=True)
    template = template_rows(root() / "template")
    province_public = EncryptionKey.load_or_create(province_key_file()).public_bytes
    wards, extra, export = specs()
    todo = [*wards, extra, export]
    made: dict[str, dict[str, int]] = {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=2, mp_context=context) as pool:
        futures = {s.file: pool.submit(make_package, s, template, province_public) for s in todo}
        for n, (file, future) in enumerate(futures.items(), start=1):
            made[file] = future.result()
            log(f"made package {n}/{len(todo)}: {file} {made[file]}")
    index.write_text(json.dumps(made, indent=1))
    log(f"packages made in {time.perf_counter() - started:.0f} s: {root()}")
    return made


# ---- the databases -------------------------------------------------------------------------


def fresh_services(folder: Path, inst: Installation) -> Services:
    shutil.rmtree(folder, ignore_errors=True)
    sv = open_services(AppPaths.resolve(data_dir=folder))
    sv.installation.save(inst)
    return sv


def open_province(folder: Path) -> Services:
    """A new province installation whose encryption key is the one the packages are sealed to."""
    sv = fresh_services(folder, PROVINCE)
    target = sv.paths.key_path.with_name("installation-x25519.pem")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(province_key_file(), target)
    return sv


def counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        found = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in PACKAGE_TABLES
        }
        found["indexed"] = conn.execute("SELECT count(*) FROM household_fts_docsize").fetchone()[0]
        found["headless"] = conn.execute(
            "SELECT count(*) FROM household h LEFT JOIN person p ON p.id = h.head_id "
            "WHERE p.id IS NULL OR p.household_id != h.id"
        ).fetchone()[0]
        found["found"] = conn.execute(
            "SELECT count(*) FROM household_fts WHERE household_fts MATCH 'nguyen* tan*'"
        ).fetchone()[0]
    finally:
        conn.close()
    return found


# ---- the baseline: the same rows, raw -------------------------------------------------------


class Raw:
    """A fresh database of the same schema, written with sqlite3's executemany."""

    def __init__(self, folder: Path) -> None:
        sv = fresh_services(folder, PROVINCE)  # the same tables, indexes, triggers
        self.db = sv.paths.db_path
        sv.close()
        self.conn = sqlite3.connect(self.db, isolation_level=None)
        for pragma in (  # as the app's engine sets them
            "foreign_keys=ON",
            "journal_mode=WAL",
            "synchronous=FULL",
            "cache_size=-32000",
        ):
            self.conn.execute(f"PRAGMA {pragma}")
        self.ids: dict[str, dict[str, int]] = {name: {} for name in PACKAGE_TABLES}
        self.next = dict.fromkeys(PACKAGE_TABLES, 1)
        self.columns = {
            name: [c.name for c in Base.metadata.tables[name].columns] for name in PACKAGE_TABLES
        }
        self.now = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))

    def tuples(
        self, files: dict[str, bytes]
    ) -> tuple[dict[str, list[tuple]], list[tuple[int, int]]]:
        """The package's rows as tuples in column order, every reference an integer id, times
        and dates as the app stores them, and (head, household) pairs (not timed). The head of
        a household is set after its persons are in: the two tables point at each other, and
        SQLite checks a deferred reference by scanning household.head_id, which has no index."""
        rows = {name: [json.loads(line) for line in files[name].splitlines()] for name in files}
        for name in PACKAGE_TABLES:  # ids first: a household points at its head person
            for row in rows[name]:
                self.ids[name][row["uuid"]] = self.next[name]
                self.next[name] += 1
        out = {}
        heads = []
        for name in PACKAGE_TABLES:
            refs = {repo.ref_key(column): column for column, _ in repo.SPEC[name].refs}
            targets = dict(repo.SPEC[name].refs)
            made = []
            for row in rows[name]:
                values = {"id": self.ids[name][row["uuid"]]}
                for key, value in row.items():
                    if key in refs:
                        column = refs[key]
                        values[column] = None if value is None else self.ids[targets[column]][value]
                    elif (isinstance(value, str) and key in repo.TIMES) or (
                        key == "scored_at" and value is not None
                    ):
                        values[key] = value.replace("T", " ")
                    else:
                        values[key] = value
                values["received_at"] = self.now
                values["received_version"] = values["updated_at"]
                if name == "household":
                    heads.append((values.pop(repo.HEAD_REF), values["id"]))
                made.append(tuple(values.get(c) for c in self.columns[name]))
            out[name] = made
        return out, heads

    def write(self, tuples: dict[str, list[tuple]], heads: list[tuple[int, int]]) -> float:
        """Households (heads left empty: the person is not in yet), persons, registrations,
        then each household pointed at its head, in one transaction."""
        started = time.perf_counter()
        self.conn.execute("BEGIN IMMEDIATE")
        for name in PACKAGE_TABLES:
            columns = self.columns[name]
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', tuples[name])
        self.conn.executemany("UPDATE household SET head_id = ? WHERE id = ?", heads)
        self.conn.execute("COMMIT")
        return time.perf_counter() - started

    def close(self) -> None:
        self.conn.close()


# ---- the benchmarks ------------------------------------------------------------------------


@dataclass
class Imported:
    seconds: list[float]
    baseline: list[float]
    rows: list[int]
    households_before: list[int]
    db_bytes: int
    baseline_db_bytes: int


def apply_package(sv: Services, path: Path, expected: dict[str, int], backup: bool) -> float:
    started = time.perf_counter()
    done = sv.exchange.apply(path, trust_new_sender=True, backup=backup)
    seconds = time.perf_counter() - started
    plan = done.plan.tables
    for name in PACKAGE_TABLES:
        got = plan[name]
        assert got.added == expected[name], (path.name, name, got)
        assert got.refused == got.conflicts == got.updated == 0, (path.name, name, got)
    return seconds


def import_all(sv: Services, made: dict[str, dict[str, int]]) -> Imported:
    wards, _, _ = specs()
    raw = Raw(root() / "baseline")
    province_key = EncryptionKey.load_or_create(province_key_file())
    result = Imported([], [], [], [], 0, 0)
    households = 0
    try:
        for n, spec in enumerate(wards, start=1):
            path = root() / "packages" / spec.file
            expected = made[spec.file]
            seconds = apply_package(sv, path, expected, backup=False)
            tuples, heads = raw.tuples(read_package(path, decrypt_with=province_key).files)
            base = raw.write(tuples, heads)
            del tuples, heads
            rows = sum(expected.values())
            result.seconds.append(seconds)
            result.baseline.append(base)
            result.rows.append(rows)
            result.households_before.append(households)
            households += expected["household"]
            log(
                f"package {n:2d}/{len(wards)} {spec.sender.code} ({rows:,} rows): "
                f"ours {seconds:6.2f} s, raw sqlite3 {base:5.2f} s"
            )
    finally:
        raw.close()
    want = {name: sum(made[s.file][name] for s in wards) for name in PACKAGE_TABLES}
    found = [counts(db) for db in (sv.paths.db_path, raw.db)]
    for db, got in zip((sv.paths.db_path, raw.db), found, strict=True):
        assert {k: got[k] for k in PACKAGE_TABLES} == want, (db, got, want)
        assert got["indexed"] == want["household"], (db, got)
        assert got["headless"] == 0, (db, got)
    assert found[0]["found"] == found[1]["found"] > 0, found
    result.db_bytes = db_size(sv.paths.db_path)
    result.baseline_db_bytes = db_size(raw.db)
    return result


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file())


BASELINE_COUNTS = (
    "SELECT origin_unit, count(*) FROM household WHERE +deleted_at IS NULL GROUP BY origin_unit",
    "SELECT origin_unit, count(*), count(CASE WHEN is_member THEN 1 END) FROM person "
    "WHERE deleted_at IS NULL GROUP BY origin_unit",
    "SELECT origin_unit, model, count(*), count(score), count(CASE WHEN proposed THEN 1 END), "
    "count(decision_id), count(commendation_id) FROM registration "
    "WHERE year = ? AND deleted_at IS NULL GROUP BY origin_unit, model",
)


def report(sv: Services, made: dict[str, dict[str, int]]) -> tuple[float, float, float, int]:
    """(tree + report, tree alone, baseline), medians; and the PDF's pages."""
    wards, _, _ = specs()
    sv.unit_statistics.report(YEAR).to_bytes()  # warm-up: fonts, caches
    trees, reports, bases = [], [], []
    pdf = b""
    for _ in range(RUNS):
        t = time.perf_counter()
        tree = sv.unit_statistics.tree(YEAR)
        trees.append(time.perf_counter() - t)
        t = time.perf_counter()
        pdf = sv.unit_statistics.report(YEAR).to_bytes()
        reports.append(time.perf_counter() - t)
    conn = sqlite3.connect(sv.paths.db_path)
    try:
        for _ in range(RUNS):
            t = time.perf_counter()
            for sql in BASELINE_COUNTS:
                conn.execute(sql, (YEAR,) if "?" in sql else ()).fetchall()
            bases.append(time.perf_counter() - t)
    finally:
        conn.close()
    assert len(tree.children) == len(wards), len(tree.children)
    assert tree.households == sum(made[s.file]["household"] for s in wards), tree.households
    assert tree.persons == sum(made[s.file]["person"] for s in wards), tree.persons
    registered = tree.line(Model.FAMILY).registered
    assert registered == sum(made[s.file]["registration"] for s in wards), registered
    reader = PdfReader(io.BytesIO(pdf))
    text = unicodedata.normalize("NFC", " ".join(page.extract_text() for page in reader.pages))
    last = wards[-1].sender.name.split(maxsplit=4)[-1]  # "Thông Tây Hội"
    assert last in " ".join(text.split()), f"{last} is not in the table"
    return median(trees) + median(reports), median(trees), median(bases), len(reader.pages)


def backup_check(sv: Services, made: dict[str, dict[str, int]]) -> tuple[float, float, int, int]:
    """One more (small) package applied with backup=True: its time, the backup's, its rows,
    and the size of the database copied."""
    _, extra, _ = specs()
    spent: list[float] = []
    original = exchange_module.copy_database

    def timed_copy(source: Path, dest: Path) -> Path:
        t = time.perf_counter()
        out = original(source, dest)
        spent.append(time.perf_counter() - t)
        return out

    size = db_size(sv.paths.db_path)
    exchange_module.copy_database = timed_copy
    try:
        seconds = apply_package(sv, root() / "packages" / extra.file, made[extra.file], backup=True)
    finally:
        exchange_module.copy_database = original
    assert len(spent) == 1 and list(sv.paths.backups_dir.glob("*before-import*")), spent
    for leftover in sv.paths.backups_dir.glob("*before-import*"):
        leftover.unlink()  # a copy of the whole province: not worth keeping
    return seconds, spent[0], sum(made[extra.file].values()), size


def export(
    province: Services, made: dict[str, dict[str, int]]
) -> tuple[float, float, float, bool, int]:
    """(median seconds, first run, baseline, encrypted, package bytes)."""
    _, _, spec = specs()
    commune = Gazetteer().commune(EXPORT_WARD)
    assert commune is not None
    ward = fresh_services(
        root() / "ward",
        Installation(
            Level.COMMUNE,
            EXPORT_WARD,
            "Hội Khuyến học phường Bến Thành",
            "Hội Khuyến học phường Bến Thành",
            "79",
            "Thành phố Hồ Chí Minh",
            EXPORT_WARD,
            commune.name,
        ),
    )
    out = root() / "ward-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    try:
        key_file = province.exchange.export_key(out / "province.xhhtkey")
        ward.exchange.import_parent_key(key_file)
        apply_package(ward, root() / "packages" / spec.file, made[spec.file], backup=False)
        times, result = [], None
        for _ in range(RUNS):
            t = time.perf_counter()
            result = ward.exchange.export_package(out, full=True)
            times.append(time.perf_counter() - t)
        assert result is not None
        for name in PACKAGE_TABLES:
            assert result.rows[name] == made[spec.file][name], (name, result.rows)
        package = read_package(result.path, decrypt_with=province.exchange.keys()[1])
        assert package.files["person"].count(b"\n") == made[spec.file]["person"]
        with ward.database.sessions.read() as s:
            rows = {name: list(repo.export_rows(s, name, None)) for name in repo.TABLES}
        t = time.perf_counter()
        with zipfile.ZipFile(out / "baseline.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for name, found in rows.items():
                if found:
                    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found)
                    archive.writestr(f"data/{name}.jsonl", data.encode())
        base = time.perf_counter() - t
        return median(times), times[0], base, result.encrypted, result.path.stat().st_size
    finally:
        ward.close()


def fitted(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least squares y = a + b·x."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    return my - b * mx, b


def extrapolate(
    seconds: list[float], rows: list[int], before: list[int]
) -> tuple[float, float, float]:
    """Seconds for Thành phố Hồ Chí Minh: at the average rate, and with each package's seconds
    per row growing with the households already in the database as measured (a linear fit,
    carried from 300,000 to 2.5 million households); and the fit's growth, in seconds per
    package of 15,000 households for each 100,000 households already in."""
    per_ward = HCMC_HOUSEHOLDS / HCMC_WARDS
    rows_per_household = sum(rows) / (len(rows) * HOUSEHOLDS_PER_WARD)
    total_rows = HCMC_HOUSEHOLDS * rows_per_household
    flat = total_rows / (sum(rows) / sum(seconds))
    a, b = fitted([float(x) for x in before], [s / r for s, r in zip(seconds, rows, strict=True)])
    grown = sum(per_ward * rows_per_household * (a + b * k * per_ward) for k in range(HCMC_WARDS))
    return flat, grown, b * 100_000 * HOUSEHOLDS_PER_WARD * rows_per_household


def profile(made: dict[str, dict[str, int]]) -> None:
    """cProfile of one package applied to a fresh province (the first ward's)."""
    wards, _, _ = specs()
    sv = open_province(root() / "province-profile")
    try:
        path = root() / "packages" / wards[0].file
        profiler = cProfile.Profile()
        profiler.enable()
        apply_package(sv, path, made[wards[0].file], backup=False)
        profiler.disable()
    finally:
        sv.close()
        shutil.rmtree(root() / "province-profile", ignore_errors=True)
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)


def main() -> None:
    made = ensure_packages()
    if "--profile" in sys.argv[1:]:
        profile(made)
        return
    started = time.perf_counter()
    province = open_province(root() / "province")
    try:
        imported = import_all(province, made)
        tree_report, tree_only, report_base, pages = report(province, made)
        with_backup, backup_seconds, backup_rows, copied = backup_check(province, made)
        export_median, export_first, export_base, encrypted, package_bytes = export(province, made)
    finally:
        province.close()
        for scratch in ("province", "baseline", "ward", "ward-out"):  # 2 GB, remade every run
            shutil.rmtree(root() / scratch, ignore_errors=True)
    wards, _, _ = specs()
    households = sum(made[s.file]["household"] for s in wards)
    persons = sum(made[s.file]["person"] for s in wards)
    registrations = sum(made[s.file]["registration"] for s in wards)
    o, b = sum(imported.seconds), sum(imported.baseline)
    rows = sum(imported.rows)
    first = ", ".join(f"{s:.2f}" for s in imported.seconds[:3])
    last = ", ".join(f"{s:.2f}" for s in imported.seconds[-3:])
    flat, grown, slope = extrapolate(imported.seconds, imported.rows, imported.households_before)
    base_flat, base_grown, base_slope = extrapolate(
        imported.baseline, imported.rows, imported.households_before
    )
    ratios = [o / b for o, b in zip(imported.seconds, imported.baseline, strict=True)]
    print(
        f"imported {len(wards)} ward packages: {households:,} households, {persons:,} persons, "
        f"{registrations:,} registrations ({rows:,} rows); province database "
        f"{imported.db_bytes / 1e9:.2f} GB (raw sqlite3's: {imported.baseline_db_bytes / 1e9:.2f})"
    )
    print(
        f"import rate: ours {rows / o:,.0f} rows/s, raw sqlite3 {rows / b:,.0f} rows/s; "
        f"per package ours {median(imported.seconds):.2f} s median (first three "
        f"{first}; last three {last}); "
        f"ratio per package {ratios[0]:.2f} for the first, {ratios[-1]:.2f} for the last"
    )
    print(
        f"Thành phố Hồ Chí Minh ({HCMC_WARDS} wards, {HCMC_HOUSEHOLDS:,} households, "
        f"~{HCMC_HOUSEHOLDS * PERSONS_PER_HOUSEHOLD:,} persons): about {flat / 60:.0f} min at the "
        f"measured rate, {grown / 60:.0f} min if each package keeps slowing as measured while "
        f"the database grows (+{slope:.2f} s per package per 100,000 households already in, "
        f"linear fit) (raw sqlite3: {base_flat / 60:.0f} / {base_grown / 60:.0f} min, "
        f"+{base_slope:.2f} s)"
    )
    print(
        f"with backup=True: one more package ({backup_rows:,} rows) {with_backup:.2f} s, of which "
        f"the backup of the {copied / 1e9:.2f} GB database {backup_seconds:.2f} s"
    )
    print(
        f"report: tree {tree_only:.3f} s + yearly table {tree_report - tree_only:.3f} s "
        f"({pages} PDF page(s)), target within 2 s"
    )
    print(
        f"export: a ward of {made[specs()[2].file]['household']:,} households: "
        f"{export_median:.2f} s median (first {export_first:.2f} s), "
        f"{'sealed to the province' if encrypted else 'not encrypted'}, "
        f"{package_bytes / 1e6:.1f} MB; target within 3 s"
    )
    print(f"total benchmark time {time.perf_counter() - started:.0f} s (packages cached)")
    print(
        f"report: ours={tree_report:.3f} baseline={report_base:.3f} "
        f"ratio={tree_report / report_base:.2f}"
    )
    print(
        f"export: ours={export_median:.2f} baseline={export_base:.2f} "
        f"ratio={export_median / export_base:.2f}"
    )
    print(f"import: ours={o:.2f} baseline={b:.2f} ratio={o / b:.2f}")


if __name__ == "__main__":
    main()
