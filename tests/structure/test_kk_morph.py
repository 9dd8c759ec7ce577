"""Kazakh genitive and possessive endings used in addresses."""

import pytest

from lexpert.structure.kk_morph import genitive, possessive, possessive_genitive


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("5-бап", "5-баптың"),
        ("2-тарау", "2-тараудың"),
        ("1-бөлім", "1-бөлімнің"),
        ("қаулы", "қаулының"),
        ("шешім", "шешімнің"),
        ("бұйрық", "бұйрықтың"),
        ("Қағидалар", "Қағидалардың"),
        ("Ереже", "Ереженің"),
        ("Тәртіп", "Тәртіптің"),
        ("Заң", "Заңның"),
    ],
)
def test_genitive_follows_harmony_and_final_sound(word, expected):
    assert genitive(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("тармақ", "тармағы"),
        ("бап", "бабы"),
        ("бөлік", "бөлігі"),
        ("тарау", "тарауы"),
        ("бөлім", "бөлімі"),
        ("тармақша", "тармақшасы"),
        ("екінші абзац", "екінші абзацы"),
        ("преамбула", "преамбуласы"),
    ],
)
def test_possessive_voices_final_consonant(word, expected):
    assert possessive(word) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("2-тармақ", "2-тармағының"),
        ("5-бап", "5-бабының"),
        ("3-тарау", "3-тарауының"),
        ("1-бөлім", "1-бөлімінің"),
        ("4) тармақша", "4) тармақшасының"),
    ],
)
def test_possessive_genitive(word, expected):
    assert possessive_genitive(word) == expected
