"""Excel export of the lists: text that stays text (leading zeros, no formulas), real dates and
percentages, NFC, a frozen filtered header, atomic writes and streaming for big lists."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
import unicodedata
import zipfile
from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from xhht_desktop.domain.criteria import Kind as CriterionKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import (
    ActivityDraft,
    ActivityFilter,
    ClanDraft,
    EconomicStatus,
    HouseholdDraft,
    HouseholdFilter,
    LocalUnitDraft,
    PersonDraft,
)
from xhht_desktop.domain.evaluation import (
    CommendationDraft,
    DecisionDraft,
    RegistrationRow,
    ReviewDraft,
)
from xhht_desktop.domain.scoring import Score, ScoreSheet
from xhht_desktop.errors import BadInput
from xhht_desktop.services import excel_export
from xhht_desktop.services.evaluation import EvaluationService
from xhht_desktop.services.excel_export import (
    DATE_FORMAT,
    PERCENT_FORMAT,
    CellKind,
    Column,
    ExcelExportService,
    _outcome_cells,
    sheet_title,
    write_sheet,
)
from xhht_desktop.services.progress import Cancelled
from xhht_desktop.storage.repositories.evaluation import RegistrationDetail

REGISTERED_ON = dt.date(2026, 3, 1)
HYPERLINK = '=HYPERLINK("http://example.invalid/x","Bấm vào đây")'
UNIT = "Chi hội Khuyến học Khu phố 3"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert names == ["xl/worksheets/sheet1.xml"]
        return archive.read(names[0]).decode("utf-8")


def open_sheet(path):
    return load_workbook(path).active


def table(ws, header_row: int) -> list[list[object]]:
    """The values below the header row, as lists."""
    return [list(row) for row in ws.iter_rows(min_row=header_row + 1, values_only=True)]


def column_of(ws, header_row: int, header: str) -> int:
    headers = [c.value for c in ws[header_row]]
    return headers.index(header) + 1


def exporter(services, evaluation=None) -> ExcelExportService:
    return ExcelExportService(
        services.installation,
        services.households,
        services.activities,
        evaluation or services.evaluation,
    )


def assert_no_leftovers(folder) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.endswith(".part")]


# --- the writer --------------------------------------------------------------------------------

COLUMNS = [
    Column("STT", CellKind.NUMBER, 6),
    Column(nfd("Họ và tên"), width=24),
    Column("Ngày", CellKind.DATE, 12),
    Column("Điện thoại", width=14),
    Column("Ghi chú", width=30),
    Column("Tỷ lệ", CellKind.PERCENT, 9),
    Column("Điểm", CellKind.NUMBER, 8),
]


def test_text_stays_text_and_never_becomes_a_formula(tmp_path):
    risky = [HYPERLINK, "+1", "-2", "@x", "=1+1", "\tcmd", "0012"]
    rows = [
        (n, nfd("Nguyễn Thị Hồng"), dt.date(2026, 9, 2), "0903123456", text, 0.625, Decimal("87.5"))
        for n, text in enumerate(risky, start=1)
    ]
    path = write_sheet(tmp_path / "ds.xlsx", "Danh sách", COLUMNS, rows)
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    ws = open_sheet(path)
    assert [c.value for c in ws[1]][:2] == ["STT", "Họ và tên"]  # NFC, no heading lines
    notes = column_of(ws, 1, "Ghi chú")
    phone = column_of(ws, 1, "Điện thoại")
    for row, text in enumerate(risky, start=2):
        cell = ws.cell(row, notes)
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.number_format == "@"
        assert cell.quotePrefix is (text[0] in "=+-@\t")
        assert (ws.cell(row, phone).value, ws.cell(row, phone).data_type) == ("0903123456", "s")
    # Formulas typed in by a user would be read back as formulas: the check above means it.
    ws.cell(20, 1).value = "=1+1"
    assert ws.cell(20, 1).data_type == "f"


def test_dates_numbers_and_percentages_are_real_values(tmp_path):
    rows = [
        (1, "An", dt.date(2026, 9, 2), "", "", 0.625, Decimal("87.5")),
        (2, "Bình", None, None, None, None, 90),
        (3, "Cường", dt.datetime(2026, 9, 2, 14, 30), "", "", 1, "không chấm"),
    ]
    ws = open_sheet(write_sheet(tmp_path / "ds.xlsx", "Danh sách", COLUMNS, rows))
    day = ws.cell(2, 3)
    assert day.value == dt.datetime(2026, 9, 2) and day.is_date
    assert day.number_format.upper() == DATE_FORMAT == "DD/MM/YYYY"
    assert ws.cell(4, 3).value == dt.datetime(2026, 9, 2, 14, 30)
    assert ws.cell(4, 3).number_format == "DD/MM/YYYY HH:MM"
    share = ws.cell(2, 6)
    assert (share.value, share.data_type, share.number_format) == (0.625, "n", PERCENT_FORMAT)
    assert (ws.cell(2, 7).value, ws.cell(3, 7).value) == (87.5, 90)
    assert ws.cell(2, 1).value == 1 and ws.cell(2, 1).data_type == "n"
    # Empty stays empty (a text column keeps its text format for what is typed in later).
    assert ws.cell(3, 3).value is None and ws.cell(3, 4).value is None
    assert ws.cell(3, 4).number_format == "@"
    # A word in a number column is text, not a guess.
    assert (ws.cell(4, 7).value, ws.cell(4, 7).data_type) == ("không chấm", "s")


def test_heading_lines_header_filter_and_widths(tmp_path):
    rows = [(1, "An", None, "", "", None, None), (2, "Bình", None, "", "", None, None)]
    path = write_sheet(
        tmp_path / "ds.xlsx",
        nfd("Hộ gia đình"),
        COLUMNS,
        rows,
        heading_lines=[nfd(UNIT), nfd("Danh sách hộ gia đình")],
    )
    ws = open_sheet(path)
    assert ws.title == "Hộ gia đình"
    assert (ws["A1"].value, ws["A2"].value) == (UNIT, "Danh sách hộ gia đình")
    assert ws["A1"].font.bold and ws["A2"].font.bold
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:G1", "A2:G2"}
    assert ws["A3"].value is None
    assert [c.value for c in ws[4]] == [
        "STT", "Họ và tên", "Ngày", "Điện thoại", "Ghi chú", "Tỷ lệ", "Điểm",
    ]  # fmt: skip
    assert all(c.font.bold for c in ws[4])
    assert ws.freeze_panes == "A5"
    assert ws.auto_filter.ref == "A4:G6"
    assert ws.column_dimensions["B"].width == 24
    assert ws.print_title_rows == "$4:$4"


def test_strings_are_nfc_and_lose_what_xml_cannot_hold(tmp_path):
    rows = [(1, nfd("Lê Văn Đức\x07"), None, "", nfd("Ghi chú\ndòng hai"), None, None)]
    ws = open_sheet(write_sheet(tmp_path / "ds.xlsx", "a/b:c*d?[e]" * 5, COLUMNS, rows))
    assert ws["B2"].value == "Lê Văn Đức"
    assert ws["E2"].value == "Ghi chú\ndòng hai"
    assert unicodedata.is_normalized("NFC", ws["E2"].value)
    assert len(ws.title) <= 31 and not set(ws.title) & set("[]:*?/\\")
    assert sheet_title(nfd("Hộ gia đình")) == "Hộ gia đình"


def test_a_missing_folder_is_refused_and_nothing_is_left(tmp_path):
    target = tmp_path / "missing" / "ds.xlsx"
    with pytest.raises(BadInput) as caught:
        write_sheet(target, "Danh sách", COLUMNS, [])
    assert caught.value.code == "file.unwritable"
    assert caught.value.params["file"] == str(target) and caught.value.params["detail"]
    assert not (tmp_path / "missing").exists()


def test_a_folder_as_the_target_is_refused_and_stays_a_folder(tmp_path):
    target = tmp_path / "ds.xlsx"
    target.mkdir()
    with pytest.raises(BadInput) as caught:
        write_sheet(target, "Danh sách", COLUMNS, [(1, "An", None, "", "", None, None)])
    assert caught.value.code == "file.unwritable"
    assert target.is_dir() and not list(target.iterdir())
    assert_no_leftovers(tmp_path)


def test_a_failed_write_keeps_the_old_file_and_leaves_no_partial(tmp_path, monkeypatch):
    target = tmp_path / "ds.xlsx"
    target.write_bytes(b"old")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel_export.os, "replace", full_disk)
    with pytest.raises(BadInput) as caught:
        write_sheet(target, "Danh sách", COLUMNS, [(1, "An", None, "", "", None, None)])
    assert caught.value.params["detail"] == "No space left on device"
    assert target.read_bytes() == b"old"
    assert_no_leftovers(tmp_path)


class StopAfterFirstReport:
    def __init__(self):
        self.reports = []

    def report(self, done, total):
        self.reports.append((done, total))

    @property
    def cancelled(self):
        return bool(self.reports)


@pytest.mark.parametrize("count", [3_000, 6_000])  # in memory, streamed
def test_cancelling_leaves_nothing_behind(tmp_path, monkeypatch, count):
    scratch = tmp_path / "scratch"  # where openpyxl streams a write-only sheet's rows
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    rows = [(n, "An", None, "", "", None, None) for n in range(count)]
    progress = StopAfterFirstReport()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_sheet(out / "ds.xlsx", "Danh sách", COLUMNS, rows, progress=progress)
    assert progress.reports == [(1_000, count)]
    assert list(out.iterdir()) == [] and list(scratch.iterdir()) == []


def test_twenty_thousand_rows_are_streamed(tmp_path, monkeypatch, capsys):
    modes = []
    real = excel_export.Workbook

    def spy(write_only=False):
        modes.append(write_only)
        return real(write_only=write_only)

    monkeypatch.setattr(excel_export, "Workbook", spy)
    count = 20_000
    rows = [
        (
            n,
            f"Nguyễn Văn {n}",
            dt.date(2026, 1, 1) + dt.timedelta(days=n % 365),
            f"09{n:08d}",
            "=cmd" if n % 2 else "Ghi chú",
            n / count,
            Decimal(n % 100),
        )
        for n in range(1, count + 1)
    ]
    started = time.perf_counter()
    path = write_sheet(
        tmp_path / "big.xlsx", "Danh sách", COLUMNS, rows, heading_lines=[UNIT, "Danh sách"]
    )
    elapsed = time.perf_counter() - started
    assert modes == [True]
    with capsys.disabled():
        size = path.stat().st_size / 1e6
        print(f"\nexcel 20,000 rows x {len(COLUMNS)} columns: {elapsed:.2f} s, {size:.1f} MB")
    wb = load_workbook(path, read_only=True)
    ws = wb.active
    last = list(ws.iter_rows(min_row=4 + count, values_only=True))
    assert last == [
        (count, f"Nguyễn Văn {count}", dt.datetime(2026, 10, 18), "0900020000", "Ghi chú", 1, 0)
    ]
    assert ws["D5"].value == "0900000001"
    wb.close()
    xml = sheet_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    assert '<pane ySplit="4"' in xml and '<autoFilter ref="A4:G20004"' in xml
    assert '<mergeCell ref="A1:G1"' in xml


def test_small_lists_are_written_in_memory(tmp_path, monkeypatch):
    modes = []
    real = excel_export.Workbook
    monkeypatch.setattr(
        excel_export, "Workbook", lambda write_only=False: modes.append(write_only) or real()
    )
    write_sheet(tmp_path / "a.xlsx", "A", COLUMNS, [(1, "An", None, "", "", None, None)])
    write_sheet(tmp_path / "b.xlsx", "B", COLUMNS, iter([(1, "An", None, "", "", None, None)]))
    assert modes == [False, True]  # an iterator's length is unknown: streamed


def test_rows_must_fit_the_columns(tmp_path):
    with pytest.raises(ValueError, match="row 1"):
        write_sheet(tmp_path / "a.xlsx", "A", COLUMNS, [(1, "An")])
    assert_no_leftovers(tmp_path)
    assert not (tmp_path / "a.xlsx").exists()


# --- the lists ---------------------------------------------------------------------------------


def test_the_household_register_as_shown(services, tmp_path):
    notes = [HYPERLINK, "+1", "-2", "@x"]
    for n, note in enumerate(notes):
        services.households.save(
            HouseholdDraft(
                members=(
                    PersonDraft(full_name=nfd(f"Nguyễn Thị Hồng {'ABCD'[n]}")),
                    PersonDraft(full_name="Lê Văn Đức"),
                ),
                house_number="012" if n == 0 else str(n),
                street="Lê Lợi",
                group="Tổ 3",
                hamlet="Khu phố 3",
                phone="0903123456" if n == 0 else "",
                economic_status=EconomicStatus.NEAR_POOR if n == 0 else EconomicStatus.NONE,
                notes=note,
            )
        )
    services.households.save(
        HouseholdDraft(members=(PersonDraft(full_name="Trần Văn An"),), group="Tổ 5")
    )
    path = exporter(services).households(HouseholdFilter(group="Tổ 3"), tmp_path / "ho.xlsx")
    ws = open_sheet(path)
    assert ws.title == "Hộ gia đình"
    assert ws["A1"].value == UNIT
    assert ws["A2"].value == "Danh sách hộ gia đình (Tổ 3)"
    assert [c.value for c in ws[4]] == [
        "STT", "Chủ hộ", "Số nhà", "Đường", "Tổ", "Khu phố, ấp", "Số người", "Điện thoại",
        "Hoàn cảnh", "Ghi chú",
    ]  # fmt: skip
    assert ws.freeze_panes == "A5" and ws.auto_filter.ref == "A4:J8"
    rows = table(ws, 4)
    assert [r[0] for r in rows] == [1, 2, 3, 4]
    assert [r[1] for r in rows] == [f"Nguyễn Thị Hồng {x}" for x in "ABCD"]  # NFC
    first = rows[0]
    assert first == [
        1, "Nguyễn Thị Hồng A", "012", "Lê Lợi", "Tổ 3", "Khu phố 3", 2, "0903123456",
        "Hộ cận nghèo", HYPERLINK,
    ]  # fmt: skip
    assert ws["H5"].data_type == "s" and ws["C5"].data_type == "s"
    assert [ws.cell(r, 10).value for r in range(5, 9)] == notes
    assert all(ws.cell(r, 10).data_type == "s" for r in range(5, 9))
    assert "<f>" not in sheet_xml(path)
    assert "Trần Văn An" not in [r[1] for r in rows]


def test_the_empty_register_still_has_its_header(services, tmp_path):
    ws = open_sheet(exporter(services).households(HouseholdFilter(), tmp_path / "ho.xlsx"))
    assert ws["A2"].value == "Danh sách hộ gia đình"
    assert ws["A4"].value == "STT" and table(ws, 4) == []


def full_sheet(criteria_set, scale=Decimal(1)) -> ScoreSheet:
    scores = {}
    for leaf in criteria_set.leaves():
        if leaf.kind is CriterionKind.PASS_FAIL:
            scores[leaf.code] = Score(met=True)
        else:
            scores[leaf.code] = Score(points=(leaf.maximum * scale).quantize(Decimal("1")))
    return ScoreSheet(scores)


@pytest.fixture
def cycle(services):
    """Three households in Tổ 10, Tổ 2 and Tổ 2, and one not registered; two scored full,
    one poorly; both full ones proposed and recognised, one commended; a clan registered."""
    ev = EvaluationService(
        services.database.sessions,
        lambda: services.installation.require().unit_code,
        lambda: services.installation.require().unit_name,
        services.criteria,
        today=lambda: REGISTERED_ON,
    )
    family = next(iter(services.criteria.usable(Model.FAMILY, 2018)))
    criteria_set = services.criteria.get(family.id)
    year = criteria_set.first_year
    homes = {}
    for name, group in [
        ("Phạm Thị Dung", "Tổ 10"),
        ("Nguyễn Thị Hồng", "Tổ 2"),
        ("Lê Văn Cường", "Tổ 2"),
        ("Võ Văn Em", "Tổ 2"),
    ]:
        homes[name], _ = services.households.save(
            HouseholdDraft(
                members=(PersonDraft(full_name=name),),
                group=group,
                house_number="12",
                street="Lê Lợi",
            )
        )
    ev.register(year, Model.FAMILY, [homes[n] for n in list(homes)[:3]])
    reg = {r.subject_name: r.id for r in ev.registrations(year, Model.FAMILY)}
    ev.score(reg["Phạm Thị Dung"], family.id, full_sheet(criteria_set))
    ev.score(reg["Nguyễn Thị Hồng"], family.id, full_sheet(criteria_set))
    ev.score(reg["Lê Văn Cường"], family.id, full_sheet(criteria_set, Decimal("0.3")))
    ev.record_review(
        ReviewDraft(
            year,
            Model.FAMILY,
            dt.date(year, 11, 20),
            chair="Lê Văn Tám",
            outcomes=(
                (reg["Phạm Thị Dung"], True, ""),
                (reg["Nguyễn Thị Hồng"], True, ""),
                (reg["Lê Văn Cường"], False, "Chưa đạt"),
            ),
        )
    )
    ev.apply_decision(
        DecisionDraft(
            year,
            Model.FAMILY,
            "015/QĐ-UBND",
            dt.date(year, 12, 5),
            signer="Trần Thị Hoa",
            registration_ids=frozenset({reg["Phạm Thị Dung"], reg["Nguyễn Thị Hồng"]}),
        )
    )
    ev.commend(
        CommendationDraft(
            year,
            "Gia đình học tập tiêu biểu",
            dt.date(year, 12, 20),
            registration_ids=frozenset({reg["Nguyễn Thị Hồng"]}),
        )
    )
    clan_id, _ = services.groups.save_clan(ClanDraft("Họ Nguyễn Văn", head_name="Nguyễn Văn Lộc"))
    ev.register(year, Model.CLAN, [clan_id])
    return ev, year, criteria_set


def test_the_registrations_of_a_year(services, cycle, tmp_path):
    ev, year, criteria_set = cycle
    path = exporter(services, ev).registrations(year, Model.FAMILY, tmp_path / "dk.xlsx")
    ws = open_sheet(path)
    assert ws.title == "Đăng ký Gia đình học tập"
    assert ws["A2"].value == f"Danh sách đăng ký danh hiệu \u201cGia đình học tập\u201d năm {year}"
    assert [c.value for c in ws[4]] == [
        "STT", "Chủ hộ", "Địa chỉ", "Tổ", "Ngày đăng ký", "Tổng điểm", "Xếp loại", "Đạt",
        "Đề nghị công nhận", "Số quyết định", "Biểu dương",
    ]  # fmt: skip
    rows = table(ws, 4)
    assert [r[1] for r in rows] == ["Lê Văn Cường", "Nguyễn Thị Hồng", "Phạm Thị Dung"]
    assert [r[3] for r in rows] == ["Tổ 2", "Tổ 2", "Tổ 10"]  # Tổ 2 before Tổ 10
    registered = ws["E5"]
    assert registered.value == dt.datetime(2026, 3, 1) and registered.number_format == DATE_FORMAT
    full = float(criteria_set.max_total)
    assert [r[5] for r in rows][1:] == [full, full] and rows[0][5] < full
    assert ws["F6"].data_type == "n"
    assert [r[7:] for r in rows] == [
        ["Không", "Không", None, "Không"],
        ["Có", "Có", "015/QĐ-UBND", "Có"],
        ["Có", "Có", "015/QĐ-UBND", "Không"],
    ]
    assert rows[1][2] == "12 Lê Lợi"
    assert not criteria_set.rule.bands  # the sample set: xếp loại says whether it is met
    assert [r[6] for r in rows] == ["Không đạt", "Đạt", "Đạt"]


def test_the_band_is_named_by_its_word():
    row = RegistrationRow(
        1, 2026, Model.FAMILY, 1, "An", "Tổ 1", Decimal(90), "tot", True, None, None, False
    )
    cells = _outcome_cells(row, RegistrationDetail(None, "", ""), {})
    assert cells == [None, Decimal(90), "Tốt", "Có", "", "", "Không"]
    assert _outcome_cells(row, RegistrationDetail(None, "", ""), {"tot": "Xuất sắc"})[2] == (
        "Xuất sắc"
    )
    unscored = replace(row, total=None, band=None, met=None)
    assert _outcome_cells(unscored, RegistrationDetail(REGISTERED_ON, "", ""), {})[:4] == [
        REGISTERED_ON, None, "", ""
    ]  # fmt: skip


def test_registrations_of_a_model_without_tổ(services, cycle, tmp_path):
    ev, year, _ = cycle
    ws = open_sheet(exporter(services, ev).registrations(year, Model.CLAN, tmp_path / "dh.xlsx"))
    assert [c.value for c in ws[4]][:4] == ["STT", "Dòng họ", "Trưởng họ", "Ngày đăng ký"]
    assert table(ws, 4) == [
        [1, "Họ Nguyễn Văn", "Nguyễn Văn Lộc", dt.datetime(2026, 3, 1), None, None, None, None,
         None, "Không"],
    ]  # fmt: skip


def test_the_dashboard_of_a_year(services, cycle, tmp_path):
    ev, year, _ = cycle
    ws = open_sheet(exporter(services, ev).dashboard(year, tmp_path / "kq.xlsx"))
    assert ws["A2"].value == f"Kết quả xây dựng các mô hình học tập năm {year}"
    assert [c.value for c in ws[4]] == [
        "Mô hình", "Tổ", "Tổng số", "Đăng ký", "Tỷ lệ đăng ký", "Được công nhận",
        "Tỷ lệ công nhận so với tổng số", "Tỷ lệ công nhận so với số đăng ký", "Tiêu biểu",
    ]  # fmt: skip
    rows = {(r[0], r[1]): r[2:] for r in table(ws, 4)}
    assert list(rows)[:4] == [
        ("Gia đình học tập", "Tất cả"),
        ("Dòng họ học tập", "Tất cả"),
        ("Cộng đồng học tập", "Tất cả"),
        ("Đơn vị học tập", "Tất cả"),
    ]
    assert rows["Gia đình học tập", "Tất cả"] == [4, 3, 0.75, 2, 0.5, pytest.approx(2 / 3), 1]
    assert rows["Gia đình học tập", "Tổ 2"] == [3, 2, pytest.approx(2 / 3), 1, pytest.approx(1 / 3),
                                                 0.5, 1]  # fmt: skip
    assert rows["Gia đình học tập", "Tổ 10"] == [1, 1, 1, 1, 1, 1, 0]
    assert list(rows)[-2:] == [("Gia đình học tập", "Tổ 2"), ("Gia đình học tập", "Tổ 10")]
    assert rows["Dòng họ học tập", "Tất cả"] == [1, 1, 1, 0, 0, 0, 0]
    assert rows["Đơn vị học tập", "Tất cả"][:3] == [0, 0, None]  # nothing to divide by
    assert ws["E5"].number_format == PERCENT_FORMAT and ws["E5"].data_type == "n"
    assert ("Công dân học tập", "Tất cả") not in rows


def test_the_activities(services, tmp_path):
    services.households.save(
        HouseholdDraft(
            members=(PersonDraft(full_name="Nguyễn Văn An"), PersonDraft(full_name="Lê Thị Hoa")),
            group="Tổ 2",
        )
    )
    people = [p.id for p in services.activities.people()]
    kind = services.activities.types()[0]
    school, _ = services.groups.save_unit(LocalUnitDraft("Trường Tiểu học Bến Thành"))
    services.activities.save(
        ActivityDraft(
            kind.id,
            "=Sinh hoạt chuyên đề: nuôi dạy con",
            dt.date(2026, 3, 8),
            place=nfd("Nhà văn hóa khu phố 3"),
            attendee_ids=frozenset(people),
            outside_attendees=12,
            unit_id=school,
        )
    )
    services.activities.save(
        ActivityDraft(
            kind.id, "Hội thi", dt.date(2026, 5, 1), end_date=dt.date(2026, 5, 3), place="Sân"
        )
    )
    services.activities.save(ActivityDraft(kind.id, "Năm trước", dt.date(2025, 5, 1)))
    path = exporter(services).activities(ActivityFilter(year=2026), tmp_path / "hd.xlsx")
    ws = open_sheet(path)
    assert ws["A2"].value == "Danh sách hoạt động học tập năm 2026"
    assert [c.value for c in ws[4]] == [
        "STT", "Ngày", "Đến ngày", "Loại hoạt động", "Tên hoạt động", "Địa điểm",
        "Thuộc đơn vị", "Người dự trong danh sách hộ", "Người dự khác", "Tổng số người dự",
    ]  # fmt: skip
    rows = sorted(table(ws, 4), key=lambda r: r[1])
    assert rows[0][1:] == [
        dt.datetime(2026, 3, 8), None, kind.name, "=Sinh hoạt chuyên đề: nuôi dạy con",
        "Nhà văn hóa khu phố 3", "Trường Tiểu học Bến Thành", 2, 12, 14,
    ]  # fmt: skip
    assert rows[1][1:3] == [dt.datetime(2026, 5, 1), dt.datetime(2026, 5, 3)]
    assert len(rows) == 2
    assert "<f>" not in sheet_xml(path)
    dates = column_of(ws, 4, "Ngày")
    assert all(ws.cell(r, dates).number_format == DATE_FORMAT for r in (5, 6))


def test_the_file_gets_the_usual_permissions(tmp_path):
    path = write_sheet(tmp_path / "a.xlsx", "A", COLUMNS, [])
    probe = tmp_path / "probe"
    probe.write_bytes(b"")
    assert path.stat().st_mode & 0o777 == probe.stat().st_mode & 0o777
