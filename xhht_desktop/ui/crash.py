"""One place for bugs: log them and show a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("xhht_desktop.crash")
_showing = False


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", details)
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None or _showing:
        sys.__excepthook__(kind, error, tb)
        return
    _showing = True
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("Crash", "Unexpected error"),
            QCoreApplication.translate(
                "Crash",
                "Something unexpected went wrong. Your saved data is safe.\n\n"
                "Please copy the details and send them to whoever looks after this computer.",
            ),
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(details)
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = handle_exception
