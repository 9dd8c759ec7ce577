"""Running rules over a draft: markers, context conditions, actor check, then findings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.findings import Finding
from lexpert.rules.actors import PRIVATE, PUBLIC, subject_kind
from lexpert.rules.context import Draft, Segment
from lexpert.rules.emit import make_finding
from lexpert.rules.model import Hit, Rule

WINDOW = 120  # characters searched by ``before`` / ``after`` conditions
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=\S)|\n")


def run_rules(draft: Draft, rules: list[Rule], report_lang: str | None = None) -> list[Finding]:
    """All findings of ``rules`` in ``draft``, in text order, one per rule and line."""
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for rule in rules:
        if draft.lang not in rule.languages:
            continue
        hits = rule.check(draft) if rule.check is not None else _match(draft, rule)
        for hit in hits:
            if rule.once and any(f.rule == rule.id for f in findings):
                break
            finding = make_finding(draft, rule, hit, report_lang or draft.lang)
            key = (rule.id, finding.line)
            if key not in seen:
                seen.add(key)
                findings.append(finding)
    findings.sort(key=lambda f: (f.start, f.factor, f.rule))
    return findings


def _match(draft: Draft, rule: Rule) -> Iterator[Hit]:
    spec = rule.match[draft.lang]
    segments = [s for s in draft.segments if not s.closing and (rule.in_definitions or not s.definition)]
    spans: list[tuple[Segment, int, int]] = []
    for seg in segments:
        for regex in spec.regexes:
            spans.extend((seg, m.start(), m.end()) for m in regex.finditer(seg.key))
    if spec.patterns:
        spans.extend(_token_spans(draft, segments, spec.patterns, rule.id))
    for seg, start, end in sorted(spans, key=lambda s: (s[0].start + s[1])):
        if _holds(draft, rule, seg, start, end):
            yield Hit(seg, seg.start + start, seg.start + end)


def _token_spans(draft: Draft, segments: list[Segment], patterns: tuple, rule_id: str) -> list[tuple[Segment, int, int]]:
    from spacy.matcher import Matcher

    from lexpert.nlp import get_nlp

    matcher = Matcher(get_nlp(draft.lang).vocab, validate=True)
    matcher.add(rule_id, list(patterns))
    wanted = {id(s) for s in segments}
    out = []
    for seg, doc in zip(draft.segments, draft.docs, strict=True):
        if id(seg) not in wanted:
            continue
        for _, i, j in matcher(doc):
            out.append((seg, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)))
    return out


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence of ``text`` that holds ``pos``."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    m = _SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def _holds(draft: Draft, rule: Rule, seg: Segment, start: int, end: int) -> bool:
    text = seg.key
    s_start, s_end = sentence_bounds(text, start)
    places = {
        "match": lambda: text[start:end],
        "before": lambda: text[max(s_start, start - WINDOW):start],
        "after": lambda: text[end:min(s_end, end + WINDOW)],
        "sentence": lambda: draft.lead_text(seg) + "\n" + text[s_start:s_end],
        "norm": lambda: text,
        "document": lambda: draft.norm_text,
    }
    for where, regexes in rule.unless.get(draft.lang, {}).items():
        place = places[where]()
        if any(r.search(place) for r in regexes):
            return False
    for where, regexes in rule.require.get(draft.lang, {}).items():
        place = places[where]()
        if not any(r.search(place) for r in regexes):
            return False
    if rule.actor == "any":
        return True
    who = subject_kind(text, start, draft.lang)
    if rule.actor == "public":
        return who == PUBLIC
    return who != PRIVATE
