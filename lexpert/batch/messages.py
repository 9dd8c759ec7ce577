"""User-facing strings of batch checks in kk, ru and en.

Notices (stderr) follow ``LEXPERT_LANG`` like the readers' messages (default
``en``); the batch summary is written in the report's language.
"""

from __future__ import annotations

from lexpert.i18n import ui_lang

STRINGS: dict[str, dict[str, str]] = {
    "unused_suppression": {
        "en": "{origin}: unused suppression ({rules}): it matched no finding; remove it",
        "ru": "{origin}: неиспользуемое подавление ({rules}): под него не попало ни одного замечания; удалите его",
        "kk": "{origin}: пайдаланылмаған басу ({rules}): оған бірде-бір ескерту сәйкес келмеді; оны алып тастаңыз",
    },
    "suppressed": {
        "en": "{n} finding(s) suppressed with a reason",
        "ru": "подавлено замечаний с указанием причины: {n}",
        "kk": "себебі көрсетіліп басылған ескертулер: {n}",
    },
    "baselined": {
        "en": "{n} known finding(s) hidden by the baseline {path}",
        "ru": "известных замечаний скрыто базовым файлом {path}: {n}",
        "kk": "{path} базалық файлымен жасырылған белгілі ескертулер: {n}",
    },
    "stale_baseline": {
        "en": "{n} baseline entr(y/ies) match nothing any more (fixed); run `lexpert baseline update` to drop them",
        "ru": "записей базового файла больше ничему не соответствуют (исправлены): {n}; выполните `lexpert baseline update`",
        "kk": "базалық файлдың енді ештеңеге сәйкес келмейтін (түзетілген) жазбалары: {n}; `lexpert baseline update` орындаңыз",
    },
    "all_excluded": {
        "en": "every file was excluded by the include/exclude patterns of {path}; nothing to check",
        "ru": "все файлы исключены шаблонами include/exclude из {path}; проверять нечего",
        "kk": "барлық файл {path} ішіндегі include/exclude үлгілерімен алынып тасталды; тексеретін ештеңе жоқ",
    },
    "internal_error": {
        "en": "internal error while checking this file ({error}); re-run with --debug --jobs 1 and report it",
        "ru": "внутренняя ошибка при проверке файла ({error}); повторите с --debug --jobs 1 и сообщите о ней",
        "kk": "файлды тексеру кезіндегі ішкі қате ({error}); --debug --jobs 1 арқылы қайталап, ол туралы хабарлаңыз",
    },
    "summary_title": {
        "en": "Batch summary",
        "ru": "Сводка по пакету",
        "kk": "Топтама бойынша жиынтық",
    },
    "ranking": {
        "en": "Drafts ranked by risk index (weighted findings per 1,000 words)",
        "ru": "Проекты по убыванию индекса риска (взвешенные замечания на 1000 слов)",
        "kk": "Тәуекел индексі бойынша жобалар (1000 сөзге шаққандағы өлшенген ескертулер)",
    },
    "by_language": {
        "en": "By language",
        "ru": "По языкам",
        "kk": "Тілдер бойынша",
    },
    "failed_files": {
        "en": "Files that could not be checked",
        "ru": "Файлы, которые не удалось проверить",
        "kk": "Тексеру мүмкін болмаған файлдар",
    },
    "and_more": {
        "en": "… and {n} more",
        "ru": "… и ещё {n}",
        "kk": "… және тағы {n}",
    },
    "throughput": {
        "en": "{files} file(s), {words} words in {seconds} s ({rate} words/s, {jobs} process(es))",
        "ru": "файлов: {files}, слов: {words} за {seconds} с ({rate} слов/с, процессов: {jobs})",
        "kk": "файлдар: {files}, сөздер: {words}, {seconds} с ішінде ({rate} сөз/с, процестер: {jobs})",
    },
    "resolved": {
        "en": "Findings resolved since {rev}: {n}",
        "ru": "Замечаний устранено с {rev}: {n}",
        "kk": "{rev} бастап жойылған ескертулер: {n}",
    },
    "changed_norms": {
        "en": "Norms: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged",
        "ru": "Нормы: добавлено {added}, изменено {changed}, удалено {removed}, без изменений {unchanged}",
        "kk": "Нормалар: қосылғаны {added}, өзгергені {changed}, алынғаны {removed}, өзгеріссіз {unchanged}",
    },
    "resolved_title": {
        "en": "Resolved by the new version",
        "ru": "Устранено в новой редакции",
        "kk": "Жаңа редакцияда жойылғандар",
    },
}


def tr(key: str, lang: str | None = None, **values: object) -> str:
    """The string ``key`` in ``lang`` (default: :func:`ui_lang`) with its placeholders filled."""
    texts = STRINGS[key]
    text = texts.get(lang or ui_lang(), texts["en"])
    return text.format(**values) if values else text
