"""``consent-without-criteria``: a body gives or withholds its consent with no criteria in the act."""

from __future__ import annotations

from collections.abc import Iterator

from lexpert.rules.checks.consent_without_procedure import consents_without_procedure
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit


def find(draft: Draft) -> Iterator[Hit]:
    """The consent requirement that ``consent-without-procedure`` finds, seen as discretion."""
    return consents_without_procedure(draft)
