"""``open-last-item``: a list of grounds (for refusal, suspension, termination, sanction) with an
item «other violations / circumstances / reasons» that leaves the list open.

The phrase rule ``open-grounds`` reads «иные основания», «в иных случаях» in any sentence; this
check reads the list as a whole, for the open items that only the lead-in makes grounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

# The lead-in introduces grounds of a measure against a person.
LEAD = {
    "ru": LazyPattern(
        r"(?:основани\w*|случа\w*|причин\w*)\s+(?:\w+\s+){0,3}(?:отказ|приостановл|прекращ|отзыв|аннулир|расторж|лишени|отстранени|изъяти|запрет|возврат)|"
        r"(?:отказ\w*|приостанавлива\w*|прекраща\w*|аннулиру\w*|расторга\w*|отзыва\w*|запреща\w*|возвращ\w*)\s+(?:\w+\s+){0,6}(?:в\s+случа\w+|при|если)\s*:",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?:бас\s+тарту|тоқтата\s+тұру|тоқтату|кері\s+қайтарып\s+алу|күшін\s+жою|бұзу|тыйым\s+салу|қайтару)\w*\s+(?:\w+\s+){0,3}(?:негіз|себеп)\w*|"
        r"мынадай\s*:|мынадай\s+(?:жағдайларда|негіздер)",
        re.IGNORECASE,
    ),
}
# The item itself is «other …»: violations, circumstances, reasons, facts, actions.
OPEN_ITEM = {
    "ru": LazyPattern(
        r"^\W*(?:[а-яё\d]{1,3}\)\s*)?(?:в\s+случае\s+|при\s+)?(?:ин|друг|проч)(?:ые|ых|ие|их|ое|ого|ом)\s+(?:\w+\s+){0,1}"
        r"(?:нарушени|обстоятельств|причин|факт|действи|несоответстви)\w*",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"^\W*(?:\d{1,3}\)\s*)?(?:\w+\s+){0,2}(?:өзге|басқа)\s+(?:да|де)\s+(?:\w+\s+){0,1}(?:бұзушылық|мән-жай|себеп|факті|әрекет|сәйкессіздік)\w*",
        re.IGNORECASE,
    ),
}
# «… иные нарушения, предусмотренные пунктом 5 настоящих Правил» closes the list again.
NAMED = {
    "ru": LazyPattern(r"(?:предусмотренн|указанн|установленн|перечисленн)\w*\s+(?:в\s+)?(?:настоящ|пункт|подпункт|стать|част|Закон(?!одательств|ами|ов)|Кодекс)", re.IGNORECASE),
    "kk": LazyPattern(r"(?:осы\s+\w+|тармағында|тармақшасында|бабында|Заңында|Кодексінде)\s+(?:\S+\s+){0,3}(?:көзделген|көрсетілген|белгіленген|аталған)", re.IGNORECASE),
}


def find(draft: Draft) -> Iterator[Hit]:
    """Items of a list of grounds that add «other violations / circumstances / reasons»."""
    lang = draft.lang
    for seg in draft.segments:
        if seg.closing or seg.definition or seg.unit.kind not in ("subpoint", "paragraph"):
            continue
        m = OPEN_ITEM[lang].search(seg.key)
        if not m or NAMED[lang].search(seg.key):
            continue
        lead = draft.lead_text(seg)
        if lang == "kk":  # a Kazakh list often names the measure after its last item
            lead += "\n" + seg.key
        if LEAD[lang].search(lead):
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
