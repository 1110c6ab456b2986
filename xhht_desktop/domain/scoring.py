"""Score sheets (phiếu chấm điểm) against a criteria set: checks, totals and the recognition rule.

Pure and deterministic: the same set and sheet always give the same result, so a result can be
recomputed from what an evaluation stored. Points are Decimals on a 0.1 step (see criteria.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum

from xhht_desktop.domain.criteria import (
    POINT_STEP,
    CriteriaSet,
    Criterion,
    Kind,
    is_on_step,
    store_points,
)
from xhht_desktop.domain.validation import Issue

NOTE_MAX = 2000
_POINTS_TEXT = re.compile(r"\d{1,4}(?:[.,]\d+)?")


class Source(StrEnum):
    DERIVED = "derived"  # pre-filled from recorded data, unchanged
    MANUAL = "manual"  # typed, or a pre-filled value the scorer overrode


class Reason(StrEnum):
    """Why a scored subject is not recognised."""

    BELOW_MINIMUM_TOTAL = "below_minimum_total"
    BELOW_MINIMUM_FOR_CRITERION = "below_minimum_for_criterion"
    KNOCK_OUT_FAILED = "knock_out_failed"


@dataclass(frozen=True, slots=True)
class Derivation:
    """What the recorded data suggested for a leaf and why ("children.all_in_school", {…})."""

    code: str
    params: dict[str, object] = field(default_factory=dict)
    points: Decimal | None = None
    met: bool | None = None

    def __post_init__(self) -> None:
        store_points(self, "points")


@dataclass(frozen=True, slots=True)
class Score:
    """The score of one leaf: `points` for a points leaf, `met` for a pass/fail one.

    A value pre-filled from data has source DERIVED and its `derivation`; when the scorer
    changes it, the source becomes MANUAL and the derivation stays, so the sheet shows both
    what the data said and what the meeting decided.
    """

    points: Decimal | None = None
    met: bool | None = None
    note: str = ""
    source: Source = Source.MANUAL
    derivation: Derivation | None = None

    def __post_init__(self) -> None:
        store_points(self, "points")

    @property
    def overridden(self) -> bool:
        return self.source is Source.MANUAL and self.derivation is not None

    @staticmethod
    def derived(derivation: Derivation, note: str = "") -> Score:
        return Score(
            points=derivation.points,
            met=derivation.met,
            note=note,
            source=Source.DERIVED,
            derivation=derivation,
        )


def override(
    score: Score,
    *,
    points: Decimal | int | None = None,
    met: bool | None = None,
    note: str | None = None,
) -> Score:
    """`score` changed by hand: the value given replaces the old one, the derivation is kept."""
    return replace(
        score,
        points=score.points if points is None else points,
        met=score.met if met is None else met,
        note=score.note if note is None else note,
        source=Source.MANUAL,
    )


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Scores by leaf code."""

    scores: Mapping[str, Score] = field(default_factory=dict)

    @staticmethod
    def manual(
        points: Mapping[str, Decimal | int] | None = None, met: Mapping[str, bool] | None = None
    ) -> ScoreSheet:
        """A sheet of typed values: {"1.a": 10, …} for points leaves, {"3": True} for the rest."""
        scores = {code: Score(points=value) for code, value in (points or {}).items()}
        scores |= {code: Score(met=value) for code, value in (met or {}).items()}
        return ScoreSheet(scores)


@dataclass(frozen=True, slots=True)
class ScoreResult:
    total: Decimal
    max_total: Decimal
    band: str | None  # from the total alone; `met` also needs the minimums and knock-outs
    met: bool
    reasons: tuple[Issue, ...]  # empty when met; field = criterion code, or "total"
    totals: Mapping[str, Decimal]  # every node's points, by code


class InvalidScoreSheet(ValueError):
    """The sheet cannot be evaluated; `issues` say which criteria are wrong."""

    def __init__(self, issues: list[Issue]) -> None:
        super().__init__("; ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


def parse_points(text: str) -> Decimal:
    """'7,5' or '7.5' -> Decimal('7.5') (Vietnamese write a decimal comma). ValueError else."""
    text = text.strip()
    if not _POINTS_TEXT.fullmatch(text):
        raise ValueError(text)
    value = Decimal(text.replace(",", "."))  # the pattern admits only plain numbers
    if not is_on_step(value):
        raise ValueError(text)
    return value


def validate_sheet(criteria_set: CriteriaSet, sheet: ScoreSheet) -> list[Issue]:
    """All issues of `sheet` against a valid set; `field` is the criterion code."""
    issues: list[Issue] = []
    leaves = {leaf.code: leaf for leaf in criteria_set.leaves()}
    for leaf in leaves.values():
        score = sheet.scores.get(leaf.code)
        if score is None:
            issues.append(Issue(leaf.code, "score.missing"))
        else:
            issues += _score_issues(leaf, score)
    parents = {node.code for node in criteria_set.nodes() if not node.is_leaf}
    for code in sheet.scores:
        if code in parents:
            issues.append(Issue(code, "score.not_a_leaf"))
        elif code not in leaves:
            issues.append(Issue(code, "score.unknown_criterion"))
    return issues


def _score_issues(leaf: Criterion, score: Score) -> list[Issue]:
    code = leaf.code
    issues: list[Issue] = []
    if len(score.note) > NOTE_MAX:
        issues.append(Issue(code, "text.too_long", {"max": NOTE_MAX}))
    if score.source is Source.DERIVED and (
        score.derivation is None
        or (score.points, score.met) != (score.derivation.points, score.derivation.met)
    ):
        # A changed pre-filled value must say it was changed by hand.
        issues.append(Issue(code, "score.derived_mismatch"))
    if leaf.kind is Kind.PASS_FAIL:
        if score.points is not None:
            issues.append(Issue(code, "score.points_on_pass_fail"))
        elif score.met is None:
            issues.append(Issue(code, "score.missing"))
        return issues
    if score.met is not None:
        issues.append(Issue(code, "score.met_on_points"))
    points = score.points
    if points is None:
        issues.append(Issue(code, "score.missing"))
    elif points < 0:
        issues.append(Issue(code, "score.negative"))
    elif points > leaf.maximum:
        issues.append(Issue(code, "score.above_max", {"max": leaf.maximum}))
    elif not is_on_step(points):
        issues.append(Issue(code, "points.too_precise", {"step": str(POINT_STEP)}))
    return issues


def node_totals(criteria_set: CriteriaSet, sheet: ScoreSheet) -> dict[str, Decimal]:
    """Points of every node by code. Lenient, for running totals while a sheet is typed:
    a missing score counts 0 and unknown codes are ignored; a parent never exceeds its cap."""
    totals: dict[str, Decimal] = {}

    def visit(node: Criterion) -> Decimal:
        if node.is_leaf:
            score = sheet.scores.get(node.code)
            value = Decimal(0)
            if node.kind is Kind.POINTS and score is not None and score.points is not None:
                value = score.points
        else:
            value = sum((visit(child) for child in node.children), Decimal(0))
            if node.max_points is not None:
                value = min(value, node.max_points)
        totals[node.code] = value
        return value

    for criterion in criteria_set.criteria:
        visit(criterion)
    return totals


def total(criteria_set: CriteriaSet, sheet: ScoreSheet) -> Decimal:
    totals = node_totals(criteria_set, sheet)
    return sum((totals[c.code] for c in criteria_set.criteria), Decimal(0))


def is_met(node: Criterion, sheet: ScoreSheet, totals: Mapping[str, Decimal]) -> bool:
    """Met ("đạt"): scored at its maximum, and every pass/fail item under it flagged met."""
    if totals[node.code] < node.maximum:
        return False
    return all(
        (score := sheet.scores.get(leaf.code)) is not None and score.met is True
        for leaf in node.nodes()
        if leaf.kind is Kind.PASS_FAIL
    )


def evaluate(criteria_set: CriteriaSet, sheet: ScoreSheet) -> ScoreResult:
    """Apply the set's rule to a complete sheet. Raises InvalidScoreSheet if it has issues.

    The set is assumed valid (validate_criteria_set), as it is once saved.
    """
    issues = validate_sheet(criteria_set, sheet)
    if issues:
        raise InvalidScoreSheet(issues)
    rule = criteria_set.rule
    totals = node_totals(criteria_set, sheet)
    grand = sum((totals[c.code] for c in criteria_set.criteria), Decimal(0))
    by_code = {node.code: node for node in criteria_set.nodes()}
    reasons: list[Issue] = []
    if grand < rule.min_total:
        reasons.append(
            Issue("total", Reason.BELOW_MINIMUM_TOTAL, {"total": grand, "min": rule.min_total})
        )
    for minimum in rule.min_per_criterion:
        points = totals[minimum.code]
        if points < minimum.min_points:
            params = {"code": minimum.code, "points": points, "min": minimum.min_points}
            reasons.append(Issue(minimum.code, Reason.BELOW_MINIMUM_FOR_CRITERION, params))
    for code in rule.knock_outs:
        if not is_met(by_code[code], sheet, totals):
            reasons.append(Issue(code, Reason.KNOCK_OUT_FAILED, {"code": code}))
    band = rule.band_for(grand)
    return ScoreResult(
        total=grand,
        max_total=criteria_set.max_total,
        band=band.code if band else None,
        met=not reasons,
        reasons=tuple(reasons),
        totals=totals,
    )
