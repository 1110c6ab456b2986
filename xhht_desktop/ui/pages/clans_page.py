"""Dòng họ: clans, their tree of chi họ and member households (subjects of "Dòng họ học tập")."""

from __future__ import annotations

from collections.abc import Sequence

from xhht_desktop.domain.entities import ClanDraft, ClanRow, HouseholdFilter, SortColumn
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.ui.pages.record_list_page import RecordListPage


class ClansPage(RecordListPage):
    kind = Kind.CLAN

    def headers(self) -> Sequence[str]:
        return [
            self.tr("Clan"),
            self.tr("Head of the clan"),
            self.tr("Head of its board"),
            self.tr("Chi họ"),
            self.tr("Households here"),
            self.tr("Elsewhere"),
        ]

    def cells(self, row: ClanRow) -> Sequence[str]:
        return [
            row.name,
            row.head_name,
            row.board_head,
            str(row.branches),
            str(row.households),
            str(row.households_elsewhere),
        ]

    def load(self, text: str) -> list[ClanRow]:
        return self.ctx.services.groups.clans(text)

    def trash(self, record_id: int) -> Changes:
        return self.ctx.services.groups.delete_clan(record_id)

    def texts(self) -> dict[str, str]:
        return {
            "new": self.tr("&New clan"),
            "title": self.tr("Clans"),
            "search": self.tr("Clan name — accents not needed"),
            "trash_question": self.tr(
                'Move "%1" to the trash?\nYou can restore it from the Trash page.'
            ),
            "summary": self.tr("%1 clans"),
        }

    def open_record(self, record_id: int | None) -> None:
        from xhht_desktop.ui.dialogs.clan_editor import ClanEditor

        services = self.ctx.services
        households = services.households
        register = households.rows(households.ids(HouseholdFilter(), SortColumn.ADDRESS))
        editor = ClanEditor(
            self.ctx,
            register,
            list(services.installation.require().groups),
            self,
        )
        editor.load(
            services.groups.get_clan(record_id) if record_id is not None else ClanDraft(name="")
        )
        editor.exec()
