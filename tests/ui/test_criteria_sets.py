from __future__ import annotations

from xhht_desktop.domain.criteria import Model, Status
from xhht_desktop.ui.dialogs.criteria_editor import CriteriaSetEditor
from xhht_desktop.ui.dialogs.criteria_sets import CriteriaSetsDialog


def test_copy_a_sample_for_this_period_and_put_it_in_force(desktop, qtbot, monkeypatch) -> None:
    services = desktop.services
    dialog = CriteriaSetsDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    family = next(i for i, r in enumerate(dialog.rows) if r.model is Model.FAMILY)
    dialog.table.selectRow(family)
    dialog.copy()
    copy = next(r for r in dialog.rows if r.model is Model.FAMILY and r.version == 2)
    assert copy.status is Status.DRAFT and copy.sample
    # Give the copy this period's years and confirm it (the form is answered here).
    dialog.table.selectRow(dialog.rows.index(copy))

    def answer(form: CriteriaSetEditor) -> int:
        form.first_year.setValue(2021)
        form.last_year.setValue(0)  # still applies
        form.confirmed.setChecked(True)
        return 1

    monkeypatch.setattr(CriteriaSetEditor, "exec", answer)
    dialog.edit_details()
    dialog.table.selectRow(next(i for i, r in enumerate(dialog.rows) if r.id == copy.id))
    dialog.set_status(Status.IN_FORCE)
    [usable] = [r for r in services.criteria.usable(Model.FAMILY, 2026) if r.id == copy.id]
    assert usable.status is Status.IN_FORCE and not usable.sample


def test_a_sample_cannot_be_put_in_force(desktop, qtbot, prompts) -> None:
    dialog = CriteriaSetsDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.set_status(Status.IN_FORCE)
    assert prompts.asked[-1][0] == "error" and "sample" in prompts.asked[-1][1]
    assert dialog.rows[0].status is Status.DRAFT


def test_export_and_import(desktop, qtbot, prompts, tmp_path) -> None:
    dialog = CriteriaSetsDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    prompts.save_path = tmp_path / "set.json"
    dialog.export()
    assert (tmp_path / "set.json").read_text(encoding="utf-8").startswith("{")
    count = len(dialog.rows)
    dialog.import_file()  # the same file: nothing new
    assert len(dialog.rows) == count


def _family_copy(desktop):
    criteria = desktop.services.criteria
    family = next(r for r in criteria.list(Model.FAMILY))
    copy_id, _changes = criteria.copy(family.id)
    return copy_id, criteria.get(copy_id)


def test_the_editor_rebuilds_an_unchanged_set_exactly(desktop, qtbot) -> None:
    _copy_id, original = _family_copy(desktop)
    editor = CriteriaSetEditor(original, desktop.window)
    qtbot.addWidget(editor)
    assert editor.value() == original  # guidance, evidence and pre-fill rules are kept


def test_add_a_part_move_it_and_change_the_rule(desktop, qtbot) -> None:
    criteria = desktop.services.criteria
    copy_id, original = _family_copy(desktop)
    editor = CriteriaSetEditor(original, desktop.window)
    qtbot.addWidget(editor)
    last = editor.tree.topLevelItem(editor.tree.topLevelItemCount() - 1)
    editor.tree.setCurrentItem(last)
    editor.add_part()  # the last criterion gets a first part
    part = last.child(0)
    assert part.text(0) == f"{last.text(0)}.a"
    part.setText(1, "Có tủ sách gia đình")
    editor._maximum(part).setValue(float(original.criteria[-1].maximum))
    editor.tree.setCurrentItem(last)
    editor.move_item(-1)  # the last criterion, with its new part, moves up one
    moved = editor.tree.topLevelItem(editor.tree.topLevelItemCount() - 2)
    assert moved.text(0) == last_code(original) and moved.child(0).text(1) == "Có tủ sách gia đình"
    editor.min_total.setValue(70)
    editor._append_row(editor.bands, ("tot", "Tốt", "90"))
    criteria.save(editor.value(), copy_id)
    saved = criteria.get(copy_id)
    assert [c.code for c in saved.criteria][-2] == last_code(original)
    assert saved.criteria[-2].children[0].wording == "Có tủ sách gia đình"
    assert saved.rule.min_total == 70 and saved.rule.bands[0].label == "Tốt"


def last_code(cs) -> str:
    return cs.criteria[-1].code


def test_a_bad_number_in_the_rule_keeps_the_editor_open(desktop, qtbot) -> None:
    _copy_id, original = _family_copy(desktop)
    editor = CriteriaSetEditor(original, desktop.window)
    qtbot.addWidget(editor)
    editor._append_row(editor.bands, ("kha", "Khá", "tám mươi"))
    editor.accept()
    assert "tám mươi" in editor.error.text() and editor.result() == 0
    assert editor.tabs.currentIndex() == 2
    editor.bands.item(editor.bands.rowCount() - 1, 2).setText("80")
    editor._append_row(editor.minimums, ("", "15"))  # points without the item's code
    editor.accept()
    assert "15" in editor.error.text() and editor.result() == 0


def test_a_renamed_item_keeps_how_the_records_pre_fill_it(desktop, qtbot) -> None:
    _copy_id, original = _family_copy(desktop)
    prefilled = next(leaf for leaf in original.leaves() if leaf.derive)
    editor = CriteriaSetEditor(original, desktop.window)
    qtbot.addWidget(editor)
    item = next(i for i in editor._all_items() if i.text(0) == prefilled.code)
    item.setText(0, "9.z")
    renamed = editor.value().find("9.z")
    assert (renamed.derive, renamed.guidance) == (prefilled.derive, prefilled.guidance)
    assert editor.value().find(prefilled.code) is None


def test_an_invalid_tree_is_refused_by_the_service_with_the_code(desktop, qtbot) -> None:
    import pytest

    from xhht_desktop.errors import ValidationFailed

    criteria = desktop.services.criteria
    copy_id, original = _family_copy(desktop)
    editor = CriteriaSetEditor(original, desktop.window)
    qtbot.addWidget(editor)
    editor.tree.topLevelItem(1).setText(0, editor.tree.topLevelItem(0).text(0))  # a code twice
    with pytest.raises(ValidationFailed) as caught:
        criteria.save(editor.value(), copy_id)
    assert any(i.code == "criterion.duplicate_code" for i in caught.value.issues)


def test_a_new_set_is_made_from_scratch_and_refused_until_complete(
    desktop, qtbot, monkeypatch
) -> None:
    dialog = CriteriaSetsDialog(desktop.window.ctx, desktop.window)
    qtbot.addWidget(dialog)
    answers = iter([1, 1, 0])
    seen: list[str] = []

    def answer(form: CriteriaSetEditor) -> int:
        seen.append(form.error.text())
        if len(seen) == 2:  # the first try had no title and no wording: fill them in
            form.title_edit.setText("Đơn vị học tập của phường")
            form.tree.topLevelItem(0).setText(1, "Có kế hoạch học tập hằng năm")
        return next(answers)

    monkeypatch.setattr(CriteriaSetEditor, "exec", answer)
    count = len(dialog.rows)
    dialog.new_actions[Model.UNIT].trigger()
    assert seen[0] == "" and "title" in seen[1]
    assert len(dialog.rows) == count + 1
    new = next(r for r in dialog.rows if r.title == "Đơn vị học tập của phường")
    assert new.model is Model.UNIT and new.status is Status.DRAFT and not new.sample
