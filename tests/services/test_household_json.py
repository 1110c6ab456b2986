"""Households as JSON objects, for the command line."""

import dataclasses
import datetime as dt
import json

import pytest

from xhht_desktop.domain.entities import (
    EconomicStatus,
    Education,
    Gender,
    HouseholdDraft,
    HouseholdRow,
    Literacy,
    PersonDraft,
    Relation,
)
from xhht_desktop.errors import BadInput
from xhht_desktop.services.household_json import draft_from_json, draft_to_json, row_to_json

GOOD = {
    "house_number": 12,
    "street": "Lê Lợi",
    "group": "Tổ 3",
    "phone": "0903 123 456",
    "economic_status": "can_ngheo",
    "head_index": 1,
    "members": [
        {
            "full_name": "Trần Thị Lan",
            "relation": "vo_chong",
            "birth_date": "9/8/1972",
            "gender": "nu",
            "is_member": True,
        },
        {
            "full_name": "Nguyễn Văn Nam",
            "birth_year": 1968,
            "education": "thpt",
            "literacy": "biet_chu",
            "occupation": "Kinh doanh",
        },
        {
            "full_name": "Nguyễn Thị Hồng",
            "birth_date": "2012-02-29",
            "studying": True,
            "school": "Trường THCS Văn Lang",
            "grade": "8",
        },
    ],
}


def test_draft_from_json():
    draft = draft_from_json(GOOD, 1)
    assert draft.house_number == "12"
    assert draft.economic_status is EconomicStatus.NEAR_POOR
    assert draft.head_index == 1
    lan, nam, hong = draft.members
    assert (lan.birth_date, lan.birth_year, lan.gender, lan.relation, lan.is_member) == (
        dt.date(1972, 8, 9),
        1972,
        Gender.FEMALE,
        Relation.SPOUSE,
        True,
    )
    assert (nam.birth_date, nam.birth_year, nam.education, nam.literacy) == (
        None,
        1968,
        Education.UPPER_SECONDARY,
        Literacy.LITERATE,
    )
    assert (hong.birth_date, hong.studying, hong.grade) == (dt.date(2012, 2, 29), True, "8")
    assert draft.id is None and all(m.id is None for m in draft.members)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"members": "Nguyễn Văn Nam"}, "members"),
        ({"members": None}, "members"),
        ({"street": ["Lê Lợi"]}, "street"),
        ({"phone": True}, "phone"),
        ({"economic_status": "giau"}, "economic_status"),
        ({"head_index": "1"}, "head_index"),
        ({"head_index": True}, "head_index"),
        ({"members": [{"full_name": 5}]}, "members.0.full_name"),
        ({"members": ["Nguyễn Văn Nam"]}, "members.0"),
        ({"members": [{"full_name": "An", "gender": "x"}]}, "members.0.gender"),
        (
            {"members": [{"full_name": "An"}, {"full_name": "B", "relation": "vo"}]},
            "members.1.relation",
        ),
        ({"members": [{"full_name": "An", "studying": "yes"}]}, "members.0.studying"),
        ({"members": [{"full_name": "An", "birth_date": "31/02/1970"}]}, "members.0.birth_date"),
        ({"members": [{"full_name": "An", "birth_year": "năm 70"}]}, "members.0.birth_date"),
    ],
)
def test_bad_fields_name_household_and_field(change, field):
    with pytest.raises(BadInput) as caught:
        draft_from_json({**GOOD, **change}, 4)
    assert caught.value.code == "input.bad_field"
    assert caught.value.params["index"] == 4
    assert caught.value.params["field"] == field


@pytest.mark.parametrize("obj", [[], "household", 3, None])
def test_a_household_must_be_an_object(obj):
    with pytest.raises(BadInput) as caught:
        draft_from_json(obj, 2)
    assert caught.value.params["field"] == "(household)"


def test_draft_to_json_round_trips_through_json_text():
    draft = HouseholdDraft(
        members=(
            PersonDraft("Nguyễn Văn Nam", relation=Relation.HEAD, birth_year=1968),
            PersonDraft(
                "Trần Thị Lan",
                gender=Gender.FEMALE,
                birth_date=dt.date(1972, 8, 9),
                birth_year=1972,
                relation=Relation.SPOUSE,
                literacy=Literacy.LITERATE,
            ),
        ),
        house_number="12",
        street="Lê Lợi",
        phone="0903123456",
        economic_status=EconomicStatus.POOR,
        notes="Ghi chú",
    )
    data = json.loads(json.dumps(draft_to_json(draft), ensure_ascii=False))
    assert data["members"][1]["birth_date"] == "09/08/1972"
    assert draft_from_json(data, 1) == draft


def test_row_to_json():
    row = HouseholdRow(
        7,
        "Nguyễn Văn Nam",
        "12",
        "Lê Lợi",
        "Tổ 3",
        "",
        2,
        "0903123456",
        EconomicStatus.POOR,
        "",
        dt.datetime(2026, 1, 2, 3, 4, 5),
    )
    data = row_to_json(row)
    assert data["address"] == "12 Lê Lợi, Tổ 3"
    assert data["economic_status"] == "ngheo"
    assert data["deleted_at"] == "2026-01-02T03:04:05"
    assert json.loads(json.dumps(data))["id"] == 7
    assert row_to_json(dataclasses.replace(row, deleted_at=None))["deleted_at"] is None
