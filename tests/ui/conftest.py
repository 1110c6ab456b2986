"""Qt tests: a real DesktopApp on a temporary data folder, its task runner synchronous."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from xhht_desktop.app import DesktopApp
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.services.demo import fill_demo
from xhht_desktop.ui.prompts import Prompts


class FakePrompts(Prompts):
    """Answers what the test says and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__(None)
        self.confirm_answer = True
        self.save_answer = "discard"
        self.asked: list[tuple[str, str]] = []
        self.save_path: Path | None = None
        self.opened: list[Path] = []

    def confirm(self, title: str, text: str, *, default_yes: bool = False) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answer

    def ask_save(self, title: str, text: str) -> str:
        self.asked.append(("ask_save", text))
        return self.save_answer

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        self.asked.append(("save_file", title))
        return self.save_path

    def open_path(self, title: str, file_filter: str) -> Path | None:
        self.asked.append(("open_path", title))
        return self.save_path

    def choose_folder(self, title: str, suggested: Path) -> Path | None:
        self.asked.append(("choose_folder", title))
        return self.save_path

    def open_file(self, path: Path) -> None:
        self.opened.append(path)

    def info(self, title: str, text: str) -> None:
        self.asked.append(("info", text))

    def error(self, title: str, text: str) -> None:
        self.asked.append(("error", text))


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard, Vietnamese included (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def make_data(data_dir: Path, households: int) -> AppPaths:
    paths = AppPaths.resolve(data_dir=data_dir)
    services = open_services(paths)
    try:
        fill_demo(services.installation, services.households, households, seed=7)
    finally:
        services.close()
    return paths


@pytest.fixture
def desktop(qtbot, tmp_path: Path) -> Iterator[DesktopApp]:
    paths = make_data(tmp_path / "data", 40)
    app = DesktopApp(QApplication.instance(), paths, demo=False, synchronous=True)
    app.prompts = FakePrompts()
    app.set_language("en")
    app.start()
    qtbot.addWidget(app.window)
    yield app
    app.set_language("en")
    QApplication.processEvents()  # deliver LanguageChange while every widget is alive
    app.close()
    app.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def prompts(desktop: DesktopApp) -> FakePrompts:
    assert isinstance(desktop.prompts, FakePrompts)
    return desktop.prompts
