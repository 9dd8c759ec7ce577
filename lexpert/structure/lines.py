"""Line classification: what each line of a legal act opens (an article, a point, a note…).

Markdown markup (``#`` headings, ``>`` quotes, ``**bold**``) and indentation are
looked through: ``content_start`` is the offset of the first meaningful character,
so a point's unit starts at its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "а-яёәғқңөұүһі"

_MARKUP = re.compile(r"[ \t]*(?P<quote>(?:>[ \t]*)+)?(?P<heading>#{1,6}[ \t]+)?(?:[*_]{1,3}(?=\S))?")
_TRAILING_MARKUP = "*_"  # stripped from the end of a line, with whitespace

# Each pattern is tried on the content (markup removed); ``num`` is the unit number, and the
# ``num…`` alternatives are a pattern's only capturing groups.
# Roman numbers are sometimes typed with the Cyrillic «І» (U+0406) or «Х»: read as Latin.
_ROMAN = "[IVXLCІХ]"
_TO_LATIN = str.maketrans("ІХ", "IX")
_SECTION = re.compile(
    rf"(?:(?:Раздел|РАЗДЕЛ)\s+(?P<num>{_ROMAN}+|\d+)\b\.?"
    rf"|(?P<num2>\d+)\s*-?\s*(?:бөлім|БӨЛІМ)\b\.?"
    rf"|(?P<num3>[IVXІХ]+)\.(?=\s+[{_UP}\"«]))"
)
_CHAPTER = re.compile(
    r"(?:(?:Глава|ГЛАВА)\s+(?P<num>\d+(?:\.\d+)?)\b\.?"
    r"|(?P<num2>\d+)\s*-?\s*(?:тарау|ТАРАУ)\b\.?"
    r"|(?:Тарау|ТАРАУ)\s+(?P<num3>\d+)\b\.?)"
)
_SUBCHAPTER = re.compile(
    r"(?:(?P<num>\d+)\s*-\s*параграф\b\.?|(?:Параграф|§)\s*(?P<num2>\d+)\b\.?)"
)
_ARTICLE = re.compile(
    r"(?:(?:Статья|СТАТЬЯ)\s+(?P<num>\d+(?:[.-]\d+)*)\b\.?"
    r"|(?P<num2>\d+(?:-\d+)?)\s*-?\s*(?:бап|БАП)\b\.?)"
)
_DATE = r"(?!\d{1,2}\.\d{2}\.\d{2}(?:\d{2})?\b(?!\.))"  # not a date such as 12.08.2005
_POINT = re.compile(
    _DATE + r"(?P<num>\d+(?:\.\d+)*(?:\(\d+\)|-\d+)?)\.(?:[*_]+)?(?=\s|$)"
    r"|" + _DATE + r"(?P<num2>\d+(?:\.\d+)+)(?=\s+\S)"
)
_SUBPOINT = re.compile(
    rf"(?P<num>\d+(?:[.-]\d+)*|[{_LOW}])\)(?:[*_]+)?(?=\s|$)"
)
_HEADING_NUMBER = re.compile(r"(?P<num>\d+)\.(?=\s+\S)")
_HEADINGS = (("article", _ARTICLE), ("chapter", _CHAPTER), ("subchapter", _SUBCHAPTER), ("section", _SECTION))
# Cheap tests before the patterns.  A line that opens a note, a heading, a point or a
# sub-point starts as one of the patterns above does:
_OPENS_UNIT = re.compile(
    r"[\d\[(<§IVXІХ]|Ескерту|Сноска|Примечание|ЗҚАИ|Статья|СТАТЬЯ|Глава|ГЛАВА|Тарау|ТАРАУ"
    rf"|Параграф|Раздел|РАЗДЕЛ|[{_LOW}]\)"
)
# and a leading number followed by «.» or «)» opens a point or a sub-point, never a heading
# or a note: a heading's number is followed by a space, a hyphen or its word («5-бап»).
_POINT_OR_SUBPOINT_NUMBER = re.compile(r"\d+[.)]")
_NOTE = re.compile(
    r"(?:Ескерту|Сноска|Примечание редакции|ЗҚАИ-ның ескертпесі|Примечание ИЗПИ)\b"
    r"|\((?:в ред\.|введен|утратил|исключен|п\. \S+ (?:в ред|введен|утратил))"
    r"|<(?:\d+|\*+)>"
)
_OMITTED = re.compile(r"\[[^\]]*\bomitted\b[^\]]*\]$")
_APPENDIX_CUE = re.compile(
    r"(?:УТВЕРЖДЕН[АОЫ]?\b|Утвержден[аоы]?\b"
    r"|Приложени[ея](?:\s*(?:N|№)\s*\d+|\s+\d+)?(?:\.?$|\s+к\s|\.\s)"
    r"|(?:\d+-)?[Ққ]осымша\.?$)"
)
_APPENDIX_CUE_KK = re.compile(r"(?:бек[іi]т[іi]лген|бек[іi]т[іi]лд[іi]|(?:\d+-)?қосымша(?:сы)?)[*_\s]*$")
_APPENDIX_CUE_KK_WORDS = ("бек", "қосымша")  # one of them is in every match: a cheap test first
_APPENDIX_NUMBER = re.compile(
    r"(?:Приложени[ея]\s*(?:N|№)?\s*(?P<ru>\d+)|(?P<kk>\d+)-қосымша)", re.IGNORECASE
)

_POSITION = re.compile(
    r"(?:Премьер-Министр|Председател[ья]|Президент|Министр|Заместител[ья]|Руководител[ья]"
    r"|Аким|Управляющий делами|[Сс]екретар[ья]|Директор|Губернатор|Мэр|Вице-министр"
    r"|төрағасы|төрайымы|хатшысы|[Әә]кімі|басшысы|орынбасары|Іс басқарушысы)"
)
_NAME = rf"[{_UP}]\.\s?(?:[{_UP}]\.\s?)?[{_UP}][{_UP}{_LOW}'’-]+"
_NAME_LINE = re.compile(rf"_*\s*(?:{_NAME}|[{_UP}][{_LOW}]+\s+[{_UP}]\.\s?(?:[{_UP}]\.)?)$")
_ENDS_WITH_NAME = re.compile(rf"\s{_NAME}$")


_STAMP_LINE_MAX = 100  # characters of one line of a Kazakh approval stamp
_STAMP_LINES = 6  # lines of a Kazakh approval stamp above its cue


@dataclass(slots=True)
class Line:
    """One line of the text and what it opens."""

    index: int  # 0-based line index
    start: int  # offset of the line in the text
    end: int  # offset of the end of the line (without the newline)
    content_start: int  # offset of the first character after markup and indentation
    content: str  # the line without markup, indentation or trailing markup
    content_end: int  # offset just after the content (trailing markup excluded)
    kind: str  # blank | omitted | note | cue | section | chapter | subchapter | article
    #            | point | subpoint | signature | text
    number: str | None = None
    title: str | None = None  # heading text after the number (chapters, articles)
    is_heading: bool = False
    is_quote: bool = False
    next_kind: str = "blank"  # kind of the next non-blank line ("blank" at the end)


def _first_group(match: re.Match[str]) -> str:
    """The number a heading or point pattern matched (its groups are its ``num…`` alternatives)."""
    return next(filter(None, match.groups()))


def _heading_title(content: str, match: re.Match[str]) -> str | None:
    rest = content[match.end():].strip(" .*_–—-")
    return rest or None


def appendix_number(content: str) -> str | None:
    """The number an appendix header gives itself («Приложение N 2», «2-қосымша»), if any."""
    match = _APPENDIX_NUMBER.search(content)
    if not match:
        return None
    return match.group("ru") or match.group("kk")


def is_appendix_cue(content: str) -> bool:
    """True for lines that announce an appendix («Утверждены …», «Приложение 1», «…бекітілген»)."""
    return bool(_APPENDIX_CUE.match(content)) or ends_with_kk_cue(content)


def ends_with_kk_cue(content: str) -> bool:
    """True for a line that ends a Kazakh approval stamp («…бекітілген», «…1-қосымша»)."""
    return any(word in content for word in _APPENDIX_CUE_KK_WORDS) and bool(_APPENDIX_CUE_KK.search(content))


def _trim_trailing_markup(body: str) -> str:
    """``body`` without its trailing run of whitespace, ``*`` and ``_``."""
    trimmed = body.rstrip()
    while trimmed and trimmed[-1] in _TRAILING_MARKUP:
        trimmed = trimmed.rstrip(_TRAILING_MARKUP).rstrip()
    return trimmed


def is_name(content: str) -> bool:
    """True for a line that is only a signatory's name («А. Смаилов», «Д.МЕДВЕДЕВ»)."""
    return len(content) <= 60 and bool(_NAME_LINE.match(content))


def is_position(content: str) -> bool:
    """True for a short line naming a signatory's office (no sentence punctuation at the end)."""
    return (
        len(content) <= 160
        and not content[:1].isdigit()
        and not content.endswith((".", ";", ":", ","))
        and bool(_POSITION.search(content))
    )


def _classify(content: str, is_heading: bool) -> tuple[str, str | None, str | None]:
    """What a line opens: its kind, number and heading title."""
    if not content:
        return "blank", None, None
    if _OPENS_UNIT.match(content):
        return _classify_opening(content, is_heading)
    return _classify_other(content)


def _classify_opening(content: str, is_heading: bool) -> tuple[str, str | None, str | None]:
    """Lines that start as a note, a heading, a point or a sub-point does."""
    if not _POINT_OR_SUBPOINT_NUMBER.match(content):
        if _OMITTED.match(content):
            return "omitted", None, None
        if _NOTE.match(content):
            return "note", None, None
        for kind, pattern in _HEADINGS:
            match = pattern.match(content)
            if match and not (kind == "section" and is_name(content)):  # «І. Тасмағамбетов» is a signatory
                number = _first_group(match)
                return kind, number.translate(_TO_LATIN) if kind == "section" else number, _heading_title(content, match)
    if is_heading:
        match = _HEADING_NUMBER.match(content)
        if match:
            return "chapter", match.group("num"), _heading_title(content, match)
    match = _POINT.match(content)
    if match:
        return "point", _first_group(match), None
    match = _SUBPOINT.match(content)
    if match:
        return "subpoint", match.group("num"), None
    return _classify_other(content)


def _classify_other(content: str) -> tuple[str, str | None, str | None]:
    """Lines that open no note and no numbered unit: appendix cues, signatures and text."""
    if len(content) <= 300 and is_appendix_cue(content):
        return "cue", None, None
    if is_name(content) or (is_position(content) and _ENDS_WITH_NAME.search(content)):
        return "signature", None, None
    return "text", None, None


@lru_cache(maxsize=8192)  # acts repeat blank lines and boilerplate («Премьер-Министр …», «2) …;»)
def _read(raw: str) -> tuple[int, str, str, str | None, str | None, bool, bool]:
    """What one line holds: the length of its leading markup, its content, kind, number,
    heading title, and whether it is a markdown heading and a quote."""
    markup = _MARKUP.match(raw)
    is_heading = bool(markup.group("heading"))
    content = _trim_trailing_markup(raw[markup.end():])
    return (markup.end(), content, *_classify(content, is_heading), is_heading, bool(markup.group("quote")))


def split_lines(text: str) -> list[Line]:
    """Every line of ``text``, classified; offsets refer to ``text``."""
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        markup, content, kind, number, title, is_heading, is_quote = _read(raw)
        content_start = pos + markup
        lines.append(Line(  # positional: keywords cost more than the rest of the line's reading
            index, pos, pos + len(raw), content_start, content, content_start + len(content),
            kind, number, title, is_heading, is_quote,
        ))
        pos += len(raw) + 1
    _mark_stamp_lines(lines)
    _mark_quote_cues(lines)
    _mark_signatures(lines)
    following = "blank"
    for line in reversed(lines):
        line.next_kind = following
        if line.kind != "blank":
            following = line.kind
    return lines


def _next_nonblank(lines: list[Line], index: int) -> Line | None:
    for i in range(index + 1, len(lines)):
        if lines[i].kind != "blank":
            return lines[i]
    return None


def _is_stamp_line(line: Line) -> bool:
    """A short unpunctuated line that can open a Kazakh approval stamp («Қазақстан Республикасы
    Үкіметінің», «2026 жылғы 15 қаңтардағы», «№ 45/2 қаулысымен»), not a signatory's office or name."""
    content = line.content
    return (
        line.kind == "text"
        and len(content) <= _STAMP_LINE_MAX
        and not content.endswith((".", ";", ":", ","))
        and not is_position(content)
        and not is_name(content)
    )


def _mark_stamp_lines(lines: list[Line]) -> None:
    """A Kazakh approval stamp ends with its cue («…қаулысымен / бекітілген», «…шешіміне /
    1-қосымша»): the lines right above the cue (no blank line between) belong to it, as the
    lines below «Утверждены» belong to a Russian one, so the appendix starts at the stamp."""
    for i, line in enumerate(lines):
        if line.kind != "cue" or line.is_quote or not ends_with_kk_cue(line.content):
            continue
        j = i - 1
        while j >= 0 and i - j <= _STAMP_LINES and _is_stamp_line(lines[j]):
            j -= 1
        for above in lines[j + 1:i]:
            above.kind = "cue"


def _ends_body(lines: list[Line], index: int) -> bool:
    """True when nothing but signatures, an appendix cue or the end of the text follows ``index``."""
    following = _next_nonblank(lines, index)
    return following is None or following.kind in ("cue", "signature")


def _mark_signatures(lines: list[Line]) -> None:
    """Signature blocks: a short line followed by a name line («Сессия төрағасы» / «А. Иванов»),
    and an office without a name at the end of the act or right before an appendix
    («Премьер-Министр Республики Казахстан», «Мәслихат хатшысы»)."""
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if line.kind == "text" and len(line.content) <= 120 and _ends_body(lines, i) and is_position(line.content):
            line.kind = "signature"
    for i, line in enumerate(lines):
        if line.kind != "text" or len(line.content) > 160:
            continue
        following = _next_nonblank(lines, i)
        if following is None or following.kind != "signature" or not is_name(following.content):
            continue
        content = line.content
        if is_position(content) or (len(content) <= 120 and not content.endswith((".", ";", ":", ","))):
            line.kind = "signature"
    # An office spread over several lines («Председатель Правительства» / «Российской Федерации»).
    for i in range(len(lines) - 1, 0, -1):
        previous = lines[i - 1]
        if lines[i].kind == "signature" and previous.kind == "text" and is_position(previous.content):
            previous.kind = "signature"


def _mark_quote_cues(lines: list[Line]) -> None:
    """A block of ``>`` lines that approves or attaches something is an appendix header."""
    i = 0
    while i < len(lines):
        if not lines[i].is_quote or lines[i].kind in ("note", "blank"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].is_quote and lines[j].kind not in ("note", "blank"):
            j += 1
        block = lines[i:j]
        if any(line.kind == "cue" or ends_with_kk_cue(line.content) for line in block):
            for line in block:
                line.kind = "cue"
        i = j
