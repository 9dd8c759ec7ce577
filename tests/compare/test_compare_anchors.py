"""Content anchors: numbers in words and digits, dates, deadlines, act numbers, modality, lists, bodies."""

from __future__ import annotations

import pytest

from lexpert.compare.anchors import extract


def anchors(text: str, lang: str) -> set[tuple[str, str]]:
    return {(a.kind, a.key) for a in extract(text, lang).anchors}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("в течение пятнадцати рабочих дней", "ru", {("deadline", "15 day")}),
        ("он бес жұмыс күні ішінде", "kk", {("deadline", "15 day")}),
        ("по истечении десяти календарных дней", "ru", {("deadline", "10 day")}),
        ("күнтізбелік он күн өткен соң", "kk", {("deadline", "10 day")}),
        ("в течение 3 месяцев", "ru", {("deadline", "3 month")}),
        ("соңғы үш айдағы табыс", "kk", {("deadline", "3 month")}),
        ("75 000 (семьдесят пять тысяч) тенге", "ru", {("amount", "75000")}),
        ("75 000 (жетпіс бес мың) теңгеден", "kk", {("amount", "75000")}),
        ("не менее пятидесяти процентов", "ru", {("percentage", "50")}),
        ("кемінде елу пайызын", "kk", {("percentage", "50")}),
        ("от 18 сентября 2009 года", "ru", {("date", "2009-09-18")}),
        ("2009 жылғы 18 қыркүйектегі", "kk", {("date", "2009-09-18")}),
        ("от 17.07.2023", "ru", {("date", "2023-07-17")}),
        ("№ 450/62-IV", "ru", {("act_reference", "450/62-IV")}),
        ("№450/62-ІV", "kk", {("act_reference", "450/62-IV")}),  # Cyrillic І in the Roman numeral
        ("N 3200", "kk", {("act_reference", "3200")}),
        ("Заңының 6-бабы 14-5) тармақшасына", "kk", {("number", "6"), ("number", "14-5")}),
        ("подпунктом 14-5) статьи 6", "ru", {("number", "6"), ("number", "14-5")}),
        ("4-ші тармақ", "kk", {("number", "4")}),
        ("кемінде үшеу болуы керек", "kk", {("number", "3")}),
        ("не менее трех", "ru", {("number", "3")}),
        ("в 2023 году", "ru", {("number", "2023")}),
        ("2023 жылы", "kk", {("number", "2023")}),
    ],
)
def test_numbers_dates_deadlines(text: str, lang: str, expected: set) -> None:
    assert anchors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Оның шешімі бойынша", "kk"),  # «оның» is a pronoun, not «он» (ten)
        ("қызметін жүзеге асырады", "kk"),  # «жүзеге» is not «жүз» (hundred)
        ("тоқсан сайын есеп береді", "kk"),  # «тоқсан» alone is a quarter, not 90
        ("белгілі бір Дилермен", "kk"),  # «бір» alone is an article
        ("после его первого официального опубликования", "ru"),
        ("алғашқы ресми жарияланған күнінен кейін", "kk"),
        ("при наличии одного из оснований", "ru"),
        ("айлық есептік көрсеткіш туралы", "kk"),
    ],
)
def test_words_that_are_not_quantities(text: str, lang: str) -> None:
    assert anchors(text, lang) == set()


def test_day_type_is_kept_on_both_sides_of_the_number() -> None:
    (ru,) = extract("в течение 10 рабочих дней", "ru").anchors
    (kk,) = extract("күнтізбелік он күн", "kk").anchors
    assert (ru.detail, kk.detail) == ("working", "calendar")


@pytest.mark.parametrize(
    ("text", "lang", "rights"),
    [
        ("Заявитель вправе обжаловать решение", "ru", 1),
        ("Ходатайство могут инициировать трудовые коллективы", "ru", 1),
        ("Лица не могут быть награждены", "ru", 0),  # a ban, not a right
        ("Заявитель обязан уведомить", "ru", 0),
        ("Өтініш беруші шағым жасауға құқылы", "kk", 1),
        ("ерекше жағдай көзделуі мүмкін", "kk", 1),
        ("бастамашы бола алады", "kk", 1),
        ("мүмкін емес", "kk", 0),
        ("мүмкіндік бермейтін түзетулер", "kk", 0),
        ("құжаттарды есепке алады", "kk", 0),  # a dative noun before «алады»: "registers"
        ("рұқсат алады", "kk", 0),  # "receives a permit"
    ],
)
def test_rights(text: str, lang: str, rights: int) -> None:
    assert len(extract(text, lang).rights) == rights


@pytest.mark.parametrize(
    ("text", "lang", "open_list"),
    [
        ("справку о доходах и иные документы", "ru", True),
        ("и в иных случаях", "ru", True),
        ("и т.д.", "ru", True),
        ("вручается акимом либо иным должностным лицом", "ru", False),
        ("по сравнению с другими дилерами", "ru", False),
        ("анықтаманы және өзге де құжаттарды", "kk", True),
        ("сайтында және басқа да мамандандырылған ресурстарда", "kk", True),
        ("өзге лауазымды адам", "kk", False),
        ("басқа дилерлермен салыстырғанда", "kk", False),
    ],
)
def test_open_lists(text: str, lang: str, open_list: bool) -> None:
    assert bool(extract(text, lang).open_lists) is open_list


@pytest.mark.parametrize(
    ("ru", "kk"),
    [
        ("уполномоченный орган", "уәкілетті орган"),
        ("решением акимата", "әкімдіктің шешімімен"),
        ("по решению суда", "сот шешімі бойынша"),
        ("маслихат города", "қала мәслихаты"),
    ],
)
def test_bodies_match_across_languages(ru: str, kk: str) -> None:
    assert extract(ru, "ru").bodies.keys() == extract(kk, "kk").bodies.keys() != set()


def test_no_body_in_words_that_only_look_like_one() -> None:
    assert extract("әкімшілік жаза, судимость, сотталған адам", "kk").bodies == {}
    assert extract("сведения о судимости", "ru").bodies == {}


def test_quoted_titles_are_not_read_for_bodies() -> None:
    assert extract("Закон «О Правительстве Республики Казахстан»", "ru").bodies == {}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("в пятидневный срок", "ru", {("deadline", "5 day")}),
        ("бес күндік мерзімде", "kk", {("deadline", "5 day")}),
        ("в течение трехмесячного периода", "ru", {("deadline", "3 month")}),
        ("3 тәулік ішінде", "kk", {("deadline", "3 day")}),
    ],
)
def test_deadlines_in_one_word(text: str, lang: str, expected: set) -> None:
    assert anchors(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("екі жақты келісім", "kk"), ("обе стороны", "ru"), ("второй экземпляр", "ru")],
)
def test_one_and_two_in_words_are_idioms(text: str, lang: str) -> None:
    assert anchors(text, lang) == set()


def test_year_without_day_and_month_is_the_same_number() -> None:
    assert anchors("2023 жылғы « » № қаулысымен", "kk") == anchors("от « » 2023 года №", "ru") == {("number", "2023")}


def test_day_and_month_without_a_year() -> None:
    assert anchors("до 1 февраля", "ru") == anchors("1 ақпанға дейін", "kk") == {("date", "02-01")}
    assert anchors("до 1 марта", "ru") != anchors("1 ақпанға дейін", "kk")


@pytest.mark.parametrize(
    ("text", "lang", "rights"),
    [
        ("Осы жағдайда жол беріледі", "kk", 1),
        ("Допускается подача заявления в электронной форме", "ru", 1),
        ("Тексеру мүмкін болмаған жағдайда", "kk", 0),  # "impossible", not a right
        ("Комиссия шешім қабылдауға құқылы болады", "kk", 1),
    ],
)
def test_more_rights(text: str, lang: str, rights: int) -> None:
    assert len(extract(text, lang).rights) == rights


def test_kazakh_other_closes_a_list_only_after_a_conjunction() -> None:
    assert extract("Осы Қағидаларда реттелмеген өзге де мәселелер заңнамаға сәйкес шешіледі", "kk").open_lists == []
    text = "заңдарында көзделген өзге де жағдайларда"
    assert extract(f"құжаттар ұсынылмаған жағдайларда және {text}", "kk").open_lists != []


@pytest.mark.parametrize(
    ("ru", "kk", "key"),
    [
        ("не менее чем двумя третями голосов", "кемінде үштен екі дауысымен", ("number", "2/3")),
        ("одной четверти", "төрттен бір бөлігі", ("number", "1/4")),
        ("в течение суток", "бір тәулік ішінде", ("deadline", "1 day")),
        ("в течение месяца", "бір ай ішінде", ("deadline", "1 month")),
        ("в течение календарного года", "күнтізбелік жыл ішінде", ("deadline", "1 year")),
    ],
)
def test_same_quantity_in_other_words(ru: str, kk: str, key: tuple[str, str]) -> None:
    assert anchors(ru, "ru") == anchors(kk, "kk") == {key}


def test_a_named_period_is_not_a_term() -> None:
    assert anchors("в течение отчетного года", "ru") == anchors("есепті жыл ішінде", "kk") == set()
    assert anchors("он ай ішінде", "kk") == {("deadline", "10 month")}


def test_an_ordinal_day_is_not_a_term() -> None:
    assert anchors("келесі айдың бірінші жұмыс күні", "kk") == set()
    assert anchors("третьего рабочего дня", "ru") == {("number", "3")}


@pytest.mark.parametrize(
    "text",
    ["ақпаратты сұратады және алады", "өзі белгілеген мерзімде алады", "рұқсатты есепке алады"],
)
def test_receives_is_not_can(text: str) -> None:
    assert extract(text, "kk").rights == []


def test_a_list_after_a_comma_is_open() -> None:
    assert extract("Вооруженные Силы, другие войска и воинские формирования", "ru").open_lists != []
    assert extract("Қарулы Күштері, басқа да әскерлер", "kk").open_lists != []


@pytest.mark.parametrize(
    ("ru", "kk", "value"),
    [
        ("не позднее двадцатого числа", "жиырмасыншы күнінен кешіктірмей", "20"),
        ("до сорокового дня", "қырқыншы күнге дейін", "40"),
        ("двадцать пятого числа", "жиырма бесінші күні", "25"),
        ("девяностого дня", "тоқсаныншы күні", "90"),
        ("в сотом выпуске", "жүзінші шығарылымда", "100"),
        ("одиннадцатой главы", "он бірінші тараудың", "11"),
        ("о пятом", "бесіншісі туралы", "5"),
        ("пятидесятого", "елуіншіден", "50"),
    ],
)
def test_ordinals_in_words_and_their_case_forms(ru: str, kk: str, value: str) -> None:
    assert anchors(ru, "ru") == anchors(kk, "kk") == {("number", value)}


def test_an_inflected_word_ends_a_kazakh_numeral() -> None:
    # «тоқсанның бірінші айы» is "the first month of the quarter", not 91.
    assert anchors("тоқсанның бірінші айының бесінші күні", "kk") == {("number", "5")}
    assert anchors("первого месяца квартала, пятого числа", "ru") == {("number", "5")}
    assert anchors("он бестен аспайды", "kk") == {("number", "15")}


def test_time_units_named_without_a_number() -> None:
    assert extract("месячной арендной платы", "ru").unit_words.keys() == {"month"}
    assert extract("айлық жалақысы", "kk").unit_words.keys() == {"month"}
    assert extract("два месячных расчетных показателя", "ru").unit_words == {}
    assert extract("екі айлық есептік көрсеткіш", "kk").unit_words == {}
    assert extract("ежемесячно", "ru").unit_words == {}
