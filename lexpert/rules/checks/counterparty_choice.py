"""``counterparty-choice``: a body picks a supplier, dealer or recipient, and the act has no competitive procedure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import norm_matches, public_actor_in
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

CHOICE = {
    "ru": LazyPattern(
        r"(?<!\w)(?:выбор\w*|отбор\w*|определени\w+|выбира(?:ет|ют)|отбира(?:ет|ют)|определя(?:ет|ют)|избира(?:ет|ют))\s+(?:\w+\s+){0,2}"
        r"(?:поставщик|подрядчик|исполнител|дилер|контрагент|арендатор|победител|получател|организаци\w+[\s-]+исполнител)\w*|"
        r"(?<!\w)(?:договор\w*|соглашени\w*|контракт\w*)\s+(?:\w+\s+){0,2}с\s+(?:определенн|определённ|конкретн)\w+\s+"
        r"(?:поставщик|подрядчик|исполнител|дилер|контрагент|арендатор|организаци|лиц)\w*",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)(?:жеткізуші|мердігер|орындаушы|дилер|контрагент|жалға\s+алушы|жеңімпаз|алушы)\w*\s+(?:\w+\s+){0,1}(?:таңдау|іріктеу|айқындау|таңдайды|іріктейді|айқындайды)\w*|"
        r"(?<!\w)(?:белгілі\s+бір|нақты)\s+(?:жеткізуші|мердігер|орындаушы|дилер|контрагент|жалға\s+алушы|ұйым)\w*\s+(?:\w+\s+){0,2}(?:шарт|келісім)\w*\s+жасас\w*",
        re.IGNORECASE,
    ),
}
COMPETITION = {
    "ru": LazyPattern(r"конкурс|аукцион|торг(?:и|ов|ах)|тендер|запрос\w*\s+(?:ценовых\s+)?предложени|котировок|критери\w+\s+(?:отбора|оценки|выбора)", re.IGNORECASE),
    "kk": LazyPattern(r"конкурс|аукцион|сауда-саттық|тендер|баға\s+ұсыныстарын\s+сұрату|(?:іріктеу|бағалау|таңдау)\s+өлшемшарттар", re.IGNORECASE),
}


RECORD = {  # the choice is only recorded here («протокол об итогах отбора»), not made
    "ru": LazyPattern(r"(?:итог\w*|результат\w*|протокол\w*)\s+(?:\w+\s+)?$", re.IGNORECASE),
    "kk": LazyPattern(r"^\W*(?:қорытынды|нәтиже|хаттама)", re.IGNORECASE),
}


def find(draft: Draft) -> Iterator[Hit]:
    """Each norm where a body chooses a counterparty, in an act that sets no competitive procedure or criteria."""
    lang = draft.lang
    competitive = None  # the act-wide search is the costly part: made once a choice is found
    for seg, m in norm_matches(draft, CHOICE[lang]):
        if RECORD["ru"].search(seg.key[:m.start()]) if lang == "ru" else RECORD["kk"].search(seg.key[m.end():]):
            continue
        if public_actor_in(draft, seg):
            if competitive is None:
                competitive = draft.norm_text_matches(COMPETITION[lang])
            if competitive:
                return
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
