"""Scoring against gold labels, as ANNOTATION.md defines it, and ``lexpert eval`` on real data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import lexpert.cli.eval  # noqa: F401  (registers the command)
from lexpert.cli._app import app
from lexpert.evaluate import GoldUnit, evaluate, load_gold, score
from lexpert.findings import DocumentResult, Finding

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _finding(line: int, end_line: int, factor: str) -> Finding:
    return Finding("r", factor, "warning", "high", "kk/a.txt", line, end_line, 0, 1, {"kk": "", "ru": ""}, "q", "m", "e", "s")


def test_score_counts_multi_line_findings_and_sets_medium_aside_for_high():
    gold = [GoldUnit("kk/a.txt", 5, "missing-deadline", confidence="high"),
            GoldUnit("kk/a.txt", 9, "broad-discretion", confidence="medium"),
            GoldUnit("kk/a.txt", 20, "open-list-of-grounds", confidence="high")]
    result = DocumentResult("kk/a.txt", "kk", findings=[
        _finding(4, 6, "missing-deadline"),     # covers line 5: TP
        _finding(9, 9, "broad-discretion"),     # medium gold: TP for all, ignored for high
        _finding(12, 12, "dangling-reference"),  # FP
        _finding(30, 30, "not-a-scored-factor"),  # not scored
    ])
    report = score(gold, ["kk/a.txt"], {"kk/a.txt": result})
    high, every = report.scores["high"]["kk"]["micro"], report.scores["all"]["kk"]["micro"]
    assert (high.tp, high.fp, high.fn) == (1, 1, 1)
    assert (every.tp, every.fp, every.fn) == (2, 1, 1)
    assert [m.line for m in report.misses] == [20] and [p.line for p in report.false_positives] == [12]


def test_gold_file_errors_are_input_errors(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"file": "kk/a.txt"}\n', encoding="utf-8")
    with pytest.raises(Exception) as err:
        load_gold(bad)
    assert "gold.jsonl:1" in str(err.value)


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/eval is not available")
def test_dev_gold_precision_floor():
    report = evaluate(SHARED / "gold", SHARED)
    assert not report.errors
    for lang in ("kk", "ru"):
        micro = report.scores["all"][lang]["micro"]
        assert micro.precision >= 0.8 and micro.recall >= 0.4, (lang, micro.to_dict())


@pytest.mark.skipif(not (CORPORA / "planted.jsonl").is_file(), reason="corpora/planted.jsonl is not there yet")
def test_cli_eval_on_the_planted_corpus_json():
    res = CliRunner().invoke(app, ["eval", "--gold", str(CORPORA / "planted.jsonl"), "--texts", str(CORPORA), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data["scores"]) == {"high", "all"}
    assert data["scores"]["all"]["ru"]["micro"]["tp"] > 0 and data["scores"]["all"]["kk"]["micro"]["tp"] > 0
