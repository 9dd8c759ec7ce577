"""``lexpert rules list`` and ``lexpert rules explain``."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import lexpert.cli.rules  # noqa: F401  (registers the commands)
from lexpert.cli._app import app
from lexpert.rules.loader import load_rules

runner = CliRunner()


def test_list_json_has_every_rule_and_check():
    res = runner.invoke(app, ["rules", "list", "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["id"] for r in rows} == {r.id for r in load_rules()}
    assert {"pattern", "check"} == {r["kind"] for r in rows}


def test_list_text_table():
    res = runner.invoke(app, ["rules", "list"])
    assert res.exit_code == 0 and "vague-deadline" in res.stdout and "missing-deadline" in res.stdout


def test_explain_in_each_language():
    for lang, heading in (("kk", "Неге бұл тәуекел"), ("ru", "Почему это риск"), ("en", "Why it is a risk")):
        res = runner.invoke(app, ["rules", "explain", "vague-deadline", "--lang", lang])
        assert res.exit_code == 0, res.output
        assert heading in res.stdout and "Decree 96 §3(а)" in res.stdout and "[N]" in res.stdout


def test_explain_unknown_rule_is_an_error():
    res = runner.invoke(app, ["rules", "explain", "no-such-rule"])
    assert res.exit_code != 0
