"""Document and paragraph language: Kazakh vs Russian."""

from lexpert.lang import detect_language, paragraph_languages

KK_TEXT = (
    "Осы Қағидалар жергілікті атқарушы органның әлеуметтік көмек көрсету тәртібін айқындайды.\n"
    "Өтініш он жұмыс күні ішінде қаралады және өтініш берушіге жауап жіберіледі.\n"
)
RU_TEXT = (
    "Настоящие Правила определяют порядок оказания социальной помощи местным исполнительным органом.\n"
    "Заявление рассматривается в течение десяти рабочих дней, и ответ направляется заявителю.\n"
)
RU_QUOTE = "«О порядке рассмотрения обращений физических и юридических лиц в государственных органах»"


def test_documents():
    assert detect_language(KK_TEXT) == "kk"
    assert detect_language(RU_TEXT) == "ru"


def test_kazakh_draft_quoting_russian_stays_kazakh():
    text = KK_TEXT + f"Бұл ретте {RU_QUOTE} Заңының талаптары сақталады.\n" + RU_QUOTE + "\n"
    assert detect_language(text) == "kk"
    langs = paragraph_languages(text)
    assert langs[:3] == ["kk", "kk", "kk"]
    assert langs[3] == "ru"  # a paragraph wholly in Russian is Russian


def test_latin_i_in_kazakh_words_counts_as_kazakh():
    assert detect_language("Осы шешiм бiрiншi рет тiркелген") == "kk"


def test_short_and_neutral_paragraphs_inherit_document_language():
    text = KK_TEXT + "\n1.\n2023\nЖ. Нұрпейісов\n"
    langs = paragraph_languages(text)
    assert len(langs) == len(text.split("\n"))
    assert set(langs) == {"kk"}
    assert paragraph_languages("Статья 5\n\n" + RU_TEXT) == ["ru"] * 5


def test_explicit_document_language_is_the_default():
    assert paragraph_languages("15.03.2024\nN 12", "kk") == ["kk", "kk"]
