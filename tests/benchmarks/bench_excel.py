"""excel: the whole 100,000-household register exported to an Excel workbook.

ours     = ExcelExportService.households() (reading through the service, NFC, text cells,
           dates, header styles, write-only streaming, atomic rename)
baseline = openpyxl write-only mode with the same values read by one raw sqlite3 query,
           unstyled (the floor: openpyxl's own XML writing)
Target: ratio <= 2, and the file usable (opened by openpyxl with every row).
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from _data import ensure_database
from openpyxl import Workbook, load_workbook

from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.services.context import open_services

COLUMNS = (
    "head_name, house_number, street, to_group, hamlet, member_count, phone, economic_status, notes"
)


def baseline(db: Path, target: Path) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Hộ gia đình")
    conn = sqlite3.connect(db)
    count = 0
    for n, row in enumerate(
        conn.execute(
            f"SELECT {COLUMNS} FROM household WHERE deleted_at IS NULL ORDER BY sort_key, id"
        ),
        start=1,
    ):
        sheet.append((n, *row))
        count = n
    conn.close()
    book.save(target)
    return count


def main() -> None:
    paths = ensure_database()
    with tempfile.TemporaryDirectory() as folder:
        ours_file, base_file = Path(folder) / "ours.xlsx", Path(folder) / "base.xlsx"
        services = open_services(paths)
        try:
            t = time.perf_counter()
            services.excel.households(HouseholdFilter(), ours_file)
            ours = time.perf_counter() - t
            expected = len(services.households.ids(HouseholdFilter()))
        finally:
            services.close()
        t = time.perf_counter()
        written = baseline(paths.db_path, base_file)
        base = time.perf_counter() - t
        assert written == expected
        sheet = load_workbook(ours_file, read_only=True).active
        numbered = sum(1 for (n,) in sheet.iter_rows(max_col=1, values_only=True) if type(n) is int)
        assert numbered == expected, (numbered, expected)
        size = ours_file.stat().st_size / 1e6
    print(f"households: {expected}; workbook {size:.1f} MB")
    print(f"excel: ours={ours:.2f} baseline={base:.2f} ratio={ours / base:.2f}")


if __name__ == "__main__":
    main()
