"""Every real act in the shared evaluation set reads cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexpert.ingest import find_drafts, read_source

EVAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_eval_act_reads(lang: str) -> None:
    folder = EVAL / lang
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (the shared evaluation set is outside the repository)")
    drafts = find_drafts([folder])
    assert drafts
    for path in drafts:
        source = read_source(path)
        raw = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        assert source.text == raw, path
        assert source.blocks, path
        assert source.line_count == raw.count("\n") + 1, path
