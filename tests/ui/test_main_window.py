from __future__ import annotations

from PySide6.QtCore import Qt


def test_pages_can_be_reached_by_keyboard(desktop, qtbot) -> None:
    window = desktop.window
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["audit"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["households"]


def test_status_bar_shows_the_unit_and_the_year(desktop) -> None:
    import datetime as dt

    text = desktop.window.unit_label.text()
    assert "Chi hội Khuyến học Khu phố 3" in text
    assert str(dt.date.today().year) in text


def test_navigation_lists_only_what_is_built(desktop) -> None:
    nav = desktop.window.nav
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Households",
        "Activities",
        "Clans",
        "Units",
        "Evaluation",
        "Certificates",
        "Statistics",
        "Send and receive",
        "Changes",
        "Trash",
        "Settings",
    ]


def test_larger_text_widens_the_table_and_keeps_the_menu_bar(desktop, qtbot) -> None:
    window = desktop.window
    window.show()
    qtbot.waitExposed(window)
    table = window.pages["households"].table
    before = table.columnWidth(0)
    desktop.set_point_size(18)  # Qt delivers the new font through posted events
    qtbot.waitUntil(lambda: table.columnWidth(0) > before)
    qtbot.waitUntil(lambda: window.menuBar().height() >= window.menuBar().sizeHint().height())
    desktop.set_point_size(11)
