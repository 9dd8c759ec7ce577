"""``delegated-content``: the substance of a norm (amounts, grounds, requirements, procedure)
is left to a body to set later, with no limits stated in the act (Decree 96, 3(б))."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import candidates
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern, matches, may_match

# «Размер субсидии … определяется акиматом», «Требования к участникам устанавливаются комиссией».
DELEGATION = {
    "ru": LazyPattern(
        r"(?<!\w)(?P<what>порядок|порядки|размер\w{0,2}|требования|перечень|перечни|критерии|условия|случаи|основания|сроки)"
        r"\s+(?:[^.;:]{0,120}?\s)?(?P<verb>(?:определя|устанавлива|утвержда)(?:ется|ются))\s+(?P<agent>[^.;,]{3,90})",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)(?P<what>тәртіб\w*|мөлшер\w*|талаптар\w*|тізбес\w*|өлшемшарттар\w*|шарттар\w*|жағдайлар\w*|негіздер\w*|мерзімдер\w*)"
        r"\s+(?P<agent>[^.;:]{3,120}?)\s+(?P<verb>айқындайды|белгілейді|бекітеді|айқындалады|белгіленеді|бекітіледі)(?!\w)",
        re.IGNORECASE,
    ),
}
# The body that will apply the rules sets them: an authorised or local executive body, a commission,
# a head, an akim or akimat, an official, an operator acting for the state.  A named central body
# (a ministry, a federal service, «федеральный орган исполнительной власти в области …») making
# by-laws is ordinary delegation, and a telecom or postal operator is a business.
AGENT = {
    "ru": LazyPattern(
        r"^(?:уполномоченн\w+\s+(?:\w+\s+)?орган(?:ом|ами)|местн\w+\s+исполнительн\w+\s+орган(?:ом|ами)|(?:специальной\s+|конкурсной\s+)?комиссией|"
        r"рабочей\s+группой|руководител(?:ем|ями)|аким(?:ом|ами)|акимат(?:ом|ами)|должностн\w+\s+лиц(?:ом|ами)|уполномоченн\w+\s+организаци(?:ей|ями)|"
        r"оператор(?:ом|ами)(?!\s+(?:связи|почтов|подвижн|универсальн|сотов|технологическ|сет|эт|так|данн)\w*))(?!\w)",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?<!\w)(?:уәкілетті\s+орган|жергілікті\s+атқарушы\s+орган|(?:арнайы\s+|арнаулы\s+|конкурстық\s+)?комиссия|жұмыс\s+тобы|басшы|әкім|әкімдік|әкімдігі|"
        r"лауазымды\s+адам|уәкілетті\s+ұйым|оператор(?<!байланыс\soператор))\w*\s*$",
        re.IGNORECASE,
    ),
}
# The act itself sets the limits (a ceiling, a reference to its own points), the object is
# internal (forms, the body's own work) or an individual decision («конкретный размер»), or the
# delegate is the Government or the President (ordinary subordinate rule-making).  Named
# by-laws («Правила … утверждаются уполномоченным органом») are ordinary delegation too.
LIMITED = {
    "ru": LazyPattern(
        r"(?:в\s+соответствии\s+с|согласно|на\s+основании|с\s+учетом|с\s+учётом|исходя\s+из)\s+(?:\w+\s+){0,3}(?:настоящ|пункт|стать|подпункт|приложени|критери\w+\s+(?:указанн|установленн|предусмотренн))|"
        r"не\s+(?:более|менее|выше|ниже|превышающ)|в\s+пределах|договор\w*\s+между|по\s+(?:взаимной\s+)?(?:договоренности|договорённости|соглашению)|состав\s+(?:комисси|рабоч|совет)|порядок\s+(?:ее|её|его|их)\s+работы|форм[аыу]\s+(?:заявлени|заявк|уведомлени|отчет|отчёт|журнал|бланк)|внутренн\w+\s+(?:распорядк|документ)|"
        r"(?:составля\w+|в\s+размере)\s+до\s+\d|конкретн\w+\s+(?:размер|срок|перечень)|Правительств|Президент",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"(?:осы\s+\w+|тармағын\w*|бабын\w*|қосымшаға)\s+(?:сәйкес|негізінде|ескере\s+отырып)|аспайтын|артық\s+емес|кем\s+емес|шегінде|"
        r"(?:өтініш|өтінім|хабарлама|есеп|журнал)\w*\s+нысан|ішкі\s+(?:тәртіп|құжат)|жұмыс\s+тәртіб|құрам|өзара\s+келісім|\d\S*\s+(?:\([^)]*\)\s+)?(?:\w+\s+){0,3}дейін|нақты\s+мөлшер|Үкімет|Президент",
        re.IGNORECASE,
    ),
}


def find(draft: Draft) -> Iterator[Hit]:
    """Norms that leave amounts, grounds, requirements or procedure to a public body without limits."""
    lang = draft.lang
    pattern, limited = DELEGATION[lang], LIMITED[lang]
    for seg in candidates(draft, pattern):
        if seg.closing or seg.definition or not may_match(pattern, seg.folded) or matches(limited, seg.key, seg.folded):
            continue
        for m in pattern.finditer(seg.key):
            agent = m.group("agent")
            if lang == "kk":  # the subject stands right before the verb
                agent = " ".join(agent.split()[-4:])
            if AGENT[lang].search(agent):
                yield Hit(seg, seg.start + m.start(), seg.start + m.end("verb"))
                break
