"""The six Kazakhstan acts in ../shared/eval with both official versions (kk/NAME.txt, ru/NAME.txt).

Every discrepancy listed here was read and judged real; anything else is noise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lexpert.compare import compare_paths, find_pairs

EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"

# name fragment -> {(kind, Kazakh line, Russian line)}
REAL = {
    # The Kazakh text is a later redaction: the 2023 amendment dropped the reference to
    # Government decree «от 1 марта 2010 года № 145» from subpoint 2) of point 3.
    "179416": {("date", 33, 33), ("act_reference", 33, 33), ("body", 33, 33)},
    # The preamble cites the 1993 law as «N 3200» in Kazakh and «N 2473» in Russian.
    "377": {("act_reference", 7, 7)},
    "133024": set(),
    "154496": set(),
    "161429": set(),
    "180312": set(),
}


@pytest.fixture(scope="module")
def pairs() -> dict[str, tuple[Path, Path]]:
    if not (EVAL / "kk").is_dir() or not (EVAL / "ru").is_dir():
        pytest.skip(f"the shared evaluation data is not at {EVAL}")
    return {key: pair for pair in find_pairs([EVAL / "kk", EVAL / "ru"]) for key in REAL if key in pair[0].name}


def test_the_six_pairs_are_found(pairs) -> None:
    assert sorted(pairs) == sorted(REAL)


@pytest.mark.parametrize("key", sorted(REAL))
def test_only_real_discrepancies(pairs, key: str) -> None:
    result = compare_paths(*pairs[key])
    found = {(d.kind, d.kk.line if d.kk else None, d.ru.line if d.ru else None) for d in result.discrepancies}
    assert found == REAL[key], "\n".join(d.message("en") for d in result.discrepancies)
    assert result.aligned >= 4
