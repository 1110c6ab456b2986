"""Learning activities: records, types, attendance picked from the register, trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from xhht_desktop.domain.entities import (
    ActivityDraft,
    ActivityFilter,
    ActivityType,
    HouseholdDraft,
    PersonDraft,
)
from xhht_desktop.errors import NotFound, UserError, ValidationFailed


@pytest.fixture
def family(services):
    household_id, _ = services.households.save(
        HouseholdDraft(
            members=(PersonDraft(full_name="Nguyễn Văn An"), PersonDraft(full_name="Lê Thị Hoa")),
            group="Tổ 2",
        )
    )
    people = [p.id for p in services.activities.people() if p.head_name == "Nguyễn Văn An"]
    return household_id, people


def activity(type_id, **changes) -> ActivityDraft:
    values = {
        "type_id": type_id,
        "title": "Sinh hoạt chuyên đề: nuôi dạy con",
        "start_date": dt.date(2026, 3, 8),
        "place": "Nhà văn hóa khu phố 3",
    }
    values.update(changes)
    return ActivityDraft(**values)


def test_default_types_are_there_and_editable(services):
    names = [t.name for t in services.activities.types()]
    assert names[0] == "Sinh hoạt chuyên đề" and "Hội thi" in names
    new_id, _ = services.activities.save_type(ActivityType(None, "  Câu lạc bộ  đọc sách "))
    assert ActivityType(new_id, "Câu lạc bộ đọc sách") in services.activities.types()
    with pytest.raises(UserError) as caught:
        services.activities.save_type(ActivityType(None, "HOI THI"))  # accents ignored
    assert caught.value.code == "activity.type_exists"
    services.activities.save_type(ActivityType(new_id, "Câu lạc bộ đọc sách", retired=True))
    assert new_id not in [t.id for t in services.activities.types()]
    assert new_id in [t.id for t in services.activities.types(include_retired=True)]


def test_save_and_read_back_with_attendance(services, family):
    _, people = family
    kind = services.activities.types()[0].id
    activity_id, _ = services.activities.save(
        activity(kind, attendee_ids=frozenset(people), outside_attendees=12)
    )
    read = services.activities.get(activity_id)
    assert read.attendee_ids == frozenset(people)
    assert read.outside_attendees == 12
    [row] = services.activities.list(ActivityFilter(year=2026))
    assert (row.attendees, row.type_name) == (2, "Sinh hoạt chuyên đề")
    assert services.activities.list(ActivityFilter(year=2025)) == []
    assert services.activities.years() == [2026]


def test_unticking_a_person_keeps_a_tombstone_and_ticking_again_revives_it(services, family):
    _, people = family
    kind = services.activities.types()[0].id
    activity_id, _ = services.activities.save(activity(kind, attendee_ids=frozenset(people)))
    first = services.activities.get(activity_id)
    services.activities.save(activity(kind, id=activity_id, attendee_ids=frozenset(people[:1])))
    assert services.activities.get(activity_id).attendee_ids == frozenset(people[:1])
    services.activities.save(activity(kind, id=activity_id, attendee_ids=first.attendee_ids))
    with services.database.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT count(*), count(deleted_at) FROM attendance WHERE activity_id = ?",
            (activity_id,),
        ).fetchone()
    assert tuple(rows) == (2, 0)  # the same two rows, none deleted


def test_bad_input_says_what_and_saves_nothing(services):
    with pytest.raises(ValidationFailed) as caught:
        services.activities.save(
            ActivityDraft(type_id=None, title=" ", start_date=None, outside_attendees=-1)
        )
    assert {i.field for i in caught.value.issues} == {
        "type_id",
        "title",
        "start_date",
        "outside_attendees",
    }
    kind = services.activities.types()[0].id
    with pytest.raises(ValidationFailed) as caught:
        services.activities.save(activity(kind, end_date=dt.date(2026, 3, 1)))
    assert [i.code for i in caught.value.issues] == ["activity.ends_before_start"]
    with pytest.raises(NotFound):
        services.activities.save(activity(kind, attendee_ids=frozenset({999_999})))
    assert services.activities.list(ActivityFilter()) == []


def test_search_by_title_ignores_accents(services):
    kind = services.activities.types()[1].id
    services.activities.save(activity(kind, title="Hội thi Rung chuông vàng"))
    services.activities.save(activity(kind, title="Đọc sách cùng con"))
    assert [r.title for r in services.activities.list(ActivityFilter(text="rung chuong"))] == [
        "Hội thi Rung chuông vàng"
    ]
    assert [r.title for r in services.activities.list(ActivityFilter(text="doc"))] == [
        "Đọc sách cùng con"
    ]


def test_trash_and_restore(services):
    kind = services.activities.types()[0].id
    activity_id, _ = services.activities.save(activity(kind))
    services.activities.delete(activity_id)
    assert services.activities.list(ActivityFilter()) == []
    assert [r.id for r in services.activities.list(ActivityFilter(deleted=True))] == [activity_id]
    services.activities.restore(activity_id)
    assert [r.id for r in services.activities.list(ActivityFilter())] == [activity_id]


def test_participation_by_member_and_year(services, family):
    household_id, people = family
    kind = services.activities.types()[0].id
    services.activities.save(
        activity(kind, title="A", start_date=dt.date(2025, 5, 1), attendee_ids=frozenset(people))
    )
    services.activities.save(
        activity(
            kind, title="B", start_date=dt.date(2026, 5, 1), attendee_ids=frozenset(people[:1])
        )
    )
    found = services.activities.participation(household_id)
    assert [(p.full_name, p.year, p.titles) for p in found] == [
        ("Nguyễn Văn An", 2026, ("B",)),
        ("Nguyễn Văn An", 2025, ("A",)),
        ("Lê Thị Hoa", 2025, ("A",)),
    ]


def test_people_to_pick_leaves_out_the_trash(services, family):
    household_id, people = family
    services.households.delete(household_id)
    assert not {p.id for p in services.activities.people()} & set(people)


def test_an_activity_still_saves_when_an_attendee_was_moved_to_the_trash(services, family):
    household_id, people = family
    kind = services.activities.types()[0].id
    activity_id, _ = services.activities.save(activity(kind, attendee_ids=frozenset(people)))
    services.households.delete(household_id)
    again = services.activities.get(activity_id)
    services.activities.save(
        activity(kind, id=activity_id, title="Đổi tên", attendee_ids=again.attendee_ids)
    )
    services.households.restore(household_id)
    assert services.activities.get(activity_id).attendee_ids == frozenset(people)


def test_an_activity_belongs_to_a_unit_that_exists(services):
    from xhht_desktop.domain.entities import LocalUnitDraft

    kind = services.activities.types()[0].id
    school, _ = services.groups.save_unit(LocalUnitDraft("Trường Tiểu học Bến Thành"))
    activity_id, _ = services.activities.save(activity(kind, unit_id=school))
    assert services.activities.get(activity_id).unit_id == school
    services.groups.delete_unit(school)  # in the trash: its past activities keep it
    draft = services.activities.get(activity_id)
    services.activities.save(replace(draft, title="Ngày hội đọc sách"))
    assert services.activities.get(activity_id).unit_id == school
    with pytest.raises(NotFound):
        services.activities.save(activity(kind, unit_id=school + 99))
    [row] = services.activities.list(ActivityFilter())
    assert row.unit_name == "Trường Tiểu học Bến Thành"
