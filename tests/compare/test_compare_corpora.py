"""The sample drafts in ``corpora/`` are faithful translations: comparing them reports nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexpert.compare import compare_paths, find_pairs

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
NAMES = ("gov_decree_state_property_lease", "law_rural_tourism_support", "maslikhat_social_assistance")


def test_the_pair_finder_sees_every_sample_draft() -> None:
    pairs = find_pairs([CORPORA / "kk", CORPORA / "ru"])
    assert sorted((kk.stem, ru.stem) for kk, ru in pairs) == [(name, name) for name in NAMES]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("name", NAMES)
def test_faithful_sample_draft_reports_nothing(name: str, suffix: str) -> None:
    result = compare_paths(CORPORA / "kk" / f"{name}{suffix}", CORPORA / "ru" / f"{name}{suffix}")
    assert [d.message("en") for d in result.discrepancies] == []
    assert result.aligned >= 70
