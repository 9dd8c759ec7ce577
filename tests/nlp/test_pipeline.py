"""The NLP entry point: cached pipelines, batched Docs, backends, and the Kazakh side."""

from __future__ import annotations

import pytest
import spacy

import lexpert.nlp.kk  # noqa: F401  (registers "kk" and "kk_morph")
from lexpert.errors import LexpertError
from lexpert.nlp import get_backend, get_nlp, make_doc, make_docs, register_backend


needs_kazakh = pytest.mark.skipif(
    "kk" not in spacy.registry.languages or "kk_morph" not in spacy.registry.factories.get_all(),
    reason="lexpert.nlp.kk does not register 'kk'/'kk_morph' yet",
)


def test_get_nlp_is_cached_and_uses_no_downloaded_model():
    nlp = get_nlp("ru")
    assert get_nlp("ru") is nlp
    assert nlp.lang == "ru"
    assert nlp.pipe_names == ["legal_sentences", "ru_morph"]
    assert nlp.meta.get("name") == "pipeline"  # a blank pipeline, not a packaged model


def test_make_docs_keeps_order_and_annotates_every_text():
    texts = [f"Аким утверждает план № {n}." for n in range(50)] + ["", "Маслихат рассматривает отчет."]
    docs = list(make_docs(texts, "ru", batch_size=8))
    assert [d.text for d in docs] == texts
    last = docs[-1]
    assert [t.lemma_ for t in last] == ["маслихат", "рассматривать", "отчет", "."]
    assert [t.pos_ for t in last] == ["NOUN", "VERB", "NOUN", "PUNCT"]
    assert last[0].morph.get("Case") == ["Nom"]
    assert last[0].is_sent_start


def test_make_doc_sentence_starts():
    doc = make_doc("Аким утверждает план. Маслихат его рассматривает.", "ru")
    assert [s.text for s in doc.sents] == ["Аким утверждает план.", "Маслихат его рассматривает."]


def test_unknown_language_is_a_clear_error():
    with pytest.raises(LexpertError, match="unsupported language 'en'"):
        get_nlp("en")


def test_backend_registry_is_pluggable():
    class TinyBackend:
        name = "tiny-test"
        languages = frozenset({"ru"})

        def build(self, lang: str) -> spacy.language.Language:
            return spacy.blank(lang)

    register_backend(TinyBackend())
    assert get_backend("tiny-test").build("ru").lang == "ru"
    assert get_nlp("ru", backend="tiny-test").pipe_names == []
    with pytest.raises(LexpertError, match="no 'kk' pipeline"):
        get_nlp("kk", backend="tiny-test")
    with pytest.raises(LexpertError, match="unknown NLP backend"):
        get_backend("missing")


@needs_kazakh
@pytest.mark.parametrize(
    "text,count",
    [
        ("Құжаттар, анықтамалар т.б. ұсынылады.", 1),
        ("Құжаттар, анықтамалар т.б. Өтініш қаралады.", 2),
        ("Тізбеге көлік, жер т.с.с. Басқа мүлік енгізілмейді.", 2),
        ("ҚР Үкіметі қаулы қабылдайды.", 1),
        ("5-бап. Әкімдіктің құзыреті\n1) жоспарды бекітеді;\n2) есепті қарайды.", 3),
        ("1. Әкім шешім қабылдайды. 2. Мәслихат есепті қарайды.", 2),
    ],
)
def test_kk_sentences(text, count):
    assert len(list(make_doc(text, "kk").sents)) == count


@needs_kazakh
@pytest.mark.parametrize("abbreviation", ["т.б.", "т.с.с.", "ҚР", "1)"])
def test_kk_legal_abbreviations_stay_whole(abbreviation):
    assert abbreviation in [t.text for t in make_doc(f"Құжаттар {abbreviation} ұсынылады", "kk")]


@needs_kazakh
def test_kk_tokens_carry_lemma_pos_and_sentence_starts():
    doc = make_doc("Әкімдік шешім қабылдайды.", "kk")
    assert doc[0].is_sent_start
    assert all(t.lemma_ == t.lemma_.lower() for t in doc)
    assert all(t.pos_ for t in doc)
    assert get_nlp("kk").pipe_names == ["legal_sentences", "kk_morph"]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_tokenizer_cache_is_large_and_changes_no_token(lang):
    from pathlib import Path

    from lexpert.nlp.pipeline import TOKENIZER_CACHE

    nlp = get_nlp(lang)
    assert nlp.tokenizer.max_cache_size >= TOKENIZER_CACHE
    folder = Path(__file__).resolve().parents[2] / "corpora" / lang
    lines = [line for path in sorted(folder.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    uncached = nlp.tokenizer.__class__(
        nlp.vocab, rules=nlp.tokenizer.rules, prefix_search=nlp.tokenizer.prefix_search,
        suffix_search=nlp.tokenizer.suffix_search, infix_finditer=nlp.tokenizer.infix_finditer,
        token_match=nlp.tokenizer.token_match, url_match=nlp.tokenizer.url_match, max_cache_size=0,
    )
    for _ in range(2):  # the second pass reads the cache
        assert [[t.text for t in nlp.tokenizer(line)] for line in lines] == [[t.text for t in uncached(line)] for line in lines]


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_restores_the_collector(enabled):
    import gc

    from lexpert.nlp.pipeline import _collector_paused

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with _collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), _collector_paused():
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
