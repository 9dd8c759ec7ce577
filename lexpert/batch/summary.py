"""The summary after a batch: drafts ranked by risk index, counts per factor and language, failed files.

The risk index is :func:`lexpert.report.risk.assess`: the sum of the finding
weights (severity error 3, warning 2, info 1, times confidence high 1.0,
medium 0.6, low 0.3) per 1,000 words, a draft shorter than 1,000 words
counting as 1,000.  Drafts are ranked by index, then number of findings, then path.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from lexpert.batch.messages import tr
from lexpert.findings import SEVERITIES, DocumentResult
from lexpert.report.context import factor_name
from lexpert.report.i18n import t
from lexpert.report.risk import assess

TOP = 20  # drafts listed in the text summary
_PAIRS_LINE = {
    "en": "Language pairs compared: {pairs}; discrepancies between the versions: {found}",
    "ru": "Сверено языковых пар: {pairs}; расхождений между версиями: {found}",
    "kk": "Салыстырылған тілдік жұптар: {pairs}; нұсқалар арасындағы сәйкессіздіктер: {found}",
}


@dataclass(frozen=True)
class RankedDraft:
    """One checked draft with its risk."""

    path: str
    lang: str
    words: int
    findings: int
    index: float
    level: str


@dataclass
class BatchSummary:
    """Aggregate figures of a batch check."""

    files: int
    words: int
    seconds: float
    jobs: int
    ranking: list[RankedDraft] = field(default_factory=list)
    by_factor: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    by_lang: dict[str, dict[str, int]] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    suppressed: int = 0
    baselined: int = 0
    resolved: int = 0
    changes: dict[str, int] | None = None
    pairs: int = 0  # Kazakh/Russian pairs compared (``--pair``)
    discrepancies: int = 0  # discrepancies between their versions

    @property
    def words_per_second(self) -> float:
        """Throughput of the whole batch."""
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        data = asdict(self)
        data["failed"] = [{"path": p, "error": e} for p, e in self.failed]
        data["words_per_second"] = round(self.words_per_second)
        return data


def summarise(checked: list[DocumentResult], failed: list[tuple[str, str]], seconds: float, jobs: int) -> BatchSummary:
    """Figures for the drafts ``checked`` and the files that ``failed`` as ``(path, why)``."""
    summary = BatchSummary(
        files=len(checked) + len(failed), words=sum(r.words for r in checked), seconds=seconds, jobs=jobs, failed=list(failed)
    )
    factors: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    for result in checked:
        risk = assess(result.findings, result.words)
        summary.ranking.append(RankedDraft(result.path, result.lang, result.words, len(result.findings), risk.index, risk.level))
        factors.update(f.factor for f in result.findings)
        severities.update(f.severity for f in result.findings)
        lang = summary.by_lang.setdefault(result.lang, {"drafts": 0, "words": 0, "findings": 0})
        lang["drafts"] += 1
        lang["words"] += result.words
        lang["findings"] += len(result.findings)
    summary.ranking.sort(key=lambda d: (-d.index, -d.findings, d.path))
    summary.by_factor = dict(sorted(factors.items(), key=lambda kv: (-kv[1], kv[0])))
    summary.by_severity = {s: severities[s] for s in SEVERITIES}
    summary.by_lang = dict(sorted(summary.by_lang.items()))
    return summary


def _table(rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))).rstrip()
        for row in rows
    ]


def render_summary(summary: BatchSummary, lang: str) -> str:
    """The summary as plain text in ``lang`` (kk, ru or en)."""
    lines = [tr("summary_title", lang), ""]
    if summary.ranking:
        lines.append(tr("ranking", lang))
        head = [t("col_rank", lang), t("draft", lang), t("language", lang), t("words", lang),
                t("findings", lang), t("risk_index", lang), t("overall_risk", lang)]
        rows = [head] + [
            [str(n), d.path, d.lang, str(d.words), str(d.findings), f"{d.index:.1f}", t(f"risk_{d.level}", lang)]
            for n, d in enumerate(summary.ranking[:TOP], 1)
        ]
        lines += _table(rows, {0, 3, 4, 5})
        if len(summary.ranking) > TOP:
            lines.append("  " + tr("and_more", lang, n=len(summary.ranking) - TOP))
        lines.append("")
    if summary.by_factor:
        lines.append(t("by_factor", lang))
        lines += _table([[factor_name(f, lang), f, str(n)] for f, n in summary.by_factor.items()], {2})
        lines.append("")
    if summary.by_lang:
        lines.append(tr("by_language", lang))
        head = [t("language", lang), t("draft", lang), t("words", lang), t("findings", lang)]
        lines += _table([head] + [[k, str(v["drafts"]), str(v["words"]), str(v["findings"])] for k, v in summary.by_lang.items()], {1, 2, 3})
        lines.append("")
    if summary.pairs:
        lines += [_PAIRS_LINE.get(lang, _PAIRS_LINE["en"]).format(pairs=summary.pairs, found=summary.discrepancies), ""]
    if summary.failed:
        lines.append(tr("failed_files", lang))
        lines += [f"  {error}" if error.startswith(path) else f"  {path}: {error}" for path, error in summary.failed]
        lines.append("")
    lines.append(tr(
        "throughput", lang, files=summary.files, words=f"{summary.words:,}", seconds=f"{summary.seconds:.1f}",
        rate=f"{summary.words_per_second:,.0f}", jobs=summary.jobs,
    ))
    return "\n".join(lines) + "\n"
