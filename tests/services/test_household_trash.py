"""Removed members and deleted households go to the trash and come back exactly."""

import dataclasses

import pytest
from sqlalchemy import text

from xhht_desktop.domain.entities import HouseholdDraft, HouseholdFilter, PersonDraft
from xhht_desktop.errors import NotFound, UserError
from xhht_desktop.services.changes import Kind


def household(*names, **kw):
    return HouseholdDraft(members=tuple(PersonDraft(n) for n in names), **kw)


def names(service, household_id):
    return [m.full_name for m in service.get(household_id).draft.members]


def remove_member(service, household_id, name):
    draft = service.get(household_id).draft
    kept = tuple(m for m in draft.members if m.full_name != name)
    head = draft.members[draft.head_index]
    service.save(dataclasses.replace(draft, members=kept, head_index=kept.index(head)))
    return next(m.id for m in draft.members if m.full_name == name)


def living(service, **kw):
    return service.ids(HouseholdFilter(**kw))


def test_removed_member_goes_to_the_trash_and_comes_back(register):
    household_id, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan", "Nguyễn Văn Tú"))
    person_id = remove_member(register, household_id, "Trần Thị Lan")
    assert names(register, household_id) == ["Nguyễn Văn Nam", "Nguyễn Văn Tú"]
    assert register.rows([household_id])[0].member_count == 2
    assert living(register, text="tran thi lan") == []
    [entry] = register.trash()
    assert (entry.kind, entry.id, entry.name, entry.detail) == (
        "person",
        person_id,
        "Trần Thị Lan",
        "Nguyễn Văn Nam",
    )

    changes = register.restore_person(person_id)
    assert changes.kinds == frozenset({Kind.HOUSEHOLD}) and changes.ids == (household_id,)
    assert names(register, household_id) == ["Nguyễn Văn Nam", "Nguyễn Văn Tú", "Trần Thị Lan"]
    assert register.rows([household_id])[0].member_count == 3
    assert living(register, text="tran thi lan") == [household_id]
    assert register.trash() == []


def test_restoring_a_living_person_is_refused(register):
    household_id, _ = register.save(household("Nguyễn Văn Nam"))
    person_id = register.get(household_id).draft.members[0].id
    with pytest.raises(NotFound):
        register.restore_person(person_id)
    with pytest.raises(NotFound):
        register.restore_person(987654)


def test_deleted_household_leaves_the_list_with_its_members(services, register):
    keep, _ = register.save(household("Lê Văn Tám"))
    gone, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    changes = register.delete(gone)
    assert changes.ids == (gone,)
    assert living(register) == [keep]
    assert register.count(HouseholdFilter()) == 1
    assert living(register, text="tran thi lan") == []
    assert living(register, deleted=True) == [gone]
    [entry] = register.trash()  # the members travel with the household, not listed apart
    assert (entry.kind, entry.id, entry.name) == ("household", gone, "Nguyễn Văn Nam")
    with services.database.engine.connect() as conn:
        deleted = conn.execute(
            text("SELECT count(*) FROM person WHERE household_id = :h AND deleted_at IS NOT NULL"),
            {"h": gone},
        ).scalar()
    assert deleted == 2


def test_trash_shows_the_address_and_newest_first(register):
    first, _ = register.save(household("Nguyễn Văn Nam", house_number="12", street="Lê Lợi"))
    second, _ = register.save(household("Lê Văn Tám", "Lê Thị Hoa"))
    register.delete(first)
    remove_member(register, second, "Lê Thị Hoa")
    entries = register.trash()
    assert [(e.kind, e.name) for e in entries] == [
        ("person", "Lê Thị Hoa"),
        ("household", "Nguyễn Văn Nam"),
    ]
    assert entries[1].detail == "12 Lê Lợi"
    assert entries[0].deleted_at > entries[1].deleted_at


def test_restore_brings_back_exactly_the_members_deleted_with_it(register):
    household_id, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan", "Nguyễn Văn Tú"))
    earlier = remove_member(register, household_id, "Nguyễn Văn Tú")
    register.delete(household_id)
    register.restore(household_id)
    assert living(register) == [household_id]
    assert names(register, household_id) == ["Nguyễn Văn Nam", "Trần Thị Lan"]
    assert register.rows([household_id])[0].member_count == 2
    [entry] = register.trash()  # the member removed before stays in the trash
    assert (entry.kind, entry.id) == ("person", earlier)
    assert living(register, text="tran thi lan") == [household_id]


def test_delete_and_restore_only_once(register):
    household_id, _ = register.save(household("Nguyễn Văn Nam"))
    with pytest.raises(NotFound):
        register.restore(household_id)
    register.delete(household_id)
    with pytest.raises(NotFound):
        register.delete(household_id)
    with pytest.raises(NotFound):
        register.delete(424242)


def test_member_of_a_deleted_household_cannot_be_restored_alone(register):
    household_id, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan"))
    person_id = remove_member(register, household_id, "Trần Thị Lan")
    register.delete(household_id)
    with pytest.raises(NotFound):
        register.restore_person(person_id)


@pytest.fixture
def two(register):
    source, _ = register.save(household("Nguyễn Văn Nam", "Trần Thị Lan", "Nguyễn Văn Tú"))
    target, _ = register.save(household("Lê Văn Tám"))
    return source, target


def test_move_member_between_households(register, two):
    source, target = two
    person_id = register.get(source).draft.members[2].id
    changes = register.move_member(person_id, target)
    assert changes.ids == (source, target)
    assert names(register, source) == ["Nguyễn Văn Nam", "Trần Thị Lan"]
    assert names(register, target) == ["Lê Văn Tám", "Nguyễn Văn Tú"]
    assert [r.member_count for r in register.rows([source, target])] == [2, 2]
    assert living(register, text="nguyen van tu") == [target]
    assert register.get(target).draft.members[1].id == person_id  # same record, moved
    assert register.trash() == []


def test_moving_the_head_is_refused(register, two):
    source, target = two
    head_id = register.get(source).draft.members[0].id
    with pytest.raises(UserError) as caught:
        register.move_member(head_id, target)
    assert caught.value.code == "household.move_head"
    assert [r.member_count for r in register.rows([source, target])] == [3, 1]


def test_moving_within_the_same_household_is_refused(register, two):
    source, _ = two
    person_id = register.get(source).draft.members[1].id
    with pytest.raises(UserError) as caught:
        register.move_member(person_id, source)
    assert caught.value.code == "household.move_same"


def test_moving_to_or_from_the_trash_is_refused(register, two):
    source, target = two
    person_id = register.get(source).draft.members[1].id
    register.delete(target)
    with pytest.raises(NotFound):
        register.move_member(person_id, target)
    removed = remove_member(register, source, "Nguyễn Văn Tú")
    register.restore(target)
    with pytest.raises(NotFound):
        register.move_member(removed, target)
    assert names(register, target) == ["Lê Văn Tám"]
