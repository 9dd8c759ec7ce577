"""``refusal-without-grounds``: a body may refuse, and the act gives no grounds, reasons or appeal for it."""

from __future__ import annotations

from collections.abc import Iterator

from lexpert.rules.checks.common import REFUSAL, refusals_without_grounds
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit


def find(draft: Draft) -> Iterator[Hit]:
    """Refusals by a body in an act that lists no grounds for refusal."""
    for seg, m in refusals_without_grounds(draft, REFUSAL):
        yield Hit(seg, seg.start + m.start(), seg.start + m.end())
