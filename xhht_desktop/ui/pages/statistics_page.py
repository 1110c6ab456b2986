"""Thống kê: the upper level's view of a year — every unit below this one with its learning
models, province → ward → branch, each row its own records and its descendants' together."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import Level
from xhht_desktop.errors import UserError
from xhht_desktop.services.changes import Changes
from xhht_desktop.services.unit_statistics import UnitLine, UnitNode
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.excel import export_to_excel
from xhht_desktop.ui.labels import level_label, model_label
from xhht_desktop.ui.messages import format_points
from xhht_desktop.ui.prompts import ensure_suffix

YEARS_BACK = 5
CODE_ROLE = Qt.ItemDataRole.UserRole  # the unit's code on the name cell ("" for own records)
NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StatisticsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.root: UnitNode | None = None
        self.shown_year: int | None = None  # the year `root` counts
        self._opened = False  # the tree was shown once (then the user's expansions are kept)
        self.year = QComboBox()
        this_year = dt.date.today().year
        for year in range(this_year + 1, this_year - YEARS_BACK, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(this_year))
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year)
        self.print_button = QPushButton()
        self.excel_button = QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.excel_button)
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.note = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)
        self.year.currentIndexChanged.connect(lambda _i: self.reload())
        self.print_button.clicked.connect(self.print_report)
        self.excel_button.clicked.connect(self.export_excel)
        ctx.events.changed.connect(self._on_changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.print_button.setText(self.tr("&Print the report (PDF)…"))
        self.excel_button.setText(self.tr("E&xport to Excel…"))
        self.print_button.setToolTip(
            self.tr(
                "The year's table of the unit selected (or of this association): one row per "
                "unit below it, with every learning model"
            )
        )
        self.note.setText(
            self.tr(
                "Each model shows registered / recognised (share of those registered) / "
                "commended. A unit's row counts its own records and those of every unit "
                "below it. Units in italics sent counts only, without personal data."
            )
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- loading ----------------------------------------------------------------------
    def current_year(self) -> int:
        return int(self.year.currentData())

    def reload(self) -> None:
        year, statistics = self.current_year(), self.ctx.services.unit_statistics

        def load() -> tuple[int, list[int], UnitNode]:
            return year, statistics.years(), statistics.tree(year)

        self.ctx.runner.run(load, self._loaded, self._show_error)

    def _loaded(self, result: tuple[int, list[int], UnitNode]) -> None:
        year, years, root = result
        if year != self.current_year():  # the year changed meanwhile: its load follows
            return
        self.shown_year, self.root = year, root
        self._add_years(years)
        self._fill()

    def _add_years(self, years: list[int]) -> None:
        """Years with data that the list does not offer yet, in their place (newest first)."""
        self.year.blockSignals(True)
        for year in years:
            if self.year.findData(year) >= 0:
                continue
            index = next(
                (i for i in range(self.year.count()) if int(self.year.itemData(i)) < year),
                self.year.count(),
            )
            self.year.insertItem(index, str(year), year)
        self.year.blockSignals(False)

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    # ---- showing ----------------------------------------------------------------------
    def _headers(self, models: tuple[Model, ...]) -> list[str]:
        names = {
            Model.FAMILY: self.tr("Families"),
            Model.CLAN: self.tr("Clans"),
            Model.COMMUNITY: self.tr("Communities"),
            Model.UNIT: self.tr("Units"),
            Model.CITIZEN: self.tr("Citizens"),
        }
        return [
            self.tr("Unit"),
            *(names[m] for m in models),
            self.tr("Households"),
            self.tr("Members"),
            self.tr("Activities"),
        ]

    def _fill(self) -> None:
        root = self.root
        if root is None:
            self.tree.clear()
            self.summary.clear()
            return
        expanded, selected = self._remembered()
        models = root.models
        headers = self._headers(models)
        self.tree.clear()
        self.tree.setColumnCount(len(headers))
        self.tree.setHeaderLabels(headers)
        for column, model in enumerate(models, start=1):
            self.tree.headerItem().setToolTip(column, model_label(model))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        top = self._item(root, own=False)
        self.tree.addTopLevelItem(top)
        self._add_children(top, root)
        first, self._opened = not self._opened, True
        for item in self._items():
            code = item.data(0, CODE_ROLE)
            if (first and item is top) or code in expanded:
                item.setExpanded(True)
            if code and code == selected:
                self.tree.setCurrentItem(item)
        self._summarise(root)

    def _add_children(self, item: QTreeWidgetItem, node: UnitNode) -> None:
        for child in node.children:
            kid = self._item(child, own=False)
            item.addChild(kid)
            self._add_children(kid, child)
        if node.children and node.has_own:
            item.addChild(self._item(node, own=True))

    def _item(self, node: UnitNode, own: bool) -> QTreeWidgetItem:
        lines = node.own if own else node.total
        name = self.tr("Own records of %1").replace("%1", node.unit.name) if own else node.unit.name
        first = lines[0] if lines else None
        cells = [name, *(self._cell(line) for line in lines)]
        cells += [self._count(first.households if first else 0)]
        cells += [self._count(first.members if first else 0)]
        cells += [self._count(first.activities if first else 0)]
        item = QTreeWidgetItem(cells)
        item.setData(0, CODE_ROLE, "" if own else node.unit.code)
        item.setToolTip(0, self._unit_tip(node))
        for column, line in enumerate(lines, start=1):
            item.setToolTip(column, self._line_tip(line))
        for column in range(1, len(cells)):
            item.setTextAlignment(column, NUMBERS)
        if any(line.aggregated for line in node.own):  # the unit's own counts, not below it
            font = item.font(0)
            font.setItalic(True)
            for column in range(len(cells)):
                item.setFont(column, font)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found

    def _remembered(self) -> tuple[set[str], str]:
        expanded = {i.data(0, CODE_ROLE) for i in self._items() if i.isExpanded()}
        return expanded, self.selected_code() or ""

    @staticmethod
    def _count(value: int) -> str:
        return QLocale().toString(value)

    @staticmethod
    def _share(value: Decimal | None) -> str:
        return "–" if value is None else f"{format_points(value)}%"

    def _cell(self, line: UnitLine) -> str:
        return (
            self.tr("%1 / %2 (%3) / %4")
            .replace("%1", self._count(line.registered))
            .replace("%2", self._count(line.recognised))
            .replace("%3", self._share(line.recognised_of_registered))
            .replace("%4", self._count(line.commended))
        )

    def _line_tip(self, line: UnitLine) -> str:
        return (
            self.tr(
                "%1\n%2 subjects · registered %3 · scored %4 · proposed %5\n"
                "recognised %6 (%7 of those registered, %8 of all) · commended %9"
            )
            .replace("%1", model_label(line.model))
            .replace("%2", self._count(line.subjects))
            .replace("%3", self._count(line.registered))
            .replace("%4", self._count(line.scored))
            .replace("%5", self._count(line.proposed))
            .replace("%6", self._count(line.recognised))
            .replace("%7", self._share(line.recognised_of_registered))
            .replace("%8", self._share(line.recognised_of_subjects))
            .replace("%9", self._count(line.commended))
        )

    def _unit_tip(self, node: UnitNode) -> str:
        try:
            level = level_label(Level(node.unit.level))
        except ValueError:
            level = ""
        tip = self.tr("Code %1").replace("%1", node.unit.code)
        if level:
            tip = f"{level}\n{tip}"
        if any(line.aggregated for line in node.own):
            tip += "\n" + self.tr("Sent counts only, without personal data.")
        return tip

    def _summarise(self, root: UnitNode) -> None:
        units = sum(1 for node in root.walk() if any(line.registered for line in node.own))
        family = root.line(Model.FAMILY)
        self.summary.setText(
            self.tr(
                "%1: %2 units with registrations · %3 households, %4 of them recognised as "
                "learning families (%5) · %6 members · %7 activities"
            )
            .replace("%1", str(self.shown_year))
            .replace("%2", self._count(units))
            .replace("%3", self._count(root.households))
            .replace("%4", self._count(family.recognised))
            .replace("%5", self._share(family.recognised_of_subjects))
            .replace("%6", self._count(root.members))
            .replace("%7", self._count(root.activities))
        )

    def selected_code(self) -> str | None:
        """The unit of the selected row (own records: their unit), None when none is."""
        item = self.tree.currentItem()
        if item is None:
            return None
        code = item.data(0, CODE_ROLE)
        if not code and item.parent() is not None:
            code = item.parent().data(0, CODE_ROLE)
        return code or None

    # ---- printing and exporting -------------------------------------------------------
    def _report_unit(self) -> str | None:
        """The unit a report is for: the one selected, this association when none is."""
        code = self.selected_code()
        return None if self.root is None or code == self.root.unit.code else code

    def print_report(self) -> None:
        year, unit = self.current_year(), self._report_unit()
        statistics = self.ctx.services.unit_statistics
        suggested = self.ctx.services.paths.data_dir / self.tr("statistics-%1.pdf").replace(
            "%1", str(year)
        )
        path = self.ctx.prompts.save_file(
            self.tr("Save the report as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return
        target: Path = ensure_suffix(path, ".pdf")
        self.ctx.runner.run(
            lambda: statistics.write_report(year, target, unit),
            self.ctx.prompts.open_file,
            self._show_error,
        )

    def export_excel(self) -> None:
        year, unit = self.current_year(), self._report_unit()
        statistics = self.ctx.services.unit_statistics
        export_to_excel(
            self.ctx,
            self,
            self.tr("Statistics"),
            self.tr("statistics-%1.xlsx").replace("%1", str(year)),
            lambda path, progress: statistics.export_excel(year, path, unit, progress=progress),
        )

    def _show_error(self, error: UserError) -> None:
        self.ctx.show_error(self.tr("Statistics"), error)
