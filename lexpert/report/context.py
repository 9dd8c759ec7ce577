"""The view model every renderer reads: documents, their findings and summaries, in one language."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from lexpert import __version__
from lexpert.findings import CONFIDENCES, SEVERITIES, DocumentResult, Finding
from lexpert.ingest.model import SourceText
from lexpert.report.i18n import REPORT_LANGS, t
from lexpert.report.risk import Risk, assess
from lexpert.rules.factors import Factor, load_factors

# Colour-blind-friendly palette (Okabe-Ito, Tol), one colour per factor in catalogue order.
PALETTE = (
    "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#0072B2", "#F0E442", "#882255",
    "#44AA99", "#AA4499", "#999933", "#117733", "#DDCC77", "#332288", "#88CCEE", "#661100",
)
EXCERPT = 160  # characters of context kept on each side of a quote


@dataclass
class FindingView:
    """One finding as shown: numbered, localised, with its norm split around the quote."""

    n: int
    finding: Finding
    address: str
    factor_name: str
    factor_refs: list[str]
    color: str
    severity: str
    confidence: str
    before: str
    quote: str
    after: str

    @property
    def anchor(self) -> str:
        """HTML id of the finding's mark in the text."""
        return f"f{self.n}"


@dataclass
class FactorCount:
    """How many findings one factor has in a document (or a batch)."""

    id: str
    name: str
    color: str
    count: int
    by_severity: dict[str, int]


@dataclass
class DocView:
    """One draft with everything a report shows about it."""

    result: DocumentResult
    source: SourceText | None
    lang: str
    path: str
    title: str
    words: int
    risk: Risk
    findings: list[FindingView]
    factors: list[FactorCount]
    by_severity: dict[str, int]
    groups: list[tuple[str, list[FindingView]]] = field(default_factory=list)
    slug: str = "doc1"


def report_lang(requested: str | None, draft_lang: str) -> str:
    """The language a report is written in: the requested one, else the draft's."""
    if requested in REPORT_LANGS:
        return requested
    return draft_lang if draft_lang in REPORT_LANGS else "ru"


def display_path(path: str) -> str:
    """A path as reports show it: relative to the working directory when inside it, with ``/``."""
    if path == "-":
        return path
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.as_posix()
    return PurePath(os.path.normpath(p)).as_posix()


def factor_color(factor_id: str) -> str:
    """The colour of a factor (stable: its position in the catalogue)."""
    ids = list(load_factors())
    index = ids.index(factor_id) if factor_id in ids else len(ids) + sum(map(ord, factor_id))
    return PALETTE[index % len(PALETTE)]


def factor_name(factor_id: str, lang: str) -> str:
    """The factor's name in ``lang`` (its id when the catalogue does not know it)."""
    factor = load_factors().get(factor_id)
    return factor.name[lang] if factor else factor_id


def factor_refs(factor: Factor | None, lang: str, fallback: list[str]) -> list[str]:
    """Methodology references of a factor, localised."""
    if factor is None:
        return list(fallback)
    refs = [t("decree96_ref", lang, item=factor.decree96)] if factor.decree96 else []
    if factor.kz:
        refs.append(t("kz_basis", lang))
    refs.extend(factor.other)
    return refs


def localized_address(finding: Finding, lang: str, draft_lang: str) -> str:
    """The structural address in the report language (the draft's for English)."""
    for key in (lang, draft_lang, "ru", "kk"):
        if finding.address.get(key):
            return finding.address[key]
    return t("line", lang, n=finding.line)


def _excerpt(finding: Finding, source: SourceText | None) -> tuple[str, str, str]:
    quote = finding.quote
    context = finding.norm
    pos = context.find(quote) if context and quote else -1
    if pos < 0 and source is not None and source.text[finding.start:finding.end] == quote:
        line_start = source.text.rfind("\n", 0, finding.start) + 1
        line_end = source.text.find("\n", finding.end)
        context = source.text[line_start:line_end if line_end != -1 else len(source.text)]
        pos = finding.start - line_start
    if pos < 0:
        return "", quote, ""
    before, after = context[:pos], context[pos + len(quote):]
    if len(before) > EXCERPT:
        before = "…" + before[-EXCERPT:].split(" ", 1)[-1]
    if len(after) > EXCERPT:
        after = after[:EXCERPT].rsplit(" ", 1)[0] + "…"
    return before, quote, after


def finding_views(result: DocumentResult, source: SourceText | None, lang: str) -> list[FindingView]:
    """The findings of a draft in document order, numbered from 1."""
    catalogue = load_factors()
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    ordered = sorted(result.findings, key=lambda f: (f.start, rank.get(f.severity, 9), f.end, f.rule))
    views = []
    for n, f in enumerate(ordered, 1):
        before, quote, after = _excerpt(f, source)
        views.append(
            FindingView(
                n=n,
                finding=f,
                address=localized_address(f, lang, result.lang),
                factor_name=factor_name(f.factor, lang),
                factor_refs=factor_refs(catalogue.get(f.factor), lang, f.references),
                color=factor_color(f.factor),
                severity=t(f"severity_{f.severity}", lang) if f.severity in SEVERITIES else f.severity,
                confidence=t(f"confidence_{f.confidence}", lang) if f.confidence in CONFIDENCES else f.confidence,
                before=before,
                quote=quote,
                after=after,
            )
        )
    return views


def factor_counts(findings: list[Finding], lang: str) -> list[FactorCount]:
    """Counts per factor (catalogue order, unknown factors last) with a per-severity split."""
    order = {fid: i for i, fid in enumerate(load_factors())}
    counts: dict[str, Counter] = {}
    for f in findings:
        counts.setdefault(f.factor, Counter())[f.severity] += 1
    return [
        FactorCount(fid, factor_name(fid, lang), factor_color(fid), sum(c.values()), {s: c[s] for s in SEVERITIES})
        for fid, c in sorted(counts.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    ]


def severity_counts(findings: list[Finding]) -> dict[str, int]:
    """Counts per severity, most severe first."""
    counter = Counter(f.severity for f in findings)
    return {s: counter[s] for s in SEVERITIES}


def word_count(result: DocumentResult, source: SourceText | None) -> int:
    """Words of the draft: the checker's count, else counted in the text as read."""
    if result.words:
        return result.words
    return len(source.text.split()) if source is not None else 0


def document_view(result: DocumentResult, source: SourceText | None, requested_lang: str | None, n: int = 1) -> DocView:
    """Build the view of one draft."""
    lang = report_lang(requested_lang, result.lang)
    views = finding_views(result, source, lang)
    groups: dict[str, list[FindingView]] = {}
    for view in views:
        groups.setdefault(view.address, []).append(view)
    words = word_count(result, source)
    path = display_path(result.path)
    return DocView(
        result=result,
        source=source,
        lang=lang,
        path=path,
        title=result.title or PurePath(path).name,
        words=words,
        risk=assess(result.findings, words),
        findings=views,
        factors=factor_counts(result.findings, lang),
        by_severity=severity_counts(result.findings),
        groups=list(groups.items()),
        slug=f"doc{n}",
    )


def document_views(
    results: list[DocumentResult], sources: dict[str, SourceText], requested_lang: str | None
) -> list[DocView]:
    """Views of all drafts, in input order."""
    return [document_view(r, sources.get(r.path), requested_lang, i) for i, r in enumerate(results, 1)]


def batch_lang(views: list[DocView], requested_lang: str | None) -> str:
    """The language of the parts of a report that cover several drafts."""
    if requested_lang in REPORT_LANGS:
        return requested_lang
    return views[0].lang if views else "ru"


def today() -> str:
    """Today's date as reports print it (ISO, local time)."""
    return dt.date.today().isoformat()


def version() -> str:
    """The lexpert version reports name."""
    return __version__
