"""Fixtures: real ``lexpert check`` results on the bundled sample drafts (corpora/kk, corpora/ru)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafts import write_docx
from lexpert.check import check_source
from lexpert.findings import DocumentResult
from lexpert.ingest import read_source
from lexpert.ingest.model import SourceText

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
SAMPLE = "law_rural_tourism_support"
LANGS = ("kk", "ru")
REPORT_LANGS = ("kk", "ru", "en")

Checked = tuple[DocumentResult, SourceText]


def check_file(path: Path, display: str | None = None) -> Checked:
    """Read and check one draft the way ``lexpert check`` does."""
    source = read_source(display or path)
    return check_source(source), source


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the sample drafts (tests never touch the repository's files)."""
    target = tmp_path_factory.mktemp("corpora")
    for lang in LANGS:
        shutil.copytree(CORPORA / lang, target / lang)
    return target


@pytest.fixture(scope="session")
def checked(corpus_dir: Path) -> dict[tuple[str, str], Checked]:
    """(lang, suffix) -> result and source of the sample draft, for .txt and .docx."""
    return {(lang, suffix): check_file(corpus_dir / lang / f"{SAMPLE}.{suffix}") for lang in LANGS for suffix in ("txt", "docx")}


@pytest.fixture(scope="session")
def batch(corpus_dir: Path) -> tuple[list[DocumentResult], dict[str, SourceText]]:
    """Every .txt sample draft of both languages, as one batch."""
    pairs = [check_file(p) for p in sorted(corpus_dir.glob("*/*.txt"))]
    return [r for r, _ in pairs], {s.path: s for _, s in pairs}


@pytest.fixture(scope="session")
def made_docx(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Checked]:
    """lang -> the hand-written .docx draft (split runs, table, numbering) and its check result."""
    folder = tmp_path_factory.mktemp("made")
    return {lang: check_file(write_docx(folder / f"draft_{lang}.docx", lang)) for lang in LANGS}
