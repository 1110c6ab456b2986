"""NFC at the boundaries, accent-insensitive folding for search and sorting."""

import unicodedata

import pytest

from xhht_desktop.domain.text import (
    digits_only,
    fold,
    nfc,
    nfc_multiline,
    search_terms,
    title_case_name,
)

NAME = "Nguyễn Thị Hồng"


def test_nfc_composes_fully_decomposed_input():
    decomposed = unicodedata.normalize("NFD", NAME)
    assert decomposed != NAME  # the test means something only if the input differs
    result = nfc(decomposed)
    assert result == NAME
    assert unicodedata.is_normalized("NFC", result)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Unikey "Unicode tổ hợp": precomposed vowel (ê, ô, ơ…) + a combining tone mark.
        ("Nguy\u00ea\u0303n", "Nguyễn"),
        ("H\u00f4\u0300ng", "Hồng"),
        ("Tr\u01b0\u01a1\u0300ng", "Trường"),
        # Marks in non-canonical order (dot below typed after circumflex) still compose.
        ("e\u0323\u0302", "ệ"),
        ("e\u0302\u0323", "ệ"),
    ],
)
def test_nfc_composes_combining_tone_marks(typed, expected):
    assert nfc(typed) == unicodedata.normalize("NFC", expected)
    assert unicodedata.is_normalized("NFC", nfc(typed))


def test_nfc_trims_and_collapses_blanks():
    assert nfc("  Nguyễn \t Thị\u00a0\u00a0Hồng \n") == NAME


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_nfc_of_nothing_is_empty(empty):
    assert nfc(empty) == ""


def test_nfc_multiline_keeps_line_breaks_and_strips_line_ends():
    text = unicodedata.normalize("NFD", "Dòng một   \r\nDòng hai\t\n\n")
    assert nfc_multiline(text) == "Dòng một\nDòng hai"


@pytest.mark.parametrize(
    "variant",
    [
        NAME,
        "nguyen thi hong",
        "NGUYỄN THỊ HỒNG",
        "  Nguyen   Thi Hong ",
        unicodedata.normalize("NFD", NAME),
        "nguyễn thị hồng",
    ],
)
def test_fold_ignores_accents_case_and_spacing(variant):
    assert fold(variant) == "nguyen thi hong"


def test_fold_maps_d_with_stroke_to_d():
    assert fold("Đặng Văn Đức") == "dang van duc"
    assert fold("đường") == "duong"


def test_fold_keeps_other_letters_apart():
    # Folding must not make different names equal by accident.
    assert fold("Lan") != fold("Lân Anh")
    assert fold("An") != fold("Ân Bình")


@pytest.mark.parametrize("empty", [None, ""])
def test_fold_of_nothing_is_empty(empty):
    assert fold(empty) == ""


def test_search_terms_fold_split_and_deduplicate():
    assert search_terms("  Nguyễn  THỊ nguyen hồng ") == ["nguyen", "thi", "hong"]


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_search_terms_of_nothing_is_empty(empty):
    assert search_terms(empty) == []


def test_search_terms_split_on_punctuation_like_the_index():
    # Quotes, wildcards and search-syntax characters never reach the index as syntax.
    assert search_terms('"a" 50% x_y 12/3 0903-123 hong*') == [
        "a",
        "50",
        "x",
        "y",
        "12",
        "3",
        "0903",
        "123",
        "hong",
    ]
    assert search_terms("%_*'\"") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("nguyễn  thị HỒNG", "Nguyễn Thị Hồng"),
        ("ĐẶNG văn đức", "Đặng Văn Đức"),
        (unicodedata.normalize("NFD", "trần văn an"), "Trần Văn An"),
        ("  lê   lai ", "Lê Lai"),
        ("", ""),
    ],
)
def test_title_case_name(typed, expected):
    assert title_case_name(typed) == expected


def test_digits_only():
    assert digits_only("+84 (903) 123-456") == "84903123456"
    assert digits_only(None) == ""
