"""`xhht import-excel` and `export-excel`: a messy list read automatically, a dry run that
writes nothing, refused rows said, the register exported."""

from __future__ import annotations

from openpyxl import Workbook, load_workbook


def messy_list(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HỘ GIA ĐÌNH KHU PHỐ 3"])
    ws.append([])
    ws.append(["STT", "Họ và tên chủ hộ", "Năm sinh", "SĐT", "Tổ", "Địa chỉ"])
    ws.append([1, "Nguyễn Văn An", 1965, 903123456, "Tổ 1", "12 Lê Lợi"])
    ws.append([2, "Trần Thị Bình", "15/03/1970", "0912345678", "Tổ 2", "14 Lê Lợi"])
    ws.append([3, "", "1980", "", "Tổ 2", "16 Lê Lợi"])
    wb.save(path)


def test_import_excel_dry_run_then_import_then_export(run, where, tmp_path):
    assert run("demo", *where, "--households", "2").code == 0
    source = tmp_path / "ds.xlsx"
    messy_list(source)
    dry = run("import-excel", *where, source, "--dry-run", "--errors-out", tmp_path / "loi.xlsx")
    assert dry.code == 0, dry.err
    assert "Would add 2" in dry.out and "1 refused" in dry.out
    assert "Row 6" in dry.err
    assert (tmp_path / "loi.xlsx").exists()
    listed = run("households", "list", *where, "--format", "csv").out
    assert "Nguyễn Văn An" not in listed  # the dry run wrote nothing
    done = run("import-excel", *where, source)
    assert done.code == 0 and "added 2" in done.out
    listed = run("households", "list", *where, "--search", "nguyen van an", "--format", "csv")
    assert "0903 123 456" in listed.out or "0903123456" in listed.out
    out = tmp_path / "so-ho.xlsx"
    assert run("export-excel", *where, "--out", out).code == 0
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row]
    assert "Trần Thị Bình" in cells


def test_an_old_xls_file_is_explained(run, where, tmp_path):
    run("demo", *where, "--households", "1")
    old = tmp_path / "cu.xls"
    old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 600)
    result = run("import-excel", *where, old)
    assert result.code == 1 and ".xlsx" in result.err
