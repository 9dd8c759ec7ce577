"""What kind of act a text is, what its appendices approve, and which clauses close it."""

from __future__ import annotations

import re

from lexpert.structure.vocab import KK_TITLE_STEMS, RU_DATIVE, RU_TITLE_WORDS

# The operative formula names the act most reliably; then «настоящее постановление»,
# «осы қаулы»; then the words of the title block.
_OPERATIVE = (
    ("decree", re.compile(r"ПОСТАНОВЛЯЕТ|ҚАУЛЫ ЕТЕДІ|ҚАУЛЫ ЕТТІ")),
    ("order", re.compile(r"ПРИКАЗЫВАЮ|БҰЙЫРАМЫН")),
    ("decision", re.compile(r"РЕШИЛ[А]?\b|ШЕШІМ ҚАБЫЛДАДЫ|ШЕШТІ\b")),
    ("edict", re.compile(r"ПОСТАНОВЛЯЮ|ҚАУЛЫ ЕТЕМІН")),
)
_SELF_REFERENCES = (
    ("decree", re.compile(r"[Нн]астоящее постановление|[Оо]сы қаулы|ПОСТАНОВЛЕНИЕ")),
    ("order", re.compile(r"[Нн]астоящий приказ|[Оо]сы бұйрық|ПРИКАЗ\b")),
    ("decision", re.compile(r"[Нн]астоящее решение|[Оо]сы [шш]еш[іi]м|РЕШЕНИЕ\b")),
    ("directive", re.compile(r"[Нн]астоящее распоряжение|[Оо]сы өкім|РАСПОРЯЖЕНИЕ\b")),
    ("edict", re.compile(r"[Нн]астоящий [Уу]каз|[Оо]сы Жарлық|УКАЗ\b")),
    ("law", re.compile(r"[Нн]астоящий (?:Федеральный )?[Зз]акон|[Оо]сы Заң|ЗАКОН\b")),
)
_TITLE_WORDS = (
    ("decree", "постановлени"), ("order", "приказ"), ("decision", "решени"),
    ("directive", "распоряжени"), ("edict", "указ"), ("law", "закон"),
    ("decree", "қаулы"), ("order", "бұйрық"), ("decision", "шешім"),
)

_RF = re.compile(r"Российской Федерации|РОССИЙСКАЯ ФЕДЕРАЦИЯ|[Фф]едеральн(?:ый|ого) закон")
_KZ = re.compile(r"Республики Казахстан|Қазақстан Республикасы|РЕСПУБЛИКИ КАЗАХСТАН")

CLOSING = re.compile(
    r"вступа\w* в силу|вводится в действие|введени\w* в действие|[Кк]онтроль за (?:исполнением|выполнением)"
    r"|утратившим\w* силу|[Пп]ризнать утратившими"
    r"|қолданысқа енгізіледі|күшіне енеді|бақылау\w*\s.*жүктелсін|орындалуын бақылау"
    r"|күші жойылды деп танылсын|жауапкершілік\s.*жүктелсін|орындалуына\s.*жүктелсін",
)

# Titles of articles that only put the act into force.
CLOSING_TITLE = re.compile(r"[Вв]ступлени\w* в силу|[Вв]ведени\w* в действие|қолданысқа енгіз|күшіне ену")


_RU_HOST = re.compile(
    r"\bк\s+(?:административному\s+)?(?P<doc>" + "|".join(sorted(RU_DATIVE.values(), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_RU_HOST_IDS = {word.lower(): doc for doc, word in RU_DATIVE.items()}
_KK_HOST = re.compile(r"(?P<word>\w+?)(?:ына|іне|на|не|ға|ге|қа|ке)\s+(?:\d+\s*-\s*)?қосымша", re.IGNORECASE)


def host_document(stamp: str) -> str | None:
    """Id in ``vocab.APPROVED`` of the document an appendix stamp attaches the appendix to
    («Приложение N 1 к Правилам …», «… қағидаларына 1-қосымша»), None for the act itself."""
    match = _RU_HOST.search(stamp)
    if match:
        return _RU_HOST_IDS[match.group("doc").lower()]
    for match in _KK_HOST.finditer(stamp):
        word = match.group("word").lower()
        doc = next((doc for stem, doc in KK_TITLE_STEMS if " " not in stem and word.startswith(stem)), None)
        if doc is not None:
            return doc
    return None


def operative_act(text: str) -> str | None:
    """Id in ``vocab.ACTS`` named by the act's operative formula («ПОСТАНОВЛЯЕТ:», «БҰЙЫРАМЫН:»…)."""
    head = text[:6000]
    return next((act for act, pattern in _OPERATIVE if pattern.search(head)), None)


def act_type(text: str) -> str | None:
    """Id in ``vocab.ACTS`` of the act (``decree``, ``order``, ``decision``…), None when unknown."""
    act = operative_act(text)
    if act is not None:
        return act
    head = text[:6000]
    for act, pattern in _SELF_REFERENCES:
        if pattern.search(head):
            return act
    title = text[:300].lower()
    return next((act for act, word in _TITLE_WORDS if word in title), None)


def is_rf_tradition(text: str) -> bool:
    """True for Russian Federation acts, where an article's numbered paragraphs are «части»."""
    head = text[:4000]
    return bool(_RF.search(head)) and not _KZ.search(head)


_NON_WORD = re.compile(r"[^\w\s-]")
# Quick rejections: a line names no approved document unless it starts with one of these
# Russian words or its last word(s) start with one of these Kazakh stems.
_RU_TITLE_STARTS = tuple(words for words, _ in RU_TITLE_WORDS)
_KK_PHRASE_STEMS = tuple(stem for stem, _ in KK_TITLE_STEMS if " " in stem)
_KK_WORD_STEMS = tuple(stem for stem, _ in KK_TITLE_STEMS if " " not in stem)


def approved_document(title_lines: list[str]) -> str | None:
    """Id in ``vocab.APPROVED`` of the document an appendix contains, read from its title lines."""
    for line in title_lines:
        doc = _approved_in_line(line)
        if doc is not None:
            return doc
    return None


def _approved_in_line(line: str) -> str | None:
    """Id in ``vocab.APPROVED`` of the document one title line names, if any."""
    lower = line.strip(" «»\"*#").lower()
    if lower.startswith(_RU_TITLE_STARTS):
        for words, doc in RU_TITLE_WORDS:
            if lower.startswith(words + " ") or lower == words:
                return doc
    last = _NON_WORD.sub("", lower).split()[-1:] or [""]
    tail = " ".join(lower.split()[-2:])
    if not (last[0].startswith(_KK_WORD_STEMS) or tail.startswith(_KK_PHRASE_STEMS)):
        return None
    for stem, doc in KK_TITLE_STEMS:
        if " " in stem and tail.startswith(stem) or " " not in stem and last[0].startswith(stem):
            return doc
    return None
