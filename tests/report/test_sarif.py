"""SARIF 2.1.0: valid against the official schema, stable rule ids with metadata, fingerprints, locations."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from lexpert.report import render

SCHEMA_FILE = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


@pytest.mark.parametrize("report_lang", [None, "kk", "ru", "en"])
def test_sarif_is_valid_and_points_at_the_quotes(batch, validator, report_lang: str | None) -> None:
    results, sources = batch
    log = json.loads(render("sarif", results, sources, report_lang=report_lang))
    validator.validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len({r["id"] for r in rules}) == len(rules)
    assert {r["id"] for r in rules} == {f.rule for r in results for f in r.findings}
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["help"]["text"] and rule["help"]["markdown"]
    assert len(run["results"]) == sum(len(r.findings) for r in results)
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["partialFingerprints"]["lexpertFingerprint/v1"]
        location = res["locations"][0]["physicalLocation"]
        artifact = location["artifactLocation"]
        assert run["artifacts"][artifact["index"]]["location"]["uri"] == artifact["uri"]
        region = location["region"]
        text = sources[results[artifact["index"]].path].text
        line = text.split("\n")[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]


def test_sarif_is_stable_between_runs(batch) -> None:
    results, sources = batch
    first, second = (json.loads(render("sarif", results, sources)) for _ in range(2))
    assert first == second


def test_sarif_paths_are_relative_to_the_working_directory(checked, validator, monkeypatch) -> None:
    result, source = checked[("kk", "txt")]
    monkeypatch.chdir(Path(source.path).parent.parent)
    log = json.loads(render("sarif", [result], {source.path: source}))
    validator.validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "kk/law_rural_tourism_support.txt", "index": 0, "uriBaseId": "%SRCROOT%"}
