"""Records changed both here and at the unit that sent them, since they last came: this PC's
version is kept, and the user takes from the sender's version, field by field, what is right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import EconomicStatus, Education, Gender, Literacy, Relation
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes
from xhht_desktop.services.exchange import Conflict, Sender
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.package_import import CONTEXT, HINT_STYLE, table_label, when_text
from xhht_desktop.ui.labels import (
    education_label,
    gender_label,
    literacy_label,
    relation_label,
    status_label,
)
from xhht_desktop.ui.widgets.record_table import record_table

# Kept in step with the fields they are made from: not shown, taken along with any field taken.
DERIVED = frozenset(
    {"sort_key", "address_key", "search_key", "name_key", "title_key", "issuer_key"}
)
TAKE_COLUMN = 3
LONGEST = 120  # characters of a value shown in its cell; the whole of it in the tooltip

_FIELDS = {
    "house_number": QT_TRANSLATE_NOOP("Exchange", "House number"),
    "street": QT_TRANSLATE_NOOP("Exchange", "Street"),
    "to_group": QT_TRANSLATE_NOOP("Exchange", "Tổ"),
    "hamlet": QT_TRANSLATE_NOOP("Exchange", "Hamlet (khu phố / ấp / thôn)"),
    "phone": QT_TRANSLATE_NOOP("Exchange", "Phone"),
    "economic_status": QT_TRANSLATE_NOOP("Exchange", "Economic status"),
    "notes": QT_TRANSLATE_NOOP("Exchange", "Notes"),
    "head_name": QT_TRANSLATE_NOOP("Exchange", "Head of household"),
    "head_uuid": QT_TRANSLATE_NOOP("Exchange", "Head of household (record)"),
    "member_count": QT_TRANSLATE_NOOP("Exchange", "Members"),
    "full_name": QT_TRANSLATE_NOOP("Exchange", "Full name"),
    "gender": QT_TRANSLATE_NOOP("Exchange", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Exchange", "Date of birth"),
    "birth_year": QT_TRANSLATE_NOOP("Exchange", "Year of birth"),
    "relation": QT_TRANSLATE_NOOP("Exchange", "Relation to the head"),
    "education": QT_TRANSLATE_NOOP("Exchange", "Education"),
    "literacy": QT_TRANSLATE_NOOP("Exchange", "Literacy"),
    "studying": QT_TRANSLATE_NOOP("Exchange", "Studying"),
    "school": QT_TRANSLATE_NOOP("Exchange", "School"),
    "grade": QT_TRANSLATE_NOOP("Exchange", "Grade"),
    "occupation": QT_TRANSLATE_NOOP("Exchange", "Occupation"),
    "is_member": QT_TRANSLATE_NOOP("Exchange", "Association member"),
    "position": QT_TRANSLATE_NOOP("Exchange", "Order in the household"),
    "household_uuid": QT_TRANSLATE_NOOP("Exchange", "Household (record)"),
    "title": QT_TRANSLATE_NOOP("Exchange", "Title"),
    "name": QT_TRANSLATE_NOOP("Exchange", "Name"),
    "start_date": QT_TRANSLATE_NOOP("Exchange", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Exchange", "End date"),
    "deleted_at": QT_TRANSLATE_NOOP("Exchange", "Deleted (in the trash) on"),
    "registered_on": QT_TRANSLATE_NOOP("Exchange", "Registered on"),
    "criteria_set_uuid": QT_TRANSLATE_NOOP("Exchange", "Criteria set (record)"),
    "score": QT_TRANSLATE_NOOP("Exchange", "Score sheet"),
    "total": QT_TRANSLATE_NOOP("Exchange", "Total points"),
    "band": QT_TRANSLATE_NOOP("Exchange", "Result"),
    "met": QT_TRANSLATE_NOOP("Exchange", "Standard met"),
    "scored_at": QT_TRANSLATE_NOOP("Exchange", "Scored on"),
    "review_uuid": QT_TRANSLATE_NOOP("Exchange", "Review meeting (record)"),
    "proposed": QT_TRANSLATE_NOOP("Exchange", "Proposed for recognition"),
    "review_note": QT_TRANSLATE_NOOP("Exchange", "Review note"),
    "decision_uuid": QT_TRANSLATE_NOOP("Exchange", "Recognition decision (record)"),
    "commendation_uuid": QT_TRANSLATE_NOOP("Exchange", "Commendation (record)"),
}
_LABELS = {
    "economic_status": (EconomicStatus, status_label),
    "gender": (Gender, gender_label),
    "relation": (Relation, relation_label),
    "education": (Education, education_label),
    "literacy": (Literacy, literacy_label),
}


def field_label(name: str) -> str:
    source = _FIELDS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name.replace("_", " ")


def value_text(name: str, value: object) -> str:
    """A field's value as a person reads it: labels for codes, Yes/No, dates as dd/mm/yyyy."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        yes, no = QT_TRANSLATE_NOOP("Exchange", "Yes"), QT_TRANSLATE_NOOP("Exchange", "No")
        return QCoreApplication.translate(CONTEXT, yes if value else no)
    if name in _LABELS and isinstance(value, str):
        enum, label = _LABELS[name]
        try:
            return label(enum(value)) or value  # type: ignore[operator]
        except ValueError:
            return value
    text = str(value)
    if len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-" and text[:4].isdigit():
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            return text
        # Stored times are UTC, shown in local time; a date alone is a date anywhere.
        return when_text(moment, seconds=True) if len(text) > 10 else f"{moment:%d/%m/%Y}"
    return text if len(text) <= LONGEST else text[: LONGEST - 1] + "…"


class ConflictsDialog(QDialog):
    """The open conflicts; choosing one shows what differs and lets the user take fields."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[Conflict] = []
        self.names: dict[str, str] = {}
        self.shown: Conflict | None = None
        self.resolved = 0
        self.intro = QLabel(wordWrap=True)
        self.list = record_table(4, 1)
        self.fields_label = QLabel(wordWrap=True)
        self.fields = record_table(4, None)
        self.fields.setWordWrap(True)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.keep_button = QPushButton()
        self.empty = QLabel(wordWrap=True)
        self.empty.setStyleSheet("font-weight: bold;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.fields_label)
        lower_layout.addWidget(self.fields, 1)
        lower_layout.addWidget(self.hint)
        keep = QHBoxLayout()
        keep.addStretch(1)
        keep.addWidget(self.keep_button)
        lower_layout.addLayout(keep)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.keep_button.clicked.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        self.resize(860, 620)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.intro.setText(
            self.tr(
                "These records were changed both on this computer and at the unit that sent them "
                "since they last came. This computer's version is kept; choose, field by field, "
                "what to take from the sender's version."
            )
        )
        self.empty.setText(self.tr("No conflict is waiting: every record is settled."))
        self.list.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Record"), self.tr("From"), self.tr("Arrived on")]
        )
        self.fields.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Value here"),
                self.tr("Value from the sender"),
                self.tr("Take the sender's"),
            ]
        )
        self.hint.setText(
            self.tr(
                "Fields not ticked keep this computer's value. Once kept, the sender's version "
                "counts as seen: only its next change raises a new conflict."
            )
        )
        self.keep_button.setText(self.tr("&Keep these choices"))
        self._fill_list()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        exchange = self.ctx.services.exchange

        def load() -> tuple[list[Conflict], list[Sender]]:
            return exchange.conflicts(), exchange.senders()

        self.ctx.runner.run(load, self._loaded, self._failed)

    def _loaded(self, found: tuple[list[Conflict], list[Sender]]) -> None:
        conflicts, senders = found
        self.names = {s.code: s.name for s in senders}
        previous = self.shown.id if self.shown else None
        self.conflicts = conflicts
        self._fill_list()
        ids = [c.id for c in conflicts]
        row = ids.index(previous) if previous in ids else 0
        if conflicts:
            self.list.selectRow(row)
        self._show_selected()

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            sender = self.names.get(c.sender_code, "")
            cells = (
                table_label(c.table),
                c.uuid,
                f"{sender} ({c.sender_code})" if sender else c.sender_code,
                when_text(c.created_at),
            )
            for column, text in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(text))
        self.list.blockSignals(False)
        self.empty.setVisible(not self.conflicts)

    def selected(self) -> Conflict | None:
        rows = {i.row() for i in self.list.selectedItems()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self.conflicts[row] if row < len(self.conflicts) else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        self.shown = conflict
        visible = [f for f in conflict.fields if f[0] not in DERIVED] if conflict else []
        self.fields.setRowCount(len(visible))
        for row, (name, here, sender) in enumerate(visible):
            label = QTableWidgetItem(field_label(name))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.setItem(row, 0, label)
            for column, value in ((1, here), (2, sender)):
                item = QTableWidgetItem(value_text(name, value))
                if value is not None and len(str(value)) > LONGEST:
                    item.setToolTip(str(value))
                self.fields.setItem(row, column, item)
            take = QTableWidgetItem(self.tr("Take"))
            take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            take.setCheckState(Qt.CheckState.Unchecked)
            self.fields.setItem(row, TAKE_COLUMN, take)
        self.fields.resizeRowsToContents()
        if conflict is None:
            self.fields_label.setText(self.tr("Choose a record above to see what differs."))
        else:
            sender = self.names.get(conflict.sender_code, conflict.sender_code)
            self.fields_label.setText(
                self.tr("%1 %2: what differs between this computer and %3")
                .replace("%1", table_label(conflict.table))
                .replace("%2", conflict.uuid)
                .replace("%3", sender)
            )
        self.keep_button.setEnabled(conflict is not None)

    # ---- deciding --------------------------------------------------------------------------

    def chosen_fields(self) -> list[str]:
        """The fields ticked, with the search and sort keys made from them."""
        chosen = []
        for row in range(self.fields.rowCount()):
            take = self.fields.item(row, TAKE_COLUMN)
            if take is not None and take.checkState() == Qt.CheckState.Checked:
                chosen.append(str(self.fields.item(row, 0).data(Qt.ItemDataRole.UserRole)))
        if chosen and self.shown is not None:
            chosen += [f[0] for f in self.shown.fields if f[0] in DERIVED]
        return chosen

    def set_taken(self, field: str, take: bool = True) -> None:
        """Tick (or untick) "take the sender's" for one field, by its name."""
        for row in range(self.fields.rowCount()):
            if self.fields.item(row, 0).data(Qt.ItemDataRole.UserRole) == field:
                state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
                self.fields.item(row, TAKE_COLUMN).setCheckState(state)

    def keep(self) -> None:
        conflict = self.shown
        if conflict is None:
            return
        chosen = self.chosen_fields()
        exchange = self.ctx.services.exchange
        self.ctx.runner.run(
            lambda: exchange.resolve(conflict.id, chosen), self._resolved, self._failed
        )

    def _resolved(self, changes: Changes) -> None:
        self.resolved += 1
        self.shown = None
        self.ctx.events.publish(changes)
        self.reload()

    def _failed(self, error: UserError) -> None:
        self.ctx.show_error(self.windowTitle(), error)
        self.reload()
