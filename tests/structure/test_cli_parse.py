"""``lexpert parse`` on real files: the text outline and the JSON tree."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from lexpert.cli import app

DATA = Path(__file__).parent / "data"
runner = CliRunner()


def test_text_outline_in_the_document_language():
    result = runner.invoke(app, ["parse", str(DATA / "kk_decree.md")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].endswith("[kk]")
    assert "  point 1  шешімнің 1-тармағы  L7" in lines
    assert any(
        line.strip() == "subpoint 1  Қағидалардың 1-тарауының 2-тармағының 1) тармақшасы  L34" for line in lines
    )
    assert any(line.strip() == "signature  шешімнің қолтаңбасы  L13-19  (signature)" for line in lines)


def test_json_for_one_file(tmp_path):
    draft = tmp_path / "draft.txt"
    shutil.copy(DATA / "ru_decree.txt", draft)
    result = runner.invoke(app, ["parse", "--format", "json", str(draft)])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["path"] == str(draft) and payload["lang"] == "ru"
    tree = payload["tree"]
    assert tree["kind"] == "document"
    point = tree["children"][2]
    assert {"kind", "number", "address", "line", "end_line", "start", "end", "text"} <= point.keys()
    assert point["address"] == {"kk": "қаулының 1-тармағы", "ru": "пункт 1 постановления"}
    assert draft.read_text(encoding="utf-8")[point["start"]:point["end"]] == point["text"]


def test_json_list_for_several_files_and_forced_language():
    files = [str(DATA / "rf_law.txt"), str(DATA / "ru_decree.txt")]
    result = runner.invoke(app, ["parse", "-f", "json", "--lang", "kk", *files])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [item["path"] for item in payload] == files
    assert {item["lang"] for item in payload} == {"kk"}
