"""Who acts in a clause: bodies' powers are findings, citizens' rights are not."""

from __future__ import annotations

import pytest

from lexpert.rules.actors import PRIVATE, PUBLIC, subject_kind

CASES = [
    ("ru", "Уполномоченный орган вправе отказать в выдаче разрешения.", "вправе", PUBLIC),
    ("ru", "Заявитель вправе обжаловать решение уполномоченного органа.", "вправе", PRIVATE),
    ("ru", "Заявитель, в отношении которого уполномоченный орган принял решение, вправе обжаловать его.", "вправе", PRIVATE),
    ("ru", "В случае если заявитель не представил документы, комиссия вправе отказать.", "вправе", PUBLIC),
    ("ru", "Решение может быть принято комиссией.", "может", PUBLIC),
    ("ru", "Оператор связи вправе приостановить оказание услуг.", "вправе", PRIVATE),
    ("ru", "Документы могут быть поданы в электронной форме.", "могут", None),
    ("kk", "Уәкілетті орган рұқсат беруден бас тартуға құқылы.", "құқылы", PUBLIC),
    ("kk", "Өтініш беруші уәкілетті органның шешіміне шағым жасауға құқылы.", "құқылы", PRIVATE),
    ("kk", "Өтініш беруші құжаттарды ұсынбаған жағдайда, уәкілетті орган бас тартуға құқылы.", "құқылы", PUBLIC),
    ("kk", "Әкімдік іс-шараның өзге уақытын ұсынуға құқылы.", "құқылы", PUBLIC),
]


@pytest.mark.parametrize(("lang", "text", "marker", "expected"), CASES)
def test_subject_kind(lang, text, marker, expected):
    assert subject_kind(text, text.index(marker), lang) == expected
