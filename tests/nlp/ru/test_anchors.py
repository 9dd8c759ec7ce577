"""The stored lemma anchors of the built-in token patterns are what the dictionary gives."""

from __future__ import annotations

import subprocess
import sys

from lexpert.nlp.pipeline import fold
from lexpert.nlp.ru.anchors import KNOWN, computed_anchor, lemma_anchor
from lexpert.rules.loader import load_rules


def _pattern_lemmas() -> set[str]:
    """Every LEMMA value (a string or an IN list) of the built-in Russian token patterns."""
    found: set[str] = set()
    for rule in load_rules():
        spec = rule.match.get("ru")
        for pattern in spec.patterns if spec else ():
            for token in pattern:
                for attr, value in token.items():
                    if attr.upper() != "LEMMA":
                        continue
                    if isinstance(value, str):
                        found.add(fold(value))
                    elif isinstance(value, dict):
                        found.update(fold(v) for values in value.values() if isinstance(values, list) for v in values)
    return found


def test_every_stored_anchor_is_the_computed_one() -> None:
    for lemma, anchor in KNOWN.items():
        assert computed_anchor(lemma) == anchor, f"regenerate KNOWN[{lemma!r}]: {computed_anchor(lemma)!r}"


def test_every_lemma_of_a_built_in_pattern_is_stored() -> None:
    missing = _pattern_lemmas() - set(KNOWN)
    assert not missing, f"add to lexpert.nlp.ru.anchors.KNOWN: {sorted(missing)}"


def test_other_lemmas_are_computed() -> None:
    assert "выдача" not in KNOWN
    assert lemma_anchor("выдача") == computed_anchor("выдача")
    assert lemma_anchor("выдача") in "выдачей"


def test_stored_anchors_do_not_load_the_dictionary() -> None:
    code = (
        "import sys\n"
        "from lexpert.nlp.ru.anchors import lemma_anchor\n"
        "assert lemma_anchor('срок') == 'срок'\n"
        "print('pymorphy3' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
