"""Pre-filling a score sheet from recorded data (issue 3, step 2 "Chấm điểm").

A leaf of a criteria set may name a rule (`Criterion.derive`, settings in `derive_params`; the
rules and the settings each accepts are listed in `criteria.DERIVE_RULES`). A rule reads plain
facts, which the storage layer builds from the register and the attendance lists, and returns a
`scoring.Derivation`: the suggested points (or met flag, for a met/not-met leaf) and an
explanation code with parameters that the UI words, so the scorer sees why. The scorer confirms
the suggestion or overrides it with a note (`scoring.override`): a rule sees only what was
recorded, never the exceptions a criterion allows (illness, learning outside the branch…).

The common shape. Each rule counts a `part` of a `whole` (children at school of the children of
school age…) and has a share `needed` for full marks (all of them, unless a setting says less):
- on a points leaf: the leaf's maximum when part / whole ≥ needed; below that, the maximum ×
  (part / whole) / needed rounded DOWN to the set's point step, so a suggestion never gives more
  than the data shows (2 of 3 children at school on a 10-point leaf: 6.5 on a 0.5 step, 6 on a
  1 step). Arithmetic is exact (fractions), so 7 of 10 reaches a 70 % target.
- on a met/not-met leaf: met when part / whole ≥ needed.
- a household rule with nobody to count (no child of school age) suggests full marks: nobody is
  missing. Its explanation code ends in ".none" so the scorer is told.
- a member whose age is not known (no birth date or year) cannot be placed in an age range: the
  rule leaves them out and its explanation code ends in ".unknown_age", with their number.
Points therefore never exceed the leaf's maximum, are never negative, and are on the step.

Ages are counted by calendar year (year − birth year), as schools and the literacy programme
count them: a child born in 2019 is 6 in 2025 and enters grade 1 that September.

The rules (the settings' defaults are in criteria.DERIVE_RULES):

- children_in_school (household; min_age 6, max_age 17): members of school age, and how many of
  them study (`PersonFacts.studying`). Why: QĐ 448 criterion 1.a, "trẻ em ở độ tuổi phổ cập đều
  được đến trường". 6–17 is grade 1 to grade 12; a set may narrow it to the age of compulsory
  schooling (6–14, grades 1–9).
- adults_literate (household; min_age 19, max_age 60): adults in the range, and how many are
  literate: literacy recorded as LITERATE, or not recorded while their education is lower
  secondary or above (they finished primary school, so they passed grade 3, literacy level 1,
  NĐ 20/2014 Điều 19). Recorded as illiterate or relapsed, or nothing recorded: not counted as
  literate, and the explanation says "recorded as literate". Why: QĐ 448 criterion 2.a.
- attended_activity (household; all ages unless min_age / max_age say otherwise; target_percent
  100): members in the range who attended at least one learning activity the branch recorded in
  the year, against the share needed for full marks. Why: QĐ 448 criterion 2.b, "hằng năm, người
  lớn trong gia đình đều tham gia học ít nhất 01 nội dung". Learning elsewhere is not recorded:
  the scorer adds it by hand.
- community_learning_families (community; target_percent 70; families "recognised" or
  "registered"): households of the community recognised as (or registered to become) learning
  families, out of the households in its register. 70 % is the 2025 target of QĐ 387/QĐ-TTg.
  A community with no household recorded gets 0: there is nothing to count.
- community_activities (community; target, required): learning activities the branch held in
  the year, against the number a set asks for.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from xhht_desktop.domain.criteria import (
    AGE_MAX,
    DERIVE_RULES,
    CriteriaSet,
    Criterion,
    FactsKind,
    Kind,
    ParamValue,
    as_points,
    resolved_params,
)
from xhht_desktop.domain.entities import Education, Literacy, PersonDraft
from xhht_desktop.domain.scoring import Derivation

# --- the facts --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """What the rules know of one household member, for the year being scored."""

    age: int | None = None  # in the year scored (age_in_year); None when no birth year is known
    studying: bool = False
    literacy: Literacy = Literacy.UNKNOWN
    education: Education = Education.UNKNOWN
    attended_activities: int = 0  # learning activities of the year this member attended


@dataclass(frozen=True, slots=True)
class HouseholdFacts:
    """A household's members (not deleted), for the year being scored."""

    members: tuple[PersonFacts, ...] = ()


@dataclass(frozen=True, slots=True)
class CommunityFacts:
    """A khu phố / ấp as a whole, for the year being scored."""

    households: int  # households in its register (not deleted)
    families_registered: int = 0  # households registered for "Gia đình học tập" in the year
    families_recognised: int = 0  # of those, households recognised in the year
    activities: int = 0  # learning activities held in the year


@dataclass(frozen=True, slots=True)
class ClanFacts:
    """A clan's member households recorded in this branch's register, for the year scored.
    Its households in other branches are only a number: their titles are not known here."""

    households: int  # member households in this register (not deleted)
    families_registered: int = 0  # of those, registered for "Gia đình học tập" in the year
    families_recognised: int = 0  # of those, recognised in the year
    with_association_member: int = 0  # of those, with at least one hội viên khuyến học
    households_elsewhere: int = 0  # member households in other branches (not counted)


Facts = HouseholdFacts | CommunityFacts | ClanFacts

_KIND_OF: Mapping[type, FactsKind] = {
    HouseholdFacts: FactsKind.HOUSEHOLD,
    CommunityFacts: FactsKind.COMMUNITY,
    ClanFacts: FactsKind.CLAN,
}


def age_in_year(year: int, birth_date: dt.date | None, birth_year: int | None) -> int | None:
    """Age by calendar year (year − birth year); None when unknown or born after `year`."""
    born = birth_date.year if birth_date is not None else birth_year
    if born is None or born > year:
        return None
    return year - born


def person_facts(person: PersonDraft, year: int, attended_activities: int = 0) -> PersonFacts:
    """The facts of a register member for `year`."""
    return PersonFacts(
        age=age_in_year(year, person.birth_date, person.birth_year),
        studying=person.studying,
        literacy=person.literacy,
        education=person.education,
        attended_activities=attended_activities,
    )


# Education that implies a finished primary school, hence literacy level 1 (grade 3).
_PROVES_LITERACY = frozenset(
    {
        Education.LOWER_SECONDARY,
        Education.UPPER_SECONDARY,
        Education.VOCATIONAL,
        Education.COLLEGE,
        Education.UNIVERSITY,
        Education.POSTGRADUATE,
    }
)


def is_literate(person: PersonFacts) -> bool:
    """Recorded as literate, or literacy not recorded and education proves it."""
    if person.literacy is Literacy.LITERATE:
        return True
    return person.literacy is Literacy.UNKNOWN and person.education in _PROVES_LITERACY


# --- the common shape ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LeafTarget:
    """What a rule needs of the leaf it fills: how it is scored, its maximum, the set's step."""

    kind: Kind
    maximum: Decimal
    step: Decimal


def grade(
    leaf: LeafTarget, part: int, whole: int, needed: Fraction = Fraction(1)
) -> tuple[Decimal | None, bool | None]:
    """(points, met) for `part` of `whole` when `needed` of the whole gives full marks.

    `whole` 0 (nobody to count) gives full marks. Points are rounded down to the step.
    """
    part = max(0, min(part, whole))
    reached = whole == 0 or Fraction(part, whole) >= needed
    if leaf.kind is Kind.PASS_FAIL:
        return None, reached
    if reached:
        return leaf.maximum, None
    raw = Fraction(leaf.maximum) * Fraction(part, whole) / needed
    steps = math.floor(raw / Fraction(leaf.step))
    return min(leaf.maximum, as_points(leaf.step * steps)), None


def _int(params: Mapping[str, ParamValue], name: str) -> int:
    value = params[name]
    if not isinstance(value, int):  # validation refuses it; a clear error if it slipped by
        raise TypeError(f"setting {name} must be a whole number, not {value!r}")
    return value


def _in_ages(
    members: Iterable[PersonFacts], params: Mapping[str, ParamValue]
) -> tuple[list[PersonFacts], int, dict[str, object]]:
    """Members within the rule's ages, how many could not be placed, and the ages as params.

    With the full range (0 to AGE_MAX) every member counts, age known or not."""
    low, high = _int(params, "min_age"), _int(params, "max_age")
    everyone = (low, high) == (0, AGE_MAX)
    inside: list[PersonFacts] = []
    unknown = 0
    for person in members:
        if everyone or (person.age is not None and low <= person.age <= high):
            inside.append(person)
        elif person.age is None:
            unknown += 1
    return inside, unknown, {"min_age": low, "max_age": high, "unknown": unknown}


def _member_derivation(
    base: str,
    leaf: LeafTarget,
    counts: tuple[int, int, int],
    params: dict[str, object],
    needed: Fraction = Fraction(1),
) -> Derivation:
    """The derivation of a household rule from (part, whole, unknown ages)."""
    part, whole, unknown = counts
    code = base + (".none" if whole == 0 else "") + (".unknown_age" if unknown else "")
    points, met = grade(leaf, part, whole, needed)
    return Derivation(code, params, points=points, met=met)


# --- the rules -------------------------------------------------------------------------------


def children_in_school(
    facts: HouseholdFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Children of school age who study. Code derived.children_in_school[.none][.unknown_age],
    params studying, of, min_age, max_age, unknown."""
    inside, unknown, ages = _in_ages(facts.members, params)
    studying = sum(1 for person in inside if person.studying)
    explained = {"studying": studying, "of": len(inside), **ages}
    counts = (studying, len(inside), unknown)
    return _member_derivation("derived.children_in_school", leaf, counts, explained)


def adults_literate(
    facts: HouseholdFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Adults in the age range recorded as literate (is_literate). Code
    derived.adults_literate[.none][.unknown_age], params literate, of, min_age, max_age,
    unknown."""
    inside, unknown, ages = _in_ages(facts.members, params)
    literate = sum(1 for person in inside if is_literate(person))
    explained = {"literate": literate, "of": len(inside), **ages}
    counts = (literate, len(inside), unknown)
    return _member_derivation("derived.adults_literate", leaf, counts, explained)


def attended_activity(
    facts: HouseholdFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Members in the age range who attended at least one learning activity in the year.
    Code derived.attended_activity[.none][.unknown_age], params attended, of, min_age,
    max_age, unknown, target_percent."""
    inside, unknown, ages = _in_ages(facts.members, params)
    attended = sum(1 for person in inside if person.attended_activities >= 1)
    target = _int(params, "target_percent")
    explained = {"attended": attended, "of": len(inside), **ages, "target_percent": target}
    counts = (attended, len(inside), unknown)
    needed = Fraction(target, 100)
    return _member_derivation("derived.attended_activity", leaf, counts, explained, needed)


def _share(
    base: str,
    leaf: LeafTarget,
    part: int,
    whole: int,
    target: int,
    explained: dict[str, object],
) -> Derivation:
    """`part` of `whole` households against a target share; base.no_households when the
    register has none (nothing to count: no points, not met)."""
    if whole <= 0:
        points = None if leaf.kind is Kind.PASS_FAIL else Decimal(0)
        met = False if leaf.kind is Kind.PASS_FAIL else None
        return Derivation(f"{base}.no_households", {"target_percent": target}, points, met)
    part = max(0, min(part, whole))  # a register out of step cannot pass 100 %
    explained = {
        **explained,
        "households": whole,
        "percent": part * 100 // whole,  # rounded down: 69.9 % does not show as 70 %
        "target_percent": target,
    }
    points, met = grade(leaf, part, whole, Fraction(target, 100))
    return Derivation(base, explained, points=points, met=met)


def _learning_families(
    base: str,
    facts: CommunityFacts | ClanFacts,
    params: Mapping[str, ParamValue],
    leaf: LeafTarget,
    extra: dict[str, object] | None = None,
    suffix: str = "",
) -> Derivation:
    """Share of `facts.households` that are recognised (or, by the setting, registered)
    learning families: base[.registered]`suffix`, or base.no_households."""
    registered = params["families"] == "registered"
    counted = facts.families_registered if registered else facts.families_recognised
    families = max(0, min(counted, facts.households))
    target = _int(params, "target_percent")
    found = _share(
        base, leaf, counted, facts.households, target, {"families": families, **(extra or {})}
    )
    if found.code != base:
        return found
    code = base + (".registered" if registered else "") + suffix
    return Derivation(code, found.params, found.points, found.met)


def community_learning_families(
    facts: CommunityFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Share of the community's households that are recognised (or registered) learning
    families. Code derived.community_learning_families[.registered] or ….no_households;
    params families, households, percent (rounded down), target_percent."""
    return _learning_families("derived.community_learning_families", facts, params, leaf)


def clan_learning_families(
    facts: ClanFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Share of the clan's member households in this register that are recognised (or
    registered) learning families. Code derived.clan_learning_families[.registered]
    [.elsewhere] or ….no_households; params families, households, percent, target_percent,
    elsewhere (member households in other branches, not counted)."""
    elsewhere = max(0, facts.households_elsewhere)
    return _learning_families(
        "derived.clan_learning_families",
        facts,
        params,
        leaf,
        {"elsewhere": elsewhere},
        ".elsewhere" if elsewhere else "",
    )


def clan_association_members(
    facts: ClanFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Member households (in this register) with at least one hội viên khuyến học. Code
    derived.clan_association_members or ….no_households; params with_member, households,
    percent, target_percent."""
    with_member = max(0, min(facts.with_association_member, facts.households))
    return _share(
        "derived.clan_association_members",
        leaf,
        with_member,
        facts.households,
        _int(params, "target_percent"),
        {"with_member": with_member},
    )


def community_activities(
    facts: CommunityFacts, params: Mapping[str, ParamValue], leaf: LeafTarget
) -> Derivation:
    """Learning activities held in the year against a target number. Code
    derived.community_activities, params activities, target."""
    target = _int(params, "target")
    activities = max(0, facts.activities)
    points, met = grade(leaf, min(activities, target), target)
    explained = {"activities": activities, "target": target}
    return Derivation("derived.community_activities", explained, points=points, met=met)


# (facts of the rule's kind, settings with defaults filled in, the leaf) -> the suggestion
Rule = Callable[..., Derivation]

RULES: Mapping[str, Rule] = {
    "children_in_school": children_in_school,
    "adults_literate": adults_literate,
    "attended_activity": attended_activity,
    "community_learning_families": community_learning_families,
    "community_activities": community_activities,
    "clan_learning_families": clan_learning_families,
    "clan_association_members": clan_association_members,
}


def _variants(base: str) -> tuple[str, ...]:
    return (base, f"{base}.none", f"{base}.unknown_age", f"{base}.none.unknown_age")


# Every explanation code a rule may return: the UI needs words for each.
EXPLANATION_CODES: frozenset[str] = frozenset(
    {
        *_variants("derived.children_in_school"),
        *_variants("derived.adults_literate"),
        *_variants("derived.attended_activity"),
        "derived.community_learning_families",
        "derived.community_learning_families.registered",
        "derived.community_learning_families.no_households",
        "derived.community_activities",
        "derived.clan_learning_families",
        "derived.clan_learning_families.registered",
        "derived.clan_learning_families.elsewhere",
        "derived.clan_learning_families.registered.elsewhere",
        "derived.clan_learning_families.no_households",
        "derived.clan_association_members",
        "derived.clan_association_members.no_households",
    }
)


# --- a whole sheet ---------------------------------------------------------------------------


def derive_leaf(criteria_set: CriteriaSet, leaf: Criterion, facts: Facts) -> Derivation | None:
    """The suggestion for one leaf of a valid set, or None when it has no rule or its rule
    reads another kind of facts."""
    rule = DERIVE_RULES.get(leaf.derive)
    compute = RULES.get(leaf.derive)
    if rule is None or compute is None or not leaf.is_leaf or rule.facts != _KIND_OF[type(facts)]:
        return None
    target = LeafTarget(leaf.kind, leaf.maximum, criteria_set.point_step)
    return compute(facts, resolved_params(leaf), target)


def derive_sheet(
    criteria_set: CriteriaSet, facts: Facts | Iterable[Facts]
) -> dict[str, Derivation]:
    """Suggestions by leaf code for every leaf of a valid set that has a rule whose kind of
    facts is given (one facts object, or several of different kinds). Leaves without a rule,
    or whose facts are missing, are left out: the scorer types them."""
    given = (
        (facts,) if isinstance(facts, HouseholdFacts | CommunityFacts | ClanFacts) else tuple(facts)
    )
    by_kind = {_KIND_OF[type(item)]: item for item in given}
    out: dict[str, Derivation] = {}
    for leaf in criteria_set.leaves():
        rule = DERIVE_RULES.get(leaf.derive)
        if rule is None or rule.facts not in by_kind:
            continue
        derivation = derive_leaf(criteria_set, leaf, by_kind[rule.facts])
        if derivation is not None:
            out[leaf.code] = derivation
    return out
