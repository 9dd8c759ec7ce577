"""The risk index that ranks drafts and sets a draft's overall risk.

Each finding weighs ``SEVERITY_WEIGHT[severity] * CONFIDENCE_WEIGHT[confidence]``;
the index is the sum of the weights per 1,000 words of the draft (a draft
shorter than 1,000 words counts as 1,000, so a short draft with one finding
is not ranked above a long one with many).  The overall level is ``high``
when the index is at least 10 or a high-severity finding has high confidence,
``medium`` when it is at least 4, ``low`` for any other draft with findings,
and ``none`` without findings.  The wording shown to users is
``risk_index_doc`` in ``strings.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lexpert.findings import Finding

SEVERITY_WEIGHT = {"error": 3.0, "warning": 2.0, "info": 1.0}
CONFIDENCE_WEIGHT = {"high": 1.0, "medium": 0.6, "low": 0.3}
MIN_WORDS = 1000
HIGH_INDEX = 10.0
MEDIUM_INDEX = 4.0
LEVELS = ("high", "medium", "low", "none")


@dataclass(frozen=True)
class Risk:
    """A draft's risk index and overall level."""

    index: float
    level: str  # one of LEVELS


def weight(finding: Finding) -> float:
    """How much one finding adds to the risk score."""
    return SEVERITY_WEIGHT.get(finding.severity, 1.0) * CONFIDENCE_WEIGHT.get(finding.confidence, 0.3)


def assess(findings: Sequence[Finding], words: int) -> Risk:
    """The risk of a draft of ``words`` words with these findings."""
    if not findings:
        return Risk(0.0, "none")
    index = round(sum(weight(f) for f in findings) * 1000 / max(words, MIN_WORDS), 1)
    certain_error = any(f.severity == "error" and f.confidence == "high" for f in findings)
    if index >= HIGH_INDEX or certain_error:
        level = "high"
    elif index >= MEDIUM_INDEX:
        level = "medium"
    else:
        level = "low"
    return Risk(index, level)
