"""Suppressions of all three kinds, unused ones reported, and baselines, through ``lexpert.batch.run``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from batch_drafts import RU_V1, opts, write, write_docx
from lexpert import baseline
from lexpert.batch import run
from lexpert.errors import ExitCode, InputError

ONE = opts()


def test_config_suppression_by_file_address_and_rule_and_unused_one(tmp_path: Path) -> None:
    draft = write(tmp_path / "drafts" / "bees.txt", RU_V1)
    write(
        tmp_path / "lexpert.toml",
        '[[suppress]]\nfile = "drafts/bees.txt"\naddress = "пункт 1 статьи 3"\nrule = "vague-deadline"\n'
        'reason = "Срок установлен договором о субсидировании."\n'
        '[[suppress]]\nfile = "drafts/bees.txt"\naddress = "пункт 9 статьи 9"\nrule = "body-may"\nreason = "Устарело."\n',
    )
    batch = run([draft], ONE)
    assert [f.rule for f in batch.findings] == ["body-may", "open-documents"]
    assert batch.summary.suppressed == 1
    unused = [n for n in batch.notices if "unused suppression" in n]
    assert len(unused) == 1 and "suppress #2" in unused[0] and "body-may" in unused[0]


def test_inline_marker_in_txt_and_md(tmp_path: Path) -> None:
    text = RU_V1.replace(
        "2. Уполномоченный орган вправе",
        "lexpert: ignore may-instead-of-must — отказ допускается только по основаниям статьи 4\n"
        "2. Уполномоченный орган вправе",
    ).replace("в разумный срок.", "в разумный срок. <!-- lexpert: ignore body-may — здесь нет органа -->")
    line = text.split("\n").index(next(x for x in text.split("\n") if "здесь нет органа" in x)) + 1
    txt = write(tmp_path / "bees.txt", text)
    md = write(tmp_path / "bees.md", text)
    for draft in (txt, md):
        batch = run([draft], ONE)
        assert [f.rule for f in batch.findings] == ["open-documents", "vague-deadline"]
        assert batch.summary.suppressed == 1
        assert [n for n in batch.notices if "unused" in n] == [
            f"{draft}:{line}: unused suppression (body-may): it matched no finding; remove it"
        ]


def test_inline_marker_without_reason_is_reported(tmp_path: Path) -> None:
    draft = write(tmp_path / "bees.txt", RU_V1.replace("в разумный срок.", "в разумный срок. lexpert: ignore vague-deadline"))
    batch = run([draft], ONE)
    assert "vague-deadline" in [f.rule for f in batch.findings]
    assert any("needs a rule and a reason" in n for n in batch.notices)


def test_word_comment_suppresses_the_norm_in_docx(tmp_path: Path) -> None:
    draft = write_docx(
        tmp_path / "bees.docx",
        RU_V1,
        {
            "2. Уполномоченный орган вправе": "lexpert: ignore body-may — отказ только по основаниям статьи 4",
            "1. Пчеловод": "lexpert: ignore all — определение, а не полномочие",
        },
    )
    batch = run([draft], ONE)
    assert [f.rule for f in batch.findings] == ["open-documents", "vague-deadline"]
    assert batch.summary.suppressed == 1
    assert any("unused suppression" in n and "Word comment" in n for n in batch.notices)


def test_baseline_reports_only_new_findings_and_stale_entries(tmp_path: Path) -> None:
    draft = write(tmp_path / "drafts" / "bees.txt", RU_V1)
    base = tmp_path / "lexpert-baseline.json"
    baseline.write(run([tmp_path / "drafts"], ONE).results, base)
    assert json.loads(base.read_text(encoding="utf-8"))["findings"][0]["path"] == "drafts/bees.txt"
    assert run([draft], opts(baseline=base)).exit_code == ExitCode.OK
    # Edit elsewhere (lines shift), fix one finding, add a new one.
    edited = ("Преамбула проекта.\n\n" + RU_V1).replace("в разумный срок", "в течение трёх рабочих дней").replace(
        "принимается комиссией", "принимается комиссией при необходимости"
    )
    write(draft, edited)
    batch = run([draft], opts(baseline=base))
    assert [f.rule for f in batch.findings] == ["if-necessary"]
    assert batch.summary.baselined == 2
    assert any("baseline update" in n for n in batch.notices)  # the fixed vague-deadline entry is stale


def test_bad_baseline_file_is_an_input_error(tmp_path: Path) -> None:
    draft = write(tmp_path / "bees.txt", RU_V1)
    with pytest.raises(InputError, match="not found"):
        run([draft], opts(baseline=tmp_path / "none.json"))


def test_baseline_update_keeps_drops_adds_and_leaves_other_drafts(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", RU_V1)
    second = write(tmp_path / "b.txt", RU_V1)
    base = tmp_path / "baseline.json"
    baseline.write(run([tmp_path], ONE).results, base)
    write(first, RU_V1.replace("в разумный срок", "в течение трёх рабочих дней").replace("принимается комиссией", "принимается комиссией при необходимости"))
    kept, dropped, added = baseline.update(run([first], ONE).results, base)
    assert (kept, dropped, added) == (2, 1, 1)
    paths = [e["path"] for e in json.loads(base.read_text(encoding="utf-8"))["findings"]]
    assert paths.count("a.txt") == 3 and paths.count("b.txt") == 3
    assert run([first, second], opts(baseline=base)).exit_code == ExitCode.OK
