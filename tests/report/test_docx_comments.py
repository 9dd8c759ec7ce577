"""Annotated .docx: one Word comment per finding on exactly the flagged words; the draft's text untouched."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from lexpert.errors import InputError
from lexpert.report import render
from lexpert.report.context import factor_name


def _paragraph_texts(document) -> list[str]:
    """Text of every w:p of the body (tables included), run by run."""
    return [
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for p in document.element.body.iter(qn("w:p"))
    ]


def _runs(document) -> list[str]:
    return [
        "".join(t.text or "" for t in r.iter(qn("w:t")))
        for r in document.element.body.iter(qn("w:r"))
    ]


def _commented_text(document) -> dict[str, str]:
    """Comment id -> the text between its commentRangeStart and commentRangeEnd."""
    open_ranges: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            cid = element.get(qn("w:id"))
            done[cid] = "".join(open_ranges.pop(cid))
        elif element.tag == qn("w:t"):
            for parts in open_ranges.values():
                parts.append(element.text or "")
    return done


def _annotate(result, source, report_lang=None):
    data = render("docx-comments", [result], {source.path: source}, report_lang=report_lang)
    assert isinstance(data, bytes)
    return docx.Document(io.BytesIO(data))


def _check(result, source, report_lang: str) -> None:
    path = Path(result.path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    original = docx.Document(path)
    annotated = _annotate(result, source, report_lang)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert _paragraph_texts(annotated) == _paragraph_texts(original)
    assert "".join(_runs(annotated)) == "".join(_runs(original))
    comments = list(annotated.comments)
    assert len(comments) == len(result.findings) > 0
    spans = _commented_text(annotated)
    findings = sorted(result.findings, key=lambda f: f.start)
    for comment, f in zip(sorted(comments, key=lambda c: c.comment_id), findings):
        assert spans[str(comment.comment_id)] == f.quote
        assert factor_name(f.factor, report_lang) in comment.text
        assert f.suggestion in comment.text
        assert comment.author == "lexpert"


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("report_lang", ["kk", "ru", "en"])
def test_comments_on_the_sample_drafts(checked, lang: str, report_lang: str) -> None:
    result, source = checked[(lang, "docx")]
    _check(result, source, report_lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_comments_split_runs_in_tables_and_numbered_items(made_docx, lang: str) -> None:
    result, source = made_docx[lang]
    assert any(b.prefix for b in source.blocks) and any(b.kind == "table-cell" for b in source.blocks)
    _check(result, source, lang)


def test_comments_need_exactly_one_docx(checked) -> None:
    result, source = checked[("ru", "txt")]
    with pytest.raises(InputError, match="docx"):
        render("docx-comments", [result], {source.path: source})
    docx_result, docx_source = checked[("ru", "docx")]
    kk_result, kk_source = checked[("kk", "docx")]
    with pytest.raises(InputError, match="one .docx"):
        render("docx-comments", [docx_result, kk_result], {docx_source.path: docx_source, kk_source.path: kk_source})
