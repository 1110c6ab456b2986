"""The Statistics page: the units below this one with their counts, drilled down province →
ward → branch; the report printed and exported for the unit selected."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import HouseholdFilter, Installation, Level
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.unit_statistics import UnitStatisticsService
from xhht_desktop.storage.orm import (
    DecisionRecord,
    KnownUnitRecord,
    RegistrationRecord,
    UnitAggregateRecord,
)
from xhht_desktop.ui.pages.statistics_page import CODE_ROLE, StatisticsPage

YEAR = dt.date.today().year  # the page opens on this year
WARD, BRANCH, COUNTS_ONLY = "26743", "26743-KP3", "26743-KP5"


@pytest.fixture
def page(desktop, qtbot, monkeypatch) -> StatisticsPage:
    """The demo branch's data at its province: the branch (40 households, 4 registered, 2
    recognised) under its ward, and a second branch of the ward that sent counts only."""
    services = desktop.services
    services.installation.save(
        Installation(
            level=Level.PROVINCE,
            unit_code="79",
            unit_name="Thành phố Hồ Chí Minh",
            association_name="Hội Khuyến học Thành phố Hồ Chí Minh",
            province_code="79",
        )
    )
    sessions = services.database.sessions
    branch = EvaluationService(
        sessions, lambda: BRANCH, lambda: "Chi hội Khuyến học Khu phố 3", services.criteria
    )
    branch.register(YEAR, Model.FAMILY, services.households.ids(HouseholdFilter())[:4])
    registered = [r.id for r in branch.registrations(YEAR, Model.FAMILY)]
    with sessions.write() as s:
        s.add_all(
            [
                KnownUnitRecord(
                    code=WARD, name="Phường Bến Thành", level="xa_phuong", parent_code="79"
                ),
                KnownUnitRecord(
                    code=BRANCH,
                    name="Chi hội Khuyến học Khu phố 3",
                    level="chi_hoi",
                    parent_code=WARD,
                ),
                KnownUnitRecord(
                    code=COUNTS_ONLY,
                    name="Chi hội Khuyến học Khu phố 5",
                    level="chi_hoi",
                    parent_code=WARD,
                ),
                UnitAggregateRecord(
                    unit_code=COUNTS_ONLY,
                    year=YEAR,
                    model=Model.FAMILY.value,
                    group="",
                    subjects=30,
                    registered=20,
                    scored=20,
                    proposed=10,
                    recognised=10,
                    commended=2,
                    members=12,
                    activities=1,
                    received_at=dt.datetime(YEAR, 1, 2),
                ),
            ]
        )
        decision = DecisionRecord(
            year=YEAR,
            model=Model.FAMILY.value,
            number="1/QĐ",
            signed_on=dt.date(YEAR, 1, 1),
            origin_unit=WARD,
        )
        s.add(decision)
        s.flush()
        s.execute(
            update(RegistrationRecord)
            .where(RegistrationRecord.id.in_(registered[:2]))
            .values(score="{}", proposed=True, decision_id=decision.id)
        )
    monkeypatch.setattr(
        services,
        "unit_statistics",
        UnitStatisticsService(sessions, services.installation),
        raising=False,
    )
    widget = StatisticsPage(desktop.window.ctx)
    qtbot.addWidget(widget)
    return widget


def by_code(page: StatisticsPage, code: str):
    return next(i for i in page._items() if i.data(0, CODE_ROLE) == code)


def column(page: StatisticsPage, header: str) -> int:
    head = page.tree.headerItem()
    return next(c for c in range(page.tree.columnCount()) if head.text(c) == header)


def test_the_tree_shows_each_unit_with_its_counts(page) -> None:
    top = page.tree.topLevelItem(0)
    assert page.tree.topLevelItemCount() == 1
    assert top.text(0) == "Thành phố Hồ Chí Minh" and top.isExpanded()
    families = column(page, "Families")
    ward = by_code(page, WARD)
    assert ward.parent() is top and ward.text(0) == "Phường Bến Thành"
    assert ward.text(families) == "24 / 12 (50%) / 2"
    assert top.text(families) == "24 / 12 (50%) / 2"
    branch, counts_only = by_code(page, BRANCH), by_code(page, COUNTS_ONLY)
    assert branch.parent() is ward and counts_only.parent() is ward
    assert branch.text(families) == "4 / 2 (50%) / 0"
    assert branch.text(column(page, "Households")) == "40"
    assert counts_only.text(families) == "20 / 10 (50%) / 2"
    assert counts_only.font(0).italic() and not branch.font(0).italic()
    assert not ward.font(0).italic()  # one of its branches sent counts only, not the ward
    assert "counts only" in counts_only.toolTip(0)
    assert "40 subjects" in branch.toolTip(families)
    assert page.summary.text().startswith(f"{YEAR}: 2 units with registrations · 70 households")
    assert page.tree.columnCount() == 1 + 4 + 3  # no one registered as a citizen


def test_expanding_a_ward_shows_its_branches_and_stays_open(page) -> None:
    ward = by_code(page, WARD)
    assert not ward.isExpanded() and ward.childCount() == 2
    page.tree.expandItem(ward)
    page.tree.setCurrentItem(by_code(page, BRANCH))
    page.ctx.events.publish(Changes.of(Kind.EVALUATION))  # reloads
    assert by_code(page, WARD).isExpanded()
    assert page.selected_code() == BRANCH


def test_a_year_without_data_shows_zeros(page) -> None:
    page.year.setCurrentIndex(page.year.findData(YEAR - 3))
    assert by_code(page, WARD).text(column(page, "Families")) == "0 / 0 (–) / 0"


def pdf_text(path) -> str:
    reader = PdfReader(path)
    text = " ".join(p.extract_text() for p in reader.pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_the_report_of_the_unit_selected_is_written_and_opened(page, prompts, tmp_path) -> None:
    page.tree.setCurrentItem(by_code(page, WARD))
    prompts.save_path = tmp_path / "bao-cao"  # .pdf is added
    page.print_button.click()
    target = tmp_path / "bao-cao.pdf"
    assert prompts.opened == [target]
    text = pdf_text(target)
    assert "Chi hội Khuyến học Khu phố 3" in text and "Chi hội Khuyến học Khu phố 5 (*)" in text
    assert "Tổng cộng 24 12 50 %" in text


def test_nothing_is_written_when_the_dialog_is_cancelled(page, prompts, tmp_path) -> None:
    prompts.save_path = None
    page.print_button.click()
    page.excel_button.click()
    assert prompts.opened == [] and not list(tmp_path.rglob("*.pdf"))
    assert not list(tmp_path.rglob("*.xlsx"))


def test_the_excel_export_has_a_row_per_ward(page, prompts, tmp_path) -> None:
    prompts.save_path = tmp_path / "so-lieu.xlsx"
    page.excel_button.click()
    assert prompts.opened == [tmp_path / "so-lieu.xlsx"]
    rows = list(load_workbook(tmp_path / "so-lieu.xlsx").active.iter_rows(values_only=True))
    numbered = [r for r in rows if isinstance(r[0], int)]
    assert [r[1] for r in numbered] == [WARD]
    assert numbered[0][3:6] == (70, 24, 12)  # 40 + 30 households; registered; recognised


def test_switching_language_keeps_the_page_working(desktop, page, prompts, tmp_path) -> None:
    desktop.set_language("vi")
    QApplication.processEvents()
    assert page.tree.topLevelItem(0).text(0) == "Thành phố Hồ Chí Minh"
    assert by_code(page, BRANCH).text(1).startswith("4 / 2 (50")
    assert page.print_button.text() and page.year_label.text()
    prompts.save_path = tmp_path / "vi.pdf"
    page.print_button.click()
    assert prompts.opened == [tmp_path / "vi.pdf"]
    desktop.set_language("en")
    QApplication.processEvents()
    assert page.print_button.text() == "&Print the report (PDF)…"
    assert by_code(page, BRANCH).text(column(page, "Families")) == "4 / 2 (50%) / 0"
