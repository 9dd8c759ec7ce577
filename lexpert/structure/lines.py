"""Line classification: what each line of a legal act opens (an article, a point, a note…).

Markdown markup (``#`` headings, ``>`` quotes, ``**bold**``) and indentation are
looked through: ``content_start`` is the offset of the first meaningful character,
so a point's unit starts at its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UP = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_LOW = "а-яёәғқңөұүһі"

_MARKUP = re.compile(r"[ \t]*(?P<quote>(?:>[ \t]*)+)?(?P<heading>#{1,6}[ \t]+)?(?:[*_]{1,3}(?=\S))?")
_TRAILING_MARKUP = re.compile(r"[\s*_]+$")

# Each pattern is tried on the content (markup removed); ``num`` is the unit number.
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


@dataclass
class Line:
    """One line of the text and what it opens."""

    index: int  # 0-based line index
    start: int  # offset of the line in the text
    end: int  # offset of the end of the line (without the newline)
    content_start: int  # offset of the first character after markup and indentation
    content: str  # the line without markup, indentation or trailing markup
    kind: str  # blank | omitted | note | cue | section | chapter | subchapter | article
    #            | point | subpoint | signature | text
    number: str | None = None
    title: str | None = None  # heading text after the number (chapters, articles)
    is_heading: bool = False
    is_quote: bool = False
    next_kind: str = "blank"  # kind of the next non-blank line ("blank" at the end)

    @property
    def content_end(self) -> int:
        """Offset just after the content (trailing markup excluded)."""
        return self.content_start + len(self.content)


def _first_group(match: re.Match[str]) -> str:
    return next(value for name, value in match.groupdict().items() if value and name.startswith("num"))


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
    return bool(_APPENDIX_CUE.match(content) or _APPENDIX_CUE_KK.search(content))


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


def _classify(line: Line) -> None:
    content = line.content
    if not content:
        line.kind = "blank"
        return
    if _OMITTED.match(content):
        line.kind = "omitted"
        return
    if _NOTE.match(content):
        line.kind = "note"
        return
    for kind, pattern in (
        ("article", _ARTICLE),
        ("chapter", _CHAPTER),
        ("subchapter", _SUBCHAPTER),
        ("section", _SECTION),
    ):
        match = pattern.match(content)
        if match and not (kind == "section" and is_name(content)):  # «І. Тасмағамбетов» is a signatory
            number = _first_group(match)
            line.kind, line.number = kind, number.translate(_TO_LATIN) if kind == "section" else number
            line.title = _heading_title(content, match)
            return
    if line.is_heading:
        match = _HEADING_NUMBER.match(content)
        if match:
            line.kind, line.number = "chapter", match.group("num")
            line.title = _heading_title(content, match)
            return
    match = _POINT.match(content)
    if match:
        line.kind, line.number = "point", _first_group(match)
        return
    match = _SUBPOINT.match(content)
    if match:
        line.kind, line.number = "subpoint", match.group("num")
        return
    if is_appendix_cue(content) and len(content) <= 300:
        line.kind = "cue"
        return
    if is_name(content) or (is_position(content) and _ENDS_WITH_NAME.search(content)):
        line.kind = "signature"
        return
    line.kind = "text"


def split_lines(text: str) -> list[Line]:
    """Every line of ``text``, classified; offsets refer to ``text``."""
    lines: list[Line] = []
    pos = 0
    length = len(text)
    index = 0
    while pos <= length:
        newline = text.find("\n", pos)
        end = length if newline == -1 else newline
        raw = text[pos:end]
        markup = _MARKUP.match(raw)
        body = raw[markup.end():]
        trimmed = _TRAILING_MARKUP.sub("", body)
        line = Line(
            index=index,
            start=pos,
            end=end,
            content_start=pos + markup.end(),
            content=trimmed,
            kind="text",
            is_heading=bool(markup.group("heading")),
            is_quote=bool(markup.group("quote")),
        )
        _classify(line)
        lines.append(line)
        index += 1
        if newline == -1:
            break
        pos = newline + 1
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
        if line.kind != "cue" or line.is_quote or not _APPENDIX_CUE_KK.search(line.content):
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
        if line.kind == "text" and is_position(line.content) and len(line.content) <= 120 and _ends_body(lines, i):
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
        if any(line.kind == "cue" or _APPENDIX_CUE_KK.search(line.content) for line in block):
            for line in block:
                line.kind = "cue"
        i = j
