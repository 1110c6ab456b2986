"""Criteria sets: the tree, its maxima, the rule, and the issues validation finds.

The hypothesis strategies for random valid sets and sheets live here; test_scoring and
test_criteria_io import them.
"""

import unicodedata
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xhht_desktop.domain.criteria import (
    DERIVE_RULES,
    POINT_STEP,
    POINT_STEPS,
    Band,
    CriteriaSet,
    Criterion,
    CriterionMinimum,
    Kind,
    Model,
    Rule,
    Status,
    as_points,
    clean_criteria_set,
    copy_as_draft,
    is_editable,
    is_multiple,
    is_on_step,
    normalize_params,
    resolved_params,
    validate_criteria_set,
    walk,
)
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.domain.text import nfc
from xhht_desktop.domain.validation import Issue

# database=None: no .hypothesis/ folder in the working tree.
FAST = settings(max_examples=60, deadline=None, database=None)


def leaf(code, points=10, wording="Nội dung", kind=Kind.POINTS):
    return Criterion(code, wording, None if kind is Kind.PASS_FAIL else points, kind)


def make_set(criteria=None, rule=None, **changes):
    """A small valid set: A (A.1 = 10, A.2 = 20), B = 30 points, C pass/fail; max 60."""
    if criteria is None:
        criteria = (
            Criterion("A", "Học tập của trẻ em", children=(leaf("A.1", 10), leaf("A.2", 20))),
            leaf("B", 30, "Học tập của người lớn"),
            leaf("C", wording="Có ban khuyến học", kind=Kind.PASS_FAIL),
        )
    base = CriteriaSet(
        key="gia-dinh-thu",
        version=1,
        model=Model.FAMILY,
        title="Bộ tiêu chí thử",
        criteria=criteria,
        rule=rule or Rule(min_total=40),
        first_year=2025,
    )
    return replace(base, **changes)


def codes(issues):
    return {(i.field, i.code) for i in issues}


# --- points ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10, "10"),
        (Decimal("10.0"), "10"),
        (Decimal("7.50"), "7.5"),
        (Decimal("0.1"), "0.1"),
        (Decimal("0.00"), "0"),
        (Decimal("1E+3"), "1000"),
        # No rounding to the context's 28 digits, even for absurd input.
        (Decimal("1234567890123456789012345678901.50"), "1234567890123456789012345678901.5"),
    ],
)
def test_points_are_decimals_with_no_trailing_zeros(value, expected):
    result = as_points(value)
    assert isinstance(result, Decimal)
    assert str(result) == expected


@pytest.mark.parametrize("value", [7.5, True, "7.5", None])
def test_floats_bools_and_text_are_not_points(value):
    with pytest.raises(TypeError):
        as_points(value)


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
def test_points_must_be_finite(value):
    with pytest.raises(ValueError):
        as_points(value)


def test_dataclasses_store_ints_as_decimals():
    assert isinstance(leaf("A", 10).max_points, Decimal)
    assert isinstance(Rule(min_total=50).min_total, Decimal)
    assert isinstance(Band("tot", 85).min_total, Decimal)
    assert isinstance(CriterionMinimum("A", 5).min_points, Decimal)


@pytest.mark.parametrize(
    ("value", "ok"),
    [("7", True), ("7.5", True), ("7.50", True), ("7.25", False), ("1E+40", True), ("1E-9", False)],
)
def test_points_step_is_a_tenth(value, ok):
    assert is_on_step(Decimal(value)) is ok


# --- the tree --------------------------------------------------------------------------------


def test_parent_maximum_is_its_childrens_sum_unless_capped():
    parent = Criterion("A", "x", children=(leaf("A.1", 10), leaf("A.2", Decimal("2.5"))))
    assert parent.maximum == Decimal("12.5")
    assert replace(parent, max_points=10).maximum == 10
    assert leaf("P", kind=Kind.PASS_FAIL).maximum == 0


def test_set_helpers():
    cs = make_set()
    assert cs.max_total == 60
    assert [c.code for c in cs.leaves()] == ["A.1", "A.2", "B", "C"]
    assert [c.code for c in cs.nodes()] == ["A", "A.1", "A.2", "B", "C"]
    assert cs.find("A.2").max_points == 20
    assert cs.find("Z") is None
    assert [path for path, _ in walk(cs)] == [
        "criteria.0",
        "criteria.0.children.0",
        "criteria.0.children.1",
        "criteria.1",
        "criteria.2",
    ]


def test_years_of_application():
    cs = make_set(first_year=2016, last_year=2020)
    assert [cs.applies_in(y) for y in (2015, 2016, 2020, 2021)] == [False, True, True, False]
    assert make_set(first_year=2021).applies_in(2040)


def test_copy_as_draft_keeps_everything_but_version_and_status():
    cs = make_set(status=Status.IN_FORCE, version=3)
    copy = copy_as_draft(cs)
    assert (copy.version, copy.status) == (4, Status.DRAFT)
    assert replace(copy, version=3, status=Status.IN_FORCE) == cs
    assert copy_as_draft(cs, version=9).version == 9


@pytest.mark.parametrize(
    ("status", "used", "editable"),
    [
        (Status.DRAFT, False, True),
        (Status.IN_FORCE, False, True),
        (Status.DRAFT, True, False),
        (Status.IN_FORCE, True, False),
        (Status.RETIRED, False, False),
    ],
)
def test_a_used_or_retired_set_is_not_edited(status, used, editable):
    assert is_editable(make_set(status=status), used) is editable


def test_bands_are_ranges_from_their_minimum_up():
    rule = Rule(bands=(Band("tot", 85), Band("kha", 70), Band("trung_binh", 50)))
    assert rule.band_for(Decimal(100)).code == "tot"
    assert rule.band_for(Decimal(85)).code == "tot"
    assert rule.band_for(Decimal("84.9")).code == "kha"
    assert rule.band_for(Decimal(50)).code == "trung_binh"
    assert rule.band_for(Decimal("49.9")) is None


# --- cleaning --------------------------------------------------------------------------------


def test_cleaning_makes_every_text_nfc_and_trimmed():
    nfd = unicodedata.normalize("NFD", "  Học tập   của trẻ em ")
    cs = make_set(
        title=nfd,
        note=unicodedata.normalize("NFD", "Dòng 1  \nDòng 2"),
        criteria=(Criterion(" A ", nfd, 10, guidance=nfd),),
        rule=Rule(knock_outs=(" A",), bands=(Band(" tot ", 0, nfd),)),
    )
    clean = clean_criteria_set(cs)
    assert clean.title == "Học tập của trẻ em"
    assert clean.note == "Dòng 1\nDòng 2"
    assert clean.criteria[0].code == "A"
    assert clean.criteria[0].wording == "Học tập của trẻ em"
    assert clean.rule.knock_outs == ("A",)
    assert clean.rule.bands[0] == Band("tot", 0, "Học tập của trẻ em")


# --- validation ------------------------------------------------------------------------------


def test_a_good_set_has_no_issues():
    assert validate_criteria_set(make_set()) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"key": "Gia đình"}, ("key", "criteria_set.bad_key")),
        ({"key": ""}, ("key", "criteria_set.bad_key")),
        ({"version": 0}, ("version", "criteria_set.bad_version")),
        ({"title": ""}, ("title", "criteria_set.title_required")),
        ({"title": "x" * 301}, ("title", "text.too_long")),
        ({"first_year": 1999}, ("first_year", "year.out_of_range")),
        ({"last_year": 2101}, ("last_year", "year.out_of_range")),
        ({"first_year": 2021, "last_year": 2020}, ("last_year", "criteria_set.years_reversed")),
        ({"criteria": ()}, ("criteria", "criteria_set.no_criteria")),
        ({"sample": True, "status": Status.IN_FORCE}, ("sample", "criteria_set.sample_in_force")),
    ],
)
def test_set_level_issues(changes, expected):
    assert expected in codes(validate_criteria_set(make_set(**changes)))


def test_a_sample_may_be_a_draft_or_retired():
    for status in (Status.DRAFT, Status.RETIRED):
        assert validate_criteria_set(make_set(sample=True, status=status)) == []


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ((leaf("A"), leaf("A")), ("criteria.1.code", "criterion.duplicate_code")),
        (
            (Criterion("A", "x", children=(leaf("A.1"),)), leaf("A.1")),
            ("criteria.1.code", "criterion.duplicate_code"),
        ),
        ((leaf("A 1"),), ("criteria.0.code", "criterion.bad_code")),
        ((leaf("A."),), ("criteria.0.code", "criterion.bad_code")),
        ((leaf(""),), ("criteria.0.code", "criterion.bad_code")),
        ((leaf("A" * 21),), ("criteria.0.code", "criterion.bad_code")),
        ((leaf("A", wording=""),), ("criteria.0.wording", "criterion.wording_required")),
        ((leaf("A", wording="x" * 1001),), ("criteria.0.wording", "text.too_long")),
        ((leaf("A", None),), ("criteria.0.max_points", "criterion.max_required")),
        ((leaf("A", 0),), ("criteria.0.max_points", "criterion.max_not_positive")),
        ((leaf("A", -5),), ("criteria.0.max_points", "criterion.max_not_positive")),
        ((leaf("A", Decimal("2.25")),), ("criteria.0.max_points", "points.too_precise")),
        ((leaf("A", 10_001),), ("criteria.0.max_points", "criterion.max_too_large")),
        (
            (replace(leaf("A", kind=Kind.PASS_FAIL), max_points=Decimal(5)),),
            ("criteria.0.max_points", "criterion.pass_fail_with_points"),
        ),
        (
            (Criterion("A", "x", kind=Kind.PASS_FAIL, children=(leaf("A.1"),)),),
            ("criteria.0.kind", "criterion.pass_fail_with_children"),
        ),
        (
            (Criterion("A", "x", 25, children=(leaf("A.1", 10), leaf("A.2", 10))),),
            ("criteria.0.max_points", "criterion.max_above_children"),
        ),
        (
            (Criterion("A", "x", children=(leaf("A.1", 0),)),),
            ("criteria.0.children.0.max_points", "criterion.max_not_positive"),
        ),
    ],
)
def test_criterion_issues(criteria, expected):
    assert expected in codes(validate_criteria_set(make_set(criteria=criteria)))


def test_a_cap_below_the_childrens_sum_is_allowed():
    capped = Criterion("A", "x", 15, children=(leaf("A.1", 10), leaf("A.2", 10)))
    assert validate_criteria_set(make_set(criteria=(capped,), rule=Rule())) == []


def test_duplicate_code_issue_names_the_code():
    issues = validate_criteria_set(make_set(criteria=(leaf("A"), leaf("A"))))
    assert [i.params for i in issues if i.code == "criterion.duplicate_code"] == [{"code": "A"}]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (Rule(min_total=61), ("rule.min_total", "rule.above_max")),
        (Rule(min_total=-1), ("rule.min_total", "rule.negative")),
        (Rule(min_total=Decimal("40.05")), ("rule.min_total", "points.too_precise")),
        (Rule(min_total=Decimal("1E+40")), ("rule.min_total", "rule.above_max")),
        (
            Rule(min_per_criterion=(CriterionMinimum("Z", 5),)),
            ("rule.min_per_criterion.0.code", "rule.unknown_criterion"),
        ),
        (
            Rule(min_per_criterion=(CriterionMinimum("B", 5), CriterionMinimum("B", 6))),
            ("rule.min_per_criterion.1.code", "rule.duplicate_criterion"),
        ),
        (
            Rule(min_per_criterion=(CriterionMinimum("A", 31),)),
            ("rule.min_per_criterion.0.min_points", "rule.above_max"),
        ),
        (
            Rule(min_per_criterion=(CriterionMinimum("A", 0),)),
            ("rule.min_per_criterion.0.min_points", "rule.minimum_not_positive"),
        ),
        (Rule(knock_outs=("Z",)), ("rule.knock_outs.0", "rule.unknown_criterion")),
        (Rule(knock_outs=("C", "C")), ("rule.knock_outs.1", "rule.duplicate_criterion")),
        (
            Rule(bands=(Band("tot", 50), Band("kha", 50))),
            ("rule.bands.1.min_total", "band.not_descending"),
        ),
        (
            Rule(bands=(Band("kha", 30), Band("tot", 50))),
            ("rule.bands.1.min_total", "band.not_descending"),
        ),
        (Rule(bands=(Band("tot", 61),)), ("rule.bands.0.min_total", "rule.above_max")),
        (Rule(bands=(Band("tot", -1),)), ("rule.bands.0.min_total", "rule.negative")),
        (
            Rule(bands=(Band("tot", 50), Band("tot", 10))),
            ("rule.bands.1.code", "band.duplicate_code"),
        ),
        (Rule(bands=(Band("Tốt", 50),)), ("rule.bands.0.code", "band.bad_code")),
    ],
)
def test_rule_issues(rule, expected):
    assert expected in codes(validate_criteria_set(make_set(rule=rule)))


def test_rule_may_name_parents_and_pass_fail_items():
    rule = Rule(
        min_total=60,
        min_per_criterion=(CriterionMinimum("A", 15), CriterionMinimum("A.2", 20)),
        knock_outs=("A", "C"),
        bands=(Band("tot", 60, "Tốt"), Band("dat", 40), Band("chua_dat", 0)),
    )
    assert validate_criteria_set(make_set(rule=rule)) == []


def test_issues_are_codes_not_words():
    bad = make_set(title="", criteria=(leaf("A", 0, wording=""),), rule=Rule(min_total=5))
    for issue in validate_criteria_set(bad):
        assert issue.code.replace(".", "").replace("_", "").isascii()
        assert " " not in issue.code


# --- point step ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "step", "ok"),
    [("7.5", "0.5", True), ("7", "0.5", True), ("7.5", "1", False), ("0.3", "0.1", True)],
)
def test_multiples_of_a_step(value, step, ok):
    assert is_multiple(Decimal(value), Decimal(step)) is ok


def test_a_set_may_choose_a_coarser_step():
    assert make_set().point_step == POINT_STEP
    for step in POINT_STEPS:
        assert validate_criteria_set(make_set(point_step=step)) == []
    assert make_set(point_step=1).point_step == Decimal(1)


@pytest.mark.parametrize("step", [Decimal("0.2"), Decimal(0), Decimal(-1), Decimal(2)])
def test_only_known_steps(step):
    issues = validate_criteria_set(make_set(point_step=step))
    assert ("point_step", "criteria_set.bad_point_step") in codes(issues)


def test_maxima_are_multiples_of_the_step():
    criteria = (leaf("A", Decimal("7.5")), leaf("B", 10))
    half = make_set(criteria=criteria, rule=Rule(), point_step=Decimal("0.5"))
    assert validate_criteria_set(half) == []
    issues = validate_criteria_set(replace(half, point_step=Decimal(1)))
    assert [(i.field, i.code, i.params) for i in issues] == [
        ("criteria.0.max_points", "criterion.max_off_step", {"code": "A", "step": "1"})
    ]


# --- derivation rules on leaves --------------------------------------------------------------


def derived(code="A.1", rule="children_in_school", params=None, points=10, kind=Kind.POINTS):
    node = leaf(code, points, kind=kind)
    return replace(node, derive=rule, derive_params=params or {})


def derive_set(node, model=Model.FAMILY):
    return make_set(criteria=(node,), rule=Rule(), model=model)


def test_a_leaf_may_name_a_rule_with_settings():
    node = derived(params={"max_age": 14, "min_age": 6})
    assert node.derive_params == (("min_age", 6), ("max_age", 14))  # the rule's order
    assert validate_criteria_set(derive_set(node)) == []
    assert validate_criteria_set(derive_set(derived(kind=Kind.PASS_FAIL))) == []


def test_settings_are_hashable_and_compare_by_value():
    one = derived(params={"min_age": 6, "max_age": Decimal("14.0")})
    two = derived(params=(("max_age", 14), ("min_age", 6)))
    assert one == two
    assert hash(one) == hash(two)
    assert isinstance(one.derive_params[1][1], int)


@pytest.mark.parametrize("value", [7.5, True, None])
def test_settings_refuse_floats_and_booleans(value):
    with pytest.raises(TypeError):
        normalize_params({"target": value})


def test_defaults_fill_what_a_leaf_leaves_out():
    assert resolved_params(derived()) == {"min_age": 6, "max_age": 17}
    assert resolved_params(derived(params={"max_age": 14})) == {"min_age": 6, "max_age": 14}
    assert resolved_params(derived(rule="attended_activity")) == {
        "min_age": 0,
        "max_age": 120,
        "target_percent": 100,
    }
    assert resolved_params(leaf("A")) == {}


def test_every_rule_default_is_accepted():
    for rule in DERIVE_RULES.values():
        for name, spec in rule.params.items():
            assert spec.default is None or spec.accepts(spec.default), (rule.code, name)


def community(rule, params=None):
    return derive_set(derived("A", rule, params), Model.COMMUNITY)


@pytest.mark.parametrize(
    ("cs", "field", "code", "params"),
    [
        (
            derive_set(derived(rule="children_at_school")),
            "criteria.0.derive",
            "criterion.unknown_derivation",
            {"code": "A.1", "rule": "children_at_school"},
        ),
        (
            derive_set(derived(params={"min_age": 6, "maxage": 14})),
            "criteria.0.derive_params.maxage",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "maxage"},
        ),
        (
            derive_set(derived(params={"min_age": 121})),
            "criteria.0.derive_params.min_age",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "min_age"},
        ),
        (
            derive_set(derived(params={"min_age": Decimal("6.5")})),
            "criteria.0.derive_params.min_age",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "min_age"},
        ),
        (
            derive_set(derived(params={"min_age": "6"})),
            "criteria.0.derive_params.min_age",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "min_age"},
        ),
        (
            derive_set(derived(params={"min_age": 18})),  # above the default maximum, 17
            "criteria.0.derive_params.max_age",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "max_age"},
        ),
        (
            derive_set(derived(rule="", params={"min_age": 6})),
            "criteria.0.derive_params.min_age",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "min_age"},
        ),
        (
            derive_set(derived(rule="attended_activity", params={"target_percent": 0})),
            "criteria.0.derive_params.target_percent",
            "criterion.bad_derivation_params",
            {"code": "A.1", "param": "target_percent"},
        ),
        (
            community("community_learning_families", {"families": "all"}),
            "criteria.0.derive_params.families",
            "criterion.bad_derivation_params",
            {"code": "A", "param": "families"},
        ),
        (
            community("community_activities"),  # the target has no default
            "criteria.0.derive_params.target",
            "criterion.bad_derivation_params",
            {"code": "A", "param": "target"},
        ),
        (
            derive_set(derived("A", "community_activities", {"target": 4})),
            "criteria.0.derive",
            "criterion.derivation_wrong_model",
            {"code": "A", "rule": "community_activities"},
        ),
        (
            derive_set(Criterion("A", "x", children=(leaf("A.1"),), derive="children_in_school")),
            "criteria.0.derive",
            "criterion.derivation_not_on_leaf",
            {"code": "A"},
        ),
    ],
)
def test_derivation_issues(cs, field, code, params):
    assert Issue(field, code, params) in validate_criteria_set(cs)


def test_duplicate_settings_are_refused():
    node = derived(params=(("min_age", 6), ("min_age", 7)))
    assert ("criteria.0.derive_params.min_age", "criterion.bad_derivation_params") in codes(
        validate_criteria_set(derive_set(node))
    )


def test_community_rules_validate_with_their_settings():
    assert validate_criteria_set(community("community_activities", {"target": 4})) == []
    assert validate_criteria_set(community("community_learning_families")) == []
    params = {"families": "registered", "target_percent": 65}
    assert validate_criteria_set(community("community_learning_families", params)) == []


def test_cleaning_trims_the_rule_and_its_text_settings():
    node = derived("A", " community_learning_families ", {"families": " registered "})
    clean = clean_criteria_set(derive_set(node, Model.COMMUNITY)).criteria[0]
    assert (clean.derive, clean.derive_params) == (
        "community_learning_families",
        (("families", "registered"),),
    )


# --- random valid sets (shared with test_scoring and test_criteria_io) -----------------------

# Composed and decomposed Vietnamese, spaces and a line break: cleaning must cope with all.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔƯ áàảãạếềểễệ\u0301\u0300\u0323\u0302 \n"
TEXT = st.text(alphabet=_ALPHABET, min_size=1, max_size=20).filter(lambda s: nfc(s) != "")
TENTHS = st.integers(1, 300).map(lambda n: Decimal(n) / 10)


def tenths_up_to(limit):
    return st.integers(0, int(limit * 10)).map(lambda n: Decimal(n) / 10)


def steps_up_to(step, limit, low=0):
    """Multiples of `step` from `low` steps up to `limit`."""
    return st.integers(low, int(limit / step)).map(lambda n: as_points(n * step))


@st.composite
def derive_settings(draw, model):
    """A rule that suits `model` with valid settings, each left out or given; ("", ()) when
    the model has none or by chance."""
    rules = [rule for rule in DERIVE_RULES.values() if model in rule.models]
    if not rules or draw(st.booleans()):
        return "", ()
    rule = draw(st.sampled_from(rules))
    values = {}
    for name, spec in rule.params.items():
        if spec.default is not None and draw(st.booleans()):
            continue  # left to the default
        if spec.choices:
            values[name] = draw(st.sampled_from(spec.choices))
        else:
            values[name] = draw(st.integers(spec.low, spec.high))
    if "min_age" in rule.params:
        low = values.get("min_age", rule.params["min_age"].default)
        high = values.get("max_age", rule.params["max_age"].default)
        if low > high:
            values["min_age"], values["max_age"] = high, low
    return rule.code, values


@st.composite
def criteria_nodes(draw, prefix="", depth=0, caps=True, step=POINT_STEP, model=None):
    nodes = []
    for index in range(1, draw(st.integers(1, 3)) + 1):
        code = f"{prefix}.{index}" if prefix else chr(ord("A") + index - 1)
        wording, guidance = draw(TEXT), draw(st.just("") | TEXT)
        if depth < 2 and draw(st.booleans()):
            children = draw(criteria_nodes(code, depth + 1, caps, step, model))
            room = sum((c.maximum for c in children), Decimal(0))
            cap = None
            if caps and room > 0 and draw(st.booleans()):
                cap = draw(steps_up_to(step, room, low=1))
            nodes.append(Criterion(code, wording, cap, guidance=guidance, children=children))
            continue
        rule, params = draw(derive_settings(model)) if model else ("", ())
        if draw(st.integers(0, 4)) == 0:
            node = Criterion(code, wording, kind=Kind.PASS_FAIL, guidance=guidance)
        else:
            node = Criterion(code, wording, draw(steps_up_to(step, 30, low=1)), guidance=guidance)
        nodes.append(replace(node, derive=rule, derive_params=params))
    return tuple(nodes)


@st.composite
def rules(draw, criteria):
    probe = make_set(criteria=criteria)
    top = probe.max_total
    scored = [node for node in probe.nodes() if node.maximum > 0]
    minimums = draw(st.lists(st.sampled_from(scored), unique=True, max_size=3)) if scored else []
    mins = tuple(
        CriterionMinimum(n.code, draw(tenths_up_to(n.maximum).filter(lambda d: d > 0)))
        for n in minimums
    )
    knock_outs = draw(st.lists(st.sampled_from([n.code for n in probe.nodes()]), unique=True))
    floors = draw(st.lists(tenths_up_to(top), unique=True, max_size=4))
    bands = tuple(Band(f"band_{i}", floor) for i, floor in enumerate(sorted(floors, reverse=True)))
    return Rule(draw(tenths_up_to(top)), mins, tuple(knock_outs[:3]), bands)


@st.composite
def criteria_sets(draw, caps=True, model=None):
    """A valid set of `model` (any by default) on any step; leaves fit for it may have rules."""
    model = draw(st.sampled_from(Model)) if model is None else model
    step = draw(st.sampled_from(POINT_STEPS))
    criteria = draw(criteria_nodes(caps=caps, step=step, model=model))
    first = draw(st.integers(2000, 2100))
    return CriteriaSet(
        key=draw(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)),
        version=draw(st.integers(1, 50)),
        model=model,
        title=draw(TEXT),
        criteria=criteria,
        rule=draw(rules(criteria)),
        first_year=first,
        last_year=draw(st.none() | st.integers(first, 2100)),
        document=draw(st.just("") | TEXT),
        status=draw(st.sampled_from([Status.DRAFT, Status.RETIRED])),
        sample=draw(st.booleans()),
        note=draw(st.just("") | TEXT),
        point_step=step,
    )


@st.composite
def score_sheets(draw, criteria_set):
    """A complete, valid sheet for `criteria_set`."""
    scores = {}
    for node in criteria_set.leaves():
        if node.kind is Kind.PASS_FAIL:
            scores[node.code] = Score(met=draw(st.booleans()))
        else:
            scores[node.code] = Score(points=draw(tenths_up_to(node.maximum)))
    return ScoreSheet(scores)


@FAST
@given(criteria_sets())
def test_random_valid_sets_have_no_issues(cs):
    assert validate_criteria_set(clean_criteria_set(cs)) == []


@FAST
@given(criteria_sets(caps=False))
def test_without_caps_the_maximum_is_the_sum_of_the_leaves(cs):
    assert cs.max_total == sum((leaf.maximum for leaf in cs.leaves()), Decimal(0))


@settings(FAST, suppress_health_check=[HealthCheck.filter_too_much])
@given(criteria_sets(), st.data())
def test_a_duplicated_code_is_always_found(cs, data):
    nodes = list(cs.nodes())
    victim = data.draw(st.sampled_from(nodes))
    twin = replace(victim, children=())
    if twin.kind is Kind.POINTS and twin.max_points is None:
        twin = replace(twin, max_points=Decimal(1))
    issues = validate_criteria_set(replace(cs, criteria=(*cs.criteria, twin)))
    path = f"criteria.{len(cs.criteria)}.code"
    assert (path, "criterion.duplicate_code") in codes(issues)
