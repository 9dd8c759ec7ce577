"""Turning a hit into a :class:`~lexpert.findings.Finding` with texts, address and fingerprint."""

from __future__ import annotations

from lexpert.findings import Finding, fingerprint
from lexpert.rules.context import Draft
from lexpert.rules.factors import load_factors
from lexpert.rules.model import Hit, Rule

_QUOTE_MARKS = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}


def suggestion_text(rule: Rule, quote: str, doc_lang: str, lang: str) -> str:
    """The rule's recommendation, led by a generated rewording of the quote when the rule has one."""
    advice = rule.suggestion[lang]
    rewrite = rule.rewrite.get(doc_lang)
    if not rewrite:
        return advice
    left, right = _QUOTE_MARKS[lang]
    return f"{left}{quote}{right} → {left}{rewrite}{right}. {advice}"


def make_finding(draft: Draft, rule: Rule, hit: Hit, lang: str) -> Finding:
    """The finding of ``rule`` at ``hit``; texts in ``lang`` (kk, ru or en)."""
    source = draft.source
    start, end = _trimmed(source.text, hit.start, hit.end)
    quote = source.text[start:end]
    unit = hit.segment.unit
    address = {"kk": unit.address.get("kk", ""), "ru": unit.address.get("ru", "")}
    factor = load_factors()[rule.factor]
    return Finding(
        rule=rule.id,
        factor=rule.factor,
        severity=rule.severity,
        confidence=rule.confidence,
        path=source.path,
        line=source.line_of(start),
        end_line=source.line_of(max(start, end - 1)),
        start=start,
        end=end,
        address=address,
        quote=quote,
        message=rule.message[lang].format(quote=quote),
        explanation=rule.explanation[lang],
        suggestion=suggestion_text(rule, quote, draft.lang, lang),
        lang=draft.lang,
        norm=unit.text if unit.kind != "document" else hit.segment.text,
        references=[*factor.references, *rule.references],
        fingerprint=fingerprint(rule.id, address, quote),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading or trailing whitespace (a quote never starts with a space)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
