"""Running rules over a draft: markers, context conditions, actor check, then findings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from lexpert.findings import Finding
from lexpert.rules.actors import PRIVATE, PUBLIC, subject_kind
from lexpert.rules.context import Draft, Segment
from lexpert.rules.emit import make_finding
from lexpert.rules.loader import DATA_DIR
from lexpert.rules.model import Hit, Rule, may_match, needed_strings, needs_implied

WINDOW = 120  # characters searched by ``before`` / ``after`` conditions
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=\S)|\n")


def run_rules(draft: Draft, rules: list[Rule], report_lang: str | None = None) -> list[Finding]:
    """All findings of ``rules`` in ``draft``, in text order, one per rule and line."""
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    found: set[str] = set()  # ids of the rules with a finding
    for rule in rules:
        if draft.lang not in rule.languages:
            continue
        hits = rule.check(draft) if rule.check is not None else _match(draft, rule)
        for hit in hits:
            if rule.once and rule.id in found:
                break
            finding = make_finding(draft, rule, hit, report_lang or draft.lang)
            key = (rule.id, finding.line)
            if key not in seen:
                seen.add(key)
                found.add(rule.id)
                findings.append(finding)
    findings.sort(key=lambda f: (f.start, f.factor, f.rule))
    return findings


def _match(draft: Draft, rule: Rule) -> Iterator[Hit]:
    spec = rule.match[draft.lang]
    # (absolute start, kind, order...) sorts as the stable sort by start of: every regex span
    # norm by norm and regex by regex, then the token-pattern spans
    spans: list[tuple] = []
    order = draft.positions
    everywhere = rule.in_definitions
    for r, regex in enumerate(spec.regexes):
        implied = needs_implied(regex)
        for seg in draft.segments_with(needed_strings(regex)):
            if not seg.closing and (everywhere or not seg.definition) and (implied or may_match(regex, seg.folded)):
                i = order[id(seg)]
                start = seg.start
                spans.extend((start + m.start(), 0, i, r, k, seg, m.start(), m.end()) for k, m in enumerate(regex.finditer(seg.key)))
    if spec.patterns:
        segments = [s for s in draft.segments if not s.closing and (everywhere or not s.definition)]
        spans.extend(
            (seg.start + start, 1, k, 0, 0, seg, start, end)
            for k, (seg, start, end) in enumerate(_token_spans(draft, segments, spec.patterns, rule))
        )
    spans.sort(key=lambda s: s[:5])
    for *_, seg, start, end in spans:
        if _holds(draft, rule, seg, start, end):
            yield Hit(seg, seg.start + start, seg.start + end)


def _token_spans(draft: Draft, segments: list[Segment], patterns: tuple, rule: Rule) -> list[tuple[Segment, int, int]]:
    needs = _pattern_needs(draft.lang, patterns)
    holding = _holding(draft, needs)
    candidates = segments if holding is None else [seg for seg in segments if draft.positions[id(seg)] in holding]
    if not candidates:
        return []
    matcher = _matcher(draft.lang, rule.id, patterns, validate=not is_builtin(rule))
    out = []
    for seg, doc in zip(candidates, draft.docs_of(candidates), strict=True):
        for _, i, j in matcher(doc):
            out.append((seg, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)))
    return out


_MATCHERS: dict[tuple[str, str, int], tuple[tuple, object]] = {}


def is_builtin(rule: Rule) -> bool:
    """A rule of lexpert's own catalogue, whose token patterns the tests validate."""
    return Path(rule.path).is_relative_to(DATA_DIR)


def _matcher(lang: str, rule_id: str, patterns: tuple, validate: bool) -> object:
    """The spaCy Matcher of a rule's patterns, built once per process; ``validate`` checks the patterns' schema first."""
    key = (lang, rule_id, id(patterns))
    known = _MATCHERS.get(key)
    if known is None or known[0] is not patterns:
        from spacy.matcher import Matcher

        from lexpert.nlp import get_nlp

        matcher = Matcher(get_nlp(lang).vocab, validate=validate)
        matcher.add(rule_id, list(patterns))
        known = _MATCHERS[key] = (patterns, matcher)
    return known[1]


Needs = tuple[tuple[frozenset[str], ...], ...]  # per pattern: per required token, strings one of which occurs
_NEEDS: dict[tuple[str, int], tuple[tuple, Needs]] = {}
_LITERAL_KEYS = ("LOWER", "ORTH", "TEXT")
_PLAIN_PREFIX = re.compile(r"\^(\w+)")


def _pattern_needs(lang: str, patterns: tuple) -> Needs:
    """What the folded text of a norm must contain for each pattern to match in it.

    A required token (no ``OP``, or ``OP: '+'``) whose text is given (``LOWER``, ``ORTH``,
    ``TEXT``: a string, an ``IN`` list or a ``^prefix`` regex) or whose lemma is given
    (``LEMMA``, where the language has lemma anchors) needs one of those strings in the
    text; other tokens need nothing.  A pattern that needs nothing matches anywhere.
    """
    key = (lang, id(patterns))
    known = _NEEDS.get(key)
    if known is None or known[0] is not patterns:
        known = _NEEDS[key] = (patterns, tuple(_token_needs(lang, pattern) for pattern in patterns))
    return known[1]


def _token_needs(lang: str, pattern: list[dict]) -> tuple[frozenset[str], ...]:
    from lexpert.nlp.pipeline import fold, lemma_anchor

    needs = []
    for token in pattern:
        if any(attr.upper() == "OP" and op != "+" for attr, op in token.items()):
            continue
        for attr, value in token.items():
            if attr.upper() in _LITERAL_KEYS:
                strings = _strings(value, fold, regex=True)
            elif attr.upper() == "LEMMA":
                strings = _strings(value, lambda lemma: lemma_anchor(lang, lemma), regex=False)
            else:
                continue
            if strings is not None and "" not in strings:
                needs.append(strings)
    return tuple(needs)


def _strings(value: object, convert: Callable[[str], str | None], regex: bool) -> frozenset[str] | None:
    """The strings one of which a token's attribute shows in the text, or None when unknown."""
    if isinstance(value, str):
        found = convert(value)
        return None if found is None else frozenset({found})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    op = op.upper()
    if op == "IN" and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
        found = [convert(v) for v in arg]
        return None if any(f is None for f in found) else frozenset(found)
    if op == "REGEX" and regex and isinstance(arg, str) and "|" not in arg:
        prefix = _PLAIN_PREFIX.match(arg)  # "^abc…": the token starts with "abc"
        if prefix and arg[prefix.end():prefix.end() + 1] not in ("?", "*", "{"):
            return _strings(prefix.group(1), convert, regex)
    return None


def _holding(draft: Draft, needs: Needs) -> set[int] | None:
    """Indices of the segments whose folded text holds, for some pattern, one string of each required token.

    ``None`` when a pattern needs nothing (every segment may match).
    """
    if any(not pattern for pattern in needs):
        return None
    found: set[int] = set()
    for pattern in needs:
        holding: set[int] | None = None
        for token in pattern:
            either: set[int] = set()
            for string in token:
                either |= draft.holding_one(string)
            holding = either if holding is None else holding & either
        found |= holding or set()
    return found


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence of ``text`` that holds ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def _holds(draft: Draft, rule: Rule, seg: Segment, start: int, end: int) -> bool:
    """The rule's ``unless`` conditions all fail and its ``require`` conditions all hold at a hit, and the actor fits."""
    lang = draft.lang
    text = seg.key
    bounds: tuple[int, int] | None = None
    for conditions, wanted in ((rule.unless.get(lang), False), (rule.require.get(lang), True)):
        for where, regexes in (conditions or {}).items():
            if where == "document":
                found = any(draft.norm_text_matches(r) for r in regexes)
            else:
                if where in ("before", "after", "sentence") and bounds is None:
                    bounds = sentence_bounds(text, start)
                place = _place(draft, seg, where, start, end, bounds)
                found = any(r.search(place) for r in regexes)
            if found != wanted:
                return False
    if rule.actor == "any":
        return True
    who = subject_kind(text, start, lang)
    if rule.actor == "public":
        return who == PUBLIC
    return who != PRIVATE


def _place(draft: Draft, seg: Segment, where: str, start: int, end: int, bounds: tuple[int, int] | None) -> str:
    """The text a condition searches (``bounds``: the sentence around the hit, for the places that need it)."""
    text = seg.key
    if where == "match":
        return text[start:end]
    if where == "norm":
        return text
    s_start, s_end = bounds  # type: ignore[misc]
    if where == "before":
        return text[max(s_start, start - WINDOW):start]
    if where == "after":
        return text[end:min(s_end, end + WINDOW)]
    return draft.lead_text(seg) + "\n" + text[s_start:s_end]
