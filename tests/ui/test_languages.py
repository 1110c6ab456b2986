from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor


def test_switching_to_vietnamese_translates_our_and_qts_strings(desktop, qtbot) -> None:
    desktop.set_language("vi")
    window = desktop.window
    assert window.nav.item(0).text() == "Hộ gia đình"
    assert window.pages["households"].add_button.text() == "Thêm &hộ mới"
    assert window.pages["households"].model.headerData(0, Qt.Orientation.Horizontal) == "Chủ hộ"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(buttons)
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"Đồng ý", "Hủy", "Lưu"}
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Có", "&Không"}
    editor = HouseholdEditor(desktop.window.ctx, window)
    qtbot.addWidget(editor)
    assert editor.save_button.text() == "Lưu"
    assert editor.household_box.title() == "Hộ gia đình"


def test_switching_back_to_english_at_run_time(desktop) -> None:
    desktop.set_language("vi")
    desktop.set_language("en")
    assert desktop.window.nav.item(0).text() == "Households"
    assert desktop.preferences.language == "en"


def test_language_and_text_size_are_remembered(desktop) -> None:
    desktop.set_language("vi")
    desktop.set_point_size(15)
    desktop.preferences.sync()
    from xhht_desktop.ui.preferences import Preferences

    again = Preferences(desktop.paths.data_dir / "ui.ini")
    assert again.language == "vi"
    assert again.point_size == 15
    assert desktop.qt_app.font().pointSize() == 15
    settings = desktop.window.pages["settings"]
    assert settings.point_size.value() == 15
    desktop.set_point_size(11)


def test_dates_use_dd_mm_yyyy(desktop) -> None:
    import datetime as dt

    from xhht_desktop.domain.dates import format_date

    assert format_date(dt.date(2025, 9, 2)) == "02/09/2025"


def test_points_are_written_as_the_language_writes_them(desktop) -> None:
    from decimal import Decimal

    from xhht_desktop.ui.messages import format_points, user_message

    desktop.set_language("vi")
    assert format_points(Decimal("7.50")) == "7,5"
    assert "11,6" in user_message("below_minimum_total", {"total": Decimal("11.6"), "min": 80})
    desktop.set_language("en")
    assert format_points(Decimal("7.50")) == "7.5"
