"""JSON report: valid against docs/findings.schema.json, with consistent summary counts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from lexpert.findings import SCHEMA
from lexpert.report import render

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "findings.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_batch_json_is_valid_and_counts_add_up(batch, validator) -> None:
    results, sources = batch
    data = json.loads(render("json", results, sources))
    validator.validate(data)
    assert data["schema"] == SCHEMA
    findings = [f for d in data["documents"] for f in d["findings"]]
    assert data["summary"]["findings"] == len(findings) == sum(len(r.findings) for r in results) > 0
    assert sum(data["summary"]["by_severity"].values()) == len(findings)
    assert sum(data["summary"]["by_factor"].values()) == len(findings)
    assert {d["lang"] for d in data["documents"]} == {"kk", "ru"}


def test_schema_rejects_a_broken_finding(batch, validator) -> None:
    results, sources = batch
    data = json.loads(render("json", results, sources))
    broken = next(d for d in data["documents"] if d["findings"])
    broken["findings"][0]["severity"] = "fatal"
    assert not validator.is_valid(data)


def test_json_of_an_unreadable_draft_keeps_its_error(validator) -> None:
    from lexpert.findings import DocumentResult

    data = json.loads(render("json", [DocumentResult(path="missing.docx", lang="", errors=["missing.docx: no such file"])], {}))
    validator.validate(data)
    assert data["summary"]["errors"] == 1 and data["documents"][0]["risk"]["level"] == "none"
