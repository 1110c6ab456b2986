"""Importing a package from a unit below: checked and previewed first (a dry run), applied only
when asked, then a receipt written for the sender. A refused package changes nothing.

Also the words the exchange screens share: the data kinds, the package kinds, times, the
fingerprint's large monospace font.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.errors import UserError
from xhht_desktop.messages import MESSAGES
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.cycle_documents import count_text
from xhht_desktop.services.exchange import ACK_EXTENSION, AGGREGATES, Incoming
from xhht_desktop.storage.repositories.exchange import TABLES, TablePlan
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.messages import error_message, user_message
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.record_table import record_table

CONTEXT = "Exchange"
BAD_STYLE = "color: #b00020; font-weight: bold;"
WARNING_STYLE = "color: #8a5a00; font-weight: bold;"
HINT_STYLE = "color: palette(dark);"
NEW_SENDER_STYLE = (
    "QFrame#newSender { border: 2px solid #c77700; border-radius: 4px; background: #fff8e1; }"
)
# What an import may change: every page showing travelling data reloads.
IMPORTED = Changes.of(
    Kind.EXCHANGE,
    Kind.HOUSEHOLD,
    Kind.EVALUATION,
    Kind.CERTIFICATES,
    Kind.ACTIVITY,
    Kind.CLAN,
    Kind.UNIT,
    Kind.CRITERIA,
)

_TABLES = {
    "household": QT_TRANSLATE_NOOP("Exchange", "Households"),
    "person": QT_TRANSLATE_NOOP("Exchange", "Persons"),
    "activity": QT_TRANSLATE_NOOP("Exchange", "Learning activities"),
    "attendance": QT_TRANSLATE_NOOP("Exchange", "Attendance at activities"),
    "local_unit": QT_TRANSLATE_NOOP("Exchange", "Agencies, schools and enterprises"),
    "clan": QT_TRANSLATE_NOOP("Exchange", "Clans"),
    "clan_branch": QT_TRANSLATE_NOOP("Exchange", "Clan branches"),
    "clan_household": QT_TRANSLATE_NOOP("Exchange", "Households of clans"),
    "criteria_set": QT_TRANSLATE_NOOP("Exchange", "Criteria sets"),
    "review": QT_TRANSLATE_NOOP("Exchange", "Review meetings"),
    "decision": QT_TRANSLATE_NOOP("Exchange", "Recognition decisions"),
    "commendation": QT_TRANSLATE_NOOP("Exchange", "Commendations"),
    "registration": QT_TRANSLATE_NOOP("Exchange", "Title registrations"),
    "score_correction": QT_TRANSLATE_NOOP("Exchange", "Score corrections"),
    "certificate": QT_TRANSLATE_NOOP("Exchange", "Certificates numbered"),
    "certificate_print": QT_TRANSLATE_NOOP("Exchange", "Certificate printings"),
    AGGREGATES: QT_TRANSLATE_NOOP("Exchange", "Aggregate figures (no personal data)"),
}
_KINDS = {
    "incremental": QT_TRANSLATE_NOOP("Exchange", "Changes"),
    "full": QT_TRANSLATE_NOOP("Exchange", "Everything"),
    "aggregates": QT_TRANSLATE_NOOP("Exchange", "Aggregates only"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_label(name: str) -> str:
    """The data kind a package carries, in the current language ("household" → Households)."""
    source = _TABLES.get(name)
    return _t(source) if source else name


def kind_label(kind: str) -> str:
    source = _KINDS.get(kind)
    return _t(source) if source else kind


def when_text(moment: dt.datetime | None, *, time: bool = True, seconds: bool = False) -> str:
    """A stored time (naive UTC) as this PC's local time: "01/12/2026 14:05"."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone() if moment.tzinfo is None else moment
    if not time:
        return f"{local:%d/%m/%Y}"
    return f"{local:%d/%m/%Y %H:%M:%S}" if seconds else f"{local:%d/%m/%Y %H:%M}"


def sequences_text(numbers: tuple[int, ...]) -> str:
    """(3, 5, 6, 7) → "3, 5–7"."""
    parts: list[str] = []
    for n in numbers:
        if parts and parts[-1].split("–")[-1] == str(n - 1):
            parts[-1] = f"{parts[-1].split('–')[0]}–{n}"
        else:
            parts.append(str(n))
    return ", ".join(parts)


def missing_text(numbers: tuple[int, ...], unit: str = "") -> str:
    """'Package 3 has not arrived', in the current language; empty when none is missing."""
    if not numbers:
        return ""
    if len(numbers) == 1 and unit:
        return user_message("exchange.missing", {"sequence": numbers[0], "unit": unit})
    if len(numbers) == 1:
        return _t(QT_TRANSLATE_NOOP("Exchange", "Package %1 has not arrived")).replace(
            "%1", str(numbers[0])
        )
    if unit:
        text = _t(QT_TRANSLATE_NOOP("Exchange", "Packages %1 from %2 have not arrived."))
        return text.replace("%1", sequences_text(numbers)).replace("%2", unit)
    text = _t(QT_TRANSLATE_NOOP("Exchange", "Packages %1 have not arrived"))
    return text.replace("%1", sequences_text(numbers))


def refusal_text(error: UserError) -> str:
    """The error's own words, or a plain refusal for a code without words yet."""
    if error.code in MESSAGES:
        return error_message(error)
    text = _t(QT_TRANSLATE_NOOP("Exchange", "This file was refused (%1). Nothing was changed."))
    return text.replace("%1", error.code)


def fingerprint_font(base: QFont) -> QFont:
    """Monospace and half as large again: read out over the phone, group by group."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * 1.5)
    font.setBold(True)
    return font


def fingerprint_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFont(fingerprint_font(label.font()))
    return label


def plan_cells(plan: TablePlan) -> list[str]:
    return [
        count_text(n)
        for n in (plan.added, plan.updated, plan.unchanged, plan.conflicts, plan.refused)
    ]


class PackageImportDialog(QDialog):
    """Shows what importing `path` would do; Import applies it and writes the receipt."""

    def __init__(self, ctx: UiContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.incoming: Incoming | None = None
        self.applied: Incoming | None = None
        self.error: UserError | None = None
        self.receipt: Path | None = None
        self.summary = ""  # the final message, once applied

        self.file_label = QLabel(wordWrap=True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QWidget()
        self.form = QFormLayout(self.details)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.details.hide()
        self.sender_label, self.sender = QLabel(), QLabel()
        self.sequence_label, self.sequence = QLabel(), QLabel()
        self.date_label, self.date = QLabel(), QLabel()
        self.kind_label, self.kind = QLabel(), QLabel()
        self.sender.setStyleSheet("font-weight: bold;")
        for label, value in (
            (self.sender_label, self.sender),
            (self.sequence_label, self.sequence),
            (self.date_label, self.date),
            (self.kind_label, self.kind),
        ):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(label, value)

        self.new_sender_box = QFrame()
        self.new_sender_box.setObjectName("newSender")
        self.new_sender_box.setStyleSheet(NEW_SENDER_STYLE)
        self.new_sender_text = QLabel(wordWrap=True)
        self.new_sender_text.setStyleSheet(WARNING_STYLE)
        self.fingerprint = fingerprint_label()
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checked = QCheckBox()
        new_layout = QVBoxLayout(self.new_sender_box)
        new_layout.addWidget(self.new_sender_text)
        new_layout.addWidget(self.fingerprint)
        new_layout.addWidget(self.checked)
        self.new_sender_box.hide()

        self.missing = QLabel(wordWrap=True)
        self.missing.setStyleSheet(WARNING_STYLE)
        self.missing.hide()
        self.plan_text = QLabel(wordWrap=True)
        self.table = record_table(6)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.hide()
        self.aggregates = QLabel(wordWrap=True)
        self.aggregates.hide()
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.details)
        layout.addWidget(self.new_sender_box)
        layout.addWidget(self.missing)
        layout.addWidget(self.plan_text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.aggregates)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.checked.toggled.connect(lambda _on: self._update_buttons())
        self.import_button.clicked.connect(self.import_package)
        self.buttons.rejected.connect(self.reject)
        self.resize(780, 420)
        self.retranslate()
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(lambda: exchange.inspect(path), self._inspected, self._refused)

    # ---- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a package"))
        self.file_label.setText(self.tr("Package file: %1").replace("%1", str(self.path)))
        self.sender_label.setText(self.tr("From:"))
        self.sequence_label.setText(self.tr("Package number:"))
        self.date_label.setText(self.tr("Written on:"))
        self.kind_label.setText(self.tr("Content:"))
        self.checked.setText(self.tr("I &checked this fingerprint with the sender"))
        self.import_button.setText(self.tr("&Import"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Data"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Refused"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.fingerprint.setFont(fingerprint_font(self.font()))
        super().changeEvent(event)

    def _fill(self) -> None:
        if self.error is not None:
            self._fill_refusal(self.error)
            return
        incoming = self.incoming
        if incoming is None:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Checking the package…"))
            return
        self.status.setText("")
        self.details.show()
        unit = incoming.sender
        self.sender.setText(f"{unit.name} ({unit.code})")
        self.sequence.setText(str(incoming.sequence))
        self.date.setText(when_text(incoming.created_at))
        self.kind.setText(kind_label(incoming.kind))
        self.new_sender_box.setVisible(incoming.new_sender and self.applied is None)
        self.new_sender_text.setText(
            self.tr(
                "NEW SENDER: this is the first package from %1 on this computer. Before "
                "importing it, call the sender and check that the fingerprint of its key, "
                "shown on its screen and on the summary sheet with the package, is exactly:"
            ).replace("%1", unit.name)
        )
        self.fingerprint.setText(incoming.fingerprint)
        missing = missing_text(incoming.missing, unit.name)
        if missing:
            missing += " " + self.tr(
                "This package can be imported now; ask the sender about the missing ones."
            )
        self.missing.setText(missing)
        self.missing.setVisible(bool(missing))
        totals = incoming.plan.totals()
        params = {
            "sequence": incoming.sequence,
            "unit": unit.name,
            "added": count_text(totals.added),
            "updated": count_text(totals.updated),
            "unchanged": count_text(totals.unchanged),
            "conflicts": count_text(totals.conflicts),
            "refused": count_text(totals.refused),
        }
        if self.applied is None:
            self.plan_text.setText(user_message("exchange.would_import", params))
        else:
            self.plan_text.setText(self.summary)
        self._fill_table(incoming)
        self._update_buttons()

    def _fill_table(self, incoming: Incoming) -> None:
        plans = [incoming.plan.tables[name] for name in TABLES if name in incoming.plan.tables]
        self.table.setRowCount(len(plans) + 1)
        bold = QFont(self.table.font())
        bold.setBold(True)
        lines = [(table_label(p.name), p) for p in plans]
        lines.append((self.tr("Total"), incoming.plan.totals()))
        for row, (name, plan) in enumerate(lines):
            for column, text in enumerate([name, *plan_cells(plan)]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row == len(plans):
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader().sizeHint().height()
        rows = sum(self.table.rowHeight(r) for r in range(min(self.table.rowCount(), 10)))
        self.table.setMinimumHeight(header + rows + 2 * self.table.frameWidth())
        self.table.setVisible(True)
        count = incoming.rows.get(AGGREGATES, 0)
        self.aggregates.setText(
            self.tr(
                "Also %1 lines of aggregate figures (counts only, no personal data), which "
                "replace those received before from the same units."
            ).replace("%1", count_text(count))
        )
        self.aggregates.setVisible(bool(count))

    def _fill_refusal(self, error: UserError) -> None:
        for widget in (
            self.new_sender_box,
            self.missing,
            self.plan_text,
            self.table,
            self.aggregates,
        ):
            widget.hide()
        self.status.setStyleSheet(BAD_STYLE)
        self.status.setText(refusal_text(error))
        self.import_button.hide()
        self.cancel_button.setText(self.tr("Close"))

    def _update_buttons(self) -> None:
        incoming = self.incoming
        ready = (
            incoming is not None
            and self.applied is None
            and self.error is None
            and (not incoming.new_sender or self.checked.isChecked())
        )
        self.import_button.setEnabled(ready)

    # ---- the dry run, then the import ------------------------------------------------------

    def _inspected(self, incoming: Incoming) -> None:
        self.incoming = incoming
        self._fill()
        self.import_button.setDefault(not incoming.new_sender)
        self._fit()

    def _fit(self) -> None:
        """As tall as what it shows, within the screen."""
        hint = self.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        height = min(hint.height(), screen.height() - 80) if screen else hint.height()
        self.resize(max(self.width(), hint.width()), max(self.height(), height))

    def _refused(self, error: UserError) -> None:
        self.error = error
        self._fill()
        self.resize(self.width(), min(self.height(), self.sizeHint().height()))

    def import_package(self) -> None:
        if self.incoming is None or not self.import_button.isEnabled():
            return
        trust = self.checked.isChecked()
        exchange, path = self.ctx.services.exchange, self.path
        self.import_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: exchange.apply(path, trust_new_sender=trust), self._applied, self._refused
        )

    def _applied(self, done: Incoming) -> None:
        self.applied = done
        self.incoming = done
        self.checked.setEnabled(False)
        target = self.ctx.prompts.save_file(
            self.tr("Save the receipt for %1").replace("%1", done.sender.name),
            self.path.with_suffix(ACK_EXTENSION),
            self.tr("Receipts (*%1)").replace("%1", ACK_EXTENSION),
        )
        if target is None:
            self._finish()
            return
        target = ensure_suffix(target, ACK_EXTENSION)
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(
            lambda: exchange.write_ack(done.package_id, target),
            self._receipt_written,
            self._receipt_failed,
        )

    def _receipt_written(self, path: Path) -> None:
        self.receipt = path
        self._finish()

    def _receipt_failed(self, error: UserError) -> None:
        self.ctx.show_error(self.windowTitle(), error)
        self._finish()

    def _finish(self) -> None:
        done = self.applied
        assert done is not None
        self.ctx.events.publish(IMPORTED)
        totals = done.plan.totals()
        text = user_message(
            "exchange.imported",
            {
                "sequence": done.sequence,
                "unit": done.sender.name,
                "added": count_text(totals.added),
                "updated": count_text(totals.updated),
                "unchanged": count_text(totals.unchanged),
                "conflicts": count_text(totals.conflicts),
                "refused": count_text(totals.refused),
            },
        )
        if self.receipt is not None:
            text += "\n\n" + self.tr(
                "The receipt is saved as %1. Take it back to %2: its next package then starts "
                "from here."
            ).replace("%1", str(self.receipt)).replace("%2", done.sender.name)
        else:
            text += "\n\n" + self.tr(
                "No receipt was saved: the next package from %1 will carry these records again, "
                "which does no harm."
            ).replace("%1", done.sender.name)
        if totals.conflicts:
            text += "\n\n" + self.tr(
                "Records changed both here and at the sender are kept as they are here: settle "
                "them with the Conflicts button."
            )
        self.summary = text
        self._fill()
        self.ctx.prompts.info(self.windowTitle(), text)
        self.accept()
