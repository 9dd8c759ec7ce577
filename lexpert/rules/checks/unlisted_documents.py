"""``unlisted-documents``: a body examines documents that participants submit, and the act never lists them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import norm_matches, public_actor_in
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

SUBMITTED = {
    "ru": LazyPattern(
        r"(?<!\w)(?:документ\w*(?:\s+и\s+материал\w*)?|материал\w*)\s*,?\s+(?:представленн|поданн|направленн)\w*\s+(?:\w+\s+){0,2}"
        r"(?:заявител|участник|дилер|претендент|кандидат|организаци|поставщик)\w*",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)(?:өтініш\s+беруші|қатысушы|дилер|үміткер|ұйым|жеткізуші)\w*\s+(?:ұсынған|берген|жіберген)\s+құжаттар\w*(?:\s+мен\s+материалдар\w*)?",
        re.IGNORECASE,
    ),
}
LIST = {
    "ru": LazyPattern(r"(?:следующие|такие)\s+документы|прилага(?:ются|ется)\s*:|документ(?:ы|ов)\s*:|перечень\s+документов|(?:согласно|по)\s+приложени\w+|документ\w*,\s+указанн\w+\s+в\s+(?:пункт|стать)", re.IGNORECASE),
    "kk": LazyPattern(r"мынадай\s+құжаттар|қоса\s+беріледі\s*:|құжаттар\s*:|құжаттар(?:дың)?\s+тізбесі|қосымша\w*\s+сәйкес|(?:тармағында|бабында)\s+көрсетілген\s+құжаттар", re.IGNORECASE),
}


def find(draft: Draft) -> Iterator[Hit]:
    """The first mention of submitted documents in an act that lists none."""
    lang = draft.lang
    for seg, m in norm_matches(draft, SUBMITTED[lang]):
        if public_actor_in(draft, seg):
            if draft.norm_text_matches(LIST[lang]):
                return
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
            return
