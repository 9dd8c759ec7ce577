"""Shared helpers of the structure tests: fixtures written for these tests, read as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexpert.ingest.model import SourceText
from lexpert.structure import Unit, parse_structure

DATA = Path(__file__).parent / "data"


def load(name: str) -> SourceText:
    """A fixture under ``tests/structure/data`` as a ``SourceText`` read from disk."""
    path = DATA / name
    return SourceText(str(path), "txt", path.read_text(encoding="utf-8"))


def _find(root: Unit, lang: str, address: str) -> Unit:
    matches = [unit for unit in root.walk() if unit.address[lang] == address]
    assert len(matches) == 1, f"{address!r}: {[u.address[lang] for u in root.walk()]}"
    return matches[0]


@pytest.fixture(scope="session")
def find():
    """``find(root, lang, address)``: the one unit with that address (fails the test otherwise)."""
    return _find


@pytest.fixture(scope="module")
def kk_decree() -> tuple[SourceText, Unit]:
    source = load("kk_decree.md")
    return source, parse_structure(source, "kk")


@pytest.fixture(scope="module")
def ru_decree() -> tuple[SourceText, Unit]:
    source = load("ru_decree.txt")
    return source, parse_structure(source, "ru")


@pytest.fixture(scope="module")
def rf_law() -> tuple[SourceText, Unit]:
    source = load("rf_law.txt")
    return source, parse_structure(source, "ru")
