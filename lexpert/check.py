"""``check``: read a draft, find its structure and run the rules over its norms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path

from lexpert.config import Config, Suppression
from lexpert.errors import ExitCode, LexpertError
from lexpert.findings import SEVERITIES, DocumentResult
from lexpert.ingest.model import SourceText
from lexpert.rules.context import build_draft
from lexpert.rules.engine import run_rules
from lexpert.rules.loader import load_rules, select_rules
from lexpert.rules.model import Rule
from lexpert.structure.model import Unit

_WORD = re.compile(r"\w+")


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
        words=len(_WORD.findall(source.text)),
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


def apply_config_to_findings(results: list[DocumentResult], cfg: Config) -> None:
    """Apply the configured severity overrides and drop suppressed findings, in place."""
    for result in results:
        kept = []
        for f in result.findings:
            level = cfg.severity.get(f.rule) or cfg.severity.get(f.factor)
            if level:
                f.severity = level
            if not any(_suppressed(s, result.path, f.rule, f.factor, f.address, cfg.root) for s in cfg.suppress):
                kept.append(f)
        result.findings = kept


def _suppressed(s: Suppression, path: str, rule: str, factor: str, address: dict[str, str], root: Path) -> bool:
    rel = str(Path(path).resolve().relative_to(root.resolve())) if Path(path).resolve().is_relative_to(root.resolve()) else path
    return (
        (fnmatch(rel, s.file) or fnmatch(path, s.file))
        and s.rule in (rule, factor)
        and s.address in (address.get("ru"), address.get("kk"), "*")
    )


def exit_code(results: list[DocumentResult], fail_on: str, exit_zero: bool) -> int:
    """2 when a draft could not be read, else 1 when a finding reaches ``fail_on``, else 0."""
    if any(r.errors for r in results):
        return ExitCode.ERROR
    if exit_zero or fail_on == "never":
        return ExitCode.OK
    worst = SEVERITIES.index(fail_on)
    failing = any(SEVERITIES.index(f.severity) <= worst for r in results for f in r.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK
