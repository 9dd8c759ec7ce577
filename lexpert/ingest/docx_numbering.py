"""Word's automatic numbering: the number Word draws before a list paragraph.

``numbering.xml`` maps a ``w:num`` (numId) to a ``w:abstractNum`` whose ``w:lvl``
elements give the format (``numFmt``), the template (``lvlText`` such as
``%1.%2.``) and the start value.  A ``w:num`` may override a level's start
(``lvlOverride/startOverride``) or the whole level.

Counters follow Word (ECMA-376 §17.9): the running count belongs to the abstract
list, so ``w:num`` instances that share one continue one another; the first
paragraph of an instance with a ``startOverride`` at its level sets the shared
count to the override, and the other instances continue from there.  Advancing
a level restarts the deeper levels (unless their ``w:lvlRestart`` says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree

from lexpert.ingest.docx_styles import StyleSheet, child_val, w

_LEVELS = 9
_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Word's russianLower sequence: the alphabet without ё, й, ъ, ы, ь.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip
_BULLET = "•"


@dataclass(frozen=True)
class Level:
    """One ``w:lvl`` of a list."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level; 0 = never
    legal: bool = False  # w:isLgl: show every level's counter as decimal
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


_PLAIN = Level()  # a level the list does not define
_PLACEHOLDERS = tuple((ref, f"%{ref}") for ref in range(_LEVELS, 0, -1))  # "%9" … "%1", in this order


class Label(NamedTuple):
    """What Word draws before a list paragraph; ``bullet`` when it is not a number."""

    text: str
    bullet: bool


@dataclass
class _Num:
    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _parse_level(lvl: etree._Element) -> Level:
    restart = child_val(lvl, "lvlRestart")
    legal = lvl.find(w("isLgl"))
    return Level(
        fmt=child_val(lvl, "numFmt") or "decimal",
        text=child_val(lvl, "lvlText") or "",
        start=_int(child_val(lvl, "start"), 1),
        restart=None if restart is None else _int(restart, 0),
        legal=legal is not None and legal.get(w("val"), "1") not in ("0", "false", "off"),
        style=child_val(lvl, "pStyle"),
    )


def format_number(value: int, fmt: str) -> str:
    """A counter value in a Word ``numFmt``."""
    if fmt in ("none", "bullet"):
        return ""
    if value <= 0:
        return str(value)
    if fmt in ("lowerLetter", "upperLetter", "russianLower", "russianUpper"):
        alphabet = _LATIN if fmt.endswith("Letter") else _RUSSIAN
        letter = alphabet[(value - 1) % len(alphabet)] * ((value - 1) // len(alphabet) + 1)
        return letter.upper() if fmt.startswith("upper") or fmt == "russianUpper" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = ""
        for amount, digits in _ROMAN:
            count, value = divmod(value, amount)
            roman += digits * count
        return roman.upper() if fmt == "upperRoman" else roman
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _bullet_text(text: str) -> str:
    """Symbol-font bullets live in the private use area; draw them as ``•``."""
    return "".join(_BULLET if 0xE000 <= ord(char) <= 0xF8FF else char for char in text) or _BULLET


class NumberingDefinitions:
    """The lists of one ``numbering.xml``: abstract lists, their instances and numbering-style links.

    Read-only once loaded, so one instance may serve every draft made from the same template.
    """

    def __init__(self, numbering: etree._Element | None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        if numbering is not None:
            self._load(numbering)

    def _load(self, numbering: etree._Element) -> None:
        for abstract in numbering.iter(w("abstractNum")):
            abstract_id = abstract.get(w("abstractNumId"))
            if abstract_id is None:
                continue
            self.abstracts[abstract_id] = {
                _int(lvl.get(w("ilvl")), 0): _parse_level(lvl) for lvl in abstract.iter(w("lvl"))
            }
            link = child_val(abstract, "numStyleLink")
            if link:
                self.style_links[abstract_id] = link
        for num in numbering.iter(w("num")):
            num_id, abstract_id = num.get(w("numId")), child_val(num, "abstractNumId")
            if num_id is None or abstract_id is None:
                continue
            entry = _Num(abstract_id)
            for override in num.iter(w("lvlOverride")):
                ilvl = _int(override.get(w("ilvl")), 0)
                start = child_val(override, "startOverride")
                if start is not None:
                    entry.start_overrides[ilvl] = _int(start, 1)
                lvl = override.find(w("lvl"))
                if lvl is not None:
                    entry.level_overrides[ilvl] = _parse_level(lvl)
            self.nums[num_id] = entry


@dataclass
class _Instance:
    """A ``w:num`` as this document uses it: its levels, the shared running counts and,
    per level, the deeper levels that advancing it restarts."""

    num: _Num
    levels: dict[int, Level]
    counters: list[int | None]
    restarts: tuple[tuple[int, ...], ...]


class Numbering:
    """Resolves list paragraphs of one document to the labels Word draws, in order."""

    def __init__(self, definitions: NumberingDefinitions, styles: StyleSheet) -> None:
        self._styles = styles
        self._abstracts = definitions.abstracts
        self._style_links = definitions.style_links
        self._nums = definitions.nums
        self._instances: dict[str, _Instance] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._used: set[tuple[str, int]] = set()

    def _abstract_id(self, num: _Num) -> str:
        """The abstract list of a ``w:num``, following ``w:numStyleLink`` to a numbering style."""
        abstract_id = num.abstract
        for _ in range(_LEVELS):
            link = self._style_links.get(abstract_id)
            linked = self._styles.numbering(link) if link else None
            target = self._nums.get(linked[0]) if linked else None
            if target is None or target.abstract == abstract_id:
                break
            abstract_id = target.abstract
        return abstract_id

    def _instance(self, num_id: str) -> _Instance:
        instance = self._instances.get(num_id)
        if instance is None:
            num = self._nums[num_id]
            abstract_id = self._abstract_id(num)
            levels = {**self._abstracts.get(abstract_id, {}), **num.level_overrides}
            restarts = tuple(
                tuple(deeper for deeper in range(ilvl + 1, _LEVELS) if _restarts(levels.get(deeper, _PLAIN), ilvl))
                for ilvl in range(_LEVELS)
            )
            counters = self._counters.setdefault(abstract_id, [None] * _LEVELS)
            instance = self._instances[num_id] = _Instance(num, levels, counters, restarts)
        return instance

    def resolve(self, num_id: str | None, ilvl: str | None, style_id: str | None) -> tuple[str, int] | None:
        """``(numId, ilvl)`` of a paragraph with its own ``w:numPr`` values and style ``style_id``,
        numbered directly or through its style; ``None`` if unnumbered."""
        inherited = self._styles.numbering(style_id)
        if num_id is None and inherited is not None:
            num_id, style_ilvl, holder = inherited
            if ilvl is None:
                ilvl = style_ilvl or self._style_level(num_id, style_id) or self._style_level(num_id, holder)
        if num_id is None or num_id == "0" or num_id not in self._nums:
            return None
        return num_id, min(max(_int(ilvl, 0), 0), _LEVELS - 1)

    def _style_level(self, num_id: str, style_id: str | None) -> str | None:
        """The level whose ``w:pStyle`` names the style (how heading styles bind to a list)."""
        if num_id not in self._nums:
            return None
        for ilvl, level in self._instance(num_id).levels.items():
            if level.style == style_id:
                return str(ilvl)
        return None

    def next_label(self, num_id: str, ilvl: int) -> Label:
        """Advance the list counter for this paragraph and return the text Word draws."""
        instance = self._instance(num_id)
        num, levels, counters = instance.num, instance.levels, instance.counters

        def start(level: int) -> int:
            return num.start_overrides.get(level, levels.get(level, _PLAIN).start)

        current = counters[ilvl]
        first_use = (num_id, ilvl) not in self._used
        self._used.add((num_id, ilvl))
        if current is None or (first_use and ilvl in num.start_overrides):
            counters[ilvl] = start(ilvl)
        else:
            counters[ilvl] = current + 1
        for deeper in instance.restarts[ilvl]:
            counters[deeper] = None

        level = levels.get(ilvl, _PLAIN)
        if level.fmt == "bullet":
            return Label(_bullet_text(level.text), bullet=True)
        label = level.text
        for ref, placeholder in _PLACEHOLDERS:
            if "%" not in label:  # numbers and letters put in hold no "%"
                break
            if placeholder not in label:
                continue
            value = counters[ref - 1]
            value = start(ref - 1) if value is None else value
            fmt = levels.get(ref - 1, _PLAIN).fmt
            if level.legal and fmt != "none":
                fmt = "decimal"
            label = label.replace(placeholder, format_number(value, fmt))
        return Label(label.strip(), bullet=False)


def _restarts(level: Level, advanced: int) -> bool:
    """Whether advancing level ``advanced`` (0-based) restarts the deeper ``level``."""
    return level.restart is None or (level.restart != 0 and advanced < level.restart)
