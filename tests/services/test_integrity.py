"""`check` is quiet on a healthy database and names what raw SQL broke."""

import sqlite3

import pytest
from sqlalchemy import text

from xhht_desktop.domain.entities import HouseholdDraft, HouseholdFilter, PersonDraft
from xhht_desktop.services.demo import fill_demo


def household(*names, **kw):
    return HouseholdDraft(members=tuple(PersonDraft(n) for n in names), **kw)


@pytest.fixture
def filled(services):
    fill_demo(services.installation, services.households, 20, seed=3)
    return services


def corrupt(services, sql):
    with services.database.engine.begin() as conn:
        conn.execute(text(sql))


def codes(problems):
    return [p.code for p in problems]


def test_healthy_database_has_no_problems(filled):
    assert filled.households.count(HouseholdFilter()) == 20
    assert filled.integrity.check() == []


def test_healthy_after_edits_trash_and_moves(services):
    hs = services.households
    first, _ = hs.save(household("Nguyễn Văn Nam", "Trần Thị Lan", "Nguyễn Văn Tú"))
    second, _ = hs.save(household("Lê Văn Tám"))
    members = hs.get(first).draft.members
    hs.move_member(members[2].id, second)
    hs.save(HouseholdDraft(members=members[:1], id=first))
    hs.delete(second)
    hs.restore(second)
    hs.restore_person(members[1].id)
    assert services.integrity.check() == []


def test_wrong_member_count_is_reported(filled):
    victim = filled.households.ids(HouseholdFilter())[3]
    corrupt(filled, f"UPDATE household SET member_count = 99 WHERE id = {victim}")
    problems = filled.integrity.check()
    assert codes(problems) == ["household.member_count"]
    assert problems[0].detail == str(victim)


def test_stale_head_name_is_reported(filled):
    corrupt(filled, "UPDATE household SET head_name = 'Ai Đó' WHERE id = 1")
    problems = filled.integrity.check()
    assert codes(problems) == ["household.head_name"]
    assert problems[0].detail == "1"


def test_head_in_the_trash_is_reported(filled):
    corrupt(
        filled,
        "UPDATE person SET deleted_at = '2026-01-01 00:00:00' "
        "WHERE id = (SELECT head_id FROM household WHERE id = 2)",
    )
    assert "household.head_missing" in codes(filled.integrity.check())


def test_damaged_search_index_is_reported(filled):
    corrupt(
        filled,
        "INSERT INTO household_fts(household_fts, rowid, search_key) "
        "VALUES ('delete', 1, 'khong phai the nay')",
    )
    assert codes(filled.integrity.check()) == ["db.search_index"]


def test_dangling_reference_is_reported(filled):
    # A raw connection has foreign keys off, as a careless tool would.
    conn = sqlite3.connect(filled.database.path)
    try:
        with conn:
            conn.execute("UPDATE person SET household_id = 9999 WHERE id = 2")
    finally:
        conn.close()
    assert "db.foreign_key" in codes(filled.integrity.check())


def test_check_changes_nothing(filled):
    before = filled.households.search(HouseholdFilter(), limit=100)
    filled.integrity.check()
    assert filled.households.search(HouseholdFilter(), limit=100) == before
    assert filled.integrity.check() == []
