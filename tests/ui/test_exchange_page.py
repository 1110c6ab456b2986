"""The exchange page: a branch writes an encrypted package for its ward and imports the ward's
receipt; a ward previews a branch's package, trusts a new sender only once its fingerprint is
checked, applies it, writes the receipt, refuses a package twice or tampered, and settles a
conflict field by field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.entities import HouseholdFilter, Installation, Level
from xhht_desktop.domain.evaluation import DecisionDraft, ReviewDraft
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import Services, open_services
from xhht_desktop.services.demo import DEMO_INSTALLATION, fill_demo, fill_demo_cycle
from xhht_desktop.storage.orm import RegistrationRecord
from xhht_desktop.ui.context import UiContext
from xhht_desktop.ui.dialogs.conflicts import ConflictsDialog
from xhht_desktop.ui.dialogs.package_import import (
    BAD_STYLE,
    PackageImportDialog,
    refusal_text,
)
from xhht_desktop.ui.events import EventHub
from xhht_desktop.ui.pages.exchange_page import ExchangePage
from xhht_desktop.ui.tasks import TaskRunner

from .conftest import FakePrompts

WARD_NAME = "Hội Khuyến học phường Bến Thành"
WARD = Installation(
    Level.COMMUNE,
    "26743",
    WARD_NAME,
    WARD_NAME,
    "79",
    "Thành phố Hồ Chí Minh",
    "26743",
    "Phường Bến Thành",
    "",
)
BRANCH_NAME = DEMO_INSTALLATION.unit_name
BRANCH_CODE = DEMO_INSTALLATION.unit_code
YEAR = 2025

OpenUnit = Callable[..., Services]


@pytest.fixture
def open_unit(tmp_path: Path) -> Iterator[OpenUnit]:
    """Another installation in its own data folder: a ward, or a branch with demo households."""
    opened: list[Services] = []

    def make(name: str, installation: Installation | None = None, households: int = 0) -> Services:
        services = open_services(AppPaths.resolve(data_dir=tmp_path / name))
        opened.append(services)
        if households:
            fill_demo(services.installation, services.households, households, seed=11)
        elif installation is not None:
            services.installation.save(installation)
        return services

    yield make
    for services in opened:
        services.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def page(desktop, qtbot, monkeypatch) -> ExchangePage:
    def no_wait(_dialog: QDialog) -> int:  # dialogs are kept by the page, not shown modally
        return 0

    monkeypatch.setattr(PackageImportDialog, "exec", no_wait)
    monkeypatch.setattr(ConflictsDialog, "exec", no_wait)
    page = ExchangePage(desktop.window.ctx)
    qtbot.addWidget(page)
    return page


def households(services: Services) -> int:
    return services.households.count(HouseholdFilter())


def become_ward(desktop) -> None:
    _, changes = desktop.services.installation.save(WARD)
    desktop.window.ctx.events.publish(changes)


def hand_down_key(page: ExchangePage, prompts: FakePrompts, branch: Services, usb: Path) -> None:
    """The ward (the desktop) saves its key file; the branch imports it."""
    prompts.save_path = usb / "ward-key"
    page.save_key()
    key = usb / "ward-key.xhhtkey"
    assert key.is_file()
    branch.exchange.import_parent_key(key)


def open_package(page: ExchangePage, prompts: FakePrompts, path: Path) -> PackageImportDialog:
    prompts.save_path = path
    page.import_package()
    dialog = page.last_dialog
    assert isinstance(dialog, PackageImportDialog)
    return dialog


def plan_row(dialog: PackageImportDialog, name: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 0).text() == name:
            return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
    raise AssertionError(f"{name} not in the plan")


def sync_ctx(services: Services) -> UiContext:
    def unexpected(error: BaseException) -> None:
        raise error

    return UiContext(services, TaskRunner(unexpected, synchronous=True), EventHub(), FakePrompts())


# ---- the branch side ---------------------------------------------------------------------


def test_a_branch_shows_its_fingerprint_and_warns_without_the_parent_key(desktop, page):
    assert page.fingerprint.text() == desktop.services.exchange.fingerprint()
    assert len(page.fingerprint.text().split()) == 5  # "3F2A 91C0 …", to read out
    assert page.fingerprint.font().pointSizeF() > page.font().pointSizeF()
    assert not page.send_box.isHidden()
    assert page.receive_box.isHidden()  # nothing is below a branch
    assert page.save_key_button.isHidden()
    assert "No key of the parent unit yet" in page.parent_value.text()
    assert not page.receipt_button.isEnabled()


def test_a_branch_writes_an_encrypted_package_and_takes_the_receipt(
    desktop, page, prompts, open_unit, usb, qtbot
):
    ward = open_unit("ward", WARD)
    ward.exchange.export_key(usb / "ward.xhhtkey")
    prompts.save_path = usb / "ward.xhhtkey"
    page.import_parent_key()
    assert WARD_NAME in page.parent_value.text() and "(26743)" in page.parent_value.text()
    assert ward.exchange.fingerprint() in page.parent_value.text()
    assert "encrypted to it" in prompts.asked[-1][1]
    assert ward.exchange.fingerprint() in prompts.asked[-1][1]

    prompts.save_path = usb
    page.write_package()
    result = page.last_export
    assert result is not None and result.encrypted and result.kind == "incremental"
    assert result.path.parent == usb and result.path.suffix == ".xhht"
    assert result.summary_path == result.path.with_suffix(".pdf")
    assert result.summary_path.read_bytes().startswith(b"%PDF")
    kind, text = prompts.asked[-1]
    assert kind == "info" and "Package 1 written" in text and result.summary_path.name in text
    assert f"only {WARD_NAME} can read it" in text
    first = page.row_texts(page.exported_table, 0)
    assert first[0] == "1" and first[2] == "Changes" and first[4] == "Not yet"
    assert first[5] == result.path.name

    # The ward imports it with the same dialog, then its receipt comes back.
    ward_ctx = sync_ctx(ward)
    dialog = PackageImportDialog(ward_ctx, result.path)
    qtbot.addWidget(dialog)
    assert plan_row(dialog, "Households")[1] == "40"
    dialog.checked.setChecked(True)
    ward_ctx.prompts.save_path = usb / "receipt.xhhtack"
    dialog.import_button.click()
    assert households(ward) == 40
    prompts.save_path = usb / "receipt.xhhtack"
    page.import_receipt()
    assert "received package 1" in prompts.asked[-1][1]
    assert page.row_texts(page.exported_table, 0)[4].startswith("Yes, ")


def test_aggregates_only_and_an_unencrypted_warning(desktop, page, prompts, usb):
    page.aggregates.setChecked(True)
    prompts.save_path = usb
    page.write_package()
    result = page.last_export
    assert result is not None and result.kind == "aggregates" and not result.encrypted
    assert set(result.rows) <= {"unit_aggregate"}  # counts only, never households
    kind, text = prompts.asked[-1]
    assert kind == "error" and "not encrypted" in text
    assert page.row_texts(page.exported_table, 0)[2] == "Aggregates only"


def test_a_refused_key_file_changes_nothing(desktop, page, prompts, open_unit, usb):
    other = open_unit("other-branch", households=1)  # a branch is nobody's parent
    other.exchange.export_key(usb / "branch.xhhtkey")
    prompts.save_path = usb / "branch.xhhtkey"
    page.import_parent_key()
    assert prompts.asked[-1][0] == "error" and "not a unit above this one" in prompts.asked[-1][1]
    assert desktop.services.exchange.parent() is None


# ---- the receiving side: the desktop becomes a ward ----------------------------------------


@pytest.fixture
def branch(open_unit: OpenUnit) -> Services:
    return open_unit("branch", households=10)


def test_a_ward_previews_trusts_applies_and_writes_the_receipt(desktop, page, prompts, branch, usb):
    become_ward(desktop)
    assert not page.receive_box.isHidden() and not page.save_key_button.isHidden()
    hand_down_key(page, prompts, branch, usb)
    assert desktop.services.exchange.fingerprint() in prompts.asked[-1][1]
    package = branch.exchange.export_package(usb)
    assert package.encrypted

    dialog = open_package(page, prompts, package.path)
    assert dialog.sender.text() == f"{BRANCH_NAME} ({BRANCH_CODE})"
    assert dialog.sequence.text() == "1" and dialog.kind.text() == "Changes"
    assert plan_row(dialog, "Households")[1:] == ["10", "0", "0", "0", "0"]
    persons = desktop.services.exchange.inspect(package.path).plan.tables["person"].added
    assert plan_row(dialog, "Persons")[1] == str(persons)
    total = dialog.incoming.plan.totals()
    assert plan_row(dialog, "Total")[1] == str(total.added)
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).font().bold()
    assert "would add" in dialog.plan_text.text() and "Nothing was changed" in (
        dialog.plan_text.text()
    )

    # A new sender: its fingerprint, and Import only once it is checked.
    assert not dialog.new_sender_box.isHidden()
    assert dialog.fingerprint.text() == branch.exchange.fingerprint()
    assert not dialog.import_button.isEnabled()
    dialog.import_package()  # refused while unchecked
    assert households(desktop.services) == 40
    dialog.checked.setChecked(True)
    assert dialog.import_button.isEnabled()

    prompts.save_path = usb / "receipt"  # the suffix is added
    dialog.import_button.click()
    assert households(desktop.services) == 50
    assert dialog.result() == QDialog.DialogCode.Accepted
    receipt = usb / "receipt.xhhtack"
    assert receipt.is_file()
    kind, text = prompts.asked[-1]
    assert kind == "info" and f"Package 1 from {BRANCH_NAME} applied" in text
    assert str(receipt) in text
    assert branch.exchange.import_ack(receipt) == 1

    row = page.row_texts(page.senders_table, 0)
    assert row[:3] == [BRANCH_NAME, BRANCH_CODE, branch.exchange.fingerprint()]
    assert row[3].startswith("No. 1 of ") and row[4] == "" and row[5] and row[6]


def test_the_same_package_again_and_a_tampered_one_are_refused(desktop, page, prompts, branch, usb):
    become_ward(desktop)
    hand_down_key(page, prompts, branch, usb)
    package = branch.exchange.export_package(usb)
    dialog = open_package(page, prompts, package.path)
    dialog.checked.setChecked(True)
    prompts.save_path = None  # no receipt this time
    dialog.import_button.click()
    assert "No receipt was saved" in prompts.asked[-1][1]
    assert households(desktop.services) == 50

    again = open_package(page, prompts, package.path)
    assert again.error is not None and again.error.code == "exchange.already_imported"
    assert "was imported before" in again.status.text()
    assert again.status.styleSheet() == BAD_STYLE
    assert again.table.isHidden() and again.import_button.isHidden()
    assert again.cancel_button.text() == "Close"

    data = bytearray(package.path.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = usb / "tampered.xhht"
    tampered.write_bytes(bytes(data))
    refused = open_package(page, prompts, tampered)
    assert refused.error is not None and refused.error.code.startswith("package.")
    assert refused.status.text() == refusal_text(refused.error)
    assert "Nothing was changed" in refused.status.text()
    assert refused.table.isHidden() and refused.import_button.isHidden()
    assert households(desktop.services) == 50
    assert len(desktop.services.exchange.senders()) == 1


def test_a_missing_earlier_package_is_shown(desktop, page, prompts, branch, usb):
    become_ward(desktop)
    hand_down_key(page, prompts, branch, usb)
    branch.exchange.export_package(usb / "..")  # package 1 never reaches the ward
    second = branch.exchange.export_package(usb)
    dialog = open_package(page, prompts, second.path)
    assert not dialog.missing.isHidden()
    assert f"Package 1 from {BRANCH_NAME} has not arrived" in dialog.missing.text()
    dialog.checked.setChecked(True)
    prompts.save_path = None
    dialog.import_button.click()
    item = page.senders_table.item(0, 4)
    assert item.text() == "Package 1 has not arrived"
    assert item.foreground().color().name() == "#b00020"


def test_a_conflict_is_settled_field_by_field(desktop, page, prompts, branch, usb):
    """The branch proposes, the ward (the desktop) recognises, and meanwhile the branch scores
    one of them again: a conflict on that registration, settled taking one field."""
    ev = branch.evaluation
    fill_demo_cycle(branch.criteria, ev, YEAR, False)
    scored = [r for r in ev.registrations(YEAR, Model.FAMILY) if r.total is not None]
    outcomes = tuple((r.id, True, "") for r in scored)
    ev.record_review(
        ReviewDraft(YEAR, Model.FAMILY, dt.date(YEAR, 11, 1), chair="Lê Văn Tám", outcomes=outcomes)
    )
    become_ward(desktop)
    hand_down_key(page, prompts, branch, usb)
    dialog = open_package(page, prompts, branch.exchange.export_package(usb).path)
    dialog.checked.setChecked(True)
    prompts.save_path = usb / "receipt-1.xhhtack"
    dialog.import_button.click()
    assert branch.exchange.import_ack(usb / "receipt-1.xhhtack") == 1

    ward = desktop.services
    proposed = frozenset(
        r.id for r in ward.evaluation.registrations(YEAR, Model.FAMILY) if r.proposed
    )
    ward.evaluation.apply_decision(
        DecisionDraft(
            YEAR,
            Model.FAMILY,
            "9/QĐ-UBND",
            dt.date(YEAR, 12, 1),
            signer="Lê Minh Tâm",
            registration_ids=proposed,
        )
    )
    set_id, sheet = ev.scored_sheet(scored[0].id)
    ev.score(scored[0].id, set_id, sheet)  # scored again at the branch

    dialog = open_package(page, prompts, branch.exchange.export_package(usb).path)
    assert dialog.new_sender_box.isHidden() and dialog.import_button.isEnabled()
    assert plan_row(dialog, "Title registrations")[4] == "1"
    assert plan_row(dialog, "Total")[4] == "1"
    prompts.save_path = usb / "receipt-2.xhhtack"
    dialog.import_button.click()
    assert "settle them with the Conflicts button" in prompts.asked[-1][1]
    (conflict,) = ward.exchange.conflicts()
    assert page.conflicts_button.isEnabled() and "(1)" in page.conflicts_button.text()

    page.open_conflicts()
    settle = page.last_dialog
    assert isinstance(settle, ConflictsDialog)
    assert settle.list.rowCount() == 1
    assert settle.list.item(0, 0).text() == "Title registrations"
    assert settle.list.item(0, 1).text() == conflict.uuid
    assert BRANCH_NAME in settle.list.item(0, 2).text()
    fields = {
        settle.fields.item(r, 0).text(): (
            settle.fields.item(r, 1).text(),
            settle.fields.item(r, 2).text(),
        )
        for r in range(settle.fields.rowCount())
    }
    here, there = fields["Recognition decision (record)"]
    assert here != "—" and there == "—"  # recognised here, not yet at the branch
    assert "Scored on" in fields
    settle.set_taken("scored_at")
    assert settle.chosen_fields() == ["scored_at"]
    settle.keep_button.click()

    assert ward.exchange.conflicts() == []
    assert settle.list.rowCount() == 0 and not settle.empty.isHidden()
    assert not settle.keep_button.isEnabled()
    taken = dict((name, sender) for name, _here, sender in conflict.fields)["scored_at"]
    with ward.database.sessions.read() as s:
        row = s.scalar(select(RegistrationRecord).where(RegistrationRecord.uuid == conflict.uuid))
        assert row.decision_id is not None  # this computer's recognition is kept
        assert row.scored_at.isoformat(timespec="microseconds") == taken
    assert not page.conflicts_button.isEnabled() and "(0)" in page.conflicts_button.text()


def test_the_page_follows_the_language(desktop, page):
    desktop.set_language("vi")
    QApplication.processEvents()
    assert page.write_button.text()
    desktop.set_language("en")
    QApplication.processEvents()
    assert page.write_button.text() == "&Write the package…"
