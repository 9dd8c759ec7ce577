"""Names of units, acts and approved documents in Kazakh and Russian, for addresses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuNoun:
    """A Russian noun in the two cases an address uses."""

    nominative: str
    genitive: str


# Unit kind -> Russian name.  Kazakh names are in KK_UNIT (declined by kk_morph).
RU_UNIT = {
    "section": RuNoun("раздел", "раздела"),
    "chapter": RuNoun("глава", "главы"),
    "subchapter": RuNoun("параграф", "параграфа"),
    "article": RuNoun("статья", "статьи"),
    "part": RuNoun("часть", "части"),
    "point": RuNoun("пункт", "пункта"),
    "subpoint": RuNoun("подпункт", "подпункта"),
    "paragraph": RuNoun("абзац", "абзаца"),
    "appendix": RuNoun("приложение", "приложения"),
}
KK_UNIT = {
    "section": "бөлім",
    "chapter": "тарау",
    "subchapter": "параграф",
    "article": "бап",
    "part": "бөлік",
    "point": "тармақ",
    "subpoint": "тармақша",
    "paragraph": "абзац",
    "appendix": "қосымша",
}
# In Russian Federation laws a numbered item of a part is a «пункт», not a «подпункт».
RU_POINT_OF_PART = RuNoun("пункт", "пункта")

RU_ORDINALS = (
    "первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый "
    "одиннадцатый двенадцатый тринадцатый четырнадцатый пятнадцатый шестнадцатый "
    "семнадцатый восемнадцатый девятнадцатый двадцатый"
).split()
RU_ORDINALS_GENITIVE = (
    "первого второго третьего четвертого пятого шестого седьмого восьмого девятого десятого "
    "одиннадцатого двенадцатого тринадцатого четырнадцатого пятнадцатого шестнадцатого "
    "семнадцатого восемнадцатого девятнадцатого двадцатого"
).split()
KK_ORDINALS = (
    "бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы"
).split()


@dataclass(frozen=True)
class ActName:
    """The name of an act or approved document: ru nominative, ru genitive, kk nominative."""

    ru: str
    ru_genitive: str
    kk: str


# The act itself, by the id ``structure.acts.act_type`` returns.
ACTS = {
    "decree": ActName("постановление", "постановления", "қаулы"),
    "order": ActName("приказ", "приказа", "бұйрық"),
    "decision": ActName("решение", "решения", "шешім"),
    "edict": ActName("указ", "указа", "Жарлық"),
    "law": ActName("закон", "закона", "Заң"),
    "directive": ActName("распоряжение", "распоряжения", "өкім"),
}

# Documents approved by an act and put in its appendix, by the words that start
# (ru) or end (kk) their title.
APPROVED = {
    "rules": ActName("Правила", "Правил", "Қағидалар"),
    "model_rules": ActName("Типовые правила", "Типовых правил", "Үлгілік қағидалар"),
    "regulation": ActName("Положение", "Положения", "Ереже"),
    "model_regulation": ActName("Типовое положение", "Типового положения", "Үлгілік ереже"),
    "procedure": ActName("Порядок", "Порядка", "Тәртіп"),
    "admin_regulation": ActName("Регламент", "Регламента", "Регламент"),
    "requirements": ActName("Требования", "Требований", "Талаптар"),
    "list": ActName("Перечень", "Перечня", "Тізбе"),
    "instruction": ActName("Инструкция", "Инструкции", "Нұсқаулық"),
    "methodology": ActName("Методика", "Методики", "Әдістеме"),
    "criteria": ActName("Критерии", "Критериев", "Өлшемшарттар"),
    "standard": ActName("Стандарт", "Стандарта", "Стандарт"),
    "program": ActName("Программа", "Программы", "Бағдарлама"),
    "plan": ActName("План", "Плана", "Жоспар"),
    "composition": ActName("Состав", "Состава", "Құрам"),
}
# APPROVED id -> Russian dative, as in «Приложение N 1 к Правилам …».
RU_DATIVE = {
    "rules": "Правилам",
    "model_rules": "Типовым правилам",
    "regulation": "Положению",
    "model_regulation": "Типовому положению",
    "procedure": "Порядку",
    "admin_regulation": "Регламенту",
    "requirements": "Требованиям",
    "list": "Перечню",
    "instruction": "Инструкции",
    "methodology": "Методике",
    "criteria": "Критериям",
    "standard": "Стандарту",
    "program": "Программе",
    "plan": "Плану",
    "composition": "Составу",
}
# Lower-case first words of a Russian title -> APPROVED id (longest first).
RU_TITLE_WORDS = (
    ("типовые правила", "model_rules"),
    ("типовое положение", "model_regulation"),
    ("административный регламент", "admin_regulation"),
    ("правила", "rules"),
    ("положение", "regulation"),
    ("порядок", "procedure"),
    ("регламент", "admin_regulation"),
    ("требования", "requirements"),
    ("перечень", "list"),
    ("инструкция", "instruction"),
    ("методика", "methodology"),
    ("критерии", "criteria"),
    ("стандарт", "standard"),
    ("программа", "program"),
    ("план", "plan"),
    ("состав", "composition"),
)
# Lower-case stems of the last word of a Kazakh title -> APPROVED id.
KK_TITLE_STEMS = (
    ("үлгілік қағида", "model_rules"),
    ("үлгілік ереже", "model_regulation"),
    ("қағида", "rules"),
    ("ереже", "regulation"),
    ("тәртіб", "procedure"),
    ("тәртіп", "procedure"),
    ("регламент", "admin_regulation"),
    ("талаптар", "requirements"),
    ("тізбе", "list"),
    ("тізім", "list"),
    ("нұсқаулы", "instruction"),
    ("әдістеме", "methodology"),
    ("өлшемшарт", "criteria"),
    ("стандарт", "standard"),
    ("бағдарлама", "program"),
    ("жоспар", "plan"),
    ("құрам", "composition"),
)
