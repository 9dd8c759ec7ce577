"""Consistency of the Kazakh and Russian versions of one act (``lexpert compare``).

Both versions are parsed into structural units (``units``), aligned unit by unit by
their numbers and content anchors (``align``), and each pair is compared on what a
translation must keep (``diff``): numbers, amounts, percentages, dates, deadlines and
act numbers (``anchors``, ``numwords``, with words and digits equal, ordinals included;
«бір айлық» = «месячный»), a right in one version against a duty or nothing in the other
(over a lead-in and its items together), the bodies named, open lists (an open list
agrees with a word that may mark one anywhere in the other version), and confident
rule findings (``findings``).  Unnumbered material (titles, preambles,
approval blocks) is compared in runs, since translations split it differently.  The
bilingual vocabulary is data: ``data/lexicon.yaml``.
"""

from __future__ import annotations

from lexpert.compare.core import compare_paths, compare_sources
from lexpert.compare.model import SCHEMA, CompareResult, Discrepancy, Side
from lexpert.compare.pairs import find_pairs

__all__ = ["SCHEMA", "CompareResult", "Discrepancy", "Side", "compare_paths", "compare_sources", "find_pairs"]
