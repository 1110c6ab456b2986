"""Packages between levels: branch → ward → province end to end, every refusal safe, replays
and gaps, receipts and incremental packages, conflicts kept both ways, aggregates only."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    HouseholdFilter,
    Installation,
    Level,
    PersonDraft,
    Relation,
)
from xhht_desktop.domain.evaluation import DecisionDraft, ReviewDraft
from xhht_desktop.errors import UserError
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, fill_demo, fill_demo_cycle
from xhht_desktop.storage.orm import (
    HouseholdRecord,
    KnownUnitRecord,
    PersonRecord,
    RegistrationRecord,
    UnitAggregateRecord,
)
from xhht_desktop.storage.repositories.exchange import TABLES

WARD = Installation(
    Level.COMMUNE,
    "26743",
    "Hội Khuyến học phường Bến Thành",
    "Hội Khuyến học phường Bến Thành",
    "79",
    "Thành phố Hồ Chí Minh",
    "26743",
    "Phường Bến Thành",
)
PROVINCE = Installation(
    Level.PROVINCE,
    "79",
    "Hội Khuyến học TP Hồ Chí Minh",
    "Hội Khuyến học TP Hồ Chí Minh",
    "79",
    "Thành phố Hồ Chí Minh",
)
KP5 = replace(DEMO_INSTALLATION, unit_code="26743-KP5", unit_name="Chi hội Khuyến học Khu phố 5")


@pytest.fixture
def units(tmp_path, gazetteer):
    """Open services for named units in their own data folders; closed at the end."""
    opened = []

    def make(name: str, installation: Installation, households: int = 0, complete: bool = True):
        services = open_services(AppPaths.resolve(data_dir=tmp_path / name), gazetteer)
        opened.append(services)
        services.installation.save(DEMO_INSTALLATION if households else installation)
        if households:
            fill_demo(services.installation, services.households, households, seed=len(name))
            fill_demo_cycle(services.criteria, services.evaluation, 2025, complete)
            if installation.unit_code != DEMO_INSTALLATION.unit_code:  # the demo's own code
                services.installation.save(installation)
                with services.database.sessions.write() as s:
                    for table in TABLES:
                        s.execute(
                            text(f"UPDATE {table} SET origin_unit = :c"),
                            {"c": installation.unit_code},
                        )
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def count(services, record) -> int:
    with services.database.sessions.read() as s:
        return s.scalar(select(func.count()).select_from(record)) or 0


def living(services) -> int:
    return services.households.count(HouseholdFilter())


def snapshot(services) -> bytes:
    """Every row of every table, to prove a refusal changed nothing."""
    conn = sqlite3.connect(services.database.path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return repr(
            [(t, conn.execute(f'SELECT * FROM "{t}"').fetchall()) for t in sorted(tables)]
        ).encode()
    finally:
        conn.close()


def hand_down(parent, child, usb) -> None:
    child.exchange.import_parent_key(parent.exchange.export_key(usb / "parent.xhhtkey"))


def test_a_branch_package_arrives_whole_at_its_ward(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 30), units("ward", WARD)
    hand_down(ward, branch, usb)
    result = branch.exchange.export_package(usb)
    assert result.encrypted and result.path.suffix == ".xhht"
    assert result.summary_path.read_bytes().startswith(b"%PDF")
    assert "Nguyễn".encode() not in result.path.read_bytes()  # a lost stick leaks nothing
    dry = ward.exchange.inspect(result.path)
    assert dry.new_sender and dry.sender.code == "26743-KP3"
    assert dry.plan.tables["household"].added == 30
    assert count(ward, HouseholdRecord) == 0  # the dry run wrote nothing
    with pytest.raises(UserError) as untrusted:
        ward.exchange.apply(result.path)
    assert untrusted.value.code == "exchange.new_sender"
    assert untrusted.value.params["fingerprint"] == branch.exchange.fingerprint()
    assert count(ward, HouseholdRecord) == 0
    done = ward.exchange.apply(result.path, trust_new_sender=True)
    assert done.plan.totals().added == dry.plan.totals().added
    assert living(ward) == 30
    assert count(ward, PersonRecord) == count(branch, PersonRecord)
    assert count(ward, RegistrationRecord) == count(branch, RegistrationRecord)
    with ward.database.sessions.read() as s:
        # References point at the right rows: every head lives in its own household.
        for household in s.scalars(select(HouseholdRecord)):
            head = s.get(PersonRecord, household.head_id)
            assert head.household_id == household.id and head.full_name == household.head_name
            assert household.origin_unit == "26743-KP3" and household.received_at is not None
    assert ward.evaluation.dashboard(2025, by_group=False) == branch.evaluation.dashboard(
        2025, by_group=False
    )
    (sender,) = ward.exchange.senders()
    assert (sender.code, sender.last_sequence, sender.missing) == ("26743-KP3", 1, ())
    assert sender.fingerprint == branch.exchange.fingerprint()


def test_importing_the_same_package_again_changes_nothing(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 10), units("ward", WARD)
    path = branch.exchange.export_package(usb).path
    ward.exchange.apply(path, trust_new_sender=True)
    before = snapshot(ward)
    with pytest.raises(UserError) as caught:
        ward.exchange.apply(path, trust_new_sender=True)
    assert caught.value.code == "exchange.already_imported"
    assert snapshot(ward) == before


def test_refused_packages_leave_the_database_as_it_was(units, usb, tmp_path):
    branch, ward = units("kp3", DEMO_INSTALLATION, 10), units("ward", WARD)
    path = branch.exchange.export_package(usb).path
    data = path.read_bytes()
    before = snapshot(ward)
    broken = {
        "truncated": data[: len(data) // 2],
        "flipped": data[:100] + bytes([data[100] ^ 0x01]) + data[101:],
        "empty": b"",
    }
    for name, content in broken.items():
        bad = tmp_path / f"{name}.xhht"
        bad.write_bytes(content)
        with pytest.raises(UserError):
            ward.exchange.apply(bad, trust_new_sender=True)
        assert snapshot(ward) == before, name
    other_ward = units("other", replace(WARD, unit_code="26734", unit_name="Phường Sài Gòn"))
    with pytest.raises(UserError) as foreign:
        other_ward.exchange.apply(path, trust_new_sender=True)
    assert foreign.value.code == "exchange.not_for_us"
    with pytest.raises(UserError) as own:
        branch.exchange.apply(path, trust_new_sender=True)
    assert own.value.code == "exchange.own_package"


def test_a_known_sender_with_another_key_is_refused(units, usb, tmp_path):
    branch, ward = units("kp3", DEMO_INSTALLATION, 5), units("ward", WARD)
    ward.exchange.apply(branch.exchange.export_package(usb).path, trust_new_sender=True)
    impostor = units("impostor", DEMO_INSTALLATION, 5)  # same unit code, its own key
    path = impostor.exchange.export_package(tmp_path).path
    before = snapshot(ward)
    with pytest.raises(UserError) as caught:
        ward.exchange.apply(path, trust_new_sender=True)
    assert caught.value.code == "exchange.key_changed"
    assert snapshot(ward) == before


def test_receipts_make_the_next_package_carry_only_the_changes(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 20), units("ward", WARD)
    hand_down(ward, branch, usb)
    first = branch.exchange.export_package(usb)
    done = ward.exchange.apply(first.path, trust_new_sender=True)
    assert (
        branch.exchange.import_ack(ward.exchange.write_ack(done.package_id, usb / "a.xhhtack")) == 1
    )
    household_id = branch.households.ids(HouseholdFilter())[0]
    household = branch.households.get(household_id)
    draft = household.draft
    members = (*draft.members, PersonDraft(full_name="Lê Thị Mới", relation=Relation.CHILD))
    branch.households.save(replace(draft, members=members, notes="Có thêm con"))
    gone = branch.households.ids(HouseholdFilter())[1]
    branch.households.delete(gone)
    second = branch.exchange.export_package(usb)
    assert second.sequence == 2 and second.kind == "incremental"
    assert second.rows["household"] == 2 and second.rows["person"] >= 1
    applied = ward.exchange.apply(second.path)  # a trusted sender: no question
    assert applied.plan.tables["household"].updated == 2
    assert applied.plan.tables["person"].added == 1
    assert living(ward) == 19
    names = {p.full_name for p in ward.households.get(_ward_id(ward, household.uuid)).draft.members}
    assert "Lê Thị Mới" in names
    full = branch.exchange.export_package(usb, full=True)
    assert full.rows["household"] == 20


def _ward_id(services, uuid: str) -> int:
    with services.database.sessions.read() as s:
        return s.scalar(select(HouseholdRecord.id).where(HouseholdRecord.uuid == uuid))


def test_a_receipt_must_come_from_the_parent(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 5), units("ward", WARD)
    stranger = units("stranger", replace(WARD, unit_code="26734"))
    path = branch.exchange.export_package(usb).path
    done = ward.exchange.apply(path, trust_new_sender=True)
    receipt = ward.exchange.write_ack(done.package_id, usb / "a.xhhtack")
    with pytest.raises(UserError) as unknown:
        branch.exchange.import_ack(receipt)
    assert unknown.value.code == "exchange.parent_unknown"
    hand_down(stranger, branch, usb)
    with pytest.raises(UserError) as foreign:
        branch.exchange.import_ack(receipt)
    assert foreign.value.code == "exchange.ack_foreign"


def test_packages_out_of_order_are_applied_and_the_gap_reported(units, usb, tmp_path):
    branch, ward = units("kp3", DEMO_INSTALLATION, 5), units("ward", WARD)
    paths = [branch.exchange.export_package(usb).path for _ in range(3)]
    ward.exchange.apply(paths[0], trust_new_sender=True)
    late = ward.exchange.apply(paths[2])
    assert late.missing == (2,)
    assert ward.exchange.senders()[0].missing == (2,)
    ward.exchange.apply(paths[1])
    assert ward.exchange.senders()[0].missing == ()


def test_a_record_changed_at_both_levels_is_kept_both_ways(units, usb):
    """The branch proposes, the ward recognises (its change to the branch's registrations),
    and meanwhile the branch scores one of them again: a conflict, settled field by field."""
    branch, ward = units("kp3", DEMO_INSTALLATION, 10, complete=False), units("ward", WARD)
    ev = branch.evaluation
    scored = [r for r in ev.registrations(2025, Model.FAMILY) if r.total is not None]
    outcomes = tuple((r.id, True, "") for r in scored)
    ev.record_review(
        ReviewDraft(2025, Model.FAMILY, dt.date(2025, 11, 1), chair="Lê Văn Tám", outcomes=outcomes)
    )
    ward.exchange.apply(branch.exchange.export_package(usb).path, trust_new_sender=True)
    proposed = frozenset(
        r.id for r in ward.evaluation.registrations(2025, Model.FAMILY) if r.proposed
    )
    ward.evaluation.apply_decision(
        DecisionDraft(
            2025,
            Model.FAMILY,
            "9/QĐ-UBND",
            dt.date(2025, 12, 1),
            signer="Lê Minh Tâm",
            registration_ids=proposed,
        )
    )
    set_id, sheet = ev.scored_sheet(scored[0].id)
    ev.score(scored[0].id, set_id, sheet)  # scored again at the branch
    applied = ward.exchange.apply(branch.exchange.export_package(usb).path)
    assert applied.plan.tables["registration"].conflicts == 1
    (conflict,) = ward.exchange.conflicts()
    fields = {name: (here, there) for name, here, there in conflict.fields}
    assert fields["decision_uuid"][0] is not None and fields["decision_uuid"][1] is None
    assert "scored_at" in fields
    with ward.database.sessions.read() as s:
        row = s.scalar(select(RegistrationRecord).where(RegistrationRecord.uuid == conflict.uuid))
        assert row.decision_id is not None  # this PC's row is kept
    ward.exchange.resolve(conflict.id, ["scored_at"])
    with ward.database.sessions.read() as s:
        row = s.scalar(select(RegistrationRecord).where(RegistrationRecord.uuid == conflict.uuid))
        assert row.decision_id is not None
        assert row.scored_at.isoformat(timespec="microseconds") == fields["scored_at"][1]
    assert ward.exchange.conflicts() == []
    with pytest.raises(UserError):
        ward.exchange.resolve(conflict.id, [])


def test_records_of_a_unit_below_are_read_only(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 3), units("ward", WARD)
    ward.exchange.apply(branch.exchange.export_package(usb).path, trust_new_sender=True)
    household_id = ward.households.ids(HouseholdFilter())[0]
    with pytest.raises(UserError) as caught:
        ward.households.save(replace(ward.households.get(household_id).draft, notes="x"))
    assert caught.value.code == "exchange.read_only"
    assert caught.value.params["unit"] == "Chi hội Khuyến học Khu phố 3"
    with pytest.raises(UserError):
        ward.households.delete(household_id)


def test_a_ward_forwards_its_branches_to_the_province(units, usb, tmp_path):
    kp3, kp5 = units("kp3", DEMO_INSTALLATION, 8), units("kp5", KP5, 6)
    ward, province = units("ward", WARD), units("province", PROVINCE)
    hand_down(province, ward, usb)
    for branch in (kp3, kp5):
        ward.exchange.apply(branch.exchange.export_package(usb).path, trust_new_sender=True)
    first = ward.exchange.export_package(usb)
    done = province.exchange.apply(first.path, trust_new_sender=True)
    assert done.plan.tables["household"].added == 14
    with province.database.sessions.read() as s:
        origins = dict(
            s.execute(
                select(HouseholdRecord.origin_unit, func.count()).group_by(
                    HouseholdRecord.origin_unit
                )
            ).all()
        )
        directory = {u.code: (u.parent_code, u.role) for u in s.scalars(select(KnownUnitRecord))}
    assert origins == {"26743-KP3": 8, "26743-KP5": 6}
    assert directory["26743"] == ("79", "child")
    assert directory["26743-KP3"] == ("26743", "descendant")
    ward.exchange.import_ack(province.exchange.write_ack(done.package_id, usb / "r.xhhtack"))
    # A branch's new package, imported by the ward after the receipt, travels on upward
    # though its rows carry the branch's (older) clock.
    kp3_id = kp3.households.ids(HouseholdFilter())[0]
    kp3.households.save(replace(kp3.households.get(kp3_id).draft, notes="Mới"))
    ward.exchange.apply(kp3.exchange.export_package(tmp_path).path)
    second = ward.exchange.export_package(usb)
    assert second.rows.get("household") == 1
    province.exchange.apply(second.path)


def test_aggregates_only_carry_counts_and_no_personal_data(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 12), units("ward", WARD)
    result = branch.exchange.export_package(usb, aggregates_only=True)
    assert set(result.rows) == {"unit_aggregate"} and result.kind == "aggregates"
    ward.exchange.apply(result.path, trust_new_sender=True)
    assert count(ward, HouseholdRecord) == 0
    line = next(x for x in branch.evaluation.dashboard(2025, by_group=False) if x.registered)
    with ward.database.sessions.read() as s:
        stored = s.get(UnitAggregateRecord, ("26743-KP3", 2025, line.model.value, ""))
        assert (stored.registered, stored.recognised) == (line.registered, line.recognised)


def test_a_parent_key_must_be_a_unit_above(units, usb):
    branch, other_branch = units("kp3", DEMO_INSTALLATION), units("kp5", KP5)
    with pytest.raises(UserError) as caught:
        branch.exchange.import_parent_key(other_branch.exchange.export_key(usb / "k.xhhtkey"))
    assert caught.value.code == "exchange.not_parent"


def test_tombstones_and_dates_survive_the_trip(units, usb):
    branch, ward = units("kp3", DEMO_INSTALLATION, 4), units("ward", WARD)
    gone = branch.households.ids(HouseholdFilter())[0]
    branch.households.delete(gone)
    ward.exchange.apply(branch.exchange.export_package(usb).path, trust_new_sender=True)
    assert living(ward) == 3
    assert ward.households.count(HouseholdFilter(deleted=True)) == 1
    with ward.database.sessions.read() as s, branch.database.sessions.read() as b:
        births = sorted(
            str(d) for (d,) in s.execute(select(PersonRecord.birth_date)) if d is not None
        )
        assert births == sorted(
            str(d) for (d,) in b.execute(select(PersonRecord.birth_date)) if d is not None
        )
        assert all(
            isinstance(d, dt.date) for (d,) in s.execute(select(PersonRecord.birth_date)) if d
        )
