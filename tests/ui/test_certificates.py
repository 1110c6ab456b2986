"""The Certificates page: the recognised listed, a batch previewed then printed or saved, the
register recording only what was printed, voiding with a reason, checking a code."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from xhht_desktop.domain.certificates import CertificateKind
from xhht_desktop.domain.criteria import Model
from xhht_desktop.services.changes import Changes, Kind
from xhht_desktop.services.demo import fill_demo_cycle
from xhht_desktop.ui import printing
from xhht_desktop.ui.dialogs import certificate_batch
from xhht_desktop.ui.dialogs.certificate_batch import CertificateBatchDialog
from xhht_desktop.ui.dialogs.certificate_checks import VerifyDialog, VoidDialog

YEAR = dt.date.today().year - 1


@pytest.fixture
def page(desktop, monkeypatch):
    services = desktop.services
    fill_demo_cycle(services.criteria, services.evaluation, YEAR, True)
    page = desktop.window.pages["certificates"]
    page.year.setCurrentIndex(page.year.findData(YEAR))
    desktop.window.ctx.events.publish(Changes.of(Kind.EVALUATION))
    shown: list[CertificateBatchDialog] = []

    def no_wait(dialog) -> int:  # the preview is kept, not shown modally
        shown.append(dialog)
        return 0

    monkeypatch.setattr(CertificateBatchDialog, "exec", no_wait)
    page.shown = shown
    return page


def register(desktop):
    return desktop.services.certificates.register(YEAR)


def test_the_page_lists_the_recognised_and_previews_without_recording(desktop, page, qtbot):
    recognised = desktop.services.certificates.recipients(
        YEAR, Model.FAMILY, CertificateKind.RECOGNITION
    )
    assert page.table.rowCount() == len(recognised) > 0
    assert page.table.item(0, 5).text() == "Not printed yet"
    assert f"{len(recognised)} can have a certificate" in page.summary.text()
    assert f"all ({len(recognised)})" in page.print_button.text()
    page.preview()
    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    assert dialog.view.page_count() == len(recognised)
    assert f"{len(recognised)} take a new number" in dialog.summary.text()
    assert "1/GCN-KH" in dialog.summary.text()
    dialog.reject()
    assert register(desktop) == []  # a closed preview records nothing


def test_saving_the_batch_as_pdf_records_it(desktop, page, prompts, qtbot, tmp_path):
    page.table.selectRow(0)
    assert "chosen (1)" in page.print_button.text()
    page.preview()
    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    prompts.save_path = tmp_path / "giay"
    dialog.save_pdf()
    assert (tmp_path / "giay.pdf").read_bytes().startswith(b"%PDF")
    assert prompts.opened == [tmp_path / "giay.pdf"]
    entries = register(desktop)
    assert [e.number for e in entries] == ["1/GCN-KH"] and entries[0].copies == 1
    assert page.table.item(0, 4).text() == "1/GCN-KH"
    assert page.table.item(0, 5).text() == "Printed (1×)"


def test_printing_records_the_pages_and_copies_the_printer_took(desktop, page, monkeypatch, qtbot):
    monkeypatch.setattr(
        printing,
        "choose_printer_and_print",
        lambda parent, data, calibration, copies: printing.PrintJob("Canon", 2, range(0, 3)),
    )
    page.preview()
    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    dialog.print_batch()
    entries = register(desktop)
    assert [e.number for e in entries] == ["1/GCN-KH", "2/GCN-KH", "3/GCN-KH"]
    assert all(e.copies == 2 for e in entries)
    prints = desktop.services.certificates.prints(entries[0].id)
    assert prints[0].destination == "Printer: Canon"


def test_a_failing_printer_says_so_and_records_nothing(desktop, page, prompts, monkeypatch, qtbot):
    def fail(parent, data, calibration, copies):
        raise printing.PrintFailed(detail="Canon LBP2900")

    monkeypatch.setattr(certificate_batch.printing, "choose_printer_and_print", fail)
    page.preview()
    dialog = page.shown[-1]
    qtbot.addWidget(dialog)
    dialog.print_batch()
    assert any("did not print (Canon LBP2900)" in text for kind, text in prompts.asked)
    assert register(desktop) == []


def test_voiding_asks_why_and_shows_in_the_list(desktop, page, qtbot):
    certs = desktop.services.certificates
    certs.record(certs.plan(YEAR, CertificateKind.RECOGNITION), 1, "PDF")
    desktop.window.ctx.events.publish(Changes.of(Kind.CERTIFICATES))
    page.table.selectRow(0)
    assert page.void_action.isEnabled()
    entry = register(desktop)[0]
    dialog = VoidDialog(desktop.window.ctx, entry, page)
    qtbot.addWidget(dialog)
    dialog.void()
    assert dialog.reason_error.isVisibleTo(dialog) and "why" in dialog.reason_error.text()
    assert register(desktop)[0].voided_at is None
    dialog.reason.setPlainText("In sai địa chỉ")
    dialog.void()
    assert register(desktop)[0].void_reason == "In sai địa chỉ"
    assert page.table.item(0, 5).text().startswith("Voided")


def test_checking_a_code_tells_genuine_from_forged(desktop, page, qtbot):
    certs = desktop.services.certificates
    template = certs.template(Model.FAMILY, CertificateKind.RECOGNITION)
    certs.save_template(Model.FAMILY, CertificateKind.RECOGNITION, replace(template, show_qr=True))
    payload = certs.plan(YEAR, CertificateKind.RECOGNITION).sheets[0].qr_payload
    dialog = VerifyDialog(desktop.window.ctx, page)
    qtbot.addWidget(dialog)
    dialog.code.setPlainText(payload[:40] + "\n" + payload[40:])  # as a scanner may type it
    dialog.check()
    assert dialog.answer.text().startswith("Genuine: certificate 1/GCN-KH")
    prefix, _body, signature = payload.split(".")
    forged = certs.plan(YEAR, CertificateKind.RECOGNITION).sheets[1].qr_payload.split(".")[1]
    dialog.code.setPlainText(".".join((prefix, forged, signature)))
    dialog.check()
    assert dialog.answer.text().startswith("NOT genuine")
    dialog.code.setPlainText("hello")
    dialog.check()
    assert "not a certificate code" in dialog.answer.text()
