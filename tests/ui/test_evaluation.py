from __future__ import annotations

from xhht_desktop.domain.criteria import Kind as CriterionKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.domain.evaluation import Stage
from xhht_desktop.ui.dialogs.cycle_steps import DecisionDialog, RegisterDialog, ReviewDialog
from xhht_desktop.ui.dialogs.scoring_dialog import ScoringDialog

from .conftest import type_text


def family_year(desktop) -> tuple[int, int]:
    row = desktop.services.criteria.list(Model.FAMILY)[0]
    return row.id, row.first_year


def test_the_cycle_through_the_dialogs(desktop, qtbot) -> None:
    services, ctx = desktop.services, desktop.window.ctx
    _set_id, year = family_year(desktop)
    page = desktop.window.pages["evaluation"]
    if page.year.findData(year) < 0:
        page.year.addItem(str(year), year)
    page.year.setCurrentIndex(page.year.findData(year))
    # 1. Register tổ 2.
    candidates = services.evaluation.candidates(year, Model.FAMILY)
    register = RegisterDialog(ctx, year, Model.FAMILY, candidates, ["Tổ 1", "Tổ 2"], page)
    qtbot.addWidget(register)
    register.ticks.group.setCurrentIndex(register.ticks.group.findData("Tổ 2"))
    register.ticks.tick_shown(True)
    register.save()
    group2 = {c.id for c in candidates if c.group == "Tổ 2"}
    assert {r.subject_id for r in page.rows} == group2
    # 2. Score the first one in full through the form.
    page.table.selectRow(0)
    row = page.selected()
    dialog = ScoringDialog(ctx, row, services.criteria.usable(Model.FAMILY, year), page)
    qtbot.addWidget(dialog)
    dialog.load(None, None)
    for code, widget in dialog.inputs.items():
        leaf = dialog.criteria_set.find(code)
        if leaf.kind is CriterionKind.PASS_FAIL:
            widget.setChecked(True)
        else:
            widget.setValue(float(leaf.maximum))
    assert "meets the rule" in dialog.result.text()
    changed = [
        c
        for c, d in dialog.derivations.items()
        if (d.points, d.met)
        != (dialog.current_sheet().scores[c].points, dialog.current_sheet().scores[c].met)
    ]
    if changed:  # overriding what the records suggest needs a note
        dialog.save()
        assert "say why" in dialog.banner.text()
        for code in changed:
            dialog.notes[code].setText("Đã kiểm tra tại nhà")
    dialog.save()
    scored = next(r for r in page.rows if r.id == row.id)
    assert scored.stage is Stage.SCORED and scored.met
    # 3. Review: the met one is ticked already.
    review = ReviewDialog(ctx, year, Model.FAMILY, [scored], ["Tổ 2"], page)
    qtbot.addWidget(review)
    assert review.ticks.checked == {scored.id}
    type_text(review.chair, "Lê Văn Tám")
    review.save()
    assert next(r for r in page.rows if r.id == row.id).stage is Stage.PROPOSED
    # 4. Decision.
    proposed = [r for r in page.rows if r.stage is Stage.PROPOSED]
    decision = DecisionDialog(ctx, year, Model.FAMILY, proposed, ["Tổ 2"], page)
    qtbot.addWidget(decision)
    type_text(decision.number, "15/QĐ-UBND")
    decision.signed_on.setText(f"05/12/{year}")
    type_text(decision.signer, "Trần Thị Hoa")
    decision.save()
    assert next(r for r in page.rows if r.id == row.id).decision_number == "15/QĐ-UBND"
    assert "recognised 1" in page.summary.text()
    # 5. A recognised score is only corrected, with a reason kept in the trail.
    recognised = next(r for r in page.rows if r.id == row.id)
    fix = ScoringDialog(ctx, recognised, services.criteria.usable(Model.FAMILY, year), page)
    qtbot.addWidget(fix)
    fix.load(*services.evaluation.scored_sheet(row.id))
    assert fix.correcting and "15/QĐ-UBND" in fix.trail.text()
    code, spin = next(
        (c, w)
        for c, w in fix.inputs.items()
        if fix.criteria_set.find(c).kind is not CriterionKind.PASS_FAIL
    )
    spin.setValue(spin.value() - 1)
    fix.notes[code].setText("Tính lại")
    fix.save()
    assert fix._errors["reason"].text() and fix.saved_id is None
    type_text(fix.correction_reason, "Cộng nhầm điểm")
    fix.save()
    assert fix.saved_id == row.id
    [correction] = services.evaluation.corrections(row.id)
    assert correction.reason == "Cộng nhầm điểm"
    assert correction.new_total == correction.old_total - 1
    again = ScoringDialog(ctx, recognised, services.criteria.usable(Model.FAMILY, year), page)
    qtbot.addWidget(again)
    again.load(None, None)
    assert "Cộng nhầm điểm" in again.trail.text()


def test_the_scoring_form_says_when_the_rule_is_not_met(desktop, qtbot) -> None:
    services, ctx = desktop.services, desktop.window.ctx
    _set_id, year = family_year(desktop)
    household = services.households.ids(HouseholdFilter())[0]
    services.evaluation.register(year, Model.FAMILY, [household])
    [row] = services.evaluation.registrations(year, Model.FAMILY)
    dialog = ScoringDialog(ctx, row, services.criteria.usable(Model.FAMILY, year), desktop.window)
    qtbot.addWidget(dialog)
    dialog.load(None, None)
    # Every score starts at 0: the form says the rule is not met, and why.
    assert "does not meet the rule" in dialog.result.text()
    assert dialog.reasons.text()


def test_suggestions_from_the_records_are_prefilled_and_explained(desktop, qtbot) -> None:
    services, ctx = desktop.services, desktop.window.ctx
    _set_id, year = family_year(desktop)
    household = services.households.ids(HouseholdFilter())[0]
    services.evaluation.register(year, Model.FAMILY, [household])
    [row] = services.evaluation.registrations(year, Model.FAMILY)
    dialog = ScoringDialog(ctx, row, services.criteria.usable(Model.FAMILY, year), desktop.window)
    qtbot.addWidget(dialog)
    dialog.load(None, None)
    assert dialog.derivations  # the family sample says how to pre-fill some items
    code, derivation = next(iter(dialog.derivations.items()))
    sheet = dialog.current_sheet()
    assert sheet.scores[code].derivation == derivation and not sheet.scores[code].overridden
    assert dialog.items[code].text(4)  # the reason, in the "From the records" column


def test_the_household_editor_shows_its_titles(desktop, qtbot) -> None:
    import datetime as dt

    from xhht_desktop.domain.evaluation import DecisionDraft, ReviewDraft
    from xhht_desktop.domain.scoring import Score, ScoreSheet
    from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor

    services = desktop.services
    set_id, year = family_year(desktop)
    household = services.households.ids(HouseholdFilter())[0]
    ev = services.evaluation
    ev.register(year, Model.FAMILY, [household])
    [row] = ev.registrations(year, Model.FAMILY)
    criteria_set = services.criteria.get(set_id)
    full = ScoreSheet(
        {
            leaf.code: Score(met=True)
            if leaf.kind is CriterionKind.PASS_FAIL
            else Score(points=leaf.maximum)
            for leaf in criteria_set.leaves()
        }
    )
    ev.score(row.id, set_id, full)
    ev.record_review(
        ReviewDraft(
            year, Model.FAMILY, dt.date(year, 11, 1), chair="A", outcomes=((row.id, True, ""),)
        )
    )
    ev.apply_decision(
        DecisionDraft(
            year,
            Model.FAMILY,
            "7/QĐ",
            dt.date(year, 12, 1),
            signer="B",
            registration_ids=frozenset({row.id}),
        )
    )
    editor = HouseholdEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(editor)
    editor.load(services.households.get(household).draft, ["Tổ 1"])
    assert editor.tabs.isTabEnabled(2)
    assert editor.titles.item(0, 4).text() == "7/QĐ"
    assert f"1 year(s) in a row, up to {year}" in editor.titles_summary.text()


def test_print_the_years_documents_into_a_folder(desktop, prompts, tmp_path) -> None:
    services = desktop.services
    _set_id, year = family_year(desktop)
    page = desktop.window.pages["evaluation"]
    if page.year.findData(year) < 0:
        page.year.addItem(str(year), year)
    page.year.setCurrentIndex(page.year.findData(year))
    prompts.save_path = tmp_path
    page.print_documents()
    assert prompts.asked[-1][0] == "info"  # nothing registered yet: said, nothing written
    services.evaluation.register(year, Model.FAMILY, services.households.ids(HouseholdFilter()))
    page.print_documents()
    [folder] = prompts.opened
    assert sorted(p.name for p in folder.iterdir()) == [
        f"{year}-bao-cao.pdf",
        f"{year}-gia-dinh-dang-ky.pdf",
    ]


def test_the_scoring_dialog_prints_a_blank_sheet(desktop, qtbot, prompts, tmp_path) -> None:
    services, ctx = desktop.services, desktop.window.ctx
    _set_id, year = family_year(desktop)
    services.evaluation.register(year, Model.FAMILY, services.households.ids(HouseholdFilter())[:1])
    [row] = services.evaluation.registrations(year, Model.FAMILY)
    dialog = ScoringDialog(ctx, row, services.criteria.usable(Model.FAMILY, year), desktop.window)
    qtbot.addWidget(dialog)
    dialog.load(None, None)
    prompts.save_path = tmp_path / "phieu"
    dialog.print_sheet(blank=True)
    assert prompts.opened == [tmp_path / "phieu.pdf"]
    assert (tmp_path / "phieu.pdf").read_bytes().startswith(b"%PDF")
