"""Edit a criteria set not used yet: its details, its tree of criteria and its recognition rule.

The dialog only builds a CriteriaSet from what is on screen; the service validates it (codes,
maxima, steps, the rule's references) and the dialog shows what is wrong until it saves.
What the form does not show — an item's guidance, evidence and how the records pre-fill it —
travels with the item on screen, whatever its code becomes.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import (
    Band,
    CriteriaSet,
    Criterion,
    CriterionMinimum,
    Kind,
    Rule,
)
from xhht_desktop.ui.widgets.field_error import ERROR_STYLE

NO_LAST_YEAR = 0  # the spin box's special value: "still applies"
CODE, WORDING, KIND, MAXIMUM = range(4)
ORIGINAL = Qt.ItemDataRole.UserRole  # on an item's code: the Criterion it was built from
MAX_POINTS = 1000


def _points(value: float) -> Decimal:
    return Decimal(str(round(value, 1)))


def _cell_points(table: QTableWidget, row: int, column: int) -> Decimal | None:
    """A typed number ("7,5" or "7.5"); None when it is not one."""
    item = table.item(row, column)
    text = (item.text() if item else "").strip().replace(",", ".")
    try:
        value = Decimal(text) if text else None
    except InvalidOperation:
        return None
    return value if value is not None and value.is_finite() else None  # not "NaN", "Inf"


class CriteriaSetEditor(QDialog):
    def __init__(self, criteria_set: CriteriaSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criteria_set = criteria_set
        self.setMinimumSize(820, 620)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._details_tab(criteria_set), "")
        self.tabs.addTab(self._criteria_tab(criteria_set), "")
        self.tabs.addTab(self._rule_tab(criteria_set.rule), "")
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.retranslate()

    # ---- the three tabs ----------------------------------------------------------------
    def _details_tab(self, cs: CriteriaSet) -> QWidget:
        self.title_edit = QLineEdit(cs.title)
        self.document = QLineEdit(cs.document)
        self.first_year, self.last_year = QSpinBox(), QSpinBox()
        self.first_year.setRange(2000, 2100)
        self.first_year.setValue(cs.first_year)
        self.last_year.setRange(NO_LAST_YEAR, 2100)
        self.last_year.setValue(cs.last_year or NO_LAST_YEAR)
        self.confirmed = QCheckBox()
        self.confirmed.setChecked(not cs.sample)
        page = QWidget()
        form = QFormLayout(page)
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self.labels,
            (self.title_edit, self.document, self.first_year, self.last_year),
            strict=True,
        ):
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.confirmed)
        return page

    def _criteria_tab(self, cs: CriteriaSet) -> QWidget:
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WORDING, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for criterion in cs.criteria:
            self._add_item(self.tree.invisibleRootItem(), criterion)
        self.tree.expandAll()
        self.add_item_button, self.add_part_button = QPushButton(), QPushButton()
        self.remove_button, self.up_button, self.down_button = (QPushButton() for _ in range(3))
        self.add_item_button.clicked.connect(self.add_item)
        self.add_part_button.clicked.connect(self.add_part)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.tree_hint = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        for button in (
            self.add_item_button,
            self.add_part_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.tree_hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        return page

    def _rule_tab(self, rule: Rule) -> QWidget:
        self.min_total = QDoubleSpinBox(decimals=1, maximum=MAX_POINTS)
        self.min_total.setValue(float(rule.min_total))
        self.knock_outs = QLineEdit(", ".join(rule.knock_outs))
        self.minimums = QTableWidget(0, 2)
        for m in rule.min_per_criterion:
            self._append_row(self.minimums, (m.code, str(m.min_points)))
        self.bands = QTableWidget(0, 3)
        for band in rule.bands:
            self._append_row(self.bands, (band.code, band.label, str(band.min_total)))
        page = QWidget()
        form = QFormLayout(page)
        self.rule_labels = [QLabel() for _ in range(4)]
        self.table_buttons: list[tuple[QPushButton, QPushButton]] = []
        for label, widget in zip(
            self.rule_labels,
            (self.min_total, self.knock_outs, self.minimums, self.bands),
            strict=True,
        ):
            label.setBuddy(widget)
            if isinstance(widget, QTableWidget):
                widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
                widget.verticalHeader().hide()
                add, remove = QPushButton(), QPushButton()
                add.clicked.connect(lambda _c=False, t=widget: self._append_row(t, ()))
                remove.clicked.connect(lambda _c=False, t=widget: self._remove_rows(t))
                self.table_buttons.append((add, remove))
                box = QVBoxLayout()
                box.addWidget(widget)
                row = QHBoxLayout()
                row.addWidget(add)
                row.addWidget(remove)
                row.addStretch()
                box.addLayout(row)
                form.addRow(label, box)
            else:
                form.addRow(label, widget)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Criteria set"))
        for index, text in enumerate(
            (self.tr("&General"), self.tr("&Criteria"), self.tr("Recognition rul&e"))
        ):
            self.tabs.setTabText(index, text)
        for label, text in zip(
            self.labels,
            (
                self.tr("&Title:"),
                self.tr("Issuing &document:"),
                self.tr("&First year:"),
                self.tr("&Last year:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.last_year.setSpecialValueText(self.tr("still applies"))
        self.confirmed.setText(
            self.tr("Wording and points confirmed by the association (no longer a sample)")
        )
        self.tree.setHeaderLabels(
            [self.tr("Item"), self.tr("Wording"), self.tr("Scored as"), self.tr("Max. points")]
        )
        self.tree_hint.setText(
            self.tr(
                "Double-click a code or a wording to change it. An item with parts adds up its "
                "parts; give it a maximum only to cap that sum."
            )
        )
        self.add_item_button.setText(self.tr("&Add item"))
        self.add_part_button.setText(self.tr("Add &part"))
        self.remove_button.setText(self.tr("Re&move"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        for label, text in zip(
            self.rule_labels,
            (
                self.tr("Mi&nimum total:"),
                self.tr("Items that must be &met:"),
                self.tr("Minimum &per item:"),
                self.tr("&Bands:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.knock_outs.setPlaceholderText(self.tr("Codes separated by commas, e.g. 1.a, 3"))
        self.minimums.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Minimum points")])
        self.bands.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Word printed"), self.tr("From total")]
        )
        for add, remove in self.table_buttons:
            add.setText(self.tr("Add a row"))
            remove.setText(self.tr("Remove the row"))
        for item in self._all_items():
            self._retranslate_kind(item)

    # ---- the tree ----------------------------------------------------------------------
    def _add_item(
        self, parent: QTreeWidgetItem, criterion: Criterion, index: int | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([criterion.code, criterion.wording, "", ""])
        parent.insertChild(parent.childCount() if index is None else index, item)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(CODE, ORIGINAL, criterion)  # keeps what the form does not show
        kind = QComboBox()
        kind.addItem("", Kind.POINTS)
        kind.addItem("", Kind.PASS_FAIL)
        kind.setCurrentIndex(kind.findData(criterion.kind))
        maximum = QDoubleSpinBox(decimals=1, maximum=MAX_POINTS)
        maximum.setValue(float(criterion.max_points or 0))
        self.tree.setItemWidget(item, KIND, kind)
        self.tree.setItemWidget(item, MAXIMUM, maximum)
        kind.currentIndexChanged.connect(lambda _i, it=item: self._kind_changed(it))
        for child in criterion.children:
            self._add_item(item, child)
        self._retranslate_kind(item)  # after its parts: a parent's maximum reads "sum of parts"
        return item

    def _kind(self, item: QTreeWidgetItem) -> QComboBox:
        return self.tree.itemWidget(item, KIND)  # type: ignore[return-value]

    def _kind_of(self, item: QTreeWidgetItem) -> Kind:
        return Kind(self._kind(item).currentData())  # Qt hands the enum back as a plain str

    def _maximum(self, item: QTreeWidgetItem) -> QDoubleSpinBox:
        return self.tree.itemWidget(item, MAXIMUM)  # type: ignore[return-value]

    def _retranslate_kind(self, item: QTreeWidgetItem) -> None:
        kind = self._kind(item)
        kind.setItemText(0, self.tr("points"))
        kind.setItemText(1, self.tr("met / not met"))
        self._maximum(item).setSpecialValueText(
            self.tr("sum of parts") if item.childCount() else ""
        )
        self._kind_changed(item)

    def _kind_changed(self, item: QTreeWidgetItem) -> None:
        self._maximum(item).setEnabled(self._kind_of(item) is Kind.POINTS)

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(parent: QTreeWidgetItem) -> None:
            for index in range(parent.childCount()):
                found.append(parent.child(index))
                walk(parent.child(index))

        walk(self.tree.invisibleRootItem())
        return found

    def _new_code(self, parent: QTreeWidgetItem) -> str:
        """The next free code under `parent`: 5 after 4, 2.c after 2.b."""
        taken = {item.text(CODE) for item in self._all_items()}
        if parent is self.tree.invisibleRootItem():
            candidates = (str(n) for n in range(1, 1000))
        else:
            candidates = (f"{parent.text(CODE)}.{chr(ord('a') + n)}" for n in range(26))
        return next((c for c in candidates if c not in taken), "")

    def _insert(self, parent: QTreeWidgetItem) -> None:
        criterion = Criterion(self._new_code(parent), "", Decimal(1))
        item = self._add_item(parent, criterion)
        if parent is not self.tree.invisibleRootItem():
            self._retranslate_kind(parent)  # a parent's maximum now reads "sum of parts"
        parent.setExpanded(True)
        self.tree.setCurrentItem(item, WORDING)
        self.tree.editItem(item, WORDING)

    def add_item(self) -> None:
        """A new item beside the selected one (at the top level when none is selected)."""
        current = self.tree.currentItem()
        parent = current.parent() if current is not None else None
        self._insert(parent or self.tree.invisibleRootItem())

    def add_part(self) -> None:
        current = self.tree.currentItem()
        if current is not None:
            self._insert(current)

    def remove_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent() or self.tree.invisibleRootItem()
        parent.removeChild(current)
        if parent is not self.tree.invisibleRootItem():
            self._retranslate_kind(parent)

    def move_item(self, step: int) -> None:
        """Up or down among its siblings; the item keeps its parts, code and values."""
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent() or self.tree.invisibleRootItem()
        index = parent.indexOfChild(current)
        if not 0 <= index + step < parent.childCount():
            return
        # Item widgets do not survive taking an item out: rebuild it at its new place.
        criterion = self._criterion(current)
        parent.removeChild(current)
        moved = self._add_item(parent, criterion, index + step)
        moved.setExpanded(True)
        self.tree.setCurrentItem(moved)

    # ---- what is on screen as a CriteriaSet -----------------------------------------------
    def _criterion(self, item: QTreeWidgetItem) -> Criterion:
        code = item.text(CODE).strip()
        kind = self._kind_of(item)
        spin = self._maximum(item)
        maximum: Decimal | None = _points(spin.value())
        if kind is Kind.PASS_FAIL or (item.childCount() and spin.value() == 0):
            maximum = None
        kept: Criterion = item.data(CODE, ORIGINAL)
        children = tuple(self._criterion(item.child(i)) for i in range(item.childCount()))
        return replace(
            kept,
            code=code,
            wording=item.text(WORDING),
            max_points=maximum,
            kind=kind,
            children=children,
            derive=kept.derive if not children else "",
            derive_params=kept.derive_params if not children else (),
        )

    def _rule(self) -> Rule:
        minimums = tuple(
            CriterionMinimum(code, points)
            for row in range(self.minimums.rowCount())
            if (code := self._cell_text(self.minimums, row, 0))
            and (points := _cell_points(self.minimums, row, 1)) is not None
        )
        bands = tuple(
            Band(code, points, self._cell_text(self.bands, row, 1))
            for row in range(self.bands.rowCount())
            if (code := self._cell_text(self.bands, row, 0))
            and (points := _cell_points(self.bands, row, 2)) is not None
        )
        knock_outs = tuple(c.strip() for c in self.knock_outs.text().split(",") if c.strip())
        return Rule(_points(self.min_total.value()), minimums, knock_outs, bands)

    def incomplete_rows(self) -> list[str]:
        """Rows of the rule's tables that lack a code or a readable number of points: _rule
        would drop them, so they are refused instead."""
        bad: list[str] = []
        for table, points in ((self.minimums, 1), (self.bands, 2)):
            for row in range(table.rowCount()):
                cells = [self._cell_text(table, row, c) for c in range(table.columnCount())]
                if any(cells) and (not cells[0] or _cell_points(table, row, points) is None):
                    bad.append(" ".join(c for c in cells if c))
        return bad

    def value(self) -> CriteriaSet:
        last = self.last_year.value()
        root = self.tree.invisibleRootItem()
        return replace(
            self.criteria_set,
            title=self.title_edit.text(),
            document=self.document.text(),
            first_year=self.first_year.value(),
            last_year=None if last == NO_LAST_YEAR else last,
            sample=not self.confirmed.isChecked(),
            criteria=tuple(self._criterion(root.child(i)) for i in range(root.childCount())),
            rule=self._rule(),
        )

    def accept(self) -> None:
        bad = self.incomplete_rows()
        if bad:
            self.error.setText(
                self.tr("Each row needs a code and a number of points: %1").replace(
                    "%1", "; ".join(bad)
                )
            )
            self.tabs.setCurrentIndex(2)
            return
        super().accept()

    # ---- small tables ------------------------------------------------------------------
    @staticmethod
    def _cell_text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    @staticmethod
    def _append_row(table: QTableWidget, values: tuple[str, ...]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column in range(table.columnCount()):
            text = values[column] if column < len(values) else ""
            table.setItem(row, column, QTableWidgetItem(text))

    @staticmethod
    def _remove_rows(table: QTableWidget) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
