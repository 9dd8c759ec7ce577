"""Kazakh tokenizer exceptions: legal abbreviations (with norms) and list markers."""

from __future__ import annotations

from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.symbols import NORM, ORTH
from spacy.util import update_exc

_ABBREVIATIONS = {
    "т.б.": "тағы басқа",
    "т.с.с.": "тағы сол сияқты",
    "т.с.": "тағы сол",
    "ҚР": "Қазақстан Республикасы",
    "ж.": "жыл",
    "жж.": "жылдар",
    "б.": "бап",
    "бб.": "баптар",
    "тарм.": "тармақ",
    "тармақш.": "тармақша",
    "тт.": "тармақтар",
    "қ.": "қала",
    "обл.": "облыс",
    "ауд.": "аудан",
    "көш.": "көше",
    "млн": "миллион",
    "млрд": "миллиард",
    "мың.": "мың",
    "тг.": "теңге",
    "сағ.": "сағат",
    "мин.": "минут",
    "№": "нөмір",
}

_exc: dict[str, list[dict]] = {}
for orth, norm in _ABBREVIATIONS.items():
    _exc[orth] = [{ORTH: orth, NORM: norm}]
    if orth[0].islower():
        title = orth[0].upper() + orth[1:]
        _exc[title] = [{ORTH: title, NORM: norm}]
for number in range(1, 201):
    marker = f"{number})"
    _exc[marker] = [{ORTH: marker, NORM: marker}]

TOKENIZER_EXCEPTIONS = update_exc(BASE_EXCEPTIONS, _exc)
