"""Word's automatic numbering becomes the visible prefix of each paragraph."""

from __future__ import annotations

from pathlib import Path

from ingest_builders import abstract, level, num, para, write_docx

from lexpert.ingest import read_source

DECIMAL_TREE = abstract(
    1,
    level(0, "decimal", "%1."),
    level(1, "decimal", "%1.%2."),
    level(2, "decimal", "%3)"),
)


def lines(path: Path) -> list[str]:
    return read_source(path).text.split("\n")


def test_multi_level_list_restarts_deeper_levels(tmp_path: Path) -> None:
    body = "".join(
        [
            para("Жалпы ережелер", num=(1, 0)),
            para("Осы Қағидалар", num=(1, 1)),
            para("Негізгі ұғымдар", num=(1, 1)),
            para("уәкілетті орган", num=(1, 2)),
            para("өтініш беруші", num=(1, 2)),
            para("Мемлекеттік қызмет", num=(1, 0)),
            para("Қызмет көрсету", num=(1, 1)),
            para("құжаттар", num=(1, 2)),
        ]
    )
    path = write_docx(tmp_path / "rules.docx", body, DECIMAL_TREE + num(1, 1))
    assert lines(path) == [
        "1. Жалпы ережелер",
        "1.1. Осы Қағидалар",
        "1.2. Негізгі ұғымдар",
        "1) уәкілетті орган",
        "2) өтініш беруші",
        "2. Мемлекеттік қызмет",
        "2.1. Қызмет көрсету",
        "1) құжаттар",
    ]


def test_prefix_maps_text_back_to_the_runs(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "d.docx", para("Первый", num=(1, 0)) + para("Второй", num=(1, 1)), DECIMAL_TREE + num(1, 1))
    source = read_source(path)
    first, second = source.blocks
    assert (first.prefix, first.number, first.kind, first.level) == ("1. ", "1.", "list-item", 1)
    assert (second.prefix, second.number, second.level) == ("1.1. ", "1.1.", 2)
    assert source.text[second.start + len(second.prefix) : second.end] == "Второй"


def test_russian_letters_skip_the_letters_word_skips(tmp_path: Path) -> None:
    items = "".join(para(f"п{i}", num=(1, 0)) for i in range(30))
    path = write_docx(tmp_path / "d.docx", items, abstract(1, level(0, "russianLower", "%1)")) + num(1, 1))
    labels = [line.split(" ")[0] for line in lines(path)]
    assert labels[:10] == ["а)", "б)", "в)", "г)", "д)", "е)", "ж)", "з)", "и)", "к)"]
    assert labels[27] == "я)"
    assert labels[28] == "аа)"


def test_letter_and_roman_formats(tmp_path: Path) -> None:
    numbering = (
        abstract(1, level(0, "upperRoman", "%1."), level(1, "lowerLetter", "%2)"))
        + abstract(2, level(0, "russianUpper", "%1."), level(1, "lowerRoman", "(%2)"), level(2, "upperLetter", "%3."))
        + num(1, 1)
        + num(2, 2)
    )
    body = "".join(
        [
            para("a", num=(1, 0)),
            para("b", num=(1, 0)),
            para("c", num=(1, 0)),
            para("d", num=(1, 0)),
            para("e", num=(1, 1)),
            para("f", num=(1, 1)),
            para("g", num=(2, 0)),
            para("h", num=(2, 1)),
            para("i", num=(2, 1)),
            para("j", num=(2, 1)),
            para("k", num=(2, 1)),
            para("l", num=(2, 2)),
        ]
    )
    assert lines(write_docx(tmp_path / "d.docx", body, numbering)) == [
        "I. a", "II. b", "III. c", "IV. d", "a) e", "b) f", "А. g", "(i) h", "(ii) i", "(iii) j", "(iv) k", "A. l",
    ]  # fmt: skip


def test_start_value_and_start_override_restart_a_list(tmp_path: Path) -> None:
    numbering = (
        abstract(1, level(0, "decimal", "%1.", start=5))
        + num(1, 1)
        + num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
        + num(3, 1)
    )
    body = "".join(
        [
            para("a", num=(1, 0)),
            para("b", num=(1, 0)),
            para("c", num=(2, 0)),
            para("d", num=(2, 0)),
            para("e", num=(3, 0)),
            para("f", num=(1, 0)),
        ]
    )
    # Word keeps one count per abstract list: num 2 restarts it at its override on
    # first use, and nums 3 and 1 (no override) continue the same count.
    assert lines(write_docx(tmp_path / "d.docx", body, numbering)) == ["5. a", "6. b", "1. c", "2. d", "3. e", "4. f"]


def test_numbering_inherited_through_the_style_chain(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="SubClause"><w:name w:val="Sub clause"/><w:basedOn w:val="Clause"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/><w:basedOn w:val="Clause"/>'
        '<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>'
    )
    body = "".join(
        [
            para("Пункт", style="Clause"),
            para("Подпункт", style="SubClause"),
            para("Подпункт", style="SubClause"),
            para("Без номера", style="Plain"),
            para("Прямой уровень", style="Clause", ilvl=1),
            para("Пункт", style="Clause"),
        ]
    )
    path = write_docx(tmp_path / "d.docx", body, DECIMAL_TREE + num(1, 1), styles)
    assert lines(path) == ["1. Пункт", "1.1. Подпункт", "1.2. Подпункт", "Без номера", "1.3. Прямой уровень", "2. Пункт"]


def test_heading_styles_bound_to_list_levels(tmp_path: Path) -> None:
    styles = (
        '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="heading 2"/>'
        '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        abstract(
            7,
            level(0, "decimal", "Глава %1.", extra='<w:pStyle w:val="Chapter"/>'),
            level(1, "decimal", "Статья %2.", extra='<w:pStyle w:val="Article"/><w:lvlRestart w:val="0"/>'),
        )
        + num(4, 7)
    )
    body = "".join(
        [
            para("Общие положения", style="Chapter"),
            para("Предмет", style="Article"),
            para("Сфера", style="Article"),
            para("Порядок", style="Chapter"),
            para("Сроки", style="Article"),
        ]
    )
    source = read_source(write_docx(tmp_path / "law.docx", body, numbering, styles))
    assert source.text.split("\n") == [
        "Глава 1. Общие положения",
        "Статья 1. Предмет",
        "Статья 2. Сфера",
        "Глава 2. Порядок",
        "Статья 3. Сроки",  # lvlRestart 0: articles run through the whole act
    ]
    assert [(b.kind, b.level) for b in source.blocks][:2] == [("heading", 1), ("heading", 2)]


def test_legal_numbering_and_none_format(tmp_path: Path) -> None:
    numbering = (
        abstract(
            1,
            level(0, "upperRoman", "%1."),
            level(1, "decimal", "%1.%2.", extra="<w:isLgl/>"),
            level(2, "none", ""),
        )
        + num(1, 1)
    )
    body = para("Раздел", num=(1, 0)) + para("Пункт", num=(1, 1)) + para("Текст без номера", num=(1, 2))
    source = read_source(write_docx(tmp_path / "d.docx", body, numbering))
    assert source.text.split("\n") == ["I. Раздел", "1.1. Пункт", "Текст без номера"]
    assert source.blocks[2].prefix == ""


def test_bullets_are_drawn_but_have_no_number(tmp_path: Path) -> None:
    numbering = abstract(1, level(0, "bullet", "\uf0b7"), level(1, "bullet", "–")) + num(1, 1)
    source = read_source(write_docx(tmp_path / "d.docx", para("один", num=(1, 0)) + para("два", num=(1, 1)), numbering))
    assert source.text == "• один\n– два"
    assert [b.number for b in source.blocks] == [None, None]


def test_empty_numbered_paragraph_still_takes_a_number(tmp_path: Path) -> None:
    body = para("", num=(1, 0)) + para("второй", num=(1, 0))
    source = read_source(write_docx(tmp_path / "d.docx", body, DECIMAL_TREE + num(1, 1)))
    assert source.text == "2. второй"
    assert source.blocks[0].source_index == 1


def test_separate_abstract_lists_count_separately(tmp_path: Path) -> None:
    numbering = abstract(1, level(0, "decimal", "%1.")) + abstract(2, level(0, "decimal", "%1)")) + num(1, 1) + num(2, 2)
    body = para("a", num=(1, 0)) + para("b", num=(2, 0)) + para("c", num=(1, 0)) + para("d", num=(2, 0))
    assert lines(write_docx(tmp_path / "d.docx", body, numbering)) == ["1. a", "1) b", "2. c", "2) d"]
