"""Saving and reading households: round trips, NFC, identities, all-or-nothing writes."""

import dataclasses
import datetime as dt
import unicodedata
import uuid

import pytest
from sqlalchemy import text

from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    HouseholdFilter,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.errors import NotFound, NotInitialised, ValidationFailed
from xhht_desktop.services.changes import Kind
from xhht_desktop.services.demo import DEMO_INSTALLATION


def household(*names, **kw):
    return HouseholdDraft(members=tuple(PersonDraft(n) for n in names), **kw)


def without_ids(draft):
    members = tuple(dataclasses.replace(m, id=None) for m in draft.members)
    return dataclasses.replace(draft, members=members, id=None)


def raw(services, sql, **params):
    with services.database.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql), params)]


FULL = HouseholdDraft(
    members=(
        PersonDraft(
            "Trần Thị Lan",
            gender=Gender.FEMALE,
            birth_date=dt.date(1972, 8, 9),
            birth_year=1972,
            relation=Relation.SPOUSE,
            education=Education.COLLEGE,
            literacy=Literacy.LITERATE,
            occupation="Giáo viên",
            is_member=True,
            notes="Hội viên từ 2015\nPhụ trách tổ",
        ),
        PersonDraft(
            "Nguyễn Văn Nam",
            gender=Gender.MALE,
            birth_year=1968,
            relation=Relation.HEAD,
            education=Education.UPPER_SECONDARY,
            literacy=Literacy.LITERATE,
            occupation="Kinh doanh",
        ),
        PersonDraft(
            "Nguyễn Thị Hồng",
            gender=Gender.FEMALE,
            birth_date=dt.date(2012, 2, 29),
            birth_year=2012,
            relation=Relation.CHILD,
            education=Education.LOWER_SECONDARY,
            literacy=Literacy.LITERATE,
            studying=True,
            school="Trường THCS Văn Lang",
            grade="8",
        ),
        PersonDraft(
            "Nguyễn Văn Cường",
            relation=Relation.PARENT,
            birth_year=1940,
            literacy=Literacy.RELAPSED,
            education=Education.NONE,
        ),
    ),
    head_index=1,
    house_number="12/3A",
    street="Lê Thánh Tôn",
    group="Tổ 3",
    hamlet="Khu phố 3",
    phone="0903123456",
    economic_status=EconomicStatus.NEAR_POOR,
    notes="Gia đình học tập\nba năm liền",
)


def test_save_and_get_round_trip_every_field(services):
    household_id, changes = services.households.save(FULL)
    assert changes.kinds == frozenset({Kind.HOUSEHOLD})
    assert changes.ids == (household_id,)
    loaded = services.households.get(household_id)
    assert loaded.draft.id == household_id
    assert all(m.id is not None for m in loaded.draft.members)
    assert without_ids(loaded.draft) == FULL
    assert [m.full_name for m in loaded.draft.members] == [
        "Trần Thị Lan",
        "Nguyễn Văn Nam",
        "Nguyễn Thị Hồng",
        "Nguyễn Văn Cường",
    ]
    assert loaded.draft.head_index == 1


def test_row_shows_the_derived_columns(services):
    household_id, _ = services.households.save(FULL)
    [row] = services.households.rows([household_id])
    assert row.head_name == "Nguyễn Văn Nam"
    assert row.member_count == 4
    assert row.address == "12/3A Lê Thánh Tôn, Tổ 3, Khu phố 3"
    assert row.economic_status is EconomicStatus.NEAR_POOR
    assert row.deleted_at is None


def test_the_head_gets_the_head_relation(services):
    household_id, _ = services.households.save(household("Lê Văn Tám", "Lê Thị Hoa", head_index=1))
    members = services.households.get(household_id).draft.members
    assert [m.relation for m in members] == [Relation.OTHER, Relation.HEAD]


def nfd(value):
    return unicodedata.normalize("NFD", value)


def test_nfd_input_is_stored_as_nfc(services):
    draft = HouseholdDraft(
        members=(PersonDraft(nfd("Nguyễn  Thị Hồng ")), PersonDraft(nfd("Đặng Văn Đức"))),
        street=nfd("Lê Thánh Tôn"),
        hamlet=nfd("Khu phố Bến Thành"),
        group=nfd("Tổ 3"),
        notes=nfd("Hộ gia đình hiếu học"),
    )
    household_id, _ = services.households.save(draft)
    loaded = services.households.get(household_id).draft
    assert [m.full_name for m in loaded.members] == ["Nguyễn Thị Hồng", "Đặng Văn Đức"]
    stored = raw(services, "SELECT full_name FROM person") + raw(
        services, "SELECT street, hamlet, to_group, notes, head_name FROM household"
    )
    for row in stored:
        for value in row:
            assert unicodedata.is_normalized("NFC", value), repr(value)
    assert raw(services, "SELECT street, to_group FROM household") == [("Lê Thánh Tôn", "Tổ 3")]


def test_phone_is_stored_normalised(services):
    household_id, _ = services.households.save(household("An", phone="+84 903 123 456"))
    assert services.households.get(household_id).draft.phone == "0903123456"


def test_every_record_carries_identity_and_times(services, register, clock):
    household_id, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    saved_at = clock.now
    loaded = register.get(household_id)
    assert str(uuid.UUID(loaded.uuid)) == loaded.uuid
    assert loaded.origin_unit == DEMO_INSTALLATION.unit_code
    assert loaded.created_at == loaded.updated_at == saved_at
    people = raw(
        services,
        "SELECT uuid, origin_unit, created_at, updated_at, deleted_at FROM person ORDER BY id",
    )
    assert len(people) == 2
    uuids = {loaded.uuid, *(p[0] for p in people)}
    assert len(uuids) == 3  # every record has its own
    for person_uuid, origin, created, updated, deleted in people:
        assert str(uuid.UUID(person_uuid)) == person_uuid
        assert origin == DEMO_INSTALLATION.unit_code
        assert created is not None and created == updated
        assert deleted is None


def test_edit_changes_updated_at_but_not_identity(register, clock):
    household_id, _ = register.save(household("Nguyễn Văn Nam"))
    before = register.get(household_id)
    register.save(dataclasses.replace(before.draft, street="Pasteur"))
    after = register.get(household_id)
    assert after.draft.street == "Pasteur"
    assert after.uuid == before.uuid
    assert after.created_at == before.created_at
    assert after.updated_at == clock.now > before.updated_at
    assert after.draft.members[0].id == before.draft.members[0].id


def test_delete_leaves_a_tombstone_not_a_gap(services, register, clock):
    household_id, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    register.delete(household_id)
    deleted_at = clock.now
    assert raw(services, "SELECT id, deleted_at IS NOT NULL FROM household") == [(household_id, 1)]
    assert raw(services, "SELECT count(*), count(deleted_at) FROM person") == [(2, 2)]
    [row] = register.rows([household_id])
    assert row.deleted_at == deleted_at


def test_validation_failure_lists_field_paths_and_saves_nothing(services):
    draft = household("Nguyễn Văn Nam", "", "Lê 2", phone="123")
    with pytest.raises(ValidationFailed) as caught:
        services.households.save(draft)
    fields = {(i.field, i.code) for i in caught.value.issues}
    assert fields == {
        ("members.1.full_name", "name.required"),
        ("members.2.full_name", "name.bad_characters"),
        ("phone", "phone.invalid"),
    }
    assert caught.value.code == "validation"
    assert services.households.count(HouseholdFilter()) == 0
    assert raw(services, "SELECT count(*) FROM person") == [(0,)]


def test_save_many_is_all_or_nothing_on_validation(services):
    drafts = [household("Nguyễn Văn Nam"), household("Trần Văn An"), household("")]
    with pytest.raises(ValidationFailed) as caught:
        services.households.save_many(drafts)
    assert [i.field for i in caught.value.issues] == ["members.0.full_name"]
    assert services.households.count(HouseholdFilter()) == 0


def test_save_many_is_all_or_nothing_when_the_database_refuses(services):
    # The third draft names a household that does not exist: found only while writing,
    # after the first two were already sent to SQLite.
    drafts = [
        household("Nguyễn Văn Nam"),
        household("Trần Văn An"),
        household("Lê Văn Tám", id=999),
    ]
    with pytest.raises(NotFound):
        services.households.save_many(drafts)
    assert services.households.count(HouseholdFilter()) == 0
    assert raw(services, "SELECT count(*) FROM person") == [(0,)]


def test_save_many_saves_all_and_returns_ids_in_order(services):
    ids, changes = services.households.save_many(
        [household("Nguyễn Văn Nam"), household("Trần Văn An"), household("Lê Văn Tám")]
    )
    assert changes.ids == tuple(ids)
    assert [r.head_name for r in services.households.rows(ids)] == [
        "Nguyễn Văn Nam",
        "Trần Văn An",
        "Lê Văn Tám",
    ]


def test_members_can_be_reordered_and_added_on_edit(services):
    household_id, _ = services.households.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    draft = services.households.get(household_id).draft
    head, spouse = draft.members
    edited = dataclasses.replace(
        draft,
        members=(spouse, head, PersonDraft("Nguyễn Văn Bình", relation=Relation.CHILD)),
        head_index=1,
    )
    services.households.save(edited)
    loaded = services.households.get(household_id).draft
    assert [m.full_name for m in loaded.members] == [
        "Trần Thị Lan",
        "Nguyễn Văn Nam",
        "Nguyễn Văn Bình",
    ]
    assert [m.id for m in loaded.members[:2]] == [spouse.id, head.id]
    assert loaded.head_index == 1
    assert services.households.rows([household_id])[0].member_count == 3


def test_changing_the_head_updates_the_list(services):
    household_id, _ = services.households.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    draft = services.households.get(household_id).draft
    head, spouse = draft.members
    demoted = dataclasses.replace(head, relation=Relation.SPOUSE)
    services.households.save(dataclasses.replace(draft, members=(demoted, spouse), head_index=1))
    assert services.households.rows([household_id])[0].head_name == "Trần Thị Lan"
    assert services.households.ids(HouseholdFilter(text="lan")) == [household_id]


def test_a_member_of_another_household_cannot_be_smuggled_in(services):
    first, _ = services.households.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    second, _ = services.households.save(household("Lê Văn Tám"))
    stranger = services.households.get(first).draft.members[1]
    draft = services.households.get(second).draft
    with pytest.raises(NotFound):
        services.households.save(dataclasses.replace(draft, members=(*draft.members, stranger)))
    assert services.households.rows([first])[0].member_count == 2
    assert services.households.rows([second])[0].member_count == 1


def test_editing_a_deleted_household_is_refused(services):
    household_id, _ = services.households.save(household("Nguyễn Văn Nam"))
    draft = services.households.get(household_id).draft
    services.households.delete(household_id)
    with pytest.raises(NotFound):
        services.households.save(dataclasses.replace(draft, street="Pasteur"))


def test_get_unknown_household(services):
    with pytest.raises(NotFound) as caught:
        services.households.get(12345)
    assert caught.value.code == "not_found"


def test_saving_needs_an_installation(bare_services):
    with pytest.raises(NotInitialised):
        bare_services.households.save(household("Nguyễn Văn Nam"))
    assert bare_services.households.count(HouseholdFilter()) == 0


def test_groups_in_use(services):
    services.households.save(household("A", group="Tổ 2"))
    services.households.save(household("B", group="Tổ 1"))
    services.households.save(household("C", group="Tổ 2"))
    services.households.save(household("D"))
    gone, _ = services.households.save(household("E", group="Tổ 9"))
    services.households.delete(gone)
    assert sorted(services.households.groups()) == ["Tổ 1", "Tổ 2"]
