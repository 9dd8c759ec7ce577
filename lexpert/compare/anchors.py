"""Content anchors of one unit's text: numbers, dates, deadlines, act references,
bodies, modality, open-list markers and time units named without a number, each with
its offsets in that text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property

from lexpert.compare.lexicon import LangLexicon, load_lexicon
from lexpert.compare.numwords import compose, number_word

# «№ 450/62-IV», «N 3200», «№9-96»: the number of an act (Latin N only before a digit).
_ACT_REF = re.compile(r"(?:№|N(?=\s*\d))\s*(\d(?:[\w/.\-]*\w)?)")
_NUM_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_TOKEN = re.compile(
    r"(?P<num>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:-\d+)+(?=\))|\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+)|(?P<punct>[^\w\s])"
)
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"\n]*\"")
# Cyrillic letters typed for Latin ones in Roman numerals of act numbers.
_LOOKALIKES = str.maketrans("ІіХхСсМмВ", "IiXxCcMmB")
_YEARS = range(1900, 2101)


@dataclass(frozen=True)
class Anchor:
    """One anchor: ``kind``, comparison ``key``, optional ``detail`` and its span in the unit text."""

    kind: str  # number | percentage | amount | date | act_reference | deadline
    key: str
    start: int
    end: int
    detail: str = ""  # deadline day type: working | calendar | banking
    parts: tuple[str, ...] = ()  # plain values inside (day, year, amount of a deadline...)


@dataclass
class Features:
    """All anchors of one unit's text."""

    anchors: list[Anchor] = field(default_factory=list)
    bodies: dict[str, tuple[int, int]] = field(default_factory=dict)
    rights: list[tuple[int, int]] = field(default_factory=list)
    duties: list[tuple[int, int]] = field(default_factory=list)
    open_lists: list[tuple[int, int]] = field(default_factory=list)
    list_words: list[tuple[int, int]] = field(default_factory=list)  # «иные», «өзге» anywhere
    unit_words: dict[str, tuple[int, int]] = field(default_factory=dict)  # «месячный»: unit -> span

    def of_kind(self, *kinds: str) -> dict[str, Anchor]:
        """First anchor per key among ``kinds``."""
        found: dict[str, Anchor] = {}
        for anchor in self.anchors:
            if anchor.kind in kinds:
                found.setdefault(anchor.key, anchor)
        return found

    def values(self) -> set[str]:
        """Every plain value on this side (numbers, parts of dates, references and deadlines)."""
        out: set[str] = set()
        for anchor in self.anchors:
            out.add(anchor.key)
            out.update(anchor.parts)
        return out

    @cached_property
    def numeric_signature(self) -> frozenset[str]:
        """Numbers, dates, deadlines and act numbers, language-neutral (read once extraction is done)."""
        return frozenset(f"{a.kind}:{a.key}" for a in self.anchors)

    @cached_property
    def signature(self) -> frozenset[str]:
        """Language-neutral features used to align units: numeric anchors and bodies."""
        return self.numeric_signature | {f"body:{b}" for b in self.bodies}


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def extract(text: str, lang: str) -> Features:
    """Anchors of ``text`` written in ``lang`` (``kk`` or ``ru``)."""
    lex = load_lexicon().of(lang)
    features = Features()
    work = text
    for match in _ACT_REF.finditer(text):
        key = match.group(1).translate(_LOOKALIKES).upper()
        parts = tuple(re.findall(r"\d+", key))
        features.anchors.append(Anchor("act_reference", key, match.start(), match.end(), parts=parts))
        work = _blank(work, match.start(), match.end())
    for match, (day, month, year) in _dates(work, lex, lang):
        key = f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"
        parts = (str(day), str(year)) if year else (str(day),)
        features.anchors.append(Anchor("date", key, match.start(), match.end(), parts=parts))
        work = _blank(work, match.start(), match.end())
    for anchor in [*_fractions(work, lang), *_implicit_one(work, lex, lang)]:
        features.anchors.append(anchor)
        work = _blank(work, anchor.start, anchor.end)
    if lex.compound is not None:
        for match in lex.compound.finditer(work):
            value = str(lex.compound_values[match.group(1).lower()])
            unit = lex.compound_units[match.group(2).lower()]
            features.anchors.append(Anchor("deadline", f"{value} {unit}", match.start(), match.end(), parts=(value,)))
    features.anchors.extend(_numbers(work, lex, lang))
    features.anchors.sort(key=lambda a: a.start)
    prose = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    for body, pattern in lex.bodies:
        match = pattern.search(prose)
        if match:
            features.bodies[body] = match.span()
    features.rights = [m.span() for m in lex.right.finditer(prose) if _is_right(prose, m, lang)]
    features.duties = [m.span() for m in lex.duty.finditer(prose)]
    features.open_lists = [m.span("marker") if m.groupdict().get("marker") else m.span()
                           for m in lex.open_list.finditer(prose)]
    features.list_words = [m.span() for m in lex.open_list_words.finditer(prose)]
    for unit, pattern in lex.unit_words:
        match = pattern.search(prose)
        if match:
            features.unit_words[unit] = match.span()
    return features


def _fractions(text: str, lang: str) -> list[Anchor]:
    """«двумя третями», «үштен екі» -> 2/3 (a number word over a denominator)."""
    lexicon = load_lexicon()
    out = []
    for match in lexicon.of(lang).fractions.finditer(text):
        numerator = match.group("numerator")
        if lang == "ru":
            bottom = next(v for stem, v in lexicon.fraction_denominators.items() if match.group("denominator").lower().startswith(stem))
            top = number_word(numerator, lang) if numerator else None
            value = top.value if top and not top.ordinal else 1
            start = match.start() if top else match.start("denominator")
        else:
            top, below = number_word(numerator, lang), number_word(match.group("denominator"), lang)
            if not (top and below) or top.ordinal or below.ordinal:
                continue
            value, bottom, start = top.value, below.value, match.start()
        out.append(Anchor("number", f"{value}/{bottom}", start, match.end()))
    return out


def _implicit_one(text: str, lex: LangLexicon, lang: str) -> list[Anchor]:
    """«в течение месяца», «күнтізбелік жыл ішінде»: a term of one unit with the number left out."""
    out = []
    for match in lex.implicit_one.finditer(text):
        before = text[:match.start()].split()
        previous = before[-1].strip("«»()").lower() if before else ""
        if previous in lex.implicit_not_after or previous.isdigit() or number_word(previous, lang):
            continue
        word = match.group("unit")
        unit = next(name for name, pattern in lex.time_units if pattern.fullmatch(word))
        out.append(Anchor("deadline", f"1 {unit}", match.start("unit"), match.end(), parts=("1",)))
    return out


def _is_right(text: str, match: re.Match[str], lang: str) -> bool:
    """Reject «есепке алады», «және алады»: no converb before «алады»."""
    if lang != "kk" or not match.group().lower().endswith(" алады"):
        return True
    first = match.group().split()[0]
    return not load_lexicon().kk_not_converb.search(first)


@cache
def _date_patterns(lang: str) -> tuple[re.Pattern[str], tuple[int, int, int], re.Pattern[str]]:
    """(full date, group order of day/month/year, day and month without a year) for ``lang``."""
    months = "|".join(sorted(load_lexicon().of(lang).months, key=len, reverse=True))
    if lang == "ru":
        full = re.compile(rf"«?(\d{{1,2}})»?\s+({months})\s+(\d{{4}})(?:\s*(?:года|г\.))?", re.IGNORECASE)
        return full, (1, 2, 3), re.compile(rf"«?(\d{{1,2}})»?\s+({months})(?!\w)", re.IGNORECASE)
    full = re.compile(rf"(\d{{4}})\s*(?:жылғы|ж\.)\s+«?(\d{{1,2}})»?\s+({months})\w*", re.IGNORECASE)
    return full, (2, 3, 1), re.compile(rf"«?(\d{{1,2}})»?\s+({months})\w*", re.IGNORECASE)


def _dates(text: str, lex: LangLexicon, lang: str):
    """(match, (day, month, year)) for full dates, then (match, (day, month, 0)) for «1 февраля»."""
    full, order, partial = _date_patterns(lang)
    taken: list[tuple[int, int]] = []
    for match in full.finditer(text):
        day, month, year = (match.group(i) for i in order)
        taken.append(match.span())
        yield match, (int(day), lex.months[month.lower()], int(year))
    for match in partial.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            yield match, (int(match.group(1)), lex.months[match.group(2).lower()], 0)
    for match in _NUM_DATE.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        if 1 <= day <= 31 and 1 <= month <= 12:
            yield match, (day, month, year)


@dataclass(frozen=True)
class _Phrase:
    """A number in the token stream."""

    key: str
    start: int
    end: int
    next: int  # index of the first token after it
    from_words: bool = False
    ambiguous: bool = False
    ordinal: bool = False


def _numbers(text: str, lex: LangLexicon, lang: str) -> list[Anchor]:
    """Numbers in digits and in words, classified by the word after them."""
    tokens = [(m.lastgroup, m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    anchors: list[Anchor] = []
    i = 0
    while i < len(tokens):
        phrase = _phrase(tokens, i, lang)
        if phrase is None:
            i += 1
            continue
        i = phrase.next
        if phrase.ordinal:  # «бірінші жұмыс күні», «5-й день»: which one, not how many
            anchor = Anchor("number", phrase.key, phrase.start, phrase.end)
        else:
            anchor = _classify(text, phrase.key, phrase.start, phrase.end, lex)
        if anchor.kind == "number" and (phrase.ambiguous or phrase.from_words and phrase.key in ("1", "2")):
            continue  # «бір», «первый», «екі жақты», «обе», «тоқсан» alone are idioms, not quantities
        anchors.append(anchor)
    return anchors


def _phrase(tokens, i: int, lang: str) -> _Phrase | None:
    """The number starting at token ``i``, if any."""
    kind, value, start, end = tokens[i]
    if kind == "num":
        j = i + 1
        # «75 000 (жетпіс бес мың)», «10 (десяти)»: the words repeat the digits.
        if j < len(tokens) and tokens[j][1] == "(":
            words = _word_run(tokens, j + 1, lang)
            if words and words[0] < len(tokens) and tokens[words[0]][1] == ")":
                end, j = tokens[words[0]][3], words[0] + 1
        return _Phrase(_digits_key(value), start, end, j)
    if kind != "word":
        return None
    run = _word_run(tokens, i, lang)
    if not run:
        return None
    j, values, ambiguous, ordinal = run
    end = tokens[j - 1][3]
    # «десяти (10)»: the digits repeat the words.
    if j + 2 < len(tokens) and tokens[j][1] == "(" and tokens[j + 1][0] == "num" and tokens[j + 2][1] == ")":
        end, j = tokens[j + 2][3], j + 3
    return _Phrase(str(compose(values)), start, end, j, from_words=True, ambiguous=ambiguous, ordinal=ordinal)


def _word_run(tokens, i: int, lang: str) -> tuple[int, list[int], bool, bool] | None:
    """Consecutive number words from token ``i``: (next index, values, ambiguous, ordinal)."""
    values: list[int] = []
    ambiguous = True
    ordinal = False
    j = i
    final = False
    while j < len(tokens) and tokens[j][0] == "word" and not final:
        word = number_word(tokens[j][1], lang)
        if word is None:
            break
        values.append(word.value)
        ambiguous = ambiguous and word.ambiguous
        ordinal = word.ordinal
        final = word.ordinal or word.final
        j += 1
    return (j, values, ambiguous, ordinal) if values else None


def _digits_key(value: str) -> str:
    compact = re.sub(r"[ \u00a0\u202f]", "", value).replace(",", ".")
    if re.fullmatch(r"\d+", compact):
        return str(int(compact))
    return compact


def _classify(text: str, key: str, start: int, end: int, lex: LangLexicon) -> Anchor:
    """Number, percentage, amount or deadline, from the words around the number."""
    after = text[end:end + 80]
    rest = after.lstrip(" \u00a0")
    if lex.currency.match(rest):
        return Anchor("amount", key, start, end)
    if lex.percent.match(rest):
        return Anchor("percentage", key, start, end)
    day_type = ""
    for name, pattern in lex.day_types:
        match = pattern.match(rest)
        if match:
            day_type, rest = name, rest[match.end():].lstrip(" \u00a0")
            break
    before = text[max(0, start - 30):start].split()
    if not day_type and before:
        day_type = next((name for name, p in lex.day_types if p.fullmatch(before[-1])), "")
    for unit, pattern in lex.time_units:
        if pattern.match(rest):
            if unit == "year" and key.isdigit() and int(key) in _YEARS:
                return Anchor("number", key, start, end)  # «2023 жылы», «в 2023 году»: a year
            match = pattern.match(rest)
            stop = end + (len(after) - len(rest)) + match.end()
            return Anchor("deadline", f"{key} {unit}", start, stop, detail=day_type, parts=(key,))
    return Anchor("number", key, start, end)
