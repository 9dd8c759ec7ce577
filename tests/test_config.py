"""Configuration discovery and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexpert.config import STARTER, find_config_file, load_config
from lexpert.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_config_found_by_walking_up(tmp_path: Path) -> None:
    cfg = write(tmp_path / "lexpert.toml", 'fail-on = "error"\nignore = ["dangling-reference"]\n')
    draft = write(tmp_path / "drafts" / "deep" / "law.txt", "text")
    assert find_config_file(draft) == cfg
    config = load_config(draft)
    assert config.fail_on == "error"
    assert config.ignore == ("dangling-reference",)


def test_config_from_pyproject_tool_table(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n[tool.lexpert]\nreport-lang = "kk"\n')
    assert load_config(tmp_path).report_lang == "kk"


def test_config_pyproject_without_tool_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path / "sub").path is None


def test_config_defaults_without_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.path is None and config.fail_on == "warning" and config.suppress == ()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('fail-on = "fatal"\n', "'fail-on' is 'fatal'"),
        ('report-lang = "de"\n', "'report-lang' is 'de'"),
        ('select = "broad-discretion"\n', "'select' must be a list"),
        ('[severity]\n"missing-deadline" = "loud"\n', "'severity.missing-deadline' is 'loud'"),
        ('[[suppress]]\nfile = "a.txt"\naddress = "пункт 1"\nrule = "x"\n', "has no 'reason'"),
        ('[[suppress]]\nfile = "a.txt"\naddress = "пункт 1"\nrule = "x"\nreason = "ok"\nwhy = "?"\n', "unknown key 'why'"),
        ("fail-on = \n", "not valid TOML"),
    ],
)
def test_config_bad_values_name_file_and_key(tmp_path: Path, text: str, fragment: str) -> None:
    cfg = write(tmp_path / "lexpert.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    assert fragment in info.value.message
    assert str(cfg) in info.value.message


def test_config_explicit_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path, explicit=tmp_path / "nope.toml")


def test_config_suppressions_and_rule_dirs_resolved(tmp_path: Path) -> None:
    write(
        tmp_path / "lexpert.toml",
        'rules-dirs = ["extra"]\n[[suppress]]\nfile = "law.txt"\naddress = "5-баптың 2-тармағы"\n'
        'rule = "may-instead-of-must"\nreason = "bounded by art. 7"\n',
    )
    config = load_config(tmp_path)
    assert config.rules_dirs == ((tmp_path / "extra").resolve(),)
    assert config.suppress[0].address == "5-баптың 2-тармағы"


def test_config_starter_file_is_valid(tmp_path: Path) -> None:
    write(tmp_path / "lexpert.toml", STARTER)
    assert load_config(tmp_path).fail_on == "warning"
