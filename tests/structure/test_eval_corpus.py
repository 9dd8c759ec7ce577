"""Every eval act parses, and ≥95 % of its numbered lines become units (per language)."""

import importlib.util
import sys
from pathlib import Path

import pytest

from lexpert.ingest.model import SourceText
from lexpert.lang import detect_language
from lexpert.structure import parse_structure

REPO = Path(__file__).resolve().parents[2]
EVAL = REPO / ".." / "shared" / "eval"


def _coverage_script():
    spec = importlib.util.spec_from_file_location("structure_coverage", REPO / "scripts" / "structure_coverage.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def eval_dir() -> Path:
    if not EVAL.is_dir():
        pytest.skip(f"no shared eval folder at {EVAL}")
    return EVAL


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_numbered_lines_become_units(eval_dir, lang):
    coverage = _coverage_script().measure(eval_dir, lang)
    assert coverage.files > 0
    assert coverage.share >= 0.95, coverage.misses[:20]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_act_is_a_well_formed_tree(eval_dir, lang):
    for path in sorted((eval_dir / lang).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        source = SourceText(str(path), "txt", text)
        assert detect_language(text) == lang, path.name
        root = parse_structure(source, lang)
        for unit in root.walk():
            assert unit.text == text[unit.start:unit.end]
            assert unit.line == source.line_of(unit.start)
            for child in unit.children:
                assert unit.start <= child.start <= child.end <= unit.end, (path.name, child.address)
            if unit.kind in ("point", "subpoint", "article", "chapter"):
                assert unit.address["kk"] and unit.address["ru"], (path.name, unit.line)
