"""``check``: read a draft, find its structure and run the rules over its norms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from lexpert.errors import LexpertError
from lexpert.findings import DocumentResult
from lexpert.ingest.model import SourceText
from lexpert.rules.context import build_draft
from lexpert.rules.engine import run_rules
from lexpert.rules.loader import load_rules, select_rules
from lexpert.rules.model import Rule
from lexpert.structure.model import Unit

_WORD = re.compile(r"\w+")


def word_count(text: str) -> int:
    """Words as :attr:`DocumentResult.words` counts them: runs of word characters."""
    return len(_WORD.findall(text))


def _title(root: Unit) -> str:
    for unit in root.walk():
        if unit.role == "title" or unit.kind == "title":
            return " ".join(unit.text.split())[:300]
    return ""


def check_source(
    source: SourceText,
    *,
    lang: str | None = None,
    rules: list[Rule] | None = None,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    report_lang: str | None = None,
) -> DocumentResult:
    """Findings of the rules in one draft already read."""
    from lexpert.lang import detect_language
    from lexpert.structure import parse_structure

    lang = lang or detect_language(source.text)
    active = select_rules(rules if rules is not None else load_rules(), select, ignore)
    root = parse_structure(source, lang)
    draft = build_draft(source, lang, root)
    findings = run_rules(draft, active, report_lang)
    return DocumentResult(
        path=source.path,
        lang=lang,
        findings=findings,
        title=_title(root),
        words=word_count(source.text),
    )


def check_paths(
    paths: Iterable[str | Path],
    *,
    lang: str | None = None,
    rules: list[Rule] | None = None,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    report_lang: str | None = None,
) -> tuple[list[DocumentResult], dict[str, SourceText]]:
    """Check each file; a file that cannot be read gets a result with its error, and the batch goes on."""
    from lexpert.ingest import read_source

    active = select_rules(rules if rules is not None else load_rules(), select, ignore)
    results: list[DocumentResult] = []
    sources: dict[str, SourceText] = {}
    for path in paths:
        try:
            source = read_source(path)
        except LexpertError as exc:
            results.append(DocumentResult(path=str(path), lang=lang or "", errors=[exc.message]))
            continue
        sources[source.path] = source
        results.append(check_source(source, lang=lang, rules=active, report_lang=report_lang))
    return results, sources
