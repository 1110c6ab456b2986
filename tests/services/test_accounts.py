"""Accounts and the audit trail: passwords (NFC, Argon2id, pauses), roles enforced at every
write, and an audit entry — who, when, which record, each field — for every kind of write."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

import pytest

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    ActivityDraft,
    ClanDraft,
    HouseholdDraft,
    HouseholdFilter,
    LocalUnitDraft,
    PersonDraft,
)
from xhht_desktop.errors import UserError, ValidationFailed
from xhht_desktop.services.accounts import AccountService, PermissionDenied, Role
from xhht_desktop.services.demo import DEMO_INSTALLATION, fill_demo, fill_demo_cycle


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 6, 1, 8, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def accounts(services):
    return services.accounts


def test_the_first_account_is_the_administrator_and_only_once(accounts):
    assert not accounts.has_users()
    admin = accounts.create("mai", "Trần Thị Mai", Role.VIEWER, "mật khẩu 1", first=True)
    assert admin.role is Role.ADMIN
    with pytest.raises(PermissionDenied):
        accounts.create("lan", "Lan", Role.ADMIN, "mật khẩu 2", first=True)


def test_passwords_are_nfc_and_hashed_and_wrong_ones_pause_the_account(services):
    clock = Clock()
    accounts = AccountService(services.database.sessions, clock=clock)
    accounts.create("Hồng", "Nguyễn Thị Hồng", Role.ADMIN, "Mật khẩu", first=True)
    nfd = unicodedata.normalize("NFD", "Mật khẩu")
    assert accounts.login(unicodedata.normalize("NFD", "hồng"), nfd).username == "Hồng"
    with services.database.sessions.read() as s:
        from sqlalchemy import select

        from xhht_desktop.storage.orm import UserAccountRecord

        stored = s.scalar(select(UserAccountRecord.password_hash))
    assert stored.startswith("$argon2id$") and "Mật" not in stored
    for _ in range(3):
        with pytest.raises(UserError) as wrong:
            accounts.login("hồng", "sai rồi")
        assert wrong.value.code == "account.wrong"
    with pytest.raises(UserError) as paused:
        accounts.login("hồng", "Mật khẩu")  # even the right password waits
    assert paused.value.code == "account.paused" and 0 < paused.value.params["seconds"] <= 31
    clock.now += dt.timedelta(seconds=31)
    assert accounts.login("hồng", "Mật khẩu").role is Role.ADMIN
    with pytest.raises(UserError) as unknown:
        accounts.login("không có", "Mật khẩu")
    assert unknown.value.code == "account.wrong"  # the same words: names cannot be guessed


def test_a_read_only_user_cannot_change_anything(services, accounts):
    services.installation.save(DEMO_INSTALLATION)
    accounts.create("mai", "Mai", Role.ADMIN, "matkhau1", first=True)
    accounts.login("mai", "matkhau1")
    accounts.create("xem", "Người xem", Role.VIEWER, "matkhau2")
    accounts.create("nhap", "Người nhập", Role.EDITOR, "matkhau3")
    accounts.login("xem", "matkhau2")
    draft = HouseholdDraft(members=(PersonDraft(full_name="Lê Văn An"),), group="Tổ 1")
    for write in (
        lambda: services.households.save(draft),
        lambda: services.activities.save_type(services.activities.types()[0]),
        lambda: services.groups.save_clan(ClanDraft("Họ Lê")),
        lambda: services.installation.save(DEMO_INSTALLATION),
        lambda: services.evaluation.register(2026, Model.FAMILY, []),
        lambda: accounts.reset_password("nhap", "matkhau9"),
    ):
        with pytest.raises(PermissionDenied):
            write()
    assert services.households.count(HouseholdFilter()) == 0
    accounts.login("nhap", "matkhau3")
    services.households.save(draft)  # data entry may
    with pytest.raises(PermissionDenied):
        services.installation.save(DEMO_INSTALLATION)  # settings are the administrator's
    accounts.login("mai", "matkhau1")
    with pytest.raises(UserError) as last:
        accounts.set_role("mai", Role.EDITOR)
    assert last.value.code == "account.last_admin"
    with pytest.raises(ValidationFailed):
        accounts.create("a", "A", Role.EDITOR, "ngắn")


def test_every_kind_of_write_leaves_an_audit_entry_under_the_name_of_who_did_it(services, accounts):
    accounts.create("mai", "Mai", Role.ADMIN, "matkhau1", first=True)
    accounts.login("mai", "matkhau1")
    services.installation.save(DEMO_INSTALLATION)
    fill_demo(services.installation, services.households, 6, seed=2)
    fill_demo_cycle(services.criteria, services.evaluation, 2025, True)
    hh = services.households
    first, second = hh.ids(HouseholdFilter())[:2]
    member = hh.get(first).draft.members[-1]
    unit_id = None

    def activity() -> None:
        kind = services.activities.types()[0]
        services.activities.save(
            ActivityDraft(type_id=kind.id, title="Sinh hoạt", start_date=dt.date(2026, 3, 1))
        )

    def unit() -> None:
        nonlocal unit_id
        unit_id, _ = services.groups.save_unit(LocalUnitDraft("Trường Tiểu học"))

    writes = {
        "household.save": lambda: hh.save(replace(hh.get(first).draft, notes="Đã sửa")),
        "household.delete": lambda: hh.delete(second),
        "household.restore": lambda: hh.restore(second),
        "household.move_member": lambda: hh.move_member(member.id, second),
        "activity.save": activity,
        "unit.save": unit,
        "unit.delete": lambda: services.groups.delete_unit(unit_id),
        "clan.save": lambda: services.groups.save_clan(ClanDraft("Họ Trần")),
        "installation.save": lambda: services.installation.save(
            replace(DEMO_INSTALLATION, association_name="Hội Khuyến học phường Bến Thành (mới)")
        ),
        "evaluation.register": lambda: services.evaluation.register(
            2026,
            Model.FAMILY,
            [c.id for c in services.evaluation.candidates(2026, Model.FAMILY)][:2],
        ),
        "account.create": lambda: accounts.create("lan", "Lan", Role.EDITOR, "matkhau2"),
        "account.reset": lambda: accounts.reset_password("lan", "matkhau3"),
    }
    for name, write in writes.items():
        before = accounts.audit(limit=None)
        write()
        after = accounts.audit(limit=None)
        new = after[: len(after) - len(before)]
        assert new, name
        assert all(e.who == "mai" for e in new), name
    notes = [e for e in accounts.audit(table="household") if "notes" in e.changes]
    assert notes[0].changes["notes"] == ["", "Đã sửa"]
    deleted = [e for e in accounts.audit(table="household") if e.action == "delete"]
    assert deleted and deleted[0].changes["deleted_at"][0] is None
    assert not any("password_hash" in e.changes for e in accounts.audit(table="user_account"))


def test_the_audit_trail_filters_by_user_date_and_record(services, accounts):
    services.installation.save(DEMO_INSTALLATION)
    accounts.act_as("xhht (test)")
    hid, _ = services.households.save(
        HouseholdDraft(members=(PersonDraft(full_name="Lê Văn An"),), group="Tổ 1")
    )
    uuid = services.households.get(hid).uuid
    entries = accounts.audit(record_uuids=(uuid,))
    assert [e.action for e in entries] == ["update", "insert"] or entries[-1].action == "insert"
    assert all(e.who == "xhht (test)" for e in entries)
    assert accounts.audit(who="someone else") == []
    assert accounts.audit(since=dt.datetime(2100, 1, 1)) == []
