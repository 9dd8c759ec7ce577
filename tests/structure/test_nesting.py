"""Nesting beyond the plain hierarchy: appendices of an approved document, Cyrillic Roman
section numbers, lead-ins with sub-points under a chapter, lists interrupted by a footnote."""

from lexpert.ingest.model import SourceText
from lexpert.structure import parse_structure


def _parse(text: str, lang: str):
    return parse_structure(SourceText("draft.txt", "txt", text), lang)


def _outline(root):
    return [(unit.kind, unit.number, unit.address["ru"]) for unit in root.walk() if unit.kind != "document"]


RU_RULES_WITH_APPENDICES = """\
ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН
Об утверждении Правил учета скота
Правительство Республики Казахстан ПОСТАНОВЛЯЕТ:
1. Утвердить прилагаемые Правила учета скота.
Премьер-Министр Республики Казахстан
Утверждены постановлением Правительства Республики Казахстан от 2 июня 2026 года № 300
Правила учета скота
1. Скот учитывается ежегодно.
2. Сведения вносятся по формам согласно приложениям 1 и 2 к настоящим Правилам.
Приложение 1 к Правилам учета скота
ПЕРЕЧЕНЬ СВЕДЕНИЙ
1. Вид и возраст животного.
2. Место содержания.
Приложение 2 к Правилам учета скота
Форма
1. Наименование владельца.
Приложение 2 к постановлению Правительства Республики Казахстан от 2 июня 2026 года № 300
Перечень утративших силу решений
1. Постановление № 12.
"""

KK_RULES_WITH_APPENDICES = """\
ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ
Мал есебін жүргізу қағидаларын бекіту туралы
Қазақстан Республикасының Үкіметі ҚАУЛЫ ЕТЕДІ:
1. Қоса беріліп отырған Мал есебін жүргізу қағидалары бекітілсін.
Қазақстан Республикасының Премьер-Министрі
Қазақстан Республикасы Үкіметінің 2026 жылғы 2 маусымдағы № 300 қаулысымен бекітілген
Мал есебін жүргізу қағидалары
1. Мал жыл сайын есепке алынады.
2. Мәліметтер осы Қағидаларға 1 және 2-қосымшаларға сәйкес нысандар бойынша енгізіледі.
Мал есебін жүргізу
қағидаларына
1-қосымша
МӘЛІМЕТТЕР ТІЗБЕСІ
1. Жануардың түрі мен жасы.
2. Ұстау орны.
Мал есебін жүргізу қағидаларына 2-қосымша
Нысан
1. Иесінің атауы.
Қазақстан Республикасы Үкіметінің 2026 жылғы 2 маусымдағы № 300 қаулысына 2-қосымша
Күші жойылған шешімдердің тізбесі
1. № 12 қаулы.
"""


def test_appendix_of_the_rules_nests_under_the_rules():
    root = _parse(RU_RULES_WITH_APPENDICES, "ru")
    top = [unit for unit in root.children if unit.kind == "appendix"]
    assert [(a.number, a.title) for a in top] == [("1", "Правила учета скота"), ("2", "Перечень утративших силу решений")]
    inner = [unit for unit in top[0].children if unit.kind == "appendix"]
    assert [a.number for a in inner] == ["1", "2"]
    assert ("point", "2", "пункт 2 Правил (приложение 1)") in _outline(root)
    assert ("point", "2", "пункт 2 Перечня (приложение 1 к Правилам)") in _outline(root)
    assert ("point", "1", "пункт 1 приложения 2 к Правилам") in _outline(root)
    assert ("point", "1", "пункт 1 Перечня (приложение 2)") in _outline(root)
    assert top[0].end_line == 16 and inner[1].line == 14


def test_kazakh_appendix_of_the_rules_has_the_same_shape_and_kazakh_addresses():
    kk, ru = _parse(KK_RULES_WITH_APPENDICES, "kk"), _parse(RU_RULES_WITH_APPENDICES, "ru")

    def shape(unit):
        return [(child.kind, child.number, shape(child)) for child in unit.children]

    assert shape(kk) == shape(ru)
    addresses = [unit.address["kk"] for unit in kk.walk()]
    assert "Тізбенің 2-тармағы (Қағидаларға 1-қосымша)" in addresses
    assert "Қағидаларға 2-қосымшаның 1-тармағы" in addresses
    assert "Тізбенің 1-тармағы (2-қосымша)" in addresses
    stamp = next(unit for unit in kk.walk() if unit.kind == "appendix" and unit.title == "МӘЛІМЕТТЕР ТІЗБЕСІ")
    assert stamp.text.startswith("Мал есебін жүргізу\nқағидаларына\n1-қосымша")


def test_cyrillic_roman_section_numbers():
    root = _parse(
        "ПРАВИЛА ПРИЕМА\nІ. Общие положения\n1. Правила определяют порядок приема.\n"
        "ІІ. Порядок приема\n2. Заявление подается лично.\nIII. Заключительные положения\n3. Споры решаются в суде.\n",
        "ru",
    )
    sections = [(u.number, u.title) for u in root.children if u.kind == "section"]
    assert sections == [("I", "Общие положения"), ("II", "Порядок приема"), ("III", "Заключительные положения")]
    assert root.children[2].children[0].address["ru"] == "пункт 2 раздела II"


def test_a_sentence_or_a_signatory_starting_with_the_letter_i_is_not_a_section():
    root = _parse("Қағидалар\n1. Жалпы ереже.\nІс жүргізу тәртібі мынадай.\nӘкім\nІ. Тасмағамбетов\n", "kk")
    assert "section" not in [unit.kind for unit in root.walk()]
    assert root.children[-1].kind == "signature" and root.children[-1].text.endswith("І. Тасмағамбетов")


def test_subpoints_after_a_lead_in_under_a_chapter_belong_to_the_lead_in():
    root = _parse(
        "Правила приема\nГлава 1. Документы\nЗаявитель представляет следующие документы:\n"
        "1) заявление;\n2) копию удостоверения личности.\nДокументы принимаются в день обращения.\n"
        "2. Прием ведется ежедневно.\n",
        "ru",
    )
    chapter = root.children[1]
    assert [(c.kind, c.number) for c in chapter.children] == [("paragraph", "1"), ("paragraph", "2"), ("point", "2")]
    lead_in = chapter.children[0]
    assert [c.address["ru"] for c in lead_in.children] == [
        "подпункт 1) абзаца первого главы 1", "подпункт 2) абзаца первого главы 1",
    ]
    assert lead_in.text.startswith("Заявитель представляет") and lead_in.text.endswith("личности.")
    kk = _parse(
        "Қабылдау қағидалары\n1-тарау. Құжаттар\nӨтініш беруші мынадай құжаттарды ұсынады:\n"
        "1) өтініш;\n2) жеке басты куәландыратын құжаттың көшірмесі.\n",
        "kk",
    )
    assert kk.children[1].children[0].children[1].address["kk"] == "1-тараудың бірінші абзацының 2) тармақшасы"


def test_a_footnote_between_subpoints_does_not_end_the_list():
    root = _parse(
        "Требования\nI. Общие требования\n5. К заявлению прилагаются:\nа) копия лицензии <1>;\n"
        "б) схема сети.\n<1> Постановление Правительства от 1 марта 2020 года № 5.\n"
        "в) список оборудования;\nг) срок завершения работ.\n6. Комиссия создается оператором.\n",
        "ru",
    )
    point = next(unit for unit in root.walk() if unit.kind == "point" and unit.number == "5")
    assert [c.number for c in point.children if c.kind == "subpoint"] == ["а", "б", "в", "г"]
    assert point.children[2].address["ru"] == "подпункт в) пункта 5 раздела I"
    notes = [unit for unit in root.walk() if unit.kind == "note"]
    assert len(notes) == 1 and notes[0].role == "note"


def test_a_new_list_after_a_footnote_is_not_glued_to_the_previous_point():
    root = _parse(
        "Требования\nI. Общие требования\n5. К заявлению прилагаются:\nа) копия лицензии;\n"
        "б) схема сети <1>.\n<1> Постановление Правительства от 1 марта 2020 года № 5.\n"
        "а) новый перечень;\n",
        "ru",
    )
    point = next(unit for unit in root.walk() if unit.kind == "point")
    assert [c.number for c in point.children] == ["а", "б"]
