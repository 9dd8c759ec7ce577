"""What translations say differently but mean the same: ordinals in words, «бір айлық» and
«месячный», «өзге де» and «иные» in another word order, a right stated in the lead-in of a
list in one version and after its last item in the other.  Each is checked both ways: the
faithful pair reports nothing, a changed meaning is still found."""

from __future__ import annotations

import re

import pytest

from lexpert.compare import compare_sources
from lexpert.ingest.model import SourceText

RU = """# Правила аренды

1. Наймодатель ежеквартально, не позднее пятого рабочего дня первого месяца квартала, публикует перечень объектов.

2. Арендатор вносит плату ежемесячно, не позднее двадцатого числа.

3. Участник вносит гарантийный взнос в размере месячной арендной платы.

4. Уполномоченный орган определяет иные требования к арендаторам и объектам.

5. Арендаторы имеют право:

   1) получать информацию о свободных объектах;

   2) обжаловать решения уполномоченного органа в суд.

6. Арендатор:

   1) вправе получать копию договора;

   2) обязан вносить плату своевременно.
"""

KK = """# Жалдау қағидалары

1. Жалға беруші тоқсан сайын, тоқсанның бірінші айының бесінші жұмыс күнінен кешіктірмей, объектілердің тізбесін жариялайды.

2. Жалға алушы ақыны ай сайын, жиырмасыншы күнінен кешіктірмей енгізеді.

3. Қатысушы кепілдік жарнаны бір айлық жалдау ақысы мөлшерінде енгізеді.

4. Уәкілетті орган жалға алушыларға және объектілерге қойылатын өзге де талаптарды айқындайды.

5. Жалға алушылардың:

   1) бос объектілер туралы ақпарат алуға;

   2) уәкілетті органның шешімдеріне сотқа шағым жасауға құқығы бар.

6. Жалға алушы:

   1) шарттың көшірмесін алуға құқылы;

   2) ақыны уақтылы енгізуге міндетті.
"""


def _compare(kk: str, ru: str):
    return compare_sources(SourceText("lease.kk.txt", "txt", kk), SourceText("lease.ru.txt", "txt", ru),
                           findings=False)


def _found(result) -> set[tuple[str, str, str]]:
    """(kind, Kazakh address, Russian address) of each discrepancy."""
    return {(d.kind, d.kk.address, d.ru.address) for d in result.discrepancies}


def test_faithful_pair_reports_nothing() -> None:
    result = _compare(KK, RU)
    assert result.discrepancies == []
    assert result.aligned == 11  # the title, six points, four subpoints


@pytest.mark.parametrize(
    ("side", "old", "new", "expected"),
    [
        ("kk", "жиырмасыншы", "жиырма бесінші", ("number", "2-тармақ", "пункт 2")),
        ("ru", "пятого рабочего дня", "шестого рабочего дня", ("number", "1-тармақ", "пункт 1")),
        ("ru", "месячной арендной платы", "трехмесячной арендной платы", ("deadline", "3-тармақ", "пункт 3")),
        ("ru", "определяет иные требования", "определяет требования", ("open_list", "4-тармақ", "пункт 4")),
        # No right anywhere in the Kazakh list: reported at the lead-in.
        ("kk", "шағым жасауға құқығы бар", "шағым жасайды", ("modality", "5-тармақ", "пункт 5")),
        # A right against a duty in one item of a list whose rights otherwise agree.
        ("kk", "ақыны уақтылы енгізуге міндетті", "ақыны уақтылы енгізуге құқылы",
         ("modality", "6-тармақтың 2) тармақшасы", "подпункт 2) пункта 6")),
    ],
)
def test_a_changed_meaning_is_still_found(side: str, old: str, new: str, expected: tuple[str, str, str]) -> None:
    kk, ru = (KK.replace(old, new), RU) if side == "kk" else (KK, RU.replace(old, new))
    assert (kk, ru) != (KK, RU)
    found = _found(_compare(kk, ru))
    assert {(kind, _short(a), _short(b)) for kind, a, b in found} == {expected}


def _short(address: str) -> str:
    """The address without the name of the act («… Правил», «Қағидалардың …»)."""
    return re.sub(r"^Қағидалардың |\s+Правил$", "", address)
