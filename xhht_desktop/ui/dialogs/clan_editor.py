"""One clan (dòng họ): its heads, fund, tree of chi họ and the households that belong to it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import ClanBranch, ClanDraft, HouseholdRow
from xhht_desktop.domain.groups import MAX_COUNT
from xhht_desktop.domain.validation import Issue
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.models.tick_list import TickRow
from xhht_desktop.ui.widgets.tick_list_box import TickListBox

HOUSEHOLD_HEADERS = (
    QT_TRANSLATE_NOOP("ClanEditor", "Head of household"),
    QT_TRANSLATE_NOOP("ClanEditor", "Address"),
    QT_TRANSLATE_NOOP("ClanEditor", "Tổ"),
)
BRANCH_ID = Qt.ItemDataRole.UserRole


class ClanEditor(EditorDialog):
    def __init__(
        self,
        ctx: UiContext,
        households: list[HouseholdRow],
        groups: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setMinimumSize(820, 560)
        self.resize(980, 700)
        self.name, self.head, self.board_head = (QLineEdit() for _ in "abc")
        self.fund, self.notes = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.fund, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(self.fontMetrics().height() * 2 + 12)
        self.elsewhere = QSpinBox()
        self.elsewhere.setRange(0, MAX_COUNT)
        self.labels = [QLabel() for _ in range(6)]
        form = QFormLayout()
        rows = [
            ("name", self.name),
            ("head_name", self.head),
            ("board_head", self.board_head),
            ("fund_notes", self.fund),
            ("notes", self.notes),
            ("households_elsewhere", self.elsewhere),
        ]
        for label, (name, widget) in zip(self.labels, rows, strict=True):
            label.setBuddy(widget)
            form.addRow(label, self.field(name, widget))
        self.details = QGroupBox()
        self.details.setLayout(form)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.add_branch, self.add_child, self.remove_branch = (QPushButton() for _ in "abc")
        tree_buttons = QHBoxLayout()
        for button in (self.add_branch, self.add_child, self.remove_branch):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch()
        self.tree_error = self.field("branches", self.tree)
        branches = QWidget()
        branch_layout = QVBoxLayout(branches)
        branch_layout.addWidget(self.tree_error, 1)
        branch_layout.addLayout(tree_buttons)
        self.households = TickListBox(
            [TickRow(h.id, (h.head_name, h.address, h.group), h.group) for h in households],
            "ClanEditor",
            HOUSEHOLD_HEADERS,
            groups,
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(branches, "")
        self.tabs.addTab(self.households, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        for line in (self.name, self.head, self.board_head):
            line.textEdited.connect(self.mark_changed)
        for box in (self.fund, self.notes):
            box.textChanged.connect(self.mark_changed)
        self.elsewhere.valueChanged.connect(self.mark_changed)
        self.tree.itemChanged.connect(self.mark_changed)
        self.households.changed.connect(self._households_changed)
        self.add_branch.clicked.connect(lambda: self._add(None))
        self.add_child.clicked.connect(lambda: self._add(self.tree.currentItem()))
        self.remove_branch.clicked.connect(self._remove)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clan"))
        self.details.setTitle(self.tr("Clan"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Name:"),
                self.tr("&Head of the clan (trưởng họ):"),
                self.tr("Head of the clan's &board (trưởng ban khuyến học):"),
                self.tr("Learning &fund:"),
                self.tr("N&otes:"),
                self.tr("Member households in &other registers:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Họ Nguyễn Đình"))
        self.fund.setPlaceholderText(self.tr("e.g. 25.000.000 đồng, raised at the 2026 meeting"))
        self.tree.setHeaderLabels([self.tr("Chi họ"), self.tr("Head")])
        self.add_branch.setText(self.tr("Add &chi họ"))
        self.add_child.setText(self.tr("Add a branch &under it"))
        self.remove_branch.setText(self.tr("&Remove"))
        self._retitle_tabs()

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Chi họ (%1)").replace("%1", str(len(self._items()))))
        self.tabs.setTabText(
            1,
            self.tr("Households in this register (%1)").replace(
                "%1", str(len(self.households.checked))
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the tree ---------------------------------------------------------------------
    def _new_item(self, branch: ClanBranch) -> QTreeWidgetItem:
        item = QTreeWidgetItem([branch.name, branch.head_name])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(0, BRANCH_ID, branch.id)
        return item

    def _add(self, parent: QTreeWidgetItem | None) -> None:
        item = self._new_item(ClanBranch(self.tr("New chi họ")))
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
            parent.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.tree.editItem(item, 0)
        self.mark_changed()
        self._retitle_tabs()

    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        if item.childCount() and not self.ctx.prompts.confirm(
            self.tr("Remove"),
            self.tr("Remove %1 and the branches under it?").replace("%1", item.text(0)),
        ):
            return
        (item.parent() or self.tree.invisibleRootItem()).removeChild(item)
        self.mark_changed()
        self._retitle_tabs()

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item, parents before their children."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                found.append(item.child(i))
                walk(item.child(i))

        walk(self.tree.invisibleRootItem())
        return found

    def _households_changed(self) -> None:
        self.mark_changed()
        self._retitle_tabs()

    # ---- load and save ------------------------------------------------------------------
    def load(self, draft: ClanDraft) -> None:
        self.record_id = draft.id
        self.name.setText(draft.name)
        self.head.setText(draft.head_name)
        self.board_head.setText(draft.board_head)
        self.fund.setPlainText(draft.fund_notes)
        self.notes.setPlainText(draft.notes)
        self.elsewhere.setValue(draft.households_elsewhere)
        self.tree.clear()
        items: list[QTreeWidgetItem] = []
        for branch in draft.branches:
            item = self._new_item(branch)
            if branch.parent is None:
                self.tree.addTopLevelItem(item)
            else:
                items[branch.parent].addChild(item)
            items.append(item)
        self.tree.expandAll()
        self.households.set_checked(set(draft.household_ids))
        self._dirty = False
        self._retitle_tabs()
        self.name.setFocus()

    def current_draft(self) -> ClanDraft:
        items = self._items()
        position = {id(item): index for index, item in enumerate(items)}
        branches = tuple(
            ClanBranch(
                item.text(0),
                item.text(1),
                position[id(item.parent())] if item.parent() is not None else None,
                item.data(0, BRANCH_ID),
            )
            for item in items
        )
        return ClanDraft(
            name=self.name.text(),
            head_name=self.head.text(),
            board_head=self.board_head.text(),
            fund_notes=self.fund.toPlainText(),
            notes=self.notes.toPlainText(),
            branches=branches,
            household_ids=frozenset(self.households.checked),
            households_elsewhere=self.elsewhere.value(),
            id=self.record_id,
        )

    def show_issues(self, issues: list[Issue]) -> None:
        # A branch's issue is said under the tree: the tree has no field per branch.
        super().show_issues(
            [replace(i, field="branches") if i.field.startswith("branches.") else i for i in issues]
        )

    def save(self) -> None:
        draft, groups = self.current_draft(), self.ctx.services.groups
        self.save_with(lambda: groups.save_clan(draft))
