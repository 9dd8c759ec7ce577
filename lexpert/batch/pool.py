"""Running the per-file checks, in this process or a process pool, with a progress bar.

Outcomes come back in input order whatever the number of processes, so
``--jobs 1`` and ``--jobs N`` give identical results.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from lexpert.batch.options import Settings
from lexpert.batch.worker import FileOutcome, Task, check_file, init_worker, warm, work

if TYPE_CHECKING:
    import multiprocessing.pool


def progress_wanted(requested: bool | None, files: int) -> bool:
    """The bar shows for more than one file, on a terminal, when ``CI`` is unset (unless forced)."""
    if requested is not None:
        return requested
    return files > 1 and sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def _progress(enabled: bool, total: int) -> Iterator:
    """A callback ``advance(outcome)`` that moves a rich progress bar on stderr (or does nothing)."""
    if not enabled:
        yield lambda outcome: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        BarColumn(bar_width=24),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>12}"),
        TimeElapsedColumn(),
        TextColumn("{task.fields[current]}", markup=False),
    )
    started = time.perf_counter()
    words = 0
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total, rate="", current="")

        def advance(outcome: FileOutcome) -> None:
            nonlocal words
            words += outcome.result.words
            rate = words / max(time.perf_counter() - started, 1e-6)
            bar.update(task, advance=1, rate=f"{rate:,.0f} w/s", current=Path(outcome.result.path).name)

        yield advance


_WARM_FILES = 4  # per worker: from this many files on, a batch is sure to need spaCy somewhere


@contextmanager
def _pool(jobs: int, settings: Settings, tasks: list[Task]) -> Iterator[multiprocessing.pool.Pool | None]:
    """A pool of ``jobs`` workers, or ``None`` to check in this process."""
    if jobs <= 1:
        yield None
        return
    import multiprocessing  # only here: a single-process check does not pay for it

    fork = "fork" in multiprocessing.get_all_start_methods()  # workers inherit loaded code; else spawn
    if fork and len(tasks) >= _WARM_FILES * jobs:
        warm(settings, [t.path for t in tasks])  # once here rather than once per worker
        gc.freeze()  # what warm loaded too (see _batch_gc)
    with multiprocessing.get_context("fork" if fork else "spawn").Pool(jobs, initializer=init_worker, initargs=(settings,)) as pool:
        yield pool


def _size(task: Task) -> int:
    try:
        return os.path.getsize(task.path)
    except OSError:
        return 0


# Young objects collected after this many net allocations instead of 700: a draft allocates
# hundreds of thousands of short-lived objects (units, segments, matches) and few cycles.
_GC_YOUNG = 50_000


@contextmanager
def _batch_gc() -> Iterator[None]:
    """Fewer young collections for the batch, and the objects loaded so far (rules,
    pipelines) frozen out of the collector, so that full collections skip them and
    forked workers do not copy their pages by touching them; restored afterwards."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_GC_YOUNG, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def run_tasks(tasks: list[Task], settings: Settings, jobs: int, progress: bool) -> list[FileOutcome]:
    """Check every task; the outcomes are sorted by the task index."""
    outcomes: list[FileOutcome] = []
    with _batch_gc(), _pool(jobs, settings, tasks) as pool:  # the workers exist before the progress bar's thread starts
        # largest files first, so that no worker is left with a long one at the end
        stream: Iterable[FileOutcome] = (
            pool.imap_unordered(work, sorted(tasks, key=_size, reverse=True), chunksize=1)
            if pool else (check_file(t, settings) for t in tasks)
        )
        with _progress(progress, len(tasks)) as advance:
            for outcome in stream:
                advance(outcome)
                outcomes.append(outcome)
    return sorted(outcomes, key=lambda o: o.index)
