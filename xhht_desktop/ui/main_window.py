"""The shell: navigation listing what is built, a stack of pages, menus and a status bar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from xhht_desktop.domain.entities import Installation
    from xhht_desktop.services.context import Services
    from xhht_desktop.ui.context import UiContext
    from xhht_desktop.ui.preferences import Preferences
    from xhht_desktop.ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    """Shown at once; pages are built by `attach()` once the database is open."""

    def __init__(
        self,
        preferences: Preferences,
        set_language: Callable[[str], None],
        set_point_size: Callable[[int], None],
    ) -> None:
        super().__init__()
        self.preferences = preferences
        self._set_language, self._set_point_size = set_language, set_point_size
        self.services: Services | None = None
        self.runner: TaskRunner | None = None
        self.pages: dict[str, QWidget] = {}
        self._page_shortcuts: list[QShortcut] = []
        self._installation: Installation | None = None
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.nav.setSpacing(4)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.unit_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(160)
        self.busy.setMaximum(0)  # no end known: a moving bar
        self.busy.hide()
        self.statusBar().addWidget(self.unit_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self._build_menus()
        self.nav.currentRowChanged.connect(self._show_page)
        self.resize(1280, 800)
        geometry = preferences.state("main_window")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.retranslate()

    def _action(self, menu: QMenu, *keys: str) -> QAction:
        # Setters, not keyword properties: PySide's first keyword construction costs ~13 ms.
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._action(self.file_menu, "Ctrl+N")
        self.new_action.triggered.connect(lambda: self.open_household(None))
        self.file_menu.addSeparator()
        # Connected by the app: it logs out and asks for a password (also after idle minutes).
        self.switch_user_action = self._action(self.file_menu, "Ctrl+L")
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, "Ctrl+Q")
        self.quit_action.triggered.connect(self.close)
        self.view_menu = self.menuBar().addMenu("")
        self.bigger_action = self._action(self.view_menu, "Ctrl++", "Ctrl+=")
        self.smaller_action = self._action(self.view_menu, "Ctrl+-")
        self.normal_action = self._action(self.view_menu, "Ctrl+0")
        self.bigger_action.triggered.connect(lambda: self._change_size(+1))
        self.smaller_action.triggered.connect(lambda: self._change_size(-1))
        self.normal_action.triggered.connect(lambda: self._change_size(0))
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = self._action(self.help_menu)
        self.about_action.triggered.connect(self._about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("XHHT Desktop — learning-promotion records"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New household"))
        self.quit_action.setText(self.tr("&Quit"))
        self.switch_user_action.setText(self.tr("&Lock / switch user"))
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger_action.setText(self.tr("&Larger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.normal_action.setText(self.tr("&Normal text size"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About XHHT Desktop"))
        names = {
            "households": self.tr("Households"),
            "activities": self.tr("Activities"),
            "clans": self.tr("Clans"),
            "units": self.tr("Units"),
            "evaluation": self.tr("Evaluation"),
            "certificates": self.tr("Certificates"),
            "statistics": self.tr("Statistics"),
            "exchange": self.tr("Send and receive"),
            "audit": self.tr("Changes"),
            "trash": self.tr("Trash"),
            "settings": self.tr("Settings"),
        }
        for row, key in enumerate(self.pages):
            item = self.nav.item(row)
            if item is not None:
                item.setText(names[key])
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            # Once the menu bar has its new font, or it keeps its old height, clipped.
            QTimer.singleShot(0, self.menuBar().updateGeometry)
        super().changeEvent(event)

    # ---- once the data is open ------------------------------------------------------
    def attach(self, ctx: UiContext, language: str) -> None:
        from PySide6.QtWidgets import QStyle

        from xhht_desktop.ui.pages.activities_page import ActivitiesPage
        from xhht_desktop.ui.pages.audit_page import AuditPage
        from xhht_desktop.ui.pages.certificates_page import CertificatesPage
        from xhht_desktop.ui.pages.clans_page import ClansPage
        from xhht_desktop.ui.pages.evaluation_page import EvaluationPage
        from xhht_desktop.ui.pages.exchange_page import ExchangePage
        from xhht_desktop.ui.pages.households_page import HouseholdsPage
        from xhht_desktop.ui.pages.settings_page import SettingsPage
        from xhht_desktop.ui.pages.statistics_page import StatisticsPage
        from xhht_desktop.ui.pages.trash_page import TrashPage
        from xhht_desktop.ui.pages.units_page import UnitsPage

        self.ctx = ctx
        self.services, self.runner = ctx.services, ctx.runner
        ctx.runner.busy_changed.connect(self.busy.setVisible)
        ctx.events.changed.connect(self._on_changed)
        self.pages = {
            "households": HouseholdsPage(ctx, self.open_household),
            "activities": ActivitiesPage(ctx),
            "clans": ClansPage(ctx),
            "units": UnitsPage(ctx),
            "evaluation": EvaluationPage(ctx),
            "certificates": CertificatesPage(ctx),
            "statistics": StatisticsPage(ctx),
            "exchange": ExchangePage(ctx),
            "audit": AuditPage(ctx),
            "trash": TrashPage(ctx),
            "settings": SettingsPage(
                ctx,
                language,
                self.preferences.point_size,
                self._set_language,
                self._set_point_size,
            ),
        }
        icons = {
            "households": QStyle.StandardPixmap.SP_DirHomeIcon,
            "activities": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "clans": QStyle.StandardPixmap.SP_DirLinkIcon,
            "units": QStyle.StandardPixmap.SP_ComputerIcon,
            "evaluation": QStyle.StandardPixmap.SP_DialogApplyButton,
            "certificates": QStyle.StandardPixmap.SP_FileDialogInfoView,
            "statistics": QStyle.StandardPixmap.SP_FileDialogListView,
            "exchange": QStyle.StandardPixmap.SP_DriveFDIcon,
            "audit": QStyle.StandardPixmap.SP_BrowserReload,
            "trash": QStyle.StandardPixmap.SP_TrashIcon,
            "settings": QStyle.StandardPixmap.SP_FileDialogDetailedView,
        }
        for number, (key, page) in enumerate(self.pages.items(), start=1):
            self.stack.addWidget(page)
            self.nav.addItem(QListWidgetItem(self.style().standardIcon(icons[key]), ""))
            if number <= 9:  # Ctrl+0 is the normal text size
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda row=number - 1: self.nav.setCurrentRow(row))
                self._page_shortcuts.append(shortcut)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self._load_installation()

    def detach(self) -> None:
        """Forget the pages built over data that is being closed (a restore); attach() again."""
        if self.runner is not None:
            self.runner.busy_changed.disconnect(self.busy.setVisible)
        self.ctx.events.changed.disconnect(self._on_changed)
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        for shortcut in self._page_shortcuts:
            shortcut.deleteLater()
        self._page_shortcuts = []
        self.pages = {}
        self.services = self.runner = None
        self._update_status()

    def _show_page(self, row: int) -> None:
        keys = list(self.pages)
        if 0 <= row < len(keys):
            self.stack.setCurrentWidget(self.pages[keys[row]])

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def open_household(self, household_id: int | None) -> None:
        if self.services is None or self.runner is None:
            return
        from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor
        from xhht_desktop.ui.pages.households_page import HouseholdsPage, new_household_draft

        services = self.services
        page = self.pages["households"]
        assert isinstance(page, HouseholdsPage)
        editor = HouseholdEditor(self.ctx, self)
        groups = list(services.installation.require().groups)
        if household_id is None:
            group = page.group_filter.currentData() or ""
            editor.load(new_household_draft(self._default_hamlet(), group), groups)
        else:
            editor.load(services.households.get(household_id).draft, groups)
        editor.restore_draft_if_any()
        if editor.exec() and editor.saved_id is not None:
            page.select_household(editor.saved_id)

    def _default_hamlet(self) -> str:
        from xhht_desktop.domain.entities import Level
        from xhht_desktop.services.documents import area_name

        inst = self._installation
        if inst is None or inst.level is not Level.BRANCH:
            return ""
        name = area_name(inst.unit_name)
        return "" if name == inst.unit_name else name

    def _load_installation(self) -> None:
        if self.services is not None and self.runner is not None:
            self.runner.run(self.services.installation.get, self._installation_loaded)

    def _installation_loaded(self, installation: Installation | None) -> None:
        self._installation = installation
        self._update_status()

    def _on_changed(self, changes: object) -> None:
        from xhht_desktop.services.changes import Kind

        if Kind.INSTALLATION in changes.kinds:  # type: ignore[attr-defined]
            self._load_installation()

    def _update_status(self) -> None:
        inst = self._installation
        if inst is None:
            # Before attach(): the data is being opened (checked, migrated) on the worker.
            self.unit_label.setText("" if self.pages else self.tr("Opening the data…"))
            return
        place = ", ".join(p for p in (inst.commune_name, inst.province_name) if p)
        text = inst.unit_name + (f" · {place}" if place else "")
        account = self.services.accounts.current if self.services is not None else None
        if account is not None and account.id:  # a real login, not the command line's name
            text += "   ·   " + self.tr("Logged in: %1").replace("%1", account.display_name)
        year = self.tr("Year %1").replace("%1", str(dt.date.today().year))
        self.unit_label.setText(f"{text}   ·   {year}")

    # ---- view ---------------------------------------------------------------------
    def _change_size(self, step: int) -> None:
        from xhht_desktop.ui.preferences import DEFAULT_POINT_SIZE

        size = DEFAULT_POINT_SIZE if step == 0 else self.preferences.point_size + step
        self._set_point_size(size)

    def _about(self) -> None:
        from xhht_desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About XHHT Desktop"),
            self.tr(
                "XHHT Desktop %1\nOffline records for the learning-promotion associations "
                "(Hội Khuyến học)."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preferences.set_state("main_window", self.saveGeometry())
        self.preferences.sync()
        if self.runner is not None:
            self.runner.wait(10_000)  # let a save in progress finish before the app ends
        super().closeEvent(event)
