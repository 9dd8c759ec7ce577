"""``step-without-deadline``: a body's procedural step with no time limit in it or in its procedure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import DEADLINE, in_list_of_powers, norm_matches, public_actor_in
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

STEPS = {
    "ru": LazyPattern(
        r"(?<!\w)(?<!не\s)(?:рассматрива(?:ет|ют|ется|ются)|рассмотр\w+\s+заявлени\w*|принима(?:ет|ют)\s+решени\w*|принимается\s+решени\w*|"
        r"выда[её]т|выдают|выда[её]тся|выдаются|отказыва(?:ет|ют)|уведомля(?:ет|ют)|сообща(?:ет|ют)|"
        r"направля(?:ет|ют|ется|ются)\s+(?:\w+\s+)?(?:заявител|ответ|решени|уведомлени)\w*|"
        r"(?:проводит|проводят|проводится|осуществля(?:ет|ют|ется|ются))\s+(?:\w+\s+){0,2}(?:проверк|экспертиз|анализ|аттестац|испытани|обследовани|работ)\w*|"
        r"разрабатыва(?:ет|ют)|согласовыва(?:ет|ют)|утвержда(?:ет|ют)|регистриру(?:ет|ют)|оформля(?:ет|ют))(?!\w)",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)(?:қарайды|қаралады|шешім\s+(?:қабылдайды|шығарады|қабылданады)|береді|беріледі|бас\s+тартады|хабарлайды|хабарланады|"
        r"жібереді|жіберіледі|(?:тексеру|сараптама|талдау|аттестаттау|сынақ|жұмыстар)\w*\s+(?:жүргізеді|жүргізіледі|жүзеге\s+асырылады|жүзеге\s+асырады)|"
        r"әзірлейді|келіседі|бекітеді|тіркейді|ресімдейді)(?!\w)",
        re.IGNORECASE,
    ),
}
OBJECT = {
    "ru": LazyPattern(r"заявител|заявлени|заявк|ходатайств|обращени|жалоб|свидетельств|разрешени|лицензи|решени|методик|программ\w+\s+испытани", re.IGNORECASE),
    "kk": LazyPattern(r"өтініш|өтінім|қолдаухат|шағым|куәлік|рұқсат|лицензия|шешім|әдістеме|бағдарлама", re.IGNORECASE),
}
PROCEDURE = {
    "ru": LazyPattern(r"заявлени|заявк|обращени|ходатайств", re.IGNORECASE),
    "kk": LazyPattern(r"өтініш|өтінім|қолдаухат|жүгін", re.IGNORECASE),
}


def find(draft: Draft) -> Iterator[Hit]:
    """Steps of a body in procedures (chapters) that set no time limit anywhere."""
    lang = draft.lang
    steps, deadline = STEPS[lang], DEADLINE[lang]
    if not draft.norm_text_matches(PROCEDURE[lang]):
        return
    timed: dict[int, bool] = {}
    for seg, m in norm_matches(draft, steps):
        key = id(seg.chapter)
        if key not in timed:
            timed[key] = draft.chapter_matches(seg, deadline)
        if timed[key] or in_list_of_powers(seg, draft.lead_text(seg)):
            continue
        if OBJECT[lang].search(seg.key) and public_actor_in(draft, seg):
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
