"""``undefined-authorised-body``: «уполномоченный орган» / «уәкілетті орган» used but never defined or named."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import candidates
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern

USE = {
    "ru": LazyPattern(r"(?<!\w)уполномоченн(?:ый|ого|ому|ым|ом)\s+орган(?:а|у|ом|е)?(?!\w)", re.IGNORECASE),
    "kk": LazyPattern(r"(?<!\w)уәкілетті\s+орган(?!дар)\w*(?!\w)", re.IGNORECASE),
}
# A definition («уполномоченный орган – …», «(далее – уполномоченный орган)») or a name by field
# («уполномоченный орган в области …», «… саласындағы уәкілетті орган») makes the body identifiable.
DEFINED = {
    "ru": LazyPattern(
        r"уполномоченн\w+\s+орган\w*\s*(?:\([^)]*\)\s*)?[–—-]\s*(?=\w)|далее\s*[–—-]?\s*уполномоченн\w+\s+орган|"
        r"уполномоченн\w+\s+орган\w*\s+(?:в\s+(?:области|сфере)|по\s+(?:вопросам|делам|регулированию)|исполнительной\s+власти|государственной\s+власти|(?-i:[А-ЯЁ])\w+)",
        re.IGNORECASE,
    ),
    "kk": LazyPattern(
        r"уәкілетті\s+орган\w*\s*(?:\([^)]*\)\s*)?[–—-]\s*(?=\w)|бұдан\s+әрі\s*[–—-]?\s*уәкілетті\s+орган|"
        r"(?:саласындағы|жөніндегі|мәселелері\s+жөніндегі)\s+уәкілетті\s+орган",
        re.IGNORECASE,
    ),
}


def find(draft: Draft) -> Iterator[Hit]:
    """The first use of the authorised body when the act neither defines nor names it."""
    for seg in candidates(draft, USE[draft.lang]):
        m = USE[draft.lang].search(seg.key)
        if m and not seg.closing:
            if DEFINED[draft.lang].search(draft.text.replace("i", "і").replace("I", "І")):
                return
            yield Hit(seg, seg.start + m.start(), seg.start + m.end())
            return
