"""The Excel import wizard: file and encoding, columns, check with duplicates, then import."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from xhht_desktop.domain.entities import HouseholdFilter
from xhht_desktop.domain.legacy_encodings import TCVN3, from_unicode
from xhht_desktop.domain.sheet_mapping import Field, Layout
from xhht_desktop.services.excel_import import Decision
from xhht_desktop.ui.dialogs.excel_import import (
    ERROR_BRUSH,
    ExcelImportDialog,
    PreviewModel,
    Show,
)


def legacy_book(path: Path, register_head: str, register_street: str, register_house: str) -> Path:
    """A TCVN3 list below a title row: one household of the register, two new, one bad."""
    book = Workbook()
    sheet = book.active
    tcvn3 = lambda text: from_unicode(text, TCVN3)  # noqa: E731
    sheet.append([tcvn3("DANH SÁCH HỘ GIA ĐÌNH")])
    sheet.merge_cells("A1:F1")
    sheet.append([tcvn3(h) for h in ("STT", "Họ và tên chủ hộ", "Số nhà", "Đường", "Điện thoại")])
    sheet.append([1, tcvn3(register_head), register_house, tcvn3(register_street), None])
    sheet.append([2, tcvn3("Trần Thị Hồng"), "15", tcvn3("Lê Lợi"), 903123456])
    sheet.append([3, tcvn3("Lê Đức Thọ"), "17", tcvn3("Lê Lợi"), None])
    sheet.append([4, tcvn3("Phạm Văn Bình"), "19", tcvn3("Lê Lợi"), "12345"])
    book.save(path)
    return path


def a_register_household(desktop) -> tuple[int, str, str, str]:
    households = desktop.services.households
    for household_id in households.ids(HouseholdFilter()):
        draft = households.get(household_id).draft
        if draft.house_number and draft.street:
            head = draft.members[draft.head_index].full_name
            return household_id, head, draft.street, draft.house_number
    raise AssertionError("the demo register has no household with an address")


def wizard_for(desktop, path: Path) -> ExcelImportDialog:
    return ExcelImportDialog(desktop.window.ctx, path, desktop.window)


def test_the_wizard_imports_a_legacy_list(desktop, prompts, qtbot, tmp_path):
    household_id, head, street, house = a_register_household(desktop)
    path = legacy_book(tmp_path / "ds.xlsx", head, street, house)
    households = desktop.services.households
    before = households.count(HouseholdFilter())
    published = []
    desktop.events.changed.connect(published.append)
    wizard = wizard_for(desktop, path)
    qtbot.addWidget(wizard)
    wizard.show()

    # 1. The file: TCVN3 found, shown before and after.
    source = wizard.source_page
    assert wizard.currentId() == wizard.SOURCE and source.isComplete()
    assert source.encoding.currentData() == TCVN3
    assert "(detected)" in source.encoding.currentText()
    before_after = {
        source.samples.item(r, 0).text(): source.samples.item(r, 1).text()
        for r in range(source.samples.rowCount())
    }
    assert before_after[from_unicode("Trần Thị Hồng", TCVN3)] == "Trần Thị Hồng"

    # 2. The columns: detected, and corrected by the user.
    wizard.next()
    columns = wizard.columns_page
    assert wizard.currentId() == wizard.COLUMNS
    assert columns.header_row.value() == 2
    assert [c.currentData() for c in columns.combos] == [
        Field.ROW_NO,
        Field.HEAD_NAME,
        Field.HOUSE_NUMBER,
        Field.STREET,
        Field.PHONE,
    ]
    assert columns.table.item(1, columns.HEADER).text() == "Họ và tên chủ hộ"
    assert columns.layout_combo.currentData() == Layout.HOUSEHOLD
    combo = columns.combos[4]
    combo.setCurrentIndex(combo.findData(Field.IGNORE.value))
    combo.activated.emit(combo.currentIndex())
    assert wizard.mapping.columns[4] is Field.IGNORE
    combo.setCurrentIndex(combo.findData(Field.PHONE.value))
    combo.activated.emit(combo.currentIndex())
    names = columns.combos[1]
    names.setCurrentIndex(names.findData(Field.IGNORE.value))
    names.activated.emit(names.currentIndex())
    assert not columns.isComplete()  # no name column: cannot go on
    assert columns.status.isVisible()
    names.setCurrentIndex(names.findData(Field.HEAD_NAME.value))
    names.activated.emit(names.currentIndex())
    assert columns.isComplete()

    # 3. The check: the error in red, the duplicate to decide, nothing written yet.
    wizard.next()
    check = wizard.check_page
    assert wizard.currentId() == wizard.CHECK
    model = check.model
    assert model.show == Show.PROBLEMS
    rows = {model.household(r).first_row: r for r in range(model.rowCount())}
    assert set(rows) == {3, 6}  # the duplicate and the bad phone
    bad = model.index(rows[6], PreviewModel.ROWS)
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    problems = model.data(model.index(rows[6], PreviewModel.PROBLEMS))
    assert "Row 6" in problems
    duplicate = model.index(rows[3], PreviewModel.ACTION)
    assert model.flags(duplicate) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(rows[6], PreviewModel.ACTION)) & Qt.ItemFlag.ItemIsEditable
    assert model.data(duplicate, Qt.ItemDataRole.EditRole) == Decision.SKIP
    assert model.choices(rows[3]) == [Decision.SKIP, Decision.UPDATE, Decision.ADD]
    assert "2 to add" in check.counts.text()
    model.setData(duplicate, Decision.UPDATE.value)
    assert wizard.decisions[3] is Decision.UPDATE
    assert "1 to update" in check.counts.text()
    check.show_combo.setCurrentIndex(check.show_combo.findData(Show.ALL))
    check.show_combo.activated.emit(check.show_combo.currentIndex())
    assert model.rowCount() == 4
    assert households.count(HouseholdFilter()) == before

    # The errors as an Excel file, with what is wrong.
    prompts.save_path = tmp_path / "loi"
    check.errors_button.click()
    errors = tmp_path / "loi.xlsx"
    assert prompts.opened == [errors]
    last_column = [r[-1] for r in load_workbook(errors).active.iter_rows(values_only=True)]
    assert last_column[2] == "Lỗi / cảnh báo" and "Lỗi (Điện thoại)" in last_column[3]

    # 4. Import: everything at once, then a summary.
    wizard.next()
    assert wizard.currentId() == wizard.CONFIRM
    assert "2 households will be added" in wizard.confirm_page.text.text()
    assert households.count(HouseholdFilter()) == before
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.imported is not None
    assert len(wizard.imported.added) == 2 and wizard.imported.updated == (household_id,)
    assert households.count(HouseholdFilter()) == before + 2
    assert any(kind == "info" and "2 households added" in text for kind, text in prompts.asked)
    assert published and published[-1] == wizard.imported.changes
    assert not wizard.isVisible()


def test_cancelling_writes_nothing(desktop, qtbot, tmp_path):
    _id, head, street, house = a_register_household(desktop)
    path = legacy_book(tmp_path / "ds.xlsx", head, street, house)
    before = desktop.services.households.count(HouseholdFilter())
    wizard = wizard_for(desktop, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()
    wizard.reject()
    assert wizard.imported is None
    assert desktop.services.households.count(HouseholdFilter()) == before


def test_another_encoding_can_be_chosen(desktop, qtbot, tmp_path):
    _id, head, street, house = a_register_household(desktop)
    wizard = wizard_for(desktop, legacy_book(tmp_path / "ds.xlsx", head, street, house))
    qtbot.addWidget(wizard)
    source = wizard.source_page
    source.encoding.setCurrentIndex(source.encoding.findData(""))  # no conversion
    source.encoding.activated.emit(source.encoding.currentIndex())
    assert wizard.preview.encoding is None and wizard.preview.detected_encoding == TCVN3
    assert source.samples.item(0, 0).text() == source.samples.item(0, 1).text()


def test_an_old_xls_file_is_explained_and_goes_no_further(desktop, qtbot, tmp_path):
    xls = tmp_path / "cu.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    wizard = wizard_for(desktop, xls)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.error is not None and wizard.error.code == "excel.xls"
    assert not wizard.source_page.isComplete()
    assert wizard.source_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_refused_import_is_explained_and_writes_nothing(desktop, prompts, qtbot, tmp_path):
    households = desktop.services.households
    wizard = wizard_for(desktop, legacy_book(tmp_path / "ds.xlsx", "Tô Văn Mới", "Lê Lợi", "99"))
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == wizard.CONFIRM
    # Meanwhile someone types one of the list's households into the register.
    (new,) = [h for h in wizard.preview.households if h.draft.members[0].full_name == "Lê Đức Thọ"]
    households.save(new.draft)
    before = households.count(HouseholdFilter())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.imported is None and wizard.isVisible()
    assert any(kind == "error" and "changed" in text for kind, text in prompts.asked)
    assert households.count(HouseholdFilter()) == before
