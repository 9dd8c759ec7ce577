"""``missing-internal-reference``: a reference to a point or article of this act that does not exist."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lexpert.rules.checks.common import candidates
from lexpert.rules.context import Draft
from lexpert.rules.model import Hit, LazyPattern
from lexpert.structure.model import Unit

_NUM = r"(\d+)(?:[-.]\d+)?"
REFERENCE = {
    "ru": {
        "point": LazyPattern(
            rf"(?<!\w)(?:пункт|пунктом|пункта|пункте|пункту|пунктами|пунктах|пунктов)\s+{_NUM}\s+настоящ(?:их|его|ей)\s+"
            r"(?:Правил|Порядка|Положения|Регламента|Инструкции|приказа|постановления|решения)(?!\w)",
            re.IGNORECASE,
        ),
        "article": LazyPattern(rf"(?<!\w)(?:стать[яиейю]|статьей|статьёй|статьями|статьях)\s+{_NUM}\s+настоящего\s+(?:Закона|Кодекса|Федерального\s+закона)(?!\w)", re.IGNORECASE),
    },
    "kk": {
        "point": LazyPattern(
            rf"(?<!\w)осы\s+(?:Қағидалардың|Тәртіптің|Ереженің|Нұсқаулықтың|қаулының|бұйрықтың|шешімнің|Регламенттің)\s+{_NUM}-тармағ\w*",
            re.IGNORECASE,
        ),
        "article": LazyPattern(rf"(?<!\w)осы\s+(?:Заңның|Кодекстің)\s+{_NUM}-бап\w*", re.IGNORECASE),
    },
}


def _highest(units: list[Unit], kind: str) -> int:
    numbers = [int(m.group()) for u in units if u.kind == kind and u.number for m in [re.match(r"\d+", u.number)] if m]
    return max(numbers, default=0)


def find(draft: Draft) -> Iterator[Hit]:
    """References beyond the highest point or article number the act has (at least three of them parsed)."""
    units = list(draft.root.walk())
    for kind, pattern in REFERENCE[draft.lang].items():
        count = sum(1 for u in units if u.kind == kind)
        if count < 3:
            continue
        highest = _highest(units, kind)
        for seg in candidates(draft, pattern):
            for m in pattern.finditer(seg.key):
                if int(m.group(1)) > highest:
                    yield Hit(seg, seg.start + m.start(), seg.start + m.end())
