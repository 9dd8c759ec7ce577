"""Legal abbreviations of Russian acts: their norms, parts of speech and sentence roles.

Plain data without spaCy, so that the morphology helpers can read it without
importing the pipeline; :mod:`lexpert.nlp.ru.tokenizer_exceptions` turns it into
tokenizer exceptions.
"""

from __future__ import annotations

# surface form -> (norm, UPOS); the norm is the lemma when it is one word.
# "др." is left out: a special case for it would hide spaCy's "и др.".
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "ст.": ("статья", "NOUN"),
    "ст.ст.": ("статья", "NOUN"),
    "ч.": ("часть", "NOUN"),
    "ч.ч.": ("часть", "NOUN"),
    "чч.": ("часть", "NOUN"),
    "п.": ("пункт", "NOUN"),
    "п.п.": ("пункт", "NOUN"),
    "пп.": ("подпункт", "NOUN"),
    "подп.": ("подпункт", "NOUN"),
    "абз.": ("абзац", "NOUN"),
    "гл.": ("глава", "NOUN"),
    "разд.": ("раздел", "NOUN"),
    "ред.": ("редакция", "NOUN"),
    "прил.": ("приложение", "NOUN"),
    "г.": ("город", "NOUN"),
    "гг.": ("год", "NOUN"),
    "руб.": ("рубль", "NOUN"),
    "коп.": ("копейка", "NOUN"),
    "тыс.": ("тысяча", "NUM"),
    "млн.": ("миллион", "NUM"),
    "млрд.": ("миллиард", "NUM"),
    "т.е.": ("то есть", "CCONJ"),
    "т. е.": ("то есть", "CCONJ"),
    "т.д.": ("так далее", "ADV"),
    "т. д.": ("так далее", "ADV"),
    "т.п.": ("тому подобное", "ADV"),
    "т. п.": ("тому подобное", "ADV"),
    "и др.": ("и другие", "ADV"),
    "№": ("номер", "NOUN"),
}

# Abbreviations that may close a sentence ("... и т.д. Иные ...").
SENTENCE_FINAL = frozenset({"т.д.", "т. д.", "т.п.", "т. п.", "и др."})

# "г." after a number is a year ("2024 г."), elsewhere a city ("г. Астана").
YEAR = "г."
