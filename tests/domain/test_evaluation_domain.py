"""Years in a row of recognition, from a subject's history."""

from __future__ import annotations

from xhht_desktop.domain.criteria import Model
from xhht_desktop.domain.evaluation import RegistrationRow, years_in_a_row


def row(year: int, recognised: bool, model: Model = Model.FAMILY) -> RegistrationRow:
    return RegistrationRow(
        year,
        year,
        model,
        1,
        "",
        "",
        None,
        None,
        None,
        recognised,
        "1/QĐ" if recognised else None,
        False,
    )


def test_counts_back_from_the_latest_recognised_year():
    history = [row(2026, True), row(2025, True), row(2024, True), row(2022, True)]
    assert years_in_a_row(history, Model.FAMILY) == (3, 2026)


def test_a_gap_or_a_registration_without_recognition_breaks_the_run():
    history = [row(2026, True), row(2025, False), row(2024, True)]
    assert years_in_a_row(history, Model.FAMILY) == (1, 2026)


def test_never_recognised_and_other_models():
    assert years_in_a_row([row(2026, False)], Model.FAMILY) == (0, None)
    assert years_in_a_row([row(2026, True, Model.CLAN)], Model.FAMILY) == (0, None)
