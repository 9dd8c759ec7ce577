"""Whole-batch throughput, scaling with --jobs, cold start and peak memory of ``lexpert check``.

    python benchmarks/bench_batch.py                      # everything (a few minutes on 2 cores)
    python benchmarks/bench_batch.py --words 300000       # a smaller generated corpus
    python benchmarks/bench_batch.py --no-large --cold-runs 3

Corpora: ``../shared/eval/{kk,ru}`` when present, and the bundled ``corpora/`` drafts
(.txt and .docx, both languages) copied into a temporary folder until it holds at least
``--words`` words.  Each (corpus, jobs) pair runs in a fresh interpreter through
``lexpert.batch.run`` with every rule on, so the time is end-to-end: imports, rule
loading, pipelines, reading, structure, rules, suppressions, summary.  Peak memory is
the largest ``ru_maxrss`` of that interpreter and its pool workers.

Cold start: wall time of ``python -m lexpert check PAGE --exit-zero`` on a one-page
draft, the median of ``--cold-runs`` runs, next to the library alone and ``import
spacy``; then the same for a page holding «в разумный срок», the one kind of page
where spaCy is imported (its Matcher runs the token patterns of ``vague-deadline``);
then the slowest imports of the CLI run (``python -X importtime``).

Targets (issue #6): >= 100,000 words/s per core, near-linear scaling, cold start
<= 1.0 s, peak memory <= 500 MB.  The machine is shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / ".." / "shared" / "eval"
CORPORA = ROOT / "corpora"
TARGET_WPS = 100_000
TARGET_COLD = 1.0
TARGET_MB = 500


def measure(paths: list[str], jobs: int) -> None:
    """Child mode: check ``paths`` once and print the figures as JSON."""
    started = time.perf_counter()
    from lexpert.batch import CheckOptions, run

    batch = run(paths, CheckOptions(jobs=jobs, progress=False, keep_sources=False))
    seconds = time.perf_counter() - started
    me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = max(me.ru_maxrss, workers.ru_maxrss)
    cpu = me.ru_utime + me.ru_stime + workers.ru_utime + workers.ru_stime
    print(json.dumps({
        "files": batch.summary.files, "words": batch.summary.words, "seconds": seconds, "cpu": cpu,
        "findings": len(batch.findings), "failed": len(batch.failed), "peak_mb": peak / 1024,
    }))


def run_child(paths: list[Path], jobs: int) -> dict:
    command = [sys.executable, __file__, "--measure", "--jobs", str(jobs), *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"measurement failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def word_count(path: Path) -> int:
    """Words as ``DocumentResult.words`` counts them."""
    from lexpert.check import word_count
    from lexpert.ingest import read_source

    return word_count(read_source(path).text)


def generate(folder: Path, minimum: int) -> int:
    """Copy the bundled drafts into ``folder`` until it holds ``minimum`` words; return the count."""
    drafts = sorted(p for p in CORPORA.glob("*/*") if p.suffix in (".txt", ".docx"))
    per_copy = sum(word_count(p) for p in drafts)
    copies = -(-minimum // per_copy)
    for n in range(copies):
        for draft in drafts:
            target = folder / f"copy{n:04d}" / draft.parent.name / draft.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(draft, target)
    return copies * per_copy


def wall(command: list[str], runs: int) -> tuple[float, int]:
    """Median wall time of ``command`` over ``runs`` runs, and its last exit code."""
    times, code = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        code = subprocess.run(command, capture_output=True, check=False, cwd=ROOT).returncode
        times.append(time.perf_counter() - started)
    return statistics.median(times), code


def slowest_imports(command: list[str], count: int = 8) -> list[tuple[str, float]]:
    """Top-level imports of ``command`` by cumulative time (``python -X importtime``)."""
    done = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], capture_output=True, text=True, check=False, cwd=ROOT)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if cumulative.strip().isdigit() and not name.startswith("  "):  # depth 0 after the leading space
            rows.append((name.strip(), int(cumulative) / 1e6))
    return sorted(rows, key=lambda r: -r[1])[:count]


PAGE_CHARS = 3500  # about 450 words: one printed page


def one_page(folder: Path, name: str, holding: str | None = None) -> Path:
    """About one page of a bundled Russian draft: its start, or the page that ends with ``holding``."""
    text = (CORPORA / "ru" / "law_rural_tourism_support.txt").read_text(encoding="utf-8")
    end = PAGE_CHARS if holding is None else text.index("\n", text.index(holding))
    page = folder / name
    page.write_text(text[max(0, end - PAGE_CHARS):end], encoding="utf-8")
    return page


def throughput(corpora: dict[str, list[Path]], jobs_list: list[int]) -> None:
    print(f"\n{'corpus':<18}{'jobs':>5}{'files':>7}{'words':>11}{'wall s':>8}{'words/s':>10}{'w/s/job':>10}"
          f"{'w/cpu-s':>10}{'scaling':>9}{'peak MB':>9}")
    for name, paths in corpora.items():
        base = None
        for jobs in jobs_list:
            r = run_child(paths, jobs)
            wps = r["words"] / r["seconds"]
            base = base or wps
            per_cpu = r["words"] / r["cpu"]
            flag = " " if per_cpu >= TARGET_WPS else "*"
            print(f"{name:<18}{jobs:>5}{r['files']:>7}{r['words']:>11,}{r['seconds']:>8.1f}{wps:>10,.0f}{wps / jobs:>10,.0f}"
                  f"{per_cpu:>9,.0f}{flag}{wps / base:>8.2f}x{r['peak_mb']:>8.0f}{'*' if r['peak_mb'] > TARGET_MB else ' '}" + (f"  ({r['failed']} failed)" if r["failed"] else ""))
    print(f"w/cpu-s: words per CPU-second of the process tree (per core, whatever the load); "
          f"* misses a target ({TARGET_WPS:,} w/cpu-s, {TARGET_MB} MB)")


def cold_start(runs: int, folder: Path) -> None:
    """One page without a token-pattern candidate (spaCy is not imported), and one with
    «в разумный срок», where the spaCy Matcher of ``vague-deadline`` must run."""
    plain = one_page(folder, "page.txt")
    spacy_page = one_page(folder, "page-spacy.txt", holding="в разумный срок")
    cli = [sys.executable, "-m", "lexpert", "check", str(plain), "--exit-zero"]
    library = [sys.executable, "-c", "import sys; from lexpert.batch import run; run([sys.argv[1]])", str(plain)]
    print(f"\ncold start, median of {runs} (target <= {TARGET_COLD:.1f} s)")
    for label, command in (("lexpert check (CLI)", cli), ("lexpert.batch.run", library),
                           ("CLI, page needs spaCy", [*cli[:4], str(spacy_page), "--exit-zero"]),
                           ("python -c pass", [sys.executable, "-c", "pass"]),
                           ("import spacy", [sys.executable, "-c", "import spacy"])):
        seconds, code = wall(command, runs)
        note = f"  (exit {code})" if code not in (0, 1) else ""
        print(f"  {label:<24}{seconds:>6.2f} s{note}")
    print("slowest top-level imports of the CLI run (cumulative):")
    for name, seconds in slowest_imports(cli):
        print(f"  {name:<40}{seconds:>6.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", default="1,2", help="Comma-separated --jobs values (default 1,2).")
    parser.add_argument("--words", type=int, default=2_000_000, help="Size of the generated corpus (default 2,000,000).")
    parser.add_argument("--cold-runs", type=int, default=5, help="Runs of each cold-start command (default 5).")
    parser.add_argument("--no-eval", action="store_true", help="Skip ../shared/eval.")
    parser.add_argument("--no-large", action="store_true", help="Skip the generated corpus.")
    args = parser.parse_args()
    if args.measure:
        measure(args.paths, int(args.jobs))
        return
    sys.path.insert(0, str(ROOT))
    jobs_list = [int(j) for j in args.jobs.split(",")]
    print(f"cores: {os.cpu_count()}, load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="lexpert-bench-") as tmp:
        folder = Path(tmp)
        corpora: dict[str, list[Path]] = {}
        if not args.no_eval and EVAL.is_dir():
            corpora["shared/eval"] = [p for p in (EVAL / "kk", EVAL / "ru") if p.is_dir()]
        elif not args.no_eval:
            print("shared/eval: not found, skipped")
        if not args.no_large:
            words = generate(folder / "large", args.words)
            corpora[f"corpora x{words // 1000:,}k"] = [folder / "large"]
        throughput(corpora, jobs_list)
        cold_start(args.cold_runs, folder)


if __name__ == "__main__":
    main()
