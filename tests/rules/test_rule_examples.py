"""Every rule's and check's own examples: must fire and must stay silent, in each language."""

from __future__ import annotations

import pytest

from lexpert.check import check_source
from lexpert.ingest.model import SourceText
from lexpert.rules.loader import load_rules

RULES = load_rules()
CASES = [
    pytest.param(rule, lang, kind, text, id=f"{rule.id}-{lang}-{kind}{i}")
    for rule in RULES
    for lang, sets in rule.examples.items()
    for kind in ("fire", "silent")
    for i, text in enumerate(sets[kind])
]


@pytest.mark.parametrize(("rule", "lang", "kind", "text"), CASES)
def test_rule_example(rule, lang, kind, text):
    body = text if text[:1].isdigit() else f"1. {text}"  # a numbered point: a norm, not a preamble
    source = SourceText(path=f"<{rule.id}>", format="txt", text=body + "\n")
    found = [f for f in check_source(source, lang=lang, rules=[rule]).findings if f.rule == rule.id]
    if kind == "fire":
        assert found, f"false negative in {rule.id} [{lang}]: {text}"
    else:
        assert not found, f"false positive in {rule.id} [{lang}]: {text} -> {[f.quote for f in found]}"
