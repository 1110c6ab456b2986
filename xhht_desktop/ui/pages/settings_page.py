"""Cài đặt: language and text size for this PC, and who this installation is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.i18n import ENGLISH, VIETNAMESE
from xhht_desktop.ui.messages import error_message
from xhht_desktop.ui.preferences import MAX_POINT_SIZE, MIN_POINT_SIZE
from xhht_desktop.ui.widgets.installation_form import InstallationForm


class SettingsPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        language: str,
        point_size: int,
        set_language: Callable[[str], None],
        set_point_size: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services, self.runner, self.events = ctx.services, ctx.runner, ctx.events
        self._set_language, self._set_point_size = set_language, set_point_size

        self.display_box = QGroupBox()
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", VIETNAMESE)
        self.language.addItem("English", ENGLISH)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.point_size = QSpinBox()
        self.point_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.point_size.setValue(point_size)
        self.language_label, self.size_label = QLabel(), QLabel()
        self.language.setMaximumWidth(320)
        self.point_size.setMaximumWidth(120)
        self.language_label.setBuddy(self.language)
        self.size_label.setBuddy(self.point_size)
        display = QFormLayout(self.display_box)
        display.addRow(self.language_label, self.language)
        display.addRow(self.size_label, self.point_size)

        self.unit_box = QGroupBox()
        self.form = InstallationForm(ctx.services.gazetteer)
        self.save_button = QPushButton()
        self.saved_label = QLabel()
        unit_layout = QVBoxLayout(self.unit_box)
        unit_layout.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        unit_layout.addLayout(buttons)

        self.data_label = QLabel(wordWrap=True)
        # Read out over the phone when the first package reaches the unit above.
        self.key_label = QLabel(wordWrap=True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.display_box)
        layout.addWidget(self.unit_box)
        layout.addWidget(self.data_label)
        layout.addWidget(self.key_label)
        # Safety on a shared PC: the administrator's accounts and backups, the idle lock.
        self.safety_box = QGroupBox()
        safety = QFormLayout(self.safety_box)
        self.idle_label = QLabel()
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_label.setBuddy(self.idle_minutes)
        safety.addRow(self.idle_label, self.idle_minutes)
        self.accounts_button, self.backups_button = QPushButton(), QPushButton()
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.accounts_button)
        buttons_row.addWidget(self.backups_button)
        buttons_row.addStretch(1)
        safety.addRow(buttons_row)
        layout.addWidget(self.safety_box)
        layout.addStretch()
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.language.currentIndexChanged.connect(
            lambda _i: self._set_language(self.language.currentData())
        )
        self.point_size.valueChanged.connect(self._set_point_size)
        self.save_button.clicked.connect(self.save)
        self.accounts_button.clicked.connect(self.open_accounts)
        self.backups_button.clicked.connect(self.open_backups)
        self._load_idle_minutes()
        self.idle_minutes.valueChanged.connect(self._idle_minutes_changed)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.display_box.setTitle(self.tr("This computer"))
        self.language_label.setText(self.tr("&Language:"))
        self.size_label.setText(self.tr("Text &size:"))
        self.point_size.setSuffix(self.tr(" pt"))
        self.unit_box.setTitle(self.tr("This installation"))
        self.save_button.setText(self.tr("&Save settings"))
        self.data_label.setText(
            self.tr("Data folder: %1").replace("%1", str(self.services.paths.data_dir))
        )
        self.saved_label.clear()
        self._show_fingerprint()
        self.safety_box.setTitle(self.tr("Safety on this computer"))
        self.idle_label.setText(self.tr("Lock the app after &idle minutes:"))
        self.accounts_button.setText(self.tr("&Accounts…"))
        self.backups_button.setText(self.tr("&Backups…"))

    def _load_idle_minutes(self) -> None:
        from xhht_desktop.ui.idle_lock import stored_minutes
        from xhht_desktop.ui.preferences import Preferences

        settings = Preferences(self.services.paths.data_dir / "ui.ini").settings
        self.idle_minutes.setValue(stored_minutes(settings))

    def _idle_minutes_changed(self, minutes: int) -> None:
        apply = getattr(self.window(), "set_idle_minutes", None)
        if apply is not None:
            apply(minutes)
        else:  # no app around it (a test): keep the value for the next start
            from xhht_desktop.ui.idle_lock import store_minutes
            from xhht_desktop.ui.preferences import Preferences

            store_minutes(Preferences(self.services.paths.data_dir / "ui.ini").settings, minutes)

    def _administrator(self) -> bool:
        try:
            self.services.accounts.require_admin()
        except UserError as error:
            self._show_error(error)
            return False
        return True

    def open_accounts(self) -> None:
        from xhht_desktop.ui.dialogs.users import UsersDialog

        UsersDialog(self.ctx, self).exec()

    def open_backups(self) -> None:
        from xhht_desktop.ui.dialogs.backups import BackupsDialog

        if self._administrator() and self.ctx.restore_database is not None:
            BackupsDialog(self.ctx, self.ctx.restore_database, self.window()).exec()
            # nothing after exec(): a restore rebuilds the pages, this one included

    def _show_fingerprint(self) -> None:
        try:
            fingerprint = self.services.exchange.fingerprint()
        except UserError as error:  # a damaged key file: say so, keep the page usable
            self.key_label.setText(error_message(error))
            return
        self.key_label.setText(
            self.tr("This installation's key fingerprint (for the unit above): %1").replace(
                "%1", fingerprint
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync_display(self, language: str, point_size: int) -> None:
        """Show values changed elsewhere (menu, shortcuts) without echoing them back."""
        for widget, setter in (
            (
                self.language,
                lambda: self.language.setCurrentIndex(max(0, self.language.findData(language))),
            ),
            (self.point_size, lambda: self.point_size.setValue(point_size)),
        ):
            widget.blockSignals(True)
            setter()
            widget.blockSignals(False)

    def load(self) -> None:
        self.runner.run(self.services.installation.require, self.form.set_value, self._show_error)

    def save(self) -> None:
        service = self.services.installation
        cleaned = service.clean(self.form.value())
        issues = service.validate(cleaned)
        self.form.show_issues(issues)
        if issues:
            return

        def saved(result: tuple[object, Changes]) -> None:
            self.saved_label.setText(self.tr("Saved."))
            self.events.publish(result[1])

        self.runner.run(lambda: service.save(cleaned), saved, self._show_error)

    def _on_changed(self, changes: Changes) -> None:
        if Kind.INSTALLATION in changes.kinds:
            self.load()

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Settings"), error)
