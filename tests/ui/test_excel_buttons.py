"""The pages' "Export to Excel" buttons write what the page shows and open it."""

from __future__ import annotations

from openpyxl import load_workbook

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import HouseholdFilter


def header_row(path, title_word: str) -> list[str]:
    sheet = load_workbook(path).active
    return next(
        [str(c) for c in row if c is not None]
        for row in sheet.iter_rows(values_only=True)
        if any(isinstance(c, str) and title_word in c for c in row)
    )


def test_households_shown_are_exported(desktop, prompts, tmp_path) -> None:
    page = desktop.window.pages["households"]
    page.group_filter.setCurrentIndex(page.group_filter.findData("Tổ 1"))
    prompts.save_path = tmp_path / "ho"  # no suffix: .xlsx is added
    page.excel_button.click()
    target = tmp_path / "ho.xlsx"
    assert prompts.opened == [target]
    in_group = desktop.services.households.ids(HouseholdFilter(group="Tổ 1"))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert sum(1 for r in rows if r[0] is not None and isinstance(r[0], int)) == len(in_group)


def test_cancelling_the_file_dialog_writes_nothing(desktop, prompts, tmp_path) -> None:
    prompts.save_path = None
    desktop.window.pages["activities"].excel_button.click()
    assert prompts.opened == [] and not list(tmp_path.glob("*.xlsx"))


def test_activities_and_evaluation_lists_are_exported(desktop, prompts, tmp_path) -> None:
    prompts.save_path = tmp_path / "hoat-dong.xlsx"
    desktop.window.pages["activities"].excel_button.click()
    assert "STT" in header_row(tmp_path / "hoat-dong.xlsx", "STT")
    services = desktop.services
    page = desktop.window.pages["evaluation"]
    year, model = page.current()
    services.evaluation.register(year, model, services.households.ids(HouseholdFilter())[:3])
    prompts.save_path = tmp_path / "dang-ky.xlsx"
    page.excel_registrations.trigger()
    sheet = load_workbook(tmp_path / "dang-ky.xlsx").active
    numbered = [r for r in sheet.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert model is Model.FAMILY and len(numbered) == 3
    prompts.save_path = tmp_path / "so-lieu.xlsx"
    page.excel_dashboard.trigger()
    assert prompts.opened[-1] == tmp_path / "so-lieu.xlsx"


def test_an_unwritable_target_is_reported_not_raised(desktop, prompts, tmp_path) -> None:
    prompts.save_path = tmp_path / "no-such-folder" / "ho.xlsx"
    desktop.window.pages["households"].excel_button.click()
    assert prompts.opened == []
    assert any(kind == "error" and "no-such-folder" in text for kind, text in prompts.asked)


def test_a_cancelled_export_says_nothing_and_opens_nothing(desktop, prompts, tmp_path) -> None:
    from xhht_desktop.services.progress import Cancelled
    from xhht_desktop.ui.excel import export_to_excel

    def write(path, progress) -> None:
        progress.report(1000, 100_000)
        raise Cancelled()

    prompts.save_path = tmp_path / "ho.xlsx"
    export_to_excel(desktop.window.ctx, desktop.window, "Hộ gia đình", "ho.xlsx", write)
    assert prompts.opened == [] and not [a for a in prompts.asked if a[0] == "error"]
