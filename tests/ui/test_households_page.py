from __future__ import annotations

from xhht_desktop.domain.entities import EconomicStatus, HouseholdFilter
from xhht_desktop.domain.text import fold

from .conftest import type_text


def test_search_as_you_type_ignores_accents(desktop, qtbot) -> None:
    page = desktop.window.pages["households"]
    service = desktop.services.households
    head = service.rows(service.ids(HouseholdFilter())[:1])[0].head_name
    type_text(page.search, fold(head).upper())  # "NGUYEN VAN AN" for "Nguyễn Văn An"
    qtbot.waitUntil(lambda: page.model.rowCount() < 40)
    names = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    assert head in names
    assert "/ 40" in page.count_label.text() or "of 40" in page.count_label.text()


def test_filters_by_group_and_status(desktop) -> None:
    page = desktop.window.pages["households"]
    service = desktop.services.households
    page.group_filter.setCurrentIndex(page.group_filter.findData("Tổ 3"))
    expected = service.ids(HouseholdFilter(group="Tổ 3"))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == expected
    page.status_filter.setCurrentIndex(page.status_filter.findData(EconomicStatus.NONE))
    assert page.model.rowCount() == len(
        service.ids(HouseholdFilter(group="Tổ 3", economic_status=EconomicStatus.NONE))
    )


def test_delete_moves_to_trash_and_restore_brings_back(desktop, prompts) -> None:
    page = desktop.window.pages["households"]
    trash = desktop.window.pages["trash"]
    page.table.selectRow(0)
    household_id = page.selected_id()
    page.delete_selected()
    assert prompts.asked[-1][0] == "confirm"
    assert page.model.row_of(household_id) is None
    assert page.model.rowCount() == 39
    assert [e.id for e in trash.entries] == [household_id]
    trash.table.selectRow(0)
    trash.restore_selected()
    assert trash.entries == []
    assert page.model.row_of(household_id) is not None


def test_delete_needs_confirmation(desktop, prompts) -> None:
    page = desktop.window.pages["households"]
    prompts.confirm_answer = False
    page.table.selectRow(0)
    page.delete_selected()
    assert page.model.rowCount() == 40


def test_print_list_writes_the_pdf_and_opens_it(desktop, prompts, tmp_path) -> None:
    page = desktop.window.pages["households"]
    prompts.save_path = tmp_path / "danh sach"  # no extension typed
    page.print_list()
    assert prompts.opened == [tmp_path / "danh sach.pdf"]
    assert (tmp_path / "danh sach.pdf").read_bytes().startswith(b"%PDF")


def test_print_list_cancelled_writes_nothing(desktop, prompts, tmp_path) -> None:
    desktop.window.pages["households"].print_list()
    assert prompts.opened == []
