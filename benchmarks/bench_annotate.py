"""Annotation speed (tokenizer, sentences, morphology; no syntax) per language, on one core.

    python benchmarks/bench_annotate.py            # or: taskset -c 0 python benchmarks/bench_annotate.py

Corpora: the bundled ``corpora/<lang>/*.txt`` and, when present, ``../shared/eval/<lang>/*.txt``.
Each corpus is annotated once cold (caches empty, as for a first draft), then its lines
are repeated to at least 200,000 tokens and annotated again (warm caches, as in a batch).
Speeds are tokens per second of CPU time of this process (``time.process_time``), so
other load on the shared core does not distort them.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lexpert.errors import LexpertError  # noqa: E402
from lexpert.nlp import get_nlp, make_docs  # noqa: E402

MIN_TOKENS = 200_000
CORPORA = {
    "corpora": ROOT / "corpora",
    "shared/eval": ROOT / ".." / "shared" / "eval",
}


def pin_to_one_core() -> None:
    """Run on a single CPU, as the target says (no-op where unsupported)."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def lines_of(folder: Path) -> list[str]:
    lines: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return lines


def tokens_per_second(lines: list[str], lang: str) -> tuple[int, float]:
    start = time.process_time()
    tokens = sum(len(doc) for doc in make_docs(lines, lang, batch_size=256))
    return tokens, tokens / (time.process_time() - start)


def tokenizer_tokens_per_second(lines: list[str], lang: str) -> float:
    """The spaCy tokenizer alone, as the ceiling of the whole pipeline."""
    make_doc = get_nlp(lang).make_doc
    start = time.process_time()
    tokens = sum(len(make_doc(line)) for line in lines)
    return tokens / (time.process_time() - start)


def main() -> None:
    pin_to_one_core()
    print(
        f"{'lang':<5}{'corpus':<13}{'lines':>8}{'tokens':>10}{'cold tok/s':>12}"
        f"{'warm tokens':>13}{'warm tok/s':>12}{'tokenizer tok/s':>17}"
    )
    for lang in ("ru", "kk"):
        try:
            get_nlp(lang)
        except (ImportError, LexpertError) as exc:
            print(f"{lang:<5}skipped: no {lang} pipeline ({exc})")
            continue
        for name, base in CORPORA.items():
            lines = lines_of(base / lang)
            if not lines:
                print(f"{lang:<5}{name:<13}skipped: no .txt files in {base / lang}")
                continue
            get_nlp.cache_clear()  # cold: fresh vocabulary and caches
            get_nlp(lang)
            tokens, cold = tokens_per_second(lines, lang)
            repeated = lines * (MIN_TOKENS // max(tokens, 1) + 1)
            warm_tokens, warm = tokens_per_second(repeated, lang)
            ceiling = tokenizer_tokens_per_second(repeated, lang)
            print(
                f"{lang:<5}{name:<13}{len(lines):>8}{tokens:>10}{cold:>12,.0f}"
                f"{warm_tokens:>13}{warm:>12,.0f}{ceiling:>17,.0f}"
            )


if __name__ == "__main__":
    main()
