"""GitHub workflow annotations: one command per finding, escaped, within GitHub's per-level cap."""

from __future__ import annotations

import dataclasses
import re

from lexpert.report import render
from lexpert.report.github import PER_LEVEL, escape_data, escape_property

COMMAND = re.compile(r"^::(error|warning|notice) file=([^,]+),line=(\d+),endLine=(\d+)(?:,col=(\d+),endColumn=(\d+))?,title=([^:]+)::(.+)$")


def test_escaping_follows_the_toolkit() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_one_annotation_per_finding(checked) -> None:
    result, source = checked[("ru", "txt")]
    lines = render("github", [result], {source.path: source}).splitlines()
    assert len(lines) == len(result.findings)
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    for line in lines:
        match = COMMAND.match(line)
        assert match, line
        level, path, start, end, col, end_col, title, message = match.groups()
        f = next(f for f in result.findings if str(f.line) == start and f.rule in title)
        assert level == levels[f.severity] and path == result.path.replace(":", "%3A")
        text_line = source.text.split("\n")[f.line - 1]
        assert text_line[int(col) - 1:int(end_col)] == f.quote
        assert "\n" not in message and f.quote in message


def test_annotations_are_capped_per_level(checked) -> None:
    result, source = checked[("kk", "txt")]
    many = [dataclasses.replace(result.findings[0], severity="warning") for _ in range(PER_LEVEL + 5)]
    lines = render("github", [dataclasses.replace(result, findings=many)], {source.path: source}).splitlines()
    assert sum(line.startswith("::warning ") for line in lines) == PER_LEVEL
    assert "5" in lines[-1] and not lines[-1].startswith("::")
