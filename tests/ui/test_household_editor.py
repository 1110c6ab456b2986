from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from xhht_desktop.domain.entities import HouseholdFilter, Relation
from xhht_desktop.ui.dialogs.household_editor import HouseholdEditor
from xhht_desktop.ui.pages.households_page import new_household_draft

from .conftest import type_text


@pytest.fixture
def editor(desktop, qtbot) -> HouseholdEditor:
    dialog = HouseholdEditor(
        desktop.window.ctx,
        desktop.window,
        today=dt.date(2026, 12, 1),
    )
    qtbot.addWidget(dialog)
    dialog.load(new_household_draft("Khu phố 3", "Tổ 2"), ["Tổ 1", "Tổ 2"])
    return dialog


def test_new_household_typed_in_nfd_is_saved_as_nfc(desktop, editor) -> None:
    type_text(editor.full_name, unicodedata.normalize("NFD", "Nguyễn Thị Hồng"))
    type_text(editor.birth, "15/03/1970")
    type_text(editor.phone, "903 123 456")
    editor.save()
    assert editor.result() == HouseholdEditor.DialogCode.Accepted
    saved = desktop.services.households.get(editor.saved_id).draft
    assert saved.members[0].full_name == "Nguyễn Thị Hồng"
    assert unicodedata.is_normalized("NFC", saved.members[0].full_name)
    assert saved.members[0].birth_date == dt.date(1970, 3, 15)
    assert saved.members[0].relation is Relation.HEAD
    assert saved.phone == "0903123456"
    assert saved.group == "Tổ 2"
    page = desktop.window.pages["households"]
    assert page.model.row_of(editor.saved_id) is not None


def test_errors_are_shown_next_to_fields_and_nothing_is_saved(desktop, editor) -> None:
    before = desktop.services.households.count(HouseholdFilter())
    type_text(editor.phone, "12345")
    type_text(editor.birth, "2090")
    editor.save()
    assert editor.result() != HouseholdEditor.DialogCode.Accepted
    assert desktop.services.households.count(HouseholdFilter()) == before
    assert editor._errors["phone"].isVisibleTo(editor)
    assert "phone" in editor._errors["phone"].text()
    assert editor._errors["m.full_name"].text() == "Please enter a name."
    assert "future" in editor._errors["m.birth"].text()
    assert editor.banner.isVisibleTo(editor)


def test_an_impossible_date_is_reported(editor) -> None:
    type_text(editor.full_name, "Lê Văn Tám")
    type_text(editor.birth, "31/02/1980")
    editor.save()
    assert "dd/mm/yyyy" in editor._errors["m.birth"].text()


def test_members_can_be_added_made_head_and_removed(desktop, editor, prompts) -> None:
    type_text(editor.full_name, "Trần Văn Ba")
    editor._add_member()
    type_text(editor.full_name, "Phạm Thị Tư")
    editor.relation.setCurrentIndex(editor.relation.findData(Relation.SPOUSE))
    editor._make_head()
    assert editor.current_draft().head_index == 1
    editor.member_list.setCurrentRow(0)
    editor._remove_member()
    editor.save()
    saved = desktop.services.households.get(editor.saved_id).draft
    assert [m.full_name for m in saved.members] == ["Phạm Thị Tư"]
    assert saved.members[0].relation is Relation.HEAD


def test_the_head_cannot_be_removed(editor, prompts) -> None:
    type_text(editor.full_name, "Trần Văn Ba")
    editor._remove_member()
    assert prompts.asked[-1][0] == "info"
    assert len(editor.current_draft().members) == 1


def test_unsaved_changes_survive_a_crash(desktop, editor, qtbot) -> None:
    type_text(editor.full_name, "Đỗ Thị Mai")
    editor._autosave_now()
    # The app dies here; a new editor for a new household offers the draft back.
    again = HouseholdEditor(desktop.window.ctx, desktop.window)
    qtbot.addWidget(again)
    again.load(new_household_draft("", ""), ["Tổ 1"])
    assert again.restore_draft_if_any()
    assert again.current_draft().members[0].full_name == "Đỗ Thị Mai"
    again.save()
    assert desktop.services.drafts.load("household-new") is None


def test_cancel_with_changes_asks_first(desktop, editor, prompts) -> None:
    editor.show()
    type_text(editor.full_name, "Võ Văn Năm")
    editor._autosave_now()
    prompts.save_answer = "cancel"
    editor.reject()
    assert prompts.asked[-1][0] == "ask_save"
    assert editor.isVisible() and editor.dirty
    prompts.save_answer = "discard"
    editor.reject()
    assert not editor.isVisible()
    assert desktop.services.drafts.load("household-new") is None
