"""Alignment on long acts: a point dropped in one version, the rest renumbered."""

from __future__ import annotations

from lexpert.compare import compare_sources
from lexpert.ingest.model import SourceText

_RU = "{n}. Уполномоченный орган рассматривает заявление по вопросу № {ref} в течение {days} рабочих дней."
_KK = "{n}. Уәкілетті орган № {ref} мәселе бойынша өтінішті {days} жұмыс күні ішінде қарайды."


def _act(template: str, title: str, points: list[int]) -> str:
    lines = [f"# {title}", ""]
    for number, k in enumerate(points, 1):
        lines += [template.format(n=number, ref=1000 + k, days=k % 27 + 2), ""]
    return "\n".join(lines)


def test_thousand_points_one_missing_in_the_middle() -> None:
    points = list(range(1000))
    ru = SourceText("act.ru.txt", "txt", _act(_RU, "Правила рассмотрения заявлений", points))
    kk_points = points[:500] + points[501:]  # kk drops the 501st point and renumbers the rest
    kk = SourceText("act.kk.txt", "txt", _act(_KK, "Өтініштерді қарау қағидалары", kk_points))
    result = compare_sources(kk, ru, findings=False)
    assert [(d.kind, d.kk, d.ru.line) for d in result.discrepancies] == [("missing_unit", None, 1003)]
    assert result.aligned == 1000  # the title and 999 points


def test_faithful_long_act_reports_nothing() -> None:
    points = list(range(300))
    ru = SourceText("act.ru.txt", "txt", _act(_RU, "Правила", points))
    kk = SourceText("act.kk.txt", "txt", _act(_KK, "Қағидалар", points))
    result = compare_sources(kk, ru, findings=False)
    assert result.discrepancies == []
    assert result.aligned == 301
