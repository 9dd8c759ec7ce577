"""The verbal ending tables: nominal continuations attached as forward generation would make them."""

from __future__ import annotations

import pytest

from lexpert.nlp.kk.morph.phonology import final_class, realise
from lexpert.nlp.kk.morph.suffixes import (
    FACTIVE,
    NEGATED_FUTURE_PARTICIPLE,
    NEGATION,
    NOMINALISING,
    Chain,
    _extend_nominal,
    _extend_verbal,
    nominal_endings,
    verbal_endings,
)

CLASSES = "VGLNZK"


def _participle_forms(h: str) -> list[tuple[Chain, str]]:
    """Every verbal form that takes nominal endings, with the class of its last sound."""
    forms = []
    for cls in CLASSES:
        negation: Chain = (("NEG", realise(NEGATION[cls], h)),)
        for label, table in NOMINALISING.items():
            for base, suffix in (((), table[cls]), (negation, NEGATED_FUTURE_PARTICIPLE), (negation, table["V"])):
                form = base + ((label, realise(suffix, h)),)
                forms.append((form, final_class(form[-1][1])))
                forms.append((form + (("FACT", realise(FACTIVE, h)),), "K"))
    return forms


@pytest.mark.parametrize("h", ["back", "front"])
def test_extend_verbal_matches_forward_generation(h):
    for form, cls in _participle_forms(h):
        composed, generated = {}, {}
        _extend_verbal(composed, h, form, cls)
        _extend_nominal(generated, h, form, cls)
        assert composed == generated and list(composed) == list(generated), form


def test_verbal_table_keys_spell_their_chains():
    for h in ("back", "front"):
        for cls in CLASSES:
            for ending, chains in verbal_endings(h, cls).items():
                assert all("".join(surface for _, surface in chain) == ending for chain in chains)
                assert len(chains) == len(set(chains))
    assert "ғандығымызда" in verbal_endings("back", "L")  # participle, -дық voiced, possessive, case

