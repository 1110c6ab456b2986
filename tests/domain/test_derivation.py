"""Pre-filling from recorded data: each rule's counting and rounding, whole sheets, the samples."""

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_criteria import FAST, criteria_sets, make_set

from xhht_desktop.domain.criteria import (
    AGE_MAX,
    DERIVE_RULES,
    POINT_STEPS,
    CriteriaSet,
    Criterion,
    Kind,
    Model,
    Rule,
    is_multiple,
    validate_criteria_set,
)
from xhht_desktop.domain.criteria_io import loads
from xhht_desktop.domain.derivation import (
    EXPLANATION_CODES,
    RULES,
    ClanFacts,
    CommunityFacts,
    HouseholdFacts,
    LeafTarget,
    PersonFacts,
    age_in_year,
    derive_leaf,
    derive_sheet,
    grade,
    is_literate,
    person_facts,
)
from xhht_desktop.domain.entities import Education, Literacy, PersonDraft
from xhht_desktop.domain.scoring import Score, ScoreSheet, Source, validate_sheet

CRITERIA = files("xhht_desktop.resources") / "criteria"
HALF = Decimal("0.5")


def target(maximum=10, step=HALF, kind=Kind.POINTS):
    return LeafTarget(kind, Decimal(maximum), Decimal(step))


def family_set(rule, params=None, maximum=10, step=HALF, kind=Kind.POINTS):
    node = Criterion(
        "1",
        "Nội dung",
        None if kind is Kind.PASS_FAIL else maximum,
        kind,
        derive=rule,
        derive_params=params or {},
    )
    model = DERIVE_RULES[rule].models
    cs = make_set(criteria=(node,), rule=Rule(), model=next(iter(model)), point_step=step)
    assert validate_criteria_set(cs) == []
    return cs


def one(cs, facts):
    """The single derivation of a one-leaf set."""
    found = derive_sheet(cs, facts)
    assert list(found) == ["1"]
    return found["1"]


def child(age, studying=True):
    return PersonFacts(age=age, studying=studying)


def adult(age=40, **changes):
    return PersonFacts(age=age, **changes)


# --- ages and literacy -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth_date", "birth_year", "age"),
    [
        (None, 2019, 6),  # by calendar year: 6 in 2025 whatever the month
        (dt.date(2019, 12, 31), None, 6),
        (dt.date(2019, 12, 31), 2018, 6),  # the full date wins
        (None, None, None),
        (None, 2026, None),  # not yet born
        (None, 2025, 0),
    ],
)
def test_age_is_counted_by_calendar_year(birth_date, birth_year, age):
    assert age_in_year(2025, birth_date, birth_year) == age


def test_person_facts_from_the_register():
    person = PersonDraft(
        "Nguyễn Văn An",
        birth_year=2012,
        studying=True,
        literacy=Literacy.LITERATE,
        education=Education.LOWER_SECONDARY,
    )
    assert person_facts(person, 2025, attended_activities=2) == PersonFacts(
        13, True, Literacy.LITERATE, Education.LOWER_SECONDARY, 2
    )
    assert person_facts(PersonDraft("Lê Thị Bình"), 2025).age is None


@pytest.mark.parametrize(
    ("literacy", "education", "literate"),
    [
        (Literacy.LITERATE, Education.UNKNOWN, True),
        (Literacy.LITERATE, Education.NONE, True),
        (Literacy.UNKNOWN, Education.LOWER_SECONDARY, True),  # finished primary school
        (Literacy.UNKNOWN, Education.UNIVERSITY, True),
        (Literacy.UNKNOWN, Education.PRIMARY, False),  # may have left before grade 3
        (Literacy.UNKNOWN, Education.UNKNOWN, False),
        (Literacy.ILLITERATE, Education.UNKNOWN, False),
        (Literacy.RELAPSED, Education.UPPER_SECONDARY, False),  # what was recorded wins
    ],
)
def test_who_counts_as_literate(literacy, education, literate):
    assert is_literate(PersonFacts(40, literacy=literacy, education=education)) is literate


# --- the common shape ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "step", "points"),
    [
        (3, 3, HALF, 10),
        (2, 3, HALF, Decimal("6.5")),  # 6.67 rounded down
        (2, 3, Decimal(1), 6),
        (2, 3, Decimal("0.1"), Decimal("6.6")),
        (1, 3, HALF, 3),  # 3.33
        (0, 3, HALF, 0),
        (0, 0, HALF, 10),  # nobody to count: nobody is missing
        (5, 3, HALF, 10),  # more than the whole cannot pass the maximum
    ],
)
def test_points_are_proportional_and_rounded_down_to_the_step(part, whole, step, points):
    assert grade(target(10, step), part, whole) == (Decimal(points), None)


def test_a_share_below_all_gives_full_points_from_it():
    half = Fraction(1, 2)
    assert grade(target(), 1, 2, half) == (10, None)
    assert grade(target(), 2, 3, half) == (10, None)
    assert grade(target(), 1, 3, half) == (Decimal("6.5"), None)  # (1/3) / (1/2) = 6.67
    assert grade(target(40), 7, 10, Fraction(7, 10)) == (40, None)  # exactly at the target


def test_a_met_item_is_met_at_the_share():
    passfail = target(0, kind=Kind.PASS_FAIL)
    assert grade(passfail, 3, 3) == (None, True)
    assert grade(passfail, 2, 3) == (None, False)
    assert grade(passfail, 0, 0) == (None, True)
    assert grade(passfail, 1, 2, Fraction(1, 2)) == (None, True)


@FAST
@given(
    st.integers(0, 30),
    st.integers(0, 30),
    st.integers(1, 100),
    st.sampled_from(POINT_STEPS),
    st.integers(1, 60),
)
def test_grade_stays_in_range_on_the_step_and_grows_with_the_part(part, whole, percent, step, n):
    leaf_target = target(step * n, step)
    needed = Fraction(percent, 100)
    points, met = grade(leaf_target, part, whole, needed)
    assert met is None
    assert 0 <= points <= leaf_target.maximum
    assert is_multiple(points, step)
    assert (points == leaf_target.maximum) is (
        whole == 0 or Fraction(min(part, whole), whole) >= needed
    )
    if part < whole:
        assert grade(leaf_target, part + 1, whole, needed)[0] >= points


# --- children_in_school ----------------------------------------------------------------------


def test_children_all_at_school():
    cs = family_set("children_in_school")
    why = one(cs, HouseholdFacts((adult(), child(8), child(15))))
    assert (why.code, why.points, why.met) == ("derived.children_in_school", 10, None)
    assert why.params == {"studying": 2, "of": 2, "min_age": 6, "max_age": 17, "unknown": 0}


def test_children_some_at_school_rounds_down_to_the_step():
    facts = HouseholdFacts((child(7), child(10), child(12, studying=False)))
    assert one(family_set("children_in_school"), facts).points == Decimal("6.5")
    assert one(family_set("children_in_school", step=Decimal(1)), facts).points == 6
    assert one(family_set("children_in_school", step=Decimal("0.1")), facts).points == Decimal(
        "6.6"
    )


def test_children_ages_are_inclusive_and_settable():
    facts = HouseholdFacts(
        (child(5, False), child(6), child(17), child(18, False), child(15, False))
    )
    why = one(family_set("children_in_school"), facts)
    assert (why.params["studying"], why.params["of"]) == (2, 3)
    narrow = family_set("children_in_school", {"min_age": 6, "max_age": 14})
    why = one(narrow, facts)
    assert (why.params["studying"], why.params["of"], why.points) == (1, 1, 10)


def test_no_child_of_school_age_gives_full_points_and_says_so():
    why = one(family_set("children_in_school"), HouseholdFacts((adult(), child(3, False))))
    assert (why.code, why.points) == ("derived.children_in_school.none", 10)
    assert why.params["of"] == 0
    assert one(family_set("children_in_school"), HouseholdFacts()).code == (
        "derived.children_in_school.none"
    )


def test_members_without_a_birth_year_are_not_counted_and_said_so():
    facts = HouseholdFacts((child(None, False), child(9), adult()))
    why = one(family_set("children_in_school"), facts)
    assert why.code == "derived.children_in_school.unknown_age"
    assert (why.params["studying"], why.params["of"], why.params["unknown"]) == (1, 1, 1)
    assert why.points == 10
    only_unknown = HouseholdFacts((child(None), adult()))
    why = one(family_set("children_in_school"), only_unknown)
    assert (why.code, why.points) == ("derived.children_in_school.none.unknown_age", 10)


def test_children_on_a_met_item():
    cs = family_set("children_in_school", kind=Kind.PASS_FAIL)
    assert one(cs, HouseholdFacts((child(8), child(9)))).met is True
    why = one(cs, HouseholdFacts((child(8), child(9, False))))
    assert (why.points, why.met) == (None, False)
    assert one(cs, HouseholdFacts((adult(),))).met is True


# --- adults_literate -------------------------------------------------------------------------


def test_adults_literate_counts_ages_19_to_60():
    facts = HouseholdFacts(
        (
            adult(19, literacy=Literacy.LITERATE),
            adult(60, education=Education.UPPER_SECONDARY),
            adult(45, literacy=Literacy.RELAPSED),
            adult(61, literacy=Literacy.ILLITERATE),  # outside the ages
            adult(18, literacy=Literacy.ILLITERATE),
        )
    )
    why = one(family_set("adults_literate"), facts)
    assert why.code == "derived.adults_literate"
    assert why.params == {"literate": 2, "of": 3, "min_age": 19, "max_age": 60, "unknown": 0}
    assert why.points == Decimal("6.5")


def test_adults_literate_edge_cases():
    cs = family_set("adults_literate")
    assert one(cs, HouseholdFacts((adult(70), child(10)))).code == "derived.adults_literate.none"
    why = one(cs, HouseholdFacts((adult(None), adult(30, literacy=Literacy.LITERATE))))
    assert (why.code, why.points, why.params["unknown"]) == (
        "derived.adults_literate.unknown_age",
        10,
        1,
    )
    nothing_recorded = one(cs, HouseholdFacts((adult(30), adult(32))))
    assert (nothing_recorded.points, nothing_recorded.params["literate"]) == (0, 0)


# --- attended_activity -----------------------------------------------------------------------


def test_attended_by_default_counts_every_member_whatever_the_age():
    facts = HouseholdFacts(
        (
            adult(40, attended_activities=3),
            adult(None, attended_activities=1),
            child(10),
            adult(80),
        )
    )
    why = one(family_set("attended_activity"), facts)
    assert why.code == "derived.attended_activity"
    assert why.params == {
        "attended": 2,
        "of": 4,
        "min_age": 0,
        "max_age": AGE_MAX,
        "unknown": 0,
        "target_percent": 100,
    }
    assert why.points == 5


def test_attended_adults_only_with_a_share_for_full_points():
    params = {"min_age": 19, "max_age": 60, "target_percent": 50}
    cs = family_set("attended_activity", params)
    facts = HouseholdFacts(
        (adult(40, attended_activities=1), adult(42), adult(None, attended_activities=1), child(9))
    )
    why = one(cs, facts)
    assert (why.code, why.points) == ("derived.attended_activity.unknown_age", 10)  # 1 of 2
    assert (why.params["attended"], why.params["of"], why.params["unknown"]) == (1, 2, 1)
    three = HouseholdFacts((adult(40, attended_activities=1), adult(42), adult(44)))
    assert one(cs, three).points == Decimal("6.5")  # 1/3 of the way, over 1/2 needed: 6.67
    nobody = HouseholdFacts((adult(40), adult(42)))
    assert one(cs, nobody).points == 0
    assert one(cs, HouseholdFacts((child(9),))).code == "derived.attended_activity.none"


def test_attended_on_a_met_item():
    cs = family_set("attended_activity", {"target_percent": 50}, kind=Kind.PASS_FAIL)
    assert one(cs, HouseholdFacts((adult(attended_activities=1), adult()))).met is True
    assert one(cs, HouseholdFacts((adult(), adult(), adult(attended_activities=1)))).met is False


# --- community rules -------------------------------------------------------------------------


def test_learning_families_share_against_the_target():
    cs = family_set("community_learning_families", maximum=40)  # 70 % by default
    why = one(cs, CommunityFacts(households=100, families_registered=90, families_recognised=69))
    assert why.code == "derived.community_learning_families"
    assert why.params == {"families": 69, "households": 100, "percent": 69, "target_percent": 70}
    assert why.points == Decimal("39")  # 40 × 0.69 / 0.7 = 39.43
    exactly = one(cs, CommunityFacts(households=10, families_recognised=7))
    assert (exactly.points, exactly.params["percent"]) == (40, 70)
    above = one(cs, CommunityFacts(households=10, families_recognised=9))
    assert above.points == 40


def test_learning_families_percent_is_rounded_down():
    cs = family_set("community_learning_families", maximum=40)
    why = one(cs, CommunityFacts(households=1000, families_recognised=699))
    assert why.params["percent"] == 69  # 69.9 % is not shown as the 70 % target
    assert why.points < 40


def test_registered_families_may_be_counted_instead():
    params = {"families": "registered", "target_percent": 100}
    cs = family_set("community_learning_families", params, maximum=20)
    why = one(cs, CommunityFacts(households=40, families_registered=30, families_recognised=5))
    assert why.code == "derived.community_learning_families.registered"
    assert (why.params["families"], why.points) == (30, 15)


def test_learning_families_edge_cases():
    cs = family_set("community_learning_families", maximum=40)
    empty = one(cs, CommunityFacts(households=0, families_recognised=0))
    assert (empty.code, empty.points, empty.met) == (
        "derived.community_learning_families.no_households",
        0,
        None,
    )
    # A register out of step with the decisions never gives more than the maximum.
    over = one(cs, CommunityFacts(households=10, families_recognised=12))
    assert (over.points, over.params["families"], over.params["percent"]) == (40, 10, 100)
    met = family_set("community_learning_families", kind=Kind.PASS_FAIL)
    assert one(met, CommunityFacts(10, families_recognised=7)).met is True
    assert one(met, CommunityFacts(10, families_recognised=6)).met is False
    assert one(met, CommunityFacts(0)).met is False


@pytest.mark.parametrize(("held", "points"), [(0, 0), (1, 5), (3, 15), (4, 20), (12, 20)])
def test_activities_against_a_target(held, points):
    cs = family_set("community_activities", {"target": 4}, maximum=20)
    why = one(cs, CommunityFacts(households=50, activities=held))
    assert (why.code, why.points) == ("derived.community_activities", points)
    assert why.params == {"activities": held, "target": 4}


def test_activities_round_down_and_meet():
    cs = family_set("community_activities", {"target": 3}, maximum=10, step=Decimal(1))
    assert one(cs, CommunityFacts(50, activities=2)).points == 6  # 6.67
    met = family_set("community_activities", {"target": 3}, kind=Kind.PASS_FAIL)
    assert [one(met, CommunityFacts(50, activities=n)).met for n in (2, 3)] == [False, True]


# --- whole sheets ----------------------------------------------------------------------------


def test_every_rule_the_sets_know_is_implemented():
    assert set(RULES) == set(DERIVE_RULES)


def sample(name):
    return loads((CRITERIA / name).read_text(encoding="utf-8"))


HOUSEHOLD = HouseholdFacts(
    (
        adult(45, literacy=Literacy.LITERATE, attended_activities=2),
        adult(43, education=Education.LOWER_SECONDARY),
        child(13),
        child(9, studying=False),
        child(None),
    )
)
COMMUNITY = CommunityFacts(households=320, families_registered=260, families_recognised=230)


def test_the_family_sample_pre_fills_its_annotated_items():
    cs = sample("gia_dinh_qd448_2015.json")
    found = derive_sheet(cs, HOUSEHOLD)
    assert {code: (d.code, d.points) for code, d in found.items()} == {
        "1.a": ("derived.children_in_school.unknown_age", 5),
        "2.a": ("derived.adults_literate.unknown_age", 10),
        "2.b": ("derived.attended_activity.unknown_age", 5),
    }
    assert derive_sheet(cs, COMMUNITY) == {}  # no household facts: nothing to suggest
    assert derive_sheet(cs, [COMMUNITY, HOUSEHOLD]) == found


def test_the_community_sample_pre_fills_its_annotated_items():
    cs = sample("cong_dong_thon_mau.json")
    found = derive_sheet(cs, [HOUSEHOLD, COMMUNITY])
    assert {code: (d.code, d.points) for code, d in found.items()} == {
        "1": ("derived.community_learning_families", 40),  # 71 % of 320
        "2": ("derived.community_activities", 0),
    }
    assert derive_sheet(cs, HOUSEHOLD) == {}


def test_leaves_without_a_rule_are_left_out():
    assert derive_sheet(make_set(), HOUSEHOLD) == {}
    cs = sample("gia_dinh_qd448_2015.json")
    assert derive_leaf(cs, cs.find("1.b"), HOUSEHOLD) is None
    assert derive_leaf(cs, cs.find("1.a"), COMMUNITY) is None


def test_a_pre_filled_sheet_is_a_valid_sheet_and_may_be_overridden():
    cs = sample("gia_dinh_qd448_2015.json")
    scores = {code: Score.derived(why) for code, why in derive_sheet(cs, HOUSEHOLD).items()}
    for node in cs.leaves():
        scores.setdefault(node.code, Score(points=node.maximum))
    assert validate_sheet(cs, ScoreSheet(scores)) == []
    assert scores["1.a"].source is Source.DERIVED


# --- properties ------------------------------------------------------------------------------

PEOPLE = st.builds(
    PersonFacts,
    age=st.none() | st.integers(0, AGE_MAX),
    studying=st.booleans(),
    literacy=st.sampled_from(Literacy),
    education=st.sampled_from(Education),
    attended_activities=st.integers(0, 5),
)
HOUSEHOLDS = st.builds(HouseholdFacts, st.lists(PEOPLE, max_size=8).map(tuple))
COUNTS = st.integers(0, 2000)
COMMUNITIES = st.builds(CommunityFacts, COUNTS, COUNTS, COUNTS, st.integers(0, 60))
CLANS = st.builds(ClanFacts, COUNTS, COUNTS, COUNTS, COUNTS, st.integers(0, 50))


def check(cs, found):
    assert set(found) == {node.code for node in cs.leaves() if node.derive}
    for code, why in found.items():
        node = cs.find(code)
        assert why.code in EXPLANATION_CODES
        if node.kind is Kind.PASS_FAIL:
            assert why.points is None
            assert isinstance(why.met, bool)
        else:
            assert why.met is None
            assert 0 <= why.points <= node.maximum
            assert is_multiple(why.points, cs.point_step)


@FAST
@given(criteria_sets(model=Model.FAMILY), HOUSEHOLDS)
def test_household_suggestions_are_within_the_maximum_and_on_the_step(cs, facts):
    assert validate_criteria_set(cs) == []
    check(cs, derive_sheet(cs, facts))


@FAST
@given(criteria_sets(model=Model.COMMUNITY), COMMUNITIES)
def test_community_suggestions_are_within_the_maximum_and_on_the_step(cs, facts):
    assert validate_criteria_set(cs) == []
    check(cs, derive_sheet(cs, [facts]))


@FAST
@given(criteria_sets(model=Model.CLAN), CLANS)
def test_clan_suggestions_are_within_the_maximum_and_on_the_step(cs, facts):
    assert validate_criteria_set(cs) == []
    check(cs, derive_sheet(cs, facts))


@FAST
@given(criteria_sets(), HOUSEHOLDS, COMMUNITIES, CLANS)
def test_each_rule_reads_only_its_own_kind_of_facts(cs, household, community, clan):
    check(cs, derive_sheet(cs, [household, community, clan]))
    other = {Model.FAMILY: community, Model.COMMUNITY: clan, Model.CLAN: household}.get(cs.model)
    if other is not None:
        assert derive_sheet(cs, other) == {}


def clan_leaf(rule: str, **params) -> tuple[CriteriaSet, Criterion]:
    leaf = Criterion("3", "Tỉ lệ gia đình học tập", Decimal(40), derive=rule, derive_params=params)
    cs = CriteriaSet("dh", 1, Model.CLAN, "Dòng họ", (leaf,), Rule(), 2025)
    return cs, leaf


def test_a_clans_share_of_learning_families_counts_this_register_only() -> None:
    cs, leaf = clan_leaf("clan_learning_families", target_percent=50)
    why = derive_leaf(cs, leaf, ClanFacts(10, 8, 4, households_elsewhere=6))
    assert why.code == "derived.clan_learning_families.elsewhere"
    assert (why.points, why.params["percent"], why.params["elsewhere"]) == (Decimal(32), 40, 6)
    full = derive_leaf(cs, leaf, ClanFacts(10, 8, 5))
    assert full.code == "derived.clan_learning_families" and full.points == 40
    registered = clan_leaf("clan_learning_families", families="registered")
    assert derive_leaf(*registered, ClanFacts(10, 8, 0)).code.endswith(".registered")
    none = derive_leaf(cs, leaf, ClanFacts(0, households_elsewhere=12))
    assert none.code == "derived.clan_learning_families.no_households" and none.points == 0


def test_clan_households_with_an_association_member() -> None:
    cs, leaf = clan_leaf("clan_association_members")
    why = derive_leaf(cs, leaf, ClanFacts(8, with_association_member=6))
    assert why.code == "derived.clan_association_members"
    assert (why.points, why.params["with_member"], why.params["households"]) == (30, 6, 8)


@FAST
@given(HOUSEHOLDS)
def test_one_more_child_at_school_never_lowers_the_points(facts):
    cs = family_set("children_in_school")
    before = one(cs, facts).points
    after = one(cs, HouseholdFacts((*facts.members, child(10)))).points
    assert after >= before
