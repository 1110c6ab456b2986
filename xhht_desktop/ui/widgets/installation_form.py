"""The fields that say who this installation is; used by the setup wizard and by Settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from xhht_desktop.domain.entities import Installation, Level
from xhht_desktop.domain.text import fold
from xhht_desktop.domain.validation import Issue
from xhht_desktop.services.admin_units import Gazetteer
from xhht_desktop.services.installation import suggested_unit_code
from xhht_desktop.ui.labels import level_label
from xhht_desktop.ui.messages import user_message
from xhht_desktop.ui.widgets.combo import enum_data
from xhht_desktop.ui.widgets.field_error import FieldError, with_error

LEVEL_ORDER = (Level.BRANCH, Level.COMMUNE, Level.PROVINCE, Level.DISTRICT)


class InstallationForm(QWidget):
    """Sections: 'level', 'place', 'names'; the wizard shows one per page, Settings all."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        sections: tuple[str, ...] = ("level", "place", "names"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.gazetteer = gazetteer
        self._installation_id = ""
        self._code_edited = False
        self._errors: dict[str, FieldError] = {}
        self.level = QComboBox()
        self.province = QComboBox()
        self.commune_filter = QLineEdit(clearButtonEnabled=True)
        self.commune = QComboBox()
        self.unit_name = QLineEdit()
        self.unit_code = QLineEdit()
        self.association_name = QLineEdit()
        self.groups = QPlainTextEdit()
        self.groups.setTabChangesFocus(True)
        self.groups.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        self.form = QFormLayout(self)
        self._labels: dict[str, QLabel] = {}
        commune_row = QVBoxLayout()
        commune_row.addWidget(self.commune)
        commune_row.addWidget(self.commune_filter)
        commune_box = QWidget()
        commune_box.setLayout(commune_row)
        commune_row.setContentsMargins(0, 0, 0, 0)
        rows = {
            "level": [("level", self.level)],
            "place": [("province_code", self.province), ("commune_code", commune_box)],
            "names": [
                ("unit_name", self.unit_name),
                ("association_name", self.association_name),
                ("unit_code", self.unit_code),
                ("groups", self.groups),
            ],
        }
        for section in sections:
            for name, widget in rows[section]:
                label = QLabel()
                self._labels[name] = label
                self.form.addRow(label, self._with_error(name, widget))
        for province in gazetteer.provinces():
            self.province.addItem(province.name, province.code)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.commune_filter.textChanged.connect(self._filter_communes)
        self.commune.currentIndexChanged.connect(self._suggest_code)
        self.unit_name.textEdited.connect(self._suggest_code)
        self.unit_code.textEdited.connect(self._code_typed)
        self.retranslate()
        self._province_changed()

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box, self._errors[name] = with_error(widget)
        return box

    def retranslate(self) -> None:
        texts = {
            "level": self.tr("&Level of this installation:"),
            "province_code": self.tr("&Province / city:"),
            "commune_code": self.tr("&Ward / commune:"),
            "unit_name": self.tr("&Unit name:"),
            "association_name": self.tr("&Association name on documents:"),
            "unit_code": self.tr("Unit &code:"),
            "groups": self.tr("&Tổ of the branch (one per line):"),
        }
        buddies = {
            "level": self.level,
            "province_code": self.province,
            "commune_code": self.commune_filter,
            "unit_name": self.unit_name,
            "association_name": self.association_name,
            "unit_code": self.unit_code,
            "groups": self.groups,
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
            label.setBuddy(buddies[name])
        self.commune_filter.setPlaceholderText(self.tr("Type to filter, e.g. ben thanh"))
        self.unit_name.setPlaceholderText(self.tr("e.g. Chi hội Khuyến học Khu phố 3"))
        self.association_name.setPlaceholderText(self.tr("e.g. Hội Khuyến học phường Bến Thành"))
        self.unit_code.setToolTip(
            self.tr(
                "Identifies this unit in packages sent upward. Suggested from the official codes."
            )
        )
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        for level in LEVEL_ORDER:
            self.level.addItem(level_label(level), level)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- reactions -------------------------------------------------------------------
    def _level_changed(self) -> None:
        level = enum_data(self.level, Level, Level.BRANCH)
        branch = level is Level.BRANCH
        self.groups.setEnabled(branch)
        self.commune.setEnabled(level is not Level.PROVINCE)
        self.commune_filter.setEnabled(level is not Level.PROVINCE)
        self._suggest_code()

    def _province_changed(self) -> None:
        self._filter_communes()

    def _filter_communes(self) -> None:
        wanted = fold(self.commune_filter.text())
        current = self.commune.currentData()
        self.commune.blockSignals(True)
        self.commune.clear()
        for commune in self.gazetteer.communes(self.province.currentData() or ""):
            if wanted in fold(commune.name):
                self.commune.addItem(f"{commune.name} ({commune.code})", commune.code)
        self.commune.setCurrentIndex(max(0, self.commune.findData(current)))
        self.commune.blockSignals(False)
        self._suggest_code()

    def _code_typed(self) -> None:
        self._code_edited = bool(self.unit_code.text().strip())

    def _suggest_code(self) -> None:
        if self._code_edited:
            return
        level = enum_data(self.level, Level, Level.BRANCH)
        self.unit_code.setText(
            suggested_unit_code(
                level,
                self.province.currentData() or "",
                self._commune_code(),
                self.unit_name.text(),
            )
        )

    def _commune_code(self) -> str:
        if enum_data(self.level, Level) is Level.PROVINCE:
            return ""
        return self.commune.currentData() or ""

    # ---- value ---------------------------------------------------------------------
    def set_value(self, inst: Installation) -> None:
        self._installation_id = inst.installation_id
        self.level.setCurrentIndex(max(0, self.level.findData(inst.level)))
        if inst.province_code:
            self.province.setCurrentIndex(max(0, self.province.findData(inst.province_code)))
        self.commune_filter.clear()
        self._filter_communes()
        if inst.commune_code:
            self.commune.setCurrentIndex(max(0, self.commune.findData(inst.commune_code)))
        self.unit_name.setText(inst.unit_name)
        self.association_name.setText(inst.association_name)
        self.unit_code.setText(inst.unit_code)
        self._code_edited = bool(inst.unit_code)
        self.groups.setPlainText("\n".join(inst.groups))
        self._suggest_code()

    def value(self) -> Installation:
        level = enum_data(self.level, Level, Level.BRANCH)
        return Installation(
            level=level,
            unit_code=self.unit_code.text(),
            unit_name=self.unit_name.text(),
            association_name=self.association_name.text(),
            province_code=self.province.currentData() or "",
            commune_code=self._commune_code(),
            groups=tuple(self.groups.toPlainText().splitlines()) if level is Level.BRANCH else (),
            installation_id=self._installation_id,
        )

    def show_issues(self, issues: list[Issue]) -> None:
        shown: dict[str, str] = {}
        for issue in issues:
            shown.setdefault(issue.field, user_message(issue.code, issue.params))
        for name, label in self._errors.items():
            label.show_error(shown.get(name, ""))
        for name in (
            "province_code",
            "commune_code",
            "unit_name",
            "association_name",
            "unit_code",
            "groups",
        ):
            if name in shown and name in self._errors:
                self._errors[name].field.setFocus()
                break
