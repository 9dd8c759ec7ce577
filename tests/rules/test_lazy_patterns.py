"""Built-in regexes compile on first use: each one compiles, and reads exactly like ``re.compile``."""

from __future__ import annotations

import copy
import json
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lexpert.nlp.pipeline import fold
from lexpert.rules import checks
from lexpert.rules.checks import common
from lexpert.rules.loader import load_dir, load_rules
from lexpert.rules.model import LazyPattern, matches, may_match, needed_strings

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
RULE = """id: my-rule
factor: missing-deadline
languages: [ru]
severity: warning
confidence: high
match:
  ru:
    phrases: [в разумный срок]
    regex: ['срок\\w*\\s+рассмотрения']
context:
  unless:
    ru: {sentence: ['не\\s+позднее']}
message: {kk: к, ru: р, en: e}
explanation: {kk: к, ru: р, en: e}
suggestion: {kk: к, ru: р, en: e}
examples:
  ru:
    fire: [Орган в разумный срок выдаёт ответ.]
    silent: [Орган в течение 5 дней выдаёт ответ.]
"""


def _rule_regexes() -> Iterator[tuple[str, str, object]]:
    """(rule id, language, regex) for every match, ``unless`` and ``require`` regex of the built-in rules."""
    for rule in load_rules():
        for lang, spec in rule.match.items():
            yield from ((rule.id, lang, r) for r in spec.regexes)
        for conditions in (rule.unless, rule.require):
            for lang, places in conditions.items():
                yield from ((rule.id, lang, r) for regexes in places.values() for r in regexes)


def _module_patterns(value: object) -> Iterator[LazyPattern]:
    if isinstance(value, LazyPattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _module_patterns(item)


def _check_patterns() -> list[LazyPattern]:
    modules = [common, *(sys.modules[find.__module__] for find in checks.CHECKS.values())]
    return [p for module in modules for value in vars(module).values() for p in _module_patterns(value)]


def _samples() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPORA.glob("*/*.txt"))]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_every_builtin_regex_compiles_and_reads_as_compiled():
    """A broken built-in pattern fails here, since loading the catalogue no longer compiles it."""
    found = list(_rule_regexes())
    patterns = [regex for *_, regex in found] + _check_patterns()
    assert len(found) > 200 and len(patterns) - len(found) > 40
    assert all(isinstance(p, LazyPattern) for p in patterns)
    samples = _samples()
    for lazy in patterns:
        compiled = re.compile(lazy.pattern, re.IGNORECASE)
        assert lazy.flags == compiled.flags and needed_strings(lazy) == needed_strings(compiled), lazy.pattern
        for text in samples[:: max(1, len(samples) // 150)]:
            folded = fold(text)
            assert matches(lazy, text, folded) == matches(compiled, text, folded) == bool(compiled.search(text))
            assert may_match(lazy, folded) == may_match(compiled, folded)
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.compiled() == compiled


def test_lazy_pattern_reads_as_compiled_before_and_after_compiling():
    for source, flags in [(r"срок\w*", re.IGNORECASE), (r"(?x) срок \s+ \d+", 0), (r"(?i:а)б", 0), (r"\w+", re.ASCII)]:
        lazy, compiled = LazyPattern(source, flags), re.compile(source, flags)
        assert (lazy.pattern, lazy.flags, lazy.groups) == (compiled.pattern, compiled.flags, compiled.groups)
        assert lazy.flags == compiled.flags  # now compiled
        for text in ("Срок 5", "срок 5", "аб", "Аб", "x"):
            assert bool(lazy.match(text)) == bool(compiled.match(text)), (source, text)
    lazy = LazyPattern(r"(?P<n>\d+)\s+дн", re.IGNORECASE)
    assert lazy.search("за 5 дней").group("n") == "5" and lazy.groupindex == {"n": 1}
    assert lazy.sub("N", "5 дн, 7 ДН") == "N, N"


def test_lazy_patterns_key_caches_by_source_and_flags_uncompiled():
    one, same, other = LazyPattern("не\\s+позднее", re.I), LazyPattern("не\\s+позднее", re.I), LazyPattern("не\\s+позднее")
    assert one == same and hash(one) == hash(same) and one != other
    assert len({one: 1, same: 2, other: 3}) == 2
    assert needed_strings(one) is needed_strings(same)
    assert one._regex is None and same._regex is None


def test_lazy_pattern_copies_and_pickles():
    lazy = LazyPattern("срок\\w*", re.IGNORECASE)
    for twin in (copy.deepcopy(lazy), pickle.loads(pickle.dumps(lazy))):
        assert twin == lazy and twin.search("Сроки").group() == "Сроки"


def test_user_rule_folder_is_compiled_at_load(tmp_path):
    (tmp_path / "my-rule.yaml").write_text(RULE, encoding="utf-8")
    (rule,) = load_dir(tmp_path)
    regexes = [*rule.match["ru"].regexes, *rule.unless["ru"]["sentence"]]
    assert len(regexes) == 3 and all(isinstance(r, re.Pattern) for r in regexes)
    assert regexes[0].search("в  разумный срок") and not regexes[0].search("неразумный срок")


@pytest.mark.parametrize("key", ["match.ru.regex", "context.unless.ru.sentence"])
def test_bad_regex_in_user_rule_is_reported_at_load(tmp_path, key):
    from lexpert.errors import ConfigError

    body = RULE.replace("'срок\\w*\\s+рассмотрения'", "'('") if key.startswith("match") else RULE.replace("'не\\s+позднее'", "'[а-'")
    path = tmp_path / "my-rule.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_dir(tmp_path)
    assert str(path) in err.value.message and key in err.value.message and "bad regular expression" in err.value.message


def test_loading_the_builtin_catalogue_compiles_none_of_its_regexes():
    code = (
        "import json, re._compiler as c; import lexpert.rules.loader as loader; calls = []; real = c.compile\n"
        "c.compile = lambda p, flags=0: calls.append(p) or real(p, flags)\n"
        "loader.load_rules(); print(json.dumps([p for p in calls if isinstance(p, str)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    sources = {regex.pattern for *_, regex in _rule_regexes()} | {p.pattern for p in _check_patterns()}
    assert not sources & set(json.loads(out.stdout))
