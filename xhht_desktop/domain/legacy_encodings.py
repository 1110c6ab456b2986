"""Old Vietnamese encodings found in spreadsheets, converted to Unicode (NFC).

Before Unicode, Vietnamese text was typed with fonts whose letters sat at the code points of
Western (Windows-1252) characters. Excel stores what was typed as those characters, so a
volunteer's old list shows "NguyÔn V¨n Hïng" (TCVN3) or "Nguyeãn Vaên Huøng" (VNI) once the old
font is gone. Three encodings cover nearly every such file:

- TCVN3 (TCVN 5712:1993, "VN3"; typed with ABC or Vietkey into the ".Vn" fonts such as
  .VnTime): one character per letter. It has codes for the 67 lower-case letters and for the
  bare capitals Ă Â Ê Ô Ơ Ư Đ only: capitals with a tone were typed with the lower-case codes
  in an all-capitals font (.VnTimeH). So a converted text whose Latin letters are all capitals
  is put in capitals as a whole ("NGUYÔN" → "NGUYỄN").
- VNI-Windows (the "VNI-" fonts): a base letter followed by a mark character, "aø" = à,
  "aâ" = â, "aá" = ấ, "aê" = ă, "oâ" = ô; with single characters for ơ (ô), ư (ö), đ (ñ) and
  the i and ỵ letters (ì í æ ó ò, î). Marks of capitals are the capital mark characters.
- VISCII (RFC 1456): a full 8-bit character set of all 134 letters, six of them in the C0
  control range. Its bytes 0x80-0x9F arrive as Windows-1252 characters (€ ‚ ƒ …) or, from
  some converters, as the C1 code points; both are read.

`to_unicode` converts one text, `from_unicode` is its inverse (for tests and round trips),
`detect` decides from a sample of texts which encoding a sheet was typed in, or None when
it is Unicode already. Decomposed Unicode (NFD, "Unicode tổ hợp") always comes out as NFC.
A text that already holds a letter only Unicode has (ư, ạ, ễ…) is never converted: no legacy
encoding produces those, so such a cell was typed in Unicode whatever the rest of the sheet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "ENCODINGS",
    "NAMES",
    "TCVN3",
    "VISCII",
    "VNI",
    "detect",
    "from_unicode",
    "is_vietnamese_syllable",
    "to_unicode",
]

TCVN3 = "tcvn3"
VNI = "vni"
VISCII = "viscii"
ENCODINGS = (TCVN3, VNI, VISCII)
NAMES = {TCVN3: "TCVN3 (ABC, .VnTime)", VNI: "VNI-Windows", VISCII: "VISCII"}

# --- the letters --------------------------------------------------------------------------

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_TONES = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)
_TONE_SET = frozenset(_TONES)
_BASES = "aăâeêioôơuưy"


def _compose(base: str, tone: str = "") -> str:
    return unicodedata.normalize("NFC", base + tone)


def _all_letters() -> tuple[str, ...]:
    """The 134 Vietnamese letters outside ASCII: 66 vowels with marks and đ, both cases."""
    lower = [_compose(base, tone) for base in _BASES for tone in ("", *_TONES)]
    lower = [ch for ch in lower if not ch.isascii()] + ["đ"]
    return tuple(lower + [ch.upper() for ch in lower])


LETTERS = _all_letters()
# Letters that only Unicode has: a text holding one was not typed in a legacy encoding.
_UNICODE_ONLY = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)


def _split(letter: str) -> tuple[str, str]:
    """'ấ' → ('â', acute): the letter without its tone, and the tone ('' for none)."""
    decomposed = unicodedata.normalize("NFD", letter)
    tone = next((m for m in decomposed if m in _TONE_SET), "")
    bare = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in _TONE_SET))
    return bare, tone


# --- how legacy bytes arrive in a cell ------------------------------------------------------

# Windows-1252 characters of the bytes 0x80-0x9F (the others are Latin-1 code points).
_CP1252_HIGH = {bytes([b]).decode("cp1252", errors="ignore"): b for b in range(0x80, 0xA0)}
_CP1252_HIGH.pop("", None)
_BYTE_CHAR = {b: ch for ch, b in _CP1252_HIGH.items()}


def _char_of(byte: int) -> str:
    """How a legacy byte shows in a cell typed on a Western Windows."""
    return _BYTE_CHAR.get(byte, chr(byte))


# --- TCVN3 (TCVN 5712:1993 VN3) -----------------------------------------------------------

_TCVN3_PAIRS = (
    "¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ ¨ă ©â ªê «ô ¬ơ \u00adư ®đ "
    "µà ¸á ¶ả ·ã ¹ạ »ằ ¾ắ ¼ẳ ½ẵ Æặ Çầ Êấ Èẩ Éẫ Ëậ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ Òề Õế Óể Ôễ Öệ ×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ åồ èố æổ çỗ éộ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ õừ øứ öử ÷ữ ùự úỳ ýý ûỷ üỹ þỵ"
)
_TCVN3_DECODE = {pair[0]: pair[1] for pair in _TCVN3_PAIRS.split(" ")}
_TCVN3_TABLE = str.maketrans(_TCVN3_DECODE)
_TCVN3_ENCODE = {letter: code for code, letter in _TCVN3_DECODE.items()}
# Capitals with a tone, and capitals whose bare form has no code, use the lower-case codes.
for _letter in LETTERS:
    if _letter not in _TCVN3_ENCODE and _letter.lower() in _TCVN3_ENCODE:
        _TCVN3_ENCODE[_letter] = _TCVN3_ENCODE[_letter.lower()]
_ASCII_LOWER = re.compile("[a-z]")
_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_DIGIT = re.compile("[0-9]")  # not str.isdigit: TCVN3's ạ is "¹"


def _tcvn3_to_unicode(text: str) -> str:
    out = text.translate(_TCVN3_TABLE)
    if not any(ch in _TCVN3_DECODE for ch in text):
        return out
    if not _ASCII_LOWER.search(text) and len(_ASCII_UPPER.findall(text)) >= 2:
        return out.upper()  # typed in an all-capitals .VnTimeH font
    # A capital with a tone has no code: in a text of Capitalised Words (a name), a word
    # starting with a lower-case code had its capital typed that way ("Ngäc ¸nh").
    words = out.split(" ")
    codes = [word[:1] in _TCVN3_DECODE for word in text.split(" ")]
    lowered = [i for i, w in enumerate(words) if codes[i] and w[:1].islower()]
    others = [w for i, w in enumerate(words) if i not in lowered and w[:1].isalpha()]
    named = not _ASCII_DIGIT.search(text)  # an address keeps its "đường", "ấp"
    if named and lowered and others and all(w[:1].isupper() for w in others):
        for i in lowered:
            words[i] = words[i][:1].upper() + words[i][1:]
        return " ".join(words)
    return out


# --- VNI-Windows --------------------------------------------------------------------------

_VNI_TONE = dict(zip(_TONES, "øùûõï", strict=True))
_VNI_TONE_UP = dict(zip(_TONES, "ØÙÛÕÏ", strict=True))
_VNI_HAT = dict(zip(("", *_TONES), "âàáåãä", strict=True))  # after a, e, o: â ê ô
_VNI_HAT_UP = dict(zip(("", *_TONES), "ÂÀÁÅÃÄ", strict=True))
_VNI_BREVE = dict(zip(("", *_TONES), "êèéúüë", strict=True))  # after a: ă
_VNI_BREVE_UP = dict(zip(("", *_TONES), "ÊÈÉÚÜË", strict=True))
_VNI_I = dict(zip(("", *_TONES), "iìíæóò", strict=True))
_VNI_I_UP = dict(zip(("", *_TONES), "IÌÍÆÓÒ", strict=True))


def _vni_encode_letter(letter: str) -> str:
    upper = letter.isupper()
    bare, tone = _split(letter.lower())
    tone_mark = (_VNI_TONE_UP if upper else _VNI_TONE).get(tone, "")
    if bare == "đ":
        return "Ñ" if upper else "ñ"
    if bare == "i":
        return (_VNI_I_UP if upper else _VNI_I)[tone]
    if bare == "y" and tone == _DOT:
        return "Î" if upper else "î"
    if bare in "âêô":
        base = {"â": "a", "ê": "e", "ô": "o"}[bare]
        return (base.upper() if upper else base) + (_VNI_HAT_UP if upper else _VNI_HAT)[tone]
    if bare == "ă":
        return ("A" if upper else "a") + (_VNI_BREVE_UP if upper else _VNI_BREVE)[tone]
    if bare in "ơư":
        base = {"ơ": "ô", "ư": "ö"}[bare]
        return (base.upper() if upper else base) + tone_mark
    return (bare.upper() if upper else bare) + tone_mark


_VNI_ENCODE = {letter: _vni_encode_letter(letter) for letter in LETTERS}
_VNI_TONE_DECODE = {
    mark: tone for table in (_VNI_TONE, _VNI_TONE_UP) for tone, mark in table.items()
}
_VNI_HAT_DECODE = {mark: tone for table in (_VNI_HAT, _VNI_HAT_UP) for tone, mark in table.items()}
_VNI_BREVE_DECODE = {
    mark: tone for table in (_VNI_BREVE, _VNI_BREVE_UP) for tone, mark in table.items()
}
_VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "î": "ỵ", "Î": "Ỵ"}
for _tone, _mark in _VNI_I.items():
    if _mark != "i":
        _VNI_SINGLE[_mark] = _compose("i", _tone)
        _VNI_SINGLE[_VNI_I_UP[_tone]] = _compose("I", _tone)
_VNI_HORN = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư"}
_VNI_VOWELS = frozenset("aeiouyAEIOUY")
_VNI_MARKS = re.compile("[ñÑîÎìíæóòÌÍÆÓÒôÔöÖøùûõïØÙÛÕÏâàáåãäÂÀÁÅÃÄêèéúüëÊÈÉÚÜË]")


def _vni_to_unicode(text: str) -> str:
    if not _VNI_MARKS.search(text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        low = ch.lower()
        if low in "aeo" and nxt in _VNI_HAT_DECODE:
            base = {"a": "â", "e": "ê", "o": "ô"}[low]
            out.append(_compose(base.upper() if ch.isupper() else base, _VNI_HAT_DECODE[nxt]))
            i += 2
        elif low == "a" and nxt in _VNI_BREVE_DECODE:
            out.append(_compose("Ă" if ch.isupper() else "ă", _VNI_BREVE_DECODE[nxt]))
            i += 2
        elif ch in _VNI_HORN and nxt in _VNI_TONE_DECODE:
            out.append(_compose(_VNI_HORN[ch], _VNI_TONE_DECODE[nxt]))
            i += 2
        elif ch in _VNI_VOWELS and nxt in _VNI_TONE_DECODE:
            out.append(_compose(ch, _VNI_TONE_DECODE[nxt]))
            i += 2
        else:
            out.append(_VNI_HORN.get(ch) or _VNI_SINGLE.get(ch, ch))
            i += 1
    return "".join(out)


# --- VISCII (RFC 1456) --------------------------------------------------------------------

# Byte → code point, every byte that is not plain ASCII (RFC 1456's table).
_VISCII_BYTES = {
    0x02: 0x1EB2, 0x05: 0x1EB4, 0x06: 0x1EAA, 0x14: 0x1EF6, 0x19: 0x1EF8, 0x1E: 0x1EF4,
    0x80: 0x1EA0, 0x81: 0x1EAE, 0x82: 0x1EB0, 0x83: 0x1EB6, 0x84: 0x1EA4, 0x85: 0x1EA6,
    0x86: 0x1EA8, 0x87: 0x1EAC, 0x88: 0x1EBC, 0x89: 0x1EB8, 0x8A: 0x1EBE, 0x8B: 0x1EC0,
    0x8C: 0x1EC2, 0x8D: 0x1EC4, 0x8E: 0x1EC6, 0x8F: 0x1ED0, 0x90: 0x1ED2, 0x91: 0x1ED4,
    0x92: 0x1ED6, 0x93: 0x1ED8, 0x94: 0x1EE2, 0x95: 0x1EDA, 0x96: 0x1EDC, 0x97: 0x1EDE,
    0x98: 0x1ECA, 0x99: 0x1ECE, 0x9A: 0x1ECC, 0x9B: 0x1EC8, 0x9C: 0x1EE6, 0x9D: 0x0168,
    0x9E: 0x1EE4, 0x9F: 0x1EF2, 0xA0: 0x00D5, 0xA1: 0x1EAF, 0xA2: 0x1EB1, 0xA3: 0x1EB7,
    0xA4: 0x1EA5, 0xA5: 0x1EA7, 0xA6: 0x1EA9, 0xA7: 0x1EAD, 0xA8: 0x1EBD, 0xA9: 0x1EB9,
    0xAA: 0x1EBF, 0xAB: 0x1EC1, 0xAC: 0x1EC3, 0xAD: 0x1EC5, 0xAE: 0x1EC7, 0xAF: 0x1ED1,
    0xB0: 0x1ED3, 0xB1: 0x1ED5, 0xB2: 0x1ED7, 0xB3: 0x1EE0, 0xB4: 0x01A0, 0xB5: 0x1ED9,
    0xB6: 0x1EDD, 0xB7: 0x1EDF, 0xB8: 0x1ECB, 0xB9: 0x1EF0, 0xBA: 0x1EE8, 0xBB: 0x1EEA,
    0xBC: 0x1EEC, 0xBD: 0x01A1, 0xBE: 0x1EDB, 0xBF: 0x01AF, 0xC0: 0x00C0, 0xC1: 0x00C1,
    0xC2: 0x00C2, 0xC3: 0x00C3, 0xC4: 0x1EA2, 0xC5: 0x0102, 0xC6: 0x1EB3, 0xC7: 0x1EB5,
    0xC8: 0x00C8, 0xC9: 0x00C9, 0xCA: 0x00CA, 0xCB: 0x1EBA, 0xCC: 0x00CC, 0xCD: 0x00CD,
    0xCE: 0x0128, 0xCF: 0x1EF3, 0xD0: 0x0110, 0xD1: 0x1EE9, 0xD2: 0x00D2, 0xD3: 0x00D3,
    0xD4: 0x00D4, 0xD5: 0x1EA1, 0xD6: 0x1EF7, 0xD7: 0x1EEB, 0xD8: 0x1EED, 0xD9: 0x00D9,
    0xDA: 0x00DA, 0xDB: 0x1EF9, 0xDC: 0x1EF5, 0xDD: 0x00DD, 0xDE: 0x1EE1, 0xDF: 0x01B0,
    0xE0: 0x00E0, 0xE1: 0x00E1, 0xE2: 0x00E2, 0xE3: 0x00E3, 0xE4: 0x1EA3, 0xE5: 0x0103,
    0xE6: 0x1EEF, 0xE7: 0x1EAB, 0xE8: 0x00E8, 0xE9: 0x00E9, 0xEA: 0x00EA, 0xEB: 0x1EBB,
    0xEC: 0x00EC, 0xED: 0x00ED, 0xEE: 0x0129, 0xEF: 0x1EC9, 0xF0: 0x0111, 0xF1: 0x1EF1,
    0xF2: 0x00F2, 0xF3: 0x00F3, 0xF4: 0x00F4, 0xF5: 0x00F5, 0xF6: 0x1ECF, 0xF7: 0x1ECD,
    0xF8: 0x1EE5, 0xF9: 0x00F9, 0xFA: 0x00FA, 0xFB: 0x0169, 0xFC: 0x1EE7, 0xFD: 0x00FD,
    0xFE: 0x1EE3, 0xFF: 0x1EEE,
}  # fmt: skip
_VISCII_DECODE: dict[int, str] = {}
for _byte, _code in _VISCII_BYTES.items():
    _VISCII_DECODE[_byte] = chr(_code)  # the byte as a Latin-1 / C1 / control code point
    _VISCII_DECODE[ord(_char_of(_byte))] = chr(_code)  # …or as its Windows-1252 character
_VISCII_TABLE = str.maketrans(_VISCII_DECODE)
_VISCII_ENCODE = {chr(code): _char_of(byte) for byte, code in _VISCII_BYTES.items()}
# Excel writes control characters as _xHHHH_ in its XML; a reader may hand them on as is.
_XML_ESCAPE = re.compile("_x00(0[256]|1[49E])_", re.IGNORECASE)


def _viscii_to_unicode(text: str) -> str:
    if "_x" in text:
        text = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text.translate(_VISCII_TABLE)


# --- the public functions -----------------------------------------------------------------


def to_unicode(text: str, encoding: str | None) -> str:
    """`text` typed in `encoding` (TCVN3, VNI, VISCII; None: Unicode already) as NFC Unicode.

    A text holding a letter only Unicode has is returned as NFC without conversion."""
    text = unicodedata.normalize("NFC", text)
    if encoding is None or _UNICODE_ONLY.search(text):
        return text
    if encoding == TCVN3:
        out = _tcvn3_to_unicode(text)
    elif encoding == VNI:
        out = _vni_to_unicode(text)
    elif encoding == VISCII:
        out = _viscii_to_unicode(text)
    else:
        raise ValueError(f"unknown encoding {encoding!r}")
    return unicodedata.normalize("NFC", out)


def from_unicode(text: str, encoding: str) -> str:
    """Unicode `text` as it would show in a cell typed in `encoding` (the inverse of
    `to_unicode`). TCVN3 has no capitals with a tone: they come out as the lower-case codes,
    as typed for an all-capitals .VnTimeH font."""
    text = unicodedata.normalize("NFC", text)
    if encoding == TCVN3:
        table = _TCVN3_ENCODE
    elif encoding == VNI:
        table = _VNI_ENCODE
    elif encoding == VISCII:
        table = _VISCII_ENCODE
    else:
        raise ValueError(f"unknown encoding {encoding!r}")
    return "".join(table.get(ch, ch) for ch in text)


# --- detection ----------------------------------------------------------------------------

_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_NUCLEI = (
    "uyê|uya|uyu|ươi|ươu|uôi|iêu|yêu|oai|oay|oao|oeo|uây|ươ|uô|iê|yê|uâ|uê|uơ|uy|ưa|ưi|ưu|"
    "ua|ui|oa|oă|oe|oi|oo|ôi|ơi|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_FINALS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(f"(?:{_INITIALS})?(?:{_NUCLEI})(?:{_FINALS})?")
# Words are split at blanks, ASCII punctuation and digits only: the legacy encodings put
# letters on Latin-1 symbols (¸ · ¨ × ÷ …), and VISCII puts Õ on the no-break space.
_WORDS = re.compile("[^ \t\r\n\f\v\u2000-\u200b\u3000!-@\\[-`{-~]+")
_SAMPLE_MAX = 3000  # words looked at
_MIN_SCORE = 0.75  # share of words that must become Vietnamese syllables
_MIN_GAIN = 0.25  # over the share of the text as it is


def is_vietnamese_syllable(word: str) -> bool:
    """A word written like one Vietnamese syllable: lower case, Capitalised or CAPITALS, at
    most one tone mark, and an initial, vowel group and final Vietnamese allows."""
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_SET)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_SET))
    return _SYLLABLE.fullmatch(bare) is not None


def _score(texts: list[str], encoding: str | None) -> tuple[float, int]:
    """(share of the non-ASCII words that are syllables, how many are) after conversion."""
    good = bad = 0
    for text in texts:
        for word in _WORDS.findall(to_unicode(text, encoding)):
            if word.isascii():
                continue
            if is_vietnamese_syllable(word):
                good += 1
            else:
                bad += 1
    return (good / (good + bad) if good + bad else 0.0), good


def detect(texts: Iterable[str]) -> str | None:
    """The legacy encoding the texts were typed in, or None (Unicode, or nothing to tell).

    Each encoding's conversion is scored by the share of words with letters outside ASCII
    that come out as Vietnamese syllables. An encoding is chosen only when most words then
    are syllables and clearly more than before: text in Unicode stays None."""
    sample: list[str] = []
    words = 0
    for text in texts:
        if not text or text.isascii():
            continue
        sample.append(text)
        words += text.count(" ") + 1
        if words >= _SAMPLE_MAX:
            break
    if not sample:
        return None
    as_is, _ = _score(sample, None)
    best: tuple[float, int, str] | None = None
    for encoding in ENCODINGS:  # in this order on a tie: the most common first
        score, good = _score(sample, encoding)
        if good and (best is None or (score, good) > best[:2]):
            best = (score, good, encoding)
    if best and best[0] >= _MIN_SCORE and best[0] - as_is >= _MIN_GAIN:
        return best[2]
    return None
