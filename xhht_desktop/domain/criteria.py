"""Criteria sets: versioned data saying how a learning model is scored and when it is recognised.

Criteria change between periods and provinces (domain.md §1), so nothing here knows a real set:
sets come from files (resources/criteria/) or from what the association types. A set is a tree
of criteria, leaves carry points, and a rule turns a total into "recognised or not" and a band.

Points are `Decimal` with at most one decimal place: the documents we know use whole points,
but a local set or a scoring meeting may use halves (7,5), and with floats 0.1 + 0.2 would
miss a threshold of 0.3. Ints alone could not hold 7,5; a finer step has no use we know of.
A set may choose a coarser step (0.5 or 1): its leaves' maxima are multiples of it, and points
derived from recorded data are rounded down to it.

A leaf may name a derivation rule (`derive`, with `derive_params`): how the app pre-fills it from
recorded data, e.g. "children_in_school" with {"min_age": 6, "max_age": 14}. This module only
says which rules exist and which settings each takes (DERIVE_RULES), so that a set can be
validated; derivation.py computes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from xhht_desktop.domain.text import nfc, nfc_multiline
from xhht_desktop.domain.validation import Issue

POINT_STEP = Decimal("0.1")  # finest point a set or a score sheet may use
POINT_STEPS = (POINT_STEP, Decimal("0.5"), Decimal(1))  # the steps a set may choose
POINTS_MAX = Decimal(10_000)  # far above any real scale; keeps sums exact
YEAR_MIN, YEAR_MAX = 2000, 2100
CODE_MAX = 20
KEY_MAX = 60
TITLE_MAX = 300
WORDING_MAX = 1000
TEXT_MAX = 4000

# "A.1.2", "1.a", "II.3": letters and digits, dot-separated; stable, so evaluations can cite them.
CODE_PATTERN = re.compile(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*")
# The set's family name across versions, e.g. "gia-dinh-qd448"; ASCII so files can use it.
KEY_PATTERN = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
BAND_PATTERN = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*")


class Model(StrEnum):
    """The learning models (mô hình học tập) a set can score."""

    FAMILY = "gia_dinh"  # Gia đình học tập: a household
    CLAN = "dong_ho"  # Dòng họ học tập: a clan or chi họ
    COMMUNITY = "cong_dong"  # Cộng đồng học tập: khu phố / ấp, or the ward itself
    UNIT = "don_vi"  # Đơn vị học tập: a school, agency or enterprise
    CITIZEN = "cong_dan"  # Công dân học tập: an adult


class Status(StrEnum):
    DRAFT = "draft"  # being written; evaluations should not use it yet
    IN_FORCE = "in_force"
    RETIRED = "retired"  # kept because old evaluations cite it


class Kind(StrEnum):
    """How a leaf is scored."""

    POINTS = "points"  # 0..max points
    PASS_FAIL = "pass_fail"  # đạt / không đạt, no points (a condition, often a knock-out)


def as_points(value: Decimal | int) -> Decimal:
    """`value` as a Decimal without trailing zeros, so 10 and 10.0 print alike.

    Floats are refused: 0.1 is not exactly a tenth, and a threshold must compare exactly.
    """
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"points must be Decimal or int, not {type(value).__name__}")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"points must be finite: {value}")
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)  # finite
    # Strip trailing zeros exactly (Decimal.normalize would round to the context's precision).
    while exponent < 0 and digits[-1] == 0:
        digits, exponent = digits[:-1] or (0,), exponent + 1
    return Decimal((sign, digits, exponent)) if exponent < 0 else Decimal(int(number))


def is_on_step(value: Decimal) -> bool:
    """True if `value` has at most one decimal place (7, 7.5; not 7.25)."""
    exponent = as_points(value).as_tuple().exponent
    return isinstance(exponent, int) and exponent >= -1


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """True if `value` is a whole number of `step`s (7.5 of 0.5; not 7.5 of 1)."""
    return step > 0 and value % step == 0


def store_points(obj: object, name: str) -> None:
    """In a frozen dataclass's __post_init__: store field `name` through as_points."""
    value = getattr(obj, name)
    if value is not None:
        object.__setattr__(obj, name, as_points(value))  # frozen: only __post_init__ may


# --- derivation rules: what a leaf may ask to be pre-filled with ----------------------------

ParamValue = int | Decimal | str
DeriveParams = tuple[tuple[str, ParamValue], ...]  # in the rule's order; hashable, unlike a dict


class FactsKind(StrEnum):
    """What recorded data a derivation rule reads (derivation.py has the dataclasses)."""

    HOUSEHOLD = "household"  # one household's members
    COMMUNITY = "community"  # a khu phố / ấp as a whole
    CLAN = "clan"  # a clan's member households in this branch


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One setting of a derivation rule: a whole number from `low` to `high`, or, when
    `choices` is given, one of those words. `default` None means the set must give it."""

    default: int | str | None
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()

    def accepts(self, value: ParamValue) -> bool:
        if self.choices:
            return isinstance(value, str) and value in self.choices
        return isinstance(value, int) and self.low <= value <= self.high


@dataclass(frozen=True, slots=True)
class DeriveRule:
    """A derivation rule as a set sees it: its code, the facts it reads, the models whose
    sets may use it, and its settings. derivation.py documents what each one counts."""

    code: str
    facts: FactsKind
    models: frozenset[Model]
    params: Mapping[str, ParamSpec] = field(default_factory=dict)


AGE_MAX = 120  # as validation.MAX_AGE: the age settings' upper bound
_AGES = {"min_age": ParamSpec(0, 0, AGE_MAX), "max_age": ParamSpec(AGE_MAX, 0, AGE_MAX)}
_FAMILY = frozenset({Model.FAMILY})
_COMMUNITY = frozenset({Model.COMMUNITY})
_CLAN = frozenset({Model.CLAN})

DERIVE_RULES: Mapping[str, DeriveRule] = {
    rule.code: rule
    for rule in (
        DeriveRule(
            "children_in_school",
            FactsKind.HOUSEHOLD,
            _FAMILY,
            {"min_age": ParamSpec(6, 0, AGE_MAX), "max_age": ParamSpec(17, 0, AGE_MAX)},
        ),
        DeriveRule(
            "adults_literate",
            FactsKind.HOUSEHOLD,
            _FAMILY,
            {"min_age": ParamSpec(19, 0, AGE_MAX), "max_age": ParamSpec(60, 0, AGE_MAX)},
        ),
        DeriveRule(
            "attended_activity",
            FactsKind.HOUSEHOLD,
            _FAMILY,
            {**_AGES, "target_percent": ParamSpec(100, 1, 100)},
        ),
        DeriveRule(
            "community_learning_families",
            FactsKind.COMMUNITY,
            _COMMUNITY,
            {
                "target_percent": ParamSpec(70, 1, 100),
                "families": ParamSpec("recognised", choices=("recognised", "registered")),
            },
        ),
        DeriveRule(
            "community_activities",
            FactsKind.COMMUNITY,
            _COMMUNITY,
            {"target": ParamSpec(None, 1, 1000)},
        ),
        DeriveRule(
            "clan_learning_families",
            FactsKind.CLAN,
            _CLAN,
            {
                "target_percent": ParamSpec(50, 1, 100),
                "families": ParamSpec("recognised", choices=("recognised", "registered")),
            },
        ),
        DeriveRule(
            "clan_association_members",
            FactsKind.CLAN,
            _CLAN,
            {"target_percent": ParamSpec(100, 1, 100)},
        ),
    )
}


def normalize_params(
    params: Mapping[str, ParamValue] | DeriveParams, rule: str = ""
) -> DeriveParams:
    """Settings as stored: (name, value) pairs in the order `rule` lists them (unknown names
    last, by name), so equal settings compare equal; numbers as ints when whole, else Decimals
    without trailing zeros. Floats and booleans are refused, as for points."""
    items = params.items() if isinstance(params, Mapping) else params
    out: list[tuple[str, ParamValue]] = []
    for name, value in items:
        if not isinstance(value, str):
            number = as_points(value)  # TypeError for floats and booleans
            value = int(number) if number == number.to_integral_value() else number
        out.append((name, value))
    spec = DERIVE_RULES[rule].params if rule in DERIVE_RULES else {}
    order = {name: index for index, name in enumerate(spec)}
    return tuple(sorted(out, key=lambda pair: (order.get(pair[0], len(order)), pair[0])))


def resolved_params(criterion: Criterion) -> dict[str, ParamValue]:
    """The leaf's derivation settings with the rule's defaults filled in.

    For a rule that validation accepted; unknown names are passed through as they are.
    """
    rule = DERIVE_RULES.get(criterion.derive)
    defaults = {} if rule is None else rule.params
    values: dict[str, ParamValue] = {
        name: spec.default for name, spec in defaults.items() if spec.default is not None
    }
    return values | dict(criterion.derive_params)


@dataclass(frozen=True, slots=True)
class Criterion:
    """One node of the tree. A leaf is scored; a parent's points are its children's sum.

    `max_points` is required on a points leaf. On a parent it is optional: left out, the
    maximum is the children's sum; set, it caps the parent ("tối đa 30 điểm" over sub-items
    worth more in all).
    """

    code: str
    wording: str
    max_points: Decimal | None = None
    kind: Kind = Kind.POINTS
    guidance: str = ""  # how to judge it, for the scorer
    evidence: str = ""  # what to look at or attach (minh chứng)
    children: tuple[Criterion, ...] = ()
    derive: str = ""  # a DERIVE_RULES code: pre-filled from recorded data ("" = typed by hand)
    derive_params: DeriveParams = ()  # that rule's settings; a dict is accepted and converted

    def __post_init__(self) -> None:
        store_points(self, "max_points")
        # frozen: only __post_init__ may set it
        params = normalize_params(self.derive_params, self.derive)
        object.__setattr__(self, "derive_params", params)

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def maximum(self) -> Decimal:
        """Most points this node can give: its own cap, else its children's sum."""
        if self.kind is Kind.PASS_FAIL:
            return Decimal(0)
        if self.max_points is not None:
            return self.max_points
        return sum((child.maximum for child in self.children), Decimal(0))

    def nodes(self) -> Iterator[Criterion]:
        """This node and every node below it, depth first, in document order."""
        yield self
        for child in self.children:
            yield from child.nodes()


@dataclass(frozen=True, slots=True)
class CriterionMinimum:
    """A criterion that must reach `min_points` whatever the total."""

    code: str
    min_points: Decimal

    def __post_init__(self) -> None:
        store_points(self, "min_points")


@dataclass(frozen=True, slots=True)
class Band:
    """A classification (xếp loại) reached from `min_total` up to the next band's minimum."""

    code: str  # "tot", "kha", "trung_binh", "khong_dat"…; the UI translates known codes
    min_total: Decimal
    label: str = ""  # the document's own word, shown when the UI has no translation

    def __post_init__(self) -> None:
        store_points(self, "min_total")


@dataclass(frozen=True, slots=True)
class Rule:
    """When a scored subject is recognised, and how its total is classified.

    Recognised = total ≥ `min_total`, every listed criterion ≥ its minimum, and every knock-out
    criterion met (at its maximum, or flagged met for a pass/fail item). Bands, highest first,
    depend on the total alone.
    """

    min_total: Decimal = Decimal(0)
    min_per_criterion: tuple[CriterionMinimum, ...] = ()
    knock_outs: tuple[str, ...] = ()
    bands: tuple[Band, ...] = ()

    def __post_init__(self) -> None:
        store_points(self, "min_total")

    def band_for(self, total: Decimal) -> Band | None:
        """The first band whose minimum `total` reaches; None below them all."""
        return next((band for band in self.bands if total >= band.min_total), None)


@dataclass(frozen=True, slots=True)
class CriteriaSet:
    """A versioned criteria set. (`key`, `version`) identifies it; evaluations cite both."""

    key: str
    version: int
    model: Model
    title: str
    criteria: tuple[Criterion, ...]
    rule: Rule
    first_year: int
    last_year: int | None = None
    document: str = ""  # the issuing document, e.g. "Quyết định 448/QĐ-KHVN"
    status: Status = Status.DRAFT
    sample: bool = False  # wording or points not confirmed by the association
    note: str = ""  # which parts are samples, where the rest comes from
    point_step: Decimal = POINT_STEP  # one of POINT_STEPS; leaf maxima are multiples of it

    def __post_init__(self) -> None:
        store_points(self, "point_step")

    @property
    def max_total(self) -> Decimal:
        return sum((c.maximum for c in self.criteria), Decimal(0))

    def nodes(self) -> Iterator[Criterion]:
        for criterion in self.criteria:
            yield from criterion.nodes()

    def leaves(self) -> tuple[Criterion, ...]:
        return tuple(node for node in self.nodes() if node.is_leaf)

    def find(self, code: str) -> Criterion | None:
        return next((node for node in self.nodes() if node.code == code), None)

    def applies_in(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)


def is_editable(criteria_set: CriteriaSet, used: bool) -> bool:
    """A set an evaluation used, or a retired one, is history: copy it instead of editing."""
    return not used and criteria_set.status is not Status.RETIRED


def copy_as_draft(criteria_set: CriteriaSet, version: int | None = None) -> CriteriaSet:
    """A new draft of the same set family. `version` defaults to the next one; pass the family's
    highest version + 1 when copying an older version."""
    next_version = criteria_set.version + 1 if version is None else version
    return replace(criteria_set, version=next_version, status=Status.DRAFT)


def walk(criteria_set: CriteriaSet) -> Iterator[tuple[str, Criterion]]:
    """Every node with its path in the set's JSON shape: "criteria.0.children.2"."""

    def below(path: str, node: Criterion) -> Iterator[tuple[str, Criterion]]:
        yield path, node
        for index, child in enumerate(node.children):
            yield from below(f"{path}.children.{index}", child)

    for index, criterion in enumerate(criteria_set.criteria):
        yield from below(f"criteria.{index}", criterion)


# --- cleaning and validation ---------------------------------------------------------------


def clean_criterion(criterion: Criterion) -> Criterion:
    return replace(
        criterion,
        code=nfc(criterion.code),
        wording=nfc(criterion.wording),
        guidance=nfc_multiline(criterion.guidance),
        evidence=nfc_multiline(criterion.evidence),
        children=tuple(clean_criterion(child) for child in criterion.children),
        derive=nfc(criterion.derive),
        derive_params=tuple(
            (nfc(name), nfc(value) if isinstance(value, str) else value)
            for name, value in criterion.derive_params
        ),
    )


def clean_criteria_set(criteria_set: CriteriaSet) -> CriteriaSet:
    """NFC and trim every text. Does not validate."""
    rule = criteria_set.rule
    return replace(
        criteria_set,
        key=nfc(criteria_set.key),
        title=nfc(criteria_set.title),
        document=nfc(criteria_set.document),
        note=nfc_multiline(criteria_set.note),
        criteria=tuple(clean_criterion(c) for c in criteria_set.criteria),
        rule=replace(
            rule,
            min_per_criterion=tuple(replace(m, code=nfc(m.code)) for m in rule.min_per_criterion),
            knock_outs=tuple(nfc(code) for code in rule.knock_outs),
            bands=tuple(replace(b, code=nfc(b.code), label=nfc(b.label)) for b in rule.bands),
        ),
    )


def validate_criteria_set(criteria_set: CriteriaSet) -> list[Issue]:
    """All issues of a cleaned set; empty means it may be saved and put in force.

    Fields are paths in the set's JSON shape ("criteria.0.children.1.max_points"), the same
    paths criteria_io reports, so one message can name the field of the file or the editor row.
    """
    cs = criteria_set
    issues: list[Issue] = []
    if not KEY_PATTERN.fullmatch(cs.key) or len(cs.key) > KEY_MAX:
        issues.append(Issue("key", "criteria_set.bad_key", {"max": KEY_MAX}))
    if cs.version < 1:
        issues.append(Issue("version", "criteria_set.bad_version"))
    if not cs.title:
        issues.append(Issue("title", "criteria_set.title_required"))
    issues += _too_long("title", cs.title, TITLE_MAX)
    issues += _too_long("document", cs.document, TITLE_MAX)
    issues += _too_long("note", cs.note, TEXT_MAX)
    for name, year in (("first_year", cs.first_year), ("last_year", cs.last_year)):
        if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
            issues.append(Issue(name, "year.out_of_range", {"min": YEAR_MIN, "max": YEAR_MAX}))
    if cs.last_year is not None and cs.first_year > cs.last_year:
        issues.append(Issue("last_year", "criteria_set.years_reversed"))
    if cs.point_step not in POINT_STEPS:
        issues.append(Issue("point_step", "criteria_set.bad_point_step"))
    if cs.sample and cs.status is Status.IN_FORCE:
        # Sample wording must be confirmed (and the flag cleared) before anyone is scored on it.
        issues.append(Issue("sample", "criteria_set.sample_in_force"))
    if not cs.criteria:
        issues.append(Issue("criteria", "criteria_set.no_criteria"))
    issues += _criteria_issues(cs)
    return issues + _rule_issues(cs)


def _criteria_issues(cs: CriteriaSet) -> list[Issue]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for path, node in walk(cs):
        code = node.code
        if not CODE_PATTERN.fullmatch(code) or len(code) > CODE_MAX:
            issues.append(Issue(f"{path}.code", "criterion.bad_code", {"code": code}))
        elif code in seen:
            issues.append(Issue(f"{path}.code", "criterion.duplicate_code", {"code": code}))
        seen.add(code)
        if not node.wording:
            issues.append(Issue(f"{path}.wording", "criterion.wording_required", {"code": code}))
        issues += _too_long(f"{path}.wording", node.wording, WORDING_MAX)
        issues += _too_long(f"{path}.guidance", node.guidance, TEXT_MAX)
        issues += _too_long(f"{path}.evidence", node.evidence, TEXT_MAX)
        issues += _max_issues(path, node, cs.point_step)
        issues += _derive_issues(path, node, cs.model)
    return issues


def _max_issues(path: str, node: Criterion, step: Decimal) -> list[Issue]:
    where, params = f"{path}.max_points", {"code": node.code}
    if node.kind is Kind.PASS_FAIL:
        if node.children:
            return [Issue(f"{path}.kind", "criterion.pass_fail_with_children", params)]
        if node.max_points is not None:
            return [Issue(where, "criterion.pass_fail_with_points", params)]
        return []
    if node.max_points is None:
        return [] if node.children else [Issue(where, "criterion.max_required", params)]
    if node.max_points <= 0:
        return [Issue(where, "criterion.max_not_positive", params)]
    if node.max_points > POINTS_MAX:
        return [Issue(where, "criterion.max_too_large", {**params, "max": POINTS_MAX})]
    if not is_on_step(node.max_points):
        return [Issue(where, "points.too_precise", {**params, "step": str(POINT_STEP)})]
    if step in POINT_STEPS and not is_multiple(node.max_points, step):
        return [Issue(where, "criterion.max_off_step", {**params, "step": str(step)})]
    if node.children:
        children = sum((child.maximum for child in node.children), Decimal(0))
        if node.max_points > children:
            # A cap above what the children can give could never be reached.
            return [Issue(where, "criterion.max_above_children", {**params, "children": children})]
    return []


def _derive_issues(path: str, node: Criterion, model: Model) -> list[Issue]:
    code = node.code

    def bad(name: str) -> Issue:
        params = {"code": code, "param": name}
        return Issue(f"{path}.derive_params.{name}", "criterion.bad_derivation_params", params)

    if not node.derive:
        # Settings without a rule: the rule's name was lost or misspelt as "".
        return [bad(node.derive_params[0][0])] if node.derive_params else []
    where, params = f"{path}.derive", {"code": code, "rule": node.derive}
    rule = DERIVE_RULES.get(node.derive)
    if rule is None:
        return [Issue(where, "criterion.unknown_derivation", params)]
    if not node.is_leaf:
        # A parent adds up its parts; only the parts can be pre-filled.
        return [Issue(where, "criterion.derivation_not_on_leaf", {"code": code})]
    if model not in rule.models:
        return [Issue(where, "criterion.derivation_wrong_model", params)]
    issues: list[Issue] = []
    seen: set[str] = set()
    for name, value in node.derive_params:
        spec = rule.params.get(name)
        if spec is None or name in seen or not spec.accepts(value):
            issues.append(bad(name))
        seen.add(name)
    issues += [bad(n) for n, spec in rule.params.items() if spec.default is None and n not in seen]
    values = resolved_params(node)
    low, high = values.get("min_age", 0), values.get("max_age", AGE_MAX)
    if not issues and isinstance(low, int) and isinstance(high, int) and low > high:
        issues.append(bad("max_age"))
    return issues


def _rule_issues(cs: CriteriaSet) -> list[Issue]:
    rule, top = cs.rule, cs.max_total
    by_code = {node.code: node for node in cs.nodes()}
    issues = _threshold_issues("rule.min_total", rule.min_total, top)
    seen: set[str] = set()
    for i, minimum in enumerate(rule.min_per_criterion):
        path, code = f"rule.min_per_criterion.{i}", minimum.code
        node = by_code.get(code)
        if node is None:
            issues.append(Issue(f"{path}.code", "rule.unknown_criterion", {"code": code}))
        elif code in seen:
            issues.append(Issue(f"{path}.code", "rule.duplicate_criterion", {"code": code}))
        seen.add(code)
        if minimum.min_points <= 0:
            issues.append(Issue(f"{path}.min_points", "rule.minimum_not_positive"))
        else:
            issues += _threshold_issues(
                f"{path}.min_points", minimum.min_points, node.maximum if node else None
            )
    seen.clear()
    for i, code in enumerate(rule.knock_outs):
        if code not in by_code:
            issues.append(Issue(f"rule.knock_outs.{i}", "rule.unknown_criterion", {"code": code}))
        elif code in seen:
            issues.append(Issue(f"rule.knock_outs.{i}", "rule.duplicate_criterion", {"code": code}))
        seen.add(code)
    return issues + _band_issues(rule.bands, top)


def _band_issues(bands: tuple[Band, ...], top: Decimal) -> list[Issue]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for i, band in enumerate(bands):
        path = f"rule.bands.{i}"
        if not BAND_PATTERN.fullmatch(band.code):
            issues.append(Issue(f"{path}.code", "band.bad_code", {"code": band.code}))
        elif band.code in seen:
            issues.append(Issue(f"{path}.code", "band.duplicate_code", {"code": band.code}))
        seen.add(band.code)
        issues += _too_long(f"{path}.label", band.label, TITLE_MAX)
        issues += _threshold_issues(f"{path}.min_total", band.min_total, top)
        if i and band.min_total >= bands[i - 1].min_total:
            # Bands are ranges [min, previous min): out of order they would overlap or vanish.
            issues.append(Issue(f"{path}.min_total", "band.not_descending", {"code": band.code}))
    return issues


def _threshold_issues(path: str, value: Decimal, maximum: Decimal | None) -> list[Issue]:
    if value < 0:
        return [Issue(path, "rule.negative")]
    if not is_on_step(value):
        return [Issue(path, "points.too_precise", {"step": str(POINT_STEP)})]
    if maximum is not None and value > maximum:
        return [Issue(path, "rule.above_max", {"max": maximum})]
    return []


def _too_long(name: str, value: str, limit: int) -> list[Issue]:
    return [Issue(name, "text.too_long", {"max": limit})] if len(value) > limit else []
