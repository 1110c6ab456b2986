from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel

from xhht_desktop.domain.certificates import CertificateKind, CertificateTemplate, Paper
from xhht_desktop.domain.criteria import Model
from xhht_desktop.ui.dialogs.certificate_template import CertificateTemplateDialog

from .conftest import type_text

YEAR = 2025


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture
def dialog(desktop, qtbot) -> CertificateTemplateDialog:
    opened = CertificateTemplateDialog(
        desktop.window.ctx, Model.FAMILY, CertificateKind.RECOGNITION, YEAR, desktop.window
    )
    qtbot.addWidget(opened)
    return opened


def saved(desktop) -> CertificateTemplate:
    return desktop.services.certificates.template(Model.FAMILY, CertificateKind.RECOGNITION)


def test_the_form_shows_the_default_template_and_its_sample(dialog) -> None:
    assert dialog.texts["heading"].text() == "GIẤY CÔNG NHẬN"
    assert dialog.texts["issuer_body"].text() == "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH"
    assert dialog.texts["title"].text() == "GIA ĐÌNH HỌC TẬP"
    assert dialog.number_example.text() == "Example: 15/GCN-KH"
    assert dialog.logo_name.text() == "No logo"
    assert not dialog.remove_logo.isEnabled()
    assert dialog.windowTitle().startswith("Certificate template — Learning family")
    assert dialog.preview.page_count() == 1
    text = pdf_text(dialog.last_pdf)
    assert "GIẤY CÔNG NHẬN" in text and "HỘI KHUYẾN HỌC PHƯỜNG BẾN THÀNH" in text
    assert not dialog.preview_error.isVisibleTo(dialog)
    assert dialog.current_template() == dialog.loaded
    assert not dialog.dirty


def test_editing_updates_the_preview_once_typing_pauses(dialog, qtbot) -> None:
    before = dialog.last_pdf
    type_text(dialog.texts["signer_name"], "Trần Văn Bảy")
    assert dialog.timer.isActive() and dialog.last_pdf == before  # not on every keystroke
    qtbot.waitUntil(lambda: "Trần Văn Bảy" in pdf_text(dialog.last_pdf), timeout=3000)
    assert dialog.preview.page_count() == 1
    assert dialog.dirty


def test_a_number_format_without_the_number_is_refused_next_to_the_field(desktop, dialog) -> None:
    dialog.number_format.setText("GCN-KH")
    error = dialog._errors["number_format"]
    assert error.isVisibleTo(dialog) and "{so}" in error.text()
    assert dialog.number_example.text() == ""
    dialog.refresh_preview()
    assert dialog.preview_error.isVisibleTo(dialog) and dialog.last_pdf == b""
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert saved(desktop).number_format == "{so}/GCN-KH"
    assert dialog.banner.isVisibleTo(dialog)
    dialog.number_format.setText("{so}/{nam}/GCN")
    assert not error.isVisibleTo(dialog) and not dialog.banner.isVisibleTo(dialog)
    assert dialog.number_example.text() == f"Example: 15/{YEAR}/GCN"


def test_a_format_that_names_the_number_but_cannot_write_it_is_refused(desktop, dialog) -> None:
    dialog.number_format.setText("{so:s}/GCN")  # the number is not a text
    assert dialog._errors["number_format"].isVisibleTo(dialog)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert saved(desktop).number_format == "{so}/GCN-KH"


def test_errors_of_the_service_are_shown_under_their_fields(desktop, dialog) -> None:
    dialog.texts["heading"].clear()
    dialog.sizes["min_name_size"].setValue(30)  # larger than the name's 26 pt
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Please fill this in" in dialog._errors["heading"].text()
    assert "smallest size" in dialog._errors["min_name_size"].text()
    assert not dialog._errors["title"].isVisibleTo(dialog)
    assert saved(desktop).heading == "GIẤY CÔNG NHẬN"
    type_text(dialog.texts["heading"], "GIẤY CÔNG NHẬN")  # corrected: the error goes
    assert not dialog._errors["heading"].isVisibleTo(dialog)
    assert dialog._errors["min_name_size"].isVisibleTo(dialog)


def test_saving_keeps_the_changes_and_tells_the_pages(desktop, dialog, qtbot) -> None:
    type_text(dialog.texts["signer_name"], "Trần Văn Bảy")
    dialog.sizes["heading_size"].setValue(30.5)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.A5))
    dialog.show_qr.setChecked(True)
    dialog.border.setChecked(False)
    with qtbot.waitSignal(desktop.window.ctx.events.changed, timeout=1000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = saved(desktop)
    assert kept == dialog.saved_template
    assert (kept.signer_name, kept.heading_size, kept.paper) == ("Trần Văn Bảy", 30.5, Paper.A5)
    assert kept.show_qr and not kept.border
    assert kept.heading == "GIẤY CÔNG NHẬN"  # what was not touched is as it was


def test_a_chosen_logo_is_kept_and_printed(desktop, dialog, prompts, qtbot, tmp_path: Path) -> None:
    assert b"/Subtype /Image" not in dialog.last_pdf
    logo = tmp_path / "huy hieu.png"
    Image.new("RGB", (60, 60), (200, 30, 30)).save(logo)
    prompts.save_path = logo
    dialog.choose_logo.click()
    assert ("open_path", "Choose the logo") in prompts.asked
    assert dialog.logo_name.text() == "huy hieu.png"
    assert dialog.remove_logo.isEnabled()
    name = dialog.current_template().logo
    assert name.startswith("logo-") and name.endswith(".png")
    qtbot.waitUntil(lambda: b"/Subtype /Image" in dialog.last_pdf, timeout=3000)
    dialog.save()
    assert saved(desktop).logo == name


def test_a_logo_can_be_removed(desktop, dialog, prompts, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (30, 30), (0, 0, 200)).save(logo)
    prompts.save_path = logo
    dialog.choose_logo.click()
    dialog.remove_logo.click()
    assert dialog.current_template().logo == "" and dialog.logo_name.text() == "No logo"
    dialog.refresh_preview()
    assert b"/Subtype /Image" not in dialog.last_pdf


def test_a_file_that_is_not_an_image_is_refused(desktop, dialog, prompts, tmp_path: Path) -> None:
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"this is not a picture")
    prompts.save_path = fake
    dialog.choose_logo.click()
    errors = [text for kind, text in prompts.asked if kind == "error"]
    assert len(errors) == 1 and "fake.png" in errors[0]
    assert dialog.current_template().logo == ""
    assert dialog.logo_name.text() == "No logo"
    assert not dialog.dirty


def test_a_logo_missing_from_the_data_folder_is_said_under_the_logo(desktop, qtbot) -> None:
    certificates = desktop.services.certificates
    template = certificates.template(Model.FAMILY, CertificateKind.RECOGNITION)
    logo = certificates.assets_dir / "logo-gone.png"
    logo.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (20, 20)).save(logo)
    certificates.save_template(
        Model.FAMILY, CertificateKind.RECOGNITION, replace(template, logo=logo.name)
    )
    logo.unlink()
    dialog = CertificateTemplateDialog(
        desktop.window.ctx, Model.FAMILY, CertificateKind.RECOGNITION, YEAR
    )
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "missing" in dialog._errors["logo"].text()
    dialog.remove_logo.click()
    assert not dialog._errors["logo"].isVisibleTo(dialog)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved(desktop).logo == ""


def test_reset_restores_the_default_wording(desktop, dialog) -> None:
    dialog.texts["heading"].setText("GIẤY CHỨNG NHẬN")
    dialog.sizes["body_size"].setValue(12)
    dialog.reset_to_default()
    assert dialog.texts["heading"].text() == "GIẤY CÔNG NHẬN"
    assert dialog.sizes["body_size"].value() == 14
    assert dialog.dirty  # reset fills the form; only Save keeps it
    assert saved(desktop).heading == "GIẤY CÔNG NHẬN"


def test_reset_undoes_a_saved_template(desktop, qtbot) -> None:
    certificates = desktop.services.certificates
    default = certificates.default_template(Model.FAMILY, CertificateKind.RECOGNITION)
    certificates.save_template(
        Model.FAMILY, CertificateKind.RECOGNITION, replace(default, heading="GIẤY CHỨNG NHẬN")
    )
    dialog = CertificateTemplateDialog(
        desktop.window.ctx, Model.FAMILY, CertificateKind.RECOGNITION, YEAR
    )
    qtbot.addWidget(dialog)
    assert dialog.texts["heading"].text() == "GIẤY CHỨNG NHẬN"
    dialog.reset_button.click()
    dialog.save()
    assert saved(desktop) == default


def test_cancel_saves_nothing(desktop, dialog, prompts) -> None:
    type_text(dialog.texts["signer_name"], "Trần Văn Bảy")
    dialog.reject()
    assert ("ask_save", "There are changes that are not saved. Save them?") in prompts.asked
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert saved(desktop).signer_name == ""


def test_a_letter_the_font_lacks_is_said_above_the_preview(dialog) -> None:
    dialog.texts["signer_name"].setText("王小明")
    dialog.refresh_preview()  # does not raise
    assert dialog.preview_error.isVisibleTo(dialog)
    assert "王" in dialog.preview_error.text()
    assert dialog.last_pdf == b"" and dialog.preview.page_count() == 0
    dialog.texts["signer_name"].setText("Trần Văn Bảy")
    dialog.refresh_preview()
    assert not dialog.preview_error.isVisibleTo(dialog) and dialog.preview.page_count() == 1


def test_the_commendation_template_has_its_own_defaults(desktop, qtbot) -> None:
    dialog = CertificateTemplateDialog(
        desktop.window.ctx, Model.CLAN, CertificateKind.COMMENDATION, YEAR
    )
    qtbot.addWidget(dialog)
    assert dialog.texts["heading"].text() == "GIẤY KHEN"
    assert dialog.number_example.text() == "Example: 15/GK-KH"
    assert "Nguyễn Đình" in pdf_text(dialog.last_pdf)


def test_no_two_controls_share_a_keyboard_letter(dialog) -> None:
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    letters = [m.lower() for text in texts for m in re.findall(r"&(\w)", text)]
    assert len(letters) >= 20
    assert len(letters) == len(set(letters)), sorted(letters)


def test_a_change_of_language_rewrites_the_dialog(desktop, dialog) -> None:
    dialog.number_format.setText("GCN-KH")
    dialog.texts["heading"].clear()
    dialog.save()
    desktop.set_language("vi")
    QApplication.processEvents()
    assert "Gia đình học tập" in dialog.windowTitle()
    assert "Learning family" not in dialog.windowTitle()
    assert dialog._errors["number_format"].text() and dialog._errors["heading"].text()
    assert dialog.paper.itemText(0) and dialog.logo_name.text()
