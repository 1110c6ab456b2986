from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from xhht_desktop.domain.entities import HouseholdFilter, SortColumn
from xhht_desktop.ui.models.household_table import ID_ROLE, MAX_PAGES, PAGE_SIZE


def test_model_passes_the_model_tester(desktop) -> None:
    page = desktop.window.pages["households"]
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.search.setText("nguyen")
    page.reload()
    page.model.sort(1, Qt.SortOrder.DescendingOrder)
    assert page.model.rowCount() > 0


def test_rows_match_the_service_and_unknown_roles_are_none(desktop) -> None:
    model = desktop.window.pages["households"].model
    service = desktop.services.households
    ids = service.ids(HouseholdFilter())
    assert model.rowCount() == len(ids) == 40
    first = service.rows(ids[:1])[0]
    assert model.data(model.index(0, 0)) == first.head_name
    assert model.data(model.index(0, 1)) == first.address
    assert model.data(model.index(0, 0), ID_ROLE) == first.id
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(999, 0)) is None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Head of household"


def test_sorting_asks_the_database(desktop) -> None:
    page = desktop.window.pages["households"]
    page.model.sort(2, Qt.SortOrder.DescendingOrder)  # members
    counts = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    expected = desktop.services.households.ids(HouseholdFilter(), SortColumn.MEMBERS, True)
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == expected


def test_only_a_bounded_number_of_pages_is_kept(desktop) -> None:
    model = desktop.window.pages["households"].model
    fetched: list[int] = []

    def fake_rows(ids):
        fetched.append(len(ids))
        return []

    model._fetch_rows = fake_rows
    model.set_ids(list(range(1, PAGE_SIZE * (MAX_PAGES + 5))))
    for page in range(MAX_PAGES + 4):
        model.household(page * PAGE_SIZE)
    assert len(model._pages) == MAX_PAGES
    assert all(n == PAGE_SIZE for n in fetched)
