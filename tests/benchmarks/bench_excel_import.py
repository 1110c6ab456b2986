"""excel_import: a 20,000-row volunteer's sheet read, checked and imported into the
100,000-household register.

The sheet: one row per person (about 5,900 households), typed in TCVN3 (.VnTime), two title
rows merged across, a two-row header ("Năm sinh" over "Nam" / "Nữ"), the household number,
address and phone merged down over each household's rows, birth dates as years, date cells and
dd/mm/yyyy text, phones that lost their leading 0, about 5% of the households copied from the
register (duplicates) and 1% with a date that does not exist (errors).

check    ours = ExcelImportService.read(): open the workbook, the merged ranges, detect the
                encoding, find the header, map the columns and the layout, convert and parse
                every row, validate every household, look each one up in the register (one
                query over the 100,000 households)
         Target: within 10 s.
import   ours     = ExcelImportService.apply(preview, default decisions): the duplicates and
                    the errors skipped, the rest added in one transaction (the register checked
                    again for duplicates first)
         baseline = HouseholdService.save_many() of the same drafts, into another copy of the
                    same register: the services' own insert, without the import's checks
         Target: ratio <= 2.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _data import ensure_database
from openpyxl import Workbook
from openpyxl.worksheet.cell_range import CellRange

from xhht_desktop.domain.entities import Gender, HouseholdDraft, Relation
from xhht_desktop.domain.legacy_encodings import TCVN3, from_unicode
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import DemoFactory
from xhht_desktop.services.excel_import import Decision, ExcelImportService

ROWS = 20_000
DUPLICATE_SHARE = 0.05
ERROR_SHARE = 0.01
RELATION_WORDS = {
    Relation.HEAD: "Chủ hộ",
    Relation.SPOUSE: "Vợ",
    Relation.CHILD: "Con",
    Relation.PARENT: "Mẹ",
    Relation.SIBLING: "Em",
    Relation.GRANDPARENT: "Bà nội",
    Relation.GRANDCHILD: "Cháu",
    Relation.CHILD_IN_LAW: "Con dâu",
    Relation.OTHER: "Khác",
}


def register_heads(db: Path, count: int, rng: random.Random) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT h.head_name, h.house_number, h.street, h.to_group, h.hamlet, p.birth_year, "
        "h.phone FROM household h JOIN person p ON p.id = h.head_id "
        "WHERE h.deleted_at IS NULL"
    ).fetchall()
    conn.close()
    return rng.sample(rows, count)


def make_sheet(path: Path, db: Path) -> tuple[int, int]:
    """The sheet; (households, rows) written."""
    rng = random.Random(20)
    factory = DemoFactory(seed=20)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Nhân khẩu")
    t = lambda text: from_unicode(text, TCVN3)  # noqa: E731
    sheet.merged_cells.add("A1:I1")
    sheet.merged_cells.add("A2:I2")
    sheet.append([t("ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH")])
    sheet.append([t("DANH SÁCH NHÂN KHẨU KHU PHỐ 3")])
    sheet.append([])
    sheet.append(
        [t(h) for h in ("Số hộ", "Họ và tên", "Quan hệ với chủ hộ", "Năm sinh")]
        + [None]
        + [t(h) for h in ("Địa chỉ", "Tổ", "Điện thoại", "Ghi chú")]
    )
    sheet.append([None, None, None, t("Nam"), t("Nữ"), None, None, None, None])
    sheet.merged_cells.add("D4:E4")
    for column in "ABCFGHI":
        sheet.merged_cells.add(f"{column}4:{column}5")
    row = 6
    households = 0
    duplicates = register_heads(db, int(ROWS / 3.4 * DUPLICATE_SHARE), rng)
    while row - 6 < ROWS:
        households += 1
        if duplicates and rng.random() < DUPLICATE_SHARE * 1.1:
            name, house, street, group, _hamlet, year, phone = duplicates.pop()
            people = [(name, Relation.HEAD, year, Gender.MALE)]
        else:
            draft: HouseholdDraft = factory.household()
            house, street, group = draft.house_number, draft.street, draft.group
            phone = draft.phone
            people = [(m.full_name, m.relation, m.birth_year, m.gender) for m in draft.members]
        people = people[: ROWS - (row - 6)]
        first = row
        for index, (name, relation, year, gender) in enumerate(people):
            birth: object = year
            kind = rng.random()
            if year and kind < 0.3:
                birth = dt.datetime(year, rng.randint(1, 12), rng.randint(1, 28))
            elif year and kind < 0.5:
                birth = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
            if rng.random() < ERROR_SHARE:
                birth = f"31/02/{year or 1970}"
            men, women = (birth, None) if gender is Gender.MALE else (None, birth)
            cells: list[object] = [households if index == 0 else None, t(name)]
            cells += [t(RELATION_WORDS[relation]), men, women]
            if index == 0:
                number = int(phone) if phone and phone.isdigit() else None
                cells += [t(f"{house} {street}".strip()), t(group), number, None]
            sheet.append(cells)
            row += 1
        if row - first > 1:  # straight into the set: add() compares with every range
            for column in "AFGH":
                sheet.merged_cells.ranges.add(CellRange(f"{column}{first}:{column}{row - 1}"))
    book.save(path)
    return households, row - 6


def copy_database(source: Path, target: Path) -> AppPaths:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return AppPaths.resolve(db=target)


def main() -> None:
    register = ensure_database()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sheet = work / "nhan-khau.xlsx"
        t = time.perf_counter()
        households, rows = make_sheet(sheet, register.db_path)
        print(
            f"sheet: {rows:,} rows, {households:,} households, "
            f"{sheet.stat().st_size / 1e6:.1f} MB, made in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
        ours_paths = copy_database(register.db_path, work / "ours.sqlite3")
        base_paths = copy_database(register.db_path, work / "baseline.sqlite3")

        services = open_services(ours_paths)
        try:
            importer = ExcelImportService(services.households, services.installation)
            t = time.perf_counter()
            preview = importer.read(sheet)
            check = time.perf_counter() - t
            assert preview.encoding == TCVN3, preview.encoding
            assert sum(len(h.rows) for h in preview.households) == rows
            decisions = ExcelImportService.default_decisions(preview)
            to_add = [h.draft for h in preview.households if decisions[h.first_row] is Decision.ADD]
            t = time.perf_counter()
            result = importer.apply(preview, decisions)
            ours = time.perf_counter() - t
            assert len(result.added) == len(to_add)
        finally:
            services.close()

        services = open_services(base_paths)
        try:
            t = time.perf_counter()
            ids, _ = services.households.save_many(to_add)
            base = time.perf_counter() - t
            assert len(ids) == len(to_add)
        finally:
            services.close()

    print(
        f"check: {len(preview.households):,} households ({preview.persons:,} persons) in "
        f"{rows:,} rows, {len(preview.duplicates):,} duplicates of the register, "
        f"{preview.with_errors:,} with errors, {preview.with_warnings:,} with warnings: "
        f"{check:.2f} s (target 10 s: {'met' if check <= 10 else 'MISSED'})"
    )
    print(f"import: {len(to_add):,} households added in one transaction")
    print(f"excel_import: ours={ours:.2f} baseline={base:.2f} ratio={ours / base:.2f}")


if __name__ == "__main__":
    main()
