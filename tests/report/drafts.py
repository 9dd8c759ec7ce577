"""A small .docx draft per language written for these tests: runs split mid-phrase, a table cell, Word numbering."""

from __future__ import annotations

from pathlib import Path

import docx

RU_PARAGRAPHS = [
    ("ПРАВИЛА выдачи разрешений на размещение нестационарных торговых объектов", None),
    ("Глава 1. Общие положения", None),
    ("1. Настоящие Правила определяют порядок выдачи разрешений.", None),
    ("2. Разрешение выдаёт уполномоченный орган по своему усмотрению.", None),
    ("Глава 2. Порядок выдачи", None),
    ("Заявитель представляет заявление, копию паспорта и иные документы.", "list"),
    ("Уполномоченный орган рассматривает заявление в разумный срок.", "list"),
]
KK_PARAGRAPHS = [
    ("Стационарлық емес сауда объектілерін орналастыруға рұқсат беру ҚАҒИДАЛАРЫ", None),
    ("1-тарау. Жалпы ережелер", None),
    ("1. Осы Қағидалар рұқсат беру тәртібін айқындайды.", None),
    ("2. Рұқсатты уәкілетті орган өз қалауы бойынша береді.", None),
    ("2-тарау. Рұқсат беру тәртібі", None),
    ("Өтініш беруші өтінішті, жеке куәліктің көшірмесін және өзге де құжаттарды ұсынады.", "list"),
    ("Уәкілетті орган өтінішті ақылға қонымды мерзімде қарайды.", "list"),
]
PARAGRAPHS = {"ru": RU_PARAGRAPHS, "kk": KK_PARAGRAPHS}
TABLE_ROW = 3  # this paragraph goes into a one-cell table


def write_docx(path: Path, lang: str) -> Path:
    """Write the draft: each paragraph in three runs (the middle one bold), one in a table, list items numbered by Word."""
    document = docx.Document()
    for i, (text, style) in enumerate(PARAGRAPHS[lang]):
        if i == TABLE_ROW:
            paragraph = document.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0]
        else:
            paragraph = document.add_paragraph(style="List Number" if style == "list" else None)
        words = text.split(" ")
        third = max(1, len(words) // 3)
        chunks = [" ".join(words[:third]) + " ", " ".join(words[third:2 * third]) + " ", " ".join(words[2 * third:])]
        for j, chunk in enumerate(c for c in chunks if c.strip()):
            paragraph.add_run(chunk).bold = j == 1
    document.save(path)
    return path
