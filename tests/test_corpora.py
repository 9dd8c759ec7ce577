"""The bundled sample drafts: planted factors, kk/ru parity and their .docx versions."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import docx
import pytest
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpora"
LANGS = ("kk", "ru")
FACTORS = {
    "broad-discretion",
    "may-instead-of-must",
    "missing-deadline",
    "open-list-of-grounds",
    "open-list-of-documents",
    "excessive-requirements",
    "blanket-delegation",
    "unclear-competence",
    "legal-linguistic-uncertainty",
    "dangling-reference",
    "no-competitive-procedure",
    "no-admin-procedure",
}
KEYS = {"file", "line", "factor", "quote", "actor", "confidence", "why"}
ITEM = re.compile(r"^(?:\d+\. |\s+\d+\) )")
VISIBLE_NUMBER = re.compile(r"^\s*\d+[.)] ")


def _stems() -> list[str]:
    return sorted(p.stem for p in (CORPORA / "kk").glob("*.txt"))


def _lines(relative: str) -> list[str]:
    return (CORPORA / relative).read_text(encoding="utf-8").split("\n")


def _planted() -> list[dict]:
    text = (CORPORA / "planted.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _numbered(document: docx.document.Document) -> list[tuple[int, str]]:
    """(ilvl, text) of every paragraph that carries Word numbering."""
    items = []
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            items.append((int(num_pr.find(qn("w:ilvl")).get(qn("w:val"))), paragraph.text))
    return items


def _builder() -> ModuleType:
    path = ROOT / "scripts" / "build_corpora_docx.py"
    spec = importlib.util.spec_from_file_location("build_corpora_docx", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_three_drafts_in_each_language_with_the_same_stems() -> None:
    kk = {p.name for p in (CORPORA / "kk").glob("*.txt")}
    ru = {p.name for p in (CORPORA / "ru").glob("*.txt")}
    assert len(kk) == 3
    assert kk == ru


@pytest.mark.parametrize("stem", _stems())
def test_kk_and_ru_paragraphs_are_aligned(stem: str) -> None:
    kk, ru = _lines(f"kk/{stem}.txt"), _lines(f"ru/{stem}.txt")
    assert len(kk) == len(ru)
    for number, (left, right) in enumerate(zip(kk, ru), start=1):
        left_number, right_number = ITEM.match(left), ITEM.match(right)
        left_label = left_number.group() if left_number else None
        right_label = right_number.group() if right_number else None
        assert left_label == right_label, number
        assert bool(left.strip()) == bool(right.strip()), number


def test_planted_records_are_well_formed_and_quotes_are_on_their_lines() -> None:
    for record in _planted():
        assert set(record) == KEYS, record
        assert record["factor"] in FACTORS, record
        assert record["confidence"] in {"high", "medium"}, record
        lines = _lines(record["file"])
        assert 1 <= record["line"] <= len(lines), record
        assert record["quote"] in lines[record["line"] - 1], record


@pytest.mark.parametrize("lang", LANGS)
def test_every_factor_is_planted_at_least_twice_per_language(lang: str) -> None:
    counts = Counter(r["factor"] for r in _planted() if r["file"].startswith(f"{lang}/"))
    assert {factor: counts[factor] for factor in FACTORS if counts[factor] < 2} == {}


def test_kk_and_ru_carry_the_same_planted_factors_on_the_same_lines() -> None:
    def units(lang: str) -> set[tuple[str, int, str]]:
        return {
            (Path(r["file"]).stem, r["line"], r["factor"])
            for r in _planted()
            if r["file"].startswith(f"{lang}/")
        }

    assert units("kk") == units("ru")


@pytest.mark.parametrize("lang", LANGS)
def test_planted_norms_are_a_minority_of_the_points(lang: str) -> None:
    planted = {(r["file"], r["line"]) for r in _planted() if r["file"].startswith(f"{lang}/")}
    items = sum(
        1 for stem in _stems() for line in _lines(f"{lang}/{stem}.txt") if ITEM.match(line)
    )
    assert 0.15 <= len(planted) / items <= 0.35


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stem", _stems())
def test_docx_numbers_points_with_word_numbering(lang: str, stem: str) -> None:
    path = CORPORA / lang / f"{stem}.docx"
    assert path.is_file()
    items = _numbered(docx.Document(str(path)))
    text_items = [line for line in _lines(f"{lang}/{stem}.txt") if ITEM.match(line)]
    assert len(items) == len(text_items)
    assert [level for level, _ in items] == [int(line[0].isspace()) for line in text_items]
    assert not [text for _, text in items if VISIBLE_NUMBER.match(text)]


@pytest.mark.parametrize("stem", _stems())
def test_kk_and_ru_docx_have_the_same_numbered_points(stem: str) -> None:
    kk = _numbered(docx.Document(str(CORPORA / "kk" / f"{stem}.docx")))
    ru = _numbered(docx.Document(str(CORPORA / "ru" / f"{stem}.docx")))
    assert [level for level, _ in kk] == [level for level, _ in ru]


def test_committed_docx_files_are_up_to_date_and_builds_are_deterministic() -> None:
    builder = _builder()
    for txt in builder.drafts(CORPORA):
        first = builder.render(txt)
        assert first == builder.render(txt), txt
        assert first == txt.with_suffix(".docx").read_bytes(), f"{txt} changed: rebuild the .docx"


def test_numbering_restarts_where_the_text_restarts(tmp_path: Path) -> None:
    builder = _builder()
    lang_dir = tmp_path / "ru"
    lang_dir.mkdir()
    draft = lang_dir / "sample.txt"
    draft.write_text(
        "1. Первый.\n\n2. Второй:\n\n   1) подпункт;\n\n   2) подпункт.\n\n"
        "### Статья 2. Заголовок\n\n1. Снова первый.\n\n   1) подпункт.\n",
        encoding="utf-8",
    )
    assert builder.main([str(tmp_path)]) == 0
    document = docx.Document(str(lang_dir / "sample.docx"))
    numbering = document.part.numbering_part.element
    nums = {}
    for paragraph in document.paragraphs:
        num_pr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            num_id = num_pr.find(qn("w:numId")).get(qn("w:val"))
            nums.setdefault(num_id, []).append(paragraph.text)
    assert list(nums.values()) == [
        ["Первый.", "Второй:", "подпункт;", "подпункт."],
        ["Снова первый.", "подпункт."],
    ]
    formats = numbering.xpath("w:abstractNum[last()]/w:lvl/w:lvlText/@w:val")
    assert formats[:2] == ["%1.", "%2)"]
    assert builder.main(["--check", str(tmp_path)]) == 0
    draft.write_text("1. Изменено.\n", encoding="utf-8")
    assert builder.main(["--check", str(tmp_path)]) == 1
