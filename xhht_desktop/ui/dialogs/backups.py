"""Backups: the list of automatic copies, "Back up now to…", restoring one; and the guided
restore offered at start when the data file is damaged.

Restoring replaces the database file, so the dialog does not do it itself: it checks the chosen
copy, asks, closes, and calls the `restore` it was given — the application closes the data,
restores (`BackupService.restore`) and opens the data again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError
from xhht_desktop.services.backups import (
    AUTOMATIC,
    BEFORE_IMPORT,
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    BackupInfo,
    BackupService,
    Counts,
)
from xhht_desktop.services.cycle_documents import count_text
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.record_table import record_table

CONTEXT = "Backups"
DAMAGED_STYLE = "color: #b00020; font-weight: bold;"
HINT_STYLE = "color: palette(dark);"
FILE_FILTER = QT_TRANSLATE_NOOP("Backups", "XHHT Desktop backups (*.db *.sqlite3);;All files (*)")
_REASONS = {
    AUTOMATIC: QT_TRANSLATE_NOOP("Backups", "Automatic"),
    BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    BEFORE_MIGRATION: QT_TRANSLATE_NOOP("Backups", "Before an update of the application"),
    BEFORE_IMPORT: QT_TRANSLATE_NOOP("Backups", "Before a package import"),
}
MEGABYTE = 1024 * 1024


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def reason_text(reason: str) -> str:
    """Why a copy was made, in words ("before-migration-0007" → Before an update…)."""
    key = BEFORE_MIGRATION if reason.startswith(BEFORE_MIGRATION) else reason
    source = _REASONS.get(key)
    return _t(source) if source else reason


def size_text(size: int) -> str:
    """12.3 MB in the current language's decimal point; never "0.0 MB"."""
    megabytes = max(size / MEGABYTE, 0.1)
    return f"{QLocale().toString(megabytes, 'f', 1)} MB"


def when_text(when: dt.datetime) -> str:
    """Copies are named in this PC's local time: shown as it is, "15/06/2026 09:30"."""
    return f"{when:%d/%m/%Y %H:%M}"


def number_text(count: int | None) -> str:
    return "–" if count is None else count_text(count)


def counts_words(counts: Counts | None) -> str:
    """ "120 households, 431 persons, 16 activities, 52 registrations"."""
    if counts is None:
        return ""
    text = _t(
        QT_TRANSLATE_NOOP("Backups", "%1 households, %2 persons, %3 activities, %4 registrations")
    )
    for n, value in enumerate(
        (counts.households, counts.persons, counts.activities, counts.registrations), start=1
    ):
        text = text.replace(f"%{n}", number_text(value))
    return text


class BackupsDialog(QDialog):
    """The backups folder's copies, newest first, and what can be done with them."""

    COLUMNS = 7

    def __init__(
        self,
        ctx: UiContext,
        restore: Callable[[Path], None],
        parent: QWidget | None = None,
        *,
        service: BackupService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service if service is not None else ctx.services.backups  # type: ignore[attr-defined]
        self._restore = restore
        self.backups: list[BackupInfo] = []
        self.restoring: Path | None = None  # the copy handed to `restore`, once confirmed
        self._listed = False
        self._build_ui()
        self._connect()
        self.retranslate()
        self.reload()

    def _build_ui(self) -> None:
        self.intro = QLabel(wordWrap=True)
        self.folder = QLabel(wordWrap=True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet(HINT_STYLE)
        self.table = record_table(self.COLUMNS, stretch=1)
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.file_button = QPushButton()
        self.folder_button = QPushButton()
        style = self.style()
        self.backup_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.restore_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.file_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.folder_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        # Under the table, so the table has the whole width even in large text:
        # making a copy on the first line, restoring on the second.
        buttons = QGridLayout()
        buttons.addWidget(self.backup_button, 0, 0)
        buttons.addWidget(self.folder_button, 0, 1)
        buttons.addWidget(self.restore_button, 1, 0)
        buttons.addWidget(self.file_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.close_box)
        self.resize(900, 480)

    def _fit_size(self) -> None:
        """Every column without cut words and up to ten rows, as far as the screen allows:
        the text may be set large for older eyes."""
        table, header = self.table, self.table.horizontalHeader()
        frame = 2 * table.frameWidth()
        width = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(self.COLUMNS)
        )
        width += table.verticalScrollBar().sizeHint().width() + frame
        row, head = table.verticalHeader().defaultSectionSize(), header.sizeHint().height()
        table.setMinimumHeight(head + 3 * row + frame)
        rows = min(max(len(self.backups), 5), 10)
        others = self.layout().sizeHint().height() - table.sizeHint().height()
        height = others + head + rows * row + frame
        margins = self.layout().contentsMargins()
        width += margins.left() + margins.right()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(max(self.width(), width), max(height, self.minimumSizeHint().height()))

    def _connect(self) -> None:
        self.backup_button.clicked.connect(self.back_up_to)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.close_box.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(
            self.tr(
                "A copy of the data is made automatically when the application starts (if "
                "anything changed, and at least once a day), and before every update, package "
                "import and restore. The newest copy of each of the last 7 days, 4 weeks and "
                "12 months is kept. For safety against a broken computer, also use "
                "\u201cBack up now to\u2026\u201d now and then with a USB stick kept elsewhere."
            )
        )
        self.folder.setText(
            self.tr("Backups folder: %1").replace("%1", str(self.service.backups_dir))
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Made"),
                self.tr("Size"),
                self.tr("Households"),
                self.tr("Persons"),
                self.tr("Activities"),
                self.tr("Registrations"),
            ]
        )
        self.backup_button.setText(self.tr("&Back up now to\u2026"))
        self.restore_button.setText(self.tr("&Restore the selected backup\u2026"))
        self.file_button.setText(self.tr("Restore from a &file\u2026"))
        self.folder_button.setText(self.tr("&Open the backups folder"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the list ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.runner.run(self.service.list, self._loaded, self._failed)

    def _loaded(self, backups: list[BackupInfo]) -> None:
        self.backups, self._listed = backups, True
        self._say("")
        self._fill()
        if backups:
            self.table.selectRow(0)
        self._update_buttons()
        self._fit_size()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            counts = info.counts
            cells = [
                when_text(info.when),
                self.tr("Damaged") if info.damaged else reason_text(info.reason),
                size_text(info.size),
                *(
                    ("", "", "", "")
                    if counts is None
                    else (
                        number_text(counts.households),
                        number_text(counts.persons),
                        number_text(counts.activities),
                        number_text(counts.registrations),
                    )
                ),
            ]
            tip = "\n".join(t for t in (cells[1], str(info.path), info.detail) if t)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if info.damaged and column == 1:
                    item.setForeground(QBrush(QColor("#b00020")))
                self.table.setItem(row, column, item)
        if self._listed and not self.backups:
            self._say(self.tr("There is no backup yet."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def current(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def _update_buttons(self) -> None:
        info = self.current()
        self.restore_button.setEnabled(info is not None and not info.damaged)

    # ---- actions -------------------------------------------------------------------------------
    def back_up_to(self) -> None:
        suggested = Path.home() / f"xhht-backup-{dt.datetime.now():%Y-%m-%d}.db"
        chosen = self.ctx.prompts.save_file(self.tr("Back up now to"), suggested, _t(FILE_FILTER))
        if chosen is None:
            return
        dest = ensure_suffix(chosen, ".db")
        self._say(self.tr("Writing the backup\u2026"))

        def written(info: BackupInfo) -> None:
            text = (
                self.tr(
                    "The backup was written to %1 and checked: %2.\n"
                    "If it is on a USB stick, eject the stick safely before pulling it out."
                )
                .replace("%1", str(info.path))
                .replace("%2", counts_words(info.counts))
            )
            self._say(text)
            self.ctx.prompts.info(self.tr("Back up now to"), text)

        self.ctx.runner.run(lambda: self.service.backup_to(dest), written, self._failed)

    def restore_selected(self) -> None:
        info = self.current()
        if info is None:
            return
        if info.damaged:
            self.ctx.prompts.error(
                self.windowTitle(),
                self.tr("This backup is damaged and cannot be restored. Please choose another."),
            )
            return
        self._check_then_ask(info.path)

    def restore_from_file(self) -> None:
        path = self.ctx.prompts.open_path(self.tr("Restore from a file"), _t(FILE_FILTER))
        if path is not None:
            self._check_then_ask(path)

    def _check_then_ask(self, path: Path) -> None:
        self._say(self.tr("Checking the backup\u2026"))
        self.ctx.runner.run(lambda: self.service.inspect(path), self._ask_restore, self._failed)

    def _ask_restore(self, info: BackupInfo) -> None:
        self._say("")
        text = (
            self.tr(
                "Restore the backup of %1?\n\n"
                "It holds %2.\n\n"
                "First, the data as it is now is saved as a backup of its own, so nothing is "
                "lost: it appears in this list as \u201cBefore a restore\u201d.\n"
                "Then this backup replaces the data. Anything entered after %1 will no longer "
                "be there.\n\n"
                "The application closes the data and opens it again; this takes a moment."
            )
            .replace("%1", when_text(info.when))
            .replace("%2", counts_words(info.counts))
        )
        if not self.ctx.prompts.confirm(self.tr("Restore a backup"), text):
            return
        self.restoring = info.path
        self.accept()
        self._restore(info.path)

    def open_folder(self) -> None:
        folder = self.service.backups_dir
        folder.mkdir(parents=True, exist_ok=True)
        self.ctx.prompts.open_file(folder)

    def _failed(self, error: UserError) -> None:
        self._say("")
        self.ctx.show_error(self.windowTitle(), error)


class DamagedDatabaseDialog(QDialog):
    """At start, when the data file fails its check: explains, shows the newest good backup,
    and returns what the user chose: RESTORE it, CHOOSE another file, or QUIT."""

    RESTORE, CHOOSE, QUIT = "restore", "choose", "quit"

    def __init__(
        self,
        newest: BackupInfo | None,
        detail: str,
        backups_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.newest, self.detail, self.backups_dir = newest, detail, backups_dir
        self.choice = self.QUIT
        self._build_ui()
        self._connect()
        self.retranslate()
        self._fit_size()

    def _build_ui(self) -> None:
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 12.0)
        self.heading.setFont(font)
        self.explanation = QLabel(wordWrap=True)
        self.offer = QLabel(wordWrap=True)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(24, 0, 0, 0)
        self.date_label, self.date = QLabel(), QLabel()
        self.counts_label, self.counts = QLabel(), QLabel(wordWrap=True)
        self.date.setStyleSheet("font-weight: bold;")
        form.addRow(self.date_label, self.date)
        form.addRow(self.counts_label, self.counts)
        self.details.setVisible(self.newest is not None)
        self.after = QLabel(wordWrap=True)
        self.technical = QLabel(wordWrap=True)
        self.technical.setStyleSheet(HINT_STYLE)
        self.technical.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.restore_button = QPushButton()
        self.choose_button = QPushButton()
        self.quit_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setVisible(self.newest is not None)  # after addButton, which shows
        (self.restore_button if self.newest is not None else self.choose_button).setDefault(True)

        text = QVBoxLayout()
        for widget in (self.heading, self.explanation, self.offer, self.details, self.after):
            text.addWidget(widget)
        text.addWidget(self.technical)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fit_size(self) -> None:
        """About 70 characters a line and every line shown: word-wrapped labels do not grow
        a dialog by themselves (adjustSize stops at two thirds of the screen)."""
        width = max(560, self.fontMetrics().averageCharWidth() * 70)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width() - 40)
        height = self.layout().totalHeightForWidth(width)
        if screen is not None:
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _connect(self) -> None:
        self.restore_button.clicked.connect(lambda: self._choose(self.RESTORE))
        self.choose_button.clicked.connect(lambda: self._choose(self.CHOOSE))
        self.quit_button.clicked.connect(lambda: self._choose(self.QUIT))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The data cannot be opened"))
        self.heading.setText(self.tr("The data file is damaged."))
        self.explanation.setText(
            self.tr(
                "XHHT Desktop checks its data every time it starts. This time the check found "
                "damage in the data file. This can happen after a power cut or when a disk "
                "is failing. Nothing has been changed yet."
            )
        )
        self.date_label.setText(self.tr("Made on:"))
        self.counts_label.setText(self.tr("It holds:"))
        if self.newest is not None:
            self.offer.setText(self.tr("The newest good backup can be restored:"))
            self.date.setText(when_text(self.newest.when))
            self.counts.setText(counts_words(self.newest.counts))
            self.after.setText(
                self.tr(
                    "Restoring brings back the data as it was at that time: anything entered "
                    "after it must be entered again. The damaged file is kept in the backups "
                    "folder, so that a technician can try to rescue it."
                )
            )
        else:
            self.offer.setText(
                self.tr("No good backup was found in the backups folder (%1).").replace(
                    "%1", str(self.backups_dir)
                )
            )
            self.after.setText(
                self.tr(
                    "If you have a backup on a USB stick, choose it with \u201cChoose "
                    "another\u2026\u201d. Otherwise quit and ask for help; please do not delete "
                    "any file."
                )
            )
        self.technical.setText(self.tr("Technical detail: %1").replace("%1", self.detail))
        self.technical.setVisible(bool(self.detail))
        self.restore_button.setText(self.tr("&Restore this backup"))
        self.choose_button.setText(self.tr("&Choose another\u2026"))
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._fit_size()
        super().changeEvent(event)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == self.QUIT:
            self.reject()
        else:
            self.accept()

    def ask(self) -> str:
        """Show the dialog and return RESTORE, CHOOSE or QUIT (also for Esc or closing)."""
        self.choice = self.QUIT
        self.exec()
        return self.choice
