"""Roles of non-norm units, line numbers as ``grep -n`` counts them, offsets at the numbers."""

import shutil
import subprocess

import pytest

from lexpert.structure.model import NORM

NUMBERED = ("point", "subpoint", "part")


def _roles(root):
    return [(unit.kind, unit.role) for unit in root.walk()]


def test_kazakh_decree_roles(kk_decree):
    _, root = kk_decree
    kinds = [child.kind for child in root.children]
    assert kinds == ["title", "note", "preamble", "point", "point", "point", "signature", "appendix"]
    assert root.children[1].role == "note"
    assert root.children[2].role == "preamble"
    assert "ШЕШІМ ҚАБЫЛДАДЫ" in root.children[2].text
    # Control and entry-into-force clauses close the act; the approving point is a norm.
    assert [p.role for p in root.children[3:6]] == [NORM, "closing", "closing"]
    signature = root.children[6]
    assert signature.role == "signature"
    assert "Б. Сәрсенов" in signature.text and "Д. Омаров" in signature.text


def test_notes_inside_rules_are_not_norms(kk_decree, ru_decree):
    for _, root in (kk_decree, ru_decree):
        notes = [unit for unit in root.walk() if unit.kind == "note"]
        assert notes and all(note.role == "note" and not note.children for note in notes)
    _, root = ru_decree
    note = next(unit for unit in root.walk() if unit.kind == "note")
    assert note.text.startswith("Сноска. Пункт 2")
    # The note closes point 2: the point's text does not run into it.
    point = next(u for u in root.walk() if u.address["ru"] == "пункт 2 главы 1 Правил")
    assert "Сноска" not in point.text


def test_russian_decree_roles(ru_decree):
    _, root = ru_decree
    title, preamble = root.children[:2]
    assert (title.role, preamble.role) == ("title", "preamble")
    assert title.text.splitlines() == [
        "ПРАВИТЕЛЬСТВО РЕСПУБЛИКИ КАЗАХСТАН",
        "ПОСТАНОВЛЕНИЕ",
        "Об утверждении Правил выдачи разрешений на вырубку деревьев",
    ]
    signature = next(u for u in root.children if u.kind == "signature")
    assert signature.text == "Премьер-Министр Республики Казахстан А. Смаилов"
    appendix = next(u for u in root.children if u.kind == "appendix")
    assert appendix.children[0].role == "title"
    assert appendix.title == "Правила выдачи разрешений на вырубку деревьев"


def test_rf_law_amendment_note_and_closing_article(rf_law):
    _, root = rf_law
    note = next(unit for unit in root.walk() if unit.kind == "note")
    assert note.text.startswith("(в ред.")
    article = next(u for u in root.walk() if u.address["ru"] == "статья 3")
    assert article.role == "closing"
    assert all(unit.role == "closing" for unit in article.walk())


@pytest.mark.parametrize("fixture", ["kk_decree", "ru_decree", "rf_law"])
def test_offsets_start_at_numbers(fixture, request):
    source, root = request.getfixturevalue(fixture)
    units = [unit for unit in root.walk() if unit.kind in NUMBERED and unit.number]
    assert units
    for unit in units:
        assert unit.text == source.text[unit.start:unit.end]
        if unit.kind != "part" or source.text[unit.start].isdigit():
            assert unit.text.startswith(unit.number), unit.address
    for unit in root.walk():
        if unit.kind in ("article", "chapter"):
            assert unit.text.startswith(("Статья", "Глава", f"{unit.number}-"))


@pytest.mark.parametrize(
    ("fixture", "pattern"),
    [
        ("kk_decree", "^ *[0-9]+[.)] "),
        ("ru_decree", "^([0-9.]+[.)]|а\\)|б\\)) "),
        ("rf_law", "^[0-9]+[.)] "),
    ],
)
def test_lines_match_grep(fixture, pattern, request):
    grep = shutil.which("grep")
    if grep is None:
        pytest.skip("grep is not installed")
    source, root = request.getfixturevalue(fixture)
    env = {"LC_ALL": "C.UTF-8"}
    out = subprocess.run([grep, "-nE", pattern, source.path], capture_output=True, text=True, check=True, env=env)
    grep_lines = [int(row.split(":", 1)[0]) for row in out.stdout.splitlines()]
    unit_lines = sorted(
        unit.line for unit in root.walk() if unit.kind in NUMBERED and unit.text.startswith(unit.number or "-")
    )
    assert unit_lines == grep_lines
    for unit in root.walk():
        assert unit.line <= unit.end_line
        assert source.line_of(unit.end - 1 if unit.end > unit.start else unit.start) == unit.end_line


def test_unnumbered_text_stays_norm():
    from lexpert.ingest.model import SourceText
    from lexpert.structure import parse_structure

    text = "О порядке выдачи справок\n\n" + "\n\n".join(
        f"Справка номер {i} выдается по решению руководителя" for i in range(20)
    )
    root = parse_structure(SourceText("plain.txt", "txt", text), "ru")
    kinds = [child.kind for child in root.children]
    assert kinds[0] == "title" and root.children[0].text == "О порядке выдачи справок"
    assert kinds[1:] == ["paragraph"] * 20
    assert all(child.role == NORM for child in root.children[1:])
