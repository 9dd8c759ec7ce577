"""The factor catalogue and the rule pack: complete, valid, and strict about bad rule files."""

from __future__ import annotations

from collections import defaultdict

import pytest

from lexpert.errors import ConfigError
from lexpert.rules.factors import load_factors, scored_factor_ids
from lexpert.rules.loader import load_dir, load_rules, select_rules

SCORED = {
    "broad-discretion", "may-instead-of-must", "missing-deadline", "open-list-of-grounds",
    "open-list-of-documents", "excessive-requirements", "blanket-delegation", "unclear-competence",
    "legal-linguistic-uncertainty", "dangling-reference", "no-competitive-procedure", "no-admin-procedure",
}


def test_catalogue_has_the_twelve_scored_factors_in_three_languages():
    factors = load_factors()
    assert set(scored_factor_ids()) == SCORED
    for factor in factors.values():
        for lang in ("kk", "ru", "en"):
            assert factor.name[lang] and factor.definition[lang] and factor.group_name[lang]
        assert factor.references, factor.id


def test_every_scored_factor_has_three_fire_and_three_silent_examples_per_language():
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for rule in load_rules():
        for lang, sets in rule.examples.items():
            counts[(rule.factor, lang)][0] += len(sets["fire"])
            counts[(rule.factor, lang)][1] += len(sets["silent"])
    for factor in SCORED:
        for lang in ("kk", "ru"):
            fire, silent = counts[(factor, lang)]
            assert fire >= 3 and silent >= 3, f"{factor} [{lang}]: {fire} fire, {silent} silent examples"


def test_rule_ids_are_unique_and_name_known_factors():
    rules = load_rules()
    assert len({r.id for r in rules}) == len(rules)
    assert {r.factor for r in rules} <= set(load_factors())


def _write(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


GOOD = """\
id: {id}
factor: missing-deadline
languages: [ru]
severity: warning
confidence: high
match:
  ru:
    phrases: [в разумный срок]
message: {{kk: к, ru: р, en: e}}
explanation: {{kk: к, ru: р, en: e}}
suggestion: {{kk: к, ru: р, en: e}}
examples:
  ru:
    fire: [Орган в разумный срок выдаёт ответ.]
    silent: [Орган в течение 5 дней выдаёт ответ.]
"""


def test_extra_rules_folder_loads(tmp_path):
    _write(tmp_path, "my-rule.yaml", GOOD.format(id="my-rule"))
    rules = load_dir(tmp_path)
    assert [r.id for r in rules] == ["my-rule"]


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (GOOD.format(id="other-id"), "id"),
        (GOOD.format(id="my-rule").replace("severity: warning", "severity: fatal"), "severity"),
        (GOOD.format(id="my-rule").replace("factor: missing-deadline", "factor: no-such-factor"), "factor"),
        (GOOD.format(id="my-rule").replace("phrases: [в разумный срок]", "regex: ['(']"), "match.ru.regex"),
        (GOOD.format(id="my-rule").replace("message:", "mesage:"), "mesage"),
        (GOOD.format(id="my-rule").replace("    silent: [Орган в течение 5 дней выдаёт ответ.]\n", ""), "examples.ru"),
    ],
)
def test_bad_rule_file_names_file_and_key(tmp_path, body, key):
    path = _write(tmp_path, "my-rule.yaml", body)
    with pytest.raises(ConfigError) as err:
        load_dir(tmp_path)
    assert str(path) in err.value.message and key in err.value.message


def test_select_and_ignore_by_rule_or_factor():
    rules = load_rules()
    picked = select_rules(rules, select=("missing-deadline",), ignore=("vague-deadline",))
    assert picked and all(r.factor == "missing-deadline" and r.id != "vague-deadline" for r in picked)
    with pytest.raises(ConfigError):
        select_rules(rules, select=("no-such-rule",))
