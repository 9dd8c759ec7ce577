"""The engine's shortcuts skip only what cannot match: folding, regex needs, lemma anchors, YAML parser.

The whole-corpus comparison with a reference engine is ``benchmarks/check_invariance.py``;
these tests pin the properties that comparison relies on.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import yaml

from lexpert.nlp.pipeline import fold
from lexpert.rules.loader import CHECKS_DIR, DATA_DIR, load_rules
from lexpert.rules.model import needed_strings
from lexpert.rules.yamlfile import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"


def _texts(lang: str) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((CORPORA / lang).glob("*.txt"))]


def test_fold_keeps_length_and_merges_what_ignorecase_merges():
    try:
        from re._casefix import _EXTRA_CASES as extra
    except ImportError:
        extra = {}
    for code in range(0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert len(fold(char)) == 1, hex(code)
        variants = {char.upper(), char.lower(), char.title(), *(chr(c) for c in extra.get(code, ()))}
        for other in variants:
            if len(other) == 1 and other != char and re.fullmatch(re.escape(char), other, re.IGNORECASE):
                assert fold(char) == fold(other), (hex(code), hex(ord(other)))
    assert fold("Ёлка ДЕЛО") == "елка дело"


@pytest.mark.parametrize(
    "pattern,needs",
    [
        (r"(?<!\w)в\s+кратча[её]ш(?:ие|ий)\s+срок(?!\w)", {"кратчаеши"}),  # ё folds to е; ие|ий share и
        (r"(?:принима\w+|выносит)\s+решени", {"принима", "выносит"}),
        (r"мерзім|уақыт", {"мерзім", "уақыт"}),
        (r"x{0,3}yy", {"yy"}),
        (r"\w+", None),
        (r"(?:abc)?\s+", None),
    ],
)
def test_needed_strings(pattern, needs):
    found = needed_strings(re.compile(pattern, re.IGNORECASE))
    assert (set(found) if found is not None else None) == needs


def test_needed_strings_hold_wherever_a_rule_regex_matches():
    """Every built-in regex, on every example and bundled draft: a match implies a needed string."""
    texts = {lang: _texts(lang) for lang in ("kk", "ru")}
    checked = 0
    for rule in load_rules():
        for lang, spec in rule.match.items():
            samples = [*texts[lang], *rule.examples[lang]["fire"], *rule.examples[lang]["silent"]]
            for regex in spec.regexes:
                needs = needed_strings(regex)
                for text in samples:
                    if needs is not None and regex.search(text):
                        assert any(n in fold(text) for n in needs), (rule.id, regex.pattern)
                        checked += 1
    assert checked > 50


def test_lemma_anchor_is_in_every_form_with_that_lemma():
    from lexpert.nlp import make_docs
    from lexpert.nlp.pipeline import lemma_anchor

    lemmas_seen = 0
    for doc in make_docs(_texts("ru"), "ru"):
        for token in doc:
            if token.is_alpha:
                assert lemma_anchor("ru", token.lemma_) in fold(token.text), (token.text, token.lemma_)
                lemmas_seen += 1
    assert lemmas_seen > 1000
    assert lemma_anchor("ru", "срок") == "срок"
    assert lemma_anchor("kk", "мерзім") is None


def test_libyaml_reads_the_rules_as_the_python_parser_does():
    lexicon = DATA_DIR.parent / "lexicon"
    paths = [*sorted(DATA_DIR.rglob("*.yaml")), *sorted(CHECKS_DIR.glob("*.yaml")), DATA_DIR.parent / "factors.yaml"]
    paths += sorted(lexicon.rglob("*.yaml"))
    assert lexicon / "actors.yaml" in paths
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert parse_yaml(text) == yaml.safe_load(text), path


def test_check_of_a_draft_without_token_pattern_candidates_does_not_import_spacy(tmp_path):
    import subprocess

    draft = tmp_path / "draft.txt"
    draft.write_text("1. Уполномоченный орган вправе отказать в выдаче разрешения.\n", encoding="utf-8")
    code = (
        "import sys; from lexpert.check import check_paths; "
        f"check_paths([{str(draft)!r}]); print('spacy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_spacy_cli_is_deferred_until_asked_for():
    import subprocess

    code = (
        "import sys; from lexpert.nlp import get_nlp; get_nlp('ru'); "
        "print(any(m.split('.')[0] in ('weasel', 'httpx', 'requests') for m in sys.modules)); "
        "import spacy; from spacy.cli import info; print(callable(info), callable(spacy.cli.download), "
        "'weasel' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True", "True"]


@pytest.mark.parametrize(
    "pattern,needs",
    [
        ([{"LOWER": "в"}, {"LOWER": "течение"}], (frozenset({"в"}), frozenset({"течение"}))),
        ([{"LOWER": "в", "OP": "?"}, {"LEMMA": "срок"}], (frozenset({"срок"}),)),
        ([{"lower": "в", "op": "*"}, {"ORTH": {"IN": ["Срок", "ЁЖ"]}}], (frozenset({"срок", "еж"}),)),
        ([{"LOWER": {"REGEX": "^қоным"}}, {"LOWER": {"REGEX": "^аб?"}}, {"LOWER": {"NOT_IN": ["x"]}}], (frozenset({"қоным"}),)),
        ([{"LEMMA": "мерзім"}, {"POS": "NOUN"}], ()),
    ],
)
def test_token_pattern_needs(pattern, needs):
    from lexpert.rules.engine import _pattern_needs

    lang = "kk" if "мерзім" in str(pattern) else "ru"
    assert _pattern_needs(lang, (pattern,)) == (needs,)


def test_segments_with_finds_exactly_the_segments_holding_a_needed_string():
    """The one-scan lookup of the engine and checks equals testing every segment's folded text."""
    from lexpert.ingest import read_source
    from lexpert.rules.checks import common
    from lexpert.rules.context import build_draft
    from lexpert.rules.engine import _holding, _pattern_needs
    from lexpert.structure import parse_structure

    rules = load_rules()
    compared = 0
    for path in sorted(CORPORA.glob("*/*.txt")):
        lang = path.parent.name
        source = read_source(path)
        draft = build_draft(source, lang, parse_structure(source, lang))
        needs_sets = {needed_strings(r) for rule in rules if lang in rule.match for r in rule.match[lang].regexes}
        needs_sets |= {needed_strings(p[lang]) for p in (common.REFUSAL, common.GRANT_OR_REFUSE, common.DEADLINE)}
        needs_sets |= {frozenset({"а"}), frozenset({"\n"}), frozenset({". 2"})}  # frequent, separator, across units
        for needs in needs_sets - {None}:
            expected = [seg for seg in draft.segments if any(n in seg.folded for n in needs)]
            assert draft.segments_with(needs) == expected, (path.name, sorted(needs))
            compared += 1
        for rule in rules:
            spec = rule.match.get(lang)
            if spec is None or not spec.patterns:
                continue
            needs = _pattern_needs(lang, spec.patterns)
            holding = _holding(draft, needs)
            wanted = {
                i for i, seg in enumerate(draft.segments)
                if any(all(any(s in seg.folded for s in token) for token in pattern) for pattern in needs)
            }
            assert holding is None or holding == wanted, (path.name, rule.id)
    assert compared > 100


def test_pool_of_a_large_batch_is_warmed_once_and_finds_what_one_process_finds():
    """From four files per worker on, the parent loads readers and pipelines before forking."""
    import json
    import multiprocessing
    import subprocess

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the parent warms the workers only with the fork start method")
    drafts = sorted(str(p) for p in CORPORA.glob("*/*") if p.suffix in (".txt", ".docx"))
    assert len(drafts) >= 8 and any(d.endswith(".docx") for d in drafts)
    code = (
        "import json, sys; from lexpert.batch import CheckOptions, run\n"
        "def results(jobs): return [r.to_dict() for r in run(sys.argv[1:], CheckOptions(jobs=jobs, progress=False)).results]\n"
        "two = results(2)\n"
        "warmed = ['lexpert.ingest.docx_reader' in sys.modules, 'spacy' in sys.modules]\n"
        "one = results(1)\n"
        "print(json.dumps([one == two, sum(len(r['findings']) for r in one), *warmed]))"
    )
    done = subprocess.run([sys.executable, "-c", code, *drafts], capture_output=True, text=True, check=True)
    same, findings, reader_loaded, spacy_loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert same and findings > 10
    assert reader_loaded and spacy_loaded  # in the parent, after the jobs=2 run only
