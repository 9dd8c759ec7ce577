"""Units present in one version only: reported once, at the outermost missing unit."""

from __future__ import annotations

from lexpert.compare import compare_sources
from lexpert.ingest.model import SourceText

RU = """# Об утверждении Правил

1. Утвердить прилагаемые Правила.

> *Утверждены постановлением от 5 мая 2024 года № 7*

## Правила

### Глава 1. Общие положения

1. Правила определяют порядок выдачи справок.

2. Справка выдается в течение 5 рабочих дней.

### Глава 2. Обжалование

3. Заявитель вправе обжаловать отказ в суд.

4. Жалоба рассматривается в течение 10 рабочих дней.
"""

KK = """# Қағидаларды бекіту туралы

1. Қоса беріліп отырған Қағидалар бекітілсін.

> *2024 жылғы 5 мамырдағы № 7 қаулымен бекітілген*

## Қағидалар

### 1-тарау. Жалпы ережелер

1. Қағидалар анықтамалар беру тәртібін айқындайды.

2. Анықтама 5 жұмыс күні ішінде беріледі.
"""


def test_a_chapter_missing_with_its_points_is_one_discrepancy() -> None:
    result = compare_sources(SourceText("a.kk.txt", "txt", KK), SourceText("a.ru.txt", "txt", RU), findings=False)
    assert [(d.kind, d.kk, d.ru.address) for d in result.discrepancies] == [
        ("missing_unit", None, "глава 2 Правил")
    ]


def test_a_heading_missing_above_aligned_points_is_not_reported() -> None:
    kk = KK.replace("### 1-тарау. Жалпы ережелер\n\n", "") + (
        "\n3. Өтініш беруші бас тартуға сотқа шағым жасауға құқылы.\n"
        "\n4. Шағым 10 жұмыс күні ішінде қаралады.\n"
    )
    ru = RU.replace("### Глава 2. Обжалование\n\n", "")
    result = compare_sources(SourceText("b.kk.txt", "txt", kk), SourceText("b.ru.txt", "txt", ru), findings=False)
    assert result.discrepancies == []
