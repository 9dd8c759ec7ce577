"""Layouts of acts read from .docx (one paragraph a line, no markdown): chapter headings
without a hyphen, approval stamps spread over lines, signature blocks without a name."""

from pathlib import Path

import pytest

from lexpert.ingest import read_source
from lexpert.ingest.model import SourceText
from lexpert.structure import parse_structure


def _parse(text: str, lang: str):
    return parse_structure(SourceText("draft.txt", "txt", text), lang)


def _shape(root):
    """(kind, number, role) of every unit, nesting included: what both versions must share."""
    return [(unit.kind, unit.number, unit.role, _shape(unit)) for unit in root.children]


def test_kazakh_chapter_heading_without_hyphen():
    text = (
        "Жол жүру билеттерін ресімдеу тәртібі\n"
        "### 1 тарау. Жалпы ережелер\n"
        "1. Осы Тәртіп билеттерді ресімдеуді айқындайды.\n"
        "2 тарау\n"
        "2. Билет бір жұмыс күні ішінде ресімделеді.\n"
    )
    root = _parse(text, "kk")
    chapters = [unit for unit in root.walk() if unit.kind == "chapter"]
    assert [(c.number, c.title) for c in chapters] == [("1", "Жалпы ережелер"), ("2", None)]
    assert [p.address["kk"] for p in chapters[1].children] == ["2-тараудың 2-тармағы"]


def test_a_number_followed_by_the_word_in_a_sentence_is_not_a_chapter():
    root = _parse("Тексеру тәртібі\n1. Тексеру 3 тараудың талаптарына сәйкес жүргізіледі.\n", "kk")
    assert [unit.kind for unit in root.walk()].count("chapter") == 0


KK_DECREE = """\
ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ
Жайылымдарды пайдалану қағидаларын бекіту туралы
Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:
1. Қоса беріліп отырған Жайылымдарды пайдалану қағидалары бекітілсін.
2. Осы қаулы алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.
Қазақстан Республикасының Премьер-Министрі
Қазақстан Республикасы
Үкіметінің
2026 жылғы 3 наурыздағы
№ 45/2 қаулысымен
бекітілген
Жайылымдарды пайдалану қағидалары
1-тарау. Жалпы ережелер
1. Жайылымдар кезекпен пайдаланылады.
2. Кесте жыл сайын бекітіледі.
"""

RU_DECREE = """\
ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН
Об утверждении Правил использования пастбищ
Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
1. Утвердить прилагаемые Правила использования пастбищ.
2. Настоящее постановление вводится в действие по истечении десяти календарных дней со дня его первого официального опубликования.
Премьер-Министр Республики Казахстан
Утверждены
постановлением Правительства
Республики Казахстан
от 3 марта 2026 года № 45/2
Правила использования пастбищ
Глава 1. Общие положения
1. Пастбища используются поочередно.
2. График утверждается ежегодно.
"""


def test_kazakh_approval_stamp_over_several_lines_starts_the_appendix():
    kk, ru = _parse(KK_DECREE, "kk"), _parse(RU_DECREE, "ru")
    assert _shape(kk) == _shape(ru)
    signature = next(unit for unit in kk.children if unit.kind == "signature")
    assert signature.text == "Қазақстан Республикасының Премьер-Министрі"
    appendix = next(unit for unit in kk.children if unit.kind == "appendix")
    assert appendix.text.startswith("Қазақстан Республикасы\nҮкіметінің")
    assert appendix.title == "Жайылымдарды пайдалану қағидалары"
    assert appendix.children[1].children[0].address["kk"] == "Қағидалардың 1-тарауының 1-тармағы"


def test_decision_stamp_on_one_line_and_nameless_signatures():
    kk = _parse(
        "Мәслихаттың шешімі\n"
        "Аудандық мәслихат ШЕШІМ ҚАБЫЛДАДЫ:\n"
        "1. Қоса беріліп отырған Ереже бекітілсін.\n"
        "Сессия төрағасы\n"
        "Мәслихат хатшысы\n"
        "Аудандық мәслихаттың 2026 жылғы 5 мамырдағы № 12/3 шешімімен бекітілген\n"
        "Тексеру комиссиясы туралы ереже\n"
        "1. Комиссия алқалы орган болып табылады.\n",
        "kk",
    )
    ru = _parse(
        "Решение маслихата\n"
        "Районный маслихат РЕШИЛ:\n"
        "1. Утвердить прилагаемое Положение.\n"
        "Председатель сессии\n"
        "Секретарь маслихата\n"
        "Утверждено решением районного маслихата от 5 мая 2026 года № 12/3\n"
        "Положение о ревизионной комиссии\n"
        "1. Комиссия является коллегиальным органом.\n",
        "ru",
    )
    assert _shape(kk) == _shape(ru)
    for root, lines in ((kk, ["Сессия төрағасы", "Мәслихат хатшысы"]), (ru, ["Председатель сессии", "Секретарь маслихата"])):
        signature = next(unit for unit in root.children if unit.kind == "signature")
        assert (signature.role, signature.text.splitlines()) == ("signature", lines)
        point = next(unit for unit in root.children if unit.kind == "point")
        assert point.children == [] and point.role == "norm"


def test_nameless_office_at_the_end_of_the_act_is_a_signature():
    root = _parse(
        "ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН\nО пастбищах\nСтатья 1. Сфера действия\n"
        "Настоящий Закон регулирует использование пастбищ.\n**Президент Республики Казахстан**\n",
        "ru",
    )
    assert [(u.kind, u.role) for u in root.children][-1] == ("signature", "signature")


def test_an_office_inside_the_text_stays_a_norm():
    root = _parse(
        "Положение о комиссии\n1. Состав комиссии:\nПредседатель комиссии\n"
        "2. Председатель комиссии руководит ее работой.\n",
        "ru",
    )
    assert "signature" not in [unit.kind for unit in root.walk()]


CORPORA = Path(__file__).resolve().parents[2] / "corpora"


@pytest.mark.parametrize("name", sorted(path.name for path in (CORPORA / "kk").glob("*.docx")))
def test_kazakh_and_russian_sample_drafts_have_the_same_tree(name):
    trees = {lang: parse_structure(read_source(CORPORA / lang / name), lang) for lang in ("kk", "ru")}
    assert _shape(trees["kk"]) == _shape(trees["ru"])
    roles = [unit.role for unit in trees["kk"].walk()]
    if name.startswith(("gov_decree", "maslikhat")):
        # The nameless signatures before the approval stamp are a signature, not norms of point 3.
        assert roles.count("signature") == 1
        signature = next(unit for unit in trees["kk"].children if unit.kind == "signature")
        assert next(unit for unit in trees["kk"].children if unit.kind == "appendix").start > signature.end
