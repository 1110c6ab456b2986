"""Old Vietnamese encodings (TCVN3, VNI-Windows, VISCII): every letter converts both ways, and a
sheet's encoding is told from its text while Unicode text is left alone."""

from __future__ import annotations

import unicodedata

import pytest

from xhht_desktop.domain.legacy_encodings import (
    ENCODINGS,
    LETTERS,
    TCVN3,
    VISCII,
    VNI,
    detect,
    from_unicode,
    is_vietnamese_syllable,
    to_unicode,
)

NAMES = [
    "Nguyễn Văn Hùng",
    "Trần Thị Hồng",
    "Lê Đức Thọ",
    "Phạm Thị Ngọc Ánh",
    "Hoàng Văn Tú",
    "Huỳnh Thị Thuỷ",
    "Võ Thị Sáu",
    "Đặng Quốc Khánh",
    "Bùi Thị Yến",
    "Dương Văn Lượng",
]
ADDRESSES = [
    "12 Lê Lợi, Tổ 3, Khu phố 2",
    "Số 45 đường Nguyễn Trãi",
    "Ấp Bình Thạnh, xã Tân Phú",
    "Hẻm 7 Trần Hưng Đạo",
]
WORDS = ["Chủ hộ", "Vợ", "Con", "Cháu nội", "Nam", "Nữ", "Hộ nghèo", "Đại học", "Ghi chú"]
SAMPLE = NAMES + ADDRESSES + WORDS


def test_the_alphabet_has_its_134_letters():
    assert len(LETTERS) == len(set(LETTERS)) == 134
    assert all(unicodedata.is_normalized("NFC", letter) for letter in LETTERS)
    assert {"đ", "Đ", "ặ", "Ặ", "ỹ", "Ỹ", "ử", "Ử"} <= set(LETTERS)


@pytest.mark.parametrize("encoding", [VNI, VISCII])
@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips(encoding, letter):
    encoded = from_unicode(letter, encoding)
    assert not any(ch in LETTERS and ch not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ" for ch in encoded)
    assert to_unicode(encoded, encoding) == letter


TCVN3_CAPITALS = set("ĂÂÊÔƠƯĐ")


@pytest.mark.parametrize("letter", [ch for ch in LETTERS if ch.islower() or ch in TCVN3_CAPITALS])
def test_tcvn3_round_trips_every_letter_it_has(letter):
    encoded = from_unicode(letter, TCVN3)
    assert len(encoded) == 1 and ord(encoded) < 0x100
    assert encoded != letter or letter == "ý"  # TCVN3 keeps ý where Latin-1 has it
    assert to_unicode(encoded, TCVN3) == letter


@pytest.mark.parametrize("letter", [ch for ch in LETTERS if ch.isupper()])
def test_tcvn3_capitals_with_a_tone_come_back_in_capitals_and_in_names(letter):
    """TCVN3 has no capitals with a tone: an all-capitals word (.VnTimeH) and a Capitalised
    name give them back."""
    word = f"NG{letter}N"
    assert to_unicode(from_unicode(word, TCVN3), TCVN3) == word
    name = f"Nguyễn {letter}nh Tú"
    assert to_unicode(from_unicode(name, TCVN3), TCVN3) == name


@pytest.mark.parametrize(
    ("encoding", "typed", "meant"),
    [
        (TCVN3, "NguyÔn V¨n Hïng", "Nguyễn Văn Hùng"),
        (TCVN3, "Hµ Néi", "Hà Nội"),
        (TCVN3, "§­êng Lª Lîi", "Đường Lê Lợi"),
        (TCVN3, "DANH S¸CH Hé GIA §×NH", "DANH SÁCH HỘ GIA ĐÌNH"),
        (VNI, "Nguyeãn Vaên Huøng", "Nguyễn Văn Hùng"),
        (VNI, "Ñöôøng Leâ Lôïi", "Đường Lê Lợi"),
        (VNI, "Thò Thuyû", "Thị Thuỷ"),
        (VNI, "ÑAËNG QUOÁC KHAÙNH", "ĐẶNG QUỐC KHÁNH"),
        (VISCII, "Nguy\xadn Vån Hùng", "Nguyễn Văn Hùng"),
        (VISCII, "Hà N\xb5i", "Hà Nội"),
        (VISCII, "\xd0ß¶ng", "Đường"),
    ],
)
def test_known_texts(encoding, typed, meant):
    assert to_unicode(typed, encoding) == meant
    assert from_unicode(meant, encoding) == typed


def test_viscii_reads_both_windows_1252_characters_and_c1_code_points():
    """Bytes 0x80-0x9F arrive as Windows-1252 characters (€ = 0x80 = Ạ) or as the C1 code
    points some converters produce; the six capitals in the C0 range may be XML-escaped."""
    assert to_unicode("€nh", VISCII) == to_unicode("\x80nh", VISCII) == "Ạnh"
    assert to_unicode("\x02", VISCII) == to_unicode("_x0002_", VISCII) == "Ẳ"
    assert to_unicode("\x19", VISCII) == "Ỹ"


def test_text_already_in_unicode_is_never_converted():
    for encoding in ENCODINGS:
        for text in SAMPLE:
            assert to_unicode(text, encoding) == text or not any(ch in text for ch in "ăđơưạ")
        assert to_unicode("Nguyễn Thị Hồng", encoding) == "Nguyễn Thị Hồng"


def test_decomposed_unicode_comes_out_composed():
    for text in SAMPLE:
        decomposed = unicodedata.normalize("NFD", text)
        assert to_unicode(decomposed, None) == text
        assert to_unicode(decomposed, VNI) == text  # already Unicode: only composed


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_each_encoding_is_detected_on_names_and_addresses(encoding):
    typed = [from_unicode(text, encoding) for text in SAMPLE]
    assert detect(typed) == encoding
    assert [to_unicode(t, encoding) for t in typed[: len(NAMES)]] == NAMES


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_short_list_of_names_is_enough(encoding):
    typed = [from_unicode(name, encoding) for name in NAMES[:4]]
    assert detect(typed) == encoding


def test_unicode_stays_undetected():
    assert detect(SAMPLE) is None
    assert detect(unicodedata.normalize("NFD", t) for t in SAMPLE) is None
    # Unicode that a legacy table would also read as Vietnamese ("Hoàng" is VNI for "Hồng").
    assert detect(["Hoàng Văn Thái", "Lê Thị Hà", "Tô Hoài", "Võ Văn Kiệt"]) is None


def test_nothing_to_tell_from_is_none():
    assert detect([]) is None
    assert detect(["Nguyen Van An", "12 Le Loi", "", "1970"]) is None


def test_unknown_encodings_are_refused():
    with pytest.raises(ValueError):
        to_unicode("x", "cp1258")
    with pytest.raises(ValueError):
        from_unicode("x", "cp1258")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("nguyễn", True),
        ("Đường", True),
        ("KHUYẾN", True),
        ("quốc", True),
        ("giữ", True),
        ("NguyÔn", False),  # a capital inside the word
        ("néi", False),  # no such vowel group
        ("hµ", False),  # µ is no Vietnamese letter
        ("nguyeãn", False),
        ("hóà", False),  # two tone marks
    ],
)
def test_syllables(word, expected):
    assert is_vietnamese_syllable(unicodedata.normalize("NFC", word)) is expected
