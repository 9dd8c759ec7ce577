"""Shared fixtures for the ``lexpert compare`` tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from lexpert.compare import CompareResult, compare_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "compare"


@pytest.fixture(scope="session")
def fixture_pair() -> Callable[[str], tuple[Path, Path]]:
    """The Kazakh and Russian files of a fixture pair."""
    return lambda name: (FIXTURES / f"{name}.kk.txt", FIXTURES / f"{name}.ru.txt")


@pytest.fixture(scope="session")
def compare_fixture(fixture_pair) -> Callable[..., CompareResult]:
    """Compare a fixture pair once per session (the rule engine is not free)."""
    cache: dict[tuple[str, bool], CompareResult] = {}

    def run(name: str, findings: bool = False) -> CompareResult:
        if (name, findings) not in cache:
            cache[(name, findings)] = compare_paths(*fixture_pair(name), findings=findings)
        return cache[(name, findings)]

    return run
