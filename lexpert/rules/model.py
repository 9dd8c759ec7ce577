"""A rule read from YAML, checked key by key at load time."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lexpert.errors import ConfigError
from lexpert.findings import CONFIDENCES, SEVERITIES
from lexpert.rules.context import Segment

LANGS = ("kk", "ru")
TEXT_LANGS = ("kk", "ru", "en")
ACTORS = ("any", "public", "not-private")
_KEYS = {
    "id", "factor", "languages", "severity", "confidence", "match", "context", "message",
    "explanation", "suggestion", "rewrite", "references", "examples",
}
_MATCH_KEYS = {"phrases", "regex", "patterns"}
_CONTEXT_KEYS = {"actor", "in_definitions", "once", "unless", "require"}
_WHERE_KEYS = {"match", "before", "after", "sentence", "norm", "document"}
_FLAG_LETTERS = frozenset("aiLmsux")  # inline flags «(?i)», «(?x:…)» that a pattern may open with


class LazyPattern:
    """``re.compile(pattern, flags)`` done on first use, so a draft compiles only the regexes it reaches.

    Reads like the compiled pattern (``search``, ``finditer``, ``pattern``, ``flags``, …); a
    LazyPattern of the same source and flags is equal and hashes alike, so it keys caches uncompiled.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._regex: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on the first call; ``re.error`` for a bad pattern)."""
        if self._regex is None:
            self._regex = re.compile(self.pattern, self._flags)
        return self._regex

    @property
    def flags(self) -> int:
        """``compiled().flags``: a str pattern gains UNICODE unless ASCII; inline flags need the compiler."""
        if self._regex is None and not (self.pattern.startswith("(?") and self.pattern[2:3] in _FLAG_LETTERS):
            return self._flags | (0 if self._flags & re.ASCII else re.UNICODE)
        return self.compiled().flags

    def search(self, string: str, *span: int) -> re.Match[str] | None:
        return self.compiled().search(string, *span)

    def match(self, string: str, *span: int) -> re.Match[str] | None:
        return self.compiled().match(string, *span)

    def finditer(self, string: str, *span: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, *span)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # a bare instance (made by copy or pickle) has no _regex yet
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LazyPattern) and (other.pattern, other._flags) == (self.pattern, self._flags)

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __repr__(self) -> str:
        return repr(self.compiled())


Regex = re.Pattern[str] | LazyPattern


@dataclass(frozen=True)
class LangMatch:
    """How a rule finds its marker in one language."""

    regexes: tuple[Regex, ...] = ()
    patterns: tuple[list[dict[str, Any]], ...] = ()  # spaCy Matcher token patterns


@dataclass(frozen=True)
class Rule:
    """One rule: the marker, the conditions, the texts and the examples."""

    id: str
    factor: str
    languages: tuple[str, ...]
    severity: str
    confidence: str
    match: dict[str, LangMatch]
    actor: str
    in_definitions: bool
    once: bool  # report only the first hit in a document (a defect of the whole act)
    unless: dict[str, dict[str, tuple[Regex, ...]]]
    require: dict[str, dict[str, tuple[Regex, ...]]]
    message: dict[str, str]
    explanation: dict[str, str]
    suggestion: dict[str, str]
    rewrite: dict[str, str] = field(default_factory=dict)
    references: tuple[str, ...] = ()
    examples: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    path: str = ""
    check: Callable[..., Iterator[Hit]] | None = None  # Python check; ``match`` is empty then


@dataclass(frozen=True)
class Hit:
    """Where a rule or check found its marker: a segment and absolute offsets in the text."""

    segment: Segment
    start: int
    end: int


@lru_cache(maxsize=None)
def needed_strings(regex: Regex) -> frozenset[str] | None:
    """Folded strings one of which every match of ``regex`` contains, or None when none is known.

    Read from the parsed pattern: the longest run of plain letters (a ``[её]`` class
    counts as one letter) that every match must cross, or such runs of each branch of
    an alternation.  A norm whose folded text (:func:`lexpert.nlp.pipeline.fold`) holds
    none of them cannot match, so the engine does not run the regex there.
    """
    parsed = _parsed(regex.pattern, regex.flags)
    return None if parsed is None else _sequence_needs(parsed[0], parsed[1])


@lru_cache(maxsize=None)
def _parsed(source: str, flags: int) -> tuple[list, Any] | None:
    """The items of ``source`` as the ``re`` parser reads them, with its constants module; None when it cannot."""
    try:
        from re import _constants, _parser

        return list(_parser.parse(source, flags)), _constants
    except Exception:  # noqa: BLE001 - a pattern the parser module cannot read only loses the shortcut
        return None


@lru_cache(maxsize=None)
def _folded_letter(code: int) -> str:
    from lexpert.nlp.pipeline import fold

    return fold(chr(code))


def _sequence_needs(items: list, constants: Any) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = _without_superstrings(found)

    for op, arg in items:
        letter = _plain_letter(op, arg, constants)
        if letter is not None:
            run.append(letter)
            continue
        better(frozenset({"".join(run)}))
        run = []
        better(_group_needs(op, arg, constants))
    better(frozenset({"".join(run)}))
    return best


def _plain_letter(op: Any, arg: Any, constants: Any) -> str | None:
    """The folded letter a parsed item matches (a literal, or a class of one letter in its
    cases such as ``[её]``), or None when the item is something else."""
    if op is constants.LITERAL:
        return _folded_letter(arg)
    if op is constants.IN and arg and all(o is constants.LITERAL for o, _ in arg):
        letters = {_folded_letter(code) for _, code in arg}
        return letters.pop() if len(letters) == 1 else None
    return None


def _group_needs(op: Any, arg: Any, constants: Any) -> frozenset[str] | None:
    """The needed strings of a group every match crosses (a group, a repeat of at least one,
    an alternation whose every branch needs something), or None."""
    if op is constants.SUBPATTERN:
        return _sequence_needs(list(arg[-1]), constants)
    if op is constants.ATOMIC_GROUP:
        return _sequence_needs(list(arg), constants)
    if op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT) and arg[0] >= 1:
        return _sequence_needs(list(arg[2]), constants)
    if op is constants.BRANCH:
        branches = [_sequence_needs(list(branch), constants) for branch in arg[1]]
        return frozenset().union(*branches) if all(branches) else None
    return None


def _without_superstrings(strings: frozenset[str]) -> frozenset[str]:
    """``strings`` less those that contain another one (a text holds one of either set or of neither)."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def phrase_source(phrase: str) -> str:
    """A phrase as the source of a (case-insensitive) regex: whole words, any spacing, е = ё."""
    words = [re.escape(w).replace("е", "[её]") for w in phrase.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def parse_rule(data: Any, path: Path, check: Callable[..., Iterator[Hit]] | None = None, lazy: bool = False) -> Rule:
    """Validate the YAML of one rule (or of a Python check's metadata); errors name the file and key.

    ``lazy``: the regexes are :class:`LazyPattern` and are not compiled here (for the built-in
    catalogue, whose every pattern the tests compile); otherwise a bad one is reported now.
    """
    where = str(path)
    if not isinstance(data, dict):
        raise ConfigError(where, "a rule file must be a mapping", "See lexpert/rules/data/*/ for examples.")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(where, f"unknown key '{unknown[0]}'", f"Known keys: {', '.join(sorted(_KEYS))}.")
    rule_id = _str(data, "id", where)
    if rule_id != path.stem:
        raise ConfigError(where, f"key 'id': '{rule_id}' differs from the file name", "Name the file <id>.yaml.")
    languages = tuple(_list(data, "languages", where))
    for lang in languages:
        _choice(where, "languages", lang, LANGS)
    context = data.get("context", {}) or {}
    if not isinstance(context, dict) or set(context) - _CONTEXT_KEYS:
        raise ConfigError(where, "key 'context': expected a mapping with " + ", ".join(sorted(_CONTEXT_KEYS)))
    match = {} if check is not None else _match(data.get("match"), languages, where, lazy)
    return Rule(
        id=rule_id,
        factor=_str(data, "factor", where),
        languages=languages,
        severity=_choice(where, "severity", data.get("severity"), SEVERITIES),
        confidence=_choice(where, "confidence", data.get("confidence"), CONFIDENCES),
        match=match,
        actor=_choice(where, "context.actor", context.get("actor", "not-private"), ACTORS),
        in_definitions=bool(context.get("in_definitions", False)),
        once=bool(context.get("once", False)),
        unless=_conditions(context.get("unless"), "context.unless", where, lazy),
        require=_conditions(context.get("require"), "context.require", where, lazy),
        message=_texts(data, "message", where),
        explanation=_texts(data, "explanation", where),
        suggestion=_texts(data, "suggestion", where),
        rewrite={k: str(v) for k, v in (data.get("rewrite") or {}).items()},
        references=tuple(data.get("references") or ()),
        examples=_examples(data.get("examples"), languages, where),
        path=where,
        check=check,
    )


def _str(data: dict, key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ConfigError(where, f"key '{key}' must be a non-empty string")
    return value


def _list(data: dict, key: str, where: str) -> list:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise ConfigError(where, f"key '{key}' must be a non-empty list")
    return value


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ConfigError(where, f"key '{key}': {value!r} is not one of {', '.join(allowed)}")
    return value


def _texts(data: dict, key: str, where: str) -> dict[str, str]:
    value = data.get(key)
    if not isinstance(value, dict) or any(not isinstance(value.get(lang), str) for lang in TEXT_LANGS):
        raise ConfigError(where, f"key '{key}' needs kk, ru and en texts")
    return {lang: value[lang].strip() for lang in TEXT_LANGS}


def _regex(source: str, key: str, where: str, lazy: bool) -> Regex:
    if lazy:
        return LazyPattern(source, re.IGNORECASE)
    try:
        return re.compile(source, re.IGNORECASE)
    except re.error as exc:
        raise ConfigError(where, f"key '{key}': bad regular expression {source!r} ({exc})") from None


def _match(value: Any, languages: tuple[str, ...], where: str, lazy: bool) -> dict[str, LangMatch]:
    if not isinstance(value, dict):
        raise ConfigError(where, "key 'match' must map each language to phrases, regex or patterns")
    out: dict[str, LangMatch] = {}
    for lang in languages:
        spec = value.get(lang)
        key = f"match.{lang}"
        if not isinstance(spec, dict) or not spec or set(spec) - _MATCH_KEYS:
            raise ConfigError(where, f"key '{key}' must have phrases, regex or patterns")
        regexes = [_regex(phrase_source(p), f"{key}.phrases", where, lazy) for p in spec.get("phrases", [])]
        regexes += [_regex(r, f"{key}.regex", where, lazy) for r in spec.get("regex", [])]
        patterns = spec.get("patterns", [])
        if not isinstance(patterns, list) or any(not isinstance(p, list) for p in patterns):
            raise ConfigError(where, f"key '{key}.patterns' must be a list of token-pattern lists")
        out[lang] = LangMatch(tuple(regexes), tuple(patterns))
    return out


def _conditions(value: Any, key: str, where: str, lazy: bool) -> dict[str, dict[str, tuple[Regex, ...]]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(where, f"key '{key}' must map languages to conditions")
    out: dict[str, dict[str, tuple[Regex, ...]]] = {}
    for lang, spec in value.items():
        _choice(where, key, lang, LANGS)
        if not isinstance(spec, dict) or set(spec) - _WHERE_KEYS:
            raise ConfigError(where, f"key '{key}.{lang}' must use {', '.join(sorted(_WHERE_KEYS))}")
        out[lang] = {w: tuple(_regex(r, f"{key}.{lang}.{w}", where, lazy) for r in regs) for w, regs in spec.items()}
    return out


def _examples(value: Any, languages: tuple[str, ...], where: str) -> dict[str, dict[str, tuple[str, ...]]]:
    if not isinstance(value, dict):
        raise ConfigError(where, "key 'examples' must give fire and silent examples per language")
    out = {}
    for lang in languages:
        spec = value.get(lang) or {}
        fire, silent = spec.get("fire") or [], spec.get("silent") or []
        if not fire or not silent:
            raise ConfigError(where, f"key 'examples.{lang}' needs 'fire' and 'silent' examples")
        out[lang] = {"fire": tuple(fire), "silent": tuple(silent)}
    return out


def matches(regex: Regex, text: str, folded: str) -> bool:
    """``bool(regex.search(text))``, searching only the alternatives whose needed strings ``folded`` holds.

    ``folded`` is ``fold(text)`` (same length). A top-level alternative matches on its own
    exactly where it matches inside the alternation, and cannot match where ``folded``
    lacks a string it needs (each literal run it must cross, one need of each group).
    """
    alternatives = _alternatives(regex)
    if len(alternatives) == 1:
        return _holds_needs(alternatives[0][1], folded) and bool(regex.search(text))
    return any(_holds_needs(needs, folded) and _compiled(source, regex.flags).search(text) for source, needs in alternatives)


def may_match(regex: Regex, folded: str) -> bool:
    """False when ``regex`` cannot match a text whose folded copy is ``folded`` (no alternative has all it needs)."""
    return any(_holds_needs(needs, folded) for _, needs in _alternatives(regex))


@lru_cache(maxsize=None)
def needs_implied(regex: Regex) -> bool:
    """True when a text holding one of :func:`needed_strings` always passes :func:`may_match` (one alternative,
    each of whose needs is a substring of every needed string)."""
    strings = needed_strings(regex)
    alternatives = _alternatives(regex)
    if strings is None or len(alternatives) != 1:
        return False
    return all(any(part in string for part in need) for need in alternatives[0][1] for string in strings)


def _holds_needs(needs: tuple[frozenset[str], ...], folded: str) -> bool:
    for need in needs:
        for string in need:
            if string in folded:
                break
        else:
            return False
    return True


@lru_cache(maxsize=None)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@lru_cache(maxsize=None)
def _alternatives(regex: Regex) -> tuple[tuple[str, tuple[frozenset[str], ...]], ...]:
    """The top-level alternatives of ``regex`` (one, the whole, when it has back-references or global flags), with their needs."""
    sources = _split_alternatives(regex.pattern)
    if len(sources) < 2 or re.search(r"\\[1-9]|\(\?P=|^\(\?[a-zA-Z]+\)", regex.pattern):
        sources = [regex.pattern]
    return tuple((source, _all_needs(source, regex.flags)) for source in sources)


def _split_alternatives(source: str) -> list[str]:
    """``source`` cut at its top-level ``|`` (outside groups, classes and escapes)."""
    parts, depth, class_start, escaped, start = [], 0, -1, False, 0
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif class_start >= 0:  # a "]" first in a class (after an optional "^") is a letter
            if char == "]" and source[class_start + 1:i].lstrip("^"):
                class_start = -1
        elif char == "[":
            class_start = i
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _all_needs(source: str, flags: int) -> tuple[frozenset[str], ...]:
    """Every literal run (two letters or more) a match of ``source`` must cross, and the needed strings of each required group."""
    parsed = _parsed(source, flags)
    if parsed is None:
        return ()
    items, _constants = parsed
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        letter = _plain_letter(op, arg, _constants)
        if letter is not None:
            run.append(letter)
            continue
        if len(run) >= 2:
            needs.append(frozenset({"".join(run)}))
        run = []
        group = _group_needs(op, arg, _constants)
        if group and all(group):
            needs.append(_without_superstrings(group))
    return tuple(needs)
