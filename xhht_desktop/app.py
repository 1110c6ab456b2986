"""`xhht-desktop`: the composition root. Arguments → paths → logging → Qt → database → pages.

The window is shown before the database is opened (checked and migrated on the worker thread),
so the app appears at once even on a large register.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from xhht_desktop import APP_NAME, __version__
from xhht_desktop.paths import AppPaths
from xhht_desktop.ui import crash
from xhht_desktop.ui.i18n import Languages
from xhht_desktop.ui.main_window import MainWindow
from xhht_desktop.ui.preferences import Preferences

if TYPE_CHECKING:
    from xhht_desktop.errors import UserError
    from xhht_desktop.ui.idle_lock import IdleLock

log = logging.getLogger(__name__)
DEMO_HOUSEHOLDS = 600
BACKUP_EVERY_MS = 60 * 60 * 1000  # an automatic backup hourly while the app stays open


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
    """`require_login`: ask who is at the keyboard before the pages (and lock the app after
    some idle minutes). None, the default, means "unless synchronous": the real app asks,
    the Qt tests (synchronous, on demo data) open straight on the pages as before."""

    def __init__(
        self,
        qt_app: QApplication,
        paths: AppPaths,
        demo: bool,
        synchronous: bool = False,
        require_login: bool | None = None,
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
        self.require_login = not synchronous if require_login is None else require_login
        self.idle_lock: IdleLock | None = None
        self._locked = False  # the login dialog of lock() is open
        self.window.switch_user_action.triggered.connect(self.lock)
        self.window.switch_user_action.setEnabled(self.require_login)
        self.window.set_idle_minutes = self.set_idle_minutes  # type: ignore[attr-defined]
        self.backup_timer = QTimer(self.window)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self._automatic_backup)
        self._backup_warned = self._location_checked = False

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
        if self.runner.synchronous:
            self._open()
        else:  # after the window's first paint, so the worker's imports don't delay it
            QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        """Open (check, migrate) the data on the worker: at start, and again after a restore."""
        paths = self.paths

        def open_data() -> object:
            # On the worker, after the window is up: logging, then the database layer.
            from xhht_desktop.logging_setup import setup_logging
            from xhht_desktop.services.context import open_services

            setup_logging(paths.logs_dir)
            return open_services(paths)

        self.runner.run(open_data, self._opened, self._failed_to_open)

    def _failed_to_open(self, error: object) -> None:
        from xhht_desktop.errors import UserError
        from xhht_desktop.ui.messages import error_message

        if (
            isinstance(error, UserError)
            and error.code == "db.damaged"
            and self.paths.db_path.exists()
        ):
            self._offer_restore(error)  # the guided restore of the newest good backup
            return
        params = getattr(error, "params", {})
        params.setdefault("backups", str(self.paths.backups_dir))
        QMessageBox.critical(self.window, APP_NAME, error_message(error))  # type: ignore[arg-type]
        self.window.close()

    def _offer_restore(self, error: UserError) -> None:
        from xhht_desktop.services.backups import BackupService

        backups = BackupService(self.paths.db_path, self.paths.backups_dir)
        self.runner.run(backups.newest_good, lambda newest: self._ask_restore(error, newest))

    def _ask_restore(self, error: UserError, newest: Path | None) -> None:
        from xhht_desktop.services.backups import describe, restore_file
        from xhht_desktop.ui.dialogs.backups import FILE_FILTER, DamagedDatabaseDialog
        from xhht_desktop.ui.messages import error_message

        info = describe(newest) if newest is not None else None
        detail = str(error.params.get("detail", ""))
        dialog = DamagedDatabaseDialog(info, detail, self.paths.backups_dir, self.window)
        choice = dialog.ask()
        source = newest if choice == dialog.RESTORE else None
        if choice == dialog.CHOOSE:
            source = self.prompts.open_path(
                dialog.windowTitle(), QCoreApplication.translate("Backups", FILE_FILTER)
            )
            if source is None:  # cancelled: ask again
                self._ask_restore(error, newest)
                return
        if source is None:
            self.window.close()
            return
        paths = self.paths

        def failed(problem: UserError) -> None:
            self.prompts.error(APP_NAME, error_message(problem))
            self._ask_restore(error, newest)

        self.runner.run(
            lambda: restore_file(paths.db_path, paths.backups_dir, source),
            lambda _result: self._open(),
            failed,
        )

    def _opened(self, services: object) -> None:
        from xhht_desktop.services.context import Services

        assert isinstance(services, Services)
        self.services = services
        if not self._location_checked:
            self._location_checked = True
            warning = services.backups.location_warning()
            if warning is not None:
                from xhht_desktop.ui.messages import user_message

                folder = {"folder": str(self.paths.data_dir)}
                self.prompts.error(APP_NAME, user_message(warning, folder))
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

        if self.require_login and not self._log_in():
            self.window.close()
            return
        ctx = UiContext(self.services, self.runner, self.events, self.prompts, self.restore_backup)
        self.window.attach(ctx, self.languages.current)
        if self.require_login:
            self._apply_role()
            self._start_idle_lock()
        self._automatic_backup()
        self.backup_timer.start()

    # ---- backups ------------------------------------------------------------------------
    def _automatic_backup(self) -> None:
        """A checked copy if the data changed since the newest one or none was made today;
        then the old copies are thinned. At start, then hourly while the app stays open."""
        from xhht_desktop.ui.messages import error_message

        if self.services is None:
            return

        def failed(error: UserError) -> None:
            log.warning("automatic backup failed: %s", error)
            if not self._backup_warned:  # once a session: the hourly timer must not nag
                self._backup_warned = True
                self.prompts.error(APP_NAME, error_message(error))

        self.runner.run(self.services.backups.automatic, None, failed)

    def restore_backup(self, source: Path) -> None:
        """Settings › Backups › Restore: close the data, restore (the current data is backed up
        first), open the data again — with a new login, since the accounts may differ."""
        from xhht_desktop.errors import UserError
        from xhht_desktop.services.backups import RestoreResult, restore_file
        from xhht_desktop.ui.messages import error_message, user_message

        services = self.services
        if services is None:
            return
        try:
            services.accounts.require_admin()
        except UserError as error:
            self.prompts.error(APP_NAME, error_message(error))
            return
        self.runner.wait()
        QApplication.processEvents()  # deliver finished work while its pages are still alive
        self.backup_timer.stop()
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        self.window.detach()
        self.services = None
        services.close()
        paths = self.paths

        def restored(result: RestoreResult) -> None:
            info, counts = result.restored, result.restored.counts
            params = {
                "date": f"{info.when:%d/%m/%Y %H:%M}",
                "households": counts.households if counts else "",
                "persons": counts.persons if counts else "",
            }
            self.prompts.info(APP_NAME, user_message("backup.restored", params))
            self._open()

        def failed(error: UserError) -> None:
            self.prompts.error(APP_NAME, error_message(error))
            self._open()  # the data as it was: nothing was changed

        self.runner.run(
            lambda: restore_file(paths.db_path, paths.backups_dir, source), restored, failed
        )

    # ---- who is at the keyboard ------------------------------------------------------------
    def _log_in(self) -> bool:
        """The first administrator at first start, else a login; False: the user quit."""
        from xhht_desktop.ui.dialogs.login import CreateAdminDialog, LoginDialog

        assert self.services is not None
        accounts = self.services.accounts
        if accounts.has_users():
            return LoginDialog(accounts, self.window).ask() is not None
        return CreateAdminDialog(accounts, self.window).ask() is not None

    def _start_idle_lock(self) -> None:
        from xhht_desktop.ui.idle_lock import IdleLock, stored_minutes

        self.idle_lock = IdleLock(stored_minutes(self.preferences.settings), self.window)
        self.idle_lock.locked.connect(self.lock)
        self.idle_lock.start()

    def set_idle_minutes(self, minutes: int) -> None:
        """Settings: lock after `minutes` without use on this PC (kept in ui.ini)."""
        from xhht_desktop.ui.idle_lock import store_minutes

        minutes = store_minutes(self.preferences.settings, minutes)
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)

    def lock(self) -> None:
        """Log out and ask for a password over whatever is open (idle, or "Switch user").
        Open editors stay behind the dialog; their drafts are kept on disk."""
        from xhht_desktop.ui.dialogs.login import LoginDialog

        if self.services is None or self._locked:
            return
        self._locked = True
        if self.idle_lock is not None:
            self.idle_lock.hold()
        accounts = self.services.accounts
        user = accounts.current.username if accounts.current is not None else None
        accounts.logout()
        parent = self.qt_app.activeModalWidget() or self.window
        LoginDialog(accounts, parent, locked_user=user or "").ask()
        self._locked = False
        self._apply_role()
        if self.idle_lock is not None:
            self.idle_lock.unlock()

    def _apply_role(self) -> None:
        # A read-only user is refused by the services anyway; this spares them the attempt.
        assert self.services is not None
        self.window.new_action.setEnabled(self.services.accounts.can_edit())
        self.window.switch_user_action.setEnabled(self.require_login)
        self.window._update_status()

    def close(self) -> None:
        from xhht_desktop.logging_setup import shutdown_logging

        self.backup_timer.stop()
        if self.idle_lock is not None:
            self.idle_lock.stop()
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
