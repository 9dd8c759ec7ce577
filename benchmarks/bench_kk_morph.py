"""Throughput of the Kazakh pipeline: tokenizer + ``kk_morph`` on one core.

Uses the Kazakh Anti-Corruption Strategy text from ``../shared/context/`` when present,
else a short legal text written for this benchmark, repeated to about 200,000 tokens.

    .venv/bin/python benchmarks/bench_kk_morph.py [--tokens 200000]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import spacy

import lexpert.nlp.kk  # noqa: F401  (registers the kk language and kk_morph)

SHARED_TEXT = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "context"
    / "anti-corruption-strategy-2015-2025.kk.txt"
)
FALLBACK_TEXT = """\
1. Осы Қағидалар мемлекеттік қызметтерді көрсету тәртібін айқындайды.
2. Уәкілетті орган өтінішті алған күннен бастап он жұмыс күні ішінде қарайды және
шешім қабылдайды. Өтініш беруші құжаттардың толық топтамасын ұсынбаған жағдайда
уәкілетті орган өтінішті қараудан бас тартуға құқылы.
3. Жергілікті атқарушы органдар ақпаратты өздерінің интернет-ресурстарында
орналастырады, т.б. мәліметтерді 5-баптың 1) тармақшасына сәйкес жариялайды.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=200_000, help="approximate number of tokens")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the best is reported")
    args = parser.parse_args()
    text = SHARED_TEXT.read_text(encoding="utf-8") if SHARED_TEXT.exists() else FALLBACK_TEXT
    source = "shared strategy text" if SHARED_TEXT.exists() else "built-in sample"
    paragraphs = [p for p in text.split("\n") if p.strip()]

    nlp = spacy.blank("kk")
    nlp.add_pipe("kk_morph")
    per_copy = sum(len(doc) for doc in nlp.pipe(paragraphs))  # also warms the caches
    copies = max(1, round(args.tokens / per_copy))
    batch = paragraphs * copies

    tokens = sum(len(doc) for doc in nlp.tokenizer.pipe(batch))
    print(f"text: {source}, {copies} copies, {tokens:,} tokens; best of {args.repeat} runs")
    for label, run in (
        ("tokenizer only", lambda: sum(1 for _ in nlp.tokenizer.pipe(batch))),
        ("tokenizer + kk_morph", lambda: sum(1 for _ in nlp.pipe(batch))),
    ):
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        best, median = min(times), statistics.median(times)
        print(f"{label:<22}{tokens / best:>10,.0f} tokens/s (median {tokens / median:,.0f})")


if __name__ == "__main__":
    main()
