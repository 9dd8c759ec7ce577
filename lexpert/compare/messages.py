"""Discrepancy messages in Kazakh, Russian and English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lexpert.errors import InputError

if TYPE_CHECKING:
    from lexpert.compare.model import Discrepancy

REPORT_LANGS = ("en", "ru", "kk")

TITLES: dict[str, dict[str, str]] = {
    "missing_unit": {
        "en": "Unit present in one version only",
        "ru": "Структурная единица есть только в одной версии",
        "kk": "Құрылымдық бірлік тек бір нұсқада бар",
    },
    "number": {"en": "Numbers differ", "ru": "Расходятся числа", "kk": "Сандар сәйкес келмейді"},
    "percentage": {"en": "Percentages differ", "ru": "Расходятся проценты", "kk": "Пайыздар сәйкес келмейді"},
    "amount": {"en": "Amounts differ", "ru": "Расходятся суммы", "kk": "Сомалар сәйкес келмейді"},
    "date": {"en": "Dates differ", "ru": "Расходятся даты", "kk": "Даталар сәйкес келмейді"},
    "deadline": {"en": "Deadlines differ", "ru": "Расходятся сроки", "kk": "Мерзімдер сәйкес келмейді"},
    "act_reference": {
        "en": "Act numbers differ",
        "ru": "Расходятся номера актов",
        "kk": "Актілердің нөмірлері сәйкес келмейді",
    },
    "modality": {
        "en": "A right (may) in one version, a duty or nothing in the other",
        "ru": "Право («вправе», «может») в одной версии, обязанность или ничего в другой",
        "kk": "Бір нұсқада құқық («құқылы», «мүмкін»), екіншісінде міндет немесе ештеңе жоқ",
    },
    "body": {"en": "Named bodies differ", "ru": "Расходятся названные органы", "kk": "Аталған органдар сәйкес келмейді"},
    "open_list": {
        "en": "An open list in one version, a closed list in the other",
        "ru": "Открытый перечень в одной версии, закрытый в другой",
        "kk": "Бір нұсқада ашық тізбе, екіншісінде жабық тізбе",
    },
    "finding": {
        "en": "Corruption-risk factor found in one version only",
        "ru": "Коррупциогенный фактор найден только в одной версии",
        "kk": "Сыбайлас жемқорлық факторы тек бір нұсқада табылды",
    },
}

SIDE_NAMES = {
    "en": ("Kazakh", "Russian"),
    "ru": ("казахский текст", "русский текст"),
    "kk": ("қазақша мәтін", "орысша мәтін"),
}
NONE = {"en": "none", "ru": "нет", "kk": "жоқ"}
ABSENT = {"en": "absent", "ru": "отсутствует", "kk": "жоқ"}
FACTOR = {"en": "factor", "ru": "фактор", "kk": "фактор"}


def render(item: Discrepancy, lang: str) -> str:
    """«Title (detail): Kazakh — …; Russian — …» in ``lang``."""
    lang = lang if lang in REPORT_LANGS else "en"
    title = TITLES[item.kind][lang]
    if item.detail:
        title = f"{title} ({FACTOR[lang]} {item.detail})" if item.kind == "finding" else f"{title} ({item.detail})"
    kk_name, ru_name = SIDE_NAMES[lang]
    return f"{title}: {kk_name} — {_values(item.kk_values, item.kk is None, lang)}; " \
           f"{ru_name} — {_values(item.ru_values, item.ru is None, lang)}"


def _values(values: tuple[str, ...], missing: bool, lang: str) -> str:
    if missing:
        return ABSENT[lang]
    return ", ".join(f"«{v}»" for v in values) if values else NONE[lang]


UI: dict[str, dict[str, str]] = {
    "heading": {
        "en": "Consistency of the Kazakh and Russian versions",
        "ru": "Соответствие казахской и русской версий",
        "kk": "Қазақша және орысша нұсқалардың сәйкестігі",
    },
    "aligned": {"en": "aligned units", "ru": "сопоставлено единиц", "kk": "салыстырылған бірліктер"},
    "found": {"en": "discrepancies", "ru": "расхождений", "kk": "сәйкессіздіктер"},
    "agree": {
        "en": "No discrepancies: the versions agree.",
        "ru": "Расхождений нет: версии совпадают.",
        "kk": "Сәйкессіздік жоқ: нұсқалар сәйкес келеді.",
    },
    "discrepancy": {"en": "Discrepancy", "ru": "Расхождение", "kk": "Сәйкессіздік"},
    "kk_version": {"en": "Kazakh version", "ru": "Казахская версия", "kk": "Қазақша нұсқа"},
    "ru_version": {"en": "Russian version", "ru": "Русская версия", "kk": "Орысша нұсқа"},
    "line": {"en": "line", "ru": "строка", "kk": "жол"},
    "missing": {"en": "no such unit", "ru": "такой единицы нет", "kk": "мұндай бірлік жоқ"},
}


def ui(key: str, lang: str) -> str:
    """A user-interface string in ``lang`` (English when the language is unknown)."""
    return UI[key][lang if lang in REPORT_LANGS else "en"]


ERRORS: dict[str, dict[str, tuple[str, str]]] = {
    "swapped": {
        "en": ("this looks like the Russian version and the second file like the Kazakh one",
               "Give the Kazakh file first: lexpert compare KK_FILE RU_FILE."),
        "ru": ("это похоже на русскую версию, а второй файл — на казахскую",
               "Сначала укажите казахский файл: lexpert compare KK_FILE RU_FILE."),
        "kk": ("бұл орысша нұсқаға, ал екінші файл қазақша нұсқаға ұқсайды",
               "Алдымен қазақша файлды көрсетіңіз: lexpert compare KK_FILE RU_FILE."),
    },
    "same_language": {
        "en": ("both files look like {lang} texts", "Compare the Kazakh and the Russian versions of one act."),
        "ru": ("оба файла похожи на тексты на языке «{lang}»", "Сравнивайте казахскую и русскую версии одного акта."),
        "kk": ("екі файл да «{lang}» тіліндегі мәтінге ұқсайды", "Бір актінің қазақша және орысша нұсқаларын салыстырыңыз."),
    },
}


def language_error(path: str, key: str, message_lang: str, **params: str) -> InputError:
    """An :class:`InputError` about the languages of the pair, in ``message_lang``."""
    problem, hint = ERRORS[key][message_lang if message_lang in REPORT_LANGS else "en"]
    return InputError(path, problem.format(**params), hint)
