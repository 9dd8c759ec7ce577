"""Turning a hit into a :class:`~lexpert.findings.Finding` with texts, address and fingerprint."""

from __future__ import annotations

import hashlib
import re

from lexpert.findings import Finding
from lexpert.rules.context import Draft
from lexpert.rules.factors import load_factors
from lexpert.rules.model import Hit, Rule

_QUOTE_MARKS = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}


def normalise_quote(quote: str) -> str:
    """Lower case, single spaces: what the fingerprint hashes."""
    return re.sub(r"\s+", " ", quote).strip().lower()


def fingerprint(rule_id: str, address: dict[str, str], quote: str) -> str:
    """Stable id of a finding: rule + structural address + normalised quote."""
    key = "\x1f".join((rule_id, address.get("ru", ""), address.get("kk", ""), normalise_quote(quote)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


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
    quote = source.text[hit.start:hit.end]
    unit = hit.segment.unit
    address = {"kk": unit.address.get("kk", ""), "ru": unit.address.get("ru", "")}
    factor = load_factors()[rule.factor]
    return Finding(
        rule=rule.id,
        factor=rule.factor,
        severity=rule.severity,
        confidence=rule.confidence,
        path=source.path,
        line=source.line_of(hit.start),
        end_line=source.line_of(max(hit.start, hit.end - 1)),
        start=hit.start,
        end=hit.end,
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
