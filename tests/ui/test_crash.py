from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox

from xhht_desktop.ui import crash


def test_a_bug_is_logged_and_shown_with_copyable_details(qtbot, monkeypatch, caplog) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR, logger="xhht_desktop.crash"):
            crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "boom in a slot" in shown[0].detailedText()
    assert "Your saved data is safe" in shown[0].text()
    assert "boom in a slot" in caplog.text
