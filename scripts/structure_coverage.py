"""How many numbered lines of the eval acts ``parse_structure`` turns into units.

A simple line scan, independent of the parser, counts the lines that start with a
number of a structural unit (``1.``, ``1.1.``, ``3)``, ``а)``, ``5-бап``, ``Статья 5``,
``Глава 2``…); a line counts as recognised when a structural unit starts on it.

Usage: python scripts/structure_coverage.py [EVAL_DIR] [--misses]
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from lexpert.ingest.model import SourceText
from lexpert.structure import parse_structure

STRUCTURAL = frozenset(
    {"section", "chapter", "subchapter", "article", "part", "point", "subpoint", "appendix"}
)
_NUMBERED = re.compile(
    r"^[ \t>#*]*(?:"
    r"(?:Статья|СТАТЬЯ|Глава|ГЛАВА|Раздел|РАЗДЕЛ)\s+\d"
    r"|\d+\s*-\s*(?:бап|тарау|бөлім)\b"
    r"|\d+(?:\.\d+)*\.(?:\s|\*|$)"
    r"|\d+(?:\.\d+)*\)\s"
    r"|[а-яёәі]\)\s"
    r")"
)
DEFAULT_EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


@dataclass
class Coverage:
    """Numbered lines found by the scan and how many of them the parser recognised."""

    files: int = 0
    numbered: int = 0
    recognised: int = 0
    chars: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.recognised / self.numbered if self.numbered else 1.0


def numbered_lines(text: str) -> list[int]:
    """1-based numbers of the lines that start with a structural number."""
    return [i for i, line in enumerate(text.split("\n"), start=1) if _NUMBERED.match(line)]


def measure(eval_dir: Path, lang: str) -> Coverage:
    """Coverage over every ``*.txt`` act in ``eval_dir/lang``."""
    result = Coverage()
    for path in sorted((eval_dir / lang).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        source = SourceText(str(path), "txt", text)
        started = time.perf_counter()
        root = parse_structure(source, lang)
        result.seconds += time.perf_counter() - started
        starts = {unit.line for unit in root.walk() if unit.kind in STRUCTURAL}
        expected = numbered_lines(text)
        result.files += 1
        result.chars += len(text)
        result.numbered += len(expected)
        hits = [line for line in expected if line in starts]
        result.recognised += len(hits)
        lines = text.split("\n")
        result.misses += [f"{path.name}:{n}: {lines[n - 1][:100]}" for n in expected if n not in starts]
    return result


def main(argv: list[str]) -> int:
    args = [arg for arg in argv if not arg.startswith("--")]
    eval_dir = Path(args[0]) if args else DEFAULT_EVAL
    if not eval_dir.is_dir():
        print(f"structure_coverage: no eval folder at {eval_dir}", file=sys.stderr)
        return 2
    print(f"{'lang':<5}{'files':>6}{'numbered':>10}{'recognised':>12}{'share':>9}{'MB/s':>8}")
    for lang in ("kk", "ru"):
        cov = measure(eval_dir, lang)
        speed = cov.chars / 1e6 / cov.seconds if cov.seconds else 0.0
        print(f"{lang:<5}{cov.files:>6}{cov.numbered:>10}{cov.recognised:>12}{cov.share:>9.1%}{speed:>8.1f}")
        if "--misses" in argv:
            for miss in cov.misses:
                print("  miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
