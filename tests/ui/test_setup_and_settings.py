from __future__ import annotations

from xhht_desktop.domain.entities import Level
from xhht_desktop.paths import AppPaths
from xhht_desktop.services.context import open_services
from xhht_desktop.ui.dialogs.setup_wizard import SetupWizard

from .conftest import type_text


def test_wizard_refuses_missing_names_then_saves(qtbot, tmp_path) -> None:
    services = open_services(AppPaths.resolve(data_dir=tmp_path))
    try:
        wizard = SetupWizard(services.installation)
        qtbot.addWidget(wizard)
        form = wizard.form
        form.province.setCurrentIndex(form.province.findData("79"))
        type_text(form.commune_filter, "ben thanh")
        assert form.commune.currentData() == "26743"
        assert not wizard.save()
        assert form._errors["unit_name"].text() == "Please enter a name."
        assert services.installation.get() is None
        type_text(form.unit_name, "Chi hội Khuyến học Khu phố 5")
        type_text(form.association_name, "Hội Khuyến học phường Bến Thành")
        assert wizard.save()
        saved = services.installation.get()
        assert saved.level is Level.BRANCH
        assert saved.commune_name == "Phường Bến Thành"
        assert saved.unit_code.startswith("26743-")
        assert saved.gazetteer_version == "2025-07-01"
    finally:
        services.close()


def test_settings_page_changes_the_installation(desktop) -> None:
    page = desktop.window.pages["settings"]
    page.form.unit_name.setText("Chi hội Khuyến học Khu phố 9")
    page.save()
    assert desktop.services.installation.get().unit_name == "Chi hội Khuyến học Khu phố 9"
    assert "Khu phố 9" in desktop.window.unit_label.text()


def test_settings_page_shows_errors_and_keeps_the_old_values(desktop) -> None:
    page = desktop.window.pages["settings"]
    page.form.association_name.setText("   ")
    page.save()
    assert page.form._errors["association_name"].isVisibleTo(page)
    assert desktop.services.installation.get().association_name
