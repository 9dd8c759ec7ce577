"""Checking one file of a batch: read, check, severity overrides, suppressions, changed norms.

Runs in the main process or in a pool worker; each process loads the rules
(and, through :mod:`lexpert.nlp`'s caches, the NLP pipelines) once.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

from lexpert import diff, gitrev, suppress
from lexpert.batch.messages import tr
from lexpert.batch.options import Settings
from lexpert.check import check_source, word_count
from lexpert.errors import LexpertError
from lexpert.findings import DocumentResult, Finding
from lexpert.ingest import SourceText, read_source
from lexpert.lang import detect_language
from lexpert.rules.loader import load_rules, select_rules
from lexpert.rules.model import Rule
from lexpert.structure import parse_structure



@dataclass(frozen=True)
class Task:
    """One file to check; ``old`` is an earlier version to compare with (``lexpert diff``)."""

    index: int
    path: str
    old: str | None = None


@dataclass
class FileOutcome:
    """What checking one file produced."""

    index: int
    result: DocumentResult
    source: SourceText | None = None
    error: str | None = None
    suppressed: int = 0
    notices: list[str] = field(default_factory=list)
    resolved: list[Finding] = field(default_factory=list)
    changes: dict[str, int] | None = None  # norm counts by status, with --since or diff


_RULES: dict[tuple, list[Rule]] = {}


def _rules(settings: Settings) -> list[Rule]:
    """The active rules of ``settings``, loaded once per process."""
    key = (settings.rules_dirs, settings.select, settings.ignore)
    if key not in _RULES:
        _RULES[key] = select_rules(load_rules(settings.rules_dirs), settings.select, settings.ignore)
    return _RULES[key]


def _override_severity(result: DocumentResult, severity: dict[str, str]) -> None:
    """Config severities: a rule id wins over its factor id."""
    for finding in result.findings:
        level = severity.get(finding.rule) or severity.get(finding.factor)
        if level:
            finding.severity = level


def _check(source: SourceText, settings: Settings, lang: str | None) -> DocumentResult:
    result = check_source(source, lang=lang, rules=_rules(settings), report_lang=settings.report_lang)
    _override_severity(result, dict(settings.severity))
    return result


def _suppress(source: SourceText, result: DocumentResult, settings: Settings, outcome: FileOutcome) -> None:
    markers, malformed = suppress.inline_markers(source)
    if source.path != "-":
        markers += suppress.config_markers(settings.suppress, Path(source.path), settings.config_root, settings.config_origin)
    report = suppress.apply(result, markers)
    outcome.suppressed = len(report.suppressed)
    outcome.notices.extend(malformed)
    outcome.notices.extend(
        tr("unused_suppression", origin=m.origin, rules=", ".join(sorted(m.rules))) for m in report.unused
    )


def _changed_only(
    source: SourceText, result: DocumentResult, unsuppressed: list[Finding], old_path: Path | None, label: str, settings: Settings
) -> tuple[list[Finding], dict[str, int]]:
    """Keep the findings of changed or added norms; return what the new version resolved and the norm counts."""
    new_root = parse_structure(source, result.lang)
    if old_path is None:  # new since the revision: every norm is added
        return [], {"added": len(diff.norm_units(new_root)), "changed": 0, "removed": 0, "unchanged": 0}
    old_source = read_source(old_path)
    old_result = _check(old_source, settings, result.lang)
    for finding in old_result.findings:
        finding.path = label
    kept = {id(f) for f in result.findings}
    full = DocumentResult(result.path, result.lang, unsuppressed)
    changes = diff.diff(old_result, parse_structure(old_source, result.lang), full, new_root)
    result.findings = [f for f in changes.new_findings if id(f) in kept]
    counts = Counter(c.status for c in changes.changes)
    return changes.resolved, {s: counts[s] for s in ("added", "changed", "removed", "unchanged")}


def _unchanged(task: Task, source: SourceText, settings: Settings) -> FileOutcome:
    """A file identical at the revision: nothing changed, so nothing to check or report."""
    lang = settings.lang or detect_language(source.text)
    result = DocumentResult(source.path, lang, words=word_count(source.text))
    return FileOutcome(task.index, result, source if settings.keep_sources else None)


def _against_revision(
    source: SourceText, result: DocumentResult, unsuppressed: list[Finding], old: bytes | None, settings: Settings
) -> tuple[list[Finding], dict[str, int]]:
    label = f"{source.path}@{settings.since_label}"
    if old is None:
        return _changed_only(source, result, unsuppressed, None, label, settings)
    with gitrev.temporary_copy(Path(source.path).name, old) as copy:
        return _changed_only(source, result, unsuppressed, copy, label, settings)


def check_file(task: Task, settings: Settings) -> FileOutcome:
    """Check ``task.path``; an unreadable file or an internal error becomes the outcome's error."""
    try:
        source = read_source(task.path)
        commit = settings.since_commit if task.path != "-" else None
        old = gitrev.file_at(Path(task.path), commit) if commit else None
        if old is not None and old == Path(task.path).read_bytes():
            return _unchanged(task, source, settings)
        result = _check(source, settings, settings.lang)
        unsuppressed = list(result.findings)
        outcome = FileOutcome(task.index, result, source if settings.keep_sources else None)
        _suppress(source, result, settings, outcome)
        if task.old is not None:
            outcome.resolved, outcome.changes = _changed_only(source, result, unsuppressed, Path(task.old), task.old, settings)
        elif commit:
            outcome.resolved, outcome.changes = _against_revision(source, result, unsuppressed, old, settings)
        return outcome
    except LexpertError as exc:
        return _failed(task, settings, exc.message)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop the batch
        return _failed(task, settings, f"{task.path}: {tr('internal_error', error=f'{type(exc).__name__}: {exc}')}")


def _failed(task: Task, settings: Settings, message: str) -> FileOutcome:
    return FileOutcome(task.index, DocumentResult(task.path, settings.lang or "", errors=[message]), error=message)


_SETTINGS: Settings | None = None


def warm(settings: Settings, paths: list[str]) -> None:
    """Load the rules, the readers of the container formats among ``paths`` and the NLP
    pipelines of the drafts' languages (both unless ``--lang``).

    Called before forking the pool of a large batch, where some draft will need spaCy:
    the workers inherit them instead of each importing spaCy and building its pipelines.
    """
    from lexpert.ingest.formats import CONTAINER_FORMATS, FORMATS
    from lexpert.nlp import get_nlp

    _rules(settings)
    for fmt in sorted({FORMATS.get(Path(path).suffix.lower()) for path in paths} & set(CONTAINER_FORMATS)):
        import_module(f"lexpert.ingest.{fmt}_reader")
    for lang in (settings.lang,) if settings.lang else ("ru", "kk"):
        get_nlp(lang)


def init_worker(settings: Settings) -> None:
    """Pool initializer: remember the settings and load the rules once."""
    global _SETTINGS
    _SETTINGS = settings
    _rules(settings)


def work(task: Task) -> FileOutcome:
    """Pool entry point."""
    assert _SETTINGS is not None, "init_worker was not called"
    return check_file(task, _SETTINGS)
