"""Document and paragraph language: Kazakh vs Russian."""

import re

from lexpert import lang
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


def test_long_russian_act_under_a_kazakh_heading_stays_russian():
    text = "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҮКІМЕТІНІҢ ҚАУЛЫСЫ\n" + RU_TEXT * 40
    assert len(text) > 5 * lang._PIECES * lang._PIECE  # judged by a sample, not the whole text
    assert detect_language(text) == "ru"
    assert detect_language(KK_TEXT * 40 + RU_QUOTE) == "kk"


def test_the_sample_of_a_long_text_cuts_no_word():
    text = (KK_TEXT + RU_TEXT) * 30
    sample = lang._sample(text)
    assert len(sample) <= lang._PIECES * lang._PIECE + lang._PIECES
    assert set(lang._WORD.findall(sample)) <= set(lang._WORD.findall(text))
    assert lang._sample(KK_TEXT) == KK_TEXT


def _word_by_word_scores(text: str) -> tuple[int, int]:
    """The evidence counted one word at a time (what ``lang._scores`` computes in bulk)."""
    kk_letter = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|(?<=[а-яё]{2})i|i(?=[а-яё]{2})")
    kk = ru = 0
    for word in lang._WORD.findall(text):
        kk += kk_letter.search(word) is not None
        kk += word.lower() in lang._KK_WORDS
        ru += word.lower() in lang._RU_WORDS
    return kk, ru


def test_scores_count_every_word_once():
    for text in (
        KK_TEXT, RU_TEXT, RU_QUOTE, "", "2023-2024 №5", "Сондай-ақ, ЖӘНЕ (және) и/или «В» 5в в-во",
        "шешiм iшiнде Iс бiр-бiрi", "қала-қала, әә-ә и-и -и и- И.", "x_и и_x и5 5и İи ﬁи",
    ):
        assert lang._scores(text) == _word_by_word_scores(text), text
