"""Who acts in a clause: a public body or official, a private person, or nobody named.

The lexicon (``lexicon/actors.yaml``) lists nominative forms, so a match is a
candidate subject.  The grammar is deliberately small: the clause around a
marker is cut into comma chunks, conditional and relative chunks are skipped,
and the first actor of the nearest chunk at or before the marker is its subject
(Kazakh puts the nominative subject first and the predicate last; Russian
mostly does the same in legal prose).  A passive agent («комиссией»,
«комиссия тарапынан») counts when no nominative actor is found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lexpert.rules.yamlfile import parse_yaml

PUBLIC = "public"
PRIVATE = "private"

_RU_PREPOSITIONS = {"в", "во", "на", "через", "за", "про", "под", "о", "об"}
_CLAUSE_END = re.compile(r"[;.!?]\s|[;:]$|\n")
_RELATIVE_RU = re.compile(r",\s*(?:\w+\s+){0,2}(?:котор\w+|чей|чья|чьё|чьи)\b[^,;]*", re.IGNORECASE)
_CONDITION_CHUNK = {
    "ru": re.compile(r"^\s*(?:если|в случае|в случаях|при\b|когда|после|до\b|для\b|в целях)", re.IGNORECASE),
    "kk": re.compile(r"(?:жағдайда|жағдайларда|кезде|кезінде|\w+(?:са|се)|үшін|мақсатында|кейін|дейін)\s*$", re.IGNORECASE),
}


@dataclass(frozen=True)
class Mention:
    """An actor named in a text: offsets and whether it is public or private."""

    start: int
    end: int
    kind: str
    agent: bool = False  # the agent of a passive clause, not its subject


def _compile(entries: list[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{e})" for e in sorted(entries, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, dict[str, re.Pattern[str]]]:
    text = resources.files("lexpert.rules").joinpath("lexicon/actors.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    return {group: {lang: _compile(entries) for lang, entries in langs.items()} for group, langs in data.items()}


def mentions(text: str, lang: str) -> list[Mention]:
    """Actors named in ``text`` (nominative subjects and passive agents), in order."""
    lex = _lexicon()
    found: list[Mention] = []
    for group, kind, agent in (("public", PUBLIC, False), ("private", PRIVATE, False), ("public_agent", PUBLIC, True)):
        pattern = lex[group].get(lang)
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            if lang == "ru" and not agent and _after_preposition(text, m.start()):
                continue
            found.append(Mention(m.start(), m.end(), kind, agent))
    found.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for m in found:  # drop mentions nested in a longer one («орган» inside «уполномоченный орган»)
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _after_preposition(text: str, start: int) -> bool:
    words = text[max(0, start - 12):start].split()
    return bool(words) and words[-1].lower() in _RU_PREPOSITIONS


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the clause (between «;», «.», line breaks) around ``pos``."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        start = m.end()
    m = _CLAUSE_END.search(text, pos)
    return start, (m.start() + 1 if m else len(text))


def subject_kind(text: str, pos: int, lang: str) -> str | None:
    """``"public"``, ``"private"`` or ``None``: who acts in the clause of ``text`` at ``pos``."""
    start, end = clause_bounds(text, pos)
    clause = text[start:end]
    if lang == "ru":  # blank out relative clauses: «заявитель, в отношении которого орган …, вправе»
        clause = _RELATIVE_RU.sub(lambda m: " " * len(m.group()), clause)
    rel = pos - start
    found = mentions(clause, lang)
    chunks = _chunks(clause)
    condition = _CONDITION_CHUNK.get(lang)
    ordered = [c for c in chunks if c[0] <= rel][::-1] + [c for c in chunks if c[0] > rel][:1]
    for c_start, c_end in ordered:
        chunk_text = clause[c_start:c_end]
        if condition is not None and condition.search(chunk_text) and not (c_start <= rel < c_end):
            continue
        for m in found:
            if c_start <= m.start < c_end and not m.agent:
                return m.kind
    agents = [m for m in found if m.agent]
    return agents[0].kind if agents else None


def _chunks(clause: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in re.finditer(r",", clause):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(clause)))
    return bounds


def names_public_body(text: str, lang: str) -> bool:
    """True when ``text`` names a public body or official in any form used as an actor."""
    return any(m.kind == PUBLIC for m in mentions(text, lang))
