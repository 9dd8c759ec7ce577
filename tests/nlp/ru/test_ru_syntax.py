"""Lazy Russian syntax with slovnet, and the repair of broken trees."""

from __future__ import annotations

import pytest

from lexpert.errors import LexpertError
from lexpert.nlp import make_doc, parse_sentence, parse_sentences, repair_heads


def is_tree(heads: list[int]) -> bool:
    """One root and every token reaches it (CoNLL heads, 1-based, 0 = root)."""
    if heads.count(0) != 1:
        return False
    for start in range(1, len(heads) + 1):
        seen, node = set(), start
        while node:
            if node in seen:
                return False
            seen.add(node)
            node = heads[node - 1]
    return True


def test_ru_syntax_parses_the_requested_sentence():
    doc = make_doc("Статья 5. Права органа\nУполномоченный орган вправе отказать в выдаче разрешения.", "ru")
    sentence = list(doc.sents)[1]
    parsed = parse_sentence(sentence)
    assert [t.text for t in parsed] == [t.text for t in sentence]
    assert [t.lemma_ for t in parsed] == [t.lemma_ for t in sentence]
    roots = [t for t in parsed if t.dep_ == "ROOT"]
    assert [t.text for t in roots] == ["вправе"]
    by_text = {t.text: t for t in parsed}
    assert by_text["орган"].dep_ == "nsubj" and by_text["орган"].head.text == "вправе"
    assert by_text["в"].dep_ == "case" and by_text["в"].head.text == "выдаче"
    assert by_text["Уполномоченный"].head.text == "орган"


def test_ru_syntax_parses_only_given_sentences_in_batch():
    doc = make_doc("Аким утверждает план. Маслихат рассматривает отчет. Комиссия принимает решение.", "ru")
    chosen = [list(doc.sents)[0], list(doc.sents)[2]]
    parsed = parse_sentences(chosen)
    assert [d.text for d in parsed] == [s.text for s in chosen]
    assert all(len(list(d.sents)) == 1 for d in parsed)


def test_ru_syntax_refuses_kazakh():
    import spacy
    doc = spacy.blank("xx")("Әкім шешім қабылдайды.")
    with pytest.raises(LexpertError):
        parse_sentence(doc)


@pytest.mark.parametrize(
    "broken",
    [
        [2, 3, 1, 0],        # a cycle beside the root
        [2, 1, 4, 3],        # two cycles, no root
        [0, 0, 1, 3],        # two roots
        [1, 5, 0, 9],        # a self-loop and heads out of range
        [3, 3, 0, 2, 4, 5],  # a self-loop inside a chain
        [0],
    ],
)
def test_repair_heads_gives_a_tree(broken):
    repaired = repair_heads(broken)
    assert is_tree(repaired)
    assert len(repaired) == len(broken)


def test_repair_heads_keeps_a_valid_tree():
    heads = [2, 3, 0, 3, 4]
    assert repair_heads(heads) == heads


def test_repair_heads_attaches_cycle_and_extra_root_to_the_root():
    assert repair_heads([2, 3, 1, 0]) == [4, 3, 1, 0]
    assert repair_heads([0, 0, 1, 3]) == [0, 1, 1, 3]


def test_ru_syntax_keeps_whitespace_tokens_in_the_tree():
    doc = make_doc("Аким  утверждает\n план.", "ru")
    parsed = parse_sentence(doc)
    assert parsed.text == doc.text
    assert sum(1 for t in parsed if t.dep_ == "ROOT") == 1
    assert all(t.head.i < len(parsed) for t in parsed)
    assert len(list(parsed.sents)) == 1
