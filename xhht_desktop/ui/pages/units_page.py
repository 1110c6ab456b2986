"""Đơn vị: agencies, schools and enterprises of the area (subjects of "Đơn vị học tập")."""

from __future__ import annotations

from collections.abc import Sequence

from xhht_desktop.domain.entities import LocalUnitDraft, LocalUnitRow
from xhht_desktop.domain.validation import format_phone
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.labels import unit_kind_label
from xhht_desktop.ui.pages.record_list_page import RecordListPage


class UnitsPage(RecordListPage):
    kind = Kind.UNIT

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Head"),
            self.tr("Staff"),
            self.tr("Address"),
            self.tr("Phone"),
        ]

    def cells(self, row: LocalUnitRow) -> Sequence[str]:
        return [
            row.name,
            unit_kind_label(row.kind),
            row.head_name,
            str(row.staff_count),
            row.address,
            format_phone(row.phone),
        ]

    def load(self, text: str) -> list[LocalUnitRow]:
        return self.ctx.services.groups.units(text)

    def trash(self, record_id: int) -> Changes:
        return self.ctx.services.groups.delete_unit(record_id)

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&New unit"),
            "title": self.tr("Units"),
            "search": self.tr("Name — accents not needed"),
            "trash_question": self.tr(
                'Move "%1" to the trash?\nYou can restore it from the Trash page.'
            ),
            "summary": self.tr("%1 units"),
        }

    def open_record(self, record_id: int | None) -> None:
        from xhht_desktop.ui.dialogs.unit_editor import UnitEditor

        editor = UnitEditor(self.ctx, self)
        editor.load(
            self.ctx.services.groups.get_unit(record_id)
            if record_id is not None
            else LocalUnitDraft(name="")
        )
        editor.exec()
