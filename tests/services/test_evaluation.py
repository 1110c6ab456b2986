"""The yearly cycle through the services: register, score, review, recognise, commend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from xhht_desktop.domain.criteria import Kind as CriterionKind
from xhht_desktop.domain.criteria import Model, Status
from xhht_desktop.domain.entities import HouseholdDraft, PersonDraft
from xhht_desktop.domain.evaluation import (
    CommendationDraft,
    DecisionDraft,
    ReviewDraft,
    Stage,
)
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.errors import BadInput, NotFound, UserError, ValidationFailed

YEAR = 2026


@pytest.fixture
def homes(services):
    ids = []
    for n, group in enumerate(["Tổ 1", "Tổ 1", "Tổ 1", "Tổ 2"]):
        household_id, _ = services.households.save(
            HouseholdDraft(members=(PersonDraft(full_name=f"Nguyễn Văn {'ABCD'[n]}"),), group=group)
        )
        ids.append(household_id)
    return ids


def family_set(services):
    return next(r for r in services.criteria.usable(Model.FAMILY, 2018))


def full_sheet(criteria_set, scale=Decimal(1)) -> ScoreSheet:
    scores = {}
    for leaf in criteria_set.leaves():
        if leaf.kind is CriterionKind.PASS_FAIL:
            scores[leaf.code] = Score(met=True)
        else:
            scores[leaf.code] = Score(points=(leaf.maximum * scale).quantize(Decimal("1")))
    return ScoreSheet(scores)


def test_samples_are_there_and_used_sets_are_history(services, tmp_path):
    rows = services.criteria.list()
    assert {r.model for r in rows} >= {Model.FAMILY, Model.UNIT}
    assert all(r.sample and r.status is Status.DRAFT for r in rows)
    family = family_set(services)
    # Copy, then export the copy and import it elsewhere (same file twice: nothing new).
    copy_id, _ = services.criteria.copy(family.id)
    copy = services.criteria.get(copy_id)
    assert (copy.key, copy.version) == (family.key, family.version + 1)
    path = services.criteria.export(copy_id, tmp_path / "bo-tieu-chi.json")
    assert services.criteria.import_file(path)[0] == copy_id


def test_a_broken_criteria_file_says_which_field(services, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "xhht.criteria-set", "format_version": 1}', encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        services.criteria.import_file(bad)
    assert caught.value.code == "criteria_file.missing_field"
    assert caught.value.params["file"] == str(bad) and caught.value.params["field"]
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "xhht.criteria-set", "format_version": 99}', encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        services.criteria.import_file(newer)
    assert caught.value.code == "criteria_file.too_new"


def test_the_whole_year_for_families(services, homes):
    family = family_set(services)
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    ev = services.evaluation
    # 1. register tổ 1 but one household, then (again) everybody: nobody twice.
    tổ1 = [c.id for c in ev.candidates(year, Model.FAMILY) if c.group == "Tổ 1"]
    assert ev.register(year, Model.FAMILY, tổ1[:-1])[0] == 2
    assert ev.register(year, Model.FAMILY, homes)[0] == 2
    rows = ev.registrations(year, Model.FAMILY)
    assert len(rows) == 4 and all(r.stage is Stage.REGISTERED for r in rows)
    assert ev.candidates(year, Model.FAMILY) == []
    # 2. score: two full, one poor.
    by_home = {r.subject_id: r.id for r in rows}
    for home in homes[:2]:
        result, _ = ev.score(by_home[home], family.id, full_sheet(criteria_set))
        assert result.met and result.total == criteria_set.max_total
    poor, _ = ev.score(by_home[homes[2]], family.id, full_sheet(criteria_set, Decimal("0.3")))
    assert not poor.met and poor.reasons
    # 3. review: the two full ones proposed, the poor one not.
    ev.record_review(
        ReviewDraft(
            year,
            Model.FAMILY,
            dt.date(year, 11, 20),
            place="Nhà văn hóa",
            chair="Lê Văn Tám",
            outcomes=(
                (by_home[homes[0]], True, ""),
                (by_home[homes[1]], True, ""),
                (by_home[homes[2]], False, "Chưa đạt tiêu chí 2"),
            ),
        )
    )
    # 4. decision for the proposed; a second decision for the same is refused.
    decision = DecisionDraft(
        year,
        Model.FAMILY,
        "15/QĐ-UBND",
        dt.date(year, 12, 5),
        signer="Trần Thị Hoa",
        signer_title="Chủ tịch",
        registration_ids=frozenset({by_home[homes[0]], by_home[homes[1]]}),
    )
    ev.apply_decision(decision)
    with pytest.raises(UserError) as caught:
        ev.apply_decision(decision)
    assert caught.value.code == "evaluation.already_recognised"
    # Commend one.
    ev.commend(
        CommendationDraft(
            year,
            "Gia đình học tập tiêu biểu",
            dt.date(year, 12, 20),
            registration_ids=frozenset({by_home[homes[0]]}),
        )
    )
    stages = {r.subject_id: r.stage for r in ev.registrations(year, Model.FAMILY)}
    assert stages == {
        homes[0]: Stage.COMMENDED,
        homes[1]: Stage.RECOGNISED,
        homes[2]: Stage.SCORED,
        homes[3]: Stage.REGISTERED,
    }
    # Editing after recognition is refused; nothing changes.
    with pytest.raises(UserError) as caught:
        ev.score(by_home[homes[1]], family.id, full_sheet(criteria_set, Decimal("0.5")))
    assert caught.value.code == "evaluation.locked_after_recognition"
    # The set is now history: editing it is refused, copying works.
    with pytest.raises(UserError) as caught:
        services.criteria.save(criteria_set, family.id)
    assert caught.value.code == "criteria_set.in_use"
    # Dashboard: the whole branch and per tổ.
    lines = {(line.model, line.group): line for line in ev.dashboard(year)}
    whole = lines[(Model.FAMILY, "")]
    assert (
        whole.subjects,
        whole.registered,
        whole.scored,
        whole.proposed,
        whole.recognised,
        whole.commended,
    ) == (4, 4, 3, 2, 2, 1)
    assert lines[(Model.FAMILY, "Tổ 2")].registered == 1
    assert whole.share(whole.recognised, whole.registered) == 0.5


def test_bad_scores_and_orders_change_nothing(services, homes):
    family = family_set(services)
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    ev = services.evaluation
    ev.register(year, Model.FAMILY, homes[:1])
    [row] = ev.registrations(year, Model.FAMILY)
    leaf = next(c for c in criteria_set.leaves() if c.kind is CriterionKind.POINTS)
    sheet = full_sheet(criteria_set)
    too_much = ScoreSheet({**sheet.scores, leaf.code: Score(points=leaf.maximum + 1)})
    with pytest.raises(ValidationFailed) as caught:
        ev.score(row.id, family.id, too_much)
    assert [(i.field, i.code) for i in caught.value.issues] == [(leaf.code, "score.above_max")]
    unit_set = next(r for r in services.criteria.list(Model.UNIT))
    with pytest.raises(UserError) as caught:
        ev.score(row.id, unit_set.id, sheet)
    assert caught.value.code == "score.wrong_set"
    # Reviewing an unscored registration, or deciding on a non-proposed one, is refused.
    with pytest.raises(UserError) as caught:
        ev.record_review(
            ReviewDraft(
                year, Model.FAMILY, dt.date(year, 11, 1), chair="A", outcomes=((row.id, True, ""),)
            )
        )
    assert caught.value.code == "review.not_scored"
    ev.score(row.id, family.id, sheet)
    with pytest.raises(UserError) as caught:
        ev.apply_decision(
            DecisionDraft(
                year,
                Model.FAMILY,
                "1/QĐ",
                dt.date(year, 12, 1),
                signer="B",
                registration_ids=frozenset({row.id}),
            )
        )
    assert caught.value.code == "decision.not_proposed"
    assert ev.registrations(year, Model.FAMILY)[0].stage is Stage.SCORED
    with pytest.raises(NotFound):
        ev.register(year, Model.FAMILY, [987_654])
    with pytest.raises(ValidationFailed) as caught:
        ev.apply_decision(DecisionDraft(year, Model.FAMILY, " ", None))
    assert {i.field for i in caught.value.issues} == {
        "number",
        "signed_on",
        "signer",
        "registration_ids",
    }


def test_the_community_registers_once(services):
    ev = services.evaluation
    [candidate] = ev.candidates(YEAR, Model.COMMUNITY)
    assert candidate.name == services.installation.require().unit_name
    assert ev.register(YEAR, Model.COMMUNITY, [])[0] == 1
    assert ev.register(YEAR, Model.COMMUNITY, [])[0] == 0
    assert ev.candidates(YEAR, Model.COMMUNITY) == []
    [row] = ev.registrations(YEAR, Model.COMMUNITY)
    assert row.subject_name == candidate.name


def test_unregister_before_recognition_only(services, homes):
    ev = services.evaluation
    ev.register(YEAR, Model.FAMILY, homes[:1])
    [row] = ev.registrations(YEAR, Model.FAMILY)
    ev.unregister(row.id)
    assert ev.registrations(YEAR, Model.FAMILY) == []
    assert [c.id for c in ev.candidates(YEAR, Model.FAMILY)][:1] == homes[:1]


def test_suggestions_come_from_the_register_and_activities(services):
    from xhht_desktop.domain.entities import ActivityDraft, Literacy

    family = family_set(services)
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    household_id, _ = services.households.save(
        HouseholdDraft(
            members=(
                PersonDraft(
                    full_name="Phạm Văn Hải", birth_year=year - 40, literacy=Literacy.LITERATE
                ),
                PersonDraft(
                    full_name="Phạm Thị Lan",
                    birth_year=year - 10,
                    studying=True,
                    school="Trường Tiểu học",
                    grade="4",
                ),
                PersonDraft(full_name="Phạm Văn Tùng", birth_year=year - 8),  # not at school
            )
        )
    )
    people = [p.id for p in services.activities.people() if p.head_name == "Phạm Văn Hải"]
    kind = services.activities.types()[0].id
    services.activities.save(
        ActivityDraft(
            type_id=kind,
            title="Sinh hoạt chuyên đề",
            start_date=dt.date(year, 3, 1),
            attendee_ids=frozenset(people[:1]),
        )
    )
    services.evaluation.register(year, Model.FAMILY, [household_id])
    [row] = services.evaluation.registrations(year, Model.FAMILY)
    suggested = services.evaluation.suggestions(row.id, family.id)
    by_rule = {criteria_set.find(code).derive: d for code, d in suggested.items()}
    school = by_rule["children_in_school"]
    assert (school.params["studying"], school.params["of"]) == (1, 2)
    assert (
        school.points
        < criteria_set.find(next(c for c, d in suggested.items() if d is school)).maximum
    )
    literate = by_rule["adults_literate"]
    assert (literate.params["literate"], literate.params["of"]) == (1, 1)
    assert by_rule["attended_activity"].params["attended"] == 1


def test_reviews_and_decisions_read_back(services, homes):
    family = family_set(services)
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    ev = services.evaluation
    ev.register(year, Model.FAMILY, homes[:2])
    rows = ev.registrations(year, Model.FAMILY)
    for row in rows:
        ev.score(row.id, family.id, full_sheet(criteria_set))
    ev.record_review(
        ReviewDraft(
            year,
            Model.FAMILY,
            dt.date(year, 11, 2),
            place="Nhà văn hóa",
            chair="Lê Văn Tám",
            secretary="Ngô Thị Mai",
            outcomes=((rows[0].id, True, ""), (rows[1].id, False, "Hẹn")),
        )
    )
    [review] = ev.reviews(year, Model.FAMILY)
    assert (review.draft.chair, review.draft.secretary) == ("Lê Văn Tám", "Ngô Thị Mai")
    assert sorted(review.draft.outcomes) == sorted(
        [(rows[0].id, True, ""), (rows[1].id, False, "Hẹn")]
    )
    ev.apply_decision(
        DecisionDraft(
            year,
            Model.FAMILY,
            "9/QĐ",
            dt.date(year, 12, 1),
            signer="A",
            registration_ids=frozenset({rows[0].id}),
        )
    )
    [decision] = ev.decisions(year, Model.FAMILY)
    assert decision.draft.number == "9/QĐ"
    assert decision.draft.registration_ids == frozenset({rows[0].id})


def test_a_correction_after_recognition_keeps_the_old_score(services, homes):
    family = family_set(services)
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    ev = services.evaluation
    ev.who = lambda: "tong.thu.ky"
    ev.register(year, Model.FAMILY, homes[:1])
    [row] = ev.registrations(year, Model.FAMILY)
    with pytest.raises(UserError) as caught:
        ev.correct(row.id, family.id, full_sheet(criteria_set), "Sai sót")
    assert caught.value.code == "correction.not_recognised"
    ev.score(row.id, family.id, full_sheet(criteria_set))
    ev.record_review(
        ReviewDraft(
            year, Model.FAMILY, dt.date(year, 11, 1), chair="A", outcomes=((row.id, True, ""),)
        )
    )
    ev.apply_decision(
        DecisionDraft(
            year,
            Model.FAMILY,
            "3/QĐ",
            dt.date(year, 12, 1),
            signer="B",
            registration_ids=frozenset({row.id}),
        )
    )
    lower = full_sheet(criteria_set, Decimal("0.9"))
    with pytest.raises(ValidationFailed) as caught:
        ev.correct(row.id, family.id, lower, "  ")
    assert [i.code for i in caught.value.issues] == ["correction.reason_required"]
    result, _ = ev.correct(row.id, family.id, lower, "Nhập nhầm điểm tiêu chí 1")
    [trail] = ev.corrections(row.id)
    assert trail.old_total == criteria_set.max_total and trail.new_total == result.total
    assert (trail.corrected_by, trail.reason) == ("tong.thu.ky", "Nhập nhầm điểm tiêu chí 1")
    after = ev.registrations(year, Model.FAMILY)[0]
    assert after.total == result.total and after.decision_number == "3/QĐ"


def test_a_clans_suggestions_count_its_households_in_this_register(services, homes):
    from dataclasses import replace

    from xhht_desktop.domain.entities import ClanDraft
    from xhht_desktop.storage.repositories.evaluation import facts_for, registration

    clan_set = next(r for r in services.criteria.list(Model.CLAN))
    criteria_set = services.criteria.get(clan_set.id)
    year = criteria_set.first_year
    ev = services.evaluation
    # The clan: three of the four households here, five more in other branches.
    clan_id, _ = services.groups.save_clan(
        ClanDraft("Họ Nguyễn", household_ids=frozenset(homes[:3]), households_elsewhere=5)
    )
    ev.register(year, Model.FAMILY, [homes[0], homes[3]])  # homes[3] is not the clan's
    draft = services.households.get(homes[1]).draft
    member = replace(draft.members[0], is_member=True)
    services.households.save(replace(draft, members=(member, *draft.members[1:])))
    ev.register(year, Model.CLAN, [clan_id])
    [clan_row] = ev.registrations(year, Model.CLAN)
    with services.database.sessions.read() as s:
        facts = facts_for(s, registration(s, clan_row.id))
    assert (facts.households, facts.families_registered, facts.families_recognised) == (3, 1, 0)
    assert (facts.with_association_member, facts.households_elsewhere) == (1, 5)
    by_rule = {
        criteria_set.find(code).derive: d
        for code, d in ev.suggestions(clan_row.id, clan_set.id).items()
    }
    families = by_rule["clan_learning_families"]
    assert families.code == "derived.clan_learning_families.elsewhere"
    assert (families.params["families"], families.params["households"]) == (0, 3)
    members = by_rule["clan_association_members"]
    assert (members.params["with_member"], members.params["households"]) == (1, 3)


def test_the_login_name_falls_back_when_the_system_cannot_say(monkeypatch):
    import getpass

    from xhht_desktop.services.who import login_name

    def no_name() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_name)
    assert login_name() == "?"
