"""The rule engine's shortcuts (alternatives searched alone, needed strings) never change an answer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lexpert.ingest import read_source
from lexpert.rules.checks import common, delegated_content, step_without_deadline
from lexpert.rules.context import _CLOSING, build_draft
from lexpert.rules.loader import load_rules
from lexpert.rules.model import _split_alternatives, matches, may_match
from lexpert.structure import parse_structure

CORPORA = Path(__file__).resolve().parents[2] / "corpora"


def _patterns(lang: str) -> list[re.Pattern[str]]:
    found = [r for rule in load_rules() if lang in rule.match for r in rule.match[lang].regexes]
    found += [c[lang] for c in (common.DEADLINE, common.REFUSAL_GROUNDS, common.REFUSAL, _CLOSING)]
    found += [step_without_deadline.STEPS[lang], delegated_content.LIMITED[lang], delegated_content.DELEGATION[lang]]
    return found


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_matches_equals_search_on_every_norm_of_the_bundled_drafts(lang):
    patterns = _patterns(lang)
    compared = 0
    for path in sorted((CORPORA / lang).glob("*.txt")):
        source = read_source(path)
        draft = build_draft(source, lang, parse_structure(source, lang))
        for seg in draft.segments:
            for pattern in patterns:
                found = bool(pattern.search(seg.key))
                assert matches(pattern, seg.key, seg.folded) == found, (path.name, pattern.pattern, seg.key)
                assert may_match(pattern, seg.folded) or not found, (path.name, pattern.pattern, seg.key)
                compared += found
        for pattern in patterns:
            assert draft.norm_text_matches(pattern) == bool(pattern.search(draft.norm_text))
    assert compared > 20


def test_an_alternative_the_text_lacks_is_not_searched():
    pattern = re.compile(r"(?<!\w)срок\w*\s+рассмотрени|не\s+позднее", re.IGNORECASE)
    assert not may_match(pattern, "в течение пяти рабочих дней")
    assert may_match(pattern, "не позднее пяти дней")
    assert matches(pattern, "Сроки  рассмотрения", "сроки  рассмотрения")


@pytest.mark.parametrize(
    "source,parts",
    [
        (r"a|b(?:c|d)|[|]e", ["a", "b(?:c|d)", "[|]e"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]x|\|y", ["[^]|]x", r"\|y"]),
    ],
)
def test_alternatives_are_cut_at_top_level_bars_only(source, parts):
    assert _split_alternatives(source) == parts


def test_token_patterns_of_the_built_in_rules_pass_spacy_validation():
    """The engine builds the built-in rules' matchers without schema validation: this test is that validation."""
    from spacy.matcher import Matcher

    from lexpert.nlp import get_nlp
    from lexpert.rules.engine import is_builtin

    checked = 0
    for rule in load_rules():
        for lang, spec in rule.match.items():
            if spec.patterns:
                assert is_builtin(rule), rule.path
                Matcher(get_nlp(lang).vocab, validate=True).add(rule.id, list(spec.patterns))
                checked += 1
    assert checked >= 2
    with pytest.raises(ValueError):
        Matcher(get_nlp("ru").vocab, validate=True).add("bad", [[{"LEMA": "срок"}]])
