"""One local unit: an agency, school or enterprise of the area."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import LocalUnitDraft, UnitKind
from xhht_desktop.domain.groups import MAX_COUNT
from xhht_desktop.domain.validation import format_phone
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.editor_base import EditorDialog
from xhht_desktop.ui.labels import unit_kind_label
from xhht_desktop.ui.widgets.combo import enum_data


class UnitEditor(EditorDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setMinimumWidth(640)
        self.name, self.head, self.address, self.phone = (QLineEdit() for _ in "abcd")
        self.kind = QComboBox()
        self.staff = QSpinBox()
        self.staff.setRange(0, MAX_COUNT)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        widgets = [
            ("name", self.name),
            ("kind", self.kind),
            ("head_name", self.head),
            ("staff_count", self.staff),
            ("address", self.address),
            ("phone", self.phone),
            ("notes", self.notes),
        ]
        for label, (name, widget) in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, self.field(name, widget))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for line in (self.name, self.head, self.address, self.phone):
            line.textEdited.connect(self.mark_changed)
        self.kind.currentIndexChanged.connect(self.mark_changed)
        self.staff.valueChanged.connect(self.mark_changed)
        self.notes.textChanged.connect(self.mark_changed)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unit"))
        for label, text in zip(
            self.labels,
            (
                self.tr("&Name:"),
                self.tr("&Kind:"),
                self.tr("&Head:"),
                self.tr("Number of &staff:"),
                self.tr("&Address:"),
                self.tr("&Phone:"),
                self.tr("N&otes:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("e.g. Trường Tiểu học Lê Ngọc Hân"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in UnitKind:
            self.kind.addItem(unit_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, draft: LocalUnitDraft) -> None:
        self.record_id = draft.id
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.head.setText(draft.head_name)
        self.staff.setValue(draft.staff_count)
        self.address.setText(draft.address)
        self.phone.setText(format_phone(draft.phone))
        self.notes.setPlainText(draft.notes)
        self._dirty = False
        self.name.setFocus()

    def current_draft(self) -> LocalUnitDraft:
        return LocalUnitDraft(
            name=self.name.text(),
            kind=enum_data(self.kind, UnitKind, UnitKind.AGENCY),
            head_name=self.head.text(),
            staff_count=self.staff.value(),
            address=self.address.text(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            id=self.record_id,
        )

    def save(self) -> None:
        draft, groups = self.current_draft(), self.ctx.services.groups
        self.save_with(lambda: groups.save_unit(draft))
