"""Suppressions: accepted findings that a check must not report again.

Three sources, each with a required reason:

- the configuration (``[[suppress]]``: file + structural address (``*``: the whole file) + rule);
- an inline marker in a ``.txt``/``.md`` draft, ``lexpert: ignore RULE — reason``
  (in Markdown inside ``<!-- … -->``), on the norm's line or alone on the line before it;
- a Word comment on the norm in a ``.docx`` draft whose text starts with the same marker
  (read with the draft: :attr:`SourceText.comments`).

``RULE`` is a rule id, a factor id, a comma-separated list of them, or ``all``.
A suppression that matched nothing is reported as unused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from lexpert.config import Suppression
from lexpert.findings import DocumentResult, Finding, normalise
from lexpert.ingest.model import SourceText

_MARKER = re.compile(
    r"lexpert:\s*ignore\s+(?P<rules>[\w\-]+(?:\s*,\s*[\w\-]+)*)\s*(?:—|–|--)\s*(?P<reason>[^\s>].*?)\s*(?:-->)?\s*$",
    re.IGNORECASE,
)
_BARE_MARKER = re.compile(r"lexpert:\s*ignore\b", re.IGNORECASE)


@dataclass
class Marker:
    """One suppression with where it came from and whether it matched."""

    rules: frozenset[str]
    reason: str
    origin: str  # e.g. "law.txt:12" or "lexpert.toml: suppress #2"
    line: int | None = None  # inline markers: the line of the norm
    address: str | None = None  # config entries: the structural address
    matched: int = 0

    def covers(self, finding: Finding) -> bool:
        """True when this suppression applies to ``finding``."""
        if not ({"all", finding.rule, finding.factor} & self.rules):
            return False
        if self.line is not None:
            return finding.line <= self.line <= max(finding.end_line, finding.line)
        wanted = normalise(self.address or "")
        return wanted == "*" or wanted in {normalise(a) for a in finding.address.values()}


@dataclass
class SuppressionReport:
    """What suppression did to one document."""

    suppressed: list[tuple[Finding, Marker]] = field(default_factory=list)
    unused: list[Marker] = field(default_factory=list)
    malformed: list[str] = field(default_factory=list)


def inline_markers(source: SourceText) -> tuple[list[Marker], list[str]]:
    """Markers written in the draft itself, and the lines whose marker lacks a rule or reason."""
    if source.format == "docx":
        return _docx_markers(source)
    markers: list[Marker] = []
    malformed: list[str] = []
    if not _BARE_MARKER.search(source.text):  # the usual case: one scan instead of one per line
        return markers, malformed
    lines = source.text.split("\n")
    for index, line in enumerate(lines):
        if not _BARE_MARKER.search(line):
            continue
        number = index + 1
        match = _MARKER.search(line)
        if not match:
            malformed.append(f"{source.path}:{number}: a suppression needs a rule and a reason: 'lexpert: ignore RULE — reason'")
            continue
        before = line[: match.start()].replace("<!--", "").strip()
        target = number if before else _next_text_line(lines, index)
        markers.append(_marker(match, f"{source.path}:{number}", line=target))
    return markers, malformed


def config_markers(entries: tuple[Suppression, ...], draft: Path, root: Path, origin: str) -> list[Marker]:
    """Configuration suppressions that name ``draft`` (paths relative to the config folder)."""
    result = []
    for number, entry in enumerate(entries, 1):
        if _same_file(draft, root / entry.file):
            rules = frozenset(r.strip() for r in entry.rule.split(",") if r.strip())
            result.append(Marker(rules, entry.reason, f"{origin}: suppress #{number}", address=entry.address))
    return result


def apply(result: DocumentResult, markers: list[Marker]) -> SuppressionReport:
    """Remove suppressed findings from ``result`` in place; report what was used and unused."""
    report = SuppressionReport()
    kept = []
    for finding in result.findings:
        marker = next((m for m in markers if m.covers(finding)), None)
        if marker is None:
            kept.append(finding)
        else:
            marker.matched += 1
            report.suppressed.append((finding, marker))
    result.findings = kept
    report.unused = [m for m in markers if not m.matched]
    return report


def _marker(match: re.Match[str], origin: str, *, line: int | None) -> Marker:
    rules = frozenset(r.strip() for r in match["rules"].split(","))
    return Marker(rules, match["reason"].strip(), origin, line=line)


def _next_text_line(lines: list[str], index: int) -> int | None:
    for later in range(index + 1, len(lines)):
        if lines[later].strip():
            return later + 1
    return None


def _docx_markers(source: SourceText) -> tuple[list[Marker], list[str]]:
    """Word comments starting with the marker, mapped to the line of the paragraph they anchor."""
    if not source.comments:
        return [], []
    paragraph_line = {b.source_index: source.line_of(b.start) for b in source.blocks if b.source_index is not None}
    markers: list[Marker] = []
    malformed: list[str] = []
    for index, text in source.comments:
        if not _BARE_MARKER.match(text):
            continue
        line = paragraph_line.get(index)
        match = _MARKER.match(text)
        if match is None:
            malformed.append(f"{source.path}: Word comment '{text[:60]}' needs a rule and a reason")
        elif line is not None:
            markers.append(_marker(match, f"{source.path}:{line} (Word comment)", line=line))
    return markers, malformed


def _same_file(draft: Path, named: Path) -> bool:
    try:
        return draft.resolve() == named.resolve()
    except OSError:
        return PurePath(draft).as_posix().endswith(PurePath(named).as_posix())
