from __future__ import annotations

from xhht_desktop.domain.criteria import Model, Status
from xhht_desktop.ui.dialogs.criteria_sets import CriteriaSetsDialog, SetDetailsDialog


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

    def answer(form: SetDetailsDialog) -> int:
        form.first_year.setValue(2021)
        form.last_year.setValue(0)  # still applies
        form.confirmed.setChecked(True)
        return 1

    monkeypatch.setattr(SetDetailsDialog, "exec", answer)
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
