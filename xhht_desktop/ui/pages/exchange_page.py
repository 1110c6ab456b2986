"""Gửi và nhận dữ liệu: this unit's key, packages written for the parent (and its receipts),
packages imported from the units below, who sends them, and the conflicts left to settle.

Packages travel on USB sticks: a branch writes one for its ward, a ward for its province. The
receiver checks and previews it, applies it and hands a receipt back, so the next package
starts from there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.cycle_documents import count_text
from xhht_desktop.services.exchange import (
    ACK_EXTENSION,
    KEY_EXTENSION,
    PARENT_LEVEL,
    ExportResult,
    Sender,
    UnitInfo,
)
from xhht_desktop.services.packages.container import EXTENSION
from xhht_desktop.storage.orm import ExportedPackageRecord
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.package_import import (
    HINT_STYLE,
    WARNING_STYLE,
    fingerprint_font,
    fingerprint_label,
    kind_label,
    missing_text,
    refusal_text,
    when_text,
)
from xhht_desktop.ui.labels import level_label
from xhht_desktop.ui.messages import user_message
from xhht_desktop.ui.prompts import ensure_suffix
from xhht_desktop.ui.widgets.record_table import record_table

MISSING_COLOR = QColor("#b00020")
TABLE_HEIGHT = 140
MISSING_COLUMN = 4
INCREMENTAL, FULL, AGGREGATES = "incremental", "full", "aggregates"


@dataclass(frozen=True)
class ParentUnit:
    code: str
    name: str
    level: str
    fingerprint: str


@dataclass(frozen=True)
class Snapshot:
    """What the page shows, read in one go on the database thread."""

    installation: Installation | None = None
    fingerprint: str = ""
    parent: ParentUnit | None = None
    exported: list[ExportedPackageRecord] = field(default_factory=list)
    senders: list[Sender] = field(default_factory=list)
    conflicts: int = 0


def _rows_in(record: ExportedPackageRecord) -> int:
    try:
        counts = json.loads(record.summary or "{}")
    except ValueError:
        return 0
    return sum(v for v in counts.values() if isinstance(v, int)) if isinstance(counts, dict) else 0


def _hint() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet(HINT_STYLE)
    return label


class ExchangePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = Snapshot()
        self.last_folder: Path | None = None
        self.last_export: ExportResult | None = None
        self.last_dialog: QDialog | None = None
        self.intro = QLabel(wordWrap=True)

        # -- this unit
        self.unit_box = QGroupBox()
        self.fingerprint_title = QLabel()
        self.fingerprint = fingerprint_label()
        self.fingerprint_hint = _hint()
        self.save_key_button = QPushButton()
        self.key_hint = _hint()
        self.parent_title = QLabel()
        self.parent_value = QLabel()
        self.parent_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.parent_key_button = QPushButton()
        unit = QGridLayout(self.unit_box)
        unit.addWidget(self.fingerprint_title, 0, 0)
        unit.addWidget(self.fingerprint, 0, 1, 1, 2)
        unit.addWidget(self.fingerprint_hint, 1, 1, 1, 2)
        unit.addWidget(self.key_hint, 2, 1)
        unit.addWidget(self.save_key_button, 2, 2)
        unit.addWidget(self.parent_title, 3, 0)
        unit.addWidget(self.parent_value, 3, 1)
        unit.addWidget(self.parent_key_button, 3, 2)
        unit.setColumnStretch(1, 1)

        # -- send to the parent
        self.send_box = QGroupBox()
        self.incremental = QRadioButton()
        self.full = QRadioButton()
        self.aggregates = QRadioButton()
        self.incremental.setChecked(True)
        self.kinds = QButtonGroup(self)
        self.kind_hints: list[QLabel] = []
        kinds = QGridLayout()
        for row, radio in enumerate((self.incremental, self.full, self.aggregates)):
            self.kinds.addButton(radio)
            hint = _hint()
            self.kind_hints.append(hint)
            kinds.addWidget(radio, row, 0)
            kinds.addWidget(hint, row, 1)
        kinds.setColumnStretch(1, 1)
        self.write_button = QPushButton()
        self.receipt_button = QPushButton()
        send_actions = QHBoxLayout()
        send_actions.addWidget(self.write_button)
        send_actions.addWidget(self.receipt_button)
        send_actions.addStretch(1)
        self.exported_title = QLabel()
        self.exported_table = record_table(6, 5)
        self.exported_table.setMinimumHeight(TABLE_HEIGHT)
        send = QVBoxLayout(self.send_box)
        send.addLayout(kinds)
        send.addLayout(send_actions)
        send.addWidget(self.exported_title)
        send.addWidget(self.exported_table, 1)

        # -- receive from the units below
        self.receive_box = QGroupBox()
        self.import_button = QPushButton()
        self.conflicts_button = QPushButton()
        receive_actions = QHBoxLayout()
        receive_actions.addWidget(self.import_button)
        receive_actions.addWidget(self.conflicts_button)
        receive_actions.addStretch(1)
        self.receive_hint = _hint()
        self.senders_title = QLabel()
        self.senders_table = record_table(7, 0)
        self.senders_table.setMinimumHeight(TABLE_HEIGHT)
        # Every column as wide as its text, scrolled when the page is narrow.
        header = self.senders_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        receive = QVBoxLayout(self.receive_box)
        receive.addLayout(receive_actions)
        receive.addWidget(self.receive_hint)
        receive.addWidget(self.senders_title)
        receive.addWidget(self.senders_table, 1)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(self.intro)
        inner.addWidget(self.unit_box)
        inner.addWidget(self.receive_box, 1)  # data flows upward: from below, then up
        inner.addWidget(self.send_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.save_key_button.clicked.connect(self.save_key)
        self.parent_key_button.clicked.connect(self.import_parent_key)
        self.write_button.clicked.connect(self.write_package)
        self.receipt_button.clicked.connect(self.import_receipt)
        self.import_button.clicked.connect(self.import_package)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    # ---- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Data travels on a USB stick: each unit writes a package for the unit above it, "
                "which checks it, imports it and gives back a receipt. Packages are signed, and "
                "encrypted once the parent's key file is imported here."
            )
        )
        self.unit_box.setTitle(self.tr("This unit"))
        self.fingerprint_title.setText(self.tr("Key fingerprint:"))
        self.fingerprint_hint.setText(
            self.tr(
                "Read it out over the phone when another unit checks a package or a key file "
                "from this unit, before trusting the first one."
            )
        )
        self.save_key_button.setText(self.tr("&Save this unit's key file…"))
        self.key_hint.setText(
            self.tr(
                "Give it once to the units below: their packages are then encrypted so that "
                "only this unit can read them."
            )
        )
        self.parent_title.setText(self.tr("Parent unit:"))
        self.parent_key_button.setText(self.tr("Import the &parent's key file…"))

        self.send_box.setTitle(self.tr("Send to the parent"))
        self.incremental.setText(self.tr("&Changes"))
        self.full.setText(self.tr("&Everything"))
        self.aggregates.setText(self.tr("&Aggregates only"))
        hints = (
            self.tr(
                "What changed or arrived here since the package the parent acknowledged with "
                "its receipt (all of it, the first time)."
            ),
            self.tr("All of this unit's data, for example when a package was lost."),
            self.tr("Only the counts per model, year and tổ: no names, no personal data."),
        )
        for label, text in zip(self.kind_hints, hints, strict=True):
            label.setText(text)
        self.write_button.setText(self.tr("&Write the package…"))
        self.receipt_button.setText(self.tr("Import the parent's &receipt…"))
        self.exported_title.setText(self.tr("Packages written:"))
        self.exported_table.setHorizontalHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Written on"),
                self.tr("Content"),
                self.tr("Records"),
                self.tr("Receipt from the parent"),
                self.tr("File"),
            ]
        )

        self.receive_box.setTitle(self.tr("Receive from the units below"))
        self.import_button.setText(self.tr("&Import a package…"))
        self.receive_hint.setText(
            self.tr(
                "Importing first shows what the package would change; nothing is changed until "
                "you press Import. A copy of the data is saved just before."
            )
        )
        self.senders_title.setText(self.tr("Units that send packages here:"))
        self.senders_table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Code"),
                self.tr("Key fingerprint"),
                self.tr("Last package"),
                self.tr("Missing packages"),
                self.tr("Imported on"),
                self.tr("Trusted since"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.fingerprint.setFont(fingerprint_font(self.font()))
        super().changeEvent(event)

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        services = self.ctx.services

        def load() -> Snapshot:
            inst = services.installation.get()
            if inst is None:
                return Snapshot()
            exchange = services.exchange
            parent = exchange.parent()
            known = None
            if parent is not None:
                known = ParentUnit(
                    parent.code, parent.name, parent.level, _fingerprint(parent.public_key)
                )
            return Snapshot(
                inst,
                exchange.fingerprint(),
                known,
                exchange.exported(),
                exchange.senders(),
                len(exchange.conflicts()),
            )

        self.ctx.runner.run(load, self._loaded, self._show_error)

    def _loaded(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self._fill()

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {Kind.EXCHANGE, Kind.INSTALLATION}:
            self.reload()

    @property
    def level(self) -> Level | None:
        inst = self.snapshot.installation
        return inst.level if inst else None

    def has_parent_level(self) -> bool:
        return self.level is not None and bool(PARENT_LEVEL[self.level])

    def has_children(self) -> bool:
        return self.level is not None and self.level is not Level.BRANCH

    def _fill(self) -> None:
        snap = self.snapshot
        ready = snap.installation is not None
        self.fingerprint.setText(snap.fingerprint or "—")
        self.save_key_button.setVisible(self.has_children())
        self.key_hint.setVisible(self.has_children())
        for widget in (self.parent_title, self.parent_value, self.parent_key_button):
            widget.setVisible(self.has_parent_level())
        self.send_box.setVisible(self.has_parent_level())
        self.receive_box.setVisible(self.has_children())
        for button in (
            self.save_key_button,
            self.parent_key_button,
            self.write_button,
            self.import_button,
        ):
            button.setEnabled(ready)
        self.receipt_button.setEnabled(snap.parent is not None)
        parent = snap.parent
        if parent is None:
            self.parent_value.setStyleSheet(WARNING_STYLE)
            self.parent_value.setText(
                self.tr("No key of the parent unit yet: packages are not encrypted")
            )
        else:
            self.parent_value.setStyleSheet("")
            levels = {lv.value: lv for lv in Level}
            level = level_label(levels[parent.level]) if parent.level in levels else ""
            text = f"<b>{_html(parent.name)}</b> ({_html(parent.code)})"
            if level:
                text += f" · {_html(level)}"
            if parent.fingerprint:
                text += "<br>" + self.tr("Its key: %1 — packages are encrypted to it").replace(
                    "%1", f"<tt>{_html(parent.fingerprint)}</tt>"
                )
            self.parent_value.setText(text)
        self._fill_exported()
        self._fill_senders()
        self.conflicts_button.setText(
            self.tr("C&onflicts (%1)…").replace("%1", str(snap.conflicts))
        )
        self.conflicts_button.setEnabled(snap.conflicts > 0)

    def _fill_exported(self) -> None:
        records = list(reversed(self.snapshot.exported))  # the newest first
        table = self.exported_table
        table.setRowCount(len(records))
        for row, r in enumerate(records):
            receipt = (
                self.tr("Yes, %1").replace("%1", when_text(r.acknowledged_at))
                if r.acknowledged_at
                else self.tr("Not yet")
            )
            path = Path(r.file_name) if r.file_name else None
            cells = (
                str(r.sequence),
                when_text(r.created_at),
                kind_label(r.kind),
                count_text(_rows_in(r)),
                receipt,
                path.name if path else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 5 and path is not None:
                    item.setToolTip(str(path))
                table.setItem(row, column, item)

    def _fill_senders(self) -> None:
        senders = self.snapshot.senders
        table = self.senders_table
        table.setRowCount(len(senders))
        for row, s in enumerate(senders):
            cells = (
                s.name,
                s.code,
                s.fingerprint,
                self.tr("No. %1 of %2")
                .replace("%1", str(s.last_sequence))
                .replace("%2", when_text(s.last_package_at))
                if s.last_sequence
                else "",
                missing_text(s.missing),
                when_text(s.last_imported_at),
                when_text(s.trusted_at, time=False),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == MISSING_COLUMN and s.missing:
                    item.setForeground(QBrush(MISSING_COLOR))
                    item.setToolTip(text)
                table.setItem(row, column, item)

    def row_texts(self, table: QTableWidget, row: int) -> list[str]:
        """One row as its texts (for tests and for reading back)."""
        return [
            item.text() if (item := table.item(row, c)) is not None else ""
            for c in range(table.columnCount())
        ]

    # ---- keys ------------------------------------------------------------------------------

    def save_key(self) -> None:
        inst = self.snapshot.installation
        if inst is None:
            return
        suggested = self.ctx.services.paths.data_dir / f"{_safe(inst.unit_code)}{KEY_EXTENSION}"
        path = self.ctx.prompts.save_file(
            self.tr("Save this unit's key file"),
            suggested,
            self.tr("Key files (*%1)").replace("%1", KEY_EXTENSION),
        )
        if path is None:
            return
        target = ensure_suffix(path, KEY_EXTENSION)
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(lambda: exchange.export_key(target), self._key_saved, self._show_error)

    def _key_saved(self, path: Path) -> None:
        self.ctx.prompts.info(
            self.tr("Send and receive data"),
            user_message(
                "exchange.key_written",
                {"file": str(path), "fingerprint": self.snapshot.fingerprint},
            ),
        )

    def import_parent_key(self) -> None:
        path = self.ctx.prompts.open_path(
            self.tr("Import the parent unit's key file"),
            self.tr("Key files (*%1)").replace("%1", KEY_EXTENSION),
        )
        if path is None:
            return
        exchange = self.ctx.services.exchange

        def work() -> tuple[UnitInfo, str]:
            unit = exchange.import_parent_key(path)
            parent = exchange.parent()
            return unit, _fingerprint(parent.public_key if parent else "")

        self.ctx.runner.run(work, self._parent_imported, self._show_refusal)

    def _parent_imported(self, result: tuple[UnitInfo, str]) -> None:
        unit, fingerprint = result
        self.ctx.events.publish(Changes.of(Kind.EXCHANGE))
        text = user_message("exchange.parent_known", {"unit": unit.name, "unit_code": unit.code})
        if fingerprint:
            text += "\n\n" + self.tr(
                "Check its key's fingerprint with the parent unit by phone: %1"
            ).replace("%1", fingerprint)
        self.ctx.prompts.info(self.tr("Send and receive data"), text)

    # ---- sending ---------------------------------------------------------------------------

    def chosen_kind(self) -> str:
        if self.full.isChecked():
            return FULL
        if self.aggregates.isChecked():
            return AGGREGATES
        return INCREMENTAL

    def write_package(self) -> None:
        folder = self.ctx.prompts.choose_folder(
            self.tr("Choose the USB stick (or folder) to write the package to"),
            self.last_folder or Path.home(),
        )
        if folder is None:
            return
        self.last_folder = folder
        kind = self.chosen_kind()
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(
            lambda: exchange.export_package(
                folder, full=kind == FULL, aggregates_only=kind == AGGREGATES
            ),
            self._written,
            self._show_error,
        )

    def _written(self, result: ExportResult) -> None:
        self.last_export = result
        self.ctx.events.publish(Changes.of(Kind.EXCHANGE))
        text = user_message(
            "exchange.exported",
            {
                "sequence": result.sequence,
                "file": str(result.path),
                "rows": count_text(sum(result.rows.values())),
            },
        )
        text += "\n\n" + self.tr(
            "Its one-page summary is next to it (%1): print it, sign it and send it with the "
            "USB stick."
        ).replace("%1", result.summary_path.name)
        title = self.tr("Send to the parent")
        if result.encrypted:
            parent = self.snapshot.parent
            name = parent.name if parent else ""
            text += "\n\n" + self.tr("The package is encrypted: only %1 can read it.").replace(
                "%1", name
            )
            self.ctx.prompts.info(title, text)
        else:
            text += "\n\n" + user_message("exchange.not_encrypted")
            self.ctx.prompts.error(title, text)

    def import_receipt(self) -> None:
        path = self.ctx.prompts.open_path(
            self.tr("Import the parent unit's receipt"),
            self.tr("Receipts (*%1)").replace("%1", ACK_EXTENSION),
        )
        if path is None:
            return
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(
            lambda: exchange.import_ack(path), self._acknowledged, self._show_refusal
        )

    def _acknowledged(self, sequence: int) -> None:
        self.ctx.events.publish(Changes.of(Kind.EXCHANGE))
        self.ctx.prompts.info(
            self.tr("Send to the parent"),
            user_message("exchange.acknowledged", {"sequence": sequence}),
        )

    # ---- receiving -------------------------------------------------------------------------

    def import_package(self) -> None:
        from xhht_desktop.ui.dialogs.package_import import PackageImportDialog

        path = self.ctx.prompts.open_path(
            self.tr("Import a package"),
            self.tr("XHHT packages (*%1)").replace("%1", EXTENSION),
        )
        if path is None:
            return
        self._keep(PackageImportDialog(self.ctx, path, self)).exec()

    def open_conflicts(self) -> None:
        from xhht_desktop.ui.dialogs.conflicts import ConflictsDialog

        self._keep(ConflictsDialog(self.ctx, self)).exec()

    def _keep(self, dialog: QDialog) -> QDialog:
        """The dialog shown now; the one before goes (they are children of the page)."""
        if self.last_dialog is not None:
            self.last_dialog.deleteLater()
        self.last_dialog = dialog
        return dialog

    # ---- errors ----------------------------------------------------------------------------

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Send and receive data"), error)

    def _show_refusal(self, error: UserError) -> None:
        """A key file or receipt refused: its own words, or a plain refusal."""
        self.ctx.prompts.error(self.tr("Send and receive data"), refusal_text(error))


def _fingerprint(public_key_hex: str) -> str:
    if not public_key_hex:
        return ""
    from xhht_desktop.services.signing import fingerprint_of

    return fingerprint_of(bytes.fromhex(public_key_hex))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code) or "unit"
