"""`xhht-desktop`: the composition root. Arguments → paths → logging → Qt → database → pages.

The window is shown before the database is opened (checked and migrated on the worker thread),
so the app appears at once even on a large register.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from xhht_desktop import APP_NAME, __version__
from xhht_desktop.paths import AppPaths
from xhht_desktop.ui import crash
from xhht_desktop.ui.i18n import Languages
from xhht_desktop.ui.main_window import MainWindow
from xhht_desktop.ui.preferences import Preferences

log = logging.getLogger(__name__)
DEMO_HOUSEHOLDS = 600


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="xhht-desktop", description=APP_NAME)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="DIR", help="data folder to use")
    where.add_argument("--db", metavar="FILE", help="database file to use")
    parser.add_argument(
        "--demo", action="store_true", help="open a demo branch (in its own data folder)"
    )
    parser.add_argument("--version", action="version", version=f"xhht-desktop {__version__}")
    args, _qt_args = parser.parse_known_args(argv)
    return args


class DesktopApp:
    def __init__(
        self, qt_app: QApplication, paths: AppPaths, demo: bool, synchronous: bool = False
    ) -> None:
        from xhht_desktop.ui.events import EventHub
        from xhht_desktop.ui.prompts import Prompts
        from xhht_desktop.ui.tasks import TaskRunner, report_unexpected

        self.qt_app, self.paths, self.demo = qt_app, paths, demo
        self.preferences = Preferences(paths.data_dir / "ui.ini")
        self.languages = Languages(qt_app)
        self.languages.switch(self.preferences.language)
        self._apply_point_size(self.preferences.point_size)
        self.window = MainWindow(self.preferences, self.set_language, self.set_point_size)
        self.prompts = Prompts(self.window)
        self.events = EventHub()
        self.runner = TaskRunner(report_unexpected, synchronous=synchronous, parent=self.window)
        self.services = None

    # ---- preferences --------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.languages.switch(language)
        self.preferences.language = self.languages.current

    def set_point_size(self, size: int) -> None:
        self.preferences.point_size = size
        self._apply_point_size(self.preferences.point_size)
        settings = self.window.pages.get("settings")
        if settings is not None:
            settings.sync_display(self.languages.current, self.preferences.point_size)

    def _apply_point_size(self, size: int) -> None:
        font = QFont(self.qt_app.font())
        font.setPointSize(size)
        self.qt_app.setFont(font)

    # ---- start-up -----------------------------------------------------------------
    def start(self) -> None:
        self.window.show()
        paths = self.paths

        def open_data() -> object:
            # On the worker, after the window is up: logging, then the database layer.
            from xhht_desktop.logging_setup import setup_logging
            from xhht_desktop.services.context import open_services

            setup_logging(paths.logs_dir)
            return open_services(paths)

        if self.runner.synchronous:
            self.runner.run(open_data, self._opened, self._failed_to_open)
        else:  # after the window's first paint, so the worker's imports don't delay it
            QTimer.singleShot(
                0, lambda: self.runner.run(open_data, self._opened, self._failed_to_open)
            )

    def _failed_to_open(self, error: object) -> None:
        from xhht_desktop.ui.messages import error_message

        params = getattr(error, "params", {})
        params.setdefault("backups", str(self.paths.backups_dir))
        QMessageBox.critical(self.window, APP_NAME, error_message(error))  # type: ignore[arg-type]
        self.window.close()

    def _opened(self, services: object) -> None:
        from xhht_desktop.services.context import Services

        assert isinstance(services, Services)
        self.services = services
        installation = services.installation.get()
        if installation is None and self.demo:
            self._fill_demo()
            return
        if installation is None and not self._run_setup():
            self.window.close()
            return
        self._attach()

    def _run_setup(self) -> bool:
        from xhht_desktop.ui.dialogs.setup_wizard import SetupWizard

        assert self.services is not None
        wizard = SetupWizard(self.services.installation, self.window)
        return bool(wizard.exec()) and wizard.result_installation is not None

    def _fill_demo(self) -> None:
        from xhht_desktop.services.demo import fill_demo
        from xhht_desktop.ui.tasks import TaskProgress

        services = self.services
        assert services is not None
        progress = TaskProgress()
        dialog = QProgressDialog(self.window)
        dialog.setWindowTitle(APP_NAME)
        dialog.setLabelText(QCoreApplication.translate("MainWindow", "Preparing the demo branch…"))
        dialog.setRange(0, DEMO_HOUSEHOLDS)
        dialog.setMinimumDuration(300)
        progress.reported.connect(lambda done, _total: dialog.setValue(done))
        dialog.canceled.connect(progress.cancel)

        def work() -> int:
            return fill_demo(
                services.installation,
                services.households,
                DEMO_HOUSEHOLDS,
                progress=progress,
                activities=services.activities,
                criteria=services.criteria,
                evaluation=services.evaluation,
            )

        def finished(_result: object) -> None:
            dialog.reset()
            self._attach()

        def stopped(error: object) -> None:
            dialog.reset()
            self._attach()  # what was added so far stays; the demo is usable

        self.runner.run(work, finished, stopped)

    def _attach(self) -> None:
        assert self.services is not None
        from xhht_desktop.ui.context import UiContext

        ctx = UiContext(self.services, self.runner, self.events, self.prompts)
        self.window.attach(ctx, self.languages.current)

    def close(self) -> None:
        from xhht_desktop.logging_setup import shutdown_logging

        self.runner.wait(10_000)
        if self.services is not None:
            self.services.close()
        shutdown_logging()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = AppPaths.resolve(data_dir=args.data_dir, db=args.db, demo=args.demo)
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setApplicationVersion(__version__)
    crash.install()
    lock = QLockFile(str(paths.lock_path))
    if not lock.tryLock(200):
        from xhht_desktop.ui.messages import user_message

        Languages(qt_app).switch(Preferences(paths.data_dir / "ui.ini").language)
        pid, host, _name = lock.getLockInfo()[-3:]  # (ok,) pid, host, app: varies by version
        QMessageBox.information(
            None, APP_NAME, user_message("db.in_use", {"holder": f"{host}, PID {pid}"})
        )
        return 1
    app = DesktopApp(qt_app, paths, args.demo)
    app.start()
    try:
        return qt_app.exec()
    finally:
        app.close()
        lock.unlock()


if __name__ == "__main__":
    raise SystemExit(main())
