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
