"""Vocabulary shared by the Python checks: deadlines, refusals, definitions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.actors import PUBLIC, mentions
from lexpert.rules.context import Draft, Segment
from lexpert.rules.model import LazyPattern, Regex, may_match, needed_strings

DEADLINE = {
    "ru": LazyPattern(
        r"в\s+течение|не\s+позднее|не\s+позже|не\s+более\s+\S+\s+(?:рабочих\s+|календарных\s+)?(?:дн|час|месяц)|"
        r"в\s+(?:\S+\s+)?срок|сроки?\s+(?:рассмотрени|проведени|выдачи|действи)|\d+\s*(?:рабочих\s+|календарных\s+)?(?:дн|час|месяц)|"
        r"(?:рабочих|календарных)\s+дн|незамедлительно|одновременно|в\s+день\s+(?:поступлени|получени|регистрац|обращени)|"
        r"до\s+\d{1,2}\s+\w+|ежегодно|ежеквартально|ежемесячно",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"ішінде|кешіктірмей|мерзім|\d+\s*(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|сағат|ай)|(?:жұмыс|күнтізбелік)\s+күн|"
        r"дереу|бір\s+мезгілде|(?:түскен|алған|тіркелген)\s+күні|жыл\s+сайын|тоқсан\s+сайын|ай\s+сайын",
        re.IGNORECASE,
    ),
}

REFUSAL_GROUNDS = {
    "ru": LazyPattern(
        r"основани\w*\s+(?:для|к)\s+(?:\w+\s+){0,2}отказ|отказ\w*\s+(?:\w+\s+){0,6}(?:в\s+случа\w+|по\s+следующим\s+основаниям|при\s+(?:наличии|несоответствии|непредставлении))",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"бас\s+тарту\w*[^.;\n]{0,60}?\s(?:үшін\s+)?(?:мынадай\s+)?негіз|(?:мынадай\s+)?жағдайларда\s+(?:\w+\s+){0,6}бас\s+тарт|"
        r"мынадай\s*:[^:]{0,1500}?бас\s+тартылады",
        re.IGNORECASE,
    ),
}

POWERS_LEAD = LazyPattern(r"(?:полномочи|функци|задач|компетенц|құзырет|функция|міндет)\w*", re.IGNORECASE)


def candidates(draft: Draft, pattern: Regex) -> list[Segment]:
    """The segments where ``pattern`` can match (they hold a string it needs), in draft order."""
    return draft.segments_with(needed_strings(pattern))


def norm_matches(draft: Draft, pattern: Regex) -> Iterator[tuple[Segment, re.Match[str]]]:
    """Norms (not closing clauses or definitions) where ``pattern`` matches, with the first match."""
    for seg in candidates(draft, pattern):
        if seg.closing or seg.definition or not may_match(pattern, seg.folded):
            continue
        m = pattern.search(seg.key)
        if m:
            yield seg, m


def public_actor_in(draft: Draft, segment: Segment) -> bool:
    """True when a public body or official acts in the segment or in the lead-in of its list or point."""
    text = draft.lead_text(segment)[-300:] + "\n" + segment.key
    return any(m.kind == PUBLIC for m in mentions(text, draft.lang))


def in_list_of_powers(segment: Segment, parent_text: str) -> bool:
    """True for an item of a list of a body's powers or functions (internal competence, not a procedure)."""
    return segment.unit.kind == "subpoint" and bool(POWERS_LEAD.search(parent_text[:300]))

REFUSAL = {
    "ru": LazyPattern(
        r"(?<!\w)(?:(?:об?\s+)?отказе\s+в\s+(?:ее\s+|её\s+|его\s+|их\s+)?\w+|отказыва(?:ет|ют)\s+в\s+\w+|отрицательн\w+\s+решени\w*)",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(r"(?<!\w)(?:\w+(?:дан|ден|тан|тен|нан|нен)\s+)?(?:бас\s+тарту\s+туралы\s+шешім\w*|бас\s+тартады|теріс\s+шешім\w*)", re.IGNORECASE),
}
GRANT_OR_REFUSE = {
    "ru": LazyPattern(
        r"(?<!\w)(?:принима\w+|выносит|принимается)\s+(?:\w+\s+){0,2}решени\w*\s+(?:\w+\s+){0,1}об?\s+[^.;]{3,120}?\s+или\s+(?:об?\s+)?отказе\s+в\s+(?:ее\s+|её\s+|его\s+)?\w+",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)[^.;]{3,120}?\s+(?:немесе|не)\s+[^.;]{0,80}?бас\s+тарту\s+туралы\s+шешім\s+(?:қабылдайды|шығарады|қабылданады)",
        re.IGNORECASE,
    ),
}


def refusals_without_grounds(draft: Draft, pattern: dict[str, Regex]) -> Iterator[tuple[Segment, re.Match[str]]]:
    """Segments where a body refuses (per ``pattern``) while the act lists no grounds for refusal."""
    lang = draft.lang
    grounded = None  # the act-wide search is the costly part: made once a refusal is found
    for seg, m in norm_matches(draft, pattern[lang]):
        if public_actor_in(draft, seg):
            if grounded is None:
                grounded = draft.norm_text_matches(REFUSAL_GROUNDS[lang])
            if grounded:
                return
            yield seg, m
