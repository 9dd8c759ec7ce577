"""Line classification: what a single line opens, its content without markup, and that lines
read in one act do not change how the same lines read in another."""

import pytest

from lexpert.structure.lines import split_lines


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("Статья 5. Сроки рассмотрения", "article", "5"),
        ("5-1 бап. Өтінішті қарау", "article", "5-1"),
        ("ГЛАВА 2.1 Общие положения", "chapter", "2.1"),
        ("3 - тарау. Қорытынды ережелер", "chapter", "3"),
        ("§ 2. Порядок выдачи", "subchapter", "2"),
        ("2-параграф. Рұқсат беру", "subchapter", "2"),
        ("Раздел IV. Заключение", "section", "IV"),
        ("Х. Заключительные положения", "section", "X"),
        ("2-бөлім. Жалпы ережелер", "section", "2"),
        ("1.2 Заявление подается в письменной форме.", "point", "1.2"),
        ("12. Заявление рассматривается.", "point", "12"),
        ("12.08.2005 года принят закон.", "text", None),
        ("3) при необходимости проверки;", "subpoint", "3"),
        ("ә) өтініш беруші келісім бергенде;", "subpoint", "ә"),
        ("<1> Утратил силу.", "note", None),
        ("Сноска. Пункт 2 изложен в новой редакции.", "note", None),
        ("[12 lines omitted]", "omitted", None),
        ("І. Тасмағамбетов", "signature", None),
        ("Приложение N 1 к Правилам", "cue", None),
        ("Қазақстан Республикасы Үкіметінің 2026 жылғы 15 қаңтардағы № 45 қаулысымен бекітілген", "cue", None),
        ("Заявитель представляет следующие документы:", "text", None),
    ],
)
def test_what_a_line_opens(line, kind, number):
    [read] = split_lines(line)
    assert (read.kind, read.number) == (kind, number)


def test_markup_and_trailing_whitespace_are_left_out_of_the_content():
    text = "> ## **2. Заявление подается** _*\u00a0\t\n\n   3) срок —  * \u2003"
    first, blank, last = split_lines(text)
    assert first.content == "2. Заявление подается"
    assert text[first.content_start:first.content_end] == first.content
    assert first.is_quote and first.is_heading and (first.kind, first.number) == ("chapter", "2")
    assert blank.kind == "blank" and blank.content == ""
    assert last.content == "3) срок —"
    assert text[last.content_start:last.content_end] == last.content
    assert (last.start, last.end) == (text.rindex("\n") + 1, len(text))


def test_the_same_line_reads_by_its_own_act():
    """An office above a name is a signature; the same words inside the text stay text, whichever act came first."""
    office = "Мәслихат хатшысы"
    signed = split_lines(f"1. Шешім қабылданды.\n\n{office}\nА. Иманов\n")
    inside = split_lines(f"1. {office} өтінішті қарайды.\n{office}\n2. Өтініш қаралады.\n")
    again = split_lines(f"1. Шешім қабылданды.\n\n{office}\nА. Иманов\n")
    assert [line.kind for line in signed] == ["point", "blank", "signature", "signature", "blank"]
    assert [line.kind for line in inside] == ["point", "text", "point", "blank"]
    assert [line.kind for line in again] == [line.kind for line in signed]
    assert inside[1].index == 1 and signed[2].index == 2
