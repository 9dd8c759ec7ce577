"""Addresses in both traditions: Kazakh genitive chains and Russian «подпункт … пункта … статьи»."""

import copy
import pickle
from pathlib import Path

from lexpert.ingest.model import SourceText
from lexpert.structure import parse_structure

KK_LAW = """\
Азаматтардың өтініштерін қарау туралы

1-тарау. Жалпы ережелер

1-бап. Осы Заңның қолданылу аясы

Осы Заң өтініштерді қарау тәртібін реттейді.

5-бап. Өтінішті қарау мерзімі

1. Өтініш он бес жұмыс күні ішінде қаралады.

2. Мерзім мынадай жағдайларда ұзартылады:

1) қосымша тексеру қажет болғанда;

2) басқа органнан ақпарат сұратылғанда;

3) өтініш беруші келісім бергенде.

Ұзарту туралы өтініш берушіге хабарланады.
"""

RU_LAW_KZ = """\
ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН
О рассмотрении обращений граждан
Глава 2. Порядок рассмотрения
Статья 5. Сроки рассмотрения
1. Обращение рассматривается в течение пятнадцати рабочих дней.
2. Срок продлевается в следующих случаях:
1) при необходимости дополнительной проверки;
2) при запросе сведений у другого органа;
3) с согласия заявителя.
"""


def _parse(text: str, lang: str):
    return parse_structure(SourceText("inline.txt", "txt", text), lang)


def test_kazakh_law_genitive_chain(find):
    root = _parse(KK_LAW, "kk")
    unit = find(root, "kk", "5-баптың 2-тармағының 3) тармақшасы")
    assert unit.kind == "subpoint" and unit.number == "3"
    assert unit.address["ru"] == "подпункт 3) пункта 2 статьи 5"
    assert find(root, "kk", "5-баптың 1-тармағы").kind == "point"
    assert find(root, "kk", "5-бап").title == "Өтінішті қарау мерзімі"
    assert find(root, "kk", "5-баптың 2-тармағының екінші абзацы").kind == "paragraph"


def test_kazakh_chapter_uses_tarau_genitive(find):
    root = _parse(KK_LAW, "kk")
    chapter = find(root, "kk", "1-тарау")
    assert chapter.address["ru"] == "глава 1"
    # An article's address leaves out its chapter: articles are numbered through the act.
    assert find(root, "kk", "1-бап").address["ru"] == "статья 1"


def test_kazakh_unnumbered_article_text_is_a_part(find):
    root = _parse(KK_LAW, "kk")
    part = find(root, "ru", "часть 1 статьи 1")
    assert part.address["kk"] == "1-баптың 1-бөлігі"


def test_russian_kz_law_points_of_an_article(find):
    root = _parse(RU_LAW_KZ, "ru")
    unit = find(root, "ru", "подпункт 3) пункта 2 статьи 5")
    assert unit.address["kk"] == "5-баптың 2-тармағының 3) тармақшасы"
    assert unit.text.startswith("3) с согласия")


def test_russian_federation_law_parts_and_points(rf_law, find):
    _, root = rf_law
    point = find(root, "ru", "пункт 2 части 1 статьи 2")
    assert point.text.startswith("2) участник")
    assert find(root, "ru", "часть 2 статьи 2").text.startswith("2. Иные понятия")
    # Unnumbered paragraphs of an article are its parts.
    assert find(root, "ru", "часть 2 статьи 1").text.startswith("Действие настоящего")


def test_decree_points_and_rules_points_are_told_apart(ru_decree, find):
    _, root = ru_decree
    decree_point = find(root, "ru", "пункт 1 постановления")
    rules_point = find(root, "ru", "пункт 1 главы 1 Правил")
    assert decree_point.text.startswith("1. Утвердить")
    assert rules_point.text.startswith("1. Настоящие Правила")
    assert decree_point.address["kk"] == "қаулының 1-тармағы"
    assert rules_point.address["kk"] == "Қағидалардың 1-тарауының 1-тармағы"


def test_rules_subpoints_letters_paragraphs_and_dotted_points(ru_decree, find):
    _, root = ru_decree
    assert find(root, "ru", "подпункт б) пункта 3 главы 2 Правил").text.startswith("б) схемы")
    assert find(root, "ru", "абзац второй пункта 3 главы 2 Правил").text.startswith("Заявление")
    # A dotted point names itself, not its parent point.
    assert find(root, "ru", "пункт 3.1 главы 2 Правил").kind == "point"


def test_kazakh_decree_with_appended_rules(kk_decree, find):
    _, root = kk_decree
    assert find(root, "kk", "шешімнің 1-тармағы").address["ru"] == "пункт 1 решения"
    unit = find(root, "kk", "Қағидалардың 1-тарауының 2-тармағының 1) тармақшасы")
    assert unit.address["ru"] == "подпункт 1) пункта 2 главы 1 Правил"
    appendix = next(u for u in root.children if u.kind == "appendix")
    assert appendix.address == {"kk": "Қағидалар", "ru": "Правила"}


def test_several_appendices_are_numbered(find):
    text = (
        "ПРИКАЗ\n1. Утвердить прилагаемые:\nПравила учета;\nПеречень документов.\n"
        "Министр И.И.ПЕТРОВ\n"
        "Утверждены приказом Министерства\nПРАВИЛА УЧЕТА\n1. Учет ведется ежедневно.\n"
        "Утвержден приказом Министерства\nПЕРЕЧЕНЬ ДОКУМЕНТОВ\n1. Заявление.\n"
    )
    root = _parse(text, "ru")
    assert find(root, "ru", "пункт 1 Правил (приложение 1)").text == "1. Учет ведется ежедневно."
    assert find(root, "ru", "пункт 1 Перечня (приложение 2)").address["kk"] == "Тізбенің 1-тармағы (2-қосымша)"
    assert find(root, "ru", "пункт 1 приказа").address["kk"] == "бұйрықтың 1-тармағы"


def test_kazakh_section_possessive_genitive(find):
    text = "Үлгілік ереже\n\n1-бөлім. Жалпы ережелер\n\n1. Ереже мекеменің мәртебесін айқындайды.\n\n" \
           "2. Мекеме мынадай міндеттерді орындайды:\n\n1) есеп жүргізу;\n\n2) есеп беру.\n"
    root = _parse(text, "kk")
    assert find(root, "kk", "1-бөлімнің 2-тармағының 1) тармақшасы").address["ru"] == (
        "подпункт 1) пункта 2 раздела 1"
    )


def test_standalone_approved_document_names_itself(find):
    text = (
        "ПОРЯДОК ВЕДЕНИЯ РЕЕСТРА\nI. Общие положения\nВедение реестра\n"
        "1. Реестр ведется в электронной форме.\n2. Реестр открыт.\n"
        "Приложение N 1 к Порядку ведения реестра\nФорма заявления\n1. Фамилия.\n"
    )
    root = _parse(text, "ru")
    assert find(root, "ru", "пункт 1 раздела I Порядка").address["kk"] == "Тәртіптің I бөлімінің 1-тармағы"
    assert find(root, "ru", "пункт 1 приложения 1").kind == "point"
    heading = find(root, "ru", "подзаголовок раздела I Порядка")
    assert (heading.kind, heading.role, heading.text) == ("heading", "heading", "Ведение реестра")


def test_only_unnumbered_part_is_left_out_of_addresses(find):
    text = (
        "ФЕДЕРАЛЬНЫЙ ЗАКОН\nО ПРИМЕРАХ\nРоссийской Федерации\nСтатья 2. Основные понятия\n"
        "Для целей настоящего Федерального закона используются следующие понятия:\n"
        "1) пример - образец;\n2) участник - лицо.\n"
    )
    root = _parse(text, "ru")
    unit = find(root, "ru", "пункт 2 статьи 2")
    assert unit.address["kk"] == "2-баптың 2) тармақшасы"
    assert find(root, "ru", "часть 1 статьи 2").kind == "part"


def test_addresses_of_copied_and_pickled_trees(find):
    """Addresses are computed when first read: a tree copied or pickled before that reads the same."""
    path = Path(__file__).parent / "data" / "ru_decree.txt"
    root = _parse(path.read_text(encoding="utf-8"), "ru")
    copies = [copy.deepcopy(root), pickle.loads(pickle.dumps(root))]
    expected = [unit.address for unit in root.walk()]
    assert find(root, "ru", "подпункт 1) пункта 2 главы 1 Правил").address["kk"]
    for tree in copies:
        assert [unit.address for unit in tree.walk()] == expected
    assert root.address == {"kk": "", "ru": ""}
