"""``run``: check files and folders as one batch; ``run_diff``: check a new version against an old one."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING

from lexpert import baseline, gitrev
from lexpert.batch import options as opts
from lexpert.batch.messages import tr, ui_lang
from lexpert.batch.options import CheckOptions
from lexpert.batch.pool import progress_wanted, run_tasks
from lexpert.batch.summary import BatchSummary, render_summary, summarise
from lexpert.batch.worker import FileOutcome, Task
from lexpert.config import Config
from lexpert.errors import ExitCode, LexpertError
from lexpert.findings import SEVERITIES, DocumentResult, Finding
from lexpert.ingest import SourceText, find_drafts, read_source

if TYPE_CHECKING:
    from lexpert.compare import CompareResult


@dataclass
class BatchResult:
    """Everything a batch check produced, in input order."""

    results: list[DocumentResult]  # every file; one that failed has its message in ``errors`` and no findings
    sources: dict[str, SourceText]
    summary: BatchSummary
    config: Config
    fail_on: str
    exit_zero: bool = False
    report_lang: str | None = None
    notices: list[str] = field(default_factory=list)  # unused or malformed suppressions, baseline counts
    resolved: list[Finding] = field(default_factory=list)  # with --since or diff: findings the new version no longer has
    pairs: list[CompareResult] | None = None  # with --pair: one comparison per Kazakh/Russian pair, in path order

    @property
    def failed(self) -> list[tuple[str, str]]:
        """Files that could not be checked, as ``(path, why)``."""
        return self.summary.failed

    @property
    def findings(self) -> list[Finding]:
        """Every finding reported, in input order."""
        return [f for r in self.results for f in r.findings]

    def failing(self) -> list[Finding]:
        """Findings at or above ``fail_on``."""
        if self.fail_on not in SEVERITIES:
            return []
        limit = SEVERITIES.index(self.fail_on)
        return [f for f in self.findings if SEVERITIES.index(f.severity) <= limit]

    @property
    def discrepancies(self) -> int:
        """Discrepancies between the language versions compared with ``--pair``."""
        return sum(len(p.discrepancies) for p in self.pairs or ())

    @property
    def exit_code(self) -> ExitCode:
        """2 when a file failed, else 1 for findings at or above ``fail_on`` or for discrepancies
        between language versions (unless ``exit_zero`` or ``fail_on`` is ``never``), else 0."""
        if self.failed:
            return ExitCode.ERROR
        if not self.exit_zero and (self.failing() or (self.discrepancies and self.fail_on != "never")):
            return ExitCode.FINDINGS
        return ExitCode.OK

    @property
    def summary_lang(self) -> str:
        """Language of the summary: the report language, else the drafts' one language, else the notices'.

        A batch of Kazakh and Russian drafts gets its summary in the user-interface language
        (``LEXPERT_LANG``, default en) rather than in whichever draft came first.
        """
        langs = {r.lang for r in self.results if r.lang}
        return self.report_lang or (langs.pop() if len(langs) == 1 else ui_lang())

    def summary_text(self) -> str:
        """The batch summary as plain text."""
        return render_summary(self.summary, self.summary_lang)

    def pairs_text(self, color: bool = False) -> str:
        """One ``lexpert compare`` section per language pair, in the summary's language ("" without ``--pair``)."""
        from lexpert.compare.render import render_text

        return "".join("\n" + render_text(pair, self.summary_lang, color) for pair in self.pairs or ())

    def pairs_json(self) -> list[dict]:
        """The comparisons as ``lexpert.compare/1`` objects, messages in the summary's language."""
        return [pair.to_dict(self.summary_lang) for pair in self.pairs or ()]


@dataclass(frozen=True)
class _Failure:
    path: str
    message: str


def _config_allows(path: Path, config: Config) -> bool:
    """The config's include/exclude globs, relative to its folder; files outside it are kept."""
    if config.path is None or not (config.include or config.exclude):
        return True
    try:
        relative = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return True
    if config.include and not any(_glob(relative, p) for p in config.include):
        return False
    return not any(_glob(relative, p) for p in config.exclude)


def _glob(relative: str, pattern: str) -> bool:
    """``fnmatch`` where ``**/`` also matches no folder and a pattern without ``/`` matches the name."""
    if "/" not in pattern:
        return fnmatch(relative.rsplit("/", 1)[-1], pattern)
    return fnmatch(relative, pattern) or fnmatch(relative, pattern.replace("**/", ""))


def _discover(paths: list[str], options: CheckOptions, config: Config) -> tuple[list[str | _Failure], int]:
    """Files to check and paths that failed, in argument order; and how many the config excluded."""
    entries: list[str | _Failure] = []
    seen: set[Path] = set()
    excluded = 0
    for raw in paths:
        try:
            found = find_drafts([raw], options.include, options.exclude)
        except LexpertError as exc:
            entries.append(_Failure(str(raw), exc.message))
            continue
        for path in found:
            key = path.resolve() if str(path) != "-" else path
            if key in seen:
                continue
            seen.add(key)
            if str(path) != "-" and not _config_allows(path, config):
                excluded += 1
                continue
            entries.append(str(path))
    return entries, excluded


def _collect(
    entries: list[str | _Failure], outcomes: list[FileOutcome], lang: str | None
) -> tuple[list[DocumentResult], list[tuple[str, str]], list[DocumentResult]]:
    """Results in input order, the failures, and the results that were checked."""
    by_index = {o.index: o for o in outcomes}
    results, failed, checked = [], [], []
    for index, entry in enumerate(entries):
        if isinstance(entry, _Failure):
            results.append(DocumentResult(entry.path, lang or "", errors=[entry.message]))
            failed.append((entry.path, entry.message))
            continue
        outcome = by_index[index]
        results.append(outcome.result)
        if outcome.error:
            failed.append((outcome.result.path, outcome.error))
        else:
            checked.append(outcome.result)
    return results, failed, checked


def _apply_baseline(path: Path, known: Counter[tuple[str, str]], checked: list[DocumentResult], since: bool) -> tuple[int, list[str]]:
    """Drop known findings; with ``--since`` entries of unchanged norms are not stale, so none is reported."""
    root = path.parent
    expected = baseline.known_for(checked, known, root)
    dropped = baseline.filter_new(checked, known, root)
    notices = [tr("baselined", n=dropped, path=path)] if dropped else []
    if expected > dropped and not since:
        notices.append(tr("stale_baseline", n=expected - dropped))
    return dropped, notices


def _execute(
    options: CheckOptions, config: Config, entries: list[str | _Failure], tasks: list[Task], since_commit: str | None, started: float
) -> BatchResult:
    settings = opts.resolve(config, options, since_commit)
    known = baseline.load(options.baseline) if options.baseline is not None else None  # fail before the long part
    jobs = opts.jobs(options, len(tasks))
    outcomes = run_tasks(tasks, settings, jobs, progress_wanted(options.progress, len(tasks)))
    results, failed, checked = _collect(entries, outcomes, settings.lang)
    notices = [n for o in outcomes for n in o.notices]
    baselined = 0
    if options.baseline is not None and known is not None:
        baselined, more = _apply_baseline(options.baseline, known, checked, since_commit is not None)
        notices += more
    summary = summarise(checked, failed, time.perf_counter() - started, jobs)
    summary.suppressed = sum(o.suppressed for o in outcomes)
    summary.baselined = baselined
    resolved = [f for o in outcomes for f in o.resolved]
    summary.resolved = len(resolved)
    changes = [o.changes for o in outcomes if o.changes is not None]
    if changes:
        total: Counter[str] = Counter()
        for counts in changes:
            total.update(counts)
        summary.changes = {s: total[s] for s in ("added", "changed", "removed", "unchanged")}
    if summary.suppressed:
        notices.append(tr("suppressed", n=summary.suppressed))
    if since_commit is not None and resolved:
        notices.append(tr("resolved", rev=options.since, n=len(resolved)))
    return BatchResult(
        results=results,
        sources={o.source.path: o.source for o in outcomes if o.source is not None},
        summary=summary,
        config=config,
        fail_on=opts.fail_on(config, options),
        exit_zero=options.exit_zero,
        report_lang=settings.report_lang,
        notices=notices,
        resolved=resolved,
    )


def run(paths: list[str | Path], options: CheckOptions | None = None) -> BatchResult:
    """Check files and folders as one batch: everything ``lexpert check`` does below the CLI.

    Configuration and bad options raise :class:`~lexpert.errors.ConfigError`;
    ``--since`` outside a git work tree, an unknown revision or an unreadable
    baseline raise :class:`~lexpert.errors.InputError` (all exit code 2).  A
    file that cannot be read or checked never stops the batch: it is listed in
    :attr:`BatchResult.failed` and makes :attr:`BatchResult.exit_code` 2.
    """
    started = time.perf_counter()
    options = options or CheckOptions()
    names = [str(p) for p in paths]
    config = opts.load(names, options)
    since_commit = None
    if options.since is not None:
        anchor = next((Path(p) for p in names if p != "-"), Path.cwd())
        since_commit = gitrev.verify_revision(anchor, options.since)
    entries, excluded = _discover(names, options, config)
    tasks = [Task(i, e) for i, e in enumerate(entries) if isinstance(e, str)]
    batch = _execute(options, config, entries, tasks, since_commit, started)
    if options.pair:
        _compare_pairs(batch, [e for e in entries if isinstance(e, str) and e != "-"])
    if excluded and not entries:
        batch.notices.append(tr("all_excluded", path=config.path))
    return batch


_NO_PAIRS = {
    "en": "--pair: no Kazakh/Russian pairs among the files (name them NAME.kk.* + NAME.ru.*, or put them in kk/ and ru/ folders)",
    "ru": "--pair: среди файлов нет казахско-русских пар (назовите их ИМЯ.kk.* + ИМЯ.ru.* или положите в папки kk/ и ru/)",
    "kk": "--pair: файлдар арасында қазақша-орысша жұптар жоқ (оларды АТАУ.kk.* + АТАУ.ru.* деп атаңыз немесе kk/ және ru/ қалталарына салыңыз)",
}


def _compare_pairs(batch: BatchResult, files: list[str]) -> None:
    """Compare every Kazakh/Russian pair among ``files`` (``lexpert.compare.find_pairs``); a pair
    with a file that failed is skipped, a pair that cannot be compared (both versions in one
    language, swapped files) is a failure of the batch."""
    from lexpert.compare import compare_sources, find_pairs

    failed = {path for path, _ in batch.failed}
    batch.pairs = []
    for kk_path, ru_path in find_pairs([Path(f) for f in files]):
        kk_name, ru_name = str(kk_path), str(ru_path)
        if kk_name in failed or ru_name in failed:
            continue
        try:
            kk = batch.sources.get(kk_name) or read_source(kk_path)
            ru = batch.sources.get(ru_name) or read_source(ru_path)
            batch.pairs.append(compare_sources(kk, ru))
        except LexpertError as exc:
            batch.summary.failed.append((exc.path or kk_name, exc.message))
    batch.summary.pairs = len(batch.pairs)
    batch.summary.discrepancies = batch.discrepancies
    if not batch.pairs:
        batch.notices.append(_NO_PAIRS.get(ui_lang(), _NO_PAIRS["en"]))


def run_diff(old: str | Path, new: str | Path, options: CheckOptions | None = None) -> BatchResult:
    """Check ``new`` and keep the findings of norms added or changed since ``old``; list what it resolved."""
    started = time.perf_counter()
    options = options or CheckOptions()
    config = opts.load([str(new)], options)
    entries: list[str | _Failure] = [str(new)]
    return _execute(options, config, entries, [Task(0, str(new), old=str(old))], None, started)
