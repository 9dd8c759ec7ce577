"""``grant-or-refuse``: a body decides to grant or to refuse, and the act states no criteria or grounds."""

from __future__ import annotations

from collections.abc import Iterator

from lexpert.rules.checks.common import GRANT_OR_REFUSE, refusals_without_grounds
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit


def find(draft: Draft) -> Iterator[Hit]:
    """Grant-or-refuse decisions of a body in an act that lists no grounds for refusal."""
    for seg, m in refusals_without_grounds(draft, GRANT_OR_REFUSE):
        yield Hit(seg, seg.start + m.start(), seg.start + m.end())
