"""Decode the bytes of a text draft, and refuse text that an encoding has garbled.

Accepted: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1251 (Russian)
and KZ-1048 (the Kazakh Windows code page).  KZ-1048 differs from Windows-1251
only in the 16 bytes that hold Kazakh letters, where Windows-1251 has Serbian,
Macedonian and Ukrainian letters that a Kazakh or Russian act never uses; a
file with any of those bytes is therefore KZ-1048.

Two kinds of damage are detected and reported instead of being read:
Kazakh letters replaced by ``?`` (the text went through a code page that cannot
hold ә, ғ, қ, ң, ө, ұ, ү, һ, і) and mojibake (text decoded with one code page and
saved with another, e.g. ``Р°Р·Р°``, ``ÒÐ°Ð·``, ``╨а╨╛``).
"""

from __future__ import annotations

import codecs
import re

from lexpert.ingest.messages import input_error

_HIGH = bytes(range(0x80, 0x100))
_KZ1048_ONLY = frozenset(
    byte
    for byte, cp1251, kz1048 in zip(_HIGH, _HIGH.decode("cp1251", "replace"), _HIGH.decode("kz1048", "replace"))
    if cp1251 != kz1048
)

_CYRILLIC = "а-яёәғқңөұүһіА-ЯЁӘҒҚҢӨҰҮҺІ"
# A '?' glued to Cyrillic letters: "?аза?стан", "Республикасыны?", "??ірлік".  A run of
# letters and '?' that holds such a pair is one lost-letter word; only runs around a '?' are looked at.
# Every letter of the class is in the Cyrillic blocks, U+0400 to U+052F.
_RUN_CHARS = frozenset(filter(re.compile(rf"[{_CYRILLIC}?]").fullmatch, "?" + "".join(map(chr, range(0x400, 0x530)))))
_LOST_PAIR = re.compile(rf"[{_CYRILLIC}]\?|\?[{_CYRILLIC}]")
_LOST_LETTER_MIN_WORDS = 3

# Characters that a Kazakh or Russian draft does not contain but mojibake does:
# box-drawing lead bytes glued to text (UTF-8 read as cp866; pseudo-graphic tables
# use them only next to other box characters), п/я/р/с before a box character
# (UTF-8 read as KOI8-R), Latin-1 letters (UTF-8 read as Latin-1), Serbian,
# Macedonian and Ukrainian letters and stray symbols (UTF-8 or KZ-1048 read as
# Windows-1251), and the replacement character.
_BOX_LEAD = "╨╤╥╙"
_BOX_LEAD_FOLLOWER = "[^\\s\u2500-\u257f]"
_KOI8_LEAD = "пярс"
_KOI8_TAIL = "\u2500-\u25ff⌠⌡∙√≈≤≥²·÷"
_ALIEN = "À-ÖØ-öø-ÿЂЃЉЊЌЋЏђѓљњќћџЎўЈјЅѕҐґЄєЇї¤¦¬°µ¶\ufffd"
_ODD = re.compile(f"[{_BOX_LEAD}](?={_BOX_LEAD_FOLLOWER})|[{_KOI8_LEAD}][{_KOI8_TAIL}]|[{_ALIEN}]")
# The one character of each match of _ODD that is never a plain letter, matched alone: as
# many matches as _ODD, found faster because every match starts with one character class.
_ODD_MARK = re.compile(
    f"[{_BOX_LEAD}{_KOI8_TAIL}{_ALIEN}]"
    f"(?:(?<=[{_BOX_LEAD}])(?={_BOX_LEAD_FOLLOWER})|(?<=[{_KOI8_LEAD}][{_KOI8_TAIL}])|(?<=[{_ALIEN}]))"
)
_MOJIBAKE_MIN_CHARS = 10
_MOJIBAKE_MIN_SHARE = 0.02


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)`` or raise :class:`InputError`."""
    text, encoding = _decode(data, path)
    check_garbling(text, path)
    return text, encoding


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8", path), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data:
        raise input_error(path, "binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if any(byte in _KZ1048_ONLY for byte in data):
        return data.decode("kz1048", errors="replace"), "kz1048"
    return data.decode("cp1251", errors="replace"), "cp1251"


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise input_error(path, "mojibake", sample=data[:12].decode(encoding, "replace")) from None


def check_garbling(text: str, path: str) -> None:
    """Raise when Kazakh letters were lost to ``?`` or the text is mojibake."""
    lost = _lost_letter_words(text)
    if lost >= _LOST_LETTER_MIN_WORDS:
        raise input_error(path, "kazakh_lost", count=lost)
    odd = len(_ODD_MARK.findall(text))
    if odd >= _MOJIBAKE_MIN_CHARS:
        letters = sum(1 for char in text if char.isalpha())
        if odd >= _MOJIBAKE_MIN_SHARE * max(letters, 1):
            raise input_error(path, "mojibake", sample=_first_odd_word(text))


def _lost_letter_words(text: str) -> int:
    """How many runs of Cyrillic letters and '?' hold a '?' next to a letter."""
    count = 0
    position = text.find("?")
    while position != -1:
        start = position
        while start and text[start - 1] in _RUN_CHARS:
            start -= 1
        end = position + 1
        while end < len(text) and text[end] in _RUN_CHARS:
            end += 1
        count += _LOST_PAIR.search(text, start, end) is not None
        position = text.find("?", end)
    return count


def _first_odd_word(text: str) -> str:
    match = _ODD.search(text)
    if match is None:
        return ""
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    return text[start : end if end != -1 else len(text)][:24]
