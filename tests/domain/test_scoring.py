"""Score sheets: what is refused, how totals add up, and when the rule recognises."""

from dataclasses import replace
from decimal import Decimal
from importlib.resources import files

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_criteria import FAST, criteria_sets, leaf, make_set, score_sheets, tenths_up_to

from xhht_desktop.domain.criteria import Band, Criterion, CriterionMinimum, Kind, Rule
from xhht_desktop.domain.criteria_io import loads
from xhht_desktop.domain.scoring import (
    Derivation,
    InvalidScoreSheet,
    Reason,
    Score,
    ScoreSheet,
    Source,
    evaluate,
    is_met,
    node_totals,
    override,
    parse_points,
    total,
    validate_sheet,
)
from xhht_desktop.domain.validation import Issue

FULL = {"A.1": 10, "A.2": 20, "B": 30}


def sheet(points=None, met=None):
    return ScoreSheet.manual(
        FULL if points is None else points, {"C": True} if met is None else met
    )


def codes(issues):
    return {(i.field, i.code) for i in issues}


# --- typed points ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"), [("7", "7"), ("7,5", "7.5"), ("7.5", "7.5"), (" 10 ", "10")]
)
def test_points_are_typed_with_a_comma_or_a_dot(text, expected):
    assert parse_points(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "7,25", "-1", "1e3", "7,", "abc", "7.5.1", "NaN"])
def test_impossible_points_are_refused(text):
    with pytest.raises(ValueError):
        parse_points(text)


# --- derived and overridden values -----------------------------------------------------------


def test_a_derived_score_carries_its_explanation():
    why = Derivation("children.all_in_school", {"children": 2}, points=10)
    score = Score.derived(why)
    assert (score.points, score.source, score.overridden) == (10, Source.DERIVED, False)


def test_overriding_keeps_what_the_data_said():
    why = Derivation("children.all_in_school", {"children": 2}, points=10)
    score = override(Score.derived(why), points=Decimal("7.5"), note="Một cháu nghỉ học 2 tháng")
    assert score.points == Decimal("7.5")
    assert score.source is Source.MANUAL
    assert score.derivation == why
    assert score.overridden
    assert score.note == "Một cháu nghỉ học 2 tháng"


def test_a_changed_value_still_marked_derived_is_refused():
    why = Derivation("adults.literate", points=10)
    bad = replace(Score.derived(why), points=Decimal(5))
    scores = {**sheet().scores, "B": bad}
    assert ("B", "score.derived_mismatch") in codes(validate_sheet(make_set(), ScoreSheet(scores)))
    no_reason = Score(points=Decimal(30), source=Source.DERIVED)
    scores = {**sheet().scores, "B": no_reason}
    assert ("B", "score.derived_mismatch") in codes(validate_sheet(make_set(), ScoreSheet(scores)))


def test_derived_and_overridden_scores_are_valid():
    why = Derivation("x", points=Decimal(30))
    scores = {**sheet().scores, "A.1": override(sheet().scores["A.1"]), "B": Score.derived(why)}
    scores["A.2"] = override(Score.derived(Derivation("y", points=Decimal(20))), points=15)
    assert validate_sheet(make_set(), ScoreSheet(scores)) == []


# --- validation ------------------------------------------------------------------------------


def test_a_complete_sheet_has_no_issues():
    assert validate_sheet(make_set(), sheet()) == []


@pytest.mark.parametrize(
    ("points", "met", "expected"),
    [
        ({**FULL, "A.1": 11}, None, ("A.1", "score.above_max")),
        ({**FULL, "A.1": -1}, None, ("A.1", "score.negative")),
        ({**FULL, "A.1": Decimal("7.25")}, None, ("A.1", "points.too_precise")),
        ({"A.2": 20, "B": 30}, None, ("A.1", "score.missing")),
        (FULL, {}, ("C", "score.missing")),
        ({**FULL, "Z": 1}, None, ("Z", "score.unknown_criterion")),
        ({**FULL, "A": 30}, None, ("A", "score.not_a_leaf")),
        ({**FULL, "C": 0}, {}, ("C", "score.points_on_pass_fail")),
        (FULL, {"C": True, "B": True}, ("B", "score.met_on_points")),
    ],
)
def test_sheet_issues_name_the_criterion(points, met, expected):
    assert expected in codes(validate_sheet(make_set(), sheet(points, met)))


def test_above_max_says_the_maximum():
    issues = validate_sheet(make_set(), sheet({**FULL, "B": 31}))
    assert issues == [Issue("B", "score.above_max", {"max": Decimal(30)})]


def test_a_long_note_is_refused():
    scores = {**sheet().scores, "B": Score(points=Decimal(30), note="x" * 2001)}
    assert ("B", "text.too_long") in codes(validate_sheet(make_set(), ScoreSheet(scores)))


def test_an_invalid_sheet_cannot_be_evaluated():
    with pytest.raises(InvalidScoreSheet) as caught:
        evaluate(make_set(), sheet({**FULL, "A.1": 11}))
    assert isinstance(caught.value, ValueError)
    assert codes(caught.value.issues) == {("A.1", "score.above_max")}


# --- totals ----------------------------------------------------------------------------------


def test_totals_per_node_and_overall():
    totals = node_totals(make_set(), sheet({"A.1": Decimal("7.5"), "A.2": 12, "B": 30}))
    assert totals == {"A": Decimal("19.5"), "A.1": Decimal("7.5"), "A.2": 12, "B": 30, "C": 0}
    assert total(make_set(), sheet()) == 60


def test_running_totals_count_missing_scores_as_zero():
    partial = ScoreSheet.manual({"A.1": 5, "Z": 99})
    assert node_totals(make_set(), partial)["A"] == 5
    assert total(make_set(), partial) == 5


def test_a_capped_parent_gives_no_more_than_its_cap():
    capped = Criterion("A", "x", 15, children=(leaf("A.1", 10), leaf("A.2", 10)))
    cs = make_set(criteria=(capped,), rule=Rule())
    assert node_totals(cs, ScoreSheet.manual({"A.1": 10, "A.2": 8}))["A"] == 15
    assert node_totals(cs, ScoreSheet.manual({"A.1": 4, "A.2": 8}))["A"] == 12


# --- the rule --------------------------------------------------------------------------------


def test_a_full_sheet_is_recognised():
    result = evaluate(make_set(rule=Rule(min_total=40, knock_outs=("C",))), sheet())
    assert (result.total, result.max_total, result.met, result.reasons) == (60, 60, True, ())


def test_below_the_minimum_total():
    result = evaluate(make_set(rule=Rule(min_total=50)), sheet({**FULL, "B": 15}))
    assert not result.met
    assert result.reasons == (
        Issue("total", Reason.BELOW_MINIMUM_TOTAL, {"total": Decimal(45), "min": Decimal(50)}),
    )


def test_below_the_minimum_for_a_criterion_even_with_a_high_total():
    rule = Rule(min_total=40, min_per_criterion=(CriterionMinimum("A", 15),))
    result = evaluate(make_set(rule=rule), sheet({"A.1": 10, "A.2": 4, "B": 30}))
    assert result.total == 44
    assert result.reasons == (
        Issue(
            "A",
            Reason.BELOW_MINIMUM_FOR_CRITERION,
            {"code": "A", "points": Decimal(14), "min": Decimal(15)},
        ),
    )


@pytest.mark.parametrize(
    ("knock_out", "points", "met"),
    [
        ("B", {**FULL, "B": Decimal("29.5")}, {"C": True}),  # a points item below its max
        ("C", FULL, {"C": False}),  # a pass/fail item not met
        ("A", {**FULL, "A.2": 19}, {"C": True}),  # a parent with one child short
    ],
)
def test_a_failed_knock_out_refuses_recognition(knock_out, points, met):
    result = evaluate(make_set(rule=Rule(min_total=0, knock_outs=(knock_out,))), sheet(points, met))
    assert not result.met
    assert result.reasons == (Issue(knock_out, Reason.KNOCK_OUT_FAILED, {"code": knock_out}),)


def test_a_parent_with_a_pass_fail_child_is_met_only_if_that_child_is():
    parent = Criterion("P", "x", children=(leaf("P.1", 10), leaf("P.2", kind=Kind.PASS_FAIL)))
    cs = make_set(criteria=(parent,), rule=Rule(knock_outs=("P",)))
    yes = ScoreSheet.manual({"P.1": 10}, {"P.2": True})
    no = ScoreSheet.manual({"P.1": 10}, {"P.2": False})
    assert evaluate(cs, yes).met
    assert not evaluate(cs, no).met
    assert is_met(parent, yes, node_totals(cs, yes))


def test_reasons_come_in_rule_order_and_all_at_once():
    rule = Rule(
        min_total=55,
        min_per_criterion=(CriterionMinimum("B", 20), CriterionMinimum("A", 25)),
        knock_outs=("C", "A.1"),
    )
    result = evaluate(make_set(rule=rule), sheet({"A.1": 0, "A.2": 20, "B": 10}, {"C": False}))
    assert [(r.field, r.code) for r in result.reasons] == [
        ("total", "below_minimum_total"),
        ("B", "below_minimum_for_criterion"),
        ("A", "below_minimum_for_criterion"),
        ("C", "knock_out_failed"),
        ("A.1", "knock_out_failed"),
    ]


def test_the_band_depends_on_the_total_alone():
    rule = Rule(min_total=50, knock_outs=("C",), bands=(Band("tot", 55), Band("dat", 50)))
    result = evaluate(make_set(rule=rule), sheet(met={"C": False}))
    assert (result.band, result.met) == ("tot", False)
    assert evaluate(make_set(rule=rule), sheet({**FULL, "B": 0})).band is None


# --- the shipped Đơn vị học tập set: TT 22/2020 bands ---------------------------------------


def _don_vi():
    text = (files("xhht_desktop.resources") / "criteria" / "don_vi_tt22_2020.json").read_text(
        encoding="utf-8"
    )
    return loads(text)


@pytest.mark.parametrize(
    ("points", "band", "met"),
    [
        (100, "tot", True),
        (85, "tot", True),
        (Decimal("84.9"), "kha", True),
        (70, "kha", True),
        (Decimal("69.9"), "trung_binh", True),
        (50, "trung_binh", True),
        (Decimal("49.9"), "khong_dat", False),
        (0, "khong_dat", False),
    ],
)
def test_unit_bands_follow_circular_22(points, band, met):
    cs = _don_vi()
    # Everything on criterion 3 (40) first, the rest spread over the other leaves in order.
    left, scores = Decimal(points), {}
    for node in sorted(cs.leaves(), key=lambda n: n.code != "3"):
        given_points = min(left, node.maximum)
        scores[node.code], left = given_points, left - given_points
    result = evaluate(cs, ScoreSheet.manual(scores))
    assert (result.total, result.band, result.met) == (Decimal(points), band, met)


# --- properties ------------------------------------------------------------------------------


@FAST
@given(st.data())
def test_without_caps_the_total_is_the_sum_of_the_leaves(data):
    cs = data.draw(criteria_sets(caps=False))
    scores = data.draw(score_sheets(cs))
    leaves = sum((s.points for s in scores.scores.values() if s.points is not None), Decimal(0))
    assert evaluate(cs, scores).total == leaves == total(cs, scores)


@FAST
@given(st.data())
def test_no_node_ever_exceeds_its_maximum(data):
    cs = data.draw(criteria_sets())
    scores = data.draw(score_sheets(cs))
    result = evaluate(cs, scores)
    assert 0 <= result.total <= result.max_total == cs.max_total
    for node in cs.nodes():
        assert 0 <= result.totals[node.code] <= node.maximum


@FAST
@given(st.data())
def test_bands_never_go_down_as_the_total_goes_up(data):
    cs = data.draw(criteria_sets())
    a, b = sorted(data.draw(st.lists(tenths_up_to(cs.max_total), min_size=2, max_size=2)))
    bands = [band.code for band in cs.rule.bands]

    def rank(total_):
        band = cs.rule.band_for(total_)
        return len(bands) if band is None else bands.index(band.code)  # 0 = best

    assert rank(a) >= rank(b)


@FAST
@given(st.data())
def test_failing_any_knock_out_always_refuses(data):
    cs = data.draw(criteria_sets())
    scored = [n for n in cs.leaves() if n.kind is Kind.PASS_FAIL or n.maximum > 0]
    victim = data.draw(st.sampled_from(scored))
    scores = dict(data.draw(score_sheets(cs)).scores)
    if victim.kind is Kind.PASS_FAIL:
        scores[victim.code] = Score(met=False)
    else:
        scores[victim.code] = Score(points=data.draw(tenths_up_to(victim.maximum - Decimal("0.1"))))
    knock_outs = tuple(dict.fromkeys((*cs.rule.knock_outs, victim.code)))
    cs = replace(cs, rule=replace(cs.rule, knock_outs=knock_outs))
    result = evaluate(cs, ScoreSheet(scores))
    assert not result.met
    assert Issue(victim.code, Reason.KNOCK_OUT_FAILED, {"code": victim.code}) in result.reasons


@FAST
@given(st.data())
def test_any_point_above_its_maximum_is_refused(data):
    cs = data.draw(criteria_sets())
    points_leaves = [n for n in cs.leaves() if n.kind is Kind.POINTS]
    victim = data.draw(st.sampled_from(points_leaves)) if points_leaves else None
    if victim is None:
        return
    excess = data.draw(st.integers(1, 1000).map(lambda n: Decimal(n) / 10))
    scores = {**data.draw(score_sheets(cs)).scores, victim.code: Score(victim.maximum + excess)}
    issues = validate_sheet(cs, ScoreSheet(scores))
    assert "score.above_max" in {i.code for i in issues if i.field == victim.code}
    with pytest.raises(InvalidScoreSheet):
        evaluate(cs, ScoreSheet(scores))


@FAST
@given(st.data())
def test_more_points_never_lower_the_total_nor_the_band(data):
    cs = data.draw(criteria_sets())
    scores = data.draw(score_sheets(cs))
    points_leaves = [n for n in cs.leaves() if n.kind is Kind.POINTS]
    if not points_leaves:
        return
    node = data.draw(st.sampled_from(points_leaves))
    raised = {**scores.scores, node.code: Score(points=node.maximum)}
    before, after = evaluate(cs, scores), evaluate(cs, ScoreSheet(raised))
    assert after.total >= before.total
    for code, value in before.totals.items():
        assert after.totals[code] >= value


@FAST
@given(st.data())
def test_evaluation_is_deterministic(data):
    cs = data.draw(criteria_sets())
    scores = data.draw(score_sheets(cs))
    reordered = ScoreSheet(dict(reversed(list(scores.scores.items()))))
    assert evaluate(cs, scores) == evaluate(cs, scores) == evaluate(cs, reordered)
