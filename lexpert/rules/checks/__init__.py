"""Python checks: what one sentence cannot show.  Each is registered here explicitly.

A check is ``find(draft) -> Iterator[Hit]``; its id, factor, texts and examples
live in ``<id>.yaml`` beside it, in the same format as a YAML rule without ``match``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from lexpert.rules.checks import (
    consent_without_criteria,
    consent_without_procedure,
    counterparty_choice,
    delegated_content,
    grant_or_refuse,
    missing_internal_reference,
    open_last_item,
    refusal_without_grounds,
    step_without_deadline,
    undefined_authorised_body,
    unlisted_documents,
)

CHECKS: dict[str, Callable[..., Iterator]] = {
    "step-without-deadline": step_without_deadline.find,
    "refusal-without-grounds": refusal_without_grounds.find,
    "grant-or-refuse": grant_or_refuse.find,
    "undefined-authorised-body": undefined_authorised_body.find,
    "counterparty-choice": counterparty_choice.find,
    "missing-internal-reference": missing_internal_reference.find,
    "consent-without-procedure": consent_without_procedure.find,
    "consent-without-criteria": consent_without_criteria.find,
    "unlisted-documents": unlisted_documents.find,
    "delegated-content": delegated_content.find,
    "open-last-item": open_last_item.find,
}
