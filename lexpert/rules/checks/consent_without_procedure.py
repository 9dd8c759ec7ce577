"""``consent-without-procedure``: an action needs a body's consent or permit, and the act says nothing on how it is given."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import DEADLINE, REFUSAL_GROUNDS, norm_matches
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

_BODY_RU = (
    r"(?:(?:уполномоченн|местн\w+\s+исполнительн)(?:ого|ым)\s+орган(?:а|ом)|орган(?:а|ом)|акимат(?:а|ом)|аким(?:а|ом)|"
    r"администраци(?:и|ей)|комисси(?:и|ей)|министерств(?:а|ом)|ведомств(?:а|ом)|руководител(?:я|ем))"
)
CONSENT = {
    "ru": LazyPattern(rf"(?<!\w)(?:без|только\s+с|только\s+по)\s+(?:письменного\s+)?(?:согласия|согласования|разрешения|согласованию)\s+(?:с\s+)?(?:\w+\s+){{0,2}}{_BODY_RU}\w*", re.IGNORECASE),
    "kk": LazyPattern(
        r"(?<!\w)(?:\w*(?:әкімдігінің|органының|әкімінің|комиссиясының|министрлігінің|басшысының)\s+(?:жазбаша\s+)?(?:келісімінсіз|рұқсатынсыз)|"
        r"тек\s+(?:\w+\s+){0,3}(?:әкімдігінің|органының|әкімінің|комиссиясының|министрлігінің)\s+(?:жазбаша\s+)?(?:келісімімен|рұқсатымен))",
        re.IGNORECASE,
    ),
}
# How consent is asked for and given: an application for it, a deadline near it, or grounds for refusing it.
CONSENT_PROCEDURE = {
    "ru": LazyPattern(r"(?:заявлени\w*|обращени\w*|ходатайств\w*)\s+(?:\w+\s+){0,3}(?:о\s+)?(?:согласовани|выдаче\s+разрешени|получени\w+\s+(?:согласия|разрешения))|(?:согласовани\w*|разрешени\w*|согласи\w*)\s+(?:\w+\s+){0,6}(?:в\s+течение|не\s+позднее)", re.IGNORECASE),
    "kk": LazyPattern(r"(?:келісім|рұқсат)\w*\s+(?:\w+\s+){0,3}(?:алу\s+үшін\s+өтініш|беру\s+туралы\s+өтініш)|(?:келісім|рұқсат)\w*\s+(?:\w+\s+){0,6}(?:ішінде|кешіктірмей)", re.IGNORECASE),
}


def consents_without_procedure(draft: Draft) -> Iterator[Hit]:
    """The first consent or permit requirement in an act with no procedure for giving it."""
    lang = draft.lang
    for seg, m in norm_matches(draft, CONSENT[lang]):
        if not DEADLINE[lang].search(seg.key):
            if draft.norm_text_matches(CONSENT_PROCEDURE[lang]) or draft.norm_text_matches(REFUSAL_GROUNDS[lang]):
                return
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
            return


def find(draft: Draft) -> Iterator[Hit]:
    """The first consent or permit requirement in an act with no procedure for giving it."""
    return consents_without_procedure(draft)
